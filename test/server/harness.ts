// Test harness of the service: every test file runs against PGlite (in memory) and, when one
// answers, a real PostgreSQL (a fresh database per run, dropped afterwards).
//   TIIMDI_TEST_PG_URL=postgres://user@host:port/db   (default postgres://postgres@127.0.0.1:5432/test)
//   TIIMDI_TEST_PG=0                                     skip PostgreSQL
//   TIIMDI_TEST_PG=1                                     fail when PostgreSQL does not answer (CI)
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/open.js';
import { seedDemo, DEMO_USERS } from '../../src/server/seed/demo.js';

// Cheap hashes in tests (the parameters are stored with each hash; production uses 2^15).
process.env.TIIMDI_SCRYPT_LOG2N ??= '10';

const PG_URL = process.env.TIIMDI_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresAnswers(): Promise<boolean> {
  if (process.env.TIIMDI_TEST_PG === '0') return false;
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query('select 1');
    return true;
  } catch (e) {
    if (process.env.TIIMDI_TEST_PG === '1') throw new Error(`PostgreSQL at ${PG_URL} does not answer: ${(e as Error).message}`);
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

export interface Backend {
  name: 'pglite' | 'postgres';
  open(): Promise<{ handle: DatabaseHandle; drop(): Promise<void>; url?: string }>;
}

const pglite: Backend = {
  name: 'pglite',
  async open() {
    const handle = await openDatabase({ dataDir: 'memory://' });
    return { handle, drop: async () => undefined };
  },
};

const postgres: Backend = {
  name: 'postgres',
  async open() {
    const name = `tiimdi_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    const handle = await openDatabase({ databaseUrl: url.toString() });
    return {
      handle,
      url: url.toString(),
      async drop() {
        const a = new pg.Client({ connectionString: PG_URL });
        await a.connect();
        await a.query(`drop database if exists ${name} with (force)`);
        await a.end();
      },
    };
  },
};

export const backends: Backend[] = [pglite, ...((await postgresAnswers()) ? [postgres] : [])];

export interface World {
  app: FastifyInstance;
  handle: DatabaseHandle;
  /** Session cookie per demo login. */
  cookies: Record<string, string>;
  close(): Promise<void>;
}

export const password = (login: string) => DEMO_USERS.find((u) => u.login === login)!.password;

export async function login(app: FastifyInstance, user: string, pw = password(user)): Promise<string> {
  const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: user, password: pw } });
  if (r.statusCode !== 200) throw new Error(`login ${user}: ${r.statusCode} ${r.body}`);
  const c = r.cookies.find((x) => x.name === 'tiimdi_session');
  return `tiimdi_session=${c!.value}`;
}

/** A seeded service on a fresh database with every demo user signed in. */
export async function world(b: Backend): Promise<World> {
  const { handle, drop } = await b.open();
  await seedDemo(handle.db);
  const app = await buildApp({ db: handle.db });
  await app.ready();
  const cookies: Record<string, string> = {};
  for (const u of DEMO_USERS) cookies[u.login] = await login(app, u.login);
  return {
    app,
    handle,
    cookies,
    async close() {
      await app.close();
      await handle.close();
      await drop();
    },
  };
}

export type Req = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; payload?: unknown; headers?: Record<string, string> };

export async function call(w: World, as: string | null, r: Req): Promise<LightMyRequestResponse> {
  return w.app.inject({ method: r.method, url: r.url, payload: r.payload as never, headers: { ...(as ? { cookie: w.cookies[as]! } : {}), ...(r.headers ?? {}) } });
}

/** Rows in every table that a refused request must not touch. */
export async function footprint(w: World): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['bodies', 'services', 'users', 'user_scopes', 'campaigns', 'campaign_bodies', 'schedule', 'submissions', 'submission_versions', 'snapshots', 'snapshot_bodies', 'audit_log'] as const) {
    const r = await w.handle.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}
