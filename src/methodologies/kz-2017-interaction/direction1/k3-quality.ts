// Criterion 3 "Ensuring the quality of public services" (p.41–50).
//
// p.45: K3 = T1 + T2 + T3 + T4 + T5 (central), M3 = the same (local) — reconstructed-high, F004-45
//       (3 + 3 + 3 + 3 + 5 = 17 = the App 2 value for both kinds).
// p.46–50: each indicator is k minus a violation rate "per 10 000 (T5: per 1 000) services rendered";
//       "if the result is negative, 0" (reconstructed-medium, F004-46…50). A zero denominator means
//       nothing to assess: the indicator keeps k (AMB-9).
// p.44: where inspections were held their results are used, otherwise the body's internal-control
//       data — the form's fields carry the figures chosen by that rule.
// The five indicators are one data table, one node each.
import { inp, par, cst, L } from '../../../engine/build.js';
import type { Labels, NodeDecl } from '../../../engine/types.js';
import { criterion, criterionId, type Kind } from './criterion.js';

const FORM = 'D1.quality';

interface QualityIndicator {
  sym: string;
  paragraph: string;
  formulaId: string;
  label: Labels;
  /** symbols of the act: violations x over total y, "per" services */
  x: { sym: string; field: string };
  y: { sym: string; field: string };
  per: number;
  kParam: string;
  max: number;
}

const SERVICES = 'services_rendered';

export const QUALITY_INDICATORS: readonly QualityIndicator[] = [
  {
    sym: 'T1',
    paragraph: 'p.46',
    formulaId: 'F004-46',
    label: L('Мемлекеттік қызметтер көрсетуден негізсіз бас тарту', 'Необоснованные отказы в оказании государственных услуг', 'Unjustified refusals to render public services'),
    x: { sym: 'a', field: 'unjustified_refusals' },
    y: { sym: 'b', field: SERVICES },
    per: 10000,
    kParam: 'd1.k3.k',
    max: 3,
  },
  {
    sym: 'T2',
    paragraph: 'p.47',
    formulaId: 'F004-47',
    label: L(
      'Құжаттар топтамасы толық болмаған кезде мемлекеттік қызметтер көрсету',
      'Оказание государственных услуг при неполном пакете документов',
      'Rendering services on an incomplete set of documents',
    ),
    x: { sym: 'c', field: 'incomplete_documents' },
    y: { sym: 'd', field: SERVICES },
    per: 10000,
    kParam: 'd1.k3.k',
    max: 3,
  },
  {
    sym: 'T3',
    paragraph: 'p.48',
    formulaId: 'F004-48',
    label: L(
      'Мемлекеттік көрсетілетін қызмет стандартында көзделмеген құжаттарды талап ету',
      'Истребование документов, не предусмотренных стандартом государственной услуги',
      'Demanding documents not provided for by the service standard',
    ),
    x: { sym: 'n', field: 'extra_documents_demanded' },
    y: { sym: 'm', field: SERVICES },
    per: 10000,
    kParam: 'd1.k3.k',
    max: 3,
  },
  {
    sym: 'T4',
    paragraph: 'p.49',
    formulaId: 'F004-49',
    label: L(
      'Мемлекеттік қызметтер көрсетудің бизнес-процестерін бұзу',
      'Нарушение бизнес-процессов оказания государственных услуг',
      'Violation of the business processes of rendering services',
    ),
    x: { sym: 'g', field: 'business_process_violations' },
    y: { sym: 'h', field: SERVICES },
    per: 10000,
    kParam: 'd1.k3.k',
    max: 3,
  },
  {
    sym: 'T5',
    paragraph: 'p.50',
    formulaId: 'F004-50',
    label: L('Мемлекеттік көрсетілетін қызметтерге шағымдану', 'Обжалование государственных услуг', 'Appeals against public services'),
    x: { sym: 'e', field: 'justified_complaints' },
    y: { sym: 'f', field: 'service_recipients' },
    per: 1000,
    kParam: 'd1.k3.t5.k',
    max: 5,
  },
];

export function qualityCriterion(kind: Kind): NodeDecl {
  const id = criterionId(kind, 3);
  const children: NodeDecl[] = QUALITY_INDICATORS.map((t) => ({
    id: `${id}.${t.sym}`,
    level: 'indicator',
    label: t.label,
    ref: { paragraph: t.paragraph },
    max: { [kind]: t.max },
    provenance: { kind: 'reconstructed-medium', formulaId: t.formulaId, decision: 'AMB-9' },
    formula: {
      expr: `k - ${t.x.sym} / ${t.y.sym} * per`,
      where: {
        k: par(t.kParam),
        [t.x.sym]: inp(FORM, t.x.field),
        [t.y.sym]: inp(FORM, t.y.field),
        per: cst(t.per, `per ${t.per === 1000 ? '1 000' : '10 000'} services`),
      },
      cases: [{ when: `${t.y.sym} == 0`, expr: 'k', branch: `${t.y.sym} = 0: nothing to assess, ${t.sym} = k (AMB-9)` }],
    },
    floorAtZero: true,
  }));
  return criterion(kind, 3, { paragraph: 'p.41–50' }, { kind: 'reconstructed-high', formulaId: 'F004-45' }, {
    formula: {
      expr: 'T1 + T2 + T3 + T4 + T5',
      where: Object.fromEntries(children.map((c, i) => [QUALITY_INDICATORS[i]!.sym, { kind: 'node' as const, id: c.id }])),
    },
    children,
  });
}
