// A hand-written straight-line scorer of direction 1 of the 2017 methodology (kz-2017-interaction),
// the benchmark's baseline (issue 2 §7): plain functions, the same exact decimals as the engine
// (`Decimal` of src/engine/decimal.ts, 40 significant digits, half-up), no engine, no trace, the
// constants of the act written in, and only the DEFAULT readings:
//   AMB-7 pool-mean, AMB-8 from-a, AMB-10 counts, AMB-12 full, AMB-13 fill-1, AMB-17 sc-alternative,
//   AMB-29 whole.
// Independent of the edition's files on purpose: it is also a differential check of the edition
// (test/bench-baseline.test.ts, and the equality check the benchmark runs before timing).
//
// Two steps:
//   prepareDirection1(campaign)  raw campaign forms → typed inputs with Decimal numbers (run once,
//                                outside the timed region; the same conversion as the validator:
//                                a number is read from its decimal text, absent fields take the
//                                declared defaults 0)
//   scoreDirection1(inputs)      D1 for every body (two passes: the p.31 pool mean needs the P1 of
//                                every monitored body of the same kind first)
// Every operation is written in the same order as the edition's formulas, so that the results are
// equal to the last of the 40 digits, not just after rounding.
import { Decimal } from '../src/engine/decimal.js';
import type { CampaignInput } from '../src/engine/types.js';

const d = (n: number | string) => new Decimal(n);
const ZERO = d(0);
const ONE = d(1);
const TWO = d(2);
const THREE = d(3);
const FIVE = d(5);
const TWENTY = d(20);
const HUNDRED = d(100);
const THOUSAND = d(1000);
const TEN_THOUSAND = d(10000);
const P2_POINTS = FIVE; // p.32
const K2_K = d(15); // p.38, central
const M2_M = d(23); // p.38, local
const LATE_ENTRY_PER_FACT = d('0.02'); // p.40
const LATE_ENTRY_CAP = FIVE;
const T5_K = FIVE; // p.50 (T1–T4: 3)
const PR_NONE = d('2.5'); // App 8, AMB-12 "full"
const PV_NONE = THREE; // App 8, AMB-13
const K5_POINTS = FIVE; // p.57
const K6_POINTS = THREE; // p.59
const K7_T_M = FIVE; // p.64
const K7_T_MAX = FIVE;
const K7_D = d('0.8'); // p.67
const K7_V_NONE = TWENTY; // p.66, AMB-15
const PENALTY_PER_FACT = d('0.2'); // p.12–15
const PENALTY_CAP = FIVE;
/** App 9 points by row 1…6. */
const APP9 = [ZERO, TWENTY, d(15), d(10), d(8), FIVE, ZERO];
/** AMB-17 "sc-alternative": the row a service takes when counted as rendered through the State Corporation. */
const RECLASS: Record<number, number> = { 2: 1, 3: 1, 6: 5 };

/** A band table, highest band first: [lower bound (≥), points]; below the last bound, `below`. */
type Bands = { from: Decimal; value: Decimal }[];
const bands = (rows: [string, number | string][]): Bands => rows.map(([from, value]) => ({ from: d(from), value: d(value) }));
const APP6_CENTRAL = bands([['4.80', 15], ['4.60', 12], ['4.40', 9], ['4.20', 6], ['4.00', 3]]);
const APP6_LOCAL = bands([['4.90', 35], ['4.75', 30], ['4.60', 25], ['4.45', 20], ['4.30', 15], ['4.15', 10], ['4.00', 5]]);
const APP7_CENTRAL = bands([['80', 5], ['60', 4], ['40', 3], ['20', 2]]);
const APP7_LOCAL = bands([['80', 10], ['60', 8], ['40', 6], ['20', 4]]);
const APP8_EXECUTION = bands([['90', '2.5'], ['75', '1.5'], ['60', '0.5']]);
const APP8_RECOMMENDATIONS = bands([['90', '2.5'], ['80', '1.5'], ['70', '0.5']]);
const APP8_DETECTED = bands([['50', 3], ['30', 2]]);

