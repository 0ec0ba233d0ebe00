// The web app's files and its own routes: a reload of any app path gets index.html — also paths
// whose last part holds a dot (a form id such as D1.composite) — while a missing asset is a 404.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webStatic } from '../../src/server/web-static.js';

describe('web-static', () => {
  let app: FastifyInstance;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tiimdi-dist-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>tiimdi</title>');
    writeFileSync(join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
    app = Fastify();
    webStatic(app, dir);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const get = (url: string) => app.inject({ method: 'GET', url });

  it('serves index.html for the app\'s paths, dots in the last part included', async () => {
    for (const url of ['/', '/public', '/campaigns/2/entry/MOJ/kz-2017-interaction%3AD1.composite', '/campaigns/2/entry/MOJ/App9.late', '/methodology/kz-2015-ict?node=C4.2.k']) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['content-type'], url).toContain('text/html');
      expect(r.headers['cache-control'], url).toBe('no-cache');
      expect(r.body).toContain('<title>tiimdi</title>');
    }
  });

  it('serves the hashed assets with a year of caching and 404s for missing files', async () => {
    const js = await get('/assets/app-1234.js');
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toContain('text/javascript');
    expect(js.headers['cache-control']).toContain('immutable');
    expect((await get('/assets/app-0000.js')).statusCode).toBe(404);
    expect((await get('/assets/whatever')).statusCode).toBe(404);
    expect((await get('/logo.png')).statusCode).toBe(404);
    expect((await get('/api/nothing')).statusCode).toBe(404);
    // Climbing out of the folder never reaches a file outside it (the app's page at most).
    for (const url of ['/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2f..%2fetc%2fpasswd', '/..%2f..%2fpackage.json']) {
      const r = await get(url);
      expect(r.body, url).not.toContain('root:');
      expect(r.body, url).not.toContain('"name"');
    }
  });
});
