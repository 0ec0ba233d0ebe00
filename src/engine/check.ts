// Static checks of an edition, run by the tests for every registered edition: every formula parses,
// every symbol is bound, every binding points at a declared form field, parameter or node, every
// reading variant exists, and every node carries labels in the three languages and a reference.
import { compileExpr } from './expr.js';
import { planEdition, formulaNodeRefs } from './evaluate.js';
import { LANGS, type EditionDecl, type Formula, type NodeDecl, type SymbolRef } from './types.js';

export function checkEdition(e: EditionDecl): string[] {
  const problems: string[] = [];
  try {
    planEdition(e);
  } catch (err) {
    problems.push((err as Error).message);
  }
  const field = (form: string, name: string) => e.forms.find((f) => f.id === form)?.fields.find((f) => f.name === name);
  const nodes = new Set<string>();
  const walk = (n: NodeDecl) => {
    nodes.add(n.id);
    n.children?.forEach(walk);
  };
  walk(e.root);
  const checkRef = (where: string, r: SymbolRef) => {
    if (r.kind === 'input' && !field(r.form, r.field)) problems.push(`${where}: no field ${r.form}.${r.field}`);
    if (r.kind === 'param' && !e.parameters[r.name]) problems.push(`${where}: no parameter ${r.name}`);
    if ((r.kind === 'node' || (r.kind === 'max' && r.id)) && !nodes.has((r as { id: string }).id)) problems.push(`${where}: no node ${(r as { id: string }).id}`);
  };
  const checkFormula = (n: NodeDecl, f: Formula | undefined) => {
    if (!f) return;
    if ('reading' in f) {
      const r = e.readings.find((x) => x.id === f.reading);
      if (!r) problems.push(`${n.id}: unknown reading ${f.reading}`);
      for (const o of r?.options ?? []) if (!f.variants[o.value]) problems.push(`${n.id}: no formula for reading ${f.reading} = ${o.value}`);
      Object.values(f.variants).forEach((v) => checkFormula(n, v));
      return;
    }
    if ('compute' in f) return;
    for (const text of [f.expr, ...(f.cases ?? []).flatMap((c) => [c.when, c.expr])]) {
      try {
        for (const s of compileExpr(text).symbols) if (!f.where?.[s]) problems.push(`${n.id}: symbol "${s}" of "${text}" is not bound in where`);
      } catch (err) {
        problems.push(`${n.id}: ${(err as Error).message}`);
      }
    }
    for (const [s, r] of Object.entries(f.where ?? {})) checkRef(`${n.id} symbol ${s}`, r);
  };
  const visit = (n: NodeDecl) => {
    for (const l of LANGS) if (!n.label[l]?.trim()) problems.push(`${n.id}: missing ${l} label`);
    if (!n.ref.paragraph && !n.ref.appendix && !n.ref.note) problems.push(`${n.id}: no legal reference`);
    for (const m of Object.values(n.max ?? {})) if (typeof m === 'string' && !e.parameters[m]) problems.push(`${n.id}: max refers to unknown parameter ${m}`);
    for (const k of [...Object.keys(n.max ?? {}), ...(n.appliesTo ?? [])])
      if (!e.bodyKinds.some((b) => b.id === k)) problems.push(`${n.id}: unknown body kind ${k}`);
    checkFormula(n, n.formula);
    for (const id of formulaNodeRefs(n.formula)) if (!nodes.has(id)) problems.push(`${n.id}: depends on unknown node ${id}`);
    n.children?.forEach(visit);
  };
  visit(e.root);
  for (const f of e.forms) {
    for (const l of LANGS) if (!f.label[l]?.trim()) problems.push(`form ${f.id}: missing ${l} label`);
    for (const fd of f.fields) {
      for (const l of LANGS) if (!fd.label[l]?.trim()) problems.push(`form ${f.id} field ${fd.name}: missing ${l} label`);
      if (fd.partOf && !f.fields.some((x) => x.name === fd.partOf)) problems.push(`form ${f.id} field ${fd.name}: partOf unknown field ${fd.partOf}`);
    }
  }
  for (const [what, t] of Object.entries(e.reporting ?? {}))
    if (t && field(t.form, t.field)?.type !== 'boolean') problems.push(`reporting.${what}: ${t.form}.${t.field} is not a boolean field`);
  for (const r of e.readings) if (!r.options.some((o) => o.value === r.default)) problems.push(`reading ${r.id}: default ${r.default} is not an option`);
  for (const [name, p] of Object.entries(e.parameters)) if (!p.values.length) problems.push(`parameter ${name}: no values`);
  for (const l of LANGS) if (!e.act.title[l]?.trim()) problems.push(`act title: missing ${l}`);
  return problems;
}
