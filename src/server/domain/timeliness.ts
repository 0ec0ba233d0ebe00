// Timeliness and completeness of submissions against the campaign's schedule, counted in
// Kazakhstan working days: for every body in scope and every scheduled form it fills, when it was
// first handed in, how many working days late, or that it is missing after its due date.
import type { Kysely } from 'kysely';
import { applies } from '../../engine/validate.js';
import { appendAudit } from '../audit.js';
import { kzDate } from '../calendar/kz.js';
import { loadCalendar } from '../calendar/load.js';
import { json } from '../db/open.js';
import type { Database } from '../db/types.js';
import type { Actor } from '../auth/actor.js';
import { allow, isInsider } from '../auth/policy.js';
import { auditUser, campaignBodies, requireCampaign, scheduleOf, tryEdition } from './campaigns.js';

export async function setCalendarYear(db: Kysely<Database>, actor: Actor, year: number, daysOff: string[], workingDays: string[]) {
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('calendar_years').selectAll().where('year', '=', year).executeTakeFirst();
    await trx
      .insertInto('calendar_years')
      .values({ year, days_off: json(daysOff), working_days: json(workingDays) })
      .onConflict((oc) => oc.column('year').doUpdateSet({ days_off: json(daysOff), working_days: json(workingDays) }))
      .execute();
    await appendAudit(trx, { user: auditUser(actor), action: 'calendar.set', entity: 'calendar', id: String(year), before: before ?? null, after: { year, daysOff, workingDays } });
  });
  return { year, daysOff, workingDays };
}

export type TimelinessState = 'on_time' | 'late' | 'missing' | 'pending';

export interface TimelinessRow {
  bodyId: string;
  edition: string;
  form: string;
  due: string;
  submittedOn: string | null;
  workingDaysLate: number;
  state: TimelinessState;
}

export async function timeliness(db: Kysely<Database>, campaignId: number, today = kzDate(new Date())): Promise<TimelinessRow[]> {
  await requireCampaign(db, campaignId);
  const cal = await loadCalendar(db);
  const bodies = await campaignBodies(db, campaignId);
  const schedule = (await scheduleOf(db, campaignId)).filter((s) => s.submitter === 'body');
  const firsts = await db
    .selectFrom('submission_versions as v')
    .innerJoin('submissions as s', 's.id', 'v.submission_id')
    .select(['s.body_id', 's.edition_id', 's.form_id', (eb) => eb.fn.min('v.at').as('first')])
    .where('s.campaign_id', '=', campaignId)
    .where('v.status', '=', 'submitted')
    .groupBy(['s.body_id', 's.edition_id', 's.form_id'])
    .execute();
  const first = new Map(firsts.map((f) => [`${f.body_id}/${f.edition_id}/${f.form_id}`, f.first ? kzDate(new Date(f.first as Date)) : null]));
  const out: TimelinessRow[] = [];
  for (const b of bodies) {
    if (b.liquidated_on) continue;
    for (const s of schedule) {
      const form = tryEdition(s.edition_id)?.forms.find((f) => f.id === s.form_id);
      if (!form || !applies(form.appliesTo, b.kind)) continue;
      const on = first.get(`${b.id}/${s.edition_id}/${s.form_id}`) ?? null;
      const late = on ? cal.workingDaysLate(s.due_on, on) : today > s.due_on ? cal.workingDaysLate(s.due_on, today) : 0;
      const state: TimelinessState = on ? (late > 0 ? 'late' : 'on_time') : today > s.due_on ? 'missing' : 'pending';
      out.push({ bodyId: b.id, edition: s.edition_id, form: s.form_id, due: s.due_on, submittedOn: on, workingDaysLate: late, state });
    }
  }
  return out;
}

export async function timelinessFor(db: Kysely<Database>, actor: Actor, campaignId: number, today?: string): Promise<TimelinessRow[]> {
  allow(actor, isInsider(actor) || actor.role === 'body_officer', 'timeliness is for the assessing side and the bodies themselves');
  const rows = await timeliness(db, campaignId, today);
  return isInsider(actor) ? rows : rows.filter((r) => actor.bodies.has(r.bodyId));
}
