// Criteria 5 "Expansion of the Register of public services" (p.54–57) and 6 "Composite public
// services" (p.58–59). Both for central state bodies only (p.55, p.59; AMB-34), both "5 / 3 points
// or nothing" in words. K5 is the criterion's value, not a bonus above 100 (AMB-35).
import { inp, par } from '../../../engine/build.js';
import type { NodeDecl } from '../../../engine/types.js';
import { CENTRAL } from '../common.js';
import { criterion } from './criterion.js';

/** p.57: 5 points when new service types of the body entered the Register, or when the authorised body concluded there are no more to include. */
export const registerCriterion = (): NodeDecl =>
  criterion(CENTRAL, 5, { paragraph: 'p.54–57' }, { kind: 'text', decision: 'AMB-35' }, {
    formula: {
      expr: 'new_types > 0 || none_left ? points : 0',
      where: {
        new_types: inp('D1.register', 'new_service_types'),
        none_left: inp('D1.register', 'no_further_services_conclusion'),
        points: par('d1.k5.points'),
      },
    },
  });

/** p.59: 3 points when new service types entered the List of services rendered electronically on one application. */
export const compositeCriterion = (): NodeDecl =>
  criterion(CENTRAL, 6, { paragraph: 'p.58–59' }, { kind: 'text', decision: 'AMB-34' }, {
    formula: {
      expr: 'new_types > 0 ? points : 0',
      where: { new_types: inp('D1.composite', 'new_composite_service_types'), points: par('d1.k6.points') },
    },
  });
