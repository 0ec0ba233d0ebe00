// The registered methodology editions and their input forms (the single source of the fields).
import { z } from 'zod';
import type { ZApp, Deps } from '../app.js';
import { editions } from '../../methodologies/index.js';
import { notFound } from '../errors.js';

export function editionRoutes(app: ZApp, _deps: Deps): void {
  app.get('/api/editions', { schema: { tags: ['editions'], summary: 'Registered methodology editions' } }, async () =>
    editions.map((e) => ({
      id: e.id,
      title: e.act.title,
      number: e.act.number,
      date: e.act.date,
      effective: e.effective,
      partial: e.partial ?? false,
      bodyKinds: e.bodyKinds,
      levels: e.levels ?? [],
      readings: e.readings,
      forms: e.forms.map((f) => ({ id: f.id, label: f.label })),
    })),
  );
  app.get(
    '/api/editions/:editionId/forms',
    { schema: { tags: ['editions'], summary: 'The input forms of an edition, field by field (types, ranges, partOf, kk/ru/en labels)', params: z.object({ editionId: z.string().max(100) }) } },
    async (req) => {
      const e = editions.find((x) => x.id === req.params.editionId);
      if (!e) throw notFound(`edition ${req.params.editionId}`);
      return e.forms;
    },
  );
}
