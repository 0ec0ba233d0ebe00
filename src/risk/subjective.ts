// Criteria p.9: the subjective score. Any gross violation sets the indicator to 100 (¶3; "one" read
// as at least one, A20). Otherwise SPз = (SР2 × 100 / SР1) × 0.7 over significant violations and
// SPн = (SР2 × 100 / SР1) × 0.3 over minor ones, SP = SPз + SPн on 0–100 (¶4–7). SР1, "the required
// number", is a reading (A16): the appendix totals 15 / 5 (default), the checklist totals 8 / 2, or
// the rows applicable to the subject's kind. Only violated rows inside the basis are counted, which
// keeps SР2 ≤ SР1 and SP ≤ 100. Bands (p.9(1)-(2)): 71–100 high, 0–70 not high; a value strictly
// between 70 and 71 is settled by reading A15 (default: above 70 is high). Exact decimals
// throughout; rounding only for display (2 decimals half-up).
import { D, Decimal, ZERO } from '../engine/decimal.js';
import type { CriterionDecl, RiskGroup, Severity } from './model.js';
import { param, reading, type RiskContext } from './context.js';

export interface Basis {
  /** Reading A16 option. */
  id: string;
  /** The rows whose significant / minor violations are counted. */
  rows: readonly number[];
  S1: number;
  M1: number;
}

export function basisFor(ctx: RiskContext, kind: string, basisId = reading(ctx, 'A16')): Basis {
  const central = ctx.edition.subjectKinds.find((k) => k.id === kind)?.central === true;
  const inBasis = (c: CriterionDecl): boolean => {
    switch (basisId) {
      case 'appendix_totals':
        return true;
      case 'checklist_totals':
        return c.checklistRow !== undefined;
      case 'applicable':
        return central || !c.centralOnly;
      default:
        throw new RangeError(`reading A16: unknown basis ${basisId}`);
    }
  };
  const rows = ctx.edition.criteria.filter(inBasis);
  return {
    id: basisId,
    rows: rows.map((c) => c.no),
    S1: rows.filter((c) => c.severity === 'significant').length,
    M1: rows.filter((c) => c.severity === 'minor').length,
  };
}

export interface Counts {
  gross: number;
  significant: number;
  minor: number;
}

export interface Score {
  counts: Counts;
  basis: Basis;
  grossOverride: boolean;
  /** null under the gross override: not computed (spec EX-2). */
  spz: Decimal | null;
  spn: Decimal | null;
  sp: Decimal;
  group: RiskGroup;
  /** The coefficients of p.9 ¶5–6 in force on the date (for the explanation). */
  coefficients: { significant: Decimal; minor: Decimal };
  /** The band rule applied (A15) and, where it mattered, the value it compared. */
  bandRule: string;
  bandValue: Decimal;
}

/** Count distinct violated rows by severity, significant and minor only inside the basis. */
export function countRows(criteria: readonly CriterionDecl[], basis: Basis): Counts {
  const distinct = new Map(criteria.map((c) => [c.no, c]));
  const n = (sev: Severity, inBasisOnly: boolean) =>
    [...distinct.values()].filter((c) => c.severity === sev && (!inBasisOnly || basis.rows.includes(c.no))).length;
  return { gross: n('gross', false), significant: n('significant', true), minor: n('minor', true) };
}

export function band(ctx: RiskContext, sp: Decimal, date: string): { group: RiskGroup; rule: string; value: Decimal } {
  const notHighTo = param(ctx, 'subj.notHigh.to', date);
  const highFrom = param(ctx, 'subj.high.from', date);
  const rule = reading(ctx, 'A15');
  switch (rule) {
    case 'gt70':
      return { group: sp.gt(notHighTo) ? 'high' : 'not-high', rule, value: sp };
    case 'round_half_up_ge71': {
      const v = sp.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
      return { group: v.gte(highFrom) ? 'high' : 'not-high', rule, value: v };
    }
    case 'truncate_ge71': {
      const v = sp.toDecimalPlaces(0, Decimal.ROUND_DOWN);
      return { group: v.gte(highFrom) ? 'high' : 'not-high', rule, value: v };
    }
    default:
      throw new RangeError(`reading A15: unknown rule ${rule}`);
  }
}

export function scoreCounts(ctx: RiskContext, counts: Counts, basis: Basis, date: string): Score {
  for (const [k, v, max] of [
    ['significant', counts.significant, basis.S1],
    ['minor', counts.minor, basis.M1],
  ] as const) {
    if (!Number.isInteger(v) || v < 0 || v > max) throw new RangeError(`${k} violations ${v} outside 0..${max} (basis ${basis.id})`);
  }
  const coefficients = {
    significant: param(ctx, 'subj.significant.coefficient', date),
    minor: param(ctx, 'subj.minor.coefficient', date),
  };
  if (counts.gross > 0) {
    const sp = param(ctx, 'subj.gross.score', date);
    const b = band(ctx, sp, date);
    return { counts, basis, grossOverride: true, spz: null, spn: null, sp, coefficients, group: b.group, bandRule: b.rule, bandValue: b.value };
  }
  const hundred = D(100);
  // A required number of 0 (an empty basis) leaves that part at 0 rather than dividing by zero.
  const part = (found: number, required: number, coef: Decimal) =>
    required > 0 ? D(found).times(hundred).div(required).times(coef) : ZERO;
  const spz = part(counts.significant, basis.S1, coefficients.significant);
  const spn = part(counts.minor, basis.M1, coefficients.minor);
  const sp = spz.plus(spn);
  const b = band(ctx, sp, date);
  return { counts, basis, grossOverride: false, spz, spn, sp, coefficients, group: b.group, bandRule: b.rule, bandValue: b.value };
}

export function scoreCriteria(ctx: RiskContext, violated: readonly CriterionDecl[], basis: Basis, date: string): Score {
  return scoreCounts(ctx, countRows(violated, basis), basis, date);
}
