// The act at a glance for the command line: triggers, criteria by source and severity, readings.
import type { Lang } from '../engine/types.js';
import type { RiskContext } from './context.js';
import { textTable, words } from './report.js';

/** The act at a glance: triggers, the 35 criteria by source and severity, the readings. */
export function renderCriteria(ctx: RiskContext, lang: Lang): string {
  const e = ctx.edition;
  const w = words(e, lang);
  const out = [`${e.act.title[lang]} (${e.id})`, '', `${w('objective')} (p.4):`];
  for (const t of e.triggers) out.push(`  ${t.id} ${t.ref.paragraph}: ${t.label[lang]} [${t.window} ${t.op} ${e.parameters[t.threshold]!.values[0]!.value}]`);
  for (const s of e.sources) {
    out.push('', `${s.id} (${s.ref.paragraph}): ${s.label[lang]}`);
    out.push(
      textTable(
        [w('row'), w('severity'), ''],
        e.criteria.filter((c) => c.source === s.id).map((c) => [String(c.no), w(c.severity), c.short[lang] + (c.centralOnly ? ' *' : '')]),
        [0],
      ),
    );
  }
  out.push('', `* ${e.subjectKinds.find((k) => k.central)!.label[lang]} (A29, A35)`);
  return out.join('\n');
}

export function renderReadings(ctx: RiskContext, lang: Lang): string {
  const out: string[] = [];
  for (const r of ctx.edition.readings) {
    out.push(`${r.id} — ${r.label[lang]} (${[r.ref.paragraph, r.ref.note].filter(Boolean).join('; ')})`);
    for (const o of r.options) out.push(`  ${ctx.readings[r.id] === o.value ? '●' : '○'} ${o.value}${o.value === r.default ? ' (default)' : ''}: ${o.label[lang]}`);
  }
  return out.join('\n');
}
