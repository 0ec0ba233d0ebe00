// Conclusion forms (заключение): fixed tables that show node values of one evaluated body, a narrative
// "analysis by criteria", a "conclusions and recommendations" section (with the unreliable facts and
// the deductions, 2017 act p.16–17) and the signature block. An edition declares each form as data;
// `fillConclusion` puts one body's results into it.
import type { BodyResult, EditionDecl, Labels, LegalRef } from './types.js';

export interface ConclusionRow {
  /** Row number as printed ("1", "2"…) or empty for total rows. */
  no: string;
  label: Labels;
  /** Node whose value the row shows. */
  node: string;
}

export interface ConclusionFormData {
  id: string;
  title: Labels;
  ref: LegalRef;
  preparedBy: Labels;
  /** Body kinds the form is for (default: all). */
  appliesTo?: readonly string[];
  columns: readonly Labels[];
  rows: readonly ConclusionRow[];
  /** Headings of the narrative "analysis by criteria" items, in order. */
  analysis: readonly Labels[];
  /** Nodes whose values go into the "conclusions and recommendations" section (p.16). */
  conclusionsNodes: readonly string[];
  signatures: readonly Labels[];
}

export interface FilledConclusion {
  form: string;
  title: Labels;
  ref: LegalRef;
  preparedBy: Labels;
  body: { id: string; name: BodyResult['name']; kind: string };
  rows: { no: string; label: Labels; node: string; value: string | null }[];
  analysis: readonly Labels[];
  conclusions: { node: string; value: string | null }[];
  level: string | null;
  signatures: readonly Labels[];
  synthetic: boolean;
}

export function fillConclusion(form: ConclusionFormData, edition: EditionDecl, body: BodyResult, synthetic = false): FilledConclusion {
  if (form.appliesTo && !form.appliesTo.includes(body.kind))
    throw new Error(`conclusion form ${form.id} is not for a body of kind ${body.kind} (body ${body.id})`);
  return {
    form: form.id,
    title: form.title,
    ref: form.ref,
    preparedBy: form.preparedBy,
    body: { id: body.id, name: body.name, kind: body.kind },
    rows: form.rows.map((r) => ({ ...r, value: body.values[r.node] ?? null })),
    analysis: form.analysis,
    conclusions: form.conclusionsNodes.map((node) => ({ node, value: body.values[node] ?? null })),
    level: body.levels[edition.root.id] ?? null,
    signatures: form.signatures,
    synthetic,
  };
}
