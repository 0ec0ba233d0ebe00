// Computing a campaign and reading its results. A computation evaluates every edition of the
// campaign over every body in scope, with each form's latest accepted version, and stores the
// whole outcome (values, levels, ranks, full traces, readings, which version of which submission
// was used) as the next numbered snapshot. Snapshots are never changed (a trigger refuses it).
import { sql, type Kysely } from 'kysely';
import { evaluateCampaign, EvaluationError, resolveReadings } from '../../engine/evaluate.js';
import { applyReportingVerdict } from '../../engine/timeliness.js';
import { InputError } from '../../engine/validate.js';
import type { BodyInput, BodyResult, CampaignResult } from '../../engine/types.js';
import { findEdition } from '../../methodologies/index.js';
import { appendAudit } from '../audit.js';
import { json } from '../db/open.js';
import type { Database } from '../db/types.js';
import { ApiError, fromInputIssues, notFound } from '../errors.js';
import type { Actor } from '../auth/actor.js';
import { allow, canReadRanking, canReadScorecard, isInsider } from '../auth/policy.js';
import { auditUser, campaignBodies, campaignCache, requireCampaign, type CampaignRow } from './campaigns.js';
import { Lru, perDatabase } from '../cache.js';
import { timeliness } from './timeliness.js';
import { applyObjectionChanges, applyReconciliation, isReadingChange, rerank, type AppliedNote } from './workflow-rules.js';
import { latestActs, upheldDecisions, type UpheldRow } from './workflow-load.js';
import type { Labels } from '../../engine/types.js';
import type { Transaction } from 'kysely';

/** Why a snapshot corrects an earlier one (objection decisions, re-verification). */
export type SnapshotReason = Labels & { objectionId?: number };

export interface ComputeOptions {
  includeSubmitted?: boolean;
  reason?: SnapshotReason;
  /** A decision not stored yet: its changes count, and `inTransaction` stores it with the snapshot. */
  pending?: UpheldRow;
  inTransaction?: (trx: Transaction<Database>, number: number) => Promise<void>;
}

export interface SnapshotMeta {
  campaignId: number;
  number: number;
  editions: string[];
  readings: Record<string, Record<string, string>>;
  at: string;
  by: string;
  released: boolean;
  published: boolean;
  reason: SnapshotReason | null;
}

const COMPUTE_LOCK = 7_245_002;

