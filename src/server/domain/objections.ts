// Objections: a body's officer objects to a node of its own released results within the window
// (working days from the release); the assessing body states its position; the special commission
// votes and decides (quorum, decision window); an upheld objection's changed inputs make a new
// snapshot whose reason names the decision. Every row is append-only: a decision is final.
import type { Kysely, Transaction } from 'kysely';
import type { Lang } from '../../engine/types.js';
import { findEdition } from '../../methodologies/index.js';
import { objectionReviewWindow } from '../../methodologies/kz-2021-operational/p114-objections.js';
import { disagreementTableModel, renderRecord, type DisagreementRow } from '../../documents/records.js';
import type { DocFormat } from '../../documents/index.js';
import { qualifiedLabel } from '../../documents/tree.js';
import { appendAudit } from '../audit.js';
import { json } from '../db/open.js';
import type { Database } from '../db/types.js';
import { badField, conflict, forbidden, invalid, notFound, refusal, type ApiIssue } from '../errors.js';
import type { Actor } from '../auth/actor.js';
import { allow, isInsider, requireRole } from '../auth/policy.js';
import { kzDate } from '../calendar/kz.js';
import { loadCalendar } from '../calendar/load.js';
import { auditUser, campaignBodies, requireCampaign, scheduleOf } from './campaigns.js';
import { bodyResults, computeCampaign, type SnapshotMeta } from './results.js';
import { addCalendarDays, fill, isReadingChange, objectionRules, scalarField, W, type ObjectionChange } from './workflow-rules.js';

export interface ObjectionIn {
  node: string;
  edition?: string;
  text: string;
  attachments?: string[];
}

export interface Objection {
  id: number;
  campaignId: number;
  bodyId: string;
  edition: string;
  node: string;
  snapshot: number;
  text: string;
  attachments: string[];
  filedOn: string;
  windowClosedOn: string;
  decideBy: string;
  by: string;
  position: { text: string; by: string; at: string } | null;
  votes: { login: string; vote: string }[];
  /** Members who must vote before the commission decides (the edition's rule). */
  quorum: number;
  decision: { decision: 'upheld' | 'rejected'; changes: ObjectionChange[]; snapshot: number | null; by: string; at: string } | null;
}

/** The day the snapshot was released to the bodies (Kazakhstan date), from the release events. */
async function releasedOn(db: Kysely<Database>, campaignId: number, number: number): Promise<string> {
  const ev = await db.selectFrom('snapshot_events').select('at').where('campaign_id', '=', campaignId).where('number', '=', number).orderBy('seq').executeTakeFirst();
  if (ev) return kzDate(new Date(ev.at));
  const s = await db.selectFrom('snapshots').select('at').where('campaign_id', '=', campaignId).where('number', '=', number).executeTakeFirstOrThrow();
  return kzDate(new Date(s.at));
}

async function decisionDeadline(db: Kysely<Database>, campaignId: number, edition: string, filedOn: string): Promise<string> {
  const rules = objectionRules(edition);
  if (rules.decideWithin?.unit === 'calendar') return addCalendarDays(filedOn, rules.decideWithin.days);
  if (rules.decideWithin) return (await loadCalendar(db)).addWorkingDays(filedOn, rules.decideWithin.days);
  const items = (await db.selectFrom('campaign_dates').selectAll().where('campaign_id', '=', campaignId).execute()).map((r) => ({ item: r.item, from: r.from_on, to: r.to_on }));
  try {
    return objectionReviewWindow(items).to;
  } catch (e) {
    throw badField('edition', edition, (e as Error).message);
  }
}

