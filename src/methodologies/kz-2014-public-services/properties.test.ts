// Property tests of the 2014 edition: bounds of every criterion, monotonicity in violations and
// penalties, penalty caps, and the shape of the correction coefficient over random pools.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { evaluateCampaign } from '../../engine/evaluate.js';
import { Decimal } from '../../engine/decimal.js';
import type { BodyInput, CampaignInput } from '../../engine/types.js';
import { edition } from './edition.js';
import { demoCampaign } from './demo.js';
import { CENTRAL, EDITION_ID } from './common.js';

const RUNS = 25;
const d = (s: string | undefined) => new Decimal(s ?? 'NaN');
const exactOf = (r: ReturnType<typeof evaluateCampaign>, body: string, node: string) => d(r.bodies.find((b) => b.id === body)?.traces[node]?.exact);

/** Operative bounds per criterion (spec seed-000 §4): K2/K3/M1 can go below 0 by their penalty (no floor, A-8). */
const BOUNDS: Record<string, [number, number]> = {
  K1: [0, 10],
  K2: [-3, 15],
  K3: [-5, 10],
  K4: [0, 33],
  K5: [0, 10],
  K6: [0, 15],
  K7: [0, 10],
  M1: [-5, 25],
  M2: [0, 25],
  M3: [0, 30],
  M4: [0, 20],
  RC: [1, 1.1],
  PEN: [0, 8.5],
};

const readingsArb = fc.record({
  'A-12': fc.constantFrom('formula', 'appendix'),
  D2: fc.constantFrom('pooled-linear', 'separate-rates', 'five-bands'),
  D3: fc.constantFrom('distinct-values', 'body-rank', 'value-linear'),
  'A-8-floor': fc.constantFrom('no', 'yes'),
  'A-20': fc.constantFrom('sum', 'mean'),
});

