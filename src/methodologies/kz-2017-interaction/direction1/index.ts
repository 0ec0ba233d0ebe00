// Direction 1 "Quality of rendering public services" (Chapter 2, p.19–68; App 2–9).
//
// p.68: U = K1 + … + K7 (central), T = M1 + … + M4 (local), "by adding the results of all criteria"
// (F004-68); then p.12–15: less 0.2 per unreliable fact (App 1), at most 5, never below 0
// (directionWithPenalty of ../common.ts). Criteria 5–7 are assessed for central bodies only
// (p.55, p.59, p.61), so a local body's direction is M1 + M2 + M3 + M4 = 40 + 33 + 17 + 10.
import { L } from '../../../engine/build.js';
import { directionWithPenalty, CENTRAL, LOCAL } from '../common.js';
import { satisfactionCriterion } from './k1-satisfaction.js';
import { deadlinesCriterion } from './k2-deadlines.js';
import { qualityCriterion } from './k3-quality.js';
import { internalControlCriterion } from './k4-internal-control.js';
import { registerCriterion, compositeCriterion } from './k5-k6-register-composite.js';
import { optimizationCriterion } from './k7-optimization.js';

export { direction1Forms } from './forms.js';
export { direction1Parameters } from './parameters.js';
export { direction1Readings } from './readings.js';

export const direction1 = directionWithPenalty({
  dir: 1,
  label: L('Мемлекеттік қызметтер көрсету сапасы', 'Качество оказания государственных услуг', 'Quality of rendering public services'),
  ref: { paragraph: 'p.19–68', appendix: 'App 2–9' },
  totalRef: { paragraph: 'p.68', note: 'U = K1 + … + K7; T = M1 + … + M4 (F004-68)' },
  criteria: [
    // App 2, central state bodies (App 3 conclusion form)
    satisfactionCriterion(CENTRAL),
    deadlinesCriterion(CENTRAL),
    qualityCriterion(CENTRAL),
    internalControlCriterion(CENTRAL),
    registerCriterion(),
    compositeCriterion(),
    optimizationCriterion(),
    // App 2, local executive bodies (App 4 conclusion form)
    satisfactionCriterion(LOCAL),
    deadlinesCriterion(LOCAL),
    qualityCriterion(LOCAL),
    internalControlCriterion(LOCAL),
  ],
});
