// The database as Kysely sees it. Dates of the acts (yyyy-mm-dd) travel as text; moments
// (timestamptz) come back as Date. JSON columns are written through `json()` of ./json.ts.
import type { ColumnType, Generated } from 'kysely';

type Json = unknown;
type Moment = ColumnType<Date, Date | string | undefined, Date | string>;

export interface RolesTable {
  id: string;
  label_kk: string;
  label_ru: string;
  label_en: string;
}

export interface BodiesTable {
  id: string;
  name_kk: string;
  name_ru: string;
  name_en: string;
  /** The methodologies' body kind: `central` or `local`. */
  kind: string;
  /** central: republic; local: oblast | city_republican | capital | district | city_oblast | rural_district */
  level: string;
  region: string | null;
  /** The central body this one belongs to (departments, territorial units, subordinate organisations). */
  parent_id: string | null;
  vertical: string | null;
  reorganised_on: string | null;
  reorganised_into: string | null;
  liquidated_on: string | null;
  created_at: Generated<Date>;
}

export interface ServicesTable {
  code: string;
  name_kk: string;
  name_ru: string;
  subtypes: Json;
  provider_body_ids: Json;
  channels: Json;
  automation: string;
  mobile: boolean;
  standard_approved_on: string | null;
  reglament_approved_on: string | null;
}