export async function computeCampaign(db: Kysely<Database>, actor: Actor, campaignId: number, opts: ComputeOptions = {}): Promise<SnapshotMeta> {
  const c = await requireCampaign(db, campaignId);
  const statuses = opts.includeSubmitted ? ['accepted', 'submitted'] : ['accepted'];
  const bodies = await campaignBodies(db, campaignId);
  const rows = await db
    .selectFrom('submissions')
    .innerJoin('submission_versions as v', (j) => j.onRef('v.submission_id', '=', 'submissions.id').onRef('v.version', '=', 'submissions.version'))
    .select(['submissions.id', 'submissions.body_id', 'submissions.edition_id', 'submissions.form_id', 'submissions.version', 'v.data'])
    .where('submissions.campaign_id', '=', campaignId)
    .where('submissions.status', 'in', statuses)
    .execute();

  // the schedule's verdicts become the editions' reporting-penalty inputs (EditionDecl.reporting)
  const onTime = await timeliness(db, campaignId);
  const verdict = (bodyId: string, editionId: string) => {
    const mine = onTime.filter((t) => t.bodyId === bodyId && t.edition === editionId);
    return { late: mine.some((t) => t.state === 'late'), incomplete: mine.some((t) => t.state === 'missing') };
  };
  // re-verification (reconciliation acts) and the commission's upheld objections, after the forms
  const acts = await latestActs(db, campaignId);
  const upheld = [...(await upheldDecisions(db, campaignId)), ...(opts.pending ? [opts.pending] : [])];
  const applied: { body: string; edition: string; source: string; changes: AppliedNote[] }[] = [];
  const workflow = (editionId: string, b: BodyInput): BodyInput => {
    const edition = findEdition(editionId);
    let out = b;
    const act = acts.find((a) => a.bodyId === b.id && a.edition === editionId);
    if (act) {
      const r = applyReconciliation(edition, out, act);
      out = r.body;
      applied.push({ body: b.id, edition: editionId, source: `reconciliation-act:${act.id}:v${act.version}`, changes: r.notes });
    }
    for (const d of upheld.filter((x) => x.bodyId === b.id && x.edition === editionId)) {
      const r = applyObjectionChanges(out, d.objectionId, d.changes);
      out = r.body;
      applied.push({ body: b.id, edition: editionId, source: `objection:${d.objectionId}`, changes: r.notes });
    }
    return out;
  };
  const results: Record<string, CampaignResult> = {};
  const readings: Record<string, Record<string, string>> = {};
  for (const editionId of c.editions) {
    const edition = findEdition(editionId);
    const own = Object.fromEntries(Object.entries(c.readings).filter(([id]) => edition.readings.some((r) => r.id === id)));
    readings[editionId] = resolveReadings(edition, own);
    const inputs: BodyInput[] = bodies
      .filter((b) => !b.liquidated_on && edition.bodyKinds.some((k) => k.id === b.kind))
      .map((b) =>
        workflow(editionId, applyReportingVerdict(
          edition,
          {
            id: b.id,
            name: { kk: b.name_kk, ru: b.name_ru, en: b.name_en },
            kind: b.kind,
            forms: Object.fromEntries(rows.filter((r) => r.body_id === b.id && r.edition_id === editionId).map((r) => [r.form_id, r.data as Record<string, unknown>])),
          },
          verdict(b.id, editionId),
        )),
      );
    try {
      results[editionId] = evaluateCampaign(edition, { edition: editionId, asOf: c.asOf, synthetic: c.synthetic, readings: own, bodies: inputs });
      // an upheld objection may give one body another reading: that body's result comes from the
      // campaign evaluated with it, and the ranks are drawn again
      const perBody = new Map<string, Record<string, string>>();
      for (const d of upheld.filter((x) => x.edition === editionId))
        for (const ch of d.changes.filter(isReadingChange)) {
          const before = perBody.get(d.bodyId)?.[ch.reading] ?? readings[editionId]![ch.reading] ?? null;
          perBody.set(d.bodyId, { ...(perBody.get(d.bodyId) ?? {}), [ch.reading]: ch.value });
          applied.push({ body: d.bodyId, edition: editionId, source: `objection:${d.objectionId}`, changes: [{ form: '-', field: `reading:${ch.reading}`, before, after: ch.value, because: `objection #${d.objectionId} upheld by the special commission` }] });
        }
      if (perBody.size) {
        const groups = new Map<string, string[]>();
        for (const [body, r] of perBody) {
          const key = JSON.stringify(Object.entries(r).sort());
          groups.set(key, [...(groups.get(key) ?? []), body]);
        }
        const base = results[editionId]!;
        for (const [key, ids] of groups) {
          const alt = evaluateCampaign(edition, { edition: editionId, asOf: c.asOf, synthetic: c.synthetic, readings: { ...own, ...Object.fromEntries(JSON.parse(key) as [string, string][]) }, bodies: inputs });
          base.bodies = base.bodies.map((b) => (ids.includes(b.id) ? alt.bodies.find((x) => x.id === b.id) ?? b : b));
        }
        rerank(base.bodies);
      }
    } catch (e) {
      if (e instanceof InputError) throw new ApiError(422, 'computation_failed', `edition ${editionId}: inputs are missing or invalid`, fromInputIssues(e.issues));
      if (e instanceof EvaluationError)
        throw new ApiError(422, 'computation_failed', e.message, [{ body: e.body, form: '-', field: e.node, value: null, message: e.message }]);
      throw e;
    }
  }
  const used = { versions: Object.fromEntries(rows.map((r) => [String(r.id), r.version])), timeliness: onTime, workflow: applied, reason: opts.reason ?? null };
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${COMPUTE_LOCK}, ${campaignId})`.execute(trx);
    const last = await trx.selectFrom('snapshots').select((eb) => eb.fn.max('number').as('n')).where('campaign_id', '=', campaignId).executeTakeFirst();
    const number = Number(last?.n ?? 0) + 1;
    const at = new Date();
    const summary = Object.fromEntries(
      Object.entries(results).map(([e, r]) => [
        e,
        { asOf: r.asOf, readings: r.readings, synthetic: r.synthetic, bodies: r.bodies.map((b) => ({ id: b.id, name: b.name, kind: b.kind, score: b.score, level: b.level, rank: b.rank ?? null, levels: b.levels })) },
      ]),
    );
    await trx
      .insertInto('snapshots')
      .values({ campaign_id: campaignId, number, editions: json(c.editions), readings: json(readings), results: json(summary), inputs: json(used), user_id: actor.id!, at, reason: opts.reason ? json(opts.reason) : null })
      .execute();
    for (const [e, r] of Object.entries(results))
      for (let i = 0; i < r.bodies.length; i += 50)
        await trx
          .insertInto('snapshot_bodies')
          .values(r.bodies.slice(i, i + 50).map((b) => ({ campaign_id: campaignId, number, edition_id: e, body_id: b.id, result: json(b) })))
          .execute();
    const scores = Object.fromEntries(Object.entries(results).map(([e, r]) => [e, Object.fromEntries(r.bodies.map((b) => [b.id, b.score]))]));
    await appendAudit(trx, { user: auditUser(actor), action: 'snapshot.create', entity: 'snapshot', id: `${campaignId}/${number}`, after: { editions: c.editions, readings, inputs: used, scores, reason: opts.reason ?? null } });
    if (opts.inTransaction) await opts.inTransaction(trx, number);
    return { campaignId, number, editions: c.editions, readings, at: at.toISOString(), by: actor.login, released: false, published: false, reason: opts.reason ?? null };
  });
}

/** `latest` for insiders is the newest snapshot; for everyone else, the published (or released) one. */
async function resolveNumber(db: Kysely<Database>, actor: Actor, c: CampaignRow, n: string): Promise<number> {
  if (/^\d+$/.test(n)) return Number(n);
  if (n === 'published') {
    if (c.publishedSnapshot === null) throw notFound(`published results of campaign ${c.id}`);
    return c.publishedSnapshot;
  }
  if (n === 'latest') {
    if (isInsider(actor)) {
      const r = await db.selectFrom('snapshots').select((eb) => eb.fn.max('number').as('n')).where('campaign_id', '=', c.id).executeTakeFirst();
      if (r?.n == null) throw notFound(`snapshots of campaign ${c.id}`);
      return Number(r.n);
    }
    const n2 = c.publishedSnapshot ?? (actor.role === 'body_officer' ? c.releasedSnapshot : null);
    if (n2 === null) throw notFound(`results of campaign ${c.id}`);
    return n2;
  }
  throw notFound(`snapshot ${n}`);
}

/** Snapshots never change: their rows are cached without expiry (bounded). */
const snapshotCache = perDatabase(() => ({
  meta: new Lru<string, Awaited<ReturnType<typeof snapshotRowUncached>>>(200),
  bodies: new Lru<string, { edition: string; result: BodyResult }[]>(2000),
  cards: new Lru<string, unknown>(2000),
}));

/** The campaign row (its release/publication state) for a few seconds; see cache.ts. */
async function campaignForResults(db: Kysely<Database>, campaignId: number): Promise<CampaignRow> {
  const cache = campaignCache(db);
  const hit = cache.get(campaignId);
  if (hit) return hit;
  const c = await requireCampaign(db, campaignId);
  cache.set(campaignId, c);
  return c;
}

export async function loadResults(db: Kysely<Database>, actor: Actor, campaignId: number, n: string) {
  const c = await campaignForResults(db, campaignId);
  const number = await resolveNumber(db, actor, c, n);
  const vis = { number, released: c.releasedSnapshot, published: c.publishedSnapshot };
  return { c, number, vis };
}

export async function snapshotRow(db: Kysely<Database>, campaignId: number, number: number) {
  const cache = snapshotCache(db).meta;
  const key = `${campaignId}/${number}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const s = await snapshotRowUncached(db, campaignId, number);
  cache.set(key, s);
  return s;
}

