// The risk API's shapes as the risk pages read them (src/server/domain/risk.ts, src/risk/report-json.ts).
import type { Labels } from '../../api';

export interface EditionView {
  id: string;
  title: Labels;
  checklist: {
    title: Labels;
    caption: Labels;
    header: { id: string; kind: 'text' | 'act' | 'iinBin'; label: Labels }[];
    columns: { id: string; label: Labels }[];
    rows: { no: number; text: Labels; criterion: number }[];
    signatures: { officials: Labels; head: Labels; fields: { name: Labels; position: Labels; signature: Labels } };
  };
  criteria: { no: number; source: string; severity: string; short: Labels; text: Labels; centralOnly: boolean; checklistRow: number | null }[];
  subjectKinds: { id: string; label: Labels; central: boolean }[];
  sources: { id: string; label: Labels }[];
  triggers: { id: string; label: Labels }[];
  lists: { halves: { half: 'H1' | 'H2'; deadline: { yearOffset: number; month: number; day: number }; label: Labels }[]; approver: Labels };
  vocabulary: Record<string, Labels>;
  readings: { id: string; label: Labels; default: string; options: { value: string; label: Labels }[] }[];
}

export interface Subject {
  id: string;
  name: Partial<Labels> | string;
  kind: string;
  synthetic: boolean;
}

export interface Trigger {
  id: string;
  paragraph: string;
  met: boolean;
  value: number | string;
  op: string;
  threshold: string;
  window?: { from: string; to: string };
}

export interface Dec {
  value: string;
  exact: string;
}

export interface AssessmentJson {
  subject: { id: string; name: Partial<Labels> | string; kind: string };
  referenceDate: string;
  objective: { group: string; met: string[]; triggers: Trigger[] };
  violations: { row: number; source: string; severity: string; label: Labels }[];
  s1Control: string | null;
  subjective: { grossOverride: boolean; counts: Record<string, number>; SPz: Dec | null; SPn: Dec | null; SP: Dec | null; band: { group: string; compared: string } } | null;
  notApplied: string | null;
  final: string;
  flags: { text: string }[];
  gaps: { text: string }[];
}

export interface AssessmentReply {
  synthetic: boolean;
  referenceDate: string;
  assessment: AssessmentJson;
}

export interface ListEntry {
  rank: number;
  subject: string;
  keys: { sp: string; grossRows: number; spz: string; spn: string; triggers: number; servicesW6: number };
  assessment: AssessmentJson;
}

export interface Approval {
  half: string;
  approvedOn: string;
  approvedBy?: { name: string; position: string; role: 'head' | 'acting-head' };
}

export interface ListJson {
  half: string;
  deadline: string;
  referenceDate: string;
  approval: Approval | null;
  status: 'draft' | 'approved';
  lateApproval: boolean;
  entries: ListEntry[];
  excluded: { subject: string; reason: string; detail: string | null; SP: string | null }[];
}

export interface ListRecord {
  half: string;
  number: number;
  synthetic: boolean;
  readings: Record<string, string>;
  list: ListJson;
  at?: string;
}

export interface ListVersions {
  half: string;
  deadline: string;
  approval: Approval | null;
  versions: { number: number; at: string; synthetic: boolean; status: string; lateApproval: boolean; referenceDate: string; entries: string[] }[];
}

export interface StoredSubject {
  id: string;
  synthetic: boolean;
  doc: {
    id: string;
    name: Partial<Labels> | string;
    kind: string;
    bin?: string;
    iin?: string;
    address?: string;
    controls?: StoredControl[];
    [k: string]: unknown;
  };
}

export interface StoredControl {
  id: string;
  date: string;
  kind: 'inspection' | 'pcv';
  by?: string;
  act?: { number: string; date: string };
  violations?: number[];
  checklist?: {
    header?: { H1?: string; H2?: string; H3?: { number: string; date: string }; H4?: string; H5?: string; H6?: string };
    complies?: number[];
    doesNotComply?: number[];
    notApplicable?: number[];
    officials?: { name: string; position: string; signed: boolean }[];
    head?: { name: string; position: string; signed: boolean };
  };
}

/** The deadline of a half-year's list (e.g. 2028H1 → 2027-12-10), from the edition's declaration. */
export function deadlineOf(e: EditionView, half: string): string {
  const year = Number(half.slice(0, 4));
  const h = e.lists.halves.find((x) => x.half === half.slice(4))!;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${year + h.deadline.yearOffset}-${p(h.deadline.month)}-${p(h.deadline.day)}`;
}

/** Half-years around a date, in order of their deadlines. */
export function halvesAround(e: EditionView, date: string, before = 2, after = 4): string[] {
  const y = Number(date.slice(0, 4));
  const all = [y - 1, y, y + 1, y + 2].flatMap((year) => e.lists.halves.map((h) => `${year}${h.half}`));
  all.sort((a, b) => deadlineOf(e, a).localeCompare(deadlineOf(e, b)));
  const next = all.findIndex((h) => deadlineOf(e, h) >= date);
  const i = next < 0 ? all.length - 1 : next;
  return all.slice(Math.max(0, i - before), i + after);
}

/** The first list whose deadline is after a date: the next assessment a visit on that date feeds. */
export function nextHalf(e: EditionView, date: string): { half: string; deadline: string } {
  const y = Number(date.slice(0, 4));
  const all = [y, y + 1, y + 2].flatMap((year) => e.lists.halves.map((h) => `${year}${h.half}`)).map((half) => ({ half, deadline: deadlineOf(e, half) }));
  return all.filter((x) => x.deadline > date).sort((a, b) => a.deadline.localeCompare(b.deadline))[0]!;
}

export const GROUP_COLOR: Record<string, string> = { high: 'red', 'not-high': 'green' };
export const SEVERITY_COLOR: Record<string, string> = { gross: 'red', significant: 'orange', minor: 'default' };