export async function fileObjection(db: Kysely<Database>, actor: Actor, now: Date, campaignId: number, bodyId: string, o: ObjectionIn): Promise<Objection> {
  const c = await requireCampaign(db, campaignId);
  requireRole(actor, 'body_officer');
  if (!actor.bodies.has(bodyId)) throw forbidden(`you do not work for ${bodyId}`);
  const n = c.releasedSnapshot;
  if (n === null) throw refusal(409, 'conflict', W.notReleased!);
  const results = await bodyResults(db, campaignId, n, bodyId, o.edition);
  const hit = results.find((r) => r.result.traces[o.node]);
  if (!hit) throw badField('node', o.node, `no node ${o.node} in ${bodyId}'s results of snapshot ${n}`);
  const rules = objectionRules(hit.edition);
  const cal = await loadCalendar(db);
  const filedOn = kzDate(now);
  const closes = cal.addWorkingDays(await releasedOn(db, campaignId, n), rules.fileWithinWorkingDays);
  if (filedOn > closes)
    throw refusal(409, 'objection_late', fill(W.lateObjection!, { d: closes }), [{ body: bodyId, form: '-', field: 'filedOn', value: filedOn, message: `the window closed on ${closes} (${rules.fileWithinWorkingDays} working days from the release, ${rules.ref})` }]);
  const notice = await noticeOf(db, campaignId, bodyId, n);
  if (notice)
    throw refusal(409, 'objection_window_closed', fill(W.noDisagreementFiled!, { d: notice.on, by: notice.by }), [{ body: bodyId, form: '-', field: 'noDisagreementNotice', value: notice.on, message: `the body's notice of agreement with snapshot ${n} (${notice.on}, ${notice.by}) closed its objection window (2017 p.117, ICT ¶107)` }]);
  const decideBy = await decisionDeadline(db, campaignId, hit.edition, filedOn);
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto('objections')
      .values({ campaign_id: campaignId, body_id: bodyId, edition_id: hit.edition, node_id: o.node, snapshot: n, text: o.text, attachments: json(o.attachments ?? []), filed_on: filedOn, window_closed_on: closes, decide_by: decideBy, user_id: actor.id!, at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, { user: auditUser(actor), action: 'objection.file', entity: 'objection', id: String(r.id), after: { campaignId, bodyId, edition: hit.edition, node: o.node, snapshot: n, text: o.text, attachments: o.attachments ?? [], filedOn, closes, decideBy } });
    return (await loadObjections(trx as unknown as Kysely<Database>, campaignId, { id: r.id }))[0]!;
  });
}

export interface NoDisagreementNotice {
  campaignId: number;
  bodyId: string;
  snapshot: number;
  text: string | null;
  on: string;
  at: string;
  by: string;
}

async function noticeOf(db: Kysely<Database>, campaignId: number, bodyId: string, snapshot?: number): Promise<NoDisagreementNotice | undefined> {
  return (await loadNotices(db, campaignId, bodyId, snapshot))[0];
}

async function loadNotices(db: Kysely<Database>, campaignId: number, bodyId: string, snapshot?: number): Promise<NoDisagreementNotice[]> {
  let q = db.selectFrom('no_disagreement_notices as n').innerJoin('users as u', 'u.id', 'n.user_id').select(['n.snapshot', 'n.text', 'n.at', 'u.login']).where('n.campaign_id', '=', campaignId).where('n.body_id', '=', bodyId);
  if (snapshot !== undefined) q = q.where('n.snapshot', '=', snapshot);
  const rows = await q.orderBy('n.snapshot').execute();
  return rows.map((r) => ({ campaignId, bodyId, snapshot: r.snapshot, text: r.text, on: kzDate(new Date(r.at)), at: new Date(r.at).toISOString(), by: r.login }));
}

/**
 * The body's notice that it agrees with its released results (2017 p.117, ICT ¶107; 2014 §65 asks the
 * same of a body without objections): within the objection window, by the body's officer, once per
 * released snapshot, not after the body has objected to it. It closes the body's window.
 */
