// A hand-written straight-line scorer of direction 1 under the default readings, independent of the
// engine: the benchmark's baseline (issue 2 §7) and a differential check of the edition in
// direction1.test.ts. Same inputs as the case files (forms by id), exact decimals, no trace.
// P1 for a body with no monitored service type (p.31) needs the pool: pass `poolMeanP1`.
import { Decimal } from '../../../engine/decimal.js';

type Num = number | string | Decimal;
type Forms = Record<string, Record<string, unknown>>;

const D = (x: unknown): Decimal => new Decimal(x as Num);
const ZERO = new Decimal(0);
const max0 = (x: Decimal) => (x.isNegative() ? ZERO : x);
const r2 = (x: Decimal) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

function app6(central: boolean, s: Decimal): number {
  const q = r2(s);
  const t: [string, number][] = central
    ? [['4.8', 15], ['4.6', 12], ['4.4', 9], ['4.2', 6], ['4', 3]]
    : [['4.9', 35], ['4.75', 30], ['4.6', 25], ['4.45', 20], ['4.3', 15], ['4.15', 10], ['4', 5]];
  for (const [lo, pts] of t) if (q.gte(lo)) return pts;
  return 0;
}

function app7(central: boolean, a: Decimal, aPrev: Decimal): number {
  const step = central ? 1 : 2;
  if (a.isZero()) return 5 * step;
  if (aPrev.isZero() || a.gte(aPrev)) return 0;
  const share = r2(aPrev.minus(a).div(aPrev).times(100));
  if (share.gte(80)) return 5 * step;
  if (share.gte(60)) return 4 * step;
  if (share.gte(40)) return 3 * step;
  if (share.gte(20)) return 2 * step;
  return step;
}

const rateIndicator = (k: number, x: Decimal, y: Decimal, per: number) => (y.isZero() ? new Decimal(k) : max0(new Decimal(k).minus(x.div(y).times(per))));

function bandFrom(q: Decimal, table: [number, number][], below: number): number {
  const r = r2(q);
  for (const [lo, pts] of table) if (r.gte(lo)) return pts;
  return below;
}

export interface Direction1Score {
  criteria: Decimal[];
  sum: Decimal;
  penalty: Decimal;
  total: Decimal;
}

export function scoreDirection1(kind: 'central' | 'local', forms: Forms, poolMeanP1?: Decimal): Direction1Score {
  const central = kind === 'central';
  // K1 / M1 (p.28–32)
  const sat = forms['D1.satisfaction']!;
  const rows = sat.service_types as { satisfaction: Num }[];
  let p1: Decimal;
  if (rows.length) p1 = rows.reduce((s, r) => s.plus(app6(central, D(r.satisfaction))), ZERO).div(rows.length);
  else if (poolMeanP1) p1 = poolMeanP1;
  else throw new Error('p.31: no monitored service type and no pool mean');
  const k1 = p1.plus(sat.barrier_measures_taken ? 5 : 0);
  // K2 / M2 (p.38–40)
  const dl = forms['D1.deadlines']!;
  const a = D(dl.late_services).minus(D(dl.late_during_is_failure ?? 0));
  const b = D(dl.services_rendered);
  const rate = b.isZero() ? ZERO : a.div(b).times(10000);
  const d = app7(central, a, D(dl.late_services_prev));
  const pen2 = Decimal.min(5, D(dl.late_entries ?? 0).times('0.02'));
  const k2 = max0(max0(new Decimal(central ? 15 : 23).minus(rate).plus(d)).minus(pen2));
  // K3 / M3 (p.45–50)
  const q = forms['D1.quality']!;
  const n = D(q.services_rendered);
  const k3 = rateIndicator(3, D(q.unjustified_refusals), n, 10000)
    .plus(rateIndicator(3, D(q.incomplete_documents), n, 10000))
    .plus(rateIndicator(3, D(q.extra_documents_demanded), n, 10000))
    .plus(rateIndicator(3, D(q.business_process_violations), n, 10000))
    .plus(rateIndicator(5, D(q.justified_complaints), D(q.service_recipients), 1000));
  // K4 / M4 (App 8)
  const ic = forms['D1.internal_control']!;
  const planned = D(ic.planned_measures);
  const recs = D(ic.agency_recommendations);
  const late = D(ic.late_services);
  const k4 = new Decimal(ic.has_quality_unit ? 1 : 0)
    .plus(ic.plans_approved_on_time ? 1 : 0)
    .plus(planned.isZero() ? 0 : bandFrom(D(ic.executed_measures).div(planned).times(100), [[90, 2.5], [75, 1.5], [60, 0.5]], 0))
    .plus(recs.isZero() ? 2.5 : bandFrom(D(ic.recommendations_executed).div(recs).times(100), [[90, 2.5], [80, 1.5], [70, 0.5]], 0))
    .plus(late.isZero() ? 3 : bandFrom(D(ic.late_found_by_internal_control).div(late).times(100), [[50, 3], [30, 2]], 1));
  const criteria = [k1, k2, k3, k4];
  if (central) {
    // K5, K6 (p.57, p.59)
    const reg = forms['D1.register']!;
    criteria.push(new Decimal(D(reg.new_service_types).gt(0) || reg.no_further_services_conclusion === true ? 5 : 0));
    criteria.push(new Decimal(D(forms['D1.composite']!.new_composite_service_types).gt(0) ? 3 : 0));
    // K7 (p.62–67, App 9)
    const opt = forms['D1.optimization']!;
    const nStd = D(opt.standards_to_optimize);
    const t = nStd.isZero() ? new Decimal(5) : Decimal.min(5, D(opt.standards_changed).div(nStd).times(5));
    const points = [20, 15, 10, 8, 5, 0];
    const reclass: Record<number, number> = { 2: 1, 3: 1, 6: 5 };
    let sum = ZERO;
    let z = 0;
    for (const s of opt.services as Record<string, unknown>[]) {
      if (s.added_at_period_end === true) continue;
      z += 1;
      if (!s.standard_approved) continue;
      let row = Number(s.app9_row);
      const ic7 = (s.ic_decision ?? 'none') !== 'none';
      if (ic7) row = reclass[row] ?? row;
      const y = D(s.docs_obtainable);
      const share = y.isZero() ? new Decimal(1) : D(s.docs_obtained).div(y);
      sum = sum.plus(new Decimal(points[row - 1]!).times(ic7 ? '0.8' : 1).times(share));
    }
    const v = z === 0 ? new Decimal(20) : sum.div(z);
    criteria.push(t.plus(v));
  }
  const total = criteria.reduce((s, x) => s.plus(x), ZERO);
  const penalty = Decimal.min(5, D((forms.App1?.unreliable_facts_d1 as Num | undefined) ?? 0).times('0.2'));
  return { criteria, sum: total, penalty, total: max0(total.minus(penalty)) };
}