describe('kz-2014-public-services properties', () => {
  it('every criterion stays within its bounds, whatever the readings (random synthetic pools)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), readingsArb, (seed, readings) => {
        const r = evaluateCampaign(edition, { ...demoCampaign(seed), readings });
        for (const b of r.bodies) {
          for (const [node, [lo, hi]] of Object.entries(BOUNDS)) {
            const t = b.traces[node];
            if (!t) continue;
            const v = d(t.exact);
            const low = readings['A-8-floor'] === 'yes' ? Math.max(lo, 0) : lo;
            expect(v.gte(low) && v.lte(hi), `${b.id} ${node} = ${t.exact} not in [${low}, ${hi}]`).toBe(true);
            // under the floor reading every criterion is within [0, max], K4 up to 33 with the +3 bonus
            if (readings['A-8-floor'] === 'yes' && t.max && node !== 'K4' && node !== 'RC' && node !== 'PEN')
              expect(v.lte(t.max), `${b.id} ${node} above its max ${t.max}`).toBe(true);
          }
          expect(d(b.traces['O']?.exact).lte(100)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('every node with a max stays within [0, max], except where the act lets it leave that range', () => {
    // K4 can reach 33 with the +3 Register bonus (so can the sums above it); K2, K3, M1 and the sums
    // above them can go negative by their own penalties unless floored; P1 and P2 are components
    // (P2 ≤ 0 by construction; P1 < 0 under D2 when violations exceed k per 10 000).
    const aboveMax = new Set(['K4', 'S', 'S.process']);
    const belowZero = new Set(['K2', 'K3', 'M1', 'S', 'S.process', 'O']);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), readingsArb, (seed, readings) => {
        const r = evaluateCampaign(edition, { ...demoCampaign(seed), readings });
        for (const b of r.bodies)
          for (const t of Object.values(b.traces)) {
            if (!t.max) continue;
            const v = d(t.exact);
            if (!aboveMax.has(t.id)) expect(v.lte(t.max), `${b.id} ${t.id} = ${t.exact} > ${t.max}`).toBe(true);
            if (!belowZero.has(t.id) || readings['A-8-floor'] === 'yes') expect(v.gte(0) || t.id === 'O' || t.id === 'S' || t.id === 'S.process', `${b.id} ${t.id} = ${t.exact} < 0`).toBe(true);
          }
      }),
      { numRuns: RUNS },
    );
  });

  it('the most loaded body of each pool gets 1.10; bodies below the mean get 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom('distinct-values', 'body-rank', 'value-linear'), (seed, rc) => {
        const r = evaluateCampaign(edition, { ...demoCampaign(seed), readings: { D3: rc } });
        for (const kind of ['central', 'local']) {
          const pool = r.bodies.filter((b) => b.kind === kind);
          const li = pool.map((b) => d(b.traces['RC.LI']?.exact));
          const mean = li.reduce((s, v) => s.plus(v), new Decimal(0)).div(li.length);
          const top = Decimal.max(...li);
          pool.forEach((b, i) => {
            const coef = d(b.traces['RC']?.exact);
            if (li[i]!.eq(top)) expect(coef.eq('1.1')).toBe(true);
            if (li[i]!.lt(mean)) expect(coef.eq(1)).toBe(true);
            else expect(coef.gte('1.01') && coef.lte('1.1')).toBe(true);
          });
        }
      }),
      { numRuns: RUNS },
    );
  });

  // A single central body whose inputs are all given by the arbitraries, for monotonicity checks.
  const body = (o: { v: number; vr: number; a: number; c: number; e: number; s: number; i: number; facts: number; late: boolean }): BodyInput => ({
    id: 'X',
    name: 'X',
    kind: CENTRAL,
    forms: {
      MEBP: { newServiceTypes: 1 },
      Standards: { a: 30, c: 40, violations: o.v },
      Reglaments: { a: 18, b: 20, violations: o.vr },
      Register: { services: [{ name: 's', mode: '1', termDays: 3, x: 1, y: 2 }], m: 1, n: 2 },
      InternalControl: { a: 5, b: 10 },
      App7: { services: [{ name: 's', a: o.a, b: 5000, c: o.c, d: 8000 }] },
      Timeliness: { e: o.e, f: 25, s: o.s, l: 100, i: o.i, q: 0, n: 200 },
      App8: { egovServices: [{ name: 'e', paper: 10, electronic: 30 }] },
      App9: { unreliableFacts: o.facts, lateAgency: o.late },
      Load: { R: 100, T: 10 },
    },
  });
  const arb = fc.record({
    v: fc.integer({ min: 0, max: 30 }),
    vr: fc.integer({ min: 0, max: 30 }),
    a: fc.integer({ min: 0, max: 5000 }),
    c: fc.integer({ min: 0, max: 8000 }),
    e: fc.integer({ min: 0, max: 25 }),
    s: fc.integer({ min: 0, max: 100 }),
    i: fc.integer({ min: 0, max: 200 }),
    facts: fc.integer({ min: 0, max: 40 }),
    late: fc.boolean(),
  });
  const score = (o: Parameters<typeof body>[0], readings: Record<string, string> = {}) => {
    const c: CampaignInput = { edition: EDITION_ID, asOf: edition.effective.from, readings, bodies: [body(o)] };
    return evaluateCampaign(edition, c);
  };
  const keys = ['v', 'vr', 'a', 'c', 'e', 's', 'i', 'facts'] as const;
  const limits: Record<(typeof keys)[number], number> = { v: 30, vr: 30, a: 5000, c: 8000, e: 25, s: 100, i: 200, facts: 40 };

  it('one more violation, late item or unreliable fact never raises a criterion or the final score', () => {
    fc.assert(
      fc.property(arb, fc.constantFrom(...keys), fc.constantFrom('pooled-linear', 'separate-rates', 'five-bands'), (o, key, p1) => {
        if (o[key] >= limits[key]) return;
        const before = score(o, { D2: p1 });
        const after = score({ ...o, [key]: o[key] + 1 }, { D2: p1 });
        for (const node of ['K2', 'K3', 'K6', 'O']) expect(exactOf(after, 'X', node).lte(exactOf(before, 'X', node)), `${node} rose when ${key} grew`).toBe(true);
        const late = score({ ...o, late: true }, { D2: p1 });
        expect(exactOf(late, 'X', 'O').lte(exactOf(before, 'X', 'O'))).toBe(true);
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('penalty caps hold: 3 (standards), 5 (reglaments), 5 (unreliable), 8.5 in all', () => {
    fc.assert(
      fc.property(arb, (o) => {
        const r = score({ ...o, v: o.v * 10, vr: o.vr * 10, facts: o.facts * 10 });
        expect(exactOf(r, 'X', 'K2.pen').lte(3)).toBe(true);
        expect(exactOf(r, 'X', 'K3.pen').lte(5)).toBe(true);
        expect(exactOf(r, 'X', 'PEN.unreliable').lte(5)).toBe(true);
        expect(exactOf(r, 'X', 'PEN').lte('8.5')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('the demo campaign is synthetic, deterministic and valid', () => {
    const a = demoCampaign();
    expect(a.synthetic).toBe(true);
    expect(a.title).toContain('SYNTHETIC');
    expect(JSON.stringify(demoCampaign())).toBe(JSON.stringify(a));
    const r = evaluateCampaign(edition, a);
    expect(r.bodies.filter((b) => b.kind === 'central').length).toBeGreaterThan(4);
    expect(r.bodies.filter((b) => b.kind === 'local').length).toBe(16);
    expect(r.bodies.every((b) => b.level !== null)).toBe(true);
  });
});
