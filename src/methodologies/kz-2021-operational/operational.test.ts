// Property tests of the partial 2021/2023 operational edition: bounds, monotonicity, the p.114 rule.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { evaluateCampaign } from '../../engine/evaluate.js';
import { checkEdition } from '../../engine/check.js';
import { Decimal } from '../../engine/decimal.js';
import { edition, objectionRule, objectionReviewWindow, demoCampaign } from './index.js';

const counts = fc
  .record({ n: fc.integer({ min: 0, max: 500 }), fd: fc.double({ min: 0, max: 1, noNaN: true }), fc_: fc.double({ min: 0, max: 1, noNaN: true }), fw: fc.double({ min: 0, max: 1.2, noNaN: true }) })
  .map(({ n, fd, fc_, fw }) => {
    const d = Math.floor(n * fd);
    const c = Math.floor((n - d) * fc_);
    const w = Math.floor((c + d) * fw);
    return { n, c, d, w };
  });
const readingsArb = fc.record({ 'F003-49.alpha': fc.constantFrom('0.5', '0.3', '1'), 'F003.zero-denominator': fc.constantFrom('full', 'zero') });

const run = (forms: { n: number; c: number; d: number; w: number }, readings: Record<string, string>) =>
  evaluateCampaign(edition, { edition: edition.id, asOf: '2023-12-31', readings, bodies: [{ id: 'b', name: 'b', kind: 'central', forms: { Services: forms } }] }).bodies[0]!;

describe('kz-2021-operational', () => {
  it('passes the static edition checks', () => expect(checkEdition(edition)).toEqual([]));

  it('every node stays within [0, max]', () => {
    fc.assert(
      fc.property(counts, readingsArb, (f, r) => {
        const b = run(f, r);
        for (const t of Object.values(b.traces)) {
          const v = new Decimal(t.exact);
          expect(v.gte(0)).toBe(true);
          if (t.max !== null) expect(v.lte(t.max)).toBe(true);
        }
      }),
    );
  });

  it('turning a partially automated service into a fully automated one never lowers P49', () => {
    fc.assert(
      fc.property(counts, readingsArb, (f, r) => {
        fc.pre(f.c > 0);
        const before = new Decimal(run(f, r).traces.P49!.exact);
        const after = new Decimal(run({ ...f, c: f.c - 1, d: f.d + 1 }, r).traces.P49!.exact);
        expect(after.gte(before)).toBe(true);
      }),
    );
  });

  it('one more service in mobile apps never lowers P52', () => {
    fc.assert(
      fc.property(counts, readingsArb, (f, r) => {
        const before = new Decimal(run(f, r).traces.P52!.exact);
        const after = new Decimal(run({ ...f, w: f.w + 1 }, r).traces.P52!.exact);
        expect(after.gte(before)).toBe(true);
      }),
    );
  });

  it('records the 2023 amendment of p.49, p.52 and p.114 in the history and is partial', () => {
    expect(edition.partial).toBe(true);
    const amended = edition.history.find((h) => h.event === 'amended');
    expect(amended?.paragraphs).toEqual(['p.49', 'p.52', 'p.114']);
    expect(amended?.date).toBe(edition.effective.from);
  });

  it('p.114 takes the objection-review dates from the schedule and refuses a schedule without them', () => {
    expect(objectionRule.deadlines.source).toBe('assessment-schedule');
    expect(objectionReviewWindow([{ item: 'objection-review', from: '2024-02-01', to: '2024-02-15' }])).toEqual({ from: '2024-02-01', to: '2024-02-15' });
    expect(() => objectionReviewWindow([])).toThrow(/objection-review/);
    expect(() => objectionReviewWindow([{ item: 'objection-review', from: '2024-02-15', to: '2024-02-01' }])).toThrow(/before it starts/);
  });

  it('the demo campaign is synthetic, deterministic and evaluates', () => {
    const c = demoCampaign();
    expect(c.title).toContain('SYNTHETIC');
    expect(demoCampaign()).toEqual(c);
    const r = evaluateCampaign(edition, c);
    expect(r.bodies.every((b) => b.score !== '')).toBe(true);
  });
});
