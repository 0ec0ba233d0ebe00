// Risk module routes (inspector; administrator): control subjects and their facts, list
// approvals, computed semi-annual lists, one subject's assessment. Methodologists and commission
// members may read.
import { z } from 'zod';
import type { ZApp, Deps } from '../app.js';
import { requireRole } from '../auth/policy.js';
import { assessStored, computeList, editionView, getList, getSubject, listSubjects, listVersions, putApproval, putControl, putSubject } from '../domain/risk.js';
import { code, isoDate } from './schemas.js';

const half = z.string().regex(/^\d{4}H[12]$/, 'expected a half-year like 2027H1');
const lang = z.enum(['kk', 'ru', 'en']).default('en');
const READ = ['inspector', 'administrator', 'methodologist', 'commission'] as const;

export function riskRoutes(app: ZApp, { db }: Deps): void {
  app.get('/api/risk/edition', { schema: { tags: ['risk'], summary: 'The risk edition as the pages use it: the checklist form, criteria texts, subject kinds, list halves, readings (kk/ru/en)' } }, async (req) => {
    requireRole(req.actor, ...READ);
    return editionView();
  });
  app.get('/api/risk/subjects', { schema: { tags: ['risk'], summary: 'Control subjects' } }, async (req) => {
    requireRole(req.actor, ...READ);
    return listSubjects(db);
  });
  app.put(
    '/api/risk/subjects/:id',
    { schema: { tags: ['risk'], summary: 'Store a control subject with its dated facts (the facts-file format of src/risk)', params: z.object({ id: code }), body: z.record(z.string(), z.unknown()) } },
    async (req) => {
      requireRole(req.actor, 'inspector', 'administrator');
      return putSubject(db, req.actor, req.params.id, req.body);
    },
  );
  app.get('/api/risk/subjects/:id', { schema: { tags: ['risk'], summary: 'A stored control subject with its facts', params: z.object({ id: code }) } }, async (req) => {
    requireRole(req.actor, ...READ);
    return getSubject(db, req.params.id);
  });
  app.put(
    '/api/risk/subjects/:id/controls/:control',
    {
      schema: {
        tags: ['risk'],
        summary: "Record an inspection or visit of a subject, with its filled checklist (Appendix 2); its \"does not comply\" rows feed the subject's next score as S1",
        params: z.object({ id: code, control: code }),
        body: z.record(z.string(), z.unknown()),
      },
    },
    async (req) => {
      requireRole(req.actor, 'inspector', 'administrator');
      return putControl(db, req.actor, req.params.id, req.params.control, req.body);
    },
  );
  app.get(
    '/api/risk/subjects/:id/assessment',
    { schema: { tags: ['risk'], summary: "A subject's risk degree on a reference date, with the facts behind it", params: z.object({ id: code }), querystring: z.object({ date: isoDate, lang }) } },
    async (req) => {
      requireRole(req.actor, ...READ);
      return assessStored(db, req.params.id, req.query.date, req.query.lang);
    },
  );
  app.put(
    '/api/risk/lists/:half/approval',
    { schema: { tags: ['risk'], summary: 'Record the approval of a semi-annual list', params: z.object({ half }), body: z.record(z.string(), z.unknown()) } },
    async (req) => {
      requireRole(req.actor, 'inspector', 'administrator');
      return putApproval(db, req.actor, req.params.half, req.body);
    },
  );
  app.post(
    '/api/risk/lists/:half',
    { schema: { tags: ['risk'], summary: 'Compute the semi-annual list from the stored facts into a numbered record', params: z.object({ half }), querystring: z.object({ lang }), body: z.object({ readings: z.record(z.string(), z.string()).optional() }).strict().optional() } },
    async (req, reply) => {
      requireRole(req.actor, 'inspector', 'administrator');
      reply.code(201);
      return computeList(db, req.actor, req.params.half, req.body?.readings ?? {}, req.query.lang);
    },
  );
  app.get('/api/risk/lists/:half', { schema: { tags: ['risk'], summary: "The computed lists of a half-year (newest first), its deadline and recorded approval", params: z.object({ half }) } }, async (req) => {
    requireRole(req.actor, ...READ);
    return listVersions(db, req.params.half);
  });
  app.get('/api/risk/lists/:half/:n', { schema: { tags: ['risk'], summary: 'A computed list', params: z.object({ half, n: z.coerce.number().int().positive() }) } }, async (req) => {
    requireRole(req.actor, ...READ);
    return getList(db, req.params.half, req.params.n);
  });
}
