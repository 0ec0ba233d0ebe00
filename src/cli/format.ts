// Plain-text rendering for the terminal: aligned tables and the explanation of a node's trace.
import type { BodyResult, CampaignResult, EditionDecl, Lang, NodeDecl, NodeTrace } from '../engine/types.js';
import { labelOf } from '../engine/validate.js';
import { SYNTHETIC_BANNER } from '../demo/index.js';

export function table(head: string[], rows: string[][], right: number[] = []): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (right.includes(i) ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join('  ').trimEnd();
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

export function nodeIndex(e: EditionDecl): Map<string, NodeDecl> {
  const m = new Map<string, NodeDecl>();
  const walk = (n: NodeDecl) => {
    m.set(n.id, n);
    n.children?.forEach(walk);
  };
  walk(e.root);
  return m;
}

const HEAD: Record<Lang, string[]> = {
  en: ['Rank', 'Body', 'Kind', 'Score', 'Level'],
  ru: ['Место', 'Орган', 'Вид', 'Балл', 'Уровень'],
  kk: ['Орын', 'Орган', 'Түрі', 'Балл', 'Деңгей'],
};

export function rankedTable(e: EditionDecl, r: CampaignResult, lang: Lang, title?: string): string {
  const levels = new Map((e.levels ?? []).map((l) => [l.id, l.label[lang]]));
  const kinds = new Map(e.bodyKinds.map((k) => [k.id, k.label[lang]]));
  const out: string[] = [];
  if (r.synthetic) out.push(`*** ${SYNTHETIC_BANNER[lang]} ***`);
  out.push(`${title ?? ''}`.trim(), `${e.act.title[lang]} — ${e.id}, as of ${r.asOf}`);
  out.push(`readings: ${Object.entries(r.readings).map(([k, v]) => `${k}=${v}`).join(', ') || '—'}`, '');
  const dirIds = (e.gradedNodes ?? []).filter((id) => r.bodies.some((b) => id in b.values));
  for (const k of e.bodyKinds) {
    const bodies = r.bodies.filter((b) => b.kind === k.id).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
    if (!bodies.length) continue;
    out.push(`${kinds.get(k.id)}:`);
    const head = [...HEAD[lang].slice(0, 3), ...dirIds, ...HEAD[lang].slice(3)];
    const rows = bodies.map((b: BodyResult) => [
      String(b.rank ?? ''),
      labelOf(b.name, lang),
      b.kind,
      ...dirIds.map((d) => b.values[d] ?? '—'),
      b.score,
      b.level ? (levels.get(b.level) ?? b.level) : '—',
    ]);
    out.push(table(head, rows, [0, ...dirIds.map((_, i) => 3 + i), 3 + dirIds.length]), '');
  }
  if (r.synthetic) out.push(`*** ${SYNTHETIC_BANNER[lang]} ***`);
  return out.join('\n');
}

const refText = (t: NodeTrace) => [t.ref.paragraph, t.ref.appendix, t.ref.row && `row ${t.ref.row}`, t.ref.note].filter(Boolean).join(', ');
const provText = (t: NodeTrace) =>
  [t.provenance.kind, t.provenance.formulaId, t.provenance.decision && `decision ${t.provenance.decision}`].filter(Boolean).join(', ');

/** The whole chain behind one node of one body: the node, then every node it read, depth first. */
export function explain(e: EditionDecl, b: BodyResult, nodeId: string, lang: Lang, maxDepth = 3): string {
  const idx = nodeIndex(e);
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string, depth: number) => {
    const t = b.traces[id];
    const pad = '  '.repeat(depth);
    if (!t) {
      out.push(`${pad}${id}: not computed for this body`);
      return;
    }
    const label = idx.get(id)?.label[lang] ?? '';
    if (seen.has(id)) {
      out.push(`${pad}${id} = ${t.value} (see above)`);
      return;
    }
    seen.add(id);
    out.push(`${pad}${id} ${label} = ${t.value}${t.max ? ` / max ${t.max}` : ''}${t.exact !== t.value ? `   (exact ${t.exact})` : ''}`);
    out.push(`${pad}  formula:    ${t.formula}`);
    out.push(`${pad}  reference:  ${refText(t)}   provenance: ${provText(t)}`);
    for (const i of t.inputs) out.push(`${pad}  input:      ${i.symbol ? `${i.symbol} = ` : ''}${i.value}   ← form ${i.form}, field ${i.field}`);
    for (const p of t.parameters) out.push(`${pad}  parameter:  ${p.symbol ? `${p.symbol} = ` : ''}${p.name} = ${p.value}   (in force from ${p.from})`);
    for (const r of t.readings) out.push(`${pad}  reading:    ${r.id} = ${r.value}`);
    for (const br of t.branches) out.push(`${pad}  branch:     ${br}`);
    for (const n of t.notes) out.push(`${pad}  note:       ${n}`);
    const reads = t.nodes.map((n) => n.id);
    const children = (idx.get(id)?.children ?? []).map((c) => c.id).filter((c) => c in b.traces && !reads.includes(c));
    for (const n of t.nodes) out.push(`${pad}  uses:       ${n.symbol ? `${n.symbol} = ` : ''}${n.id} = ${n.value}`);
    if (depth < maxDepth) for (const c of [...reads, ...children]) visit(c, depth + 1);
  };
  out.push(`${labelOf(b.name, lang)} (${b.id}, ${b.kind})`);
  visit(nodeId, 0);
  return out.join('\n');
}

