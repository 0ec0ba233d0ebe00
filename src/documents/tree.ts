// Look-ups over an edition's tree that the documents need: a node by id, a subtree, a field label,
// and a legal reference as one short line.
import type { EditionDecl, Lang, LegalRef, NodeDecl } from '../engine/types.js';
import { refText as refTextOf } from '../engine/ref-text.js';

const indexes = new WeakMap<EditionDecl, Map<string, NodeDecl>>();

/** Every node of the edition by id (built once per edition). */
export function nodeIndex(edition: EditionDecl): Map<string, NodeDecl> {
  let m = indexes.get(edition);
  if (!m) {
    m = new Map();
    const walk = (n: NodeDecl) => {
      m!.set(n.id, n);
      for (const c of n.children ?? []) walk(c);
    };
    walk(edition.root);
    indexes.set(edition, m);
  }
  return m;
}

/** The ids of a node and everything under it, in tree order. */
export function subtreeIds(edition: EditionDecl, id: string): string[] {
  const out: string[] = [];
  const walk = (n: NodeDecl) => {
    out.push(n.id);
    for (const c of n.children ?? []) walk(c);
  };
  const n = nodeIndex(edition).get(id);
  if (n) walk(n);
  return out;
}

/** The nodes in tree order with their depth (for the scorecard). */
export function walkTree(edition: EditionDecl): { node: NodeDecl; depth: number }[] {
  const out: { node: NodeDecl; depth: number }[] = [];
  const walk = (n: NodeDecl, depth: number) => {
    out.push({ node: n, depth });
    for (const c of n.children ?? []) walk(c, depth + 1);
  };
  walk(edition.root, 0);
  return out;
}

export function fieldLabel(edition: EditionDecl, form: string, field: string, lang: Lang): string {
  const f = edition.forms.find((x) => x.id === form)?.fields.find((x) => x.name === field);
  return f ? f.label[lang] : field;
}

/** "p.38, App 7, row 2" in the chosen language (src/engine/ref-text.ts, shared with the web application). */
export function refText(ref: LegalRef, lang: Lang): string {
  return refTextOf(ref, lang, ', ');
}

/** A node's label, with its direction's label when it sits under one (three directions share "penalty"). */
export function qualifiedLabel(edition: EditionDecl, id: string, lang: Lang): string {
  const idx = nodeIndex(edition);
  const label = idx.get(id)?.label[lang] ?? id;
  const top = id.split('.')[0]!;
  const dir = top !== id ? idx.get(top) : undefined;
  return dir && dir.level === 'direction' ? `${label} (${top}. ${dir.label[lang]})` : label;
}
