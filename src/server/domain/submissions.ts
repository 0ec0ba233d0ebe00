// Submissions: one per (campaign, body, edition, form), every change a new numbered version.
//   (none) → draft → submitted → accepted
//                        ↘ returned → draft/submitted → …
// The form's data is validated by the engine's declarations of the edition (validateBody) on every
// save; submitting also requires every required field. Each change is one transaction: the
// submission, its new version and the audit entry commit together or not at all.
import type { Kysely, Transaction } from 'kysely';
import { InputError, missingRequired, validateBody } from '../../engine/validate.js';
import type { EditionDecl } from '../../engine/types.js';
import { appendAudit } from '../audit.js';
import { json } from '../db/open.js';
import type { Database } from '../db/types.js';
import { conflict, fromInputIssues, invalid, notFound } from '../errors.js';
import type { Actor } from '../auth/actor.js';
import { allow, canReadSubmission, canReview, canWriteSubmission } from '../auth/policy.js';
import { auditUser, requireCampaign, tryEdition } from './campaigns.js';
import { guardForm } from './form-guards.js';

export type Status = 'draft' | 'submitted' | 'returned' | 'accepted';

export interface SubmissionKey {
  campaignId: number;
  bodyId: string;
  editionId: string;
  formId: string;
}

export interface SubmissionView {
  id: number;
  campaignId: number;
  bodyId: string;
  editionId: string;
  formId: string;
  status: Status;
  version: number;
  updatedAt: string;
  data: unknown;
  /** The latest VERSIONS_SHOWN versions (all of them are kept; the audit log has each one's data). */
  versions: { version: number; status: string; user: string; at: string; note: string | null }[];
  versionsShown: number;
}

export const VERSIONS_SHOWN = 100;

type Db = Kysely<Database> | Transaction<Database>;

interface Context {
  edition: EditionDecl;
  body: { id: string; kind: string; liquidated_on: string | null };
  schedule: { submitter: string; assessing_body: string; direction: string | null; due_on: string } | undefined;
}

/** Everything a submission route needs to check, or a field-level refusal naming what is unknown. */
async function context(db: Db, k: SubmissionKey): Promise<Context> {
  const c = await requireCampaign(db, k.campaignId);
  const where = { body: k.bodyId, form: k.formId };
  if (!c.editions.includes(k.editionId)) throw invalid([{ ...where, field: 'edition', value: k.editionId, message: `not an edition of campaign ${c.id}; its editions: ${c.editions.join(', ')}` }]);
  const edition = tryEdition(k.editionId);
  if (!edition) throw invalid([{ ...where, field: 'edition', value: k.editionId, message: 'unknown edition' }]);
  if (!edition.forms.some((f) => f.id === k.formId))
    throw invalid([{ ...where, field: 'form', value: k.formId, message: `unknown form; ${edition.id} has: ${edition.forms.map((f) => f.id).join(', ')}` }]);
  const body = await db
    .selectFrom('campaign_bodies')
    .innerJoin('bodies', 'bodies.id', 'campaign_bodies.body_id')
    .select(['bodies.id', 'bodies.kind', 'bodies.liquidated_on'])
    .where('campaign_bodies.campaign_id', '=', k.campaignId)
    .where('bodies.id', '=', k.bodyId)
    .executeTakeFirst();
  if (!body) throw invalid([{ ...where, field: 'body', value: k.bodyId, message: `not a body in scope of campaign ${c.id}` }]);
  const schedule = await db
    .selectFrom('schedule')
    .select(['submitter', 'assessing_body', 'direction', 'due_on'])
    .where('campaign_id', '=', k.campaignId)
    .where('edition_id', '=', k.editionId)
    .where('form_id', '=', k.formId)
    .executeTakeFirst();
  return { edition, body, schedule };
}

function validateForm(ctx: Context, k: SubmissionKey, data: unknown, complete: boolean): void {
  const input = { id: k.bodyId, name: k.bodyId, kind: ctx.body.kind, forms: { [k.formId]: data as Record<string, unknown> } };
  try {
    validateBody(ctx.edition, input);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    // A draft may be incomplete: missing required fields are refused only when handing it in.
    const issues = complete ? e.issues : e.issues.filter((i) => !(i.value === undefined || i.value === null) || i.message !== 'required field is missing');
    if (issues.length) throw invalid(fromInputIssues(issues));
  }
  const guarded = guardForm(ctx.edition.forms.find((f) => f.id === k.formId)!, k.bodyId, data as Record<string, unknown>);
  if (guarded.length) throw invalid(guarded);
  if (complete) {
    const missing = missingRequired(ctx.edition, input).filter((i) => i.form === k.formId);
    if (missing.length) throw invalid(fromInputIssues(missing), 'Required fields are missing; the form cannot be submitted');
  }
}

