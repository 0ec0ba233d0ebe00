// The facts a risk assessment reads: control subjects and their dated facts. This module only
// declares the shapes; ./facts-parse.ts validates a parsed YAML/JSON document into them.
import type { Labels } from '../engine/types.js';
import type { IsoDate } from './dates.js';

export interface FactsFile {
  /** Demo and test data must say so; every output of a synthetic file carries the SYNTHETIC banner. */
  synthetic: boolean;
  title?: string;
  /** Default reference date for `risk assess` when no half or date is given. */
  asOf?: IsoDate;
  /** Reading id → option (see src/methodologies/kz-2023-risk/readings.ts). */
  readings: Record<string, string>;
  subjects: ControlSubject[];
  /** Actual approvals of semi-annual lists; without one the list's deadline is the reference date. */
  lists: ListApproval[];
}

export interface IinBin {
  kind: 'IIN' | 'BIN';
  value: string;
}

export interface ControlSubject {
  id: string;
  name: Partial<Labels> | string;
  kind: string;
  iinBin?: IinBin;
  address?: string;
  /** The same body in the effectiveness assessment (edition id and body id there). */
  assessedBody?: { edition?: string; id: string };
  facts: SubjectFacts;
}

export interface ServiceRecord {
  date: IsoDate;
  /** Public services provided (results issued) on that date, refusals included. */
  count: number;
  /** Of which refusals (reading A8 decides whether they count for OBJ-1). */
  refusals: number;
  ref?: string;
}

export interface ApplicationRecord {
  date: IsoDate;
  ref?: string;
  /** Date the authorized body confirmed it (makes it a Crit-App row 20 violation). */
  confirmedOn?: IsoDate;
}

export interface LiabilityRecord {
  date: IsoDate;
  persons: number;
  ref?: string;
}

export interface MediaRecord {
  date: IsoDate;
  /** A negative material with public resonance about service quality (OBJ-4). */
  resonant: boolean;
  /** Critical information on poor-quality provision of services (Crit-App row 32). */
  critical: boolean;
  ref?: string;
}

export type Answer = 'complies' | 'does-not-comply' | 'not-applicable';

export interface Signer {
  name: string;
  position: string;
  signed: boolean;
}

export interface FilledChecklist {
  header: {
    H1?: string;
    H2?: string;
    H3?: { number: string; date: IsoDate };
    H4?: string;
    H5?: string;
    H6?: string;
  };
  /** Row number (1–19) → answer; rows missing here are unanswered (the checklist is then incomplete). */
  answers: Record<number, Answer>;
  officials: Signer[];
  head?: Signer;
}

export interface ControlRecord {
  id: string;
  date: IsoDate;
  /** Inspection (тексеру) or preventive control with a visit (PCV). */
  kind: 'inspection' | 'pcv';
  by?: string;
  act?: { number: string; date: IsoDate };
  /** S1 rows found non-compliant, where the result is recorded without a checklist. */
  violations?: number[];
  checklist?: FilledChecklist;
}

export interface InternalControlReport {
  /** e.g. "2024Q3" */
  quarter: string;
  /** Date the report reached the authorized body; null when not submitted. */
  submitted: IsoDate | null;
  refusals: number;
  termViolations: number;
  qualityComplaints: number;
  /** Found incorrect and/or incomplete against the reporting forms (Crit-App row 26). */
  incorrect: boolean;
  ref?: string;
}

/** A finding of sources S2–S5 for a Crit-App row (20–35). */
export interface EvidenceRecord {
  row: number;
  date: IsoDate;
  ref?: string;
  note?: string;
  /** Row 20 needs the authorized body's confirmation (A22). */
  confirmedByAB?: boolean;
}

export interface SubjectFacts {
  services: ServiceRecord[];
  applications: ApplicationRecord[];
  liability465: LiabilityRecord[];
  media: MediaRecord[];
  controls: ControlRecord[];
  internalControl: InternalControlReport[];
  evidence: EvidenceRecord[];
}

export interface ListApproval {
  /** e.g. "2027H1" */
  half: string;
  approvedOn: IsoDate;
  approvedBy?: { name: string; position: string; role: 'head' | 'acting-head' };
}
