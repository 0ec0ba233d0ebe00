// The data model of a methodology edition. An edition is data: a tree of nodes whose formulas are
// one-line expressions a person can read (compiled by ./expr.ts), parameters with dated values,
// readings (switches for the ambiguities the spec resolves), input forms declared field by field,
// and the levels. Nothing in here does I/O.
import type { Decimal } from './decimal.js';

export type Lang = 'kk' | 'ru' | 'en';
export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];
/** A user-facing text in the three working languages. */
export type Labels = Record<Lang, string>;

/** Where a number in the act comes from. `reconstructed-*` formulas were images lost from the text. */
export type ProvenanceKind =
  | 'text'
  | 'worked-example'
  | 'reconstructed-high'
  | 'reconstructed-medium'
  | 'reconstructed-low';
export interface Provenance {
  kind: ProvenanceKind;
  /** Id in ../shared/spec/formulas.md (e.g. F004-38) or the spec section, where there is one. */
  formulaId?: string;
  /** DECISIONS.md id (D1…D6) or spec AMB id that settled the reading. */
  decision?: string;
  note?: string;
}

/** Legal reference: paragraph (p.38 / ¶23), appendix (App 7), row in the appendix table. */
export interface LegalRef {
  paragraph?: string;
  appendix?: string;
  row?: string;
  note?: string;
}

// ---------------------------------------------------------------------------------------------
// Inputs: each appendix form is declared field by field; the declarations are the single source of
// validation, of the JSON Schema (`tiimdi schema`) and (later) of the service's submission forms.

export type FieldType = 'number' | 'integer' | 'boolean' | 'enum' | 'date' | 'text' | 'list';

export interface FieldDecl {
  name: string;
  label: Labels;
  type: FieldType;
  /** The unit as a plain English word (schema, spreadsheets); `unitLabel` is what users read. */
  unit?: string;
  /** The unit in kk/ru/en (see src/methodologies/vocabulary.ts). */
  unitLabel?: Labels;
  /** Inclusive valid range for number/integer fields. Integers default to min 0 (counts). */
  min?: number | string;
  max?: number | string;
  /** enum values */
  values?: readonly string[];
  /** What each enum value means, in kk/ru/en, keyed by value (the value itself stays the data). */
  valueLabels?: Readonly<Record<string, Labels>>;
  /** The field is a part of another field of the same form (or list item): value ≤ that field. */
  partOf?: string;
  /** Missing required fields are refused; optional fields take `default` (or stay absent). */
  required?: boolean;
  default?: unknown;
  /** For `list` fields: the fields of one row (e.g. one service, one checklist item). */
  item?: readonly FieldDecl[];
  /** Which body kinds fill this field (default: all kinds the form applies to). */
  appliesTo?: readonly string[];
  ref?: LegalRef;
  /** For `list` fields: consistency rules each row must satisfy. */
  constraints?: readonly ConstraintDecl[];
}

/**
 * A consistency rule across fields of one form (or one list row) that ranges and `partOf` cannot
 * express, e.g. `c + d <= n` (partially plus fully automated services cannot exceed all services).
 * Checked when the form is validated (when every field it names is present); the refusal names the
 * first field of `fields`.
 */
export interface ConstraintDecl {
  rule: string;
  fields: readonly string[];
  message: Labels;
}

export interface FormDecl {
  /** Form id as used in case files, e.g. "App7" or "App1". */
  id: string;
  label: Labels;
  ref: LegalRef;
  /** Who fills it in (assessed body, Agency, service integrator, Committee…). */
  filledBy?: Labels;
  appliesTo?: readonly string[];
  fields: readonly FieldDecl[];
  constraints?: readonly ConstraintDecl[];
}

// ---------------------------------------------------------------------------------------------
// Parameters: coefficients, weights, thresholds and band tables, with values keyed by effective date.

export interface Band {
  /** Lower bound, inclusive (`≥`). Omit for the first band. */
  from?: number | string;
  /** Upper bound, exclusive (`<`), unless `toInclusive`. Omit for the last band. */
  to?: number | string;
  toInclusive?: boolean;
  value: number | string;
  label?: string;
}

export type ParamValue = number | string | readonly Band[];