export async function notifyNoDisagreement(db: Kysely<Database>, actor: Actor, now: Date, campaignId: number, bodyId: string, text: string | undefined): Promise<NoDisagreementNotice> {
  const c = await requireCampaign(db, campaignId);
  requireRole(actor, 'body_officer');
  if (!actor.bodies.has(bodyId)) throw forbidden(`you do not work for ${bodyId}`);
  const n = c.releasedSnapshot;
  if (n === null) throw refusal(409, 'conflict', W.notReleased!);
  const rules = objectionRules(c.editions[0]!);
  const filedOn = kzDate(now);
  const closes = (await loadCalendar(db)).addWorkingDays(await releasedOn(db, campaignId, n), rules.fileWithinWorkingDays);
  if (filedOn > closes)
    throw refusal(409, 'objection_late', fill(W.lateObjection!, { d: closes }), [{ body: bodyId, form: '-', field: 'sentOn', value: filedOn, message: `the window closed on ${closes} (${rules.fileWithinWorkingDays} working days from the release)` }]);
  const filed = (await loadObjections(db, campaignId, { bodyId })).filter((o) => o.snapshot === n);
  if (filed.length) throw refusal(409, 'objections_filed', fill(W.objectionsFiled!, { ids: filed.map((o) => o.id).join(', ') }));
  const existing = await noticeOf(db, campaignId, bodyId, n);
  if (existing) throw conflict(`${bodyId} sent its notice of agreement with snapshot ${n} on ${existing.on}`);
  await db.transaction().execute(async (trx) => {
    const added = await trx.insertInto('no_disagreement_notices').values({ campaign_id: campaignId, body_id: bodyId, snapshot: n, text: text ?? null, user_id: actor.id!, at: now }).onConflict((oc) => oc.doNothing()).returning('snapshot').executeTakeFirst();
    if (!added) throw conflict(`${bodyId} has sent its notice of agreement with snapshot ${n}`);
    await appendAudit(trx, { user: auditUser(actor), action: 'objection.no_disagreement', entity: 'body', id: bodyId, after: { campaignId, bodyId, snapshot: n, text: text ?? null, sentOn: filedOn, closes } });
  });
  return (await noticeOf(db, campaignId, bodyId, n))!;
}

/** The body's notices of agreement (insiders; the body's officers). */
export async function listNotices(db: Kysely<Database>, actor: Actor, campaignId: number, bodyId: string): Promise<NoDisagreementNotice[]> {
  await requireCampaign(db, campaignId);
  allow(actor, canSeeBody(actor, bodyId), 'notices are seen by the body that sent them and the insiders');
  return loadNotices(db, campaignId, bodyId);
}

async function loadObjections(db: Kysely<Database>, campaignId: number, where: { id?: number; bodyId?: string } = {}): Promise<Objection[]> {
  let q = db.selectFrom('objections as o').innerJoin('users as u', 'u.id', 'o.user_id').selectAll('o').select('u.login').where('o.campaign_id', '=', campaignId);
  if (where.id !== undefined) q = q.where('o.id', '=', where.id);
  if (where.bodyId !== undefined) q = q.where('o.body_id', '=', where.bodyId);
  const rows = await q.orderBy('o.id').execute();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const positions = await db.selectFrom('objection_positions as p').innerJoin('users as u', 'u.id', 'p.user_id').select(['p.objection_id', 'p.text', 'p.at', 'u.login']).where('p.objection_id', 'in', ids).execute();
  const votes = await db.selectFrom('objection_votes as v').innerJoin('users as u', 'u.id', 'v.user_id').select(['v.objection_id', 'v.vote', 'u.login']).where('v.objection_id', 'in', ids).orderBy('v.at').execute();
  const decisions = await db.selectFrom('objection_decisions as d').innerJoin('users as u', 'u.id', 'd.user_id').select(['d.objection_id', 'd.decision', 'd.changes', 'd.snapshot', 'd.at', 'u.login']).where('d.objection_id', 'in', ids).execute();
  // the snapshot an upheld decision made names it in its reason
  const made = await db.selectFrom('snapshots').select(['number', 'reason']).where('campaign_id', '=', campaignId).where('reason', 'is not', null).execute();
  const snapshotOf = (id: number) => made.find((s) => (s.reason as { objectionId?: number } | null)?.objectionId === id)?.number ?? null;
  return rows.map((r) => {
    const p = positions.find((x) => x.objection_id === r.id);
    const d = decisions.find((x) => x.objection_id === r.id);
    return {
      id: r.id,
      campaignId,
      bodyId: r.body_id,
      edition: r.edition_id,
      node: r.node_id,
      snapshot: r.snapshot,
      text: r.text,
      attachments: r.attachments as string[],
      filedOn: r.filed_on,
      windowClosedOn: r.window_closed_on,
      decideBy: r.decide_by,
      by: r.login,
      position: p ? { text: p.text, by: p.login, at: new Date(p.at).toISOString() } : null,
      votes: votes.filter((v) => v.objection_id === r.id).map((v) => ({ login: v.login, vote: v.vote })),
      quorum: objectionRules(r.edition_id).quorum,
      decision: d ? { decision: d.decision, changes: d.changes as ObjectionChange[], snapshot: d.snapshot ?? snapshotOf(r.id), by: d.login, at: new Date(d.at).toISOString() } : null,
    };
  });
}

