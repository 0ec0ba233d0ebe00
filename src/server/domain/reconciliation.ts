// Re-verification (перепроверка): an evaluator of the assessing body (and direction) the schedule
// names records a reconciliation act for a body: each unreliable fact with its form field, the reported
// and the verified value and the supporting document. Every recording is a new version (append-only);
// the computation uses the latest (see workflow-rules.ts for how the facts reach the inputs).
import type { Kysely } from 'kysely';
import type { Lang } from '../../engine/types.js';
import { findEdition } from '../../methodologies/index.js';
import { reconciliationActModel, renderRecord } from '../../documents/records.js';
import type { DocFormat } from '../../documents/index.js';
import { appendAudit } from '../audit.js';
import { json } from '../db/open.js';
import type { Database } from '../db/types.js';
import { badField, forbidden, invalid, notFound, type ApiIssue } from '../errors.js';
import type { Actor } from '../auth/actor.js';
import { allow, canReview, isInsider } from '../auth/policy.js';
import { auditUser, campaignBodies, requireCampaign, scheduleOf } from './campaigns.js';
import { latestActs, type ActRow } from './workflow-load.js';
import { directionOfForm, RECONCILIATION, scalarField, type ReconciliationFact } from './workflow-rules.js';

export interface ActIn {
  edition: string;
  facts: Omit<ReconciliationFact, 'edition' | 'direction'>[];
  note?: string;
}

export async function recordAct(db: Kysely<Database>, actor: Actor, campaignId: number, bodyId: string, a: ActIn): Promise<ActRow> {
  const c = await requireCampaign(db, campaignId);
  if (!['administrator', 'evaluator'].includes(actor.role) || actor.id === null) allow(actor, false, 'reconciliation acts are recorded by the evaluators of the assessing body');
  if (!(await campaignBodies(db, campaignId)).some((b) => b.id === bodyId)) throw notFound(`body ${bodyId} in campaign ${campaignId}`);
  if (!c.editions.includes(a.edition)) throw badField('edition', a.edition, `not an edition of campaign ${campaignId}: ${c.editions.join(', ')}`);
  const rule = RECONCILIATION[a.edition];
  if (!rule) throw badField('edition', a.edition, 'this edition has no reconciliation act');
  const edition = findEdition(a.edition);
  const schedule = (await scheduleOf(db, campaignId)).filter((s) => s.edition_id === a.edition);
  const issues: ApiIssue[] = [];
  const facts: ReconciliationFact[] = a.facts.map((f, i) => {
    const where = (field: string, value: unknown, message: string) => issues.push({ body: bodyId, form: f.form, field: `facts.${i}.${field}`, value, message });
    const row = schedule.find((s) => s.form_id === f.form);
    if (!scalarField(edition, f.form, f.field)) {
      where('field', `${f.form}.${f.field}`, `no such single-value field in ${a.edition}`);
      return { ...f, edition: a.edition, direction: null };
    }
    const direction = rule.byDirection ? directionOfForm(f.form, row?.direction) : null;
    if (rule.byDirection && direction === null) where('form', f.form, 'cannot tell which direction this form belongs to; name it in the schedule');
    if (row && !canReview(actor, row)) throw forbidden(`form ${f.form} is reviewed by ${row.assessing_body}${row.direction ? ` (${row.direction})` : ''}, not by you`);
    if (!row && actor.role !== 'administrator') throw forbidden(`form ${f.form} is not in the schedule`);
    return { ...f, edition: a.edition, direction };
  });
  if (issues.length) throw invalid(issues);
  return db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom('reconciliation_acts')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('campaign_id', '=', campaignId)
      .where('body_id', '=', bodyId)
      .where('edition_id', '=', a.edition)
      .executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    const r = await trx
      .insertInto('reconciliation_acts')
      .values({ campaign_id: campaignId, body_id: bodyId, edition_id: a.edition, version, facts: json(facts), note: a.note ?? null, user_id: actor.id! })
      .returning(['id', 'at'])
      .executeTakeFirstOrThrow();
    await appendAudit(trx, { user: auditUser(actor), action: 'reconciliation.record', entity: 'reconciliation_act', id: String(r.id), after: { campaignId, bodyId, edition: a.edition, version, facts, note: a.note ?? null } });
    return { id: r.id, bodyId, edition: a.edition, version, facts, note: a.note ?? null, by: actor.login, at: new Date(r.at).toISOString() };
  });
}

/** Insiders, and the body's own officers (the act is signed by both sides). */
function canReadActs(actor: Actor, bodyId: string): boolean {
  return isInsider(actor) || (actor.role === 'body_officer' && actor.bodies.has(bodyId));
}

export async function readActs(db: Kysely<Database>, actor: Actor, campaignId: number, bodyId: string): Promise<ActRow[]> {
  await requireCampaign(db, campaignId);
  allow(actor, canReadActs(actor, bodyId), `reconciliation acts of ${bodyId} are not yours to read`);
  return latestActs(db, campaignId, bodyId);
}

export async function actDocument(db: Kysely<Database>, actor: Actor, campaignId: number, bodyId: string, editionId: string, lang: Lang, format: DocFormat): Promise<Buffer> {
  const c = await requireCampaign(db, campaignId);
  allow(actor, canReadActs(actor, bodyId), `reconciliation acts of ${bodyId} are not yours to read`);
  const act = (await latestActs(db, campaignId, bodyId)).find((a) => a.edition === editionId);
  if (!act) throw notFound(`reconciliation act of ${bodyId} under ${editionId}`);
  const rule = RECONCILIATION[editionId]!;
  const edition = findEdition(editionId);
  const body = (await campaignBodies(db, campaignId)).find((b) => b.id === bodyId);
  const name = body ? { kk: body.name_kk, ru: body.name_ru, en: body.name_en }[lang] : bodyId;
  const model = reconciliationActModel({
    edition,
    formId: rule.form,
    bodyName: name,
    asOf: c.asOf,
    actNo: `№ ${act.id}/${act.version}`,
    facts: act.facts.map((f) => ({ ...f, label: scalarField(edition, f.form, f.field)?.label })),
    recalculate: rule.recalculate,
    synthetic: c.synthetic,
    lang,
  });
  return renderRecord(model, format);
}
