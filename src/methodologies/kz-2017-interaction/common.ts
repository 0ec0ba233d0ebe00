// General provisions of the 2017 methodology shared by the three directions.
//
// p.12–15 (App 1): "Reporting information is unreliable if re-verification finds facts that do not
// match reality … 0.2 points for each fact are deducted from the final score of the corresponding
// direction … the total deduction must not exceed 5 points per direction."
import { inp, par, L } from '../../engine/build.js';
import type { FieldDecl, FormDecl, NodeDecl, Labels, LegalRef, ParameterDecl } from '../../engine/types.js';
import { unit } from '../vocabulary.js';

export const CENTRAL = 'central';
export const LOCAL = 'local';
/** The new wording (order of 23–24.11.2017, reg. No. 16160 of 28.12.2017) took effect on first official publication, a date the text does not give: the registration date is used. */
export const EFFECTIVE_FROM = '2017-12-28';

const factsField = (dir: 1 | 2 | 3, en: string, ru: string, kk: string): FieldDecl => ({
  name: `unreliable_facts_d${dir}`,
  label: L(kk, ru, en),
  type: 'integer',
  ...unit('facts'),
  default: 0,
  ref: { paragraph: 'p.14', appendix: 'App 1' },
});

/** App 1: the reconciliation act (акт сверки) drawn up after re-verification; one count per direction. */
export const app1Form: FormDecl = {
  id: 'App1',
  label: L('Салыстыру актісі (1-қосымша)', 'Акт сверки (приложение 1)', 'Reconciliation act (App 1)'),
  ref: { paragraph: 'p.12–15', appendix: 'App 1' },
  filledBy: L('Бағалаушы орган', 'Уполномоченный орган по оценке', 'Authorised assessing body'),
  fields: [
    factsField(1, 'Unreliable facts found — direction 1', 'Выявленные факты недостоверности — направление 1', 'Анықталған дәйексіздік фактілері — 1-бағыт'),
    factsField(2, 'Unreliable facts found — direction 2', 'Выявленные факты недостоверности — направление 2', 'Анықталған дәйексіздік фактілері — 2-бағыт'),
    factsField(3, 'Unreliable facts found — direction 3', 'Выявленные факты недостоверности — направление 3', 'Анықталған дәйексіздік фактілері — 3-бағыт'),
  ],
};

export const penaltyParameters: Record<string, ParameterDecl> = {
  'penalty.unreliable.per_fact': {
    label: L('Дәйексіз әр факт үшін айыппұл балы', 'Штрафной балл за каждый факт недостоверности', 'Penalty points per unreliable fact'),
    ref: { paragraph: 'p.12, p.15' },
    values: [{ from: EFFECTIVE_FROM, value: '0.2' }],
  },
  'penalty.unreliable.cap': {
    label: L('Бір бағыт бойынша айыппұлдың ең жоғары мөлшері', 'Предельный размер штрафа по одному направлению', 'Maximum penalty per direction'),
    ref: { paragraph: 'p.15' },
    values: [{ from: EFFECTIVE_FROM, value: '5' }],
  },
};

export interface DirectionSpec {
  dir: 1 | 2 | 3;
  label: Labels;
  ref: LegalRef;
  /** The criteria of the direction (each with appliesTo / max per body kind). */
  criteria: NodeDecl[];
  /** Reference of the paragraph that sums the criteria (e.g. p.68 for direction 1). */
  totalRef: LegalRef;
}

/**
 * A direction node as the act builds it: the criteria are summed (the direction's own "total"
 * paragraph), then the p.12–15 penalty for unreliable information is deducted, never below 0.
 * Node ids: D<n> (final), D<n>.SUM (sum of criteria), D<n>.PEN (penalty), criteria under D<n>.SUM.
 */
export function directionWithPenalty(spec: DirectionSpec): NodeDecl {
  const id = `D${spec.dir}`;
  return {
    id,
    level: 'direction',
    label: spec.label,
    ref: spec.ref,
    max: { [CENTRAL]: 100, [LOCAL]: 100 },
    provenance: { kind: 'text', note: 'p.12–15: direction total less the unreliable-information penalty' },
    formula: {
      expr: 'max(0, total - penalty)',
      where: { total: { kind: 'node', id: `${id}.SUM` }, penalty: { kind: 'node', id: `${id}.PEN` } },
      cases: [],
    },
    floorAtZero: true,
    children: [
      {
        id: `${id}.SUM`,
        level: 'adjustment',
        label: L('Өлшемшарттар бойынша жиынтық балл', 'Сумма баллов по критериям', 'Sum of the criteria'),
        ref: spec.totalRef,
        max: { [CENTRAL]: 100, [LOCAL]: 100 },
        provenance: { kind: 'text' },
        children: spec.criteria,
      },
      {
        id: `${id}.PEN`,
        level: 'adjustment',
        label: L('Дәйексіз ақпарат үшін айыппұл', 'Штраф за недостоверную информацию', 'Penalty for unreliable information'),
        ref: { paragraph: 'p.12–15', appendix: 'App 1' },
        max: { [CENTRAL]: 5, [LOCAL]: 5 },
        provenance: { kind: 'text' },
        formula: {
          expr: 'min(cap, per_fact * n)',
          where: { n: inp('App1', `unreliable_facts_d${spec.dir}`), per_fact: par('penalty.unreliable.per_fact'), cap: par('penalty.unreliable.cap') },
        },
      },
    ],
  };
}