const canSeeBody = (actor: Actor, bodyId: string) => isInsider(actor) || (actor.role === 'body_officer' && actor.bodies.has(bodyId));

export async function listObjections(db: Kysely<Database>, actor: Actor, campaignId: number): Promise<Objection[]> {
  await requireCampaign(db, campaignId);
  allow(actor, isInsider(actor) || actor.role === 'body_officer', 'objections are seen by the bodies that filed them and the insiders');
  return (await loadObjections(db, campaignId)).filter((o) => canSeeBody(actor, o.bodyId));
}

export async function readObjection(db: Kysely<Database>, actor: Actor, campaignId: number, id: number): Promise<Objection> {
  allow(actor, isInsider(actor) || actor.role === 'body_officer', 'objections are seen by the bodies that filed them and the insiders');
  const o = (await loadObjections(db, campaignId, { id }))[0];
  if (!o) throw notFound(`objection ${id} of campaign ${campaignId}`);
  allow(actor, canSeeBody(actor, o.bodyId), 'not your body’s objection');
  return o;
}

/** The assessing body's position: an evaluator of the assessing body the schedule names for the edition. */
export async function statePosition(db: Kysely<Database>, actor: Actor, campaignId: number, id: number, text: string): Promise<Objection> {
  const o = await readObjectionAsInsider(db, actor, campaignId, id);
  const rows = (await scheduleOf(db, campaignId)).filter((s) => s.edition_id === o.edition);
  allow(actor, actor.role === 'administrator' || (actor.role === 'evaluator' && rows.some((s) => actor.assessingBodies.has(s.assessing_body))), 'the assessing body’s evaluators state its position');
  if (o.position) throw conflict(`the assessing body's position on objection ${id} is recorded`);
  if (o.decision) throw refusal(409, 'conflict', W.decided!);
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('objection_positions').values({ objection_id: id, text, user_id: actor.id! }).execute();
    await appendAudit(trx, { user: auditUser(actor), action: 'objection.position', entity: 'objection', id: String(id), after: { text } });
  });
  return readObjection(db, actor, campaignId, id);
}

async function readObjectionAsInsider(db: Kysely<Database>, actor: Actor, campaignId: number, id: number): Promise<Objection> {
  requireRole(actor, 'administrator', 'evaluator', 'commission');
  return readObjection(db, actor, campaignId, id);
}

function refuseAfter(decideBy: string, now: Date): void {
  if (kzDate(now) > decideBy) throw refusal(409, 'decision_late', fill(W.lateDecision!, { d: decideBy }), [{ body: '-', form: '-', field: 'decideBy', value: kzDate(now), message: `the decision window closed on ${decideBy}` }]);
}

