// Opening the database: PostgreSQL when a URL is given, otherwise PGlite (PostgreSQL compiled to
// WebAssembly) persisted in a folder, or in memory for tests. Same migrations, same queries.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { migrate } from './migrations.js';
import type { Database } from './types.js';

export interface DatabaseHandle {
  db: Kysely<Database>;
  /** `pglite` (embedded) or `postgres`. */
  engine: 'pglite' | 'postgres';
  /** Where the data lives, for the start-up message (no password). */
  location: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… ; when absent, PGlite is used. */
  databaseUrl?: string;
  /** PGlite folder (default ./data); `memory://` keeps everything in memory. */
  dataDir?: string;
}

export async function openDatabase(o: OpenOptions = {}): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  if (o.databaseUrl) {
    const pool = new pg.Pool({ connectionString: o.databaseUrl, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const u = new URL(o.databaseUrl);
    handle = { db, engine: 'postgres', location: `${u.protocol}//${u.host}${u.pathname}`, close: () => db.destroy() };
  } else {
    let dir = o.dataDir ?? './data';
    if (!dir.startsWith('memory://')) {
      dir = resolve(dir);
      mkdirSync(dir, { recursive: true });
      dir = join(dir, 'pglite');
    }
    const client = new PGlite(dir);
    await client.waitReady;
    const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
    handle = { db, engine: 'pglite', location: dir, close: () => db.destroy() };
  }
  await migrate(handle.db as Kysely<unknown>);
  return handle;
}

/** A JSON value for a jsonb column, serialized the same way by both drivers. */
export const json = (v: unknown) => sql<unknown>`${JSON.stringify(v)}::text::jsonb`;
