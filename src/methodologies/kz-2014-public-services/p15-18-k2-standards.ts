// Paragraph 2, §15–§18: «Мемлекеттік көрсетілетін қызметтер стандарттарын бекіту» (central only).
// §18 (formula image lost, F000-18, reconstructed-high): K2 = a / c × k, k = 15.
// §17: 0.2 penalty points per established fact of violating the standardisation deadlines, at most 3,
// "deducted from the body's score under this criterion" (A-8: inside the criterion by default).
import { inp, par, nod, L } from '../../engine/build.js';
import type { Formula, NodeDecl, ParameterDecl } from '../../engine/types.js';
import { CENTRAL, param } from './common.js';
import { R } from './readings.js';

export const k2Parameters: Record<string, ParameterDecl> = {
  'K2.k': param(L('Коэффициент k (К2)', 'Коэффициент k (К2)', 'Coefficient k (K2)'), { paragraph: '§18' }, 15),
  'K2.penalty.perFact': param(L('Әр дерек үшін айыппұл балы (К2)', 'Штраф за каждый факт (К2)', 'Penalty per fact (K2)'), { paragraph: '§17' }, '0.2'),
  'K2.penalty.cap': param(L('Айыппұлдың ең жоғары сомасы (К2)', 'Предельная сумма штрафа (К2)', 'Penalty cap (K2)'), { paragraph: '§17' }, 3),
};

/**
 * A criterion whose base is reduced by its own penalty, with the two A-8 readings: where the penalty
 * goes (here, or the final score via PEN.criterion) and whether the criterion is floored at 0.
 */
export function baseLessPenalty(baseId: string, penId: string): Formula {
  const where = { base: nod(baseId), pen: nod(penId) };
  return {
    reading: R.PEN_SCOPE,
    variants: {
      criterion: {
        reading: R.FLOOR,
        variants: { no: { expr: 'base - pen', where }, yes: { expr: 'max(0, base - pen)', where } },
      },
      final: {
        reading: R.FLOOR,
        variants: { no: { expr: 'base', where }, yes: { expr: 'max(0, base)', where } },
      },
    },
  };
}

const k2Where = { a: inp('Standards', 'a'), c: inp('Standards', 'c'), k: par('K2.k') };

export const k2: NodeDecl = {
  id: 'K2',
  level: 'criterion',
  label: L('Мемлекеттік көрсетілетін қызметтер стандарттарын бекіту', 'Утверждение стандартов государственных услуг', 'Approval of public service standards'),
  ref: { paragraph: '§15–§18', appendix: 'App 1', row: '2', note: 'assessed by the Agency (§9)' },
  // No max on the net score: it ranges over [−3, 15] because the text gives no floor;
  // the App 1 weight 15 is the max of K2.base.
  appliesTo: [CENTRAL],
  provenance: { kind: 'reconstructed-high', formulaId: 'F000-18', note: 'K2 = a/c × k − min(0.2 × v, 3); no floor by default (A-8)' },
  formula: baseLessPenalty('K2.base', 'K2.pen'),
  children: [
    {
      id: 'K2.base',
      level: 'indicator',
      label: L('Бекітілген стандарттардың үлесі × k', 'Доля утвержденных стандартов × k', 'Share of approved standards × k'),
      ref: { paragraph: '§18' },
      max: { [CENTRAL]: 15 },
      provenance: { kind: 'reconstructed-high', formulaId: 'F000-18', note: 'a capped at c (seed-000 §5.2 guard)' },
      formula: {
        reading: R.K2_ZERO,
        variants: {
          full: { expr: 'min(a / c, 1) * k', where: k2Where, cases: [{ when: 'c == 0', expr: 'k', branch: 'c = 0: no standards due → full k (A-28)' }] },
          zero: { expr: 'min(a / c, 1) * k', where: k2Where, cases: [{ when: 'c == 0', expr: '0', branch: 'c = 0: no standards due → 0 (A-28 alternative)' }] },
        },
      },
    },
    {
      id: 'K2.pen',
      level: 'adjustment',
      label: L(
        'Стандарттау мерзімдерін бұзғаны үшін айыппұл баллдары',
        'Штрафные баллы за нарушение сроков стандартизации',
        'Penalty for violating the standardisation deadlines',
      ),
      ref: { paragraph: '§17' },
      max: { [CENTRAL]: 3 },
      provenance: { kind: 'text' },
      formula: {
        expr: 'min(rate * v, cap)',
        where: { rate: par('K2.penalty.perFact'), v: inp('Standards', 'violations'), cap: par('K2.penalty.cap') },
      },
    },
  ],
};
