// The acts penalise reporting information handed in after the schedule's deadline or incomplete
// (2014 act §53–§55: 1.5 and 2 points; 2015 ICT act ¶96). The service knows, from the schedule and
// the working-day calendar, which forms were late or missing; the edition says (EditionDecl.reporting)
// which input fields carry those facts into its penalty nodes, so the penalty shows in the trace as
// an input with its form and field like any other.
import type { BodyInput, EditionDecl } from './types.js';

export interface ReportingVerdict {
  /** Some scheduled form was handed in after its due date. */
  late: boolean;
  /** Some scheduled form was still missing after its due date. */
  incomplete: boolean;
}

/**
 * The body's inputs with the schedule's verdict written into the edition's reporting fields. A fact
 * the schedule establishes (late, incomplete) is set to true; a field an evaluator already set stays
 * as it is when the schedule finds nothing. Editions without reporting penalties are left untouched.
 */
export function applyReportingVerdict(edition: EditionDecl, body: BodyInput, verdict: ReportingVerdict): BodyInput {
  const r = edition.reporting;
  if (!r) return body;
  const forms = { ...body.forms };
  const set = (target: { form: string; field: string } | undefined, value: boolean) => {
    if (!target || !value) return;
    forms[target.form] = { ...(forms[target.form] ?? {}), [target.field]: true };
  };
  set(r.late, verdict.late);
  set(r.incomplete, verdict.incomplete);
  return { ...body, forms };
}
