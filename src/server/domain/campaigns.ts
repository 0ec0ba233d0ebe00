// Campaigns: reporting period, editions in scope, bodies in scope and the schedule of forms.
import type { Kysely, Transaction } from 'kysely';
import { editions as registered, findEdition } from '../../methodologies/index.js';
import type { EditionDecl } from '../../engine/types.js';
import { appendAudit } from '../audit.js';
import { json } from '../db/open.js';
import type { Database } from '../db/types.js';
import { badField, invalid, notFound, refusal, type ApiIssue } from '../errors.js';
import { kzDate } from '../calendar/kz.js';
import type { Actor } from '../auth/actor.js';
import { Lru, perDatabase, SHORT_TTL_MS } from '../cache.js';
import { loadCalendar } from '../calendar/load.js';

/** Campaign rows as read by the results routes, for a few seconds (dropped here on release/publish). */
export const campaignCache = perDatabase(() => new Lru<number, CampaignRow>(1000, SHORT_TTL_MS));

export interface ScheduleInput {
  edition: string;
  form: string;
  submitter: string;
  assessingBody: string;
  direction?: string | null;
  due: string;
}

export interface CampaignCreate {
  code: string;
  title: { kk: string; ru: string; en: string };
  periodFrom: string;
  periodTo: string;
  asOf?: string;
  /** Default: the registered editions in force on asOf. */
  editions?: string[];
  readings?: Record<string, string>;
  synthetic?: boolean;
  bodies: string[];
  /** Default: every form of every edition, submitted by the body itself, due `dueWorkingDays` after the period. */
  schedule?: ScheduleInput[];
  defaultAssessingBody?: string;
  /** Working days after the period's end for the default schedule (default 15). */
  dueWorkingDays?: number;
}

export interface CampaignRow {
  id: number;
  code: string;
  title: { kk: string; ru: string; en: string };
  periodFrom: string;
  periodTo: string;
  asOf: string;
  editions: string[];
  readings: Record<string, string>;
  synthetic: boolean;
  releasedSnapshot: number | null;
  publishedSnapshot: number | null;
}

/** The editions whose effective period contains the date. */
export function editionsInForce(date: string): EditionDecl[] {
  return registered.filter((e) => e.effective.from <= date && (!e.effective.to || date <= e.effective.to) && !e.id.includes('risk'));
}

export function tryEdition(id: string): EditionDecl | undefined {
  try {
    return findEdition(id);
  } catch {
    return undefined;
  }
}


