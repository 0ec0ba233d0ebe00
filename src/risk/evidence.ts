// Which Crit-App rows are violated at the reference date R, and by which facts. Rows are counted
// once however many facts show them (A17, spec §5.5: distinct rows, sources combined, no weights).
// S1 (rows 1–19): the results of previous inspections / visits — by default the latest control with
//   results before R, even if older than a year (A13); a filled checklist counts only when complete.
// S2: applications confirmed by the authorized body (row 20) and evidence rows 20–21.
// S3: quarterly internal-control reports — overdue by R: late → row 22, not submitted → row 23
//   (A23, A40: due on the 10th of the next month, the 10th itself on time); their content → 24–26.
// S4: critical media items (row 32) and evidence rows 27–32. S5: evidence rows 33–35.
import { inWindow, quarterDue, quarterEnd, quartersEndingIn, type IsoDate, type Window } from './dates.js';
import type { ControlRecord, ControlSubject } from './facts.js';
import type { CriterionDecl } from './model.js';
import { msg, type Msg } from './message.js';
import type { FactRef } from './objective.js';
import { paramInt, reading, type RiskContext } from './context.js';
import { checklistStatus } from './checklist.js';
import type { Windows } from './windows.js';

export interface Violation {
  criterion: CriterionDecl;
  facts: FactRef[];
}

export interface EvidenceResult {
  violations: Violation[];
  /** The control whose results are S1 (null: none before R). */
  s1Control: ControlRecord | null;
  gaps: Msg[];
}

/** Controls with recorded results (a violations list or a complete checklist), before R. */
function controlsWithResults(ctx: RiskContext, s: ControlSubject, R: IsoDate, gaps: Msg[]) {
  return s.facts.controls
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.date < R)
    .filter(({ c }) => {
      if (c.violations) return true;
      if (!c.checklist) return false;
      const st = checklistStatus(ctx.edition, c.checklist);
      if (!st.complete) gaps.push(msg('gap.checklist-incomplete', { id: c.id, date: c.date, missing: st.missing }));
      return st.complete;
    });
}

export function s1Rows(c: ControlRecord): number[] {
  if (c.violations) return [...c.violations];
  if (!c.checklist) return [];
  return Object.entries(c.checklist.answers)
    .filter(([, a]) => a === 'does-not-comply')
    .map(([row]) => Number(row));
}

/**
 * `previousList` is the reference date of the list before this one; under reading A13-reuse =
 * excluded, facts dated before it were available to that list and are not counted again.
 */
