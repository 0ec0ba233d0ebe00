// The working-day calendar (yearly transfers, administrator) and the campaign's timeliness report.
import { z } from 'zod';
import type { ZApp, Deps } from '../app.js';
import { requireRole } from '../auth/policy.js';
import { daysOff, kzDate, publicHolidays } from '../calendar/kz.js';
import { statusXlsx } from '../domain/documents.js';
import { loadCalendar } from '../calendar/load.js';
import { setCalendarYear, timelinessFor } from '../domain/timeliness.js';
import { invalid } from '../errors.js';
import { campaignParams, isoDate } from './schemas.js';

const year = z.object({ year: z.coerce.number().int().min(1991).max(2200) });

export function calendarRoutes(app: ZApp, { db, now }: Deps): void {
  app.get('/api/calendar/:year', { schema: { tags: ['calendar'], summary: 'Public holidays and days off of a year', params: year } }, async (req) => {
    const y = req.params.year;
    const row = await db.selectFrom('calendar_years').selectAll().where('year', '=', y).executeTakeFirst();
    const cal = await loadCalendar(db);
    return {
      year: y,
      holidays: publicHolidays(y),
      daysOff: [...daysOff(y, { [y]: { daysOff: (row?.days_off as string[]) ?? [] } })].sort(),
      workingDays: (row?.working_days as string[]) ?? [],
      // the stored transfers alone (daysOff above also has the holidays and their carry-overs), for editing
      transferredDaysOff: (row?.days_off as string[]) ?? [],
      workingDaysCount: Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(y, 0, 1 + i)).toISOString().slice(0, 10)).filter((d) => d.startsWith(String(y)) && cal.isWorkingDay(d)).length,
    };
  });
  app.put(
    '/api/calendar/:year',
    {
      schema: {
        tags: ['calendar'],
        summary: "Set a year's transfers: extra days off and weekend days worked (administrator)",
        params: year,
        body: z.object({ daysOff: z.array(isoDate).max(60), workingDays: z.array(isoDate).max(60) }).strict(),
      },
    },
    async (req) => {
      requireRole(req.actor, 'administrator');
      const y = String(req.params.year);
      const wrong = [...req.body.daysOff.map((d, i) => ['daysOff', i, d] as const), ...req.body.workingDays.map((d, i) => ['workingDays', i, d] as const)].filter(([, , d]) => !d.startsWith(y));
      if (wrong.length) throw invalid(wrong.map(([f, i, d]) => ({ body: '-', form: '-', field: `${f}.${i}`, value: d, message: `not in ${y}` })));
      return setCalendarYear(db, req.actor, req.params.year, req.body.daysOff, req.body.workingDays);
    },
  );
  app.get('/api/campaigns/:campaignId/timeliness', { schema: { tags: ['submissions'], summary: 'Timeliness and completeness of every scheduled form, in working days', params: campaignParams } }, async (req) =>
    timelinessFor(db, req.actor, req.params.campaignId, kzDate(now())),
  );
  app.get(
    '/api/campaigns/:campaignId/status.xlsx',
    { schema: { tags: ['submissions'], summary: 'The dashboard as Excel: every body × scheduled form with status, due date and working days late (insiders; officers their own body)', params: campaignParams, querystring: z.object({ lang: z.enum(['kk', 'ru', 'en']).default('ru') }) } },
    async (req, reply) => {
      const today = kzDate(now());
      const buf = await statusXlsx(db, req.actor, req.params.campaignId, req.query.lang, today);
      return reply
        .headers({ 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': `attachment; filename="status-${req.params.campaignId}-${today}-${req.query.lang}.xlsx"` })
        .send(buf);
    },
  );
}
