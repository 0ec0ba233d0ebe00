// The assessment service: `startServer()` opens the database (PGlite under ./data, or PostgreSQL
// when DATABASE_URL is set), runs the migrations, seeds the demo on an empty database, and
// listens. Exports for the CLI: `startServer`, `verifyAudit` (tiimdi audit verify), `openDatabase`.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { openDatabase, type DatabaseHandle } from './db/open.js';
import { seedDemo, type SeedReport } from './seed/demo.js';
import { verifyAudit, type AuditVerdict } from './audit.js';

export { verifyAudit, type AuditVerdict } from './audit.js';

/**
 * `tiimdi audit verify`: open the service's database (DATABASE_URL, else PGlite under dataDir,
 * default ./data), replay the audit hash chain, close. Exit non-zero when `ok` is false.
 */
export async function auditVerify(o: { databaseUrl?: string; dataDir?: string } = {}): Promise<AuditVerdict> {
  const database = await openDatabase({ databaseUrl: o.databaseUrl ?? process.env.DATABASE_URL ?? undefined, dataDir: o.dataDir ?? process.env.TIIMDI_DATA_DIR ?? './data' });
  try {
    return await verifyAudit(database.db);
  } finally {
    await database.close();
  }
}
export { openDatabase, type DatabaseHandle } from './db/open.js';
export { buildApp } from './app.js';
export { seedDemo, DEMO_USERS } from './seed/demo.js';

export interface ServerOptions {
  port?: number;
  host?: string;
  databaseUrl?: string;
  dataDir?: string;
  /** Seed the demo on an empty database (default: yes on PGlite, TIIMDI_DEMO=1 on PostgreSQL). */
  demo?: boolean;
  logger?: boolean;
  trustProxy?: boolean;
  /** Print the URL and demo logins (default true). */
  quiet?: boolean;
  /** The service's clock (deadlines, windows, timestamps); tests move it to a later day. */
  now?: () => Date;
}

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  database: DatabaseHandle;
  seed: SeedReport | null;
  close(): Promise<void>;
}

export async function startServer(o: ServerOptions = {}): Promise<RunningServer> {
  const databaseUrl = o.databaseUrl ?? process.env.DATABASE_URL ?? undefined;
  const database = await openDatabase({ databaseUrl, dataDir: o.dataDir ?? process.env.TIIMDI_DATA_DIR ?? './data' });
  const wantDemo = o.demo ?? (process.env.TIIMDI_DEMO ? process.env.TIIMDI_DEMO === '1' : database.engine === 'pglite');
  const seed = wantDemo ? await seedDemo(database.db) : null;
  const app = await buildApp({ db: database.db, now: o.now, logger: o.logger ?? false, trustProxy: o.trustProxy ?? process.env.TIIMDI_TRUST_PROXY === '1' });
  const port = o.port ?? Number(process.env.PORT ?? 3000);
  const host = o.host ?? process.env.HOST ?? '127.0.0.1';
  await app.listen({ port, host });
  const addr = app.server.address();
  const actualPort = typeof addr === 'object' && addr ? addr.port : port;
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`;
  if (!o.quiet) {
    const lines = [
      `tiimdi assessment service / бағалау қызметі / сервис оценки: ${url}`,
      `  API docs ${url}/api/docs   OpenAPI ${url}/api/openapi.json`,
      `  database / дерекқор / база данных: ${database.engine} ${database.location}`,
    ];
    if (seed) {
      lines.push('SYNTHETIC demo logins / СИНТЕТИКАЛЫҚ демо-логиндер / СИНТЕТИЧЕСКИЕ демо-логины (local demo only / тек жергілікті демо / только для локального демо):');
      for (const u of seed.users) lines.push(`  ${u.role.padEnd(14)} ${u.login.padEnd(14)} ${u.password}`);
      for (const w of seed.warnings) lines.push(`warning: ${w}`);
    }
    console.log(lines.join('\n'));
  }
  return {
    url,
    app,
    database,
    seed,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