export interface UsersTable {
  id: Generated<number>;
  login: string;
  display_name: string;
  password_hash: string;
  role_id: string;
  active: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface UserScopesTable {
  user_id: number;
  /** body (body officer's own body) | assessing_body | direction (evaluator) */
  scope_kind: string;
  scope_value: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  created_at: Generated<Date>;
  expires_at: Moment;
}

export interface CampaignsTable {
  id: Generated<number>;
  code: string;
  title_kk: string;
  title_ru: string;
  title_en: string;
  period_from: string;
  period_to: string;
  as_of: string;
  editions: Json;
  readings: Json;
  synthetic: boolean;
  /** Snapshot number released to the assessed bodies (their own results), and published to everyone. */
  released_snapshot: number | null;
  published_snapshot: number | null;
  created_at: Generated<Date>;
}

export interface CampaignBodiesTable {
  campaign_id: number;
  body_id: string;
}

export interface ScheduleTable {
  campaign_id: number;
  edition_id: string;
  form_id: string;
  /** Who fills the form: `body` (each assessed body) or the id of the body that supplies it. */
  submitter: string;
  assessing_body: string;
  direction: string | null;
  due_on: string;
}

export interface SubmissionsTable {
  id: Generated<number>;
  campaign_id: number;
  body_id: string;
  edition_id: string;
  form_id: string;
  status: string;
  version: number;
  updated_at: Moment;
}

export interface SubmissionVersionsTable {
  submission_id: number;
  version: number;
  status: string;
  data: Json;
  note: string | null;
  user_id: number;
  at: Moment;
}

export interface SnapshotsTable {
  campaign_id: number;
  number: number;
  editions: Json;
  readings: Json;
  /** edition id → the ranking: {asOf, readings, synthetic, bodies: [{id, name, kind, score, level, rank, levels}]}. */
  results: Json;
  /** submission id → version used. */
  inputs: Json;
  user_id: number;
  at: Moment;
  /** Why this snapshot was made when it corrects an earlier one: {kk, ru, en, objectionId?}. */
  reason: ColumnType<Json | null, Json | null | undefined, never>;
}

export interface SnapshotEventsTable {
  seq: Generated<number>;
  campaign_id: number;
  number: number;
  what: 'release' | 'publish';
  user_id: number | null;
  at: Moment;
}

export interface ReconciliationActsTable {
  id: Generated<number>;
  campaign_id: number;
  body_id: string;
  edition_id: string;
  version: number;
  /** [{edition, form, field, reported, verified, document}] */
  facts: Json;
  note: string | null;
  user_id: number;
  at: Moment;
}

export interface ObjectionsTable {
  id: Generated<number>;
  campaign_id: number;
  body_id: string;
  edition_id: string;
  node_id: string;
  snapshot: number;
  text: string;
  attachments: Json;
  filed_on: string;
  window_closed_on: string;
  decide_by: string;
  user_id: number;
  at: Moment;
}

export interface ObjectionPositionsTable {
  objection_id: number;
  text: string;
  user_id: number;
  at: Moment;
}

export interface ObjectionVotesTable {
  objection_id: number;
  user_id: number;
  vote: 'uphold' | 'reject' | 'abstain';
  at: Moment;
}

export interface ObjectionDecisionsTable {
  objection_id: number;
  decision: 'upheld' | 'rejected';
  votes: Json;
  changes: Json;
  snapshot: number | null;
  user_id: number;
  at: Moment;
}

export interface ConclusionTextsTable {
  id: Generated<number>;
  campaign_id: number;
  body_id: string;
  edition_id: string;
  form_id: string;
  lang: string;
  text: Json;
  user_id: number;
  at: Moment;
  /** The snapshot the text was written for (migration 005; null for older texts). */
  snapshot: number | null;
}

export interface NoDisagreementNoticesTable {
  campaign_id: number;
  body_id: string;
  snapshot: number;
  text: string | null;
  user_id: number;
  at: Moment;
}

export interface BodyAssessorsTable {
  campaign_id: number;
  body_id: string;
  user_id: number;
  by_user_id: number;
  at: Moment;
}

export interface CampaignDatesTable {
  campaign_id: number;
  item: string;
  from_on: string;
  to_on: string;
}

export interface SnapshotBodiesTable {
  campaign_id: number;
  number: number;
  edition_id: string;
  body_id: string;
  /** The engine's BodyResult: values, levels, rank and the full trace of every node. */
  result: Json;
}

export interface AuditTable {
  seq: Generated<number>;
  /** The canonical JSON text that was hashed: {at, user, action, entity, id, before, after}. */
  payload: string;
  prev_hash: string;
  hash: string;
}

export interface CalendarYearsTable {
  year: number;
  days_off: Json;
  working_days: Json;
}

export interface RiskSubjectsTable {
  id: string;
  /** The subject exactly as in a facts file (src/risk/README.md), validated by parseFacts. */
  doc: Json;
  synthetic: boolean;
  updated_at: Moment;
}

export interface RiskListApprovalsTable {
  half: string;
  doc: Json;
}

export interface RiskListsTable {
  half: string;
  number: number;
  readings: Json;
  list: Json;
  synthetic: boolean;
  user_id: number;
  at: Moment;
}

export interface Database {
  risk_subjects: RiskSubjectsTable;
  risk_list_approvals: RiskListApprovalsTable;
  risk_lists: RiskListsTable;
  calendar_years: CalendarYearsTable;
  roles: RolesTable;
  bodies: BodiesTable;
  services: ServicesTable;
  users: UsersTable;
  user_scopes: UserScopesTable;
  sessions: SessionsTable;
  campaigns: CampaignsTable;
  campaign_bodies: CampaignBodiesTable;
  schedule: ScheduleTable;
  submissions: SubmissionsTable;
  submission_versions: SubmissionVersionsTable;
  snapshots: SnapshotsTable;
  snapshot_bodies: SnapshotBodiesTable;
  audit_log: AuditTable;
  snapshot_events: SnapshotEventsTable;
  reconciliation_acts: ReconciliationActsTable;
  objections: ObjectionsTable;
  objection_positions: ObjectionPositionsTable;
  objection_votes: ObjectionVotesTable;
  objection_decisions: ObjectionDecisionsTable;
  conclusion_texts: ConclusionTextsTable;
  campaign_dates: CampaignDatesTable;
  no_disagreement_notices: NoDisagreementNoticesTable;
  body_assessors: BodyAssessorsTable;
}
