// What-if: the latest snapshot recomputed with other readings or parameters, side by side with the
// stored results; nothing is written to the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, footprint, world, type World } from './harness.js';

describe.each(backends)('what-if on $name', (b) => {
  let w: World;
  beforeAll(async () => {
    w = await world(b);
  }, 120_000);
  afterAll(async () => w?.close());

  const post = (payload: unknown, who = 'methodologist') => w.app.inject({ method: 'POST', url: '/api/campaigns/1/what-if', headers: { cookie: w.cookies[who]! }, payload: payload as never });

  it('with nothing changed, answers the snapshot\'s own scores and ranks', async () => {
    const r = await post({});
    expect(r.statusCode, r.body).toBe(200);
    const a = r.json();
    expect(a.snapshot).toBe(1);
    const bodies = a.editions[0].bodies as { id: string; base: { score: string; rank: number }; new: { score: string; rank: number } }[];
    expect(bodies.length).toBeGreaterThan(10);
    for (const x of bodies) expect(x.new).toEqual(x.base);
  });

  it('changes the scores under another reading and parameters, and writes nothing', async () => {
    const before = await footprint(w);
    const sum = (await post({ readings: { D4: 'sum' } })).json();
    const moj = sum.editions[0].bodies.find((x: { id: string }) => x.id === 'MOJ');
    // the literal sum of three directions is three times their mean (up to rounding)
    expect(Math.abs(Number(moj.new.score) - 3 * Number(moj.base.score))).toBeLessThan(0.05);
    const weighted = await post({ readings: { D4: 'weighted' }, parameters: { 'overall.weight.d1': '0.8', 'overall.weight.d2': 0.1, 'overall.weight.d3': '0.1' } });
    expect(weighted.statusCode, weighted.body).toBe(200);
    const changed = weighted.json().editions[0].bodies.filter((x: { base: { score: string }; new: { score: string } }) => x.base.score !== x.new.score);
    expect(changed.length).toBeGreaterThan(0);
    expect(await footprint(w)).toEqual(before);
    const stored = (await w.app.inject({ method: 'GET', url: '/api/campaigns/1/snapshots/latest/ranking', headers: { cookie: w.cookies.methodologist! } })).json();
    expect(stored.editions[0].bodies.find((x: { id: string }) => x.id === 'MOJ').score).toBe(moj.base.score);
  });

  it('refuses unknown readings, options and parameters, naming them', async () => {
    const r = await post({ readings: { D4: 'median', NOPE: 'x' }, parameters: { 'no.such': 1 } });
    expect(r.statusCode).toBe(422);
    const fields = r.json().error.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(['D4', 'NOPE', 'no.such']);
  });

  it('is for methodologists and administrators only', async () => {
    expect((await post({}, 'admin')).statusCode).toBe(200);
    expect((await post({}, 'evaluator')).statusCode).toBe(403);
    expect((await w.app.inject({ method: 'POST', url: '/api/campaigns/1/what-if', payload: {} })).statusCode).toBe(401);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await w.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/campaigns/{campaignId}/what-if'].post).toBeDefined();
  });
});