async function lockSubmission(trx: Transaction<Database>, k: SubmissionKey) {
  return trx
    .selectFrom('submissions')
    .selectAll()
    .where('campaign_id', '=', k.campaignId)
    .where('body_id', '=', k.bodyId)
    .where('edition_id', '=', k.editionId)
    .where('form_id', '=', k.formId)
    .forUpdate()
    .executeTakeFirst();
}

async function latestData(trx: Db, submissionId: number, version: number): Promise<unknown> {
  const v = await trx.selectFrom('submission_versions').select('data').where('submission_id', '=', submissionId).where('version', '=', version).executeTakeFirst();
  return v?.data ?? {};
}

async function addVersion(trx: Transaction<Database>, id: number, version: number, status: Status, data: unknown, actor: Actor, note: string | null) {
  const at = new Date();
  await trx.updateTable('submissions').set({ status, version, updated_at: at }).where('id', '=', id).execute();
  await trx.insertInto('submission_versions').values({ submission_id: id, version, status, data: json(data), note, user_id: actor.id!, at }).execute();
}

/** Refuse early (before reading an upload) when the actor may not fill in this form for this body. */
export async function authorizeWrite(db: Kysely<Database>, actor: Actor, k: SubmissionKey): Promise<void> {
  const ctx = await context(db, k);
  allow(actor, canWriteSubmission(actor, k.bodyId, ctx.schedule), `you cannot fill in form ${k.formId} for body ${k.bodyId}`);
}

/** Save (a new draft version) and, with `submit`, hand it in. */
export async function saveSubmission(db: Kysely<Database>, actor: Actor, k: SubmissionKey, data: unknown, submit: boolean): Promise<SubmissionView> {
  const ctx = await context(db, k);
  allow(actor, canWriteSubmission(actor, k.bodyId, ctx.schedule), `you cannot fill in form ${k.formId} for body ${k.bodyId}`);
  if (ctx.body.liquidated_on) throw invalid([{ body: k.bodyId, form: k.formId, field: 'body', value: ctx.body.liquidated_on, message: 'the body is liquidated; it submits nothing' }]);
  validateForm(ctx, k, data, submit);
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('submissions')
      .values({ campaign_id: k.campaignId, body_id: k.bodyId, edition_id: k.editionId, form_id: k.formId, status: 'draft', version: 0, updated_at: new Date() })
      .onConflict((oc) => oc.columns(['campaign_id', 'body_id', 'edition_id', 'form_id']).doNothing())
      .execute();
    const s = (await lockSubmission(trx, k))!;
    if (s.status === 'submitted' || s.status === 'accepted') throw conflict(`the form is ${s.status}; it can be changed only after it is returned`);
    const before = s.version ? await latestData(trx, s.id, s.version) : null;
    const status: Status = submit ? 'submitted' : 'draft';
    await addVersion(trx, s.id, s.version + 1, status, data, actor, null);
    const view = (await loadView(trx, s.id))!;
    // Last: the audit append takes the chain's lock, held until commit.
    await appendAudit(trx, { user: auditUser(actor), action: `submission.${submit ? 'submit' : 'save'}`, entity: 'submission', id: `${k.campaignId}/${k.bodyId}/${k.editionId}/${k.formId}`, before: before && { status: s.status, version: s.version, data: before }, after: { status, version: s.version + 1, data } });
    return view;
  });
}

/** Hand in the current draft (or returned version) unchanged. */
export async function submitCurrent(db: Kysely<Database>, actor: Actor, k: SubmissionKey): Promise<SubmissionView> {
  const ctx = await context(db, k);
  allow(actor, canWriteSubmission(actor, k.bodyId, ctx.schedule), `you cannot submit form ${k.formId} for body ${k.bodyId}`);
  const s = await db.selectFrom('submissions').select(['id', 'version']).where('campaign_id', '=', k.campaignId).where('body_id', '=', k.bodyId).where('edition_id', '=', k.editionId).where('form_id', '=', k.formId).executeTakeFirst();
  if (!s) throw notFound('submission');
  return saveSubmission(db, actor, k, await latestData(db, s.id, s.version), true);
}

