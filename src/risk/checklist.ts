// Appendix 2 in use (spec §7.6): a checklist is complete when every row is answered (complies /
// does not comply; "not applicable" only for rows 2–3 of a non-central subject, A29), the six header
// fields are filled, at least one official and the head of the subject have signed. Each "does not
// comply" on row N is an S1 finding for Crit-App row N with that row's severity; it feeds the next
// assessment through the control it belongs to (./evidence.ts).
import type { FilledChecklist } from './facts.js';
import type { CriterionDecl, RiskEditionDecl } from './model.js';
import { msg, type Msg } from './message.js';

export interface ChecklistStatus {
  complete: boolean;
  missing: Msg[];
}

export function checklistStatus(edition: RiskEditionDecl, cl: FilledChecklist): ChecklistStatus {
  const missing: Msg[] = [];
  const unanswered = edition.checklist.rows.filter((r) => cl.answers[r.no] === undefined).map((r) => r.no);
  if (unanswered.length > 0) missing.push(msg('cl.rows-unanswered', { rows: unanswered.join(', ') }));
  const blank = edition.checklist.header.filter((h) => (cl.header as Record<string, unknown>)[h.id] === undefined).map((h) => h.id);
  if (blank.length > 0) missing.push(msg('cl.header-blank', { fields: blank.join(', ') }));
  if (!cl.officials.some((o) => o.signed)) missing.push(msg('cl.no-official'));
  if (!cl.head?.signed) missing.push(msg('cl.no-head'));
  return { complete: missing.length === 0, missing };
}

/** The criteria (with severity) of the rows marked "does not comply". */
export function checklistFindings(edition: RiskEditionDecl, cl: FilledChecklist): CriterionDecl[] {
  return edition.checklist.rows
    .filter((r) => cl.answers[r.no] === 'does-not-comply')
    .map((r) => {
      const c = edition.criteria.find((x) => x.no === r.criterion);
      if (!c) throw new RangeError(`checklist row ${r.no} names no criterion`);
      return c;
    });
}