export function showTree(e: EditionDecl, lang: Lang): string {
  const out: string[] = [];
  out.push(`${e.act.title[lang]} (${e.id})`);
  out.push(`act: ${e.act.number} of ${e.act.date}${e.act.registration ? `, registration No. ${e.act.registration.number} of ${e.act.registration.date}` : ''}`);
  out.push(`in force: ${e.effective.from} – ${e.effective.to ?? 'present'}${e.partial ? ' (PARTIAL: only the paragraphs in the sources)' : ''}`);
  for (const h of e.history) out.push(`  ${h.date} ${h.event}${h.by ? ` by ${typeof h.by === 'string' ? h.by : h.by[lang]}` : ''}${h.paragraphs ? ` [${h.paragraphs.join(', ')}]` : ''}: ${h.note[lang]}`);
  out.push('');
  const kinds = e.bodyKinds.map((k) => k.id);
  const walk = (n: NodeDecl, depth: number) => {
    const max = kinds.map((k) => (n.max?.[k] !== undefined ? `${k} ${n.max[k]}` : null)).filter(Boolean).join(', ');
    const applies = n.appliesTo ? ` [${n.appliesTo.join(', ')} only]` : '';
    const ref = [n.ref.paragraph, n.ref.appendix, n.ref.row && `row ${n.ref.row}`].filter(Boolean).join(', ');
    const prov = [n.provenance.kind, n.provenance.formulaId, n.provenance.decision].filter(Boolean).join(' ');
    const f = n.formula;
    const formula = !f
      ? 'sum of children'
      : 'reading' in f
        ? `by reading ${f.reading}: ${Object.entries(f.variants).map(([k, v]) => `${k} → ${'expr' in v ? v.expr : 'compute' in v ? v.text : `by reading ${v.reading}`}`).join(' | ')}`
        : 'compute' in f
          ? f.text
          : [...(f.cases ?? []).map((c) => `${c.expr} if ${c.when}`), f.expr].join('; ');
    out.push(`${'  '.repeat(depth)}${n.id}  ${n.label[lang]}${applies}`);
    out.push(`${'  '.repeat(depth)}    max: ${max || '—'} | ${ref} | ${prov} | ${formula}`);
    n.children?.forEach((c) => walk(c, depth + 1));
  };
  walk(e.root, 0);
  if (e.readings.length) {
    out.push('', 'readings:');
    for (const r of e.readings) out.push(`  ${r.id} (default ${r.default}; options ${r.options.map((o) => o.value).join(' | ')}): ${r.label[lang]}`);
  }
  if (e.levels) out.push('', `levels: ${e.levels.map((l) => `${l.label[lang]} ≥ ${l.from}`).join('; ')}`);
  return out.join('\n');
}
