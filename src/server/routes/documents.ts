// Documents from a snapshot: conclusion forms (DOCX/PDF/text), their draft findings, the evaluator's
// final text, and the Excel rankings and scorecard. `snapshot` is a number, `latest` (the default:
// insiders the newest, a body officer its released results, everyone else the published) or `published`.
import { z } from 'zod';
import type { ZApp, Deps } from '../app.js';
import { CONTENT_TYPES, formsForKind } from '../../documents/index.js';
import { campaignBodies, requireCampaign } from '../domain/campaigns.js';
import { badField, notFound } from '../errors.js';
import { conclusion, findings, rankingsXlsx, saveConclusionText, scorecardXlsx } from '../domain/documents.js';
import { campaignParams, code, snapshotParam, text } from './schemas.js';

const lang = z.enum(['kk', 'ru', 'en']).default('kk');
const common = { lang, edition: z.string().max(100).optional(), snapshot: snapshotParam.default('latest') };
const formParams = campaignParams.extend({ bodyId: code, form: z.string().max(40) });
const download = (name: string, format: keyof typeof CONTENT_TYPES) => ({ 'content-type': CONTENT_TYPES[format], 'content-disposition': `attachment; filename="${name}.${format}"` });

export function documentRoutes(app: ZApp, { db }: Deps): void {
  app.get(
    '/api/campaigns/:campaignId/bodies/:bodyId/conclusions',
    {
      schema: {
        tags: ['documents'],
        summary: 'The conclusion forms of the campaign’s editions (or of `edition`) that apply to the body’s kind: id, kk/ru/en title, appendix and paragraph, the body kinds (null: every kind) — the edition’s declarations, open to all',
        params: campaignParams.extend({ bodyId: code }),
        querystring: z.object({ edition: z.string().max(100).optional() }),
      },
    },
    async (req) => {
      const { campaignId, bodyId } = req.params;
      const c = await requireCampaign(db, campaignId);
      const body = (await campaignBodies(db, campaignId)).find((b) => b.id === bodyId);
      if (!body) throw notFound(`body ${bodyId} in campaign ${campaignId}`);
      const wanted = req.query.edition;
      if (wanted !== undefined && !c.editions.includes(wanted)) throw badField('edition', wanted, `the campaign's editions are ${c.editions.join(', ')}`);
      return {
        campaignId,
        bodyId,
        kind: body.kind,
        editions: (wanted ? [wanted] : c.editions).map((edition) => ({
          edition,
          forms: formsForKind(edition, body.kind).map((f) => ({ id: f.id, title: f.title, appendix: f.ref.appendix ?? null, paragraph: f.ref.paragraph ?? null, appliesTo: f.appliesTo ? [...f.appliesTo] : null })),
        })),
      };
    },
  );
  app.get(
    '/api/campaigns/:campaignId/bodies/:bodyId/conclusions/:form',
    { schema: { tags: ['documents'], summary: 'A conclusion form (DOCX/PDF/text) with the evaluator’s final text or the draft findings', params: formParams, querystring: z.object({ ...common, format: z.enum(['docx', 'pdf', 'txt']).default('docx') }) } },
    async (req, reply) => {
      const { campaignId, bodyId, form } = req.params;
      const buf = await conclusion(db, req.actor, campaignId, bodyId, form, req.query);
      return reply.headers(download(`${bodyId}-${form}-${req.query.lang}`, req.query.format)).send(buf);
    },
  );
  app.get(
    '/api/campaigns/:campaignId/bodies/:bodyId/conclusions/:form/findings',
    { schema: { tags: ['documents'], summary: 'The findings and recommendations drafted from the trace (and the final text, if written)', params: formParams, querystring: z.object(common) } },
    async (req) => findings(db, req.actor, req.params.campaignId, req.params.bodyId, req.params.form, req.query),
  );
  app.post(
    '/api/campaigns/:campaignId/bodies/:bodyId/conclusions/:form',
    {
      schema: {
        tags: ['documents'],
        summary: 'The evaluator’s final text of a conclusion (evaluators of the assessing body, administrator)',
        params: formParams,
        body: z.object({ lang: z.enum(['kk', 'ru', 'en']), edition: z.string().max(100).optional(), analysis: z.array(z.string().max(8000)).max(50), conclusions: text(20000) }).strict(),
      },
    },
    async (req, reply) => {
      reply.code(201);
      return saveConclusionText(db, req.actor, req.params.campaignId, req.params.bodyId, req.params.form, req.body);
    },
  );
  app.get('/api/campaigns/:campaignId/rankings.xlsx', { schema: { tags: ['documents'], summary: 'The rankings as Excel', params: campaignParams, querystring: z.object(common) } }, async (req, reply) => {
    const buf = await rankingsXlsx(db, req.actor, req.params.campaignId, req.query);
    return reply.headers(download(`rankings-${req.params.campaignId}-${req.query.lang}`, 'xlsx')).send(buf);
  });
  app.get(
    '/api/campaigns/:campaignId/bodies/:bodyId/scorecard.xlsx',
    { schema: { tags: ['documents'], summary: 'A body’s full scorecard as Excel', params: campaignParams.extend({ bodyId: code }), querystring: z.object(common) } },
    async (req, reply) => {
      const buf = await scorecardXlsx(db, req.actor, req.params.campaignId, req.params.bodyId, req.query);
      return reply.headers(download(`scorecard-${req.params.bodyId}-${req.query.lang}`, 'xlsx')).send(buf);
    },
  );
}
