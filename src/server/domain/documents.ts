// Documents from a snapshot (src/documents): conclusion forms (DOCX/PDF/text) with the evaluator's
// final text or the draft findings, the draft itself, and the Excel rankings and scorecards. Who may
// read: insiders any snapshot; a body officer its own body's released results; everyone the published.
import type { Kysely } from 'kysely';
import type { BodyResult, CampaignResult, Lang } from '../../engine/types.js';
import { findEdition } from '../../methodologies/index.js';
import { conclusionDocument, draftFindings, findConclusionForm, findingsToText, rankingsWorkbook, scorecardWorkbook, statusWorkbook, type ConclusionText, type StatusRow, type DocFormat } from '../../documents/index.js';
import { appendAudit } from '../audit.js';
import { json } from '../db/open.js';
import type { Database } from '../db/types.js';
import { badField, notFound } from '../errors.js';
import type { Actor } from '../auth/actor.js';
import { allow, canReadRanking, canReadScorecard, isInsider } from '../auth/policy.js';
import { applies } from '../../engine/validate.js';
import { nameOf } from '../../documents/labels.js';
import { auditUser, campaignBodies, requireCampaign, scheduleOf, tryEdition } from './campaigns.js';
import { listSubmissions } from './submissions.js';
import { timeliness } from './timeliness.js';
import { bodyResults, loadResults, snapshotRow } from './results.js';
import { latestActs } from './workflow-load.js';
import type { EditionDecl } from '../../engine/types.js';

const FACTS_HEADING = {
  kk: 'Салыстыру актісінде тіркелген дәйексіз фактілер (№{id})',
  ru: 'Факты недостоверности, зафиксированные в акте сверки (№{id})',
  en: 'Unreliable facts recorded in the reconciliation act (No. {id})',
};

/**
 * The draft findings with the reconciliation act's facts first in the conclusions (2017 p.16, 2014 §57,
 * ICT ¶100: the facts found are shown in "Conclusions and recommendations").
 */
async function draftWithFacts(db: Kysely<Database>, campaignId: number, edition: EditionDecl, form: ReturnType<typeof findConclusionForm>, body: BodyResult, lang: Lang): Promise<ConclusionText> {
  const draft = draftFindings(edition, form, body, lang);
  const act = (await latestActs(db, campaignId, body.id)).find((a) => a.edition === edition.id);
  if (!act?.facts.length) return draft;
  const lines = act.facts.map((f, i) => `${i + 1}) ${f.form}.${f.field}: ${String(f.reported)} → ${String(f.verified)} (${f.document})`);
  const facts = [`${FACTS_HEADING[lang].replace('{id}', `${act.id}/${act.version}`)}:`, ...lines].join('\n\n');
  return { ...draft, conclusions: [facts, draft.conclusions].filter(Boolean).join('\n\n') };
}

interface Summary {
  asOf: string;
  readings: Record<string, string>;
  synthetic: boolean;
}

/** The snapshot's body result under an edition (the first edition having a result when none is named). */
async function bodyResultFor(db: Kysely<Database>, actor: Actor, campaignId: number, n: string, bodyId: string, editionId?: string) {
  const { number, vis } = await loadResults(db, actor, campaignId, n);
  allow(actor, canReadScorecard(actor, bodyId, vis), `results of body ${bodyId} in this snapshot are not released to you`);
  const rows = await bodyResults(db, campaignId, number, bodyId, editionId);
  const hit = rows[0];
  if (!hit) throw notFound(`body ${bodyId} in snapshot ${number}${editionId ? ` under ${editionId}` : ''}`);
  const s = await snapshotRow(db, campaignId, number);
  const m = (s.results as Record<string, Summary>)[hit.edition];
  const result: CampaignResult = { edition: hit.edition, asOf: m?.asOf ?? '', readings: m?.readings ?? {}, synthetic: m?.synthetic ?? true, bodies: [hit.result] };
  return { number, edition: findEdition(hit.edition), body: hit.result, result };
}

function formOf(editionId: string, formId: string, body: BodyResult) {
  try {
    return findConclusionForm(editionId, formId, body.kind);
  } catch (e) {
    throw badField('form', formId, (e as Error).message);
  }
}

const STALE = {
  kk: 'НАЗАР АУДАРЫҢЫЗ: бағалаушының мәтіні №{m} нұсқа (снимок) үшін жазылған; құжаттағы нәтижелер — №{n} нұсқадан. Мәтінді тексеріп, қайта сақтаңыз.',
  ru: 'ВНИМАНИЕ: текст оценщика написан для снимка № {m}; результаты в документе — снимка № {n}. Проверьте текст и сохраните его заново.',
  en: 'NOTE: the evaluator’s text was written for snapshot {m}; the results in this document are of snapshot {n}. Check the text and save it again.',
};

