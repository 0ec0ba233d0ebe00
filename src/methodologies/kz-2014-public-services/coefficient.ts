// The "coefficient to bring the results to the weighted value" (k, m) of a criterion whose stated
// coefficient differs from its appendix weight (K5 6 vs 10, M2 15 vs 25, K6 10 vs 15, M3 20 vs 30).
// Reading A-12 picks the text's coefficient (default) or the appendix weight.
import { par, maxOf, L } from '../../engine/build.js';
import type { LegalRef, NodeDecl } from '../../engine/types.js';
import { R } from './readings.js';

export function coefficientNode(criterionId: string, kind: string, paramName: string, symbol: 'k' | 'm', ref: LegalRef): NodeDecl {
  return {
    id: `${criterionId}.${symbol}`,
    level: 'parameter',
    label: L(
      `Алынған нәтижелерді үлестік маңызына жеткізу үшін коэффициент (${symbol})`,
      `Коэффициент приведения полученных результатов к весовому значению (${symbol})`,
      `Coefficient bringing the result to its weighted value (${symbol})`,
    ),
    ref,
    appliesTo: [kind],
    provenance: { kind: 'text', note: 'A-12: the text’s coefficient by default, the appendix weight as the alternative' },
    formula: {
      reading: R.WEIGHTS,
      variants: {
        formula: { expr: 'coef', where: { coef: par(paramName) } },
        appendix: { expr: 'weight', where: { weight: maxOf(criterionId) } },
      },
    },
  };
}