/** An evaluator returns a submitted form for correction, or accepts it. */
export async function reviewSubmission(db: Kysely<Database>, actor: Actor, k: SubmissionKey, decision: 'return' | 'accept', note: string | null): Promise<SubmissionView> {
  const ctx = await context(db, k);
  allow(actor, canReview(actor, ctx.schedule), `you do not assess form ${k.formId}`);
  if (decision === 'return' && !note?.trim()) throw invalid([{ body: k.bodyId, form: k.formId, field: 'note', value: note, message: 'say what to correct' }]);
  return db.transaction().execute(async (trx) => {
    const s = await lockSubmission(trx, k);
    if (!s) throw notFound('submission');
    if (s.status !== 'submitted') throw conflict(`only a submitted form can be ${decision === 'return' ? 'returned' : 'accepted'}; it is ${s.status}`);
    const data = await latestData(trx, s.id, s.version);
    const status: Status = decision === 'return' ? 'returned' : 'accepted';
    await addVersion(trx, s.id, s.version + 1, status, data, actor, note);
    const view = (await loadView(trx, s.id))!;
    await appendAudit(trx, { user: auditUser(actor), action: `submission.${decision}`, entity: 'submission', id: `${k.campaignId}/${k.bodyId}/${k.editionId}/${k.formId}`, before: { status: s.status, version: s.version }, after: { status, version: s.version + 1, note } });
    return view;
  });
}

export async function readSubmission(db: Db, actor: Actor, k: SubmissionKey): Promise<SubmissionView> {
  const ctx = await context(db, k);
  allow(actor, canReadSubmission(actor, k.bodyId, ctx.schedule), `you cannot read body ${k.bodyId}'s forms`);
  const s = await db.selectFrom('submissions').select('id').where('campaign_id', '=', k.campaignId).where('body_id', '=', k.bodyId).where('edition_id', '=', k.editionId).where('form_id', '=', k.formId).executeTakeFirst();
  const view = s && (await loadView(db, s.id));
  if (!view) throw notFound(`submission of form ${k.formId} by body ${k.bodyId}`);
  return view;
}

/** A submission with its versions; inside a change's transaction, it shows exactly what the change wrote. */
async function loadView(db: Db, id: number): Promise<SubmissionView | undefined> {
  const s = await db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!s || s.version === 0) return undefined;
  const versions = await db
    .selectFrom('submission_versions')
    .innerJoin('users', 'users.id', 'submission_versions.user_id')
    .select(['version', 'status', 'users.login', 'at', 'note'])
    .where('submission_id', '=', s.id)
    .orderBy('version', 'desc')
    .limit(VERSIONS_SHOWN)
    .execute();
  versions.reverse();
  return {
    id: s.id,
    campaignId: s.campaign_id,
    bodyId: s.body_id,
    editionId: s.edition_id,
    formId: s.form_id,
    status: s.status as Status,
    version: s.version,
    updatedAt: new Date(s.updated_at).toISOString(),
    data: await latestData(db, s.id, s.version),
    versionsShown: versions.length,
    versions: versions.map((v) => ({ version: v.version, status: v.status, user: v.login, at: new Date(v.at).toISOString(), note: v.note })),
  };
}

/** The submissions of a campaign the actor may see (status only, no data). */
export async function listSubmissions(db: Db, actor: Actor, campaignId: number) {
  await requireCampaign(db, campaignId);
  const rows = await db
    .selectFrom('submissions')
    .leftJoin('schedule', (j) =>
      j.onRef('schedule.campaign_id', '=', 'submissions.campaign_id').onRef('schedule.edition_id', '=', 'submissions.edition_id').onRef('schedule.form_id', '=', 'submissions.form_id'),
    )
    .select(['submissions.id', 'submissions.body_id', 'submissions.edition_id', 'submissions.form_id', 'submissions.status', 'submissions.version', 'submissions.updated_at', 'schedule.submitter', 'schedule.assessing_body', 'schedule.direction', 'schedule.due_on'])
    .where('submissions.campaign_id', '=', campaignId)
    .where('submissions.version', '>', 0)
    .orderBy('submissions.body_id').orderBy('submissions.form_id')
    .execute();
  return rows
    .filter((r) => canReadSubmission(actor, r.body_id, r.submitter === null ? undefined : { submitter: r.submitter, assessing_body: r.assessing_body!, direction: r.direction }))
    .map((r) => ({ id: r.id, bodyId: r.body_id, editionId: r.edition_id, formId: r.form_id, status: r.status, version: r.version, updatedAt: new Date(r.updated_at).toISOString(), due: r.due_on }));
}