/**
 * The evaluator's final text for the snapshot printed: the newest one written for that snapshot or an
 * earlier one (a text written for a later snapshot does not belong to this one: the draft is used).
 * `writtenFor` is the snapshot it was written for; `stale` when that is not the snapshot printed.
 */
async function finalText(db: Kysely<Database>, campaignId: number, bodyId: string, edition: string, form: string, lang: Lang, snapshot: number): Promise<(ConclusionText & { writtenFor: number | null; stale: boolean }) | undefined> {
  const rows = await db
    .selectFrom('conclusion_texts')
    .select(['text', 'snapshot'])
    .where('campaign_id', '=', campaignId)
    .where('body_id', '=', bodyId)
    .where('edition_id', '=', edition)
    .where('form_id', '=', form)
    .where('lang', '=', lang)
    .orderBy('id', 'desc')
    .execute();
  for (const r of rows) {
    const t = r.text as ConclusionText & { snapshot?: number };
    // texts saved before migration 005 carry their snapshot in the JSON only
    const writtenFor = r.snapshot ?? t.snapshot ?? null;
    if (writtenFor !== null && writtenFor > snapshot) continue;
    return { analysis: t.analysis, conclusions: t.conclusions, writtenFor, stale: writtenFor !== snapshot };
  }
  return undefined;
}

/** The text as printed: a stale one is headed by a marker naming the snapshot it was written for. */
function printedText(t: ConclusionText & { writtenFor: number | null; stale: boolean }, snapshot: number, lang: Lang): ConclusionText {
  if (!t.stale) return { analysis: t.analysis, conclusions: t.conclusions };
  const marker = STALE[lang].replace('{m}', String(t.writtenFor ?? '?')).replace('{n}', String(snapshot));
  return { analysis: t.analysis, conclusions: `${marker}\n\n${t.conclusions}` };
}

export async function conclusion(db: Kysely<Database>, actor: Actor, campaignId: number, bodyId: string, formId: string, q: { lang: Lang; format: DocFormat; edition?: string; snapshot: string }): Promise<Buffer> {
  const { number, edition, body, result } = await bodyResultFor(db, actor, campaignId, q.snapshot, bodyId, q.edition);
  const form = formOf(edition.id, formId, body);
  const final = await finalText(db, campaignId, bodyId, edition.id, form.id, q.lang, number);
  const text = final ? printedText(final, number, q.lang) : await draftWithFacts(db, campaignId, edition, form, body, q.lang);
  return conclusionDocument({ edition, result, bodyId, formId: form.id, lang: q.lang, text }, q.format);
}

export async function findings(db: Kysely<Database>, actor: Actor, campaignId: number, bodyId: string, formId: string, q: { lang: Lang; edition?: string; snapshot: string }) {
  const { number, edition, body } = await bodyResultFor(db, actor, campaignId, q.snapshot, bodyId, q.edition);
  const form = formOf(edition.id, formId, body);
  const draft = await draftWithFacts(db, campaignId, edition, form, body, q.lang);
  const final = await finalText(db, campaignId, bodyId, edition.id, form.id, q.lang, number);
  return {
    campaignId,
    snapshot: number,
    bodyId,
    edition: edition.id,
    form: form.id,
    lang: q.lang,
    draft,
    text: findingsToText(form, draft, q.lang),
    final: final ? { analysis: final.analysis, conclusions: final.conclusions, snapshot: final.writtenFor, stale: final.stale } : null,
  };
}

/** The evaluator's final text: evaluators of an assessing body the schedule names for the edition. */
export async function saveConclusionText(db: Kysely<Database>, actor: Actor, campaignId: number, bodyId: string, formId: string, b: { lang: Lang; edition?: string; analysis: string[]; conclusions: string }) {
  await requireCampaign(db, campaignId);
  const { number, edition, body } = await bodyResultFor(db, actor, campaignId, 'latest', bodyId, b.edition);
  const rows = (await scheduleOf(db, campaignId)).filter((s) => s.edition_id === edition.id);
  allow(actor, actor.role === 'administrator' || (actor.role === 'evaluator' && rows.some((s) => actor.assessingBodies.has(s.assessing_body))), 'the assessing body’s evaluators write the conclusions');
  const form = formOf(edition.id, formId, body);
  const text: ConclusionText = { analysis: b.analysis, conclusions: b.conclusions };
  const r = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('conclusion_texts')
      .values({ campaign_id: campaignId, body_id: bodyId, edition_id: edition.id, form_id: form.id, lang: b.lang, text: json({ ...text, snapshot: number }), snapshot: number, user_id: actor.id! })
      .returning(['id', 'at'])
      .executeTakeFirstOrThrow();
    await appendAudit(trx, { user: auditUser(actor), action: 'conclusion.text', entity: 'conclusion', id: String(row.id), after: { campaignId, bodyId, edition: edition.id, form: form.id, lang: b.lang, snapshot: number, text } });
    return row;
  });
  return { id: r.id, campaignId, bodyId, edition: edition.id, form: form.id, lang: b.lang, snapshot: number, at: new Date(r.at).toISOString() };
}

