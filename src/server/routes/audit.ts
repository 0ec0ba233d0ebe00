// The audit log (administrator): read it, and verify its hash chain.
import { z } from 'zod';
import type { ZApp, Deps } from '../app.js';
import { requireRole } from '../auth/policy.js';
import { verifyAudit } from '../audit.js';

export function auditRoutes(app: ZApp, { db }: Deps): void {
  app.get('/api/audit/verify', { schema: { tags: ['audit'], summary: 'Verify the hash chain (administrator)' } }, async (req) => {
    requireRole(req.actor, 'administrator');
    return verifyAudit(db);
  });
  app.get(
    '/api/audit',
    { schema: { tags: ['audit'], summary: 'Audit entries after a sequence number (administrator)', querystring: z.object({ after: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(1000).default(100) }) } },
    async (req) => {
      requireRole(req.actor, 'administrator');
      const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>', req.query.after).orderBy('seq').limit(req.query.limit).execute();
      return rows.map((r) => ({ seq: r.seq, ...JSON.parse(r.payload), prevHash: r.prev_hash, hash: r.hash }));
    },
  );
}