async function snapshotRowUncached(db: Kysely<Database>, campaignId: number, number: number) {
  const s = await db.selectFrom('snapshots').innerJoin('users', 'users.id', 'snapshots.user_id').select(['number', 'editions', 'readings', 'results', 'at', 'users.login']).where('campaign_id', '=', campaignId).where('number', '=', number).executeTakeFirst();
  if (!s) throw notFound(`snapshot ${number} of campaign ${campaignId}`);
  return s;
}

export async function listSnapshots(db: Kysely<Database>, actor: Actor, campaignId: number): Promise<SnapshotMeta[]> {
  const c = await requireCampaign(db, campaignId);
  const rows = await db.selectFrom('snapshots').innerJoin('users', 'users.id', 'snapshots.user_id').select(['number', 'editions', 'readings', 'at', 'reason', 'users.login']).where('campaign_id', '=', campaignId).orderBy('number').execute();
  return rows
    .filter((r) => isInsider(actor) || r.number === c.publishedSnapshot || (actor.role === 'body_officer' && r.number === c.releasedSnapshot))
    .map((r) => ({
      campaignId,
      number: r.number,
      editions: r.editions as string[],
      readings: r.readings as Record<string, Record<string, string>>,
      at: new Date(r.at).toISOString(),
      by: isInsider(actor) ? r.login : '-',
      released: r.number === c.releasedSnapshot,
      published: r.number === c.publishedSnapshot,
      reason: (r.reason as SnapshotReason | null) ?? null,
    }));
}

