// After the computation: reconciliation acts (re-verification), objections to released results, the
// assessing body's position, the special commission's votes and decisions, the disagreement table, and
// the schedule's dated items (the 2023 wording of p.114 takes the commission's dates from them).
import { z } from 'zod';
import type { ZApp, Deps } from '../app.js';
import { CONTENT_TYPES } from '../../documents/index.js';
import { requireRole } from '../auth/policy.js';
import { appendAudit } from '../audit.js';
import { requireCampaign, auditUser } from '../domain/campaigns.js';
import { actDocument, readActs, recordAct } from '../domain/reconciliation.js';
import { decide, disagreementDocument, disagreements, fileObjection, listAssessors, listNotices, listObjections, notifyNoDisagreement, readObjection, setAssessors, statePosition, vote } from '../domain/objections.js';
import { disagreementCells, disagreementColumns } from '../../documents/records.js';
import { campaignParams, code, isoDate, text } from './schemas.js';

const bodyParams = campaignParams.extend({ bodyId: code });
const objParams = campaignParams.extend({ objectionId: z.coerce.number().int().positive() });
const scalar = z.union([z.number(), z.boolean(), text(500)]);
const lang = z.enum(['kk', 'ru', 'en']).default('kk');
const docFormat = z.enum(['docx', 'pdf', 'txt']).default('docx');
const fact = z.object({ form: z.string().max(40), field: z.string().max(80), reported: scalar.nullable(), verified: scalar.nullable(), document: text(300) }).strict();
const change = z.union([z.object({ form: z.string().max(40), field: z.string().max(80), value: scalar }).strict(), z.object({ reading: z.string().max(40), value: z.string().max(40) }).strict()]);

const attachment = (name: string, format: keyof typeof CONTENT_TYPES) => ({
  'content-type': CONTENT_TYPES[format],
  'content-disposition': `attachment; filename="${name}.${format}"`,
});

