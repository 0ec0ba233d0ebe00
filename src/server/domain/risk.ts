// Risk module storage behind the service: control subjects with their dated facts (in the facts
// file format of src/risk, validated by its parser), semi-annual list approvals, and computed
// lists kept as numbered immutable records. The risk logic itself is src/risk's.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { assessSubject, buildList, FactsError, listDeadline, makeContext, parseFacts, type FactsFile } from '../../risk/index.js';
import { previousListDate } from '../../risk/list.js';
import { assessmentJson, listJson } from '../../risk/report-json.js';
import { riskEdition } from '../../methodologies/kz-2023-risk/index.js';
import type { Lang } from '../../engine/types.js';
import { appendAudit } from '../audit.js';
import { json } from '../db/open.js';
import type { Database } from '../db/types.js';
import { invalid, notFound } from '../errors.js';
import type { Actor } from '../auth/actor.js';
import { auditUser } from './campaigns.js';

const refusal = (e: FactsError, subject: string) =>
  invalid([{ body: subject, form: e.where, field: e.field, value: e.value ?? null, message: e.problem }]);

/** Validate one subject document with the risk module's parser (as a one-subject facts file). */
function checkSubject(doc: unknown, id: string): void {
  try {
    const f = parseFacts({ synthetic: true, subjects: [doc] }, riskEdition, 'subject');
    if (f.subjects[0]!.id !== id) throw new FactsError('subject', 'id', f.subjects[0]!.id, `must be "${id}", the id in the address`);
  } catch (e) {
    if (e instanceof FactsError) throw refusal(e, id);
    throw e;
  }
}

export async function putSubject(db: Kysely<Database>, actor: Actor, id: string, doc: unknown, synthetic = false) {
  checkSubject(doc, id);
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('risk_subjects').select('doc').where('id', '=', id).executeTakeFirst();
    await trx
      .insertInto('risk_subjects')
      .values({ id, doc: json(doc), synthetic, updated_at: new Date() })
      .onConflict((oc) => oc.column('id').doUpdateSet({ doc: json(doc), synthetic, updated_at: new Date() }))
      .execute();
    await appendAudit(trx, { user: auditUser(actor), action: 'risk.subject.put', entity: 'risk_subject', id, before: before?.doc ?? null, after: doc });
  });
  return { id, doc };
}

export async function listSubjects(db: Kysely<Database>) {
  return (await db.selectFrom('risk_subjects').select(['id', 'doc', 'synthetic']).orderBy('id').execute()).map((r) => {
    const d = r.doc as { name?: unknown; kind?: string };
    return { id: r.id, name: d.name ?? r.id, kind: d.kind ?? null, synthetic: r.synthetic };
  });
}

/** Everything stored, as one facts file. */
async function factsFile(db: Kysely<Database>): Promise<FactsFile> {
  const subjects = await db.selectFrom('risk_subjects').select(['doc', 'synthetic']).orderBy('id').execute();
  if (!subjects.length) throw notFound('control subjects');
  const lists = await db.selectFrom('risk_list_approvals').select('doc').orderBy('half').execute();
  return parseFacts({ synthetic: subjects.some((s) => s.synthetic), subjects: subjects.map((s) => s.doc), lists: lists.map((l) => l.doc) }, riskEdition, 'stored facts');
}

export async function putApproval(db: Kysely<Database>, actor: Actor, half: string, doc: Record<string, unknown>) {
  const full = { ...doc, half };
  try {
    parseFacts({ synthetic: true, subjects: [{ id: 'X', name: 'X', kind: riskEdition.subjectKinds[0]!.id }], lists: [full] }, riskEdition, 'approval');
  } catch (e) {
    if (e instanceof FactsError) throw refusal(e, half);
    throw e;
  }
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('risk_list_approvals').values({ half, doc: json(full) }).onConflict((oc) => oc.column('half').doUpdateSet({ doc: json(full) })).execute();
    await appendAudit(trx, { user: auditUser(actor), action: 'risk.list.approve', entity: 'risk_list', id: half, after: full });
  });
  return full;
}

export async function computeList(db: Kysely<Database>, actor: Actor, half: string, readings: Record<string, string>, lang: Lang) {
  const facts = await factsFile(db);
  const ctx = makeContext(riskEdition, facts.readings, readings);
  const list = listJson(riskEdition, buildList(ctx, facts, half), lang);
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(7245003)`.execute(trx);
    const last = await trx.selectFrom('risk_lists').select((eb) => eb.fn.max('number').as('n')).where('half', '=', half).executeTakeFirst();
    const number = Number(last?.n ?? 0) + 1;
    await trx.insertInto('risk_lists').values({ half, number, readings: json(ctx.readings), list: json(list), synthetic: facts.synthetic, user_id: actor.id!, at: new Date() }).execute();
    await appendAudit(trx, { user: auditUser(actor), action: 'risk.list.compute', entity: 'risk_list', id: `${half}/${number}`, after: { readings: ctx.readings, entries: list.entries.map((e) => e.subject) } });
    return { half, number, synthetic: facts.synthetic, readings: ctx.readings, list };
  });
}

export async function getList(db: Kysely<Database>, half: string, number: number) {
  const r = await db.selectFrom('risk_lists').selectAll().where('half', '=', half).where('number', '=', number).executeTakeFirst();
  if (!r) throw notFound(`list ${half} #${number}`);
  return { half, number, synthetic: r.synthetic, readings: r.readings, list: r.list, at: new Date(r.at).toISOString() };
}

