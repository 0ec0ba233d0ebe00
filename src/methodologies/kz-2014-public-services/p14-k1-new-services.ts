// Paragraph 1, §14: «Тізілімге енгізілген жаңа мемлекеттік көрсетілетін қызметтердің саны».
// "Тізілімге енгізілген мемлекеттік қызметтердің жаңа түрлері болған жағдайда мемлекеттік органға
// 10 балл беріледі (К1)" — 10 points when there are new service types in the Register; otherwise 0.
// Central bodies only (App 1 row 1; App 2 has no such row).
import { inp, par, L } from '../../engine/build.js';
import type { NodeDecl, ParameterDecl } from '../../engine/types.js';
import { CENTRAL, param } from './common.js';

export const k1Parameters: Record<string, ParameterDecl> = {
  'K1.points': param(L('Жаңа қызмет түрлері үшін балл', 'Баллы за новые виды услуг', 'Points for new service types in the Register'), { paragraph: '§14' }, 10),
};

export const k1: NodeDecl = {
  id: 'K1',
  level: 'criterion',
  label: L(
    'Тізілімге енгізілген жаңа мемлекеттік көрсетілетін қызметтердің саны',
    'Количество новых государственных услуг, включенных в Реестр',
    'Number of new public services included in the Register',
  ),
  ref: { paragraph: '§14', appendix: 'App 1', row: '1', note: 'assessed by the Agency (§9)' },
  max: { [CENTRAL]: 10 },
  appliesTo: [CENTRAL],
  provenance: { kind: 'text' },
  formula: {
    // the case records the branch in the trace; the expression is the whole rule as the act states it
    expr: 'n >= 1 ? points : 0',
    where: { n: inp('MEBP', 'newServiceTypes'), points: par('K1.points') },
    cases: [{ when: 'n >= 1', expr: 'points', branch: 'new service types in the Register → 10 points (§14)' }],
  },
};
