// The workflow's printed records, laid out like the conclusions (same renderers): the reconciliation
// act (2017 App 1, 2014 App 9, ICT App 9) with one row per unreliable fact, and the disagreement table
// (App 10 of the 2014 and ICT acts, and its equivalents) with one row per objection. Pure: data in, Buffer out.
import { L } from '../engine/build.js';
import type { EditionDecl, Labels, Lang } from '../engine/types.js';
import { renderDocx } from './docx.js';
import type { DocFormat } from './index.js';
import { appendixNo, reportingYear, T, tr } from './labels.js';
import { renderText, type ConclusionDoc } from './model.js';
import { renderPdf } from './pdf.js';

const R = {
  actTitle: L('Қайта тексеру нәтижелері бойынша салыстыру актісі', 'Акт сверки по результатам перепроверки', 'Reconciliation act on the results of re-verification'),
  factColumn: L('Нысан, өріс: ұсынылған → тексерілген мән; растайтын құжат', 'Форма, поле: представлено → проверено; подтверждающий документ', 'Form, field: reported → verified; supporting document'),
  direction: L('Бағыт', 'Направление', 'Direction'),
  total: L('Дәйексіз фактілер барлығы', 'Всего фактов недостоверности', 'Unreliable facts in total'),
  recalc: L('Балл тексерілген мәндермен қайта есептеледі', 'Балл пересчитывается по проверенным значениям', 'The score is recalculated with the verified figures'),
  penaltyOnly: L('Дәйексіз фактілер үшін айыппұл балдары шегеріледі', 'За факты недостоверности вычитаются штрафные баллы', 'Penalty points are deducted for the unreliable facts'),
  actSignatures: [L('Бағалаушы органның өкілі', 'Представитель уполномоченного органа по оценке', 'Representative of the assessing body'), L('Бағаланатын органның өкілі', 'Представитель оцениваемого органа', 'Representative of the assessed body')],
  tableTitle: L('Келіспеушіліктер кестесі', 'Таблица разногласий', 'Table of disagreements'),
  tableColumn: L('Түйін — органның ұстанымы / бағалаушы органның ұстанымы', 'Узел — позиция органа / позиция уполномоченного органа', 'Node — the body’s position / the assessing body’s position'),
  decision: L('Шешім', 'Решение', 'Decision'),
  bodyPosition: L('Органның ұстанымы', 'Позиция органа', 'Body’s position'),
  assessorPosition: L('Бағалаушы органның ұстанымы', 'Позиция уполномоченного органа', 'Assessing body’s position'),
  pending: L('қаралуда', 'на рассмотрении', 'pending'),
  upheld: L('қанағаттандырылды', 'удовлетворено', 'upheld'),
  rejected: L('қабылданбады', 'отклонено', 'rejected'),
  none: L('(жоқ)', '(нет)', '(none)'),
  // App 10 (2014 §67, ICT ¶109–111): its own columns
  colNode: L('Бағалау өлшемшарты / көрсеткіші (бағалаушы органның қорытындысы)', 'Критерий / показатель оценки (заключение уполномоченного органа)', 'Criterion / indicator (the assessing body’s conclusion)'),
  colObjection: L('Бағаланатын органның наразылығы', 'Возражение оцениваемого органа', 'Objection of the assessed body'),
  colPosition: L('Бағалаушы органның ұстанымы (ұсынысы)', 'Позиция (предложение) уполномоченного органа', 'The assessing body’s position (proposal)'),
  colDecision: L('Шағымдану нәтижелері бойынша шешім', 'Решение по результатам обжалования', 'Decision on the appeal'),
  colNote: L('Ескертпе', 'Примечание', 'Note'),
  filed: L('берілді {d}', 'подано {d}', 'filed {d}'),
  attachments: L('қосымшалар: {a}', 'приложения: {a}', 'attachments: {a}'),
  votes: L('дауыстар: {u} жақтады, {r} қарсы, {a} қалыс', 'голоса: {u} за, {r} против, {a} воздержались', 'votes: {u} uphold, {r} reject, {a} abstain'),
  newSnapshot: L('нәтижелер қайта есептелді (№ {n} нұсқа)', 'результаты пересчитаны (снимок № {n})', 'results recomputed (snapshot {n})'),
  overall: L('Шағымдану нәтижелерін ескере отырып жалпы балл: ____', 'Общий балл с учетом результатов обжалования: ____', 'Overall score taking the appeal results into account: ____'),
  tableSignatures: [L('Арнайы комиссияның төрағасы', 'Председатель специальной комиссии', 'Chair of the special commission'), L('Арнайы комиссияның хатшысы', 'Секретарь специальной комиссии', 'Secretary of the special commission')],
};

export interface ActFact {
  form: string;
  field: string;
  /** The field's label in the three languages, when the form declares it. */
  label?: Labels;
  reported: unknown;
  verified: unknown;
  document: string;
  direction?: number | null;
}

export interface ReconciliationActInput {
  edition: EditionDecl;
  /** The printed form (App1, App9): its label and appendix come from the edition's declaration. */
  formId: string;
  bodyName: string;
  /** Printed reporting period; default: the calendar year of asOf. */
  period?: string;
  actNo: string;
  /** The date the campaign's parameters are taken at (printed in the footer). */
  asOf: string;
  facts: ActFact[];
  recalculate: boolean;
  synthetic: boolean;
  lang: Lang;
}

const show = (v: unknown): string => (v === null || v === undefined ? '—' : String(v));

