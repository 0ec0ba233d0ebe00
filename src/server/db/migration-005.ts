// Migration 005 (issue 7's remaining rules), in its own file: the migrations before it are released.
//   no_disagreement_notices: a body's notice that it agrees with the released results (2017 p.117,
//     ICT ¶107, 2014 §65): one per body and released snapshot; it closes the body's objection window.
//   body_assessors: users an administrator lists as having assessed a body in a campaign; with the
//     acts, reviews and positions they recorded, they may not vote on its objections (2017 p.118, 2014 §66, ICT ¶108).
//   conclusion_texts.snapshot: the snapshot an evaluator's final text was written for.
import { sql, type Kysely, type Migration } from 'kysely';

export const m005: Migration = {
  async up(db: Kysely<unknown>) {
    const statements = [
      `create table no_disagreement_notices (
        campaign_id integer not null references campaigns(id),
        body_id text not null references bodies(id),
        snapshot integer not null,
        text text,
        user_id integer not null references users(id),
        at timestamptz not null default now(),
        primary key (campaign_id, body_id, snapshot))`,
      `create trigger no_disagreement_notices_append_only before update or delete on no_disagreement_notices for each row execute function tiimdi_append_only()`,
      `create table body_assessors (
        campaign_id integer not null references campaigns(id),
        body_id text not null references bodies(id),
        user_id integer not null references users(id),
        by_user_id integer not null references users(id),
        at timestamptz not null default now(),
        primary key (campaign_id, body_id, user_id))`,
      `alter table conclusion_texts add column snapshot integer`,
    ];
    for (const s of statements) await sql.raw(s).execute(db);
  },
};
