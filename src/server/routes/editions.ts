// The registered methodology editions and their input forms (the single source of the fields).
import { z } from 'zod';
import type { ZApp, Deps } from '../app.js';
import { editions } from '../../methodologies/index.js';
import { notFound } from '../errors.js';
import { actSource, actText } from '../../acts/index.js';

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
  // The act's original text (Kazakh or Russian, as the repository holds it) for a legal reference,
  // loaded on demand by the explanation drawer and the methodology browser. Public, like the acts.
  app.get(
    '/api/editions/:editionId/act-text',
    {
      schema: {
        tags: ['editions'],
        summary: "The act's original text (kk/ru as held) for a reference: paragraphs (p.31, §29–§30, ¶64–65, §7(1)) and appendices (App 6); parts not held give nothing",
        params: z.object({ editionId: z.string().max(100) }),
        querystring: z.object({ paragraph: z.string().max(300).optional(), appendix: z.string().max(300).optional() }),
      },
    },
    async (req) => {
      const src = actSource(req.params.editionId);
      if (!src) throw notFound(`edition ${req.params.editionId}`);
      return { edition: req.params.editionId, ...src, passages: actText(req.params.editionId, req.query) };
    },
  );
}
