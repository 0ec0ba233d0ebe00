// Criterion 1 "Satisfaction of service recipients with the quality of public services" (p.26–32, App 6).
//
// p.28: K1 = P1 + P2 (central), M1 = P1 + P2 (local) — reconstructed-high, F004-28: 15 + 5 = 20, 35 + 5 = 40.
// p.30: P1 = Σ U1_i / n, U1 from App 6 by the satisfaction level of each monitored service type (F004-30).
// p.31: no service type monitored → "the mean of the results of the bodies whose services were
//       monitored" (AMB-7: mean P1 of the monitored bodies of the same kind, the App 6 scales differ).
// p.32: P2 = 5 when the body took measures against the administrative barriers its monitoring found.
import { inp, par, nod, L } from '../../../engine/build.js';
import { Decimal, ZERO } from '../../../engine/decimal.js';
import type { NodeContext, NodeDecl } from '../../../engine/types.js';
import { CENTRAL } from '../common.js';
import { criterion, criterionId, type Kind } from './criterion.js';

const FORM = 'D1.satisfaction';
interface ServiceRow {
  service?: string;
  satisfaction: Decimal;
}

export function satisfactionCriterion(kind: Kind): NodeDecl {
  const id = criterionId(kind, 1);
  const table = kind === CENTRAL ? 'd1.app6.central' : 'd1.app6.local';
  const p1Max = kind === CENTRAL ? 15 : 35;
  const meanId = `${id}.P1.mean`;
  const nId = `${id}.P1.n`;

  const count: NodeDecl = {
    id: nId,
    level: 'parameter',
    label: L(
      'n — қоғамдық мониторингке енген қызмет түрлерінің саны',
      'n — количество видов государственных услуг, подлежащих оценке по данному показателю',
      'n — service types covered by the public monitoring',
    ),
    ref: { paragraph: 'p.30' },
    provenance: { kind: 'text' },
    formula: {
      text: 'n = number of monitored service types',
      compute: (ctx) => new Decimal(ctx.value<ServiceRow[]>(FORM, 'service_types').length),
    },
  };

  const mean: NodeDecl = {
    id: meanId,
    level: 'parameter',
    label: L(
      'Мониторинг нәтижесі бойынша U1 баллдарының орташа мәні',
      'Среднее баллов U1 по результатам общественного мониторинга',
      'Mean of the U1 points of the monitored service types',
    ),
    ref: { paragraph: 'p.30', appendix: 'App 6' },
    max: { [kind]: p1Max },
    provenance: { kind: 'reconstructed-high', formulaId: 'F004-30' },
    formula: {
      text: `Σ U1_i / n, U1_i = App 6 (${kind}) points for the satisfaction level of service type i`,
      compute: (ctx: NodeContext) => {
        const rows = ctx.value<ServiceRow[]>(FORM, 'service_types');
        if (!rows.length) {
          ctx.branch('no service type was monitored: n = 0 (P1 is set by p.31)');
          return ZERO;
        }
        let sum = ZERO;
        rows.forEach((r, i) => {
          const u = ctx.band(table, r.satisfaction);
          ctx.note(`service type ${i + 1}${r.service ? ` "${r.service}"` : ''}: satisfaction ${r.satisfaction.toString()} → U1 = ${u.toString()}`);
          sum = sum.plus(u);
        });
        return sum.div(rows.length);
      },
    },
  };

  const p1: NodeDecl = {
    id: `${id}.P1`,
    level: 'indicator',
    label: L(
      'Мемлекеттік қызметтер көрсету сапасына қанағаттану деңгейі',
      'Уровень удовлетворенности качеством оказания государственных услуг',
      'Level of satisfaction with the quality of public services',
    ),
    ref: { paragraph: 'p.29–31', appendix: 'App 6' },
    max: { [kind]: p1Max },
    provenance: { kind: 'reconstructed-high', formulaId: 'F004-30', decision: 'AMB-7' },
    formula: {
      text: 'P1 = Σ U1_i / n; when n = 0, the mean P1 of the monitored bodies of the same kind (p.31)',
      dependsOn: [meanId, nId],
      compute: (ctx) => {
        if (ctx.node(nId).gt(0)) return ctx.node(meanId);
        const reading = ctx.reading('AMB-7');
        // The field's range covers both App 6 scales; a figure above this kind's scale is refused.
        const published = () => {
          const v = ctx.num(FORM, 'reference_mean');
          if (v.gt(p1Max)) throw new Error(`form ${FORM}, field reference_mean: ${v.toString()} is above the ${kind} scale of P1 (max ${p1Max})`);
          return v;
        };
        if (reading === 'agency-figure') {
          ctx.branch('not monitored (p.31): the mean published by the Agency');
          return published();
        }
        const counts = new Map(ctx.pool(nId).map((x) => [x.bodyId, x.value]));
        const monitored = ctx.pool(meanId).filter((x) => counts.get(x.bodyId)?.gt(0));
        if (!monitored.length) {
          if (ctx.has(FORM, 'reference_mean')) {
            ctx.branch('not monitored (p.31), and no monitored body of this kind in the campaign: the mean published by the Agency');
            return published();
          }
          throw new Error(
            `p.31: none of the body's service types was monitored and no body of its kind in the campaign was; supply ${FORM}.reference_mean`,
          );
        }
        const total = monitored.reduce((s, x) => s.plus(x.value), ZERO);
        ctx.branch(`not monitored (p.31): mean P1 of ${monitored.length} monitored bodies of the same kind (AMB-7)`);
        ctx.note(`monitored bodies: ${monitored.map((x) => `${x.bodyId} = ${x.value.toString()}`).join(', ')}`);
        return total.div(monitored.length);
      },
    },
    children: [count, mean],
  };

  const p2: NodeDecl = {
    id: `${id}.P2`,
    level: 'indicator',
    label: L(
      'Көрсетілетін қызметті алушылардың қанағаттануын арттыру жөніндегі шаралар',
      'Меры по повышению удовлетворенности услугополучателей',
      'Measures to increase the satisfaction of service recipients',
    ),
    ref: { paragraph: 'p.32' },
    max: { [kind]: 5 },
    provenance: { kind: 'text', decision: 'AMB-36' },
    formula: {
      expr: 'measures ? points : 0',
      where: { measures: inp(FORM, 'barrier_measures_taken'), points: par('d1.p2.points') },
    },
  };

  return criterion(kind, 1, { paragraph: 'p.26–32', appendix: 'App 6' }, { kind: 'reconstructed-high', formulaId: 'F004-28' }, {
    formula: { expr: 'P1 + P2', where: { P1: nod(p1.id), P2: nod(p2.id) } },
    children: [p1, p2],
  });
}