export async function vote(db: Kysely<Database>, actor: Actor, now: Date, campaignId: number, id: number, v: 'uphold' | 'reject' | 'abstain'): Promise<Objection> {
  requireRole(actor, 'commission');
  const o = await readObjection(db, actor, campaignId, id);
  if (o.decision) throw refusal(409, 'conflict', W.decided!);
  refuseAfter(o.decideBy, now);
  if (o.votes.some((x) => x.login === actor.login)) throw conflict(`${actor.login} has voted on objection ${id}`);
  const part = await tookPart(db, campaignId, o.bodyId, actor.id!);
  if (part)
    throw refusal(409, 'not_independent', fill(W.notIndependent!, { login: actor.login ?? '', why: part.why }), [{ body: o.bodyId, form: '-', field: 'vote', value: actor.login, message: `${part.why} (2017 p.118, 2014 §66, ICT ¶108)` }]);
  await db.transaction().execute(async (trx) => {
    const added = await trx.insertInto('objection_votes').values({ objection_id: id, user_id: actor.id!, vote: v, at: now }).onConflict((oc) => oc.doNothing()).returning('user_id').executeTakeFirst();
    if (!added) throw conflict(`${actor.login} has voted on objection ${id}`);
    await appendAudit(trx, { user: auditUser(actor), action: 'objection.vote', entity: 'objection', id: String(id), after: { vote: v } });
  });
  return readObjection(db, actor, campaignId, id);
}

/**
 * Whether the user took part in assessing the body in the campaign (2017 p.118, 2014 §66, ICT ¶108: the
 * special commission is made of staff who did not): listed by an administrator as its assessor, or
 * recorded its reconciliation act, returned or accepted one of its forms, or stated the assessing
 * body's position on one of its objections. Returns what they did, or null.
 */
export async function tookPart(db: Kysely<Database>, campaignId: number, bodyId: string, userId: number): Promise<{ why: string } | null> {
  if (await db.selectFrom('body_assessors').select('user_id').where('campaign_id', '=', campaignId).where('body_id', '=', bodyId).where('user_id', '=', userId).executeTakeFirst())
    return { why: `listed as an assessor of ${bodyId}` };
  if (await db.selectFrom('reconciliation_acts').select('id').where('campaign_id', '=', campaignId).where('body_id', '=', bodyId).where('user_id', '=', userId).executeTakeFirst())
    return { why: `recorded ${bodyId}'s reconciliation act` };
  const review = await db
    .selectFrom('submission_versions as v')
    .innerJoin('submissions as s', 's.id', 'v.submission_id')
    .select(['s.form_id', 'v.status'])
    .where('s.campaign_id', '=', campaignId)
    .where('s.body_id', '=', bodyId)
    .where('v.user_id', '=', userId)
    .where('v.status', 'in', ['returned', 'accepted'])
    .executeTakeFirst();
  if (review) return { why: `${review.status} ${bodyId}'s form ${review.form_id}` };
  if (await db.selectFrom('objection_positions as p').innerJoin('objections as o', 'o.id', 'p.objection_id').select('o.id').where('o.campaign_id', '=', campaignId).where('o.body_id', '=', bodyId).where('p.user_id', '=', userId).executeTakeFirst())
    return { why: `stated the assessing body's position on ${bodyId}'s objection` };
  return null;
}

/** The users an administrator listed as assessors of the body in the campaign (insiders). */
export async function listAssessors(db: Kysely<Database>, actor: Actor, campaignId: number, bodyId: string): Promise<{ campaignId: number; bodyId: string; logins: string[] }> {
  await requireCampaign(db, campaignId);
  allow(actor, isInsider(actor), 'the body’s assessors are seen by the insiders');
  const rows = await db.selectFrom('body_assessors as a').innerJoin('users as u', 'u.id', 'a.user_id').select('u.login').where('a.campaign_id', '=', campaignId).where('a.body_id', '=', bodyId).orderBy('u.login').execute();
  return { campaignId, bodyId, logins: rows.map((r) => r.login) };
}

