// p.77 and App 13: the body's "Report on open government", which the service integrator analyses to
// score App 12 (criterion B1/C1); and App 11 (p.72), the service integrator's conclusion on openness.
//
// App 13 repeats the rows of App 12 without points; its fourth column has no header (seed-004b A-8):
// read as the reported information (figures, dates, links), a free text per row. One row differs:
// Table 2's 4th open-NPA row asks for "confirming documents for posting draft NPAs", where App 12
// scores "notices of the start of public discussion" (A-7b) — either is accepted as evidence.
import { L } from '../../../engine/build.js';
import type { FieldDecl, FormDecl, Labels } from '../../../engine/types.js';
import { CENTRAL, LOCAL } from '../common.js';
import { table1, table2, type PortalRow } from './app12-table.js';
import type { ConclusionFormData } from '../../../engine/conclusion.js';

const APP13_T2_NP4 = L(
  'Нормативтік құқықтық актілер жобаларының орналастырылуын растайтын құжаттар',
  'Подтверждающие документы размещения проектов нормативных правовых актов',
  'Confirming documents for posting draft normative legal acts (App 13; App 12 scores the notices, A-7b)',
);

const reportField = (table: 'T1' | 'T2', kind: string, row: PortalRow): FieldDecl => {
  const label = table === 'T2' && row.id === 'NP4' ? APP13_T2_NP4 : row.label;
  return {
    name: `${table}_${row.id}`,
    label: L(`${row.id}. ${label.kk} — есептік ақпарат`, `${row.id}. ${label.ru} — отчетная информация`, `${row.id}. ${label.en} — reported information`),
    type: 'text',
    appliesTo: [kind],
    ref: { paragraph: 'p.77', appendix: 'App 13', row: `Table ${table === 'T1' ? 1 : 2}, ${row.id}` },
  };
};

/** App 13, the assessed body's report (free text per App 12 row; not scored by itself). */
export const app13ReportForm: FormDecl = {
  id: 'App13',
  label: L('Ашық үкімет бойынша есеп (13-қосымша)', 'Отчет по открытому правительству (приложение 13)', 'Report on open government (App 13)'),
  ref: { paragraph: 'p.77', appendix: 'App 13' },
  filledBy: L('Бағаланатын мемлекеттік орган', 'Оцениваемый государственный орган', 'The assessed state body'),
  fields: [...table1.map((r) => reportField('T1', CENTRAL, r)), ...table2.map((r) => reportField('T2', LOCAL, r))],
};

const criterion1: Labels = L(
  'Ашық үкімет интернет-порталдарындағы ақпараттың толықтығы мен өзектілігі',
  'Полнота и актуальность информации на интернет-порталах открытого правительства',
  'Completeness and currency of information on the open-government internet portals',
);
const criterion2: Labels = L(
  'Мемлекеттік органның ресми интернет-ресурсын қолдау',
  'Поддержка официального интернет-ресурса государственного органа',
  'Support of the official internet resource of the state body',
);

/** App 11 (p.72): the conclusion on openness. Rows are node values of the evaluated body. */
export const app11Conclusion: ConclusionFormData = {
  id: 'App11',
  title: L(
    'Мемлекеттік органның ашықтығын бағалау нәтижелері туралы қорытынды',
    'Заключение о результатах оценки открытости государственного органа',
    'Conclusion on the results of the assessment of the openness of the state body',
  ),
  ref: { paragraph: 'p.72', appendix: 'App 11' },
  preparedBy: L('«Электрондық үкіметтің» сервистік интеграторы', 'Сервисный интегратор "электронного правительства"', 'Service integrator of "e-government" (the Office of the Prime Minister for the Ministry, p.73)'),
  columns: [L('№', '№', 'No.'), L('Бағалау өлшемшарттары', 'Критерии оценки', 'Assessment criteria'), L('Баға', 'Оценка', 'Score')],
  rows: [
    { no: '1', label: criterion1, node: 'D2.B1' },
    { no: '2', label: criterion2, node: 'D2.B2' },
    { no: '', label: L('Өлшемшарттар бойынша жалпы баға', 'Общая оценка по критериям', 'Total by criteria'), node: 'D2.SUM' },
    { no: '', label: L('Айыппұл балдарын шегеру', 'Вычет штрафных баллов', 'Penalty deduction'), node: 'D2.PEN' },
    { no: '', label: L('Айыппұл балдарын шегеруді ескергендегі қорытынды баға', 'Итоговая оценка с учетом вычета штрафных баллов', 'Final score after the penalty deduction'), node: 'D2' },
  ],
  analysis: [
    L(`«${criterion1.kk}» өлшемшарты бойынша`, `По критерию "${criterion1.ru}"`, `On the criterion "${criterion1.en}"`),
    L(`«${criterion2.kk}» өлшемшарты бойынша`, `По критерию "${criterion2.ru}"`, `On the criterion "${criterion2.en}"`),
  ],
  conclusionsNodes: ['D2.PEN'],
  signatures: [
    L('Мемлекеттік органның басшысы', 'Руководитель государственного органа', 'Head of the state body'),
    L('Бағалауға уәкілетті органның тиісті құрылымдық бөлімшесінің басшысы', 'Руководитель соответствующего структурного подразделения уполномоченного на оценку органа', 'Head of the relevant structural unit of the authorised assessing body'),
  ],
};
