// Excel and CSV: download a form's template, upload a filled one (or one table as CSV). The upload goes through exactly the
// same validation and transaction as the JSON API; refusals also name the sheet and cell.
import { z } from 'zod';
import type { ZApp, Deps } from '../app.js';
import { requireSignedIn } from '../auth/policy.js';
import { requireCampaign, tryEdition } from '../domain/campaigns.js';
import { authorizeWrite, readSubmission, saveSubmission } from '../domain/submissions.js';
import { readCsvTable } from '../csv/read.js';
import { ApiError, invalid, notFound } from '../errors.js';
import { readForm } from '../excel/read.js';
import { formTemplate } from '../excel/template.js';
import { code } from './schemas.js';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_XLSX = 5 * 1024 * 1024;

const key = z.object({ campaignId: z.coerce.number().int().positive(), bodyId: code, editionId: z.string().max(100), formId: z.string().max(40) });

export function excelRoutes(app: ZApp, { db }: Deps): void {
  app.addContentTypeParser(XLSX, { parseAs: 'buffer', bodyLimit: MAX_XLSX }, (_req, body, done) => done(null, body));

  app.get(
    '/api/campaigns/:campaignId/templates/:editionId/:formId',
    {
      schema: {
        tags: ['excel'],
        summary: 'Excel template of a form (kk/ru headings, data validation; enum lists in ?lang=kk|ru|en, default ru)',
        params: key.omit({ bodyId: true }),
        querystring: z.object({ lang: z.enum(['kk', 'ru', 'en']).default('ru') }),
      },
    },
    async (req, reply) => {
      requireSignedIn(req.actor);
      const c = await requireCampaign(db, req.params.campaignId);
      const form = c.editions.includes(req.params.editionId) ? tryEdition(req.params.editionId)?.forms.find((f) => f.id === req.params.formId) : undefined;
      if (!form) throw notFound(`form ${req.params.formId} of edition ${req.params.editionId} in campaign ${c.id}`);
      const file = await formTemplate(form, { edition: req.params.editionId, campaign: c.code }, req.query.lang);
      reply.header('content-type', XLSX).header('content-disposition', `attachment; filename="${c.code}-${form.id}.xlsx"`);
      return reply.send(file);
    },
  );

  app.put(
    '/api/campaigns/:campaignId/submissions/:bodyId/:editionId/:formId/xlsx',
    {
      schema: {
        tags: ['excel'],
        summary: 'Upload a filled template (body: the .xlsx file); saved as a draft, or handed in with ?submit=true',
        params: key,
        querystring: z.object({ submit: z.enum(['true', 'false']).default('false') }),
        consumes: [XLSX],
      },
    },
    async (req) => {
      await authorizeWrite(db, req.actor, req.params);
      const file = req.body;
      if (!Buffer.isBuffer(file)) throw invalid([{ body: req.params.bodyId, form: req.params.formId, field: 'file', value: req.headers['content-type'] ?? null, message: `send the .xlsx file with content-type ${XLSX}` }]);
      const edition = tryEdition(req.params.editionId);
      const form = edition?.forms.find((f) => f.id === req.params.formId);
      if (!form) throw invalid([{ body: req.params.bodyId, form: req.params.formId, field: 'form', value: req.params.formId, message: 'unknown form of this edition' }]);
      const read = await readForm(form, req.params.bodyId, file);
      if (read.issues.length) throw invalid(read.issues);
      try {
        return await saveSubmission(db, req.actor, req.params, read.data, req.query.submit === 'true');
      } catch (e) {
        if (e instanceof ApiError && e.issues.length)
          throw new ApiError(e.status, e.code, e.message, e.issues.map((i) => ({ ...i, ...read.locate(i.field, i.row) })));
        throw e;
      }
    },
  );
}

export function csvRoutes(app: ZApp, { db }: Deps): void {
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: MAX_XLSX }, (_req, body, done) => done(null, body));
  app.put(
    '/api/campaigns/:campaignId/submissions/:bodyId/:editionId/:formId/csv/:field',
    {
      schema: {
        tags: ['excel'],
        summary: 'Upload one table of a form as CSV (header = column codes; "," or ";"); the other fields keep their current values',
        params: key.extend({ field: z.string().max(60) }),
        querystring: z.object({ submit: z.enum(['true', 'false']).default('false') }),
        consumes: ['text/csv'],
      },
    },
    async (req) => {
      await authorizeWrite(db, req.actor, req.params);
      const where = { body: req.params.bodyId, form: req.params.formId };
      if (typeof req.body !== 'string') throw invalid([{ ...where, field: 'file', value: req.headers['content-type'] ?? null, message: 'send the table with content-type text/csv' }]);
      const form = tryEdition(req.params.editionId)?.forms.find((f) => f.id === req.params.formId);
      if (!form) throw invalid([{ ...where, field: 'form', value: req.params.formId, message: 'unknown form of this edition' }]);
      const list = form.fields.find((f) => f.name === req.params.field && f.type === 'list');
      if (!list) throw invalid([{ ...where, field: 'field', value: req.params.field, message: `not a table of this form; its tables: ${form.fields.filter((f) => f.type === 'list').map((f) => f.name).join(', ') || 'none'}` }]);
      const read = readCsvTable(list, form.id, req.params.bodyId, req.body);
      if (read.issues.length) throw invalid(read.issues);
      let current: Record<string, unknown> = {};
      try {
        current = (await readSubmission(db, req.actor, req.params)).data as Record<string, unknown>;
      } catch (e) {
        if (!(e instanceof ApiError && e.status === 404)) throw e;
      }
      try {
        return await saveSubmission(db, req.actor, req.params, { ...current, [list.name]: read.rows }, req.query.submit === 'true');
      } catch (e) {
        if (e instanceof ApiError && e.issues.length)
          throw new ApiError(e.status, e.code, e.message, e.issues.map((i) => (i.field.startsWith(`${list.name}`) && i.row !== undefined ? { ...i, sheet: 'csv', cell: `line ${read.lineOf(i.row)}` } : i)));
        throw e;
      }
    },
  );
}