export function collectViolations(ctx: RiskContext, s: ControlSubject, w: Windows, previousList?: IsoDate): EvidenceResult {
  const { R } = w;
  const lookback = reading(ctx, 'A13');
  const notBefore = reading(ctx, 'A13-reuse') === 'excluded' && previousList ? previousList : '0000-01-01';
  const inLookback = (d: IsoDate) => d >= notBefore && (lookback === 'unlimited' ? d < R : inWindow(d, w.W12));
  const gaps: Msg[] = [];
  const found = new Map<number, FactRef[]>();
  const add = (row: number, f: FactRef) => {
    const list = found.get(row) ?? [];
    list.push(f);
    found.set(row, list);
  };

  // ---- S1: results of previous inspections and visits
  // In date order (file order on the same day), so "the latest" is well defined.
  const withResults = controlsWithResults(ctx, s, R, gaps)
    .filter(({ c }) => c.date >= notBefore)
    .sort((a, b) => (a.c.date < b.c.date ? -1 : a.c.date > b.c.date ? 1 : a.index - b.index));
  let s1: { c: ControlRecord; index: number }[];
  if (lookback === 'w12_latest_s1') {
    const latest = withResults.at(-1);
    s1 = latest ? [latest] : [];
  } else s1 = withResults.filter(({ c }) => inLookback(c.date));
  for (const { c, index } of s1) {
    for (const row of s1Rows(c)) {
      add(row, { list: 'controls', index, date: c.date, amount: 1, detail: msg(`fact.${c.kind}${c.checklist ? '.checklist' : ''}`, { id: c.id }), ...(c.act ? { ref: `№ ${c.act.number}, ${c.act.date}` } : {}) });
    }
  }

  // ---- S2: confirmed applications (row 20)
  s.facts.applications.forEach((a, index) => {
    if (a.confirmedOn && a.confirmedOn < R && inLookback(a.confirmedOn)) {
      add(20, { list: 'applications', index, date: a.confirmedOn, amount: 1, detail: msg('fact.confirmed', { date: a.date, confirmed: a.confirmedOn }), ...(a.ref ? { ref: a.ref } : {}) });
    }
  });

  // ---- S3: quarterly internal-control reports
  const dueDay = paramInt(ctx, 'report.due.day', R);
  const lookbackWindow: Window = lookback === 'unlimited' ? { from: '0000-01-01', to: R } : w.W12;
  const reports = new Map(s.facts.internalControl.map((r, index) => [r.quarter, { r, index }]));
  // Quarters to check: every reported quarter, and (to flag gaps) every quarter due in the window.
  const quarters = new Set(reports.keys());
  if (lookback !== 'unlimited') for (const q of quartersEndingIn({ from: addDays(w.W12.from, -120), to: R })) quarters.add(q);
  for (const q of [...quarters].sort()) {
    const due = quarterDue(q, dueDay);
    if (!(due < R && due >= notBefore && inWindow(due, lookbackWindow))) continue;
    const entry = reports.get(q);
    if (!entry) {
      if (s.facts.internalControl.length > 0) gaps.push(msg('gap.report-missing', { q, due }));
      continue;
    }
    const { r, index } = entry;
    const base = { list: 'internalControl', index, ...(r.ref ? { ref: r.ref } : {}) };
    if (r.submitted === null || r.submitted > R) {
      add(23, { ...base, date: due, amount: 1, detail: msg('fact.report-missing', { q, due, R }) });
    } else if (r.submitted > due) {
      add(22, { ...base, date: r.submitted, amount: 1, detail: msg('fact.report-late', { q, due, submitted: r.submitted }) });
    }
  }
  s.facts.internalControl.forEach((r, index) => {
    if (r.submitted === null || r.submitted > R || !inLookback(quarterEnd(r.quarter))) return;
    const base = { list: 'internalControl', index, date: quarterEnd(r.quarter), ...(r.ref ? { ref: r.ref } : {}) };
    if (r.termViolations > 0) add(24, { ...base, amount: r.termViolations, detail: msg('fact.term-violations', { q: r.quarter, n: r.termViolations }) });
    if (r.qualityComplaints > 0) add(25, { ...base, amount: r.qualityComplaints, detail: msg('fact.quality-complaints', { q: r.quarter, n: r.qualityComplaints }) });
    if (r.incorrect) add(26, { ...base, amount: 1, detail: msg('fact.incorrect', { q: r.quarter }) });
  });

  // ---- S4: critical media items (row 32)
  s.facts.media.forEach((m, index) => {
    if (m.critical && inLookback(m.date)) add(32, { list: 'media', index, date: m.date, amount: 1, ...(m.ref ? { ref: m.ref } : {}) });
  });

  // ---- S2–S5: other findings
  s.facts.evidence.forEach((e, index) => {
    if (inLookback(e.date)) add(e.row, { list: 'evidence', index, date: e.date, amount: 1, ...(e.ref ? { ref: e.ref } : {}), ...(e.note ? { detail: msg('note', { text: e.note }) } : {}) });
  });

  const violations = [...found.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, facts]) => {
      const criterion = ctx.edition.criteria.find((c) => c.no === row);
      if (!criterion) throw new RangeError(`edition ${ctx.edition.id} has no criterion row ${row}`);
      return { criterion, facts };
    });
  return { violations, s1Control: s1.at(-1)?.c ?? null, gaps };
}

function addDays(d: IsoDate, n: number): IsoDate {
  const t = new Date(`${d}T00:00:00Z`).getTime() + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
