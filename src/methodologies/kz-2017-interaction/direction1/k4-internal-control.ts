// Criterion 4 "Internal control over the quality of public services" (p.51–53, App 8).
//
// App 8: "the final score … is the total of the following parameters" — K4 = M4 = Pu + Pp + Pe + Pr + Pv
// (max 1 + 1 + 2.5 + 2.5 + 3 = 10, the App 2 value for both kinds).
//   Pu  a structural unit responsible for service quality: 1
//   Pp  control-measure plans approved on time: 1
//   Pe  share of planned control measures carried out: ≥ 90 % 2.5; 75–89.99 1.5; 60–74.99 0.5
//   Pr  share of the Agency's recommendations carried out: ≥ 90 % 2.5; 80–89.99 1.5; 70–79.99 0.5;
//       none issued → AMB-12 (default 2.5); p.53's "preventive measures" are scored here (AMB-12)
//   Pv  share of the body's late services found by its own planned inspections: ≥ 50 % 3;
//       30–49.99 2; < 20 1; the 20–29.99 gap → AMB-13 (default 1); no late service → 3 (AMB-13)
// Below the lowest printed band the text gives nothing: 0.
import { inp, par, nod, L } from '../../../engine/build.js';
import type { NodeDecl } from '../../../engine/types.js';
import { criterion, criterionId, type Kind } from './criterion.js';

const FORM = 'D1.internal_control';

/** The measured percentage behind an App 8 band, as its own node so the trace shows it. */
function shareNode(id: string, row: string, label: ReturnType<typeof L>, part: string, whole: string, zeroBranch: string): NodeDecl {
  return {
    id,
    level: 'parameter',
    label,
    ref: { appendix: 'App 8', row },
    provenance: { kind: 'text' },
    formula: {
      expr: 'part / whole * 100',
      where: { part: inp(FORM, part), whole: inp(FORM, whole) },
      cases: [{ when: 'whole == 0', expr: '0', branch: zeroBranch }],
    },
  };
}

