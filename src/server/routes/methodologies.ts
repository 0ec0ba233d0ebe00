// The methodology browser's data: each registered edition as plain JSON — act identity, dates and
// status, amendment history, the whole tree (labels, max per body kind, references, provenance,
// formula text), dated parameters and readings. Public: the acts themselves are public law.
// Compute formulas are functions; only their readable `text` is sent.
import { z } from 'zod';
import type { ZApp, Deps } from '../app.js';
import { editions } from '../../methodologies/index.js';
import type { EditionDecl, Formula, NodeDecl, SymbolRef } from '../../engine/types.js';
import { notFound } from '../errors.js';

export type EditionStatus = 'not-yet' | 'in-force' | 'repealed';

export function editionStatus(e: EditionDecl, today: string): EditionStatus {
  if (today < e.effective.from) return 'not-yet';
  if (e.effective.to && today > e.effective.to) return 'repealed';
  return 'in-force';
}

const symbolText = (s: SymbolRef): string =>
  s.kind === 'input' ? `${s.form}.${s.field}` : s.kind === 'param' ? `param ${s.name}` : s.kind === 'node' ? `node ${s.id}` : s.kind === 'max' ? `max(${s.id ?? 'this'})` : `${s.value}${s.label ? ` (${s.label})` : ''}`;

interface FormulaView {
  text: string;
  where?: Record<string, string>;
  cases?: { when: string; expr: string; branch: string }[];
  reading?: string;
  variants?: Record<string, FormulaView>;
}

function formulaView(f: Formula | undefined): FormulaView | null {
  if (!f) return null;
  if ('reading' in f) return { text: `reading ${f.reading}`, reading: f.reading, variants: Object.fromEntries(Object.entries(f.variants).map(([k, v]) => [k, formulaView(v)!])) };
  if ('compute' in f) return { text: f.text };
  return {
    text: f.expr,
    where: f.where ? Object.fromEntries(Object.entries(f.where).map(([k, v]) => [k, symbolText(v)])) : undefined,
    cases: f.cases ? [...f.cases] : undefined,
  };
}

interface NodeView {
  id: string;
  level: NodeDecl['level'];
  label: NodeDecl['label'];
  ref: NodeDecl['ref'];
  max: NodeDecl['max'] | null;
  appliesTo: readonly string[] | null;
  provenance: NodeDecl['provenance'];
  formula: FormulaView | null;
  floorAtZero: boolean;
  capAtMax: boolean;
  children: NodeView[];
}

function nodeView(n: NodeDecl): NodeView {
  return {
    id: n.id,
    level: n.level,
    label: n.label,
    ref: n.ref,
    max: n.max ?? null,
    appliesTo: n.appliesTo ?? null,
    provenance: n.provenance,
    formula: formulaView(n.formula),
    floorAtZero: n.floorAtZero ?? false,
    capAtMax: n.capAtMax ?? false,
    children: (n.children ?? []).map(nodeView),
  };
}

const summary = (e: EditionDecl, today: string) => ({
  id: e.id,
  act: e.act,
  effective: e.effective,
  status: editionStatus(e, today),
  partial: e.partial ?? false,
  history: e.history,
  bodyKinds: e.bodyKinds,
});

export function methodologyRoutes(app: ZApp, _deps: Deps): void {
  app.get('/api/methodologies', { schema: { tags: ['editions'], summary: 'Editions with dates, status and amendment history (public)' } }, async () => {
    const today = new Date().toISOString().slice(0, 10);
    return editions.map((e) => summary(e, today));
  });
  app.get(
    '/api/methodologies/:editionId',
    { schema: { tags: ['editions'], summary: 'One edition in full: tree, parameters by date, readings, levels (public)', params: z.object({ editionId: z.string().max(100) }) } },
    async (req) => {
      const e = editions.find((x) => x.id === req.params.editionId);
      if (!e) throw notFound(`edition ${req.params.editionId}`);
      const today = new Date().toISOString().slice(0, 10);
      return {
        ...summary(e, today),
        precision: e.precision,
        levels: e.levels ?? [],
        gradedNodes: e.gradedNodes ?? [],
        readings: e.readings,
        parameters: Object.entries(e.parameters).map(([name, p]) => ({ name, ...p })),
        forms: e.forms.map((f) => ({ id: f.id, label: f.label, ref: f.ref, filledBy: f.filledBy ?? null, fields: f.fields.length })),
        root: nodeView(e.root),
      };
    },
  );
}
