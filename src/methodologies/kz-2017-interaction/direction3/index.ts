// Chapter 4 (p.101–113), App 17 and App 18: direction 3 "Quality of consideration of complaints and
// applications of individuals and legal entities", assessed by the Committee on Legal Statistics and
// Special Accounts (p.101). H (central) = R1 + R2 + R3, Y (local) = M1 + M2 + M3 (p.113), less the
// p.12–15 penalty for unreliable information (common.ts; seed-004a AMB-5: it applies to this
// direction too, although App 18 has no row for it).
import { directionWithPenalty } from '../common.js';
import { L } from '../../../engine/build.js';
import type { FormDecl } from '../../../engine/types.js';
import { r1, r2, r3 } from './criteria.js';
import { app17Form } from './form.js';

export const direction3 = directionWithPenalty({
  dir: 3,
  label: L(
    'Жеке және заңды тұлғалардың шағымдары мен өтініштерін қарау сапасы',
    'Качество рассмотрения жалоб и заявлений физических и юридических лиц',
    'Quality of consideration of complaints and applications of individuals and legal entities',
  ),
  ref: { paragraph: 'p.5, p.101–113', appendix: 'App 17, App 18' },
  totalRef: { paragraph: 'p.113', note: 'H = R1 + R2 + R3 (central); Y = M1 + M2 + M3 (local); formulas.md F004-113' },
  criteria: [r1, r2, r3],
});

export const direction3Forms: FormDecl[] = [app17Form];
export { direction3Parameters } from './parameters.js';
export { direction3Readings } from './readings.js';
export { app18Conclusion } from './conclusion-form.js';
