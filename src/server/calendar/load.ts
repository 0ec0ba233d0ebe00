// The calendar with the yearly transfers an administrator configured.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/types.js';
import { WorkingCalendar, type CalendarConfig } from './kz.js';

export async function loadCalendar(db: Kysely<Database> | Transaction<Database>): Promise<WorkingCalendar> {
  const rows = await db.selectFrom('calendar_years').selectAll().execute();
  const config: CalendarConfig = {};
  for (const r of rows) config[r.year] = { daysOff: r.days_off as string[], workingDays: r.working_days as string[] };
  return new WorkingCalendar(config);
}