export async function createCampaign(db: Kysely<Database>, actor: Actor, c: CampaignCreate): Promise<CampaignRow> {
  const asOf = c.asOf ?? c.periodTo;
  const issues: ApiIssue[] = [];
  const push = (field: string, value: unknown, message: string) => issues.push({ body: '-', form: '-', field, value, message });
  if (c.periodFrom > c.periodTo) push('periodTo', c.periodTo, `is before periodFrom ${c.periodFrom}`);
  const editionIds = c.editions ?? editionsInForce(asOf).map((e) => e.id);
  if (!editionIds.length) push('editions', c.editions ?? null, `no registered edition is in force on ${asOf}; name the editions`);
  const eds: EditionDecl[] = [];
  editionIds.forEach((id, i) => {
    const e = tryEdition(id);
    if (!e) push(`editions.${i}`, id, 'unknown edition');
    else eds.push(e);
  });
  for (const [rid, v] of Object.entries(c.readings ?? {})) {
    const r = eds.flatMap((e) => e.readings).find((x) => x.id === rid);
    if (!r) push(`readings.${rid}`, v, 'no edition of the campaign has this reading');
    else if (!r.options.some((o) => o.value === v)) push(`readings.${rid}`, v, `expected one of ${r.options.map((o) => o.value).join(', ')}`);
  }
  if (new Set(c.bodies).size !== c.bodies.length) push('bodies', c.bodies.find((b, i) => c.bodies.indexOf(b) !== i), 'duplicate body');
  const known = c.bodies.length
    ? new Set((await db.selectFrom('bodies').select('id').where('id', 'in', c.bodies).execute()).map((b) => b.id))
    : new Set<string>();
  c.bodies.forEach((b, i) => {
    if (!known.has(b)) push(`bodies.${i}`, b, 'unknown body code');
  });
  const assessing = c.defaultAssessingBody ?? 'ACSA';
  const due = (await loadCalendar(db)).addWorkingDays(c.periodTo, c.dueWorkingDays ?? 15);
  const schedule: ScheduleInput[] =
    c.schedule ??
    eds.flatMap((e) => e.forms.map((f) => ({ edition: e.id, form: f.id, submitter: 'body', assessingBody: assessing, direction: directionOf(f.id), due })));
  const sched = new Set<string>();
  const refBodies = new Set(schedule.flatMap((s) => [s.assessingBody, ...(s.submitter === 'body' ? [] : [s.submitter])]));
  const knownRef = refBodies.size
    ? new Set((await db.selectFrom('bodies').select('id').where('id', 'in', [...refBodies]).execute()).map((b) => b.id))
    : new Set<string>();
  schedule.forEach((s, i) => {
    const e = eds.find((x) => x.id === s.edition);
    if (!e) push(`schedule.${i}.edition`, s.edition, 'not an edition of this campaign');
    else if (!e.forms.some((f) => f.id === s.form)) push(`schedule.${i}.form`, s.form, `unknown form; ${e.id} has: ${e.forms.map((f) => f.id).join(', ')}`);
    if (sched.has(`${s.edition}/${s.form}`)) push(`schedule.${i}.form`, s.form, 'scheduled twice');
    sched.add(`${s.edition}/${s.form}`);
    if (!knownRef.has(s.assessingBody)) push(`schedule.${i}.assessingBody`, s.assessingBody, 'unknown body code');
    if (s.submitter !== 'body' && !knownRef.has(s.submitter)) push(`schedule.${i}.submitter`, s.submitter, 'expected "body" or a known body code');
  });
  if (issues.length) throw invalid(issues);

  return db.transaction().execute(async (trx) => {
    const dup = await trx.selectFrom('campaigns').select('id').where('code', '=', c.code).executeTakeFirst();
    if (dup) throw badField('code', c.code, 'a campaign with this code exists');
    const row = await trx
      .insertInto('campaigns')
      .values({
        code: c.code,
        title_kk: c.title.kk,
        title_ru: c.title.ru,
        title_en: c.title.en,
        period_from: c.periodFrom,
        period_to: c.periodTo,
        as_of: asOf,
        editions: json(editionIds),
        readings: json(c.readings ?? {}),
        synthetic: c.synthetic ?? false,
        released_snapshot: null,
        published_snapshot: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (c.bodies.length) await trx.insertInto('campaign_bodies').values(c.bodies.map((b) => ({ campaign_id: row.id, body_id: b }))).execute();
    if (schedule.length)
      await trx
        .insertInto('schedule')
        .values(
          schedule.map((s) => ({
            campaign_id: row.id,
            edition_id: s.edition,
            form_id: s.form,
            submitter: s.submitter,
            assessing_body: s.assessingBody,
            direction: s.direction ?? null,
            due_on: s.due,
          })),
        )
        .execute();
    await appendAudit(trx, { user: auditUser(actor), action: 'campaign.create', entity: 'campaign', id: String(row.id), after: { ...c, asOf, editions: editionIds, schedule } });
    return (await loadCampaign(trx, row.id))!;
  });
}

/** A form named after its direction ("D1.deadlines") belongs to it; others get none (set the schedule to say). */
const directionOf = (formId: string): string | null => /^(D\d+)\./.exec(formId)?.[1] ?? null;

export const auditUser = (a: Actor) => (a.id === null ? null : { id: a.id, login: a.login });

type Db = Kysely<Database> | Transaction<Database>;

export async function loadCampaign(db: Db, id: number): Promise<CampaignRow | undefined> {
  const r = await db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    code: r.code,
    title: { kk: r.title_kk, ru: r.title_ru, en: r.title_en },
    periodFrom: r.period_from,
    periodTo: r.period_to,
    asOf: r.as_of,
    editions: r.editions as string[],
    readings: r.readings as Record<string, string>,
    synthetic: r.synthetic,
    releasedSnapshot: r.released_snapshot,
    publishedSnapshot: r.published_snapshot,
  };
}

export async function requireCampaign(db: Db, id: number): Promise<CampaignRow> {
  const c = await loadCampaign(db, id);
  if (!c) throw notFound(`campaign ${id}`);
  return c;
}

export async function listCampaigns(db: Db): Promise<CampaignRow[]> {
  const ids = await db.selectFrom('campaigns').select('id').orderBy('id').execute();
  return (await Promise.all(ids.map((r) => loadCampaign(db, r.id)))).filter((c): c is CampaignRow => !!c);
}

export async function scheduleOf(db: Db, campaignId: number) {
  return db.selectFrom('schedule').selectAll().where('campaign_id', '=', campaignId).orderBy('edition_id').orderBy('form_id').execute();
}

export async function campaignBodies(db: Db, campaignId: number) {
  return db
    .selectFrom('campaign_bodies')
    .innerJoin('bodies', 'bodies.id', 'campaign_bodies.body_id')
    .select(['bodies.id', 'bodies.kind', 'bodies.name_kk', 'bodies.name_ru', 'bodies.name_en', 'bodies.liquidated_on', 'bodies.reorganised_on'])
    .where('campaign_bodies.campaign_id', '=', campaignId)
    .orderBy('bodies.id')
    .execute();
}

/** Release a snapshot to the assessed bodies (each sees its own), or publish it to everyone. */
export async function setVisibility(db: Kysely<Database>, actor: Actor, campaignId: number, n: number, what: 'release' | 'publish', at: Date = new Date()): Promise<CampaignRow> {
  return db.transaction().execute(async (trx) => {
    const c = await requireCampaign(trx, campaignId);
    const s = await trx.selectFrom('snapshots').select('number').where('campaign_id', '=', campaignId).where('number', '=', n).executeTakeFirst();
    if (!s) throw notFound(`snapshot ${n} of campaign ${campaignId}`);
    if (what === 'publish') {
      // final results come after the commission's decisions (an undecided objection past its window lapses)
      const pending = await trx
        .selectFrom('objections')
        .leftJoin('objection_decisions as d', 'd.objection_id', 'objections.id')
        .select('objections.id')
        .where('objections.campaign_id', '=', campaignId)
        .where('d.objection_id', 'is', null)
        .where('objections.decide_by', '>=', kzDate(at))
        .orderBy('objections.id')
        .execute();
      if (pending.length) {
        const ids = pending.map((p) => `#${p.id}`).join(', ');
        throw refusal(409, 'objections_pending', {
          kk: `Қарсылықтар бойынша комиссия шешімі әлі жоқ: ${ids}`,
          ru: `Комиссия ещё не решила по возражениям: ${ids}`,
          en: `The commission has not decided objections ${ids} yet`,
        });
      }
    }
    const col = what === 'release' ? 'released_snapshot' : 'published_snapshot';
    const before = what === 'release' ? c.releasedSnapshot : c.publishedSnapshot;
    // Publishing implies releasing: a body must never see less about itself than the public does.
    const set = what === 'publish' ? { published_snapshot: n, released_snapshot: n } : { [col]: n };
    await trx.updateTable('campaigns').set(set).where('id', '=', campaignId).execute();
    // when: the objection window runs from the release (publishing releases too)
    await trx.insertInto('snapshot_events').values({ campaign_id: campaignId, number: n, what, user_id: actor.id, at }).execute();
    campaignCache(db).delete(campaignId);
    await appendAudit(trx, { user: auditUser(actor), action: `snapshot.${what}`, entity: 'campaign', id: String(campaignId), before: { [col]: before }, after: set });
    return (await loadCampaign(trx, campaignId))!;
  }).finally(() => campaignCache(db).delete(campaignId));
}
