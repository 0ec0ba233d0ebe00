// Campaigns: list, create (administrator), one campaign with its bodies and schedule.
import { z } from 'zod';
import type { ZApp, Deps } from '../app.js';
import { requireRole } from '../auth/policy.js';
import { campaignBodies, createCampaign, listCampaigns, requireCampaign, scheduleOf } from '../domain/campaigns.js';
import { campaignParams, code, isoDate, text, trilingual } from './schemas.js';

const campaign = z.object({
  code,
  title: trilingual,
  periodFrom: isoDate,
  periodTo: isoDate,
  asOf: isoDate.optional(),
  editions: z.array(z.string().max(100)).max(10).optional(),
  readings: z.record(z.string().max(40), z.string().max(40)).optional(),
  synthetic: z.boolean().optional(),
  bodies: z.array(code).max(2000),
  defaultAssessingBody: code.optional(),
  dueWorkingDays: z.number().int().min(1).max(120).optional(),
  schedule: z
    .array(z.object({ edition: z.string().max(100), form: z.string().max(40), submitter: code, assessingBody: code, direction: text(40).nullable().optional(), due: isoDate }))
    .max(500)
    .optional(),
});

export function campaignRoutes(app: ZApp, { db }: Deps): void {
  app.get('/api/campaigns', { schema: { tags: ['campaigns'], summary: 'Campaigns' } }, async () => listCampaigns(db));
  app.post('/api/campaigns', { schema: { tags: ['campaigns'], summary: 'Create a campaign (administrator)', body: campaign } }, async (req, reply) => {
    requireRole(req.actor, 'administrator');
    reply.code(201);
    return createCampaign(db, req.actor, req.body);
  });
  app.get('/api/campaigns/:campaignId', { schema: { tags: ['campaigns'], summary: 'A campaign with its bodies and schedule', params: campaignParams } }, async (req) => {
    const c = await requireCampaign(db, req.params.campaignId);
    const bodies = (await campaignBodies(db, c.id)).map((b) => ({ id: b.id, kind: b.kind, name: { kk: b.name_kk, ru: b.name_ru, en: b.name_en }, liquidatedOn: b.liquidated_on }));
    const schedule = (await scheduleOf(db, c.id)).map((s) => ({ edition: s.edition_id, form: s.form_id, submitter: s.submitter, assessingBody: s.assessing_body, direction: s.direction, due: s.due_on }));
    return { ...c, bodies, schedule };
  });
}
