// Explanations for people: an assessment, a semi-annual list and a checklist as plain text in kk, ru
// or en (JSON: ./report-json.ts; checklists: ./checklist-text.ts). Pure: returns text.
import { fmt } from '../engine/decimal.js';
import type { Labels, Lang } from '../engine/types.js';
import type { Assessment } from './assess.js';
import type { ControlSubject, FactsFile } from './facts.js';
import type { SemiAnnualList } from './list.js';
import type { RiskEditionDecl } from './model.js';
import type { RiskContext } from './context.js';
import type { FactRef } from './objective.js';
import { msgText } from './message.js';
import type { Score } from './subjective.js';

export function textTable(head: string[], rows: string[][], right: number[] = []): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (right.includes(i) ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join('  ').trimEnd();
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

export const words = (e: RiskEditionDecl, lang: Lang) => (key: string): string => {
  const l = e.vocabulary[key];
  if (!l) throw new RangeError(`vocabulary has no "${key}"`);
  return l[lang];
};

export function subjectName(s: ControlSubject, lang: Lang): string {
  if (typeof s.name === 'string') return s.name;
  return s.name[lang] ?? s.name.en ?? s.name.ru ?? s.name.kk ?? s.id;
}

const kindLabel = (e: RiskEditionDecl, kind: string): Labels => e.subjectKinds.find((k) => k.id === kind)?.label ?? { kk: kind, ru: kind, en: kind };

function factText(e: RiskEditionDecl, f: FactRef, lang: Lang): string {
  const detail = f.detail ? ` (${msgText(e, f.detail, lang)})` : '';
  return `${f.list}[${f.index}] ${f.date}${f.amount !== 1 ? ` ×${f.amount}` : ''}${detail}${f.ref ? ` — ${f.ref}` : ''}`;
}

/** The formula of p.9 with the subject's numbers, e.g. "SPз = (3 × 100 / 15) × 0.7 = 14.00". */
export function scoreLines(e: RiskEditionDecl, s: Score, lang: Lang): string[] {
  const w = words(e, lang);
  if (s.grossOverride) return [`${w('gross-override')} (p.9 ¶3): SP = ${fmt(s.sp)}`];
  return [
    `SPз = (${s.counts.significant} × 100 / ${s.basis.S1}) × ${s.coefficients.significant.toString()} = ${fmt(s.spz!)}   (p.9 ¶5)`,
    `SPн = (${s.counts.minor} × 100 / ${s.basis.M1}) × ${s.coefficients.minor.toString()} = ${fmt(s.spn!)}   (p.9 ¶6)`,
    `SP = SPз + SPн = ${fmt(s.spz!)} + ${fmt(s.spn!)} = ${fmt(s.sp)}   (p.9 ¶7; A16 = ${s.basis.id})`,
  ];
}

export function bandLine(e: RiskEditionDecl, s: Score, lang: Lang): string {
  const w = words(e, lang);
  const cmp =
    s.bandRule === 'gt70'
      ? `${fmt(s.sp)} ${s.group === 'high' ? '>' : '≤'} 70`
      : `${s.bandRule}: ${s.bandValue.toString()} ${s.group === 'high' ? '≥' : '<'} 71`;
  return `p.9(1)-(2), A15 ${s.bandRule}: ${cmp} → ${w(s.group)}`;
}

export function shortScore(e: RiskEditionDecl, s: Score, lang: Lang, a?: Assessment): string {
  if (s.grossOverride) {
    const rows = a ? a.violations.filter((v) => v.criterion.severity === 'gross').map((v) => v.criterion.no) : [];
    return `SP 100: ${words(e, lang)('gross').toLowerCase()} ${rows.length ? rows.join(', ') : s.counts.gross}`;
  }
  return `SP = ${fmt(s.spz!)} + ${fmt(s.spn!)} = ${fmt(s.sp)} (${s.counts.significant}/${s.basis.S1}, ${s.counts.minor}/${s.basis.M1})`;
}

export function renderAssessment(e: RiskEditionDecl, a: Assessment, lang: Lang): string {
  const w = words(e, lang);
  const s = a.subject;
  const out: string[] = [];
  const ids = [s.iinBin ? `${w('iinBin')} ${s.iinBin.value}` : null, s.address ? `${w('address')}: ${s.address}` : null].filter(Boolean);
  out.push(`${w('subject')}: ${s.id} — ${subjectName(s, lang)} (${kindLabel(e, s.kind)[lang]})${ids.length ? '; ' + ids.join('; ') : ''}`);
  if (s.assessedBody) out.push(`  ${w('assessedBody')}: ${s.assessedBody.edition ? s.assessedBody.edition + ' / ' : ''}${s.assessedBody.id}`);
  const ws = a.objective.windows;
  out.push(`${w('referenceDate')}: ${a.referenceDate}; W6 [${ws.W6.from}, ${ws.W6.to}); W12 [${ws.W12.from}, ${ws.W12.to})`);
  out.push(`${w('objective')} (p.4): ${w(a.objective.group)}${a.objective.met.length ? ' — ' + a.objective.met.join(', ') : ''}`);
  for (const t of a.objective.triggers) {
    out.push(`  ${t.met ? '■' : '□'} ${t.id} ${t.paragraph}: ${t.label[lang]}: ${t.value} ${t.op === '>=' ? '≥' : '>'} ${t.threshold} — ${w(t.met ? 'triggered' : 'not-triggered')}`);
    if (t.met) for (const f of t.facts) out.push(`      · ${factText(e, f, lang)}`);
  }
  out.push(`${w('violations')}:${a.violations.length ? '' : ' ' + w('none')}`);
  for (const v of a.violations) {
    out.push(`  ${w('row')} ${v.criterion.no} [${v.criterion.source}, ${w(v.criterion.severity)}] ${v.criterion.short[lang]}`);
    for (const f of v.facts) out.push(`      · ${factText(e, f, lang)}`);
  }
  if (a.subjective) {
    out.push(`${w('subjective')} (p.9):`);
    for (const l of scoreLines(e, a.subjective, lang)) out.push(`  ${l}`);
    out.push(`  ${bandLine(e, a.subjective, lang)}`);
  } else {
    out.push(`${w('subjective')}: ${a.notApplied === 'not-scored-kind' ? w('reason-not-scored') : w('not-applied')}`);
  }
  out.push(`${w('final')}: ${w(a.final)}`);
  for (const f of a.flags) out.push(`  ! ${msgText(e, f, lang)}`);
  if (a.gaps.length) {
    out.push(`${w('data-gaps')}:`);
    for (const g of a.gaps) out.push(`  - ${msgText(e, g, lang)}`);
  }
  return out.join('\n');
}

export function readingsLine(ctx: RiskContext, lang: Lang): string {
  return `${words(ctx.edition, lang)('readings')}: ${Object.entries(ctx.readings).map(([k, v]) => `${k}=${v}`).join(', ')}`;
}

export function banner(e: RiskEditionDecl, facts: FactsFile, lang: Lang): string[] {
  return facts.synthetic ? [`*** ${words(e, lang)('synthetic')} (SYNTHETIC) ***`] : [];
}

export function renderAssessments(ctx: RiskContext, facts: FactsFile, as: Assessment[], lang: Lang): string {
  const e = ctx.edition;
  const head = [...banner(e, facts, lang), ...(facts.title ? [facts.title] : []), `${e.act.title[lang]} (${e.id})`, readingsLine(ctx, lang), ''];
  const summary = textTable(
    ['ID', words(e, lang)('subject'), 'OBJ', 'SP', words(e, lang)('final')],
    as.map((a) => [a.subject.id, subjectName(a.subject, lang), a.objective.met.join(' ') || '—', a.subjective ? fmt(a.subjective.sp) : '—', words(e, lang)(a.final)]),
    [3],
  );
  return [...head, summary, '', ...as.map((a) => renderAssessment(e, a, lang) + '\n')].join('\n').trimEnd();
}

export function renderList(ctx: RiskContext, facts: FactsFile, list: SemiAnnualList, lang: Lang, explain = false): string {
  const e = ctx.edition;
  const w = words(e, lang);
  const out = [...banner(e, facts, lang), `${w('list')} — ${list.half} (${list.label[lang]}), p.10–12`];
  out.push(`${w('deadline')}: ${list.deadline}; ${w('referenceDate')}: ${list.referenceDate}`);
  if (list.approval) {
    const by = list.approval.approvedBy;
    out.push(`${w('approvedOn')}: ${list.approval.approvedOn}${by ? `; ${w('approvedBy')}: ${by.name}, ${by.position} (${w(`role.${by.role}`)})` : ''}`);
  }
  else out.push(w('draft'));
  if (list.lateApproval) out.push(`! ${w('late-approval')} (LATE_APPROVAL)`);
  out.push(readingsLine(ctx, lang), '');
  out.push(
    textTable(
      ['#', 'ID', w('subject'), 'SP', 'OBJ', w('score')],
      list.entries.map((x) => [String(x.rank), x.subjectId, subjectName(x.assessment.subject, lang), fmt(x.assessment.subjective!.sp), x.assessment.objective.met.join(' '), shortScore(e, x.assessment.subjective!, lang, x.assessment)]),
      [0, 3],
    ),
  );
  const ties = list.entries.filter((x, i) => i > 0 && list.entries[i - 1]!.keys.sp === x.keys.sp);
  if (ties.length) out.push('', msgText(e, { key: 'list.ties' }, lang));
  if (list.excluded.length) {
    out.push('', `${w('excluded')}:`);
    for (const x of list.excluded) {
      const reason = {
        'not-objectively-high': w('reason-objective'),
        'not-subjectively-high': `${w('reason-subjective')} (${x.assessment.subjective ? fmt(x.assessment.subjective.sp) : '—'})`,
        'not-scored-kind': w('reason-not-scored'),
        'visited-this-year': `${w('reason-frequency')}: ${x.detail}`,
        'on-other-list': `${w('reason-frequency')}: ${x.detail}`,
      }[x.reason];
      out.push(`  ${x.subjectId} — ${subjectName(x.assessment.subject, lang)}: ${reason}`);
    }
  }
  if (explain) for (const x of list.entries) out.push('', `#${x.rank}`, renderAssessment(e, x.assessment, lang));
  return out.join('\n');
}
