// Explanations for people: an assessment, a semi-annual list and a checklist as plain text in kk, ru
// or en, and as JSON (decimals as exact text plus the 2-decimal display value). Pure: returns text.
import { fmt } from '../engine/decimal.js';
import type { Decimal } from '../engine/decimal.js';
import type { Labels, Lang } from '../engine/types.js';
import type { Assessment } from './assess.js';
import { checklistFindings, checklistStatus } from './checklist.js';
import type { ControlRecord, ControlSubject, FactsFile, FilledChecklist } from './facts.js';
import type { SemiAnnualList } from './list.js';
import type { RiskEditionDecl } from './model.js';
import type { RiskContext } from './context.js';
import type { FactRef } from './objective.js';
import { msgText, type Msg } from './message.js';
import { basisFor, scoreCriteria, type Score } from './subjective.js';

export function textTable(head: string[], rows: string[][], right: number[] = []): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (right.includes(i) ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join('  ').trimEnd();
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

const words = (e: RiskEditionDecl, lang: Lang) => (key: string): string => {
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

// ---- JSON

const dec = (x: Decimal | null) => (x === null ? null : { value: fmt(x), exact: x.toString() });

export function scoreJson(s: Score) {
  return {
    grossOverride: s.grossOverride,
    counts: s.counts,
    basis: { reading: 'A16', option: s.basis.id, S1: s.basis.S1, M1: s.basis.M1 },
    SPz: dec(s.spz),
    SPn: dec(s.spn),
    SP: dec(s.sp),
    band: { reading: 'A15', option: s.bandRule, compared: s.bandValue.toString(), group: s.group },
  };
}

export function assessmentJson(e: RiskEditionDecl, a: Assessment, lang: Lang) {
  const text = (m: Msg) => ({ ...m, text: msgText(e, m, lang) });
  const facts = (fs: FactRef[]) => fs.map((f) => (f.detail ? { ...f, detail: text(f.detail) } : f));
  return {
    subject: { id: a.subject.id, name: a.subject.name, kind: a.subject.kind, iinBin: a.subject.iinBin ?? null, address: a.subject.address ?? null, assessedBody: a.subject.assessedBody ?? null },
    referenceDate: a.referenceDate,
    windows: a.objective.windows,
    objective: {
      group: a.objective.group,
      met: a.objective.met,
      triggers: a.objective.triggers.map((t) => ({ id: t.id, paragraph: t.paragraph, met: t.met, value: t.value, op: t.op, threshold: t.threshold, window: t.window, facts: facts(t.facts) })),
    },
    violations: a.violations.map((v) => ({ row: v.criterion.no, source: v.criterion.source, severity: v.criterion.severity, label: v.criterion.short, facts: facts(v.facts) })),
    s1Control: a.s1ControlId,
    subjective: a.subjective ? scoreJson(a.subjective) : null,
    notApplied: a.notApplied ?? null,
    final: a.final,
    flags: a.flags.map(text),
    gaps: a.gaps.map(text),
  };
}

export function listJson(e: RiskEditionDecl, list: SemiAnnualList, lang: Lang) {
  return {
    half: list.half,
    deadline: list.deadline,
    referenceDate: list.referenceDate,
    approval: list.approval,
    status: list.status,
    lateApproval: list.lateApproval,
    entries: list.entries.map((x) => ({ rank: x.rank, subject: x.subjectId, keys: x.keys, assessment: assessmentJson(e, x.assessment, lang) })),
    excluded: list.excluded.map((x) => ({ subject: x.subjectId, reason: x.reason, detail: x.detail ?? null, SP: x.assessment.subjective ? fmt(x.assessment.subjective.sp) : null })),
  };
}