/** The spec's band convention: round half-up to 2 decimals, then the first lower bound reached. */
function band(table: Bands, below: Decimal, x: Decimal): Decimal {
  const q = x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  for (const b of table) if (q.gte(b.from)) return b.value;
  return below;
}
const max0 = (x: Decimal): Decimal => (x.isNegative() ? ZERO : x);

// ---------------------------------------------------------------------------------------------
// Inputs

export interface OptimizationService {
  row: number;
  approved: boolean;
  obtainable: Decimal;
  obtained: Decimal;
  icDecision: boolean;
  addedAtPeriodEnd: boolean;
}

export interface Direction1Inputs {
  id: string;
  central: boolean;
  /** Bodies whose P1 may stand in for each other under p.31 (the engine's pool: `pool` or the kind, per kind). */
  poolKey: string;
  satisfaction: Decimal[];
  referenceMean: Decimal | undefined;
  barrierMeasures: boolean;
  late: Decimal;
  lateDuringFailure: Decimal;
  rendered: Decimal;
  latePrev: Decimal;
  lateEntries: Decimal;
  qRendered: Decimal;
  refusals: Decimal;
  incomplete: Decimal;
  extraDocs: Decimal;
  processViolations: Decimal;
  complaints: Decimal;
  recipients: Decimal;
  hasUnit: boolean;
  plansOnTime: boolean;
  planned: Decimal;
  executed: Decimal;
  recommendations: Decimal;
  recommendationsExecuted: Decimal;
  icLate: Decimal;
  icLateFound: Decimal;
  // central bodies only
  newServiceTypes: Decimal;
  noFurtherServices: boolean;
  newComposite: Decimal;
  standardsToOptimize: Decimal;
  standardsChanged: Decimal;
  services: OptimizationService[];
  unreliableFacts: Decimal;
}

type Raw = Record<string, unknown>;
/** The validator's reading of a number: from its decimal text, never through a binary float twice. */
function num(form: Raw | undefined, field: string, dflt?: number): Decimal {
  const v = form?.[field];
  if (v === undefined || v === null) {
    if (dflt === undefined) throw new Error(`direction 1 straight-line scorer: field ${field} is missing`);
    return d(dflt);
  }
  if (v instanceof Decimal) return v;
  if (typeof v === 'number') return new Decimal(String(v));
  if (typeof v === 'string') return new Decimal(v.trim());
  throw new Error(`direction 1 straight-line scorer: field ${field} is not a number (${JSON.stringify(v)})`);
}