export async function rankingsXlsx(db: Kysely<Database>, actor: Actor, campaignId: number, q: { lang: Lang; edition?: string; snapshot: string }): Promise<Buffer> {
  const c = await requireCampaign(db, campaignId);
  const { number, vis } = await loadResults(db, actor, campaignId, q.snapshot);
  allow(actor, canReadRanking(actor, vis), 'the ranking of this snapshot is not published');
  const editionId = q.edition ?? c.editions[0]!;
  if (!c.editions.includes(editionId)) throw badField('edition', editionId, `not an edition of campaign ${campaignId}`);
  const rows = await db.selectFrom('snapshot_bodies').select('result').where('campaign_id', '=', campaignId).where('number', '=', number).where('edition_id', '=', editionId).orderBy('body_id').execute();
  const s = await snapshotRow(db, campaignId, number);
  const m = (s.results as Record<string, Summary>)[editionId];
  const result: CampaignResult = { edition: editionId, asOf: m?.asOf ?? c.asOf, readings: m?.readings ?? {}, synthetic: m?.synthetic ?? c.synthetic, bodies: rows.map((r) => r.result as BodyResult) };
  return rankingsWorkbook(findEdition(editionId), result, q.lang);
}

export async function scorecardXlsx(db: Kysely<Database>, actor: Actor, campaignId: number, bodyId: string, q: { lang: Lang; edition?: string; snapshot: string }): Promise<Buffer> {
  const { edition, body, result } = await bodyResultFor(db, actor, campaignId, q.snapshot, bodyId, q.edition);
  return scorecardWorkbook(edition, result, body, q.lang);
}

/**
 * The campaign dashboard as Excel: every body × scheduled form that applies to it, with its status, the
 * due date and the working-day verdict (first handed in, working days late, missing). Insiders see
 * every body; a body's officer only the own body's rows.
 */
export async function statusXlsx(db: Kysely<Database>, actor: Actor, campaignId: number, lang: Lang, today: string): Promise<Buffer> {
  allow(actor, isInsider(actor) || actor.role === 'body_officer', 'the status of the forms is for the assessing side and the bodies themselves');
  const c = await requireCampaign(db, campaignId);
  const mine = (bodyId: string) => isInsider(actor) || actor.bodies.has(bodyId);
  const subs = new Map((await listSubmissions(db, actor, campaignId)).map((s) => [`${s.bodyId}/${s.editionId}/${s.formId}`, s.status]));
  const onTime = new Map((await timeliness(db, campaignId, today)).map((r) => [`${r.bodyId}/${r.edition}/${r.form}`, r]));
  const schedule = await scheduleOf(db, campaignId);
  const rows: StatusRow[] = [];
  for (const b of await campaignBodies(db, campaignId)) {
    if (b.liquidated_on || !mine(b.id)) continue;
    const name = nameOf({ kk: b.name_kk, ru: b.name_ru, en: b.name_en }, lang, b.id);
    for (const s of schedule) {
      const form = tryEdition(s.edition_id)?.forms.find((f) => f.id === s.form_id);
      if (!form || !applies(form.appliesTo, b.kind)) continue;
      const key = `${b.id}/${s.edition_id}/${s.form_id}`;
      const tl = onTime.get(key);
      rows.push({
        bodyId: b.id,
        body: name,
        form: s.form_id,
        formLabel: form.label[lang],
        status: (subs.get(key) as StatusRow['status'] | undefined) ?? 'not-started',
        due: s.due_on,
        submittedOn: tl?.submittedOn ?? null,
        workingDaysLate: tl?.workingDaysLate ?? 0,
        timeliness: tl?.state ?? '',
      });
    }
  }
  return statusWorkbook({ code: c.code, title: c.title, synthetic: c.synthetic }, rows, today, lang);
}
