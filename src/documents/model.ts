// One conclusion as printed, in one language: the words and numbers of every line, laid out in the
// order of the appendix form. The DOCX, PDF and text renderers draw this and nothing else, so the three
// formats always say the same thing.
import { fillConclusion, type ConclusionFormData } from '../engine/conclusion.js';
import type { BodyResult, EditionDecl, Lang } from '../engine/types.js';
import type { ConclusionText } from './findings.js';
import { appendixNo, nameOf, num, reportingYear, T, tr } from './labels.js';
import { qualifiedLabel } from './tree.js';

export interface ConclusionDoc {
  lang: Lang;
  /** The SYNTHETIC banner (top and bottom) when the campaign's scores are invented. */
  banner: string | null;
  appendix: string;
  act: string;
  formWord: string;
  title: string;
  bodyName: string;
  bodyCaption: string;
  period: string;
  periodCaption: string;
  columns: [string, string, string];
  rows: { no: string; label: string; value: string; total: boolean }[];
  /** A record with its own columns (the App 10 disagreement table): printed in place of columns/rows. */
  table?: { columns: string[]; widths: number[]; rows: string[][]; footer?: string };
  level: string | null;
  /** Empty for a form without narrative (e.g. 2014 App 9): then neither section is printed. */
  analysisHeading: string;
  analysis: { heading: string; text: string }[];
  conclusionsHeading: string;
  /** The values the form requires in the conclusions section (the penalties, p.16 / §59 / ¶100). */
  conclusionFacts: string[];
  conclusions: string[];
  preparedBy: string;
  signatures: string[];
  signatureCaption: string;
  date: string;
  footer: string;
}

export interface ConclusionInput {
  edition: EditionDecl;
  form: ConclusionFormData;
  body: BodyResult;
  lang: Lang;
  asOf: string;
  synthetic: boolean;
  /** The final narrative (the evaluator's, or the draft of `draftFindings`). */
  text: ConclusionText;
  /** Printed reporting period; default: the calendar year of asOf (see `reportingYear`). */
  period?: string;
}

export function buildConclusionDoc(i: ConclusionInput): ConclusionDoc {
  const { edition, form, body, lang } = i;
  const filled = fillConclusion(form, edition, body, i.synthetic);
  const last = form.rows[form.rows.length - 1]?.node;
  // The level printed is the one of the form's total (a direction for App 3/4/11/18, the block for App 19).
  const levelId = last ? body.levels[last] : undefined;
  const levelLabel = levelId ? edition.levels?.find((l) => l.id === levelId)?.label[lang] ?? levelId : null;
  const narrative = form.analysis.length > 0;
  const banner = filled.synthetic ? T.synthetic[lang] : null;
  return {
    lang,
    banner,
    appendix: tr(T.appendix, lang, { n: appendixNo(form.ref.appendix) }),
    act: edition.act.title[lang],
    formWord: T.form[lang],
    title: filled.title[lang],
    bodyName: nameOf(body.name, lang, body.id),
    bodyCaption: T.bodyCaption[lang],
    period: i.period ?? tr(T.period, lang, { y: reportingYear(i.asOf) }),
    periodCaption: T.periodCaption[lang],
    columns: [form.columns[0]?.[lang] ?? '№', form.columns[1]?.[lang] ?? '', form.columns[2]?.[lang] ?? ''],
    rows: filled.rows.map((r) => ({ no: r.no, label: r.label[lang], value: num(r.value, lang), total: !r.no })),
    level: levelLabel ? `${T.level[lang]}: ${levelLabel}` : null,
    analysisHeading: narrative ? T.analysis[lang] : '',
    analysis: narrative ? form.analysis.map((h, k) => ({ heading: `${k + 1}. ${h[lang]}`, text: i.text.analysis[k] ?? '' })) : [],
    conclusionsHeading: narrative ? T.conclusions[lang] : '',
    conclusionFacts: narrative ? filled.conclusions.filter((c) => c.value !== null).map((c) => `${qualifiedLabel(edition, c.node, lang)}: ${num(c.value, lang)}`) : [],
    conclusions: narrative ? i.text.conclusions.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean) : [],
    preparedBy: `${T.preparedBy[lang]}: ${form.preparedBy[lang]}`,
    signatures: form.signatures.map((s) => s[lang]),
    signatureCaption: `____________ ${T.signature[lang]}    ________________________ ${T.fullName[lang]}`,
    date: T.date[lang],
    footer: tr(T.generated, lang, { edition: edition.id, asOf: i.asOf }),
  };
}

/** The document as plain text: the benchmark's baseline, and a quick look in a terminal. */
export function renderText(d: ConclusionDoc): Buffer {
  const out: string[] = [];
  if (d.banner) out.push(`*** ${d.banner} ***`, '');
  out.push(d.appendix, d.act, d.formWord, '', d.title, '', d.bodyName, d.bodyCaption, d.period, d.periodCaption, '');
  if (d.table) {
    out.push(d.table.columns.join(' | '));
    for (const r of d.table.rows) out.push(r.join(' | '));
    if (d.table.footer) out.push('', d.table.footer);
  } else {
    out.push(`${d.columns[0]} | ${d.columns[1]} | ${d.columns[2]}`);
    for (const r of d.rows) out.push(`${r.no || ' '} | ${r.label} | ${r.value}`);
  }
  if (d.level) out.push('', d.level);
  if (d.analysisHeading) {
    out.push('', `${d.analysisHeading}:`);
    for (const a of d.analysis) out.push(a.heading, a.text);
    out.push('', `${d.conclusionsHeading}:`, ...d.conclusionFacts, ...d.conclusions);
  }
  out.push('', d.preparedBy);
  for (const s of d.signatures) out.push('', s, d.signatureCaption);
  out.push('', d.date, '', d.footer);
  if (d.banner) out.push('', `*** ${d.banner} ***`);
  return Buffer.from(out.join('\n') + '\n', 'utf8');
}
