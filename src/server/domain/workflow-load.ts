// What a computation reads besides the submissions: each body's latest reconciliation act per edition
// and every final decision upholding an objection (in the order decided).
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/types.js';
import type { ObjectionChange, ReconciliationFact } from './workflow-rules.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface ActRow {
  id: number;
  bodyId: string;
  edition: string;
  version: number;
  facts: ReconciliationFact[];
  note: string | null;
  by: string;
  at: string;
}

/** The latest version of every act of the campaign (optionally of one body). */
export async function latestActs(db: Db, campaignId: number, bodyId?: string): Promise<ActRow[]> {
  let q = db
    .selectFrom('reconciliation_acts as a')
    .innerJoin('users', 'users.id', 'a.user_id')
    .select(['a.id', 'a.body_id', 'a.edition_id', 'a.version', 'a.facts', 'a.note', 'a.at', 'users.login'])
    .where('a.campaign_id', '=', campaignId);
  if (bodyId) q = q.where('a.body_id', '=', bodyId);
  const rows = await q.orderBy('a.body_id').orderBy('a.edition_id').orderBy('a.version', 'desc').execute();
  const seen = new Set<string>();
  const out: ActRow[] = [];
  for (const r of rows) {
    const k = `${r.body_id}/${r.edition_id}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ id: r.id, bodyId: r.body_id, edition: r.edition_id, version: r.version, facts: r.facts as ReconciliationFact[], note: r.note, by: r.login, at: new Date(r.at).toISOString() });
  }
  return out;
}

export interface UpheldRow {
  objectionId: number;
  bodyId: string;
  edition: string;
  changes: ObjectionChange[];
}

export async function upheldDecisions(db: Db, campaignId: number): Promise<UpheldRow[]> {
  const rows = await db
    .selectFrom('objection_decisions as d')
    .innerJoin('objections as o', 'o.id', 'd.objection_id')
    .select(['o.id', 'o.body_id', 'o.edition_id', 'd.changes'])
    .where('o.campaign_id', '=', campaignId)
    .where('d.decision', '=', 'upheld')
    .orderBy('d.at')
    .orderBy('o.id')
    .execute();
  return rows.map((r) => ({ objectionId: r.id, bodyId: r.body_id, edition: r.edition_id, changes: r.changes as ObjectionChange[] }));
}