interface RankingSummary {
  asOf: string;
  readings: Record<string, string>;
  synthetic: boolean;
  bodies: { id: string; name: BodyResult['name']; kind: string; score: string; level: string | null; rank: number | null; levels: Record<string, string> }[];
}

export async function ranking(db: Kysely<Database>, actor: Actor, campaignId: number, n: string) {
  const { number, vis } = await loadResults(db, actor, campaignId, n);
  allow(actor, canReadRanking(actor, vis), 'the ranking of this snapshot is not published');
  const s = await snapshotRow(db, campaignId, number);
  const results = s.results as Record<string, RankingSummary>;
  return {
    campaignId,
    snapshot: number,
    editions: Object.entries(results).map(([edition, r]) => ({
      edition,
      synthetic: r.synthetic,
      bodies: [...r.bodies].sort((a, b) => a.kind.localeCompare(b.kind) || (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.id.localeCompare(b.id)),
    })),
  };
}

/** The body's results in each edition of a snapshot (one row per edition). */
export async function bodyResults(db: Kysely<Database>, campaignId: number, number: number, bodyId: string, editionId?: string) {
  const cache = snapshotCache(db).bodies;
  const key = `${campaignId}/${number}/${bodyId}`;
  let all = cache.get(key);
  if (!all) {
    all = await bodyResultsUncached(db, campaignId, number, bodyId);
    cache.set(key, all);
  }
  return editionId ? all.filter((r) => r.edition === editionId) : all;
}

async function bodyResultsUncached(db: Kysely<Database>, campaignId: number, number: number, bodyId: string, editionId?: string) {
  let q = db.selectFrom('snapshot_bodies').select(['edition_id', 'result']).where('campaign_id', '=', campaignId).where('number', '=', number).where('body_id', '=', bodyId);
  if (editionId) q = q.where('edition_id', '=', editionId);
  const rows = await q.orderBy('edition_id').execute();
  return rows.map((r) => ({ edition: r.edition_id, result: r.result as BodyResult }));
}

export async function scorecard(db: Kysely<Database>, actor: Actor, campaignId: number, n: string, bodyId: string) {
  const { number, vis } = await loadResults(db, actor, campaignId, n);
  allow(actor, canReadScorecard(actor, bodyId, vis), `results of body ${bodyId} in this snapshot are not released to you`);
  const cards = snapshotCache(db).cards;
  const key = `${campaignId}/${number}/${bodyId}`;
  const hit = cards.get(key);
  if (hit) return hit as Awaited<ReturnType<typeof buildScorecard>>;
  const card = await buildScorecard(db, campaignId, number, bodyId);
  cards.set(key, card);
  return card;
}

async function buildScorecard(db: Kysely<Database>, campaignId: number, number: number, bodyId: string) {
  const s = await snapshotRow(db, campaignId, number);
  const meta = s.results as Record<string, RankingSummary>;
  const editions = (await bodyResults(db, campaignId, number, bodyId)).map(({ edition, result: b }) => {
    const nodes = Object.entries(b.values).map(([id, value]) => {
      const t = b.traces[id];
      return { id, value, max: t?.max ?? null, level: b.levels[id] ?? null, formula: t?.formula ?? null, ref: t?.ref ?? null };
    });
    const m = meta[edition];
    return { edition, asOf: m?.asOf ?? null, readings: m?.readings ?? {}, synthetic: m?.synthetic ?? false, score: b.score, level: b.level, rank: b.rank ?? null, kind: b.kind, name: b.name, nodes };
  });
  if (!editions.length) throw notFound(`body ${bodyId} in snapshot ${number}`);
  return { campaignId, snapshot: number, bodyId, editions };
}

export async function nodeTrace(db: Kysely<Database>, actor: Actor, campaignId: number, n: string, bodyId: string, nodeId: string, editionId?: string) {
  const { number, vis } = await loadResults(db, actor, campaignId, n);
  allow(actor, canReadScorecard(actor, bodyId, vis), `results of body ${bodyId} in this snapshot are not released to you`);
  for (const { edition, result } of await bodyResults(db, campaignId, number, bodyId, editionId)) {
    const t = result.traces[nodeId];
    if (t) return { campaignId, snapshot: number, bodyId, edition, trace: t, ...(await changedInputs(db, campaignId, number, bodyId, edition, t.inputs, t.readings)) };
  }
  throw notFound(`node ${nodeId} of body ${bodyId} in snapshot ${number}`);
}

/**
 * Which of the trace's inputs a reconciliation act or an upheld objection set, and why (from the
 * snapshot's used record), with the snapshot's own reason.
 */
async function changedInputs(db: Kysely<Database>, campaignId: number, number: number, bodyId: string, edition: string, inputs: { form: string; field: string }[], readingsUsed: { id: string }[] = []) {
  const row = await db.selectFrom('snapshots').select(['inputs', 'reason']).where('campaign_id', '=', campaignId).where('number', '=', number).executeTakeFirst();
  const used = (row?.inputs ?? {}) as { workflow?: { body: string; edition: string; source: string; changes: AppliedNote[] }[] };
  const read = new Set([...inputs.map((i) => `${i.form}/${i.field}`), ...readingsUsed.map((r) => `-/reading:${r.id}`)]);
  const changes = (used.workflow ?? [])
    .filter((w) => w.body === bodyId && w.edition === edition)
    .flatMap((w) => w.changes.filter((ch) => read.has(`${ch.form}/${ch.field}`)).map((ch) => ({ ...ch, source: w.source })));
  return { inputChanges: changes, reason: (row?.reason as SnapshotReason | null) ?? null };
}
