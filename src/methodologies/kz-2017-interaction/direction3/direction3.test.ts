// Direction 3 property tests (fast-check): every criterion stays within [0, its App 17 weight]; more
// late, court-overturned or higher-body-satisfied complaints never raise a score, nor do fewer
// satisfied ones; the p.15 penalty is min(5, 0.2 × facts) — under both readings of p.110.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { evaluateCampaign } from '../../../engine/evaluate.js';
import { Decimal } from '../../../engine/decimal.js';
import type { FormData } from '../../../engine/types.js';
import { edition } from '../edition.js';

type Kind = 'central' | 'local';
const total = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 20_000 }));
const part = (n: number) => fc.integer({ min: 0, max: n });

const app17 = fc
  .tuple(total, total, total)
  .chain(([p, b, d]) =>
    fc.tuple(fc.constant([p, b, d] as const), part(p), fc.tuple(part(b), part(b)), fc.integer({ min: 0, max: d }).chain((s) => fc.tuple(fc.constant(s), fc.integer({ min: 0, max: d - s })))),
  )
  .map(([[p, b, d], f, [a, c], [s, cx]]) => ({
    p_considered: p,
    f_late: f,
    b_considered: b,
    a_court: a,
    c_higher: c,
    d_considered: d,
    s_satisfied: s,
    c_explained: cx,
  }));
const readings = fc.record({ 'AMB-26': fc.constantFrom('share-times-K', 'count-over-K') });

const run = (kind: Kind, app: Record<string, number>, facts: number, r: Record<string, string>) =>
  evaluateCampaign(
    edition,
    { edition: edition.id, asOf: '2018-12-31', readings: r, bodies: [{ id: 'x', name: 'x', kind, forms: { App17: app as FormData, App1: { unreliable_facts_d3: facts } } }] },
    { targets: ['D3'] },
  ).bodies[0]!.traces;
const v = (t: ReturnType<typeof run>, id: string) => new Decimal(t[id]!.exact);

for (const kind of ['central', 'local'] as const) {
  describe(`direction 3 properties (${kind} bodies)`, () => {
    it('criteria within [0, 40 / 40 / 20]; D3 = max(0, sum − min(5, 0.2 × facts))', () => {
      fc.assert(
        fc.property(app17, fc.integer({ min: 0, max: 60 }), readings, (app, facts, r) => {
          const t = run(kind, app, facts, r);
          for (const [id, max] of [['D3.R1', 40], ['D3.R2', 40], ['D3.R3', 20], ['D3', 100]] as const) {
            expect(v(t, id).gte(0), `${id} ${t[id]!.exact}`).toBe(true);
            expect(v(t, id).lte(max), `${id} ${t[id]!.exact}`).toBe(true);
          }
          const pen = Decimal.min(5, new Decimal('0.2').times(facts));
          expect(v(t, 'D3.PEN').eq(pen)).toBe(true);
          expect(v(t, 'D3').eq(Decimal.max(0, v(t, 'D3.SUM').minus(pen)))).toBe(true);
        }),
        { numRuns: 200 },
      );
    });
    it('more violations never raise a score', () => {
      fc.assert(
        fc.property(app17, readings, fc.constantFrom('late', 'court', 'higher', 'unsatisfied', 'unexplained'), (app, r, what) => {
          const worse = { ...app };
          if (what === 'late' && app.f_late < app.p_considered) worse.f_late += 1;
          if (what === 'court' && app.a_court < app.b_considered) worse.a_court += 1;
          if (what === 'higher' && app.c_higher < app.b_considered) worse.c_higher += 1;
          if (what === 'unsatisfied' && app.s_satisfied > 0) worse.s_satisfied -= 1;
          if (what === 'unexplained' && app.c_explained > 0) worse.c_explained -= 1;
          const [a, b] = [run(kind, app, 0, r), run(kind, worse, 0, r)];
          for (const id of ['D3.R1', 'D3.R2', 'D3.R3', 'D3']) expect(v(b, id).lte(v(a, id)), `${id}: ${what}`).toBe(true);
        }),
        { numRuns: 200 },
      );
    });
  });
}

describe('App 18', () => {
  it('every row shows a node of the edition', async () => {
    const { planOf } = await import('../../../engine/evaluate.js');
    const { app18Conclusion } = await import('./conclusion-form.js');
    const plan = planOf(edition);
    for (const r of app18Conclusion.rows) expect(plan.byId.has(r.node), r.node).toBe(true);
    for (const n of app18Conclusion.conclusionsNodes) expect(plan.byId.has(n), n).toBe(true);
  });
});
