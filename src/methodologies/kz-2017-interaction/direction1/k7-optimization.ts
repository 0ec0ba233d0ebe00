// Criterion 7 "Optimization of public services" (p.60–67, App 9), central state bodies only (p.61).
//
// p.62: K7 = T + V (reconstructed-high, F004-62: 5 + 20 = 25).
// p.64: T = c / n × m, m = 5 (F004-64). c counts standards of local bodies' services too, so c / n
//       may exceed 1: T is capped at 5; n = 0 → 5 (AMB-14).
// p.66: V = Σ a_i / z over the body's service types under the Register, those added at the end of
//       the period left out (p.65); z = 0 → 20 (AMB-15).
// p.67: a_i = b × d × x / y (reconstructed-medium, F004-67; DECISIONS D1: x = documents obtained from
//       information systems, y = documents obtainable, x ≤ y; y = 0 → x / y taken as 1 (AMB-16));
//       a_i = 0 when the standard is not approved; b = App 9 points; d = 0.8 when the body submitted an
//       Interdepartmental Commission decision that the service cannot go through the State
//       Corporation — the service then counts as rendered through the State Corporation (AMB-17
//       re-classification) and the decision counts for two assessed periods.
import { inp, par, nod, L } from '../../../engine/build.js';
import { Decimal, ONE, ZERO } from '../../../engine/decimal.js';
import type { NodeContext, NodeDecl } from '../../../engine/types.js';
import { CENTRAL } from '../common.js';
import { criterion, criterionId } from './criterion.js';
import { app9Param } from './parameters.js';

const FORM = 'D1.optimization';

interface ServiceRow {
  service?: string;
  app9_row: Decimal;
  standard_approved: boolean;
  docs_obtainable: Decimal;
  docs_obtained: Decimal;
  ic_decision?: 'none' | 'current' | 'previous';
  added_at_period_end?: boolean;
}

/** AMB-17: the App 9 row a service "counted as rendered through the State Corporation" takes. */
const RECLASSIFY: Record<string, Record<number, number>> = {
  'sc-alternative': { 2: 1, 3: 1, 6: 5 },
  'sc-only': { 2: 1, 3: 1, 6: 4 },
};

/** p.67: the final score a_i of one service, every step noted in the trace. */
export function serviceScore(ctx: NodeContext, r: ServiceRow, label: string): Decimal {
  if (!r.standard_approved) {
    ctx.note(`${label}: standard not approved at the time of assessment → a = 0 (p.67)`);
    return ZERO;
  }
  let row = r.app9_row.toNumber();
  let d = ONE;
  const decision = r.ic_decision ?? 'none';
  if (decision !== 'none') {
    const reading = ctx.reading('AMB-17');
    const to = RECLASSIFY[reading]?.[row];
    if (to !== undefined) {
      ctx.note(`${label}: Interdepartmental Commission decision (${decision} period) → counted as rendered through the State Corporation, App 9 row ${row} → row ${to} (AMB-17)`);
      row = to;
    }
    d = ctx.param('d1.k7.d');
  }
  const b = ctx.param(app9Param(row));
  const y = r.docs_obtainable;
  const x = r.docs_obtained;
  const share = y.isZero() ? ONE : x.div(y);
  const a = b.times(d).times(share);
  ctx.note(
    `${label}: b = ${b.toString()} (App 9 row ${row}), d = ${d.toString()}, x / y = ${y.isZero() ? '1 (y = 0)' : `${x.toString()} / ${y.toString()}`} → a = ${a.toString()}`,
  );
  return a;
}

export function optimizationCriterion(): NodeDecl {
  const id = criterionId(CENTRAL, 7);
  const t: NodeDecl = {
    id: `${id}.T`,
    level: 'indicator',
    label: L(
      'Мемлекеттік көрсетілетін қызметтердің оңтайландырылған стандарттарының үлесі',
      'Доля оптимизированных стандартов государственных услуг',
      'Share of optimised service standards',
    ),
    ref: { paragraph: 'p.63–64' },
    max: { [CENTRAL]: 5 },
    provenance: { kind: 'reconstructed-high', formulaId: 'F004-64', decision: 'AMB-14' },
    formula: {
      expr: 'c / n * m',
      where: { c: inp(FORM, 'standards_changed'), n: inp(FORM, 'standards_to_optimize'), m: par('d1.k7.t.m') },
      cases: [{ when: 'n == 0', expr: 'm', branch: 'no standard subject to optimisation: T = m (AMB-14)' }],
    },
    capAtMax: true,
  };
  const v: NodeDecl = {
    id: `${id}.V`,
    level: 'indicator',
    label: L(
      'Мемлекеттік көрсетілетін қызметтерді автоматтандыру дәрежесі',
      'Степень автоматизации государственных услуг',
      'Degree of automation of public services',
    ),
    ref: { paragraph: 'p.65–67', appendix: 'App 9' },
    max: { [CENTRAL]: 20 },
    provenance: { kind: 'reconstructed-medium', formulaId: 'F004-66; F004-67', decision: 'D1; AMB-15; AMB-16; AMB-17' },
    formula: {
      text: 'V = Σ a_i / z;  a_i = b_i × d_i × x_i / y_i (App 9 points b; d = 0.8 with an Interdepartmental Commission decision; x / y = 1 when y = 0; 0 without an approved standard)',
      compute: (ctx) => {
        const rows = ctx.value<ServiceRow[]>(FORM, 'services');
        let sum = ZERO;
        let z = 0;
        rows.forEach((r, i) => {
          const label = `service ${i + 1}${r.service ? ` "${r.service}"` : ''}`;
          if (r.added_at_period_end) {
            ctx.note(`${label}: added to the Register at the end of the period, left out (p.65)`);
            return;
          }
          z += 1;
          sum = sum.plus(serviceScore(ctx, r, label));
        });
        if (z === 0) {
          ctx.branch('no service type to assess: z = 0, V at its maximum (AMB-15)');
          return ctx.param('d1.k7.v.none');
        }
        ctx.note(`z = ${z}`);
        return sum.div(z);
      },
    },
  };
  return criterion(CENTRAL, 7, { paragraph: 'p.60–67', appendix: 'App 9' }, { kind: 'reconstructed-high', formulaId: 'F004-62' }, {
    formula: { expr: 'T + V', where: { T: nod(t.id), V: nod(v.id) } },
    children: [t, v],
  });
}
