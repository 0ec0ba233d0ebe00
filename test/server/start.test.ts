// startServer() as `npm start` runs it: PGlite under a folder, migrations, demo seed, listening on
// a port, printing the URL and demo logins; data persists across restarts; auditVerify() for the CLI.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { auditVerify, startServer } from '../../src/server/index.js';

process.env.TIIMDI_SCRYPT_LOG2N ??= '10';
const dir = mkdtempSync(join(tmpdir(), 'tiimdi-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('starts on the embedded database with the demo, prints URL and logins, and keeps data across restarts', async () => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const s1 = await startServer({ port: 0, dataDir: dir });
  const printed = log.mock.calls.map((c) => String(c[0])).join('\n');
  log.mockRestore();
  expect(printed).toContain(s1.url);
  expect(printed).toContain('/api/docs');
  expect(printed).toMatch(/administrator\s+admin\s+demo-admin-2018/);
  expect(printed).toContain('SYNTHETIC');
  const health = await fetch(`${s1.url}/api/health`);
  expect(await health.json()).toEqual({ ok: true });
  const ranking = await fetch(`${s1.url}/api/campaigns/1/snapshots/published/ranking`);
  expect(ranking.status).toBe(200);
  await s1.close();

  const s2 = await startServer({ port: 0, dataDir: dir, quiet: true });
  expect(s2.seed?.seeded).toBe(false);
  const campaigns = (await (await fetch(`${s2.url}/api/campaigns`)).json()) as unknown[];
  expect(campaigns).toHaveLength(2);
  await s2.close();

  const v = await auditVerify({ dataDir: dir });
  expect(v.ok).toBe(true);
  expect(v.entries).toBeGreaterThan(5);
}, 180_000);
