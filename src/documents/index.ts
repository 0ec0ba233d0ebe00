// Conclusion documents (DOCX, PDF, text), their drafted findings, and the Excel exports. Pure: every
// function takes evaluated results and returns a Buffer; nothing here reads or writes files.
import type { BodyResult, CampaignResult, EditionDecl, Lang } from '../engine/types.js';
import { renderDocx } from './docx.js';
import { draftFindings, type ConclusionText } from './findings.js';
import { findConclusionForm } from './forms.js';
import { buildConclusionDoc, renderText, type ConclusionDoc } from './model.js';
import { renderPdf } from './pdf.js';

export { conclusionFormsOf, findConclusionForm, formsForKind } from './forms.js';
export { draftFindings, findingsToText, parseFindingsText, type ConclusionText } from './findings.js';
export { buildConclusionDoc, renderText, type ConclusionDoc, type ConclusionInput } from './model.js';
export { renderDocx } from './docx.js';
export { renderPdf } from './pdf.js';
export { rankingsWorkbook, scorecardWorkbook, statusWorkbook, type StatusRow } from './excel.js';

export type DocFormat = 'docx' | 'pdf' | 'txt';
export const DOC_FORMATS: readonly DocFormat[] = ['docx', 'pdf', 'txt'];
export const CONTENT_TYPES: Record<DocFormat | 'xlsx', string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  txt: 'text/plain; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ConclusionRequest {
  edition: EditionDecl;
  /** The evaluated campaign (a snapshot): asOf and the synthetic flag come from it. */
  result: CampaignResult;
  bodyId: string;
  formId: string;
  lang: Lang;
  /** The evaluator's final text; the trace-drafted findings when absent. */
  text?: ConclusionText;
  period?: string;
}

export function findBody(result: CampaignResult, bodyId: string): BodyResult {
  const b = result.bodies.find((x) => x.id === bodyId);
  if (!b) throw new Error(`no body "${bodyId}" in the campaign; bodies: ${result.bodies.map((x) => x.id).join(', ')}`);
  return b;
}

/** The printable model of one conclusion (the draft findings fill the narrative unless `text` is given). */
export function conclusionModel(r: ConclusionRequest): ConclusionDoc {
  const body = findBody(r.result, r.bodyId);
  const form = findConclusionForm(r.edition.id, r.formId, body.kind);
  const text = r.text ?? draftFindings(r.edition, form, body, r.lang);
  return buildConclusionDoc({ edition: r.edition, form, body, lang: r.lang, asOf: r.result.asOf, synthetic: r.result.synthetic, text, period: r.period });
}

export async function conclusionDocument(r: ConclusionRequest, format: DocFormat): Promise<Buffer> {
  const d = conclusionModel(r);
  if (format === 'docx') return renderDocx(d);
  if (format === 'pdf') return renderPdf(d);
  return renderText(d);
}
