// Property tests of p.9 (spec §10 "additional invariant tests"): SP in [0, 100] for every input,
// any gross row gives 100, the score never decreases when a violation is added, and it depends on
// distinct rows only, not on how many facts show each row.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { riskEdition } from '../methodologies/kz-2023-risk/index.js';
import { makeContext } from './context.js';
import { basisFor, scoreCriteria } from './subjective.js';

const bases = ['appendix_totals', 'checklist_totals', 'applicable'] as const;
const rules = ['gt70', 'round_half_up_ge71', 'truncate_ge71'] as const;
const kinds = ['CSB', 'LEB_DISTRICT', 'LEGAL_ENTITY'] as const;
const rowsArb = fc.uniqueArray(fc.integer({ min: 1, max: 35 }), { maxLength: 35 });
const setup = fc.record({ basis: fc.constantFrom(...bases), rule: fc.constantFrom(...rules), kind: fc.constantFrom(...kinds) });

/** Rows 2, 3 and 35 cannot be found at a subject that is not a central state body. */
function possible(rows: number[], kind: string): number[] {
  return kind === 'CSB' ? rows : rows.filter((r) => ![2, 3, 35].includes(r));
}

function score(rows: number[], o: { basis: string; rule: string; kind: string }) {
  const ctx = makeContext(riskEdition, { A16: o.basis, A15: o.rule });
  return scoreCriteria(ctx, riskEdition.criteria.filter((c) => rows.includes(c.no)), basisFor(ctx, o.kind), '2027-01-01');
}

const gross = riskEdition.criteria.filter((c) => c.severity === 'gross').map((c) => c.no);

describe('p.9 subjective score — properties', () => {
  it('SP is always within [0, 100]', () => {
    fc.assert(
      fc.property(rowsArb, setup, (rows, o) => {
        const s = score(possible(rows, o.kind), o);
        return s.sp.gte(0) && s.sp.lte(100);
      }),
    );
  });

  it('any gross row gives exactly 100 and the high degree, whatever else is found', () => {
    fc.assert(
      fc.property(rowsArb, fc.constantFrom(...gross), setup, (rows, g, o) => {
        const kind = g === 35 ? 'CSB' : o.kind; // row 35 exists only for central state bodies
        const s = score(possible([...rows, g], kind), { ...o, kind });
        return s.grossOverride && s.sp.eq(100) && s.group === 'high' && s.spz === null && s.spn === null;
      }),
    );
  });

  it('adding a violated row never lowers SP (monotone in violations)', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 1, max: 35 }), setup, (rows, extra, o) => {
        const before = score(possible(rows, o.kind), o);
        const after = score(possible([...rows, extra], o.kind), o);
        return after.sp.gte(before.sp) && (before.group !== 'high' || after.group === 'high');
      }),
    );
  });

  it('repeating a row (more facts for the same row) does not change SP', () => {
    fc.assert(
      fc.property(rowsArb, setup, (rows, o) => {
        const r = possible(rows, o.kind);
        return score([...r, ...r], o).sp.eq(score(r, o).sp);
      }),
    );
  });

  it('without gross rows, basis 15/5 and rule gt70: high ⇔ 7·S2 + 9·M2 > 105 (spec §5.5)', () => {
    const nonGross = riskEdition.criteria.filter((c) => c.severity !== 'gross').map((c) => c.no);
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...nonGross)), (rows) => {
        const s = score(rows, { basis: 'appendix_totals', rule: 'gt70', kind: 'CSB' });
        return (s.group === 'high') === 7 * s.counts.significant + 9 * s.counts.minor > 105;
      }),
    );
  });

  it('significant rows alone never exceed 70 and minor rows alone never exceed 30 (basis 15/5)', () => {
    const sig = riskEdition.criteria.filter((c) => c.severity === 'significant').map((c) => c.no);
    const min = riskEdition.criteria.filter((c) => c.severity === 'minor').map((c) => c.no);
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...sig)), fc.uniqueArray(fc.constantFrom(...min)), (s, m) => {
        const o = { basis: 'appendix_totals', rule: 'gt70', kind: 'CSB' };
        return score(s, o).sp.lte(70) && score(m, o).sp.lte(30);
      }),
    );
  });
});

describe('the appendix counts (spec §5.2)', () => {
  it('has 35 rows: 15 gross, 15 significant, 5 minor; S1 rows 1–19 carry the checklist rows', () => {
    const n = (sev: string) => riskEdition.criteria.filter((c) => c.severity === sev).length;
    expect([riskEdition.criteria.length, n('gross'), n('significant'), n('minor')]).toEqual([35, 15, 15, 5]);
    expect(riskEdition.criteria.filter((c) => c.checklistRow).map((c) => c.no)).toEqual([...Array(19)].map((_, i) => i + 1));
    expect(riskEdition.checklist.rows).toHaveLength(19);
    const bySource = Object.fromEntries(['S1', 'S2', 'S3', 'S4', 'S5'].map((s) => [s, riskEdition.criteria.filter((c) => c.source === s).length]));
    expect(bySource).toEqual({ S1: 19, S2: 2, S3: 5, S4: 6, S5: 3 });
  });

  it('the checklist bases are 8 significant / 2 minor and 15 / 5 for the appendix (A16)', () => {
    const ctx = makeContext(riskEdition);
    expect(basisFor(ctx, 'CSB', 'checklist_totals')).toMatchObject({ S1: 8, M1: 2 });
    expect(basisFor(ctx, 'CSB', 'appendix_totals')).toMatchObject({ S1: 15, M1: 5 });
    expect(basisFor(ctx, 'LEB_DISTRICT', 'applicable')).toMatchObject({ S1: 13, M1: 5 });
  });

  it('every label of the edition has kk, ru and en text', () => {
    const missing: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if ('kk' in o || 'ru' in o || 'en' in o) {
          for (const l of ['kk', 'ru', 'en']) if (typeof o[l] !== 'string' || (o[l] as string).trim() === '') missing.push(`${path}.${l}`);
        } else for (const [k, x] of Object.entries(o)) walk(x, `${path}.${k}`);
      }
    };
    walk(riskEdition, 'edition');
    expect(missing).toEqual([]);
  });
});
