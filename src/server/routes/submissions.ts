// Submissions: fill in (draft), submit, return for correction, accept; every version kept.
import { z } from 'zod';
import type { ZApp, Deps } from '../app.js';
import { requireSignedIn } from '../auth/policy.js';
import { listSubmissions, readSubmission, reviewSubmission, saveSubmission, submitCurrent } from '../domain/submissions.js';
import { code, text } from './schemas.js';

const key = z.object({
  campaignId: z.coerce.number().int().positive(),
  bodyId: code,
  editionId: z.string().max(100),
  formId: z.string().max(40),
});
const PATH = '/api/campaigns/:campaignId/submissions/:bodyId/:editionId/:formId';

export function submissionRoutes(app: ZApp, { db }: Deps): void {
  app.get('/api/campaigns/:campaignId/submissions', { schema: { tags: ['submissions'], summary: 'Submissions the caller may see (status only)', params: z.object({ campaignId: z.coerce.number().int().positive() }) } }, async (req) => {
    requireSignedIn(req.actor);
    return listSubmissions(db, req.actor, req.params.campaignId);
  });
  app.get(PATH, { schema: { tags: ['submissions'], summary: 'A submission: current data and every version', params: key } }, async (req) => readSubmission(db, req.actor, req.params));
  app.put(
    PATH,
    {
      schema: {
        tags: ['submissions'],
        summary: 'Save the form (a new draft version); with submit=true also hand it in',
        description: 'data: the form\'s fields as declared by the edition (GET /api/editions/{id}/forms). Validated field by field; nothing is stored when any field is refused.',
        params: key,
        body: z.object({ data: z.record(z.string(), z.unknown()), submit: z.boolean().default(false) }).strict(),
      },
    },
    async (req) => saveSubmission(db, req.actor, req.params, req.body.data, req.body.submit),
  );
  app.post(`${PATH}/submit`, { schema: { tags: ['submissions'], summary: 'Hand in the current draft', params: key } }, async (req) => submitCurrent(db, req.actor, req.params));
  app.post(`${PATH}/return`, { schema: { tags: ['submissions'], summary: 'Return for correction (evaluator)', params: key, body: z.object({ note: text(2000) }) } }, async (req) =>
    reviewSubmission(db, req.actor, req.params, 'return', req.body.note),
  );
  app.post(`${PATH}/accept`, { schema: { tags: ['submissions'], summary: 'Accept (evaluator)', params: key, body: z.object({ note: text(2000).optional() }).optional() } }, async (req) =>
    reviewSubmission(db, req.actor, req.params, 'accept', req.body?.note ?? null),
  );
}
