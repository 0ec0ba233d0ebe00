// The service's API, typed as far as the pages use it. Errors carry the service's kk/ru/en messages.
import type { Lang } from './i18n';

export type Labels = Record<Lang, string>;
export type Named = Partial<Labels> | string;

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: Partial<Labels> | undefined,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
  }
  text(lang: Lang): string {
    return this.messages?.[lang] ?? this.message;
  }
}

export async function api<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  const r = await fetch(path, {
    method: init?.method ?? 'GET',
    headers: init?.body !== undefined ? { 'content-type': 'application/json' } : undefined,
    body: init?.body !== undefined ? JSON.stringify(init.body) : undefined,
    credentials: 'same-origin',
  });
  const data = r.headers.get('content-type')?.includes('json') ? await r.json() : null;
  if (!r.ok) {
    const e = data?.error;
    throw new ApiFailure(r.status, e?.code ?? 'error', e?.messages, e?.message ?? `${r.status} ${r.statusText}`, e?.issues ?? []);
  }
  return data as T;
}

export interface Me {
  login: string;
  role: string;
  signedIn: boolean;
  bodies: string[];
  assessingBodies: string[];
  directions: string[];
}

export interface Campaign {
  id: number;
  code: string;
  title: Labels;
  periodFrom: string;
  periodTo: string;
  asOf: string;
  editions: string[];
  readings: Record<string, string>;
  synthetic: boolean;
  releasedSnapshot: number | null;
  publishedSnapshot: number | null;
}

export interface CampaignFull extends Campaign {
  bodies: { id: string; kind: string; name: Labels; liquidatedOn: string | null }[];
  schedule: ScheduleRow[];
}

export interface RankedBody {
  id: string;
  name: Named;
  kind: string;
  score: string;
  level: string | null;
  rank: number | null;
  levels: Record<string, string>;
}
export interface Ranking {
  campaignId: number;
  snapshot: number;
  editions: { edition: string; synthetic: boolean; bodies: RankedBody[] }[];
}

export interface LegalRef {
  paragraph?: string;
  appendix?: string;
  row?: string;
  note?: string;
}
export type ProvenanceKind = 'text' | 'worked-example' | 'reconstructed-high' | 'reconstructed-medium' | 'reconstructed-low';
export interface Provenance {
  kind: ProvenanceKind;
  formulaId?: string;
  decision?: string;
  note?: string;
}

export interface ScoreNode {
  id: string;
  value: string;
  max: string | null;
  level: string | null;
  formula: string | null;
  ref: LegalRef | null;
}
export interface Scorecard {
  campaignId: number;
  snapshot: number;
  bodyId: string;
  editions: {
    edition: string;
    asOf: string | null;
    readings: Record<string, string>;
    synthetic: boolean;
    score: string;
    level: string | null;
    rank: number | null;
    kind: string;
    name: Named;
    nodes: ScoreNode[];
  }[];
}

export interface NodeTrace {
  id: string;
  value: string;
  exact: string;
  max: string | null;
  formula: string;
  provenance: Provenance;
  ref: LegalRef;
  inputs: { symbol?: string; form: string; field: string; value: string }[];
  parameters: { symbol?: string; name: string; value: string; from: string }[];
  nodes: { symbol?: string; id: string; value: string | null }[];
  readings: { id: string; value: string }[];
  branches: string[];
  notes: string[];
}
export interface TraceAnswer {
  campaignId: number;
  snapshot: number;
  bodyId: string;
  edition: string;
  trace: NodeTrace;
}