/** Sets who assessed the body in the campaign (administrator); audited. */
export async function setAssessors(db: Kysely<Database>, actor: Actor, now: Date, campaignId: number, bodyId: string, logins: string[]): Promise<{ campaignId: number; bodyId: string; logins: string[] }> {
  requireRole(actor, 'administrator');
  await requireCampaign(db, campaignId);
  if (!(await db.selectFrom('bodies').select('id').where('id', '=', bodyId).executeTakeFirst())) throw notFound(`body ${bodyId}`);
  const users = logins.length ? await db.selectFrom('users').select(['id', 'login']).where('login', 'in', logins).execute() : [];
  const unknown = logins.filter((l) => !users.some((u) => u.login === l));
  if (unknown.length) throw invalid(unknown.map((l) => ({ body: bodyId, form: '-', field: 'logins', value: l, message: `no user ${l}` })));
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('body_assessors').where('campaign_id', '=', campaignId).where('body_id', '=', bodyId).execute();
    if (users.length) await trx.insertInto('body_assessors').values(users.map((u) => ({ campaign_id: campaignId, body_id: bodyId, user_id: u.id, by_user_id: actor.id!, at: now }))).execute();
    await appendAudit(trx, { user: auditUser(actor), action: 'body.assessors', entity: 'body', id: bodyId, after: { campaignId, bodyId, logins: users.map((u) => u.login).sort() } });
  });
  return listAssessors(db, actor, campaignId, bodyId);
}

/**
 * The commission's decision from its votes: at least `quorum` members voted (were present); upheld when
 * more voted to uphold than to reject (a tie rejects: the results stand). Upheld needs the changed inputs;
 * the decision and the new snapshot are stored together or not at all.
 */
export async function decide(db: Kysely<Database>, actor: Actor, now: Date, campaignId: number, id: number, changes: ObjectionChange[]): Promise<{ objection: Objection; snapshot: SnapshotMeta | null }> {
  requireRole(actor, 'commission');
  const o = await readObjection(db, actor, campaignId, id);
  if (o.decision) throw refusal(409, 'conflict', W.decided!);
  refuseAfter(o.decideBy, now);
  const rules = objectionRules(o.edition);
  if (o.votes.length < rules.quorum)
    throw refusal(409, 'no_quorum', fill(W.noQuorum!, { n: rules.quorum, k: o.votes.length }), [{ body: o.bodyId, form: '-', field: 'votes', value: o.votes.length, message: `at least ${rules.quorum} members must vote (${rules.ref})` }]);
  const up = o.votes.filter((v) => v.vote === 'uphold').length;
  const down = o.votes.filter((v) => v.vote === 'reject').length;
  const decision = up > down ? 'upheld' : 'rejected';
  const edition = findEdition(o.edition);
  const issues: ApiIssue[] = [];
  changes.forEach((ch, i) => {
    if (isReadingChange(ch)) {
      const r = edition.readings.find((x) => x.id === ch.reading);
      if (!r) issues.push({ body: o.bodyId, form: '-', field: `changes.${i}.reading`, value: ch.reading, message: `${o.edition} has no reading ${ch.reading}` });
      else if (!r.options.some((x) => x.value === ch.value)) issues.push({ body: o.bodyId, form: '-', field: `changes.${i}.value`, value: ch.value, message: `expected one of ${r.options.map((x) => x.value).join(', ')}` });
    } else if (!scalarField(edition, ch.form, ch.field)) issues.push({ body: o.bodyId, form: ch.form, field: `changes.${i}.field`, value: `${ch.form}.${ch.field}`, message: `no such single-value field in ${o.edition}` });
  });
  if (decision === 'upheld' && !changes.length) issues.push({ body: o.bodyId, form: '-', field: 'changes', value: [], message: 'an upheld objection carries the changed inputs' });
  if (decision === 'rejected' && changes.length) issues.push({ body: o.bodyId, form: '-', field: 'changes', value: changes.length, message: `the votes reject the objection (${up} uphold, ${down} reject); nothing changes` });
  if (issues.length) throw invalid(issues);
  const votes = { uphold: up, reject: down, abstain: o.votes.length - up - down, members: o.votes.map((v) => v.login), quorum: rules.quorum };
  const store = async (trx: Transaction<Database>, snapshot: number | null) => {
    // one decision: a concurrent one waits for this row, then finds the decision and is refused
    await trx.selectFrom('objections').select('id').where('id', '=', id).forUpdate().execute();
    if (await trx.selectFrom('objection_decisions').select('objection_id').where('objection_id', '=', id).executeTakeFirst()) throw refusal(409, 'conflict', W.decided!);
    await trx.insertInto('objection_decisions').values({ objection_id: id, decision, votes: json(votes), changes: json(changes), snapshot, user_id: actor.id!, at: now }).execute();
    await appendAudit(trx, { user: auditUser(actor), action: 'objection.decide', entity: 'objection', id: String(id), after: { decision, votes, changes, snapshot } });
  };
  let snapshot: SnapshotMeta | null = null;
  if (decision === 'upheld') {
    const reason = { ...fill(W.upheldReason!, { id }), objectionId: id };
    snapshot = await computeCampaign(db, actor, campaignId, { reason, pending: { objectionId: id, bodyId: o.bodyId, edition: o.edition, changes }, inTransaction: (trx, number) => store(trx, number) });
  } else await db.transaction().execute((trx) => store(trx, null));
  return { objection: await readObjection(db, actor, campaignId, id), snapshot };
}

