// Chapter 7, §64–§71: appeals. Deadlines only; the Special Commission's decisions are inputs.
//   §65: objections (or a no-objection notice) within five working days from receiving the conclusion;
//        objections after the deadline are not accepted.
//   §66: the Special Commission has at least 5 members, none of whom assessed the appealing body.
//   §67: the disagreement table (App 10) within five working days from receiving the objections.
//   §70: reasoned conclusions within fifteen calendar days from receiving the objections.
// Counting (spec seed-000 §11.4): day 1 is the first working (or calendar) day after the receipt.
import { addDays, addWorkingDays, type WorkCalendar } from './p30-registration-day.js';

export const APPEAL_WORKING_DAYS = 5;
export const TABLE_WORKING_DAYS = 5;
export const DECISION_CALENDAR_DAYS = 15;
export const SPECIAL_COMMISSION_MIN_MEMBERS = 5;

export interface AppealTimeline {
  /** §65: last day for objections, or for the no-objection notice to the Agency. */
  objectionDeadline: string;
  /** §65: whether an objection received on that date is accepted. */
  objectionAccepted?: boolean;
  /** §67: the Agency's disagreement table (App 10) is due. */
  disagreementTableDue?: string;
  /** §70: reasoned conclusions on accepting or rejecting the objections are due. */
  reasonedConclusionDue?: string;
}

export function appealTimeline(conclusionReceived: string, objectionReceived?: string, cal: WorkCalendar = {}): AppealTimeline {
  const objectionDeadline = addWorkingDays(conclusionReceived, APPEAL_WORKING_DAYS, cal);
  if (!objectionReceived) return { objectionDeadline };
  const objectionAccepted = objectionReceived <= objectionDeadline;
  if (!objectionAccepted) return { objectionDeadline, objectionAccepted };
  return {
    objectionDeadline,
    objectionAccepted,
    disagreementTableDue: addWorkingDays(objectionReceived, TABLE_WORKING_DAYS, cal),
    reasonedConclusionDue: addDays(objectionReceived, DECISION_CALENDAR_DAYS),
  };
}

/** §66: the Special Commission's composition rule. */
export function specialCommissionValid(members: readonly { id: string; assessedAppellant: boolean }[]): boolean {
  return members.length >= SPECIAL_COMMISSION_MIN_MEMBERS && members.every((m) => !m.assessedAppellant);
}
