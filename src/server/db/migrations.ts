// Migrations: one list for PGlite and PostgreSQL (both are PostgreSQL). They run on start, in
// order, recorded by Kysely's migrator. Never edit a released migration; add the next one.
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { m005 } from './migration-005.js';

/** Run statements one by one: PGlite's extended protocol takes a single statement per query. */
async function run(db: Kysely<unknown>, statements: string[]): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}

const DATE = `text check (VALUE ~ '^\\d{4}-\\d{2}-\\d{2}$')`;

const m001: Migration = {
  async up(db) {
    await run(db, [
      `create domain iso_date as ${DATE}`,
      `create table roles (
        id text primary key,
        label_kk text not null, label_ru text not null, label_en text not null)`,
      `insert into roles (id, label_kk, label_ru, label_en) values
        ('administrator', 'Әкімші', 'Администратор', 'Administrator'),
        ('methodologist', 'Әдіснамашы', 'Методолог', 'Methodologist'),
        ('evaluator', 'Бағалаушы', 'Оценщик', 'Evaluator'),
        ('body_officer', 'Мемлекеттік орган қызметкері', 'Сотрудник государственного органа', 'Body officer'),
        ('commission', 'Комиссия мүшесі', 'Член комиссии', 'Commission member'),
        ('inspector', 'Инспектор', 'Инспектор', 'Inspector'),
        ('public', 'Жұртшылық', 'Общественность', 'Public')`,
      `create table bodies (
        id text primary key check (id ~ '^[A-Za-z0-9_.-]{1,40}$'),
        name_kk text not null, name_ru text not null, name_en text not null,
        kind text not null,
        level text not null check (level in ('republic','oblast','city_republican','capital','district','city_oblast','rural_district')),
        region text,
        parent_id text references bodies(id),
        vertical text check (vertical in ('department','territorial','subordinate')),
        reorganised_on iso_date, reorganised_into text references bodies(id),
        liquidated_on iso_date,
        created_at timestamptz not null default now())`,
      `create table services (
        code text primary key,
        name_kk text not null, name_ru text not null,
        subtypes jsonb not null default '[]',
        provider_body_ids jsonb not null default '[]',
        channels jsonb not null default '[]',
        automation text not null check (automation in ('full','partial','none')),
        mobile boolean not null default false,
        standard_approved_on iso_date, reglament_approved_on iso_date)`,
      `create table users (
        id serial primary key,
        login text not null unique,
        display_name text not null,
        password_hash text not null,
        role_id text not null references roles(id),
        active boolean not null default true,
        created_at timestamptz not null default now())`,
      `create table user_scopes (
        user_id integer not null references users(id) on delete cascade,
        scope_kind text not null check (scope_kind in ('body','assessing_body','direction')),
        scope_value text not null,
        primary key (user_id, scope_kind, scope_value))`,
      `create table sessions (
        token_hash text primary key,
        user_id integer not null references users(id) on delete cascade,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null)`,
      `create table campaigns (
        id serial primary key,
        code text not null unique,
        title_kk text not null, title_ru text not null, title_en text not null,
        period_from iso_date not null, period_to iso_date not null, as_of iso_date not null,
        editions jsonb not null, readings jsonb not null default '{}',
        synthetic boolean not null default false,
        released_snapshot integer, published_snapshot integer,
        created_at timestamptz not null default now(),
        check (period_from <= period_to))`,
      `create table campaign_bodies (
        campaign_id integer not null references campaigns(id),
        body_id text not null references bodies(id),
        primary key (campaign_id, body_id))`,
      `create table schedule (
        campaign_id integer not null references campaigns(id),
        edition_id text not null,
        form_id text not null,
        submitter text not null,
        assessing_body text not null references bodies(id),
        direction text,
        due_on iso_date not null,
        primary key (campaign_id, edition_id, form_id))`,
      `create table submissions (
        id serial primary key,
        campaign_id integer not null references campaigns(id),
        body_id text not null references bodies(id),
        edition_id text not null,
        form_id text not null,
        status text not null check (status in ('draft','submitted','returned','accepted')),
        version integer not null,
        updated_at timestamptz not null default now(),
        unique (campaign_id, body_id, edition_id, form_id))`,
      `create table submission_versions (
        submission_id integer not null references submissions(id),
        version integer not null,
        status text not null,
        data jsonb not null,
        note text,
        user_id integer not null references users(id),
        at timestamptz not null default now(),
        primary key (submission_id, version))`,
      `create table snapshots (
        campaign_id integer not null references campaigns(id),
        number integer not null,
        editions jsonb not null, readings jsonb not null, results jsonb not null, inputs jsonb not null,
        user_id integer not null references users(id),
        at timestamptz not null default now(),
        primary key (campaign_id, number))`,
      // One row per body and edition of a snapshot, so a scorecard read parses one body, not all.
      `create table snapshot_bodies (
        campaign_id integer not null,
        number integer not null,
        edition_id text not null,
        body_id text not null references bodies(id),
        result jsonb not null,
        primary key (campaign_id, number, edition_id, body_id),
        foreign key (campaign_id, number) references snapshots(campaign_id, number))`,
      `create table audit_log (
        seq integer generated always as identity primary key,
        payload text not null,
        prev_hash text not null,
        hash text not null unique)`,
      // Snapshots, versions and the audit log are append-only: the database itself refuses changes.
      `create function tiimdi_append_only() returns trigger language plpgsql as $$
        begin raise exception 'table % is append-only', TG_TABLE_NAME; end $$`,
      `create trigger snapshots_append_only before update or delete on snapshots
        for each row execute function tiimdi_append_only()`,
      `create trigger snapshot_bodies_append_only before update or delete on snapshot_bodies
        for each row execute function tiimdi_append_only()`,
      `create trigger versions_append_only before update or delete on submission_versions
        for each row execute function tiimdi_append_only()`,
      `create trigger audit_append_only before update or delete on audit_log
        for each row execute function tiimdi_append_only()`,
    ]);
  },
};

