// GET /api/editions/:id/act-text through the service: public, the passages of the reference, 404 for
// an edition the repository holds no text of, 400 for an over-long query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, world, type World } from '../../test/server/harness.js';

describe('GET /api/editions/:id/act-text', () => {
  let w: World;
  beforeAll(async () => {
    w = await world(backends[0]!);
  }, 120_000);
  afterAll(async () => w?.close());

  it('answers the anonymous public with the Russian text of p.31 and App 6 of the 2017 edition', async () => {
    const r = await w.app.inject({ method: 'GET', url: '/api/editions/kz-2017-interaction/act-text?paragraph=p.31&appendix=App%206' });
    expect(r.statusCode).toBe(200);
    const b = r.json() as { langs: string[]; seed: string; passages: { lang: string; ref: string; label: string; text: string }[] };
    expect(b.langs).toEqual(['ru']);
    expect(b.seed).toBe('004_2eda7a10a42a5ed2.txt');
    expect(b.passages.map((p) => [p.lang, p.ref, p.label])).toEqual([['ru', 'p.31', 'п. 31'], ['ru', 'App 6', 'Приложение 6']]);
    expect(b.passages[0]!.text).toContain('В случае отсутствия видов государственных услуг');
  });
  it('gives the Kazakh text of the 2014 edition and nothing for a paragraph it does not have', async () => {
    const ok = (await w.app.inject({ method: 'GET', url: `/api/editions/kz-2014-public-services/act-text?paragraph=${encodeURIComponent('§36')}` })).json() as { passages: { lang: string; text: string }[] };
    expect(ok.passages[0]).toMatchObject({ lang: 'kk' });
    expect(ok.passages[0]!.text).toContain('Мемлекеттік органдардың қорытынды бағасы');
    const none = (await w.app.inject({ method: 'GET', url: '/api/editions/kz-2014-public-services/act-text?paragraph=%C2%A7999' })).json() as { passages: unknown[] };
    expect(none.passages).toEqual([]);
  });
  it('refuses an unknown edition and an over-long reference', async () => {
    expect((await w.app.inject({ method: 'GET', url: '/api/editions/nope/act-text?paragraph=p.1' })).statusCode).toBe(404);
    expect((await w.app.inject({ method: 'GET', url: `/api/editions/kz-2017-interaction/act-text?paragraph=${'p.1,'.repeat(100)}` })).statusCode).toBe(400);
  });
});
