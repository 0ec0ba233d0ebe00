// The data model of a risk-degree edition (an act of the "risk-based control" kind): who can be a
// control subject, the objective triggers, the subjective criteria with their source and severity,
// the checklist form and the readings. Reuses the engine's labels, legal refs, provenance,
// parameters and readings, so risk editions read and switch like the scoring editions.
import type {
  ActIdentity,
  HistoryEntry,
  Labels,
  LegalRef,
  ParameterDecl,
  Provenance,
  ReadingDecl,
} from '../engine/types.js';

/** Severity classes of p.8: gross (өрескел), significant (елеулі), minor (елеусіз). */
export type Severity = 'gross' | 'significant' | 'minor';
export const SEVERITIES: readonly Severity[] = ['gross', 'significant', 'minor'];

/** Information sources of p.7 (S1 = previous inspections/PCV, … S5 = data on request, public monitoring). */
export type SourceId = 'S1' | 'S2' | 'S3' | 'S4' | 'S5';

export interface SubjectKindDecl {
  id: string;
  label: Labels;
  /** Central state bodies: the only kind rows 2, 3 and 35 apply to. */
  central?: boolean;
  /** Kinds listed only in the checklist's scope, not in the Criteria's definition (A5). */
  checklistOnly?: boolean;
  ref: LegalRef;
}

export interface SourceDecl {
  id: SourceId;
  label: Labels;
  ref: LegalRef;
}

/** The metric a trigger counts over its window. */
export type TriggerMetric =
  | 'services'
  | 'applications'
  | 'liability465'
  | 'resonantMedia'
  | 'inspections'
  | 'refusalFacts';

export type TriggerWindow = 'W6' | 'W12' | 'WIC';

export interface TriggerDecl {
  /** OBJ-1 … OBJ-6 */
  id: string;
  label: Labels;
  ref: LegalRef;
  metric: TriggerMetric;
  window: TriggerWindow;
  op: '>' | '>=';
  /** Parameter name holding the threshold. */
  threshold: string;
  provenance: Provenance;
}

export interface CriterionDecl {
  /** Row number in the appendix to the Criteria (1–35). */
  no: number;
  source: SourceId;
  severity: Severity;
  /** Short label for tables and explanations. */
  short: Labels;
  /** The row's text: kk from the seed (reassembled where the PDF split it), en from the spec, ru translated. */
  text: Labels;
  /** When the row counts as violated (spec §8, derived; for developers, not a label). */
  violation: string;
  /** Rows that apply only to central state bodies (2, 3, 35). */
  centralOnly?: boolean;
  /** Row of the checklist (Appendix 2) with the same requirement, for S1 rows. */
  checklistRow?: number;
  ref: LegalRef;
  provenance: Provenance;
}

export interface ChecklistFieldDecl {
  /** H1 … H6 */
  id: string;
  label: Labels;
  kind: 'text' | 'act' | 'iinBin';
  ref: LegalRef;
}

export interface ChecklistRowDecl {
  no: number;
  /** The row's text as in Appendix 2 (differs slightly from the criterion in rows 1, 2, 18: A28). */
  text: Labels;
  /** The criterion row whose severity and violation condition it carries (A28, A30). */
  criterion: number;
  legalReference?: Labels;
  ref: LegalRef;
}

export interface ChecklistDecl {
  title: Labels;
  caption: Labels;
  header: readonly ChecklistFieldDecl[];
  columns: readonly { id: string; label: Labels }[];
  rows: readonly ChecklistRowDecl[];
  signatures: {
    officials: Labels;
    head: Labels;
    fields: { name: Labels; position: Labels; signature: Labels };
  };
  ref: LegalRef;
}

/** Risk degrees of p.3/p.9: there is no medium or low degree. */
export type RiskGroup = 'high' | 'not-high';

export interface ListDecl {
  /** Semi-annual lists (p.11): which half, approval deadline as month/day and year offset. */
  halves: readonly { half: 'H1' | 'H2'; deadline: { yearOffset: number; month: number; day: number }; label: Labels }[];
  approver: Labels;
  ref: LegalRef;
  provenance: Provenance;
}

export interface RiskEditionDecl {
  id: string;
  act: ActIdentity;
  /** The second order of the joint order (No. 57), stored with the first (A1). */
  coIssuedAs?: { issuer: Labels; number: string; date: string; signatory: string }[];
  effective: { from: string; to?: string; note?: Labels };
  history: readonly HistoryEntry[];
  subjectKinds: readonly SubjectKindDecl[];
  sources: readonly SourceDecl[];
  triggers: readonly TriggerDecl[];
  criteria: readonly CriterionDecl[];
  checklist: ChecklistDecl;
  lists: ListDecl;
  parameters: Readonly<Record<string, ParameterDecl>>;
  readings: readonly ReadingDecl[];
  /** Message templates (data gaps, flags, fact details) with {placeholders}. */
  messages: Readonly<Record<string, Labels>>;
  /** Labels of groups, severities and other words the explanations use. */
  vocabulary: Readonly<Record<string, Labels>>;
  /** Reported precision (decimals, half-up). */
  precision: number;
}
