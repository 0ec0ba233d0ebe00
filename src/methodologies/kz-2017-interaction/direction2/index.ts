// Chapter 3 (p.69–100), App 10–16: direction 2 "Openness of the state body", assessed by the service
// integrator of "e-government" (p.69; the Ministry of Information and Communications by the Office of
// the Prime Minister, p.73). D (central) = B1 + B2, F (local) = C1 + C2 (p.100, F004-100), less the
// p.12–15 penalty for unreliable information (common.ts; App 11 has the penalty row).
import { directionWithPenalty } from '../common.js';
import { L } from '../../../engine/build.js';
import type { FormDecl } from '../../../engine/types.js';
import { app12Forms, criterionB1 } from './b1-open-government.js';
import { app15Forms, app16Forms, criterionB2 } from './b2-internet-resource.js';
import { app14Form } from './app14-accessibility.js';
import { app13ReportForm } from './report-form.js';

export const direction2 = directionWithPenalty({
  dir: 2,
  label: L('Мемлекеттік органның ашықтығы', 'Открытость государственного органа', 'Openness of the state body'),
  ref: { paragraph: 'p.5, p.69–100', appendix: 'App 10, App 11' },
  totalRef: { paragraph: 'p.100', note: 'D = B1 + B2 (central); F = C1 + C2 (local); formulas.md F004-100' },
  criteria: [criterionB1, criterionB2],
});

export const direction2Forms: FormDecl[] = [...app12Forms, app13ReportForm, app14Form, ...app15Forms, ...app16Forms];
export { direction2Parameters } from './parameters.js';
export { direction2Readings } from './readings.js';
export { app13ReportForm, app11Conclusion } from './report-form.js';
