// The audit log: every change (who, when, what, before, after), append-only and hash-chained.
// Each entry stores the exact canonical JSON text it hashed, and
//   hash = sha256(prev_hash + "\n" + payload)
// so editing, deleting or reordering any entry breaks every hash after it. `verifyAudit` replays
// the chain; `tiimdi audit verify` calls it.
import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './db/types.js';

export const GENESIS = '0'.repeat(64);

export interface AuditEntry {
  user: { id: number; login: string } | null;
  action: string;
  entity: string;
  id: string;
  before?: unknown;
  after?: unknown;
}

/** JSON with object keys sorted, so the same content always hashes the same. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v ?? null);
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v instanceof Date) return JSON.stringify(v.toISOString());
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(',')}}`;
}

export const chainHash = (prev: string, payload: string): string =>
  createHash('sha256').update(prev).update('\n').update(payload).digest('hex');

// Any constant: appends take this transaction-scoped lock so two writers never chain off the same tail.
const AUDIT_LOCK = 7_245_001;

/** Append one entry inside the caller's transaction (the change and its record commit together). */
export async function appendAudit(trx: Transaction<Database>, e: AuditEntry): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`.execute(trx);
  const last = await trx.selectFrom('audit_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const prev = last?.hash ?? GENESIS;
  const payload = canonicalJson({
    at: new Date().toISOString(),
    user: e.user,
    action: e.action,
    entity: e.entity,
    id: e.id,
    before: e.before ?? null,
    after: e.after ?? null,
  });
  await trx.insertInto('audit_log').values({ payload, prev_hash: prev, hash: chainHash(prev, payload) }).execute();
}

export interface AuditVerdict {
  ok: boolean;
  entries: number;
  /** The first entry whose link or hash does not hold. */
  brokenAt?: number;
  reason?: string;
  head: string;
}

/** Replay the whole chain in order. */
export async function verifyAudit(db: Kysely<Database>): Promise<AuditVerdict> {
  let prev = GENESIS;
  let n = 0;
  let expectSeq: number | undefined;
  const PAGE = 1000;
  for (let after = 0; ; ) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(PAGE).execute();
    for (const r of rows) {
      // Identity values are never reused, but a gap can be a rolled-back append; a deleted row shows
      // up as a broken prev_hash link, so gaps need no check of their own.
      if (expectSeq !== undefined && r.seq < expectSeq) return { ok: false, entries: n, brokenAt: r.seq, reason: 'out of order', head: prev };
      if (r.prev_hash !== prev) return { ok: false, entries: n, brokenAt: r.seq, reason: 'link to the previous entry is broken (an entry was removed or changed)', head: prev };
      if (chainHash(prev, r.payload) !== r.hash) return { ok: false, entries: n, brokenAt: r.seq, reason: 'content does not match its hash (the entry was edited)', head: prev };
      prev = r.hash;
      n++;
      expectSeq = r.seq + 1;
      after = r.seq;
    }
    if (rows.length < PAGE) break;
  }
  return { ok: true, entries: n, head: prev };
}
