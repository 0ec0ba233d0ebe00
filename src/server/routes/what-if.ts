// What-if (methodologists), like an OpenFisca reform: recompute the campaign's latest snapshot
// from exactly the inputs it used (the submission versions and the timeliness verdicts it
// recorded, its readings, the campaign's date) with some readings and parameters changed, and
// answer every body's score, rank and level before and after. Nothing is written: no snapshot,
// no audit entry — the stored results stay as they are.
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { ZApp, Deps } from '../app.js';
import type { Actor } from '../auth/actor.js';
import { requireRole } from '../auth/policy.js';
import type { Database } from '../db/types.js';
import { campaignBodies, requireCampaign } from '../domain/campaigns.js';
import type { TimelinessRow } from '../domain/timeliness.js';
import { ApiError, fromInputIssues, invalid, notFound, type ApiIssue } from '../errors.js';
import { evaluateCampaign, EvaluationError } from '../../engine/evaluate.js';
import { applyReportingVerdict } from '../../engine/timeliness.js';
import { InputError } from '../../engine/validate.js';
import type { BodyInput, Labels } from '../../engine/types.js';
import { findEdition } from '../../methodologies/index.js';
import { campaignParams } from './schemas.js';

const body = z
  .object({
    /** reading id → option; applied to every edition of the campaign that declares the reading */
    readings: z.record(z.string().max(100), z.string().max(100)).optional(),
    /** parameter name → number; applied to every edition that declares the parameter */
    parameters: z.record(z.string().max(200), z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/).max(40)])).optional(),
  })
  .strict();
type Body = z.infer<typeof body>;

interface Summary {
  bodies: { id: string; name: Labels; kind: string; score: string; level: string | null; rank: number | null }[];
}

export async function whatIf(db: Kysely<Database>, actor: Actor, campaignId: number, req: Body) {
  requireRole(actor, 'administrator', 'methodologist');
  const c = await requireCampaign(db, campaignId);
  const snap = await db.selectFrom('snapshots').select(['number', 'readings', 'results', 'inputs']).where('campaign_id', '=', campaignId).orderBy('number', 'desc').limit(1).executeTakeFirst();
  if (!snap) throw notFound(`snapshots of campaign ${campaignId}`);
  const used = snap.inputs as { versions: Record<string, number>; timeliness: TimelinessRow[] };
  const baseReadings = snap.readings as Record<string, Record<string, string>>;
  const summary = snap.results as Record<string, Summary>;
  const editions = Object.keys(summary);

  // Every override must mean something in at least one edition of the snapshot.
  const issues: ApiIssue[] = [];
  for (const [id, v] of Object.entries(req.readings ?? {})) {
    const decls = editions.map((e) => findEdition(e).readings.find((r) => r.id === id)).filter((r) => r !== undefined);
    if (!decls.length) issues.push({ body: '-', form: 'readings', field: id, value: v, message: 'unknown reading' });
    else if (!decls.some((r) => r.options.some((o) => o.value === v))) issues.push({ body: '-', form: 'readings', field: id, value: v, message: `unknown option; options: ${decls[0]!.options.map((o) => o.value).join(', ')}` });
  }
  for (const [name, v] of Object.entries(req.parameters ?? {})) {
    const decls = editions.map((e) => findEdition(e).parameters[name]).filter((p) => p !== undefined);
    if (!decls.length) issues.push({ body: '-', form: 'parameters', field: name, value: v, message: 'unknown parameter' });
    else if (decls.some((p) => p.values.some((x) => Array.isArray(x.value)))) issues.push({ body: '-', form: 'parameters', field: name, value: v, message: 'a band table cannot be changed here' });
  }
  if (issues.length) throw invalid(issues, 'unknown readings or parameters');

  // The submission versions the snapshot used, by id.
  const ids = Object.keys(used.versions ?? {}).map(Number);
  const rows = ids.length
    ? await db
        .selectFrom('submissions')
        .innerJoin('submission_versions as v', 'v.submission_id', 'submissions.id')
        .select(['submissions.id', 'submissions.body_id', 'submissions.edition_id', 'submissions.form_id', 'v.version', 'v.data'])
        .where('submissions.id', 'in', ids)
        .execute()
    : [];
  const data = rows.filter((r) => used.versions[String(r.id)] === r.version);
  const all = await campaignBodies(db, campaignId);
  const onTime = used.timeliness ?? [];

  const out = editions.map((editionId) => {
    const edition = findEdition(editionId);
    const base = summary[editionId]!.bodies;
    const inPool = new Set(base.map((b) => b.id));
    const readings = { ...(baseReadings[editionId] ?? {}) };
    for (const [id, v] of Object.entries(req.readings ?? {})) if (edition.readings.some((r) => r.id === id && r.options.some((o) => o.value === v))) readings[id] = v;
    const parameters = Object.fromEntries(Object.entries(req.parameters ?? {}).filter(([name]) => edition.parameters[name] !== undefined).map(([k, v]) => [k, String(v)]));
    const inputs: BodyInput[] = all
      .filter((b) => inPool.has(b.id))
      .map((b) => {
        const mine = onTime.filter((t) => t.bodyId === b.id && t.edition === editionId);
        return applyReportingVerdict(
          edition,
          {
            id: b.id,
            name: { kk: b.name_kk, ru: b.name_ru, en: b.name_en },
            kind: b.kind,
            forms: Object.fromEntries(data.filter((r) => r.body_id === b.id && r.edition_id === editionId).map((r) => [r.form_id, r.data as Record<string, unknown>])),
          },
          { late: mine.some((t) => t.state === 'late'), incomplete: mine.some((t) => t.state === 'missing') },
        );
      });
    let result;
    try {
      result = evaluateCampaign(edition, { edition: editionId, asOf: c.asOf, synthetic: c.synthetic, readings, parameters, bodies: inputs });
    } catch (e) {
      if (e instanceof InputError) throw new ApiError(422, 'computation_failed', `edition ${editionId}: inputs are missing or invalid`, fromInputIssues(e.issues));
      if (e instanceof EvaluationError) throw new ApiError(422, 'computation_failed', e.message, [{ body: e.body, form: '-', field: e.node, value: null, message: e.message }]);
      throw e;
    }
    const after = new Map(result.bodies.map((b) => [b.id, b]));
    return {
      edition: editionId,
      synthetic: c.synthetic,
      readings,
      parameters,
      bodies: base.map((b) => {
        const n = after.get(b.id);
        return {
          id: b.id,
          name: b.name,
          kind: b.kind,
          base: { score: b.score, rank: b.rank ?? null, level: b.level ?? null },
          new: { score: n?.score ?? null, rank: n?.rank ?? null, level: n?.level ?? null },
        };
      }),
    };
  });
  return { campaignId, snapshot: snap.number, asOf: c.asOf, editions: out };
}

export function whatIfRoutes(app: ZApp, { db }: Deps): void {
  app.post(
    '/api/campaigns/:campaignId/what-if',
    {
      schema: {
        tags: ['results'],
        summary: 'Recompute the latest snapshot with other readings or parameters, storing nothing (administrator, methodologist)',
        params: campaignParams,
        body: body.optional(),
      },
    },
    async (req) => whatIf(db, req.actor, req.params.campaignId, req.body ?? {}),
  );
}
