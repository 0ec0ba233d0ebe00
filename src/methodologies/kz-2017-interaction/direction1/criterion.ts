// Shared shape of a direction 1 criterion. The act writes each criterion twice, "1) for central state
// bodies" (symbols K1–K7) and "2) for local executive bodies" (M1–M4), with their own coefficients
// and App 2 values; the tree follows it: D1.K<n> applies to central bodies, D1.M<n> to local ones.
import type { Labels, LegalRef, NodeDecl, Provenance } from '../../../engine/types.js';
import { CENTRAL, LOCAL } from '../common.js';
import { CRITERIA, weightParam } from './parameters.js';

export type Kind = typeof CENTRAL | typeof LOCAL;
export const KINDS: readonly Kind[] = [CENTRAL, LOCAL];

/** The act's symbol of criterion n for a body kind: K2 (central) or M2 (local). */
export const symbol = (kind: Kind, n: number): string => `${kind === CENTRAL ? 'K' : 'M'}${n}`;
/** Node id of criterion n for a body kind, e.g. D1.K2 or D1.M2. */
export const criterionId = (kind: Kind, n: number): string => `D1.${symbol(kind, n)}`;

export const criterionLabel = (n: number): Labels => {
  const c = CRITERIA.find((x) => x.n === n);
  if (!c) throw new Error(`direction 1 has no criterion ${n}`);
  return c.label;
};

/** A criterion node: App 2 value as its max, applying to one body kind. */
export function criterion(
  kind: Kind,
  n: number,
  ref: LegalRef,
  provenance: Provenance,
  rest: Pick<NodeDecl, 'formula' | 'children' | 'floorAtZero' | 'capAtMax'>,
): NodeDecl {
  return {
    id: criterionId(kind, n),
    level: 'criterion',
    label: criterionLabel(n),
    ref: { ...ref, appendix: ref.appendix ? `App 2; ${ref.appendix}` : 'App 2', row: `${kind} ${n}` },
    max: { [kind]: weightParam(kind, n) },
    appliesTo: [kind],
    provenance,
    ...rest,
  };
}
