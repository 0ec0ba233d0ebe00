// Chapter 4 — "АКТ енгізу жөніндегі мемлекеттік орган қызметін институционалдық нығайту деңгейі"
// (criterion 3, 5 points), ¶39–42: P3 = V1 + V2.
import { L, inp, par } from '../../engine/build.js';
import type { NodeDecl, ParameterDecl } from '../../engine/types.js';
import { CENTRAL, LOCAL, both, FROM } from './kinds.js';
import { T2 } from './app1-report.js';

export const c3Parameters: Record<string, ParameterDecl> = {
  'c3.1.omo': { label: L('ОМО-дағы бөлімше үшін балл', 'Балл за подразделение в ЦГО', 'Points for the unit of a central body'), ref: { paragraph: '¶42' }, values: [{ from: FROM, value: '3' }] },
  'c3.1.lao': { label: L('ЖАО аппараты мен басқармалары үшін балл', 'Балл за аппарат и за управления МИО', 'Points for the akim’s office and for the departments'), ref: { paragraph: '¶42' }, values: [{ from: FROM, value: '1.5' }] },
  'c3.2.k': { label: L('Біліктілік коэффициенті (k)', 'Коэффициент квалификации (k)', 'Qualification coefficient (k)'), ref: { paragraph: '¶42' }, values: [{ from: FROM, value: '2' }] },
};

export const c3: NodeDecl = {
  id: 'C3',
  level: 'criterion',
  label: L(
    'Ақпараттық-коммуникациялық технологияларды енгізу бойынша мемлекеттік органның қызметін институционалдық нығайту деңгейі',
    'Уровень институционального укрепления деятельности государственного органа по внедрению ИКТ',
    'Level of institutional strengthening of the body’s ICT activity',
  ),
  ref: { paragraph: '¶39–42', appendix: 'App 3', row: '3' },
  max: both(5),
  provenance: { kind: 'text' },
  children: [
    {
      id: 'C3.1',
      level: 'indicator',
      label: L('АКТ бойынша мамандандырылған құрылымдық бөлімшенің бар болуы', 'Наличие специализированного структурного подразделения по ИКТ', 'Specialised ICT structural unit'),
      ref: { paragraph: '¶42', appendix: 'App 3', row: '3.1' },
      max: both(3),
      round: 2,
      provenance: { kind: 'text' },
      children: [
        {
          id: 'C3.1.unit',
          level: 'parameter',
          label: L('Орталық мемлекеттік органдағы жауапты құрылымдық бөлімше', 'Ответственное структурное подразделение в центральном государственном органе', 'Responsible unit in the central body'),
          ref: { paragraph: '¶42' },
          appliesTo: [CENTRAL],
          max: { [CENTRAL]: 3 },
          provenance: { kind: 'text' },
          formula: { expr: 'unit ? w : 0', where: { unit: inp(T2, 'omo_unit'), w: par('c3.1.omo') } },
        },
        {
          id: 'C3.1.apparat',
          level: 'parameter',
          label: L('ЖАО аппаратындағы жауапты құрылымдық бөлімше (V аппарат)', 'Ответственное подразделение в аппарате МИО (V аппарат)', 'Responsible unit in the akim’s office (V apparat)'),
          ref: { paragraph: '¶42' },
          appliesTo: [LOCAL],
          max: { [LOCAL]: 1.5 },
          provenance: { kind: 'text' },
          formula: { expr: 'unit ? w : 0', where: { unit: inp(T2, 'lao_apparatus_unit'), w: par('c3.1.lao') } },
        },
        {
          id: 'C3.1.departments',
          level: 'parameter',
          label: L('ЖАО басқармаларындағы жауапты бөлімше немесе қызметкерлер (V басқ)', 'Ответственные подразделения или сотрудники в управлениях МИО (V упр)', 'Responsible units or staff in the departments (V basq)'),
          ref: { paragraph: '¶42', note: 'each department weighs 1.5 / N basq' },
          appliesTo: [LOCAL],
          max: { [LOCAL]: 1.5 },
          provenance: { kind: 'text', decision: 'BR-NBASQ0' },
          formula: {
            expr: 'covered * w / n',
            where: { covered: inp(T2, 'lao_departments_covered'), n: inp(T2, 'lao_departments'), w: par('c3.1.lao') },
            cases: [{ when: 'n == 0', expr: '0', branch: 'no departments reported: 0 (BR-NBASQ0)' }],
          },
        },
      ],
    },
    {
      id: 'C3.2',
      level: 'indicator',
      label: L('АКТ бойынша қызметкерлердің біліктілік деңгейі', 'Уровень квалификации сотрудников по ИКТ', 'Qualification level of ICT staff'),
      ref: { paragraph: '¶42', appendix: 'App 3', row: '3.2' },
      max: both(2),
      round: 2,
      provenance: { kind: 'text', decision: 'BR-B0' },
      formula: {
        expr: 'a / b * k',
        where: { a: inp(T2, 'staff_qualified'), b: inp(T2, 'staff_total'), k: par('c3.2.k') },
        cases: [{ when: 'b == 0', expr: '0', branch: 'no staff in the unit (b = 0): 0 (BR-B0)' }],
      },
    },
  ],
};

