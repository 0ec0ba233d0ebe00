// Paragraph 5, §24–§25: «Мемлекеттік көрсетілетін қызметтердің сапасына мемлекеттік органның ішкі
// бақылауының тиімділігі». §25 (formula images lost; F000-25 reconstructed-high):
// central K5 = min(a / b, 1) × k (k = 6); local M2 = min(a / b, 1) × m (m = 15), where a = disciplinary
// measures and b = violations of standards and reglaments (substantiated complaints + deadline violations).
// The appendix weights are 10 and 25.
import { inp, nod, maxOf, L } from '../../engine/build.js';
import type { NodeDecl, ParameterDecl } from '../../engine/types.js';
import { CENTRAL, LOCAL, param } from './common.js';
import { R } from './readings.js';
import { coefficientNode } from './coefficient.js';

export const internalControlParameters: Record<string, ParameterDecl> = {
  'K5.k': param(L('Коэффициент k (К5)', 'Коэффициент k (К5)', 'Coefficient k (K5, central)'), { paragraph: '§25' }, 6),
  'M2.m': param(L('Коэффициент m (М2)', 'Коэффициент m (М2)', 'Coefficient m (M2, local)'), { paragraph: '§25' }, 15),
};

function internalControl(id: 'K5' | 'M2', kind: string, paramName: string, weight: number, row: string): NodeDecl {
  const sym = kind === CENTRAL ? 'k' : 'm';
  const where = { a: inp('InternalControl', 'a'), b: inp('InternalControl', 'b'), k: nod(`${id}.${sym}`), w: maxOf() };
  const expr = 'min(a / b, 1) * k';
  return {
    id,
    level: 'criterion',
    label: L(
      'Мемлекеттік көрсетілетін қызметтердің сапасына мемлекеттік органның ішкі бақылауының тиімділігі',
      'Эффективность внутреннего контроля государственного органа за качеством государственных услуг',
      'Effectiveness of the body’s internal control over the quality of public services',
    ),
    ref: { paragraph: '§24–§25', appendix: kind === CENTRAL ? 'App 1' : 'App 2', row, note: 'assessed by the Agency (§9)' },
    max: { [kind]: weight },
    appliesTo: [kind],
    provenance: { kind: 'reconstructed-high', formulaId: 'F000-25', note: `${id} = min(a/b, 1) × ${sym}; ${sym} per A-12` },
    formula: {
      reading: R.K5_ZERO,
      variants: {
        coefficient: { expr, where, cases: [{ when: 'b == 0', expr: 'k', branch: `b = 0: no violations → ${sym} (A-28)` }] },
        'appendix-weight': { expr, where, cases: [{ when: 'b == 0', expr: 'w', branch: 'b = 0: no violations → appendix weight (A-28 alternative)' }] },
        zero: { expr, where, cases: [{ when: 'b == 0', expr: '0', branch: 'b = 0 → 0 (A-28 alternative)' }] },
      },
    },
    children: [coefficientNode(id, kind, paramName, sym, { paragraph: '§25' })],
  };
}

export const k5 = internalControl('K5', CENTRAL, 'K5.k', 10, '5');
export const m2 = internalControl('M2', LOCAL, 'M2.m', 25, '2');