/** The disagreement table (2014 App 10 and its equivalents): one row per objection of the body. */
export async function disagreements(db: Kysely<Database>, actor: Actor, campaignId: number, bodyId: string, lang: Lang) {
  const c = await requireCampaign(db, campaignId);
  allow(actor, canSeeBody(actor, bodyId), 'not your body’s objections');
  const list = await loadObjections(db, campaignId, { bodyId });
  const rows: (DisagreementRow & { edition: string })[] = list.map((o) => ({
    id: o.id,
    edition: o.edition,
    node: o.node,
    nodeLabel: safeLabel(o.edition, o.node, lang),
    bodyPosition: o.text,
    assessorPosition: o.position?.text ?? null,
    decision: o.decision?.decision ?? null,
    filedOn: o.filedOn,
    attachments: o.attachments,
    votes: { uphold: o.votes.filter((v) => v.vote === 'uphold').length, reject: o.votes.filter((v) => v.vote === 'reject').length, abstain: o.votes.filter((v) => v.vote === 'abstain').length },
    snapshot: o.decision?.snapshot ?? null,
  }));
  const body = (await campaignBodies(db, campaignId)).find((b) => b.id === bodyId);
  const bodyName = body ? { kk: body.name_kk, ru: body.name_ru, en: body.name_en }[lang] : bodyId;
  const edition = rows[0]?.edition ?? c.editions[0]!;
  return { campaign: c, bodyName, rows, appendix: objectionRules(edition).tableAppendix };
}

function safeLabel(editionId: string, node: string, lang: Lang): string {
  try {
    return qualifiedLabel(findEdition(editionId), node, lang);
  } catch {
    return node;
  }
}

export async function disagreementDocument(db: Kysely<Database>, actor: Actor, campaignId: number, bodyId: string, lang: Lang, format: DocFormat): Promise<Buffer> {
  const { campaign, bodyName, rows } = await disagreements(db, actor, campaignId, bodyId, lang);
  const edition = findEdition(rows[0]?.edition ?? campaign.editions[0]!);
  return renderRecord(disagreementTableModel({ edition, bodyName, asOf: campaign.asOf, appendix: objectionRules(edition.id).tableAppendix, rows, synthetic: campaign.synthetic, lang }), format);
}

