// Appendix 2 as text: the blank form (header fields, requirement table, signature block) or a
// filled checklist with its S1 findings and the preview score under both SР1 bases (spec §7.6(4)).
import type { Lang } from '../engine/types.js';
import { checklistFindings, checklistStatus } from './checklist.js';
import type { RiskContext } from './context.js';
import type { ControlRecord, ControlSubject, FactsFile, FilledChecklist } from './facts.js';
import { msgText } from './message.js';
import { banner, shortScore, textTable, words } from './report.js';
import { basisFor, scoreCriteria } from './subjective.js';

export function renderChecklist(
  ctx: RiskContext,
  facts: FactsFile | null,
  subject: ControlSubject | null,
  control: ControlRecord | null,
  lang: Lang,
  full = false,
): string {
  const e = ctx.edition;
  const w = words(e, lang);
  const cl: FilledChecklist | undefined = control?.checklist;
  const out: string[] = [...(facts ? banner(e, facts, lang) : []), e.checklist.caption[lang], '', e.checklist.title[lang], ''];
  for (const h of e.checklist.header) {
    const v = cl?.header[h.id as keyof FilledChecklist['header']];
    const text = v === undefined ? '________________' : typeof v === 'string' ? v : `№ ${v.number}, ${v.date}`;
    out.push(`${h.id}. ${h.label[lang]}: ${text}`);
  }
  out.push('');
  const mark = (row: number, col: 'complies' | 'does-not-comply') => {
    const a = cl?.answers[row];
    if (a === 'not-applicable') return '—';
    return a === col ? 'X' : cl ? ' ' : '☐';
  };
  const [, c2, c3, c4] = e.checklist.columns;
  out.push(
    textTable(
      ['№', c2!.label[lang], w('severity'), c3!.label[lang], c4!.label[lang]],
      e.checklist.rows.map((r) => {
        const c = e.criteria.find((x) => x.no === r.criterion)!;
        return [String(r.no), c.short[lang], w(c.severity), mark(r.no, 'complies'), mark(r.no, 'does-not-comply')];
      }),
    ),
  );
  if (full) {
    // The requirement texts of Appendix 2 as the act words them (the table above shows short labels).
    out.push('', `${c2!.label[lang]} (App 2):`);
    for (const r of e.checklist.rows) {
      out.push(`${r.no}. ${r.text[lang]}${r.legalReference ? ` [${r.legalReference[lang]}]` : ''}`);
    }
  }
  out.push('', `${e.checklist.signatures.officials[lang]}:`);
  const f = e.checklist.signatures.fields;
  for (const o of cl?.officials ?? [null]) {
    out.push(o ? `  ${o.name}; ${o.position}; ${w(o.signed ? 'signed' : 'not-signed')}` : `  ____ (${f.name[lang]}) ____ (${f.position[lang]}) ____ (${f.signature[lang]})`);
  }
  out.push(`${e.checklist.signatures.head[lang]}:`);
  const h = cl?.head;
  out.push(h ? `  ${h.name}; ${h.position}; ${w(h.signed ? 'signed' : 'not-signed')}` : `  ____ (${f.name[lang]}) ____ (${f.position[lang]}) ____ (${f.signature[lang]})`);
  if (cl && subject && control) {
    const st = checklistStatus(e, cl);
    out.push('', `${w('checklist')} ${control.id} (${control.kind}, ${control.date}), ${subject.id}: ${w(st.complete ? 'complete' : 'incomplete')}${st.missing.length ? ' — ' + st.missing.map((m) => msgText(e, m, lang)).join('; ') : ''}`);
    const findings = checklistFindings(e, cl);
    out.push(`${w('violations')} (S1): ${findings.length ? findings.map((c) => `${c.no} (${w(c.severity)})`).join(', ') : w('none')}`);
    for (const basis of ['checklist_totals', 'appendix_totals'] as const) {
      const s = scoreCriteria(ctx, findings, basisFor(ctx, subject.kind, basis), control.date);
      out.push(`${w('preview')} [A16 = ${basis}]: ${shortScore(e, s, lang)} → ${w(s.group)}`);
    }
  }
  return out.join('\n');
}