export function reconciliationActModel(i: ReconciliationActInput): ConclusionDoc {
  const { lang, edition } = i;
  const form = edition.forms.find((f) => f.id === i.formId);
  return {
    lang,
    banner: i.synthetic ? T.synthetic[lang] : null,
    appendix: tr(T.appendix, lang, { n: appendixNo(form?.ref.appendix) }),
    act: edition.act.title[lang],
    formWord: T.form[lang],
    title: `${form?.label[lang] ?? R.actTitle[lang]} ${i.actNo}`,
    bodyName: i.bodyName,
    bodyCaption: T.bodyCaption[lang],
    period: i.period ?? tr(T.period, lang, { y: reportingYear(i.asOf) }),
    periodCaption: T.periodCaption[lang],
    columns: ['№', R.factColumn[lang], R.direction[lang]],
    rows: [
      ...i.facts.map((f, k) => ({
        no: String(k + 1),
        label: `${f.form}, ${f.label?.[lang] ?? f.field} (${f.field}): ${show(f.reported)} → ${show(f.verified)}; ${f.document}`,
        value: f.direction ? String(f.direction) : '—',
        total: false,
      })),
      { no: '', label: R.total[lang], value: String(i.facts.length), total: true },
    ],
    level: i.recalculate ? R.recalc[lang] : R.penaltyOnly[lang],
    analysisHeading: '',
    analysis: [],
    conclusionsHeading: '',
    conclusionFacts: [],
    conclusions: [],
    preparedBy: `${T.preparedBy[lang]}: ${form?.filledBy?.[lang] ?? ''}`,
    signatures: R.actSignatures.map((s) => s[lang]),
    signatureCaption: `____________ ${T.signature[lang]}    ________________________ ${T.fullName[lang]}`,
    date: T.date[lang],
    footer: tr(T.generated, lang, { edition: edition.id, asOf: i.asOf }),
  };
}

export interface DisagreementRow {
  id: number;
  node: string;
  nodeLabel: string;
  bodyPosition: string;
  assessorPosition: string | null;
  decision: 'upheld' | 'rejected' | null;
  filedOn?: string;
  attachments?: string[];
  votes?: { uphold: number; reject: number; abstain: number };
  /** The snapshot an upheld decision made. */
  snapshot?: number | null;
}

const fillIn = (t: string, v: Record<string, string | number>) => t.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ''));

/** App 10's row: №, criterion/indicator, the body's objection, the assessing body's position, the decision, note. */
export function disagreementCells(r: DisagreementRow, lang: Lang): string[] {
  const note: string[] = [];
  if (r.filedOn) note.push(fillIn(R.filed[lang], { d: r.filedOn }));
  if (r.attachments?.length) note.push(fillIn(R.attachments[lang], { a: r.attachments.join('; ') }));
  if (r.snapshot) note.push(fillIn(R.newSnapshot[lang], { n: r.snapshot }));
  const v = r.votes;
  const decision = decisionLabel(r.decision, lang) + (r.decision && v ? ` (${fillIn(R.votes[lang], { u: v.uphold, r: v.reject, a: v.abstain })})` : '');
  return [String(r.id), `${r.node} ${r.nodeLabel}`, r.bodyPosition, r.assessorPosition ?? R.none[lang], decision, note.join('; ') || '—'];
}

export const disagreementColumns = (lang: Lang): string[] => ['№', R.colNode[lang], R.colObjection[lang], R.colPosition[lang], R.colDecision[lang], R.colNote[lang]];

export interface DisagreementInput {
  edition: EditionDecl;
  bodyName: string;
  /** Printed reporting period; default: the calendar year of asOf. */
  period?: string;
  rows: DisagreementRow[];
  /** The act's appendix number of the table (App 10 of the 2014 and ICT acts), or null. */
  appendix: string | null;
  asOf: string;
  synthetic: boolean;
  lang: Lang;
}

export const decisionLabel = (d: DisagreementRow['decision'], lang: Lang): string => (d ? R[d][lang] : R.pending[lang]);

export function disagreementTableModel(i: DisagreementInput): ConclusionDoc {
  const { lang, edition } = i;
  return {
    lang,
    banner: i.synthetic ? T.synthetic[lang] : null,
    appendix: i.appendix ? tr(T.appendix, lang, { n: i.appendix }) : '',
    act: edition.act.title[lang],
    formWord: T.form[lang],
    title: R.tableTitle[lang],
    bodyName: i.bodyName,
    bodyCaption: T.bodyCaption[lang],
    period: i.period ?? tr(T.period, lang, { y: reportingYear(i.asOf) }),
    periodCaption: T.periodCaption[lang],
    columns: ['№', R.tableColumn[lang], R.decision[lang]],
    rows: i.rows.map((r) => ({
      no: String(r.id),
      label: `${r.node} ${r.nodeLabel}. ${R.bodyPosition[lang]}: ${r.bodyPosition} / ${R.assessorPosition[lang]}: ${r.assessorPosition ?? R.none[lang]}`,
      value: decisionLabel(r.decision, lang),
      total: false,
    })),
    table: { columns: disagreementColumns(lang), widths: [6, 20, 24, 22, 14, 14], rows: i.rows.map((r) => disagreementCells(r, lang)), footer: R.overall[lang] },
    level: null,
    analysisHeading: '',
    analysis: [],
    conclusionsHeading: '',
    conclusionFacts: [],
    conclusions: [],
    preparedBy: '',
    signatures: R.tableSignatures.map((s) => s[lang]),
    signatureCaption: `____________ ${T.signature[lang]}    ________________________ ${T.fullName[lang]}`,
    date: T.date[lang],
    footer: tr(T.generated, lang, { edition: edition.id, asOf: i.asOf }),
  };
}

export async function renderRecord(d: ConclusionDoc, format: DocFormat): Promise<Buffer> {
  if (format === 'docx') return renderDocx(d);
  if (format === 'pdf') return renderPdf(d);
  return renderText(d);
}
