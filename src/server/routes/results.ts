// Results: compute a campaign into a numbered snapshot, release/publish it, read the ranking, a
// body's scorecard and a node's full trace. `:n` is a snapshot number, `latest` or `published`.
import { z } from 'zod';
import type { ZApp, Deps } from '../app.js';
import { allow, canCompute, requireRole } from '../auth/policy.js';
import { requireCampaign, scheduleOf, setVisibility } from '../domain/campaigns.js';
import { computeCampaign, listSnapshots, nodeTrace, ranking, scorecard } from '../domain/results.js';
import { campaignParams, code, snapshotParam, text } from './schemas.js';

const snap = campaignParams.extend({ n: snapshotParam });
const bodySnap = snap.extend({ bodyId: code });

export function resultRoutes(app: ZApp, { db, now }: Deps): void {
  app.post(
    '/api/campaigns/:campaignId/compute',
    { schema: { tags: ['results'], summary: 'Compute the campaign into a new immutable snapshot (administrator, methodologist, evaluators of an assessing body the campaign’s schedule names)', params: campaignParams, body: z.object({ includeSubmitted: z.boolean().optional(), reason: z.object({ kk: text(500), ru: text(500), en: text(500) }).strict().optional() }).strict().optional() } },
    async (req, reply) => {
      requireRole(req.actor, 'administrator', 'methodologist', 'evaluator');
      await requireCampaign(db, req.params.campaignId);
      allow(req.actor, canCompute(req.actor, await scheduleOf(db, req.params.campaignId)), 'the evaluators of an assessing body the campaign’s schedule names compute it');
      reply.code(201);
      return computeCampaign(db, req.actor, req.params.campaignId, req.body ?? {});
    },
  );
  app.get('/api/campaigns/:campaignId/snapshots', { schema: { tags: ['results'], summary: 'Snapshots the caller may see', params: campaignParams } }, async (req) => listSnapshots(db, req.actor, req.params.campaignId));
  for (const what of ['release', 'publish'] as const) {
    app.post(
      `/api/campaigns/:campaignId/snapshots/:n/${what}`,
      { schema: { tags: ['results'], summary: what === 'release' ? 'Release to the assessed bodies (administrator)' : 'Publish to everyone (administrator)', params: campaignParams.extend({ n: z.coerce.number().int().positive() }) } },
      async (req) => {
        requireRole(req.actor, 'administrator');
        return setVisibility(db, req.actor, req.params.campaignId, req.params.n, what, now());
      },
    );
  }
  app.get('/api/campaigns/:campaignId/snapshots/:n/ranking', { schema: { tags: ['results'], summary: 'The ranking', params: snap } }, async (req) => ranking(db, req.actor, req.params.campaignId, req.params.n));
  app.get('/api/campaigns/:campaignId/snapshots/:n/bodies/:bodyId', { schema: { tags: ['results'], summary: "A body's scorecard", params: bodySnap } }, async (req) =>
    scorecard(db, req.actor, req.params.campaignId, req.params.n, req.params.bodyId),
  );
  app.get(
    '/api/campaigns/:campaignId/snapshots/:n/bodies/:bodyId/nodes/:nodeId',
    { schema: { tags: ['results'], summary: "A node's full trace", params: bodySnap.extend({ nodeId: z.string().max(100) }), querystring: z.object({ edition: z.string().max(100).optional() }) } },
    async (req) => nodeTrace(db, req.actor, req.params.campaignId, req.params.n, req.params.bodyId, req.params.nodeId, req.query.edition),
  );
}