export interface ParameterDecl {
  label: Labels;
  ref: LegalRef;
  unit?: string;
  /** The unit in kk/ru/en for display. */
  unitLabel?: Labels;
  /** Values by effective date (ISO yyyy-mm-dd), like OpenFisca parameters. */
  values: readonly { from: string; value: ParamValue; note?: string }[];
}

// ---------------------------------------------------------------------------------------------
// Readings: a named switch for each ambiguity, with the spec's default and the alternatives.

export interface ReadingDecl {
  /** e.g. "D4" or "AMB-2" */
  id: string;
  label: Labels;
  ref: LegalRef;
  default: string;
  options: readonly { value: string; label: Labels; provenance?: Provenance }[];
}

// ---------------------------------------------------------------------------------------------
// Formulas.

/** A reference from a formula symbol to what supplies it. Build with inp()/par()/nod()/rdg() of ./build.ts. */
export type SymbolRef =
  | { kind: 'input'; form: string; field: string }
  | { kind: 'param'; name: string }
  | { kind: 'node'; id: string }
  | { kind: 'max'; id?: string }
  | { kind: 'const'; value: string; label?: string };

export interface ExprFormula {
  /** One-line readable expression, e.g. `max(0, k - a / b * 10000) + d`. */
  expr: string;
  /** Symbols of the expression and their sources. */
  where?: Readonly<Record<string, SymbolRef>>;
  /** Guarded alternatives tried before `expr`, first match wins; `branch` is recorded in the trace. */
  cases?: readonly { when: string; expr: string; branch: string }[];
}

/**
 * A formula written in TypeScript, for aggregates over lists (per-service averages, checklists) and
 * pool comparisons. `text` is the readable one-liner shown to users; everything it reads through
 * `ctx` lands in the trace.
 */
export interface ComputeFormula {
  text: string;
  compute: (ctx: NodeContext) => Decimal;
  /** Nodes this formula reads (other than children), so the engine can order evaluation. */
  dependsOn?: readonly string[];
}

/** One formula per option of a reading; the trace records the reading and the option taken. */
export interface ReadingFormula {
  reading: string;
  variants: Readonly<Record<string, Formula>>;
}

export type Formula = ExprFormula | ComputeFormula | ReadingFormula;

export type NodeLevel = 'block' | 'direction' | 'criterion' | 'indicator' | 'parameter' | 'adjustment';

export interface NodeDecl {
  /** Unique within the edition, e.g. "D1.K2" or "D2.B1.OD". */
  id: string;
  level: NodeLevel;
  label: Labels;
  ref: LegalRef;
  /** Max points per body kind; a string is a parameter name. Omit where the act gives none. */
  max?: Readonly<Record<string, number | string>>;
  /** Body kinds the node applies to (default: all). A node that does not apply is absent, not 0. */
  appliesTo?: readonly string[];
  /** Default formula: the sum of the children that apply. */
  formula?: Formula;
  provenance: Provenance;
  /** Clamp the result to [0, max] (the acts' "if negative then 0" and "at most the max"). */
  floorAtZero?: boolean;
  capAtMax?: boolean;
  /** Round the node's value half-up to this many decimals where the act says so. */
  round?: number;
  /** Decimals this node is reported with, when the act prints it differently from the edition (e.g. 1.055). */
  precision?: number;
  children?: readonly NodeDecl[];
}

export interface LevelDecl {
  id: string;
  label: Labels;
  /** Inclusive lower bound on the score rounded to 2 decimals. */
  from: number | string;
}

export interface BodyKindDecl {
  id: string;
  label: Labels;
}

export interface ActIdentity {
  title: Labels;
  /** Issuing authorities, e.g. Agency for Civil Service Affairs. */
  issuers: readonly Labels[];
  number: string;
  /** Date of the act (ISO). */
  date: string;
  registration?: { number: string; date: string };
}

export interface HistoryEntry {
  date: string;
  event: 'adopted' | 'in-force' | 'amended' | 'repealed' | 'expired' | 'note';
  /** The act that did it, e.g. "Order No. 297/НҚ of 2022": in kk/ru/en (a plain string, the older form, is English). */
  by?: string | Labels;
  paragraphs?: readonly string[];
  note: Labels;
}

