// Paragraph 3, §19–§21: «Мемлекеттік көрсетілетін қызметтер регламенттерін бекіту».
// §20 (formula images lost, F000-20, reconstructed-high): central K3 = a / b × k (k = 10);
// local M1 = a / b × m (m = 25). b counts only services whose standard is approved (§20 last para).
// §21: 0.3 penalty points per established fact of violating the reglament deadlines, at most 5.
import { inp, par, L } from '../../engine/build.js';
import type { NodeDecl, ParameterDecl } from '../../engine/types.js';
import { CENTRAL, LOCAL, param } from './common.js';
import { R } from './readings.js';
import { baseLessPenalty } from './p15-18-k2-standards.js';

export const reglamentParameters: Record<string, ParameterDecl> = {
  'K3.k': param(L('Коэффициент k (К3)', 'Коэффициент k (К3)', 'Coefficient k (K3, central)'), { paragraph: '§20' }, 10),
  'M1.m': param(L('Коэффициент m (М1)', 'Коэффициент m (М1)', 'Coefficient m (M1, local)'), { paragraph: '§20' }, 25),
  'reglament.penalty.perFact': param(L('Әр дерек үшін айыппұл балы (регламенттер)', 'Штраф за каждый факт (регламенты)', 'Penalty per fact (reglaments)'), { paragraph: '§21' }, '0.3'),
  'reglament.penalty.cap': param(L('Айыппұлдың ең жоғары сомасы (регламенттер)', 'Предельная сумма штрафа (регламенты)', 'Penalty cap (reglaments)'), { paragraph: '§21' }, 5),
};

function reglaments(id: 'K3' | 'M1', kind: string, coef: string, weight: number, row: string): NodeDecl {
  const where = { a: inp('Reglaments', 'a'), b: inp('Reglaments', 'b'), k: par(coef) };
  const sym = kind === CENTRAL ? 'k' : 'm';
  return {
    id,
    level: 'criterion',
    label: L('Мемлекеттік көрсетілетін қызметтер регламенттерін бекіту', 'Утверждение регламентов государственных услуг', 'Approval of public service reglaments'),
    ref: { paragraph: '§19–§21', appendix: kind === CENTRAL ? 'App 1' : 'App 2', row, note: 'assessed by the Agency (§9)' },
    // No max on the net score: it ranges over [−5, weight] because the text gives no floor;
    // the appendix weight is the max of the .base node.
    appliesTo: [kind],
    provenance: { kind: 'reconstructed-high', formulaId: 'F000-20', note: `${id} = a/b × ${sym} − min(0.3 × v, 5); no floor by default (A-8)` },
    formula: baseLessPenalty(`${id}.base`, `${id}.pen`),
    children: [
      {
        id: `${id}.base`,
        level: 'indicator',
        label: L('Бекітілген регламенттердің үлесі', 'Доля утвержденных регламентов', `Share of approved reglaments × ${sym}`),
        ref: { paragraph: '§20' },
        max: { [kind]: weight },
        provenance: { kind: 'reconstructed-high', formulaId: 'F000-20', note: 'a capped at b (seed-000 §5.3 guard)' },
        formula: {
          reading: R.K3_ZERO,
          variants: {
            full: { expr: 'min(a / b, 1) * k', where, cases: [{ when: 'b == 0', expr: 'k', branch: `b = 0: no reglaments due → full ${sym} (A-28)` }] },
            zero: { expr: 'min(a / b, 1) * k', where, cases: [{ when: 'b == 0', expr: '0', branch: 'b = 0: no reglaments due → 0 (A-28 alternative)' }] },
          },
        },
      },
      {
        id: `${id}.pen`,
        level: 'adjustment',
        label: L(
          'Регламенттерді бекіту мерзімдерін бұзғаны үшін айыппұл баллдары',
          'Штрафные баллы за нарушение сроков утверждения регламентов',
          'Penalty for violating the reglament approval deadlines',
        ),
        ref: { paragraph: '§21' },
        max: { [kind]: 5 },
        provenance: { kind: 'text' },
        formula: {
          expr: 'min(rate * v, cap)',
          where: { rate: par('reglament.penalty.perFact'), v: inp('Reglaments', 'violations'), cap: par('reglament.penalty.cap') },
        },
      },
    ],
  };
}

export const k3 = reglaments('K3', CENTRAL, 'K3.k', 10, '3');
export const m1 = reglaments('M1', LOCAL, 'M1.m', 25, '1');