export function workflowRoutes(app: ZApp, { db, now }: Deps): void {
  app.post(
    '/api/campaigns/:campaignId/bodies/:bodyId/reconciliation-acts',
    {
      schema: {
        tags: ['workflow'],
        summary: 'Record a reconciliation act: the unreliable facts found on re-verification (evaluator of the assessing body and direction, administrator)',
        params: bodyParams,
        body: z.object({ edition: z.string().max(100), facts: z.array(fact).max(500), note: text(2000).optional() }).strict(),
      },
    },
    async (req, reply) => {
      reply.code(201);
      return recordAct(db, req.actor, req.params.campaignId, req.params.bodyId, req.body);
    },
  );
  app.get(
    '/api/campaigns/:campaignId/bodies/:bodyId/reconciliation-acts',
    { schema: { tags: ['workflow'], summary: "The body's latest reconciliation act per edition (insiders, the body's officers)", params: bodyParams } },
    async (req) => readActs(db, req.actor, req.params.campaignId, req.params.bodyId),
  );
  app.get(
    '/api/campaigns/:campaignId/bodies/:bodyId/reconciliation-acts/:editionId/document',
    { schema: { tags: ['workflow'], summary: 'The reconciliation act for signature (DOCX/PDF/text)', params: bodyParams.extend({ editionId: z.string().max(100) }), querystring: z.object({ lang, format: docFormat }) } },
    async (req, reply) => {
      const buf = await actDocument(db, req.actor, req.params.campaignId, req.params.bodyId, req.params.editionId, req.query.lang, req.query.format);
      return reply.headers(attachment(`reconciliation-${req.params.bodyId}-${req.query.lang}`, req.query.format)).send(buf);
    },
  );

  app.post(
    '/api/campaigns/:campaignId/bodies/:bodyId/objections',
    {
      schema: {
        tags: ['workflow'],
        summary: "Object to a node of the body's released results, within the window (the body's officers)",
        params: bodyParams,
        body: z.object({ node: z.string().max(100), edition: z.string().max(100).optional(), text: text(4000), attachments: z.array(text(300)).max(50).optional() }).strict(),
      },
    },
    async (req, reply) => {
      reply.code(201);
      return fileObjection(db, req.actor, now(), req.params.campaignId, req.params.bodyId, req.body);
    },
  );
  app.post(
    '/api/campaigns/:campaignId/bodies/:bodyId/no-disagreement',
    {
      schema: {
        tags: ['workflow'],
        summary: "Notice that the body agrees with its released results (2017 p.117, ICT ¶107), within the objection window; it closes the window (the body's officers)",
        params: bodyParams,
        body: z.object({ text: text(4000).optional() }).strict(),
      },
    },
    async (req, reply) => {
      reply.code(201);
      return notifyNoDisagreement(db, req.actor, now(), req.params.campaignId, req.params.bodyId, req.body.text);
    },
  );
  app.get(
    '/api/campaigns/:campaignId/bodies/:bodyId/no-disagreement',
    { schema: { tags: ['workflow'], summary: "The body's notices of agreement with its results, one per released snapshot (insiders, the body's officers)", params: bodyParams } },
    async (req) => listNotices(db, req.actor, req.params.campaignId, req.params.bodyId),
  );
  app.put(
    '/api/campaigns/:campaignId/bodies/:bodyId/assessors',
    {
      schema: {
        tags: ['workflow'],
        summary: 'Who assessed the body in the campaign: they may not vote on its objections (2017 p.118, 2014 §66, ICT ¶108) (administrator)',
        params: bodyParams,
        body: z.object({ logins: z.array(z.string().min(1).max(100)).max(200) }).strict(),
      },
    },
    async (req) => setAssessors(db, req.actor, now(), req.params.campaignId, req.params.bodyId, req.body.logins),
  );
  app.get(
    '/api/campaigns/:campaignId/bodies/:bodyId/assessors',
    { schema: { tags: ['workflow'], summary: 'Who an administrator listed as assessors of the body in the campaign (insiders)', params: bodyParams } },
    async (req) => listAssessors(db, req.actor, req.params.campaignId, req.params.bodyId),
  );
  app.get('/api/campaigns/:campaignId/objections', { schema: { tags: ['workflow'], summary: 'Objections the caller may see (insiders: all; officers: their body’s)', params: campaignParams } }, async (req) =>
    listObjections(db, req.actor, req.params.campaignId),
  );
  app.get('/api/campaigns/:campaignId/objections/:objectionId', { schema: { tags: ['workflow'], summary: 'One objection with the position, votes and decision', params: objParams } }, async (req) =>
    readObjection(db, req.actor, req.params.campaignId, req.params.objectionId),
  );
  app.post(
    '/api/campaigns/:campaignId/objections/:objectionId/position',
    { schema: { tags: ['workflow'], summary: "The assessing body's position (its evaluators, administrator)", params: objParams, body: z.object({ text: text(4000) }).strict() } },
    async (req) => statePosition(db, req.actor, req.params.campaignId, req.params.objectionId, req.body.text),
  );
  app.post(
    '/api/campaigns/:campaignId/objections/:objectionId/votes',
    { schema: { tags: ['workflow'], summary: "A commission member's vote (commission)", params: objParams, body: z.object({ vote: z.enum(['uphold', 'reject', 'abstain']) }).strict() } },
    async (req) => vote(db, req.actor, now(), req.params.campaignId, req.params.objectionId, req.body.vote),
  );
  app.post(
    '/api/campaigns/:campaignId/objections/:objectionId/decision',
    {
      schema: {
        tags: ['workflow'],
        summary: 'The special commission’s final decision from its votes (quorum); an upheld objection’s changed inputs ({form, field, value}) or readings for the body ({reading, value}) make a new snapshot (commission)',
        params: objParams,
        body: z.object({ changes: z.array(change).max(100).default([]) }).strict(),
      },
    },
    async (req) => decide(db, req.actor, now(), req.params.campaignId, req.params.objectionId, req.body.changes),
  );
  app.get(
    '/api/campaigns/:campaignId/bodies/:bodyId/disagreements',
    { schema: { tags: ['workflow'], summary: 'The disagreement table (App 10): №, criterion/indicator, the body’s objection, the assessing body’s position, the commission’s decision, note (JSON with `columns` and each row’s `cells`, DOCX, PDF, text)', params: bodyParams, querystring: z.object({ lang, format: z.enum(['json', 'docx', 'pdf', 'txt']).default('json') }) } },
    async (req, reply) => {
      const { campaignId, bodyId } = req.params;
      if (req.query.format === 'json') {
        const t = await disagreements(db, req.actor, campaignId, bodyId, req.query.lang);
        // App 10's own columns (2014 §67, ICT ¶109–111): headings and each row's cells in the language asked
        return { campaignId, bodyId, bodyName: t.bodyName, appendix: t.appendix, columns: disagreementColumns(req.query.lang), rows: t.rows.map((r) => ({ ...r, cells: disagreementCells(r, req.query.lang) })) };
      }
      const buf = await disagreementDocument(db, req.actor, campaignId, bodyId, req.query.lang, req.query.format);
      return reply.headers(attachment(`disagreements-${bodyId}-${req.query.lang}`, req.query.format)).send(buf);
    },
  );
  app.put(
    '/api/campaigns/:campaignId/dates/:item',
    { schema: { tags: ['workflow'], summary: 'A dated item of the assessment schedule, e.g. objection-review (p.114) (administrator)', params: campaignParams.extend({ item: code }), body: z.object({ from: isoDate, to: isoDate }).strict() } },
    async (req) => {
      requireRole(req.actor, 'administrator');
      const { campaignId, item } = req.params;
      await requireCampaign(db, campaignId);
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('campaign_dates')
          .values({ campaign_id: campaignId, item, from_on: req.body.from, to_on: req.body.to })
          .onConflict((oc) => oc.columns(['campaign_id', 'item']).doUpdateSet({ from_on: req.body.from, to_on: req.body.to }))
          .execute();
        await appendAudit(trx, { user: auditUser(req.actor), action: 'campaign.date', entity: 'campaign', id: String(campaignId), after: { item, ...req.body } });
      });
      return { campaignId, item, ...req.body };
    },
  );
}