export interface EditionDecl {
  id: string;
  act: ActIdentity;
  effective: { from: string; to?: string; note?: Labels };
  history: readonly HistoryEntry[];
  /** True when the edition holds only part of the act (e.g. the amended paragraphs). */
  partial?: boolean;
  bodyKinds: readonly BodyKindDecl[];
  forms: readonly FormDecl[];
  parameters: Readonly<Record<string, ParameterDecl>>;
  readings: readonly ReadingDecl[];
  /** The whole tree; the root's value is the body's result, graded by `levels`. */
  root: NodeDecl;
  /** Highest first. Absent when the act defines none (the result is then the number alone). */
  levels?: readonly LevelDecl[];
  /** Reported precision (decimals, half-up). */
  precision: number;
  /** Nodes whose value is graded by the levels as well as the root (e.g. directions). */
  gradedNodes?: readonly string[];
  /**
   * Where the edition's penalties for reporting late or incomplete take their facts: boolean fields
   * that the service fills from the campaign schedule (see ./timeliness.ts). Absent when the act has
   * no such penalty.
   */
  reporting?: { late?: { form: string; field: string }; incomplete?: { form: string; field: string } };
}

// ---------------------------------------------------------------------------------------------
// Campaign input and results.

export type FormData = Record<string, unknown>;

export interface BodyInput {
  id: string;
  name: Partial<Labels> | string;
  kind: string;
  /** Bodies compared with each other (seed 000's load index). Default: the body kind. */
  pool?: string;
  /** Form id → field → value. */
  forms: Record<string, FormData>;
}

export interface CampaignInput {
  edition: string;
  /** Parameters are taken as in force on this date (usually the end of the reporting period). */
  asOf: string;
  title?: string;
  synthetic?: boolean;
  readings?: Record<string, string>;
  /** Parameter values that replace the edition's for this campaign (e.g. the weights of reading D4 "weighted"). */
  parameters?: Record<string, ParamValue>;
  bodies: BodyInput[];
}

export interface TraceInput {
  symbol?: string;
  form: string;
  field: string;
  value: string;
}
export interface TraceParam {
  symbol?: string;
  name: string;
  value: string;
  from: string;
}
export interface TraceNodeRef {
  symbol?: string;
  id: string;
  value: string | null;
}
export interface NodeTrace {
  id: string;
  value: string;
  /** Unrounded exact value (as a decimal string). */
  exact: string;
  max: string | null;
  formula: string;
  provenance: Provenance;
  ref: LegalRef;
  inputs: TraceInput[];
  parameters: TraceParam[];
  nodes: TraceNodeRef[];
  readings: { id: string; value: string }[];
  branches: string[];
  notes: string[];
}

export interface BodyResult {
  id: string;
  name: Partial<Labels> | string;
  kind: string;
  /** Root value rounded to the edition's precision. */
  score: string;
  level: string | null;
  values: Record<string, string>;
  traces: Record<string, NodeTrace>;
  levels: Record<string, string>;
  rank?: number;
}

export interface CampaignResult {
  edition: string;
  asOf: string;
  readings: Record<string, string>;
  synthetic: boolean;
  bodies: BodyResult[];
}

// The context a ComputeFormula gets. Every read is recorded in the node's trace.
export interface NodeContext {
  readonly bodyId: string;
  readonly kind: string;
  /** A number/integer input as a Decimal (absent optional → default or 0 when `orZero`). */
  num(form: string, field: string): Decimal;
  /** Any input value as validated (booleans, enums, lists with Decimal numbers inside). */
  value<T = unknown>(form: string, field: string): T;
  has(form: string, field: string): boolean;
  param(name: string): Decimal;
  /** A band table looked up with the spec's convention: round the quantity half-up to 2 decimals, then `≥` lower bounds. */
  band(name: string, x: Decimal): Decimal;
  node(id: string): Decimal;
  /** Whether a node applies to this body's kind. */
  applies(id: string): boolean;
  max(id?: string): Decimal | null;
  reading(id: string): string;
  branch(label: string): void;
  note(text: string): void;
  /** Values of a node for every body of the same pool in the campaign (node must be evaluated earlier). */
  pool(id: string): { bodyId: string; value: Decimal }[];
}
