// What the administration page relies on, on each database: a change of a body names only what
// changes and leaves the rest (zod 4 applies a schema default inside .partial(), which once nulled
// a body's region, parent and vertical on a rename); the calendar gives its stored transfers apart
// from the holidays, so the page edits exactly them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, call, type World, world } from './harness.js';

describe.each(backends)('administration routes on $name', (b) => {
  let w: World;
  beforeAll(async () => {
    w = await world(b);
  }, 120_000);
  afterAll(async () => w?.close());

  it('renames a body of a vertical and keeps its region, parent and vertical', async () => {
    const r = await call(w, 'admin', { method: 'PATCH', url: '/api/bodies/MIA.POL.ALA', payload: { name: { kk: 'Полиция департаменті', ru: 'Департамент полиции', en: 'Police Department' } } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ name: { en: 'Police Department' }, region: 'ALA', parentId: 'MIA', vertical: 'territorial', kind: 'central', level: 'republic' });
    const again = (await call(w, null, { method: 'GET', url: '/api/bodies/MIA.POL.ALA' })).json();
    expect(again).toMatchObject({ region: 'ALA', parentId: 'MIA', vertical: 'territorial' });
    // Naming a field null still clears it.
    const cleared = await call(w, 'admin', { method: 'PATCH', url: '/api/bodies/MIA.POL.ALA', payload: { region: null } });
    expect(cleared.json()).toMatchObject({ region: null, parentId: 'MIA' });
  });

  it('gives the stored transfers of a year apart from its holidays', async () => {
    const put = await call(w, 'admin', { method: 'PUT', url: '/api/calendar/2026', payload: { daysOff: ['2026-06-05'], workingDays: ['2026-06-13'] } });
    expect(put.statusCode, put.body).toBe(200);
    const y = (await call(w, null, { method: 'GET', url: '/api/calendar/2026' })).json();
    expect(y.transferredDaysOff).toEqual(['2026-06-05']);
    expect(y.workingDays).toEqual(['2026-06-13']);
    expect(y.daysOff).toEqual(expect.arrayContaining(['2026-06-05', '2026-01-01']));
  });
});
