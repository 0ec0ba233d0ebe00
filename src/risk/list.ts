// Criteria p.10–12: the semi-annual list of preventive control with visits. The list for H1 of Y is
// approved by 10 December of Y−1, the one for H2 by 10 May of Y (A32, inclusive); the reference date
// R is the actual approval date where the facts file gives one, else the deadline. Candidates are
// final-high subjects; a subject visited in year Y before R, or already on the H1 list of Y, is not
// listed again (p.10: at most once a year; A33 calendar year). Order (p.12 and spec §6.2): SP
// descending, then — the act is silent, these keep the list deterministic — more gross rows, SPз,
// SPн, more objective triggers, more services in W6, subject id ascending.
import { ZERO } from '../engine/decimal.js';
import type { Labels } from '../engine/types.js';
import { addMonths, inWindow, iso, parts, type IsoDate } from './dates.js';
import type { FactsFile, ListApproval } from './facts.js';
import { HALF } from './facts-parse.js';
import { reading, type RiskContext } from './context.js';
import { assessSubject, type Assessment } from './assess.js';

export interface ListEntry {
  rank: number;
  subjectId: string;
  assessment: Assessment;
  /** The keys it was ordered by, in order, as text (so the explanation can show ties). */
  keys: { sp: string; grossRows: number; spz: string; spn: string; triggers: number; servicesW6: number };
}

export type ExclusionReason = 'not-objectively-high' | 'not-subjectively-high' | 'not-scored-kind' | 'visited-this-year' | 'on-other-list';

export interface ListExclusion {
  subjectId: string;
  reason: ExclusionReason;
  detail?: string;
  assessment: Assessment;
}

export interface SemiAnnualList {
  half: string;
  year: number;
  part: 'H1' | 'H2';
  label: Labels;
  deadline: IsoDate;
  referenceDate: IsoDate;
  approval: ListApproval | null;
  /** Spec §9.3: a list with a recorded approval is approved; otherwise it is a draft as of its deadline. */
  status: 'draft' | 'approved';
  lateApproval: boolean;
  entries: ListEntry[];
  excluded: ListExclusion[];
}

export function parseHalf(half: string): { year: number; part: 'H1' | 'H2' } {
  const m = HALF.exec(half);
  if (!m) throw new RangeError(`not a half-year: "${half}" (expected e.g. 2027H1)`);
  return { year: Number(m[1]), part: m[2] === '1' ? 'H1' : 'H2' };
}

export function listDeadline(ctx: RiskContext, half: string): IsoDate {
  const { year, part } = parseHalf(half);
  const decl = ctx.edition.lists.halves.find((h) => h.half === part);
  if (!decl) throw new RangeError(`edition ${ctx.edition.id} declares no ${part} list`);
  return iso(year + decl.deadline.yearOffset, decl.deadline.month, decl.deadline.day);
}

/** The reference date of a list: its recorded approval date, else its deadline. */
export function listReferenceDate(ctx: RiskContext, facts: FactsFile, half: string): IsoDate {
  return facts.lists.find((l) => l.half === half)?.approvedOn ?? listDeadline(ctx, half);
}

/** The reference date of the latest list before R (its approval date, else its deadline). */
export function previousListDate(ctx: RiskContext, facts: FactsFile, R: IsoDate): IsoDate | undefined {
  const y = parts(R).y;
  return [y - 1, y, y + 1, y + 2]
    .flatMap((year) => [`${year}H1`, `${year}H2`])
    .map((h) => listReferenceDate(ctx, facts, h))
    .filter((d) => d < R)
    .sort()
    .at(-1);
}

const cmpNum = (a: number, b: number) => b - a;

function keysOf(a: Assessment): ListEntry['keys'] {
  const s = a.subjective!;
  const w6 = a.objective.windows.W6;
  return {
    sp: s.sp.toString(),
    grossRows: s.counts.gross,
    spz: (s.spz ?? ZERO).toString(),
    spn: (s.spn ?? ZERO).toString(),
    triggers: a.objective.met.length,
    servicesW6: a.subject.facts.services.filter((x) => inWindow(x.date, w6)).reduce((n, x) => n + x.count, 0),
  };
}

function compareEntries(a: Assessment, b: Assessment): number {
  const sa = a.subjective!;
  const sb = b.subjective!;
  const ka = keysOf(a);
  const kb = keysOf(b);
  return (
    sb.sp.comparedTo(sa.sp) ||
    cmpNum(ka.grossRows, kb.grossRows) ||
    (sb.spz ?? ZERO).comparedTo(sa.spz ?? ZERO) ||
    (sb.spn ?? ZERO).comparedTo(sa.spn ?? ZERO) ||
    cmpNum(ka.triggers, kb.triggers) ||
    cmpNum(ka.servicesW6, kb.servicesW6) ||
    (a.subject.id < b.subject.id ? -1 : a.subject.id > b.subject.id ? 1 : 0)
  );
}

export function buildList(ctx: RiskContext, facts: FactsFile, half: string): SemiAnnualList {
  const { year, part } = parseHalf(half);
  const deadline = listDeadline(ctx, half);
  const approval = facts.lists.find((l) => l.half === half) ?? null;
  const R = approval?.approvedOn ?? deadline;
  const lateApproval = reading(ctx, 'A32') === 'inclusive' ? R > deadline : R >= deadline;
  // The H1 list of the same year is the "planned" visit of p.10 for the H2 list.
  const earlier = part === 'H2' ? new Set(buildList(ctx, facts, `${year}H1`).entries.map((e) => e.subjectId)) : new Set<string>();
  const rolling = reading(ctx, 'A33') === 'rolling_12_months';
  const candidates: Assessment[] = [];
  const excluded: ListExclusion[] = [];
  for (const subject of facts.subjects) {
    const a = assessSubject(ctx, subject, R, previousListDate(ctx, facts, R));
    if (a.notApplied) {
      excluded.push({ subjectId: subject.id, reason: a.notApplied, assessment: a });
      continue;
    }
    if (a.final !== 'high') {
      excluded.push({ subjectId: subject.id, reason: 'not-subjectively-high', assessment: a });
      continue;
    }
    const visit = subject.facts.controls.find(
      (c) => c.kind === 'pcv' && c.date < R && (rolling ? c.date >= addMonths(R, -12) : parts(c.date).y === year),
    );
    if (visit) {
      excluded.push({ subjectId: subject.id, reason: 'visited-this-year', detail: `${visit.id}, ${visit.date}`, assessment: a });
      continue;
    }
    if (earlier.has(subject.id)) {
      excluded.push({ subjectId: subject.id, reason: 'on-other-list', detail: `${year}H1`, assessment: a });
      continue;
    }
    candidates.push(a);
  }
  candidates.sort(compareEntries);
  const decl = ctx.edition.lists.halves.find((h) => h.half === part)!;
  return {
    half,
    year,
    part,
    label: decl.label,
    deadline,
    referenceDate: R,
    approval,
    status: approval ? 'approved' : 'draft',
    lateApproval,
    entries: candidates.map((a, i) => ({ rank: i + 1, subjectId: a.subject.id, assessment: a, keys: keysOf(a) })),
    excluded,
  };
}