export function internalControlCriterion(kind: Kind): NodeDecl {
  const id = criterionId(kind, 4);
  const unit: NodeDecl = {
    id: `${id}.Pu`,
    level: 'parameter',
    label: L(
      'Мемлекеттік қызметтер көрсету сапасына жауапты құрылымдық бөлімшенің болуы',
      'Наличие структурного подразделения, ответственного за качество оказания государственных услуг',
      'A structural unit responsible for the quality of public services',
    ),
    ref: { appendix: 'App 8', row: '1' },
    max: { [kind]: 1 },
    provenance: { kind: 'text' },
    formula: { expr: 'has_unit ? points : 0', where: { has_unit: inp(FORM, 'has_quality_unit'), points: par('d1.app8.unit') } },
  };
  const plans: NodeDecl = {
    id: `${id}.Pp`,
    level: 'parameter',
    label: L(
      'Бақылау іс-шаралары жоспарларының уақтылы бекітілуі',
      'Наличие своевременно утвержденных планов контрольных мероприятий',
      'Control-measure plans approved on time',
    ),
    ref: { appendix: 'App 8', row: '2' },
    max: { [kind]: 1 },
    provenance: { kind: 'text' },
    formula: { expr: 'approved ? points : 0', where: { approved: inp(FORM, 'plans_approved_on_time'), points: par('d1.app8.plans') } },
  };
  const peShare = shareNode(
    `${id}.Pe.share`,
    '3–5',
    L('Орындалған бақылау іс-шараларының үлесі, %', 'Доля исполненных контрольных мероприятий, %', 'Share of planned control measures carried out, %'),
    'executed_measures',
    'planned_measures',
    'no control measure planned: nothing carried out, 0 %',
  );
  const execution: NodeDecl = {
    id: `${id}.Pe`,
    level: 'parameter',
    label: L(
      'Бекітілген тексеру жоспарларындағы бақылау іс-шараларының орындалуы',
      'Исполнение контрольных мероприятий из утвержденных планов проверок',
      'Control measures of the approved inspection plans carried out',
    ),
    ref: { appendix: 'App 8', row: '3–5' },
    max: { [kind]: 2.5 },
    provenance: { kind: 'text' },
    formula: { expr: 'band(bands, share)', where: { share: nod(peShare.id), bands: par('d1.app8.execution') } },
    children: [peShare],
  };
  const prShare = shareNode(
    `${id}.Pr.share`,
    '6–8',
    L('Орындалған Агенттік ұсынымдарының үлесі, %', 'Доля исполненных рекомендаций Агентства, %', 'Share of the Agency’s recommendations carried out, %'),
    'recommendations_executed',
    'agency_recommendations',
    'no recommendation issued (the score is set by AMB-12)',
  );
  const recWhere = {
    share: nod(prShare.id),
    issued: inp(FORM, 'agency_recommendations'),
    bands: par('d1.app8.recommendations'),
    none: par('d1.app8.recommendations.none'),
  };
  const recommendations: NodeDecl = {
    id: `${id}.Pr`,
    level: 'parameter',
    label: L(
      'Бақылау іс-шаралары қорытындысы бойынша Агенттік ұсынымдарының орындалуы',
      'Исполнение рекомендаций Агентства по итогам проведенных контрольных мероприятий',
      'The Agency’s recommendations after its control measures carried out',
    ),
    ref: { paragraph: 'p.53', appendix: 'App 8', row: '6–8' },
    max: { [kind]: 2.5 },
    provenance: { kind: 'text', decision: 'AMB-12' },
    formula: {
      reading: 'AMB-12',
      variants: {
        full: {
          expr: 'band(bands, share)',
          where: recWhere,
          cases: [{ when: 'issued == 0', expr: 'none', branch: 'no recommendation issued: nothing outstanding, full points (AMB-12)' }],
        },
        zero: {
          expr: 'band(bands, share)',
          where: recWhere,
          cases: [{ when: 'issued == 0', expr: '0', branch: 'no recommendation issued: nothing carried out, 0 (AMB-12 alternative)' }],
        },
      },
    },
    children: [prShare],
  };
  const pvShare = shareNode(
    `${id}.Pv.share`,
    '9–11',
    L(
      'Ішкі бақылау анықтаған мерзім бұзушылықтарының үлесі, %',
      'Доля нарушений сроков, выявленных в рамках контрольных мероприятий, %',
      'Share of the late services found by the body’s planned control measures, %',
    ),
    'late_found_by_internal_control',
    'late_services',
    'no service rendered late (the score is set by AMB-13)',
  );
  const detectedWhere = (table: string) => ({
    share: nod(pvShare.id),
    late: inp(FORM, 'late_services'),
    bands: par(table),
    none: par('d1.app8.detected.none'),
  });
  const noLate = { when: 'late == 0', expr: 'none', branch: 'no service rendered late: full points (AMB-13)' };
  const detected: NodeDecl = {
    id: `${id}.Pv`,
    level: 'parameter',
    label: L(
      'Бекітілген тексеру жоспарлары бойынша бақылау іс-шаралары шеңберінде анықталған мерзім бұзушылықтарының үлесі',
      'Доля нарушений сроков оказания государственных услуг, выявленных в рамках контрольных мероприятий по утвержденным планам проверок',
      'Share of deadline violations found by control measures under the approved inspection plans',
    ),
    ref: { appendix: 'App 8', row: '9–11' },
    max: { [kind]: 3 },
    provenance: { kind: 'text', decision: 'AMB-13' },
    formula: {
      reading: 'AMB-13',
      variants: {
        'fill-1': { expr: 'band(bands, share)', where: detectedWhere('d1.app8.detected'), cases: [noLate] },
        'literal-0': { expr: 'band(bands, share)', where: detectedWhere('d1.app8.detected.literal'), cases: [noLate] },
      },
    },
    children: [pvShare],
  };
  const parts = [unit, plans, execution, recommendations, detected];
  return criterion(kind, 4, { paragraph: 'p.51–53', appendix: 'App 8' }, { kind: 'text', note: 'App 8: the total of the parameters' }, {
    formula: {
      expr: 'Pu + Pp + Pe + Pr + Pv',
      where: Object.fromEntries(parts.map((p) => [p.id.slice(p.id.lastIndexOf('.') + 1), { kind: 'node' as const, id: p.id }])),
    },
    children: parts,
  });
}