export interface HistoryEntry {
  date: string;
  event: string;
  /** kk/ru/en; a plain string (older editions) is English. */
  by?: string | Labels;
  paragraphs?: string[];
  note: Labels;
}
export interface EditionSummary {
  id: string;
  act: { title: Labels; issuers: Labels[]; number: string; date: string; registration?: { number: string; date: string } };
  effective: { from: string; to?: string; note?: Labels };
  status: 'not-yet' | 'in-force' | 'repealed';
  partial: boolean;
  history: HistoryEntry[];
  bodyKinds: { id: string; label: Labels }[];
}
export interface FormulaView {
  text: string;
  where?: Record<string, string>;
  cases?: { when: string; expr: string; branch: string }[];
  reading?: string;
  variants?: Record<string, FormulaView>;
}
export interface MethodNode {
  id: string;
  level: string;
  label: Labels;
  ref: LegalRef;
  max: Record<string, number | string> | null;
  appliesTo: string[] | null;
  provenance: Provenance;
  formula: FormulaView | null;
  floorAtZero: boolean;
  capAtMax: boolean;
  children: MethodNode[];
}
export interface Band {
  from?: number | string;
  to?: number | string;
  toInclusive?: boolean;
  value: number | string;
  label?: string;
}
export interface Parameter {
  name: string;
  label: Labels;
  ref: LegalRef;
  unit?: string;
  values: { from: string; value: number | string | Band[]; note?: string }[];
}
export interface Reading {
  id: string;
  label: Labels;
  ref: LegalRef;
  default: string;
  options: { value: string; label: Labels; provenance?: Provenance }[];
}
export interface Level {
  id: string;
  label: Labels;
  from: number | string;
}
export interface Edition extends EditionSummary {
  precision: number;
  levels: Level[];
  gradedNodes: string[];
  readings: Reading[];
  parameters: Parameter[];
  forms: { id: string; label: Labels; ref: LegalRef; filledBy: Labels | null; fields: number }[];
  root: MethodNode;
}
export interface FieldDecl {
  name: string;
  label: Labels;
  type: 'number' | 'integer' | 'boolean' | 'enum' | 'date' | 'text' | 'list';
  unit?: string;
  /** The unit in kk/ru/en for display (`unit` is its code). */
  unitLabel?: Labels;
  min?: number | string;
  max?: number | string;
  values?: string[];
  /** An enum's values in kk/ru/en, by value code. */
  valueLabels?: Record<string, Labels>;
  partOf?: string;
  required?: boolean;
  default?: unknown;
  item?: FieldDecl[];
  /** consistency rules of a list field's rows */
  constraints?: { rule: string; fields: string[]; message: Labels }[];
  appliesTo?: string[];
  ref?: LegalRef;
}
export interface ApiIssue {
  body: string;
  form: string;
  field: string;
  value: unknown;
  message: string;
  row?: number;
  /** Uploaded spreadsheets: the sheet and the cell (e.g. "D7"). */
  sheet?: string;
  cell?: string;
}
export interface SubmissionView {
  id: number;
  status: 'draft' | 'submitted' | 'returned' | 'accepted';
  version: number;
  updatedAt: string;
  data: Record<string, unknown> | null;
  versions: { version: number; status: string; user: string; at: string; note: string | null }[];
}
export interface FormDecl {
  id: string;
  label: Labels;
  fields: FieldDecl[];
  appliesTo?: string[];
  ref?: LegalRef;
  /** consistency rules across fields, with their messages in kk/ru/en */
  constraints?: { rule: string; fields: string[]; message: Labels }[];
}

export interface ScheduleRow {
  edition: string;
  form: string;
  submitter: string;
  assessingBody: string;
  direction: string | null;
  due: string;
}
export interface SubmissionRow {
  id: number;
  bodyId: string;
  editionId: string;
  formId: string;
  status: 'draft' | 'submitted' | 'returned' | 'accepted';
  version: number;
  updatedAt: string;
  due: string | null;
}

/** Editions never change while the page is open: fetch each once. */
const cache = new Map<string, Promise<unknown>>();
export function cached<T>(path: string): Promise<T> {
  let p = cache.get(path);
  if (!p) {
    p = api<T>(path);
    p.catch(() => cache.delete(path));
    cache.set(path, p);
  }
  return p as Promise<T>;
}
export const getEdition = (id: string) => cached<Edition>(`/api/methodologies/${encodeURIComponent(id)}`);
export const getForms = (id: string) => cached<FormDecl[]>(`/api/editions/${encodeURIComponent(id)}/forms`);
