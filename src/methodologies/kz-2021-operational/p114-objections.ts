// p.114 (wording of the 2023 amendment, reg. No. 33140):
// «114. Арнайы комиссияның бағаланатын мемлекеттік органдардан келіп түскен қарсылықтарды қарауы
// операциялық бағалау жүргізу кестесімен бекітілген мерзімдерге сәйкес жүзеге асырылады.»
//
// The paragraph fixes no day count of its own: the special commission reviews objections on the dates
// the schedule of the operational assessment approves. It is exported as data so that the service's
// objection workflow takes its deadlines from the campaign's schedule, never from a constant.
import { L } from '../../engine/build.js';
import type { Labels } from '../../engine/types.js';
import { AMENDMENT_2023, AMENDMENT_2023_IN_FORCE } from './identity.js';

export interface ObjectionRule {
  paragraph: string;
  /** Date from which this wording applies. */
  from: string;
  by: string;
  text: Labels;
  /** Who reviews the objections. */
  reviewer: Labels;
  /** Who may object. */
  objectors: Labels;
  /** Where the deadlines come from: the named item of the assessment schedule. */
  deadlines: { source: 'assessment-schedule'; scheduleItem: string };
}

export const OBJECTION_REVIEW_ITEM = 'objection-review';

export const objectionRule: ObjectionRule = {
  paragraph: 'p.114',
  from: AMENDMENT_2023_IN_FORCE,
  by: AMENDMENT_2023,
  text: L(
    'Арнайы комиссияның бағаланатын мемлекеттік органдардан келіп түскен қарсылықтарды қарауы операциялық бағалау жүргізу кестесімен бекітілген мерзімдерге сәйкес жүзеге асырылады.',
    'Рассмотрение специальной комиссией возражений, поступивших от оцениваемых государственных органов, осуществляется в сроки, утвержденные графиком проведения операционной оценки.',
    'The special commission reviews the objections received from the assessed state bodies within the dates approved by the schedule of the operational assessment.',
  ),
  reviewer: L('Арнайы комиссия', 'Специальная комиссия', 'Special commission'),
  objectors: L('Бағаланатын мемлекеттік органдар', 'Оцениваемые государственные органы', 'Assessed state bodies'),
  deadlines: { source: 'assessment-schedule', scheduleItem: OBJECTION_REVIEW_ITEM },
};

/** One dated item of an assessment schedule (as the service stores it). */
export interface ScheduleItem {
  item: string;
  from: string;
  to: string;
}

/**
 * The objection-review window under p.114: the schedule's own dates. Refuses a schedule that lacks the
 * item (the act gives no fallback day count) and a window that ends before it starts.
 */
export function objectionReviewWindow(schedule: readonly ScheduleItem[], rule: ObjectionRule = objectionRule): { from: string; to: string } {
  const hit = schedule.find((s) => s.item === rule.deadlines.scheduleItem);
  if (!hit)
    throw new Error(`${rule.paragraph}: the assessment schedule has no "${rule.deadlines.scheduleItem}" item; the act takes the objection-review dates from the schedule and gives no default`);
  if (hit.to < hit.from) throw new Error(`${rule.paragraph}: schedule item "${hit.item}" ends (${hit.to}) before it starts (${hit.from})`);
  return { from: hit.from, to: hit.to };
}