export async function assessStored(db: Kysely<Database>, id: string, date: string, lang: Lang) {
  const facts = await factsFile(db);
  const subject = facts.subjects.find((s) => s.id === id);
  if (!subject) throw notFound(`control subject ${id}`);
  const ctx = makeContext(riskEdition, facts.readings);
  return { synthetic: facts.synthetic, referenceDate: date, assessment: assessmentJson(riskEdition, assessSubject(ctx, subject, date, previousListDate(ctx, facts, date)), lang) };
}

/** The parts of the risk edition a page needs to show and fill: the checklist form (header, rows,
 * signatures), the criteria's short and full texts with source and severity, subject kinds, the
 * objective triggers, the list halves and approver, the readings and the act's vocabulary. All kk/ru/en; public law, but served to the risk roles. */
export function editionView() {
  const e = riskEdition;
  return {
    id: e.id,
    title: e.act.title,
    checklist: e.checklist,
    criteria: e.criteria.map((c) => ({ no: c.no, source: c.source, severity: c.severity, short: c.short, text: c.text, centralOnly: c.centralOnly ?? false, checklistRow: c.checklistRow ?? null })),
    subjectKinds: e.subjectKinds.map((k) => ({ id: k.id, label: k.label, central: k.central ?? false })),
    sources: e.sources.map((s) => ({ id: s.id, label: s.label })),
    triggers: e.triggers.map((t) => ({ id: t.id, label: t.label, ref: t.ref })),
    lists: e.lists,
    vocabulary: e.vocabulary,
    readings: e.readings.map((r) => ({ id: r.id, label: r.label, default: r.default, options: r.options.map((o) => ({ value: o.value, label: o.label })) })),
  };
}

export async function getSubject(db: Kysely<Database>, id: string) {
  const r = await db.selectFrom('risk_subjects').select(['id', 'doc', 'synthetic', 'updated_at']).where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound(`control subject ${id}`);
  return { id: r.id, synthetic: r.synthetic, doc: r.doc as Record<string, unknown>, updatedAt: new Date(r.updated_at).toISOString() };
}

/** Record one control (an inspection or a visit, usually with its filled checklist) in a stored
 * subject: replaces the control with the same id, else appends it. The whole subject is validated
 * again, so a checklist that breaks the facts format (e.g. "not applicable" on a row that applies)
 * is refused with the field named. */
export async function putControl(db: Kysely<Database>, actor: Actor, id: string, controlId: string, control: Record<string, unknown>) {
  const full = { ...control, id: controlId };
  return db.transaction().execute(async (trx) => {
    const r = await trx.selectFrom('risk_subjects').select(['doc', 'synthetic']).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!r) throw notFound(`control subject ${id}`);
    const before = r.doc as Record<string, unknown>;
    const controls = Array.isArray(before.controls) ? (before.controls as Record<string, unknown>[]) : [];
    const i = controls.findIndex((c) => c.id === controlId);
    const next = i >= 0 ? controls.map((c, j) => (j === i ? full : c)) : [...controls, full];
    const doc = { ...before, controls: next };
    checkSubject(doc, id);
    await trx.updateTable('risk_subjects').set({ doc: json(doc), updated_at: new Date() }).where('id', '=', id).execute();
    await appendAudit(trx, { user: auditUser(actor), action: 'risk.control.put', entity: 'risk_subject', id: `${id}/${controlId}`, before: i >= 0 ? controls[i] : null, after: full });
    return { subject: id, control: full, replaced: i >= 0 };
  });
}

/** The computed lists of one half (newest first, without their entries) and its recorded approval. */
export async function listVersions(db: Kysely<Database>, half: string) {
  const approval = await db.selectFrom('risk_list_approvals').select('doc').where('half', '=', half).executeTakeFirst();
  const rows = await db.selectFrom('risk_lists').select(['number', 'list', 'synthetic', 'at']).where('half', '=', half).orderBy('number', 'desc').execute();
  return {
    half,
    deadline: listDeadline(makeContext(riskEdition), half),
    approval: approval?.doc ?? null,
    versions: rows.map((r) => {
      const l = r.list as { status: string; lateApproval: boolean; referenceDate: string; entries: { subject: string }[] };
      return { number: r.number, at: new Date(r.at).toISOString(), synthetic: r.synthetic, status: l.status, lateApproval: l.lateApproval, referenceDate: l.referenceDate, entries: l.entries.map((x) => x.subject) };
    }),
  };
}