/** Raw campaign forms → typed inputs (once, outside the timed region). */
export function prepareDirection1(campaign: CampaignInput): Direction1Inputs[] {
  return campaign.bodies.map((b) => {
    const f = b.forms as Record<string, Raw | undefined>;
    const central = b.kind === 'central';
    if (!central && b.kind !== 'local') throw new Error(`body ${b.id}: unknown kind ${b.kind}`);
    const sat = f['D1.satisfaction'];
    const dl = f['D1.deadlines'];
    const q = f['D1.quality'];
    const ic = f['D1.internal_control'];
    const reg = f['D1.register'];
    const comp = f['D1.composite'];
    const opt = f['D1.optimization'];
    const rows = (sat?.service_types ?? []) as Raw[];
    const services = central ? ((opt?.services ?? []) as Raw[]) : [];
    return {
      id: String(b.id),
      central,
      poolKey: `${b.pool ?? b.kind}\u0000${b.kind}`,
      satisfaction: rows.map((r) => num(r, 'satisfaction')),
      referenceMean: sat?.reference_mean === undefined ? undefined : num(sat, 'reference_mean'),
      barrierMeasures: sat?.barrier_measures_taken === true,
      late: num(dl, 'late_services'),
      lateDuringFailure: num(dl, 'late_during_is_failure', 0),
      rendered: num(dl, 'services_rendered'),
      latePrev: num(dl, 'late_services_prev'),
      lateEntries: num(dl, 'late_entries', 0),
      qRendered: num(q, 'services_rendered'),
      refusals: num(q, 'unjustified_refusals'),
      incomplete: num(q, 'incomplete_documents'),
      extraDocs: num(q, 'extra_documents_demanded'),
      processViolations: num(q, 'business_process_violations'),
      complaints: num(q, 'justified_complaints'),
      recipients: num(q, 'service_recipients'),
      hasUnit: ic?.has_quality_unit === true,
      plansOnTime: ic?.plans_approved_on_time === true,
      planned: num(ic, 'planned_measures'),
      executed: num(ic, 'executed_measures'),
      recommendations: num(ic, 'agency_recommendations'),
      recommendationsExecuted: num(ic, 'recommendations_executed'),
      icLate: num(ic, 'late_services'),
      icLateFound: num(ic, 'late_found_by_internal_control'),
      newServiceTypes: central ? num(reg, 'new_service_types') : ZERO,
      noFurtherServices: reg?.no_further_services_conclusion === true,
      newComposite: central ? num(comp, 'new_composite_service_types') : ZERO,
      standardsToOptimize: central ? num(opt, 'standards_to_optimize') : ZERO,
      standardsChanged: central ? num(opt, 'standards_changed') : ZERO,
      services: services.map((s) => ({
        row: num(s, 'app9_row').toNumber(),
        approved: s.standard_approved === true,
        obtainable: num(s, 'docs_obtainable'),
        obtained: num(s, 'docs_obtained'),
        icDecision: (s.ic_decision ?? 'none') !== 'none',
        addedAtPeriodEnd: s.added_at_period_end === true,
      })),
      unreliableFacts: num(f.App1, 'unreliable_facts_d1', 0),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Criteria (same operation order as the edition's formulas)

/** p.30: P1 = Σ U1_i / n (n ≥ 1). */
function meanP1(b: Direction1Inputs): Decimal {
  const table = b.central ? APP6_CENTRAL : APP6_LOCAL;
  let sum = ZERO;
  for (const s of b.satisfaction) sum = sum.plus(band(table, ZERO, s));
  return sum.div(b.satisfaction.length);
}

/** p.33–40: K2 = max(0, max(0, k − a / b × 10 000 + d) − pen). */
function k2(b: Direction1Inputs): Decimal {
  const a = b.late.minus(b.lateDuringFailure);
  const rate = b.rendered.isZero() ? ZERO : a.div(b.rendered).times(TEN_THOUSAND);
  let bonus: Decimal;
  if (a.isZero()) bonus = b.central ? FIVE : d(10);
  else {
    const share = b.latePrev.isZero() ? ZERO : b.latePrev.minus(a).div(b.latePrev).times(HUNDRED);
    bonus = share.lte(ZERO) ? ZERO : band(b.central ? APP7_CENTRAL : APP7_LOCAL, b.central ? ONE : TWO, share);
  }
  const pen = Decimal.min(LATE_ENTRY_CAP, LATE_ENTRY_PER_FACT.times(b.lateEntries));
  return max0(max0((b.central ? K2_K : M2_M).minus(rate).plus(bonus)).minus(pen));
}

/** p.46–50: k − x / y × per, k when y = 0, never below 0. */
function rateIndicator(k: Decimal, x: Decimal, y: Decimal, per: Decimal): Decimal {
  return y.isZero() ? k : max0(k.minus(x.div(y).times(per)));
}
function k3(b: Direction1Inputs): Decimal {
  return rateIndicator(THREE, b.refusals, b.qRendered, TEN_THOUSAND)
    .plus(rateIndicator(THREE, b.incomplete, b.qRendered, TEN_THOUSAND))
    .plus(rateIndicator(THREE, b.extraDocs, b.qRendered, TEN_THOUSAND))
    .plus(rateIndicator(THREE, b.processViolations, b.qRendered, TEN_THOUSAND))
    .plus(rateIndicator(T5_K, b.complaints, b.recipients, THOUSAND));
}

/** App 8: Pu + Pp + Pe + Pr + Pv. */
function k4(b: Direction1Inputs): Decimal {
  const pu = b.hasUnit ? ONE : ZERO;
  const pp = b.plansOnTime ? ONE : ZERO;
  const pe = b.planned.isZero() ? ZERO : band(APP8_EXECUTION, ZERO, b.executed.div(b.planned).times(HUNDRED));
  const pr = b.recommendations.isZero() ? PR_NONE : band(APP8_RECOMMENDATIONS, ZERO, b.recommendationsExecuted.div(b.recommendations).times(HUNDRED));
  const pv = b.icLate.isZero() ? PV_NONE : band(APP8_DETECTED, ONE, b.icLateFound.div(b.icLate).times(HUNDRED));
  return pu.plus(pp).plus(pe).plus(pr).plus(pv);
}

/** p.60–67: K7 = T + V. */
function k7(b: Direction1Inputs): Decimal {
  let t = b.standardsToOptimize.isZero() ? K7_T_M : b.standardsChanged.div(b.standardsToOptimize).times(K7_T_M);
  if (t.gt(K7_T_MAX)) t = K7_T_MAX;
  let sum = ZERO;
  let z = 0;
  for (const s of b.services) {
    if (s.addedAtPeriodEnd) continue;
    z += 1;
    if (!s.approved) {
      sum = sum.plus(ZERO);
      continue;
    }
    let row = s.row;
    let dd = ONE;
    if (s.icDecision) {
      row = RECLASS[row] ?? row;
      dd = K7_D;
    }
    const share = s.obtainable.isZero() ? ONE : s.obtained.div(s.obtainable);
    sum = sum.plus(APP9[row]!.times(dd).times(share));
  }
  return t.plus(z === 0 ? K7_V_NONE : sum.div(z));
}

export interface Direction1Result {
  id: string;
  d1: Decimal;
}

/**
 * D1 of every body: max(0, Σ criteria − min(5, 0.2 × facts)). P1 of a body with no monitored service
 * type is the mean P1 of the monitored bodies of the same kind in the campaign (p.31, AMB-7), or the
 * Agency's published mean when there is none.
 */
export function scoreDirection1(inputs: readonly Direction1Inputs[]): Direction1Result[] {
  // pass 1: P1 of the monitored bodies, summed per pool in campaign order
  const p1: (Decimal | undefined)[] = new Array(inputs.length);
  const pools = new Map<string, { sum: Decimal; n: number }>();
  for (let i = 0; i < inputs.length; i++) {
    const b = inputs[i]!;
    if (b.satisfaction.length === 0) continue;
    const v = meanP1(b);
    p1[i] = v;
    const p = pools.get(b.poolKey);
    if (p) {
      p.sum = p.sum.plus(v);
      p.n += 1;
    } else pools.set(b.poolKey, { sum: ZERO.plus(v), n: 1 });
  }
  // pass 2: everything else
  const out: Direction1Result[] = new Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const b = inputs[i]!;
    let P1 = p1[i];
    if (P1 === undefined) {
      const pool = pools.get(b.poolKey);
      if (pool) P1 = pool.sum.div(pool.n);
      else if (b.referenceMean !== undefined) {
        if (b.referenceMean.gt(b.central ? 15 : 35)) throw new Error(`body ${b.id}: reference_mean above the P1 scale`);
        P1 = b.referenceMean;
      } else throw new Error(`body ${b.id}: p.31 — no monitored service type, no monitored body of its kind, no published mean`);
    }
    let sum = ZERO.plus(P1.plus(b.barrierMeasures ? P2_POINTS : ZERO))
      .plus(k2(b))
      .plus(k3(b))
      .plus(k4(b));
    if (b.central) {
      sum = sum
        .plus(b.newServiceTypes.gt(ZERO) || b.noFurtherServices ? K5_POINTS : ZERO)
        .plus(b.newComposite.gt(ZERO) ? K6_POINTS : ZERO)
        .plus(k7(b));
    }
    const penalty = Decimal.min(PENALTY_CAP, PENALTY_PER_FACT.times(b.unreliableFacts));
    out[i] = { id: b.id, d1: max0(max0(sum.minus(penalty))) };
  }
  return out;
}
