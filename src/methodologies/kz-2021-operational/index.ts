// The 2021 operational-assessment methodology (reg. No. 22599) as amended in 2023 (reg. No. 33140):
// a partial edition holding p.49, p.52 and p.114 — the paragraphs the seeds contain.
export { edition } from './edition.js';
export { objectionRule, objectionReviewWindow, OBJECTION_REVIEW_ITEM, type ObjectionRule, type ScheduleItem } from './p114-objections.js';
export { demoCampaign } from './demo.js';