/** The working-day calendar's yearly transfers (the public holidays themselves are in code). */
const m002: Migration = {
  async up(db) {
    await run(db, [
      `create table calendar_years (
        year integer primary key check (year between 1991 and 2200),
        days_off jsonb not null default '[]',
        working_days jsonb not null default '[]')`,
    ]);
  },
};

/** Risk module storage: control subjects with their dated facts, list approvals, computed lists. */
const m003: Migration = {
  async up(db) {
    await run(db, [
      `create table risk_subjects (
        id text primary key,
        doc jsonb not null,
        synthetic boolean not null default false,
        updated_at timestamptz not null default now())`,
      `create table risk_list_approvals (
        half text primary key check (half ~ '^[0-9]{4}H[12]$'),
        doc jsonb not null)`,
      `create table risk_lists (
        half text not null,
        number integer not null,
        readings jsonb not null,
        list jsonb not null,
        synthetic boolean not null,
        user_id integer not null references users(id),
        at timestamptz not null default now(),
        primary key (half, number))`,
      `create trigger risk_lists_append_only before update or delete on risk_lists
        for each row execute function tiimdi_append_only()`,
    ]);
  },
};

/**
 * The workflow after computing (issue 7): why a snapshot was made, when it was released/published,
 * reconciliation acts (re-verification), objections with the assessing body's position, the special
 * commission's votes and final decisions, and the evaluators' final conclusion texts. All append-only.
 */
const m004: Migration = {
  async up(db) {
    const appendOnly = (t: string) => `create trigger ${t}_append_only before update or delete on ${t} for each row execute function tiimdi_append_only()`;
    await run(db, [
      `alter table snapshots add column reason jsonb`,
      `create table snapshot_events (
        seq integer generated always as identity primary key,
        campaign_id integer not null references campaigns(id),
        number integer not null,
        what text not null check (what in ('release','publish')),
        user_id integer references users(id),
        at timestamptz not null default now(),
        foreign key (campaign_id, number) references snapshots(campaign_id, number))`,
      appendOnly('snapshot_events'),
      `create table reconciliation_acts (
        id serial primary key,
        campaign_id integer not null references campaigns(id),
        body_id text not null references bodies(id),
        edition_id text not null,
        version integer not null,
        facts jsonb not null,
        note text,
        user_id integer not null references users(id),
        at timestamptz not null default now(),
        unique (campaign_id, body_id, edition_id, version))`,
      appendOnly('reconciliation_acts'),
      `create table objections (
        id serial primary key,
        campaign_id integer not null references campaigns(id),
        body_id text not null references bodies(id),
        edition_id text not null,
        node_id text not null,
        snapshot integer not null,
        text text not null,
        attachments jsonb not null default '[]',
        filed_on iso_date not null,
        window_closed_on iso_date not null,
        decide_by iso_date not null,
        user_id integer not null references users(id),
        at timestamptz not null default now())`,
      appendOnly('objections'),
      `create table objection_positions (
        objection_id integer primary key references objections(id),
        text text not null,
        user_id integer not null references users(id),
        at timestamptz not null default now())`,
      appendOnly('objection_positions'),
      `create table objection_votes (
        objection_id integer not null references objections(id),
        user_id integer not null references users(id),
        vote text not null check (vote in ('uphold','reject','abstain')),
        at timestamptz not null default now(),
        primary key (objection_id, user_id))`,
      appendOnly('objection_votes'),
      `create table objection_decisions (
        objection_id integer primary key references objections(id),
        decision text not null check (decision in ('upheld','rejected')),
        votes jsonb not null,
        changes jsonb not null default '[]',
        snapshot integer,
        user_id integer not null references users(id),
        at timestamptz not null default now())`,
      appendOnly('objection_decisions'),
      `create table conclusion_texts (
        id serial primary key,
        campaign_id integer not null references campaigns(id),
        body_id text not null references bodies(id),
        edition_id text not null,
        form_id text not null,
        lang text not null check (lang in ('kk','ru','en')),
        text jsonb not null,
        user_id integer not null references users(id),
        at timestamptz not null default now())`,
      appendOnly('conclusion_texts'),
      `create table campaign_dates (
        campaign_id integer not null references campaigns(id),
        item text not null,
        from_on iso_date not null,
        to_on iso_date not null,
        primary key (campaign_id, item))`,
    ]);
  },
};

export const migrations: Record<string, Migration> = { '001-initial': m001, '002-calendar': m002, '003-risk': m003, '004-workflow': m004, '005-workflow-rules': m005 };

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrate(db: Kysely<unknown>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${String(error)}`, { cause: error });
  }
}
