// The crash test: 500 concurrent submissions while the server process is killed with SIGKILL,
// then restarted on the same data. Every submission that got a 2xx answer must be there, with
// the data it was acknowledged with. On PGlite (files under a temporary folder) and PostgreSQL.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backends } from './harness.js';
import { openDatabase } from '../../src/server/db/open.js';

const TOTAL = 500;
const BODIES = ['MIA', 'MOJ', 'MOF', 'MNE', 'MOH', 'MES', 'MLSP', 'MOA', 'MID', 'MIC', 'AKM', 'AKT', 'ALM', 'ATY', 'KAR', 'KOS', 'PAV', 'AST', 'ALA', 'SHY'];

// PORT=0: the system picks a free port and the server prints its URL (a port chosen here could be
// taken by another test's connection before the child listens: EADDRINUSE).
function startChild(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', TIIMDI_SCRYPT_LOG2N: '10' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 90_000);
    const poll = setInterval(() => {
      const printed = /tiimdi assessment service[^\n]*?(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (printed) {
        clearTimeout(t);
        clearInterval(poll);
        resolve({ child, url: printed[1]! });
      }
    }, 100);
    child.on('exit', (code) => {
      clearTimeout(t);
      clearInterval(poll);
      reject(new Error(`server exited (${code}): ${out}`));
    });
  });
}

async function loginCookie(url: string): Promise<string> {
  const r = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'admin', password: 'demo-admin-2018' }) });
  if (!r.ok) throw new Error(`login: ${r.status}`);
  return r.headers.get('set-cookie')!.split(';')[0]!;
}

const stop = (c: ChildProcess) => new Promise<void>((res) => (c.exitCode !== null || c.signalCode !== null ? res() : (c.once('exit', () => res()), c.kill('SIGKILL'))));

describe.each(backends)('crash test on $name', (b) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it(`keeps every acknowledged submission of ${TOTAL} when the server is SIGKILLed`, async () => {
    let env: Record<string, string>;
    if (b.name === 'pglite') {
      const dir = mkdtempSync(join(tmpdir(), 'tiimdi-crash-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      env = { TIIMDI_DATA_DIR: dir, TIIMDI_DEMO: '1' };
    } else {
      const { handle, drop, url } = await b.open(); // a fresh database; the child process seeds it
      await handle.close();
      cleanups.push(drop);
      env = { DATABASE_URL: url!, TIIMDI_DEMO: '1' };
    }
    let { child, url } = await startChild(env);
    cleanups.push(() => stop(child));
    const cookie = await loginCookie(url);

    const acked: { body: string; value: number; version: number }[] = [];
    let failed = 0;
    let killedAt = -1;
    const t0 = Date.now();
    const requests = Array.from({ length: TOTAL }, async (_, i) => {
      const body = BODIES[i % BODIES.length]!;
      try {
        const r = await fetch(`${url}/api/campaigns/2/submissions/${body}/kz-2017-interaction/App1`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ data: { unreliable_facts_d1: i, unreliable_facts_d2: 0, unreliable_facts_d3: 0 } }),
        });
        if (r.ok) {
          const s = (await r.json()) as { version: number; data: { unreliable_facts_d1: number } };
          acked.push({ body, value: i, version: s.version });
          // Kill in the middle of the stream of writes.
          if (acked.length === Math.floor(TOTAL / 4) && killedAt < 0) {
            killedAt = acked.length;
            child.kill('SIGKILL');
          }
        } else failed++;
      } catch {
        failed++;
      }
    });
    await Promise.all(requests);
    const elapsed = Date.now() - t0;
    await stop(child);

    // Restart on the same data and check every acknowledged version.
    ({ child, url } = await startChild(env));
    cleanups.push(() => stop(child));
    const cookie2 = await loginCookie(url);
    let present = 0;
    const missing: string[] = [];
    const byBody = new Map<string, { versions: { version: number }[] }>();
    for (const body of BODIES) {
      const r = await fetch(`${url}/api/campaigns/2/submissions/${body}/kz-2017-interaction/App1`, { headers: { cookie: cookie2 } });
      if (r.ok) byBody.set(body, (await r.json()) as { versions: { version: number }[] });
    }
    for (const a of acked) {
      const s = byBody.get(a.body);
      if (s?.versions.some((v) => v.version === a.version)) present++;
      else missing.push(`${a.body} v${a.version}`);
    }
    // The data of each acknowledged version is what was sent (checked in the database directly).
    const db = await openDatabase(b.name === 'pglite' ? { dataDir: env.TIIMDI_DATA_DIR } : { databaseUrl: env.DATABASE_URL });
    await stop(child);
    const rows = await db.db
      .selectFrom('submission_versions as v')
      .innerJoin('submissions as s', 's.id', 'v.submission_id')
      .select(['s.body_id', 'v.version', 'v.data'])
      .where('s.campaign_id', '=', 2)
      .where('s.form_id', '=', 'App1')
      .execute();
    await db.close();
    const stored = new Map(rows.map((r) => [`${r.body_id}/${r.version}`, (r.data as { unreliable_facts_d1: number }).unreliable_facts_d1]));
    const wrong = acked.filter((a) => stored.get(`${a.body}/${a.version}`) !== a.value);

    console.log(
      `[crash ${b.name}] ${TOTAL} concurrent PUTs in ${elapsed} ms; SIGKILL after ${killedAt} acknowledgements; ` +
        `${acked.length} acknowledged (2xx), ${failed} refused or cut off; after restart ${present}/${acked.length} present, ${wrong.length} with other data; ${rows.length} versions stored`,
    );
    expect(killedAt).toBeGreaterThan(0);
    expect(missing).toEqual([]);
    expect(wrong).toEqual([]);
  }, 300_000);
});
