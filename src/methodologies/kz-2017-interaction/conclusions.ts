// The conclusion forms of the 2017 act as data: which node each row shows (seed-004a §6.3–§6.5,
// seed-004b §4.2). App 11 (openness) and App 18 (complaints) are declared beside their directions.
import { L } from '../../engine/build.js';
import type { ConclusionFormData, ConclusionRow } from '../../engine/conclusion.js';
import type { Labels } from '../../engine/types.js';
import { CENTRAL, LOCAL } from './common.js';
import { criterionLabel } from './direction1/criterion.js';
import { direction1 } from './direction1/index.js';
import { direction2 } from './direction2/index.js';
import { direction3 } from './direction3/index.js';
import { app18Conclusion } from './direction3/conclusion-form.js';
import { app11Conclusion } from './direction2/report-form.js';

const columns = [L('р/с №', '№ п/п', 'No.'), L('Бағалау өлшемшарттары', 'Критерии оценки', 'Assessment criteria'), L('Баға', 'Оценка', 'Score')];
const conclusionsHeading = L('Қорытындылар мен ұсынымдар', 'Выводы и рекомендации', 'Conclusions and recommendations');
const agencySignatures = [
  L('Агенттік Төрағасының орынбасары', 'Заместитель Председателя Агентства', 'Deputy Chairman of the Agency'),
  L(
    'Агенттіктің мемлекеттік қызметтер көрсету сапасын бағалау мен бақылауға жауапты құрылымдық бөлімшесінің басшысы',
    'Руководитель структурного подразделения Агентства, ответственного за оценку и контроль качества оказания государственных услуг',
    'Head of the Agency’s structural unit responsible for assessing and controlling the quality of public services',
  ),
];
const agency = L('Агенттік', 'Агентство', 'Agency for Civil Service Affairs and Anti-Corruption');

const totalRows = (dir: string): ConclusionRow[] => [
  { no: '', label: L('Өлшемшарттар бойынша жалпы баға', 'Общая оценка по критериям', 'Total by criteria'), node: `${dir}.SUM` },
  { no: '', label: L('Айыппұл балдарын шегеру', 'Вычет штрафных баллов', 'Penalty points deducted'), node: `${dir}.PEN` },
  {
    no: '',
    label: L('Айыппұл балдарын шегеруді ескергендегі қорытынды баға', 'Итоговая оценка с учетом вычета штрафных баллов', 'Final score after the penalty deduction'),
    node: dir,
  },
];

const criterionRows = (sym: 'K' | 'M', ns: number[]): ConclusionRow[] =>
  ns.map((n, i) => ({ no: String(i + 1), label: criterionLabel(n), node: `D1.${sym}${n}` }));
const analysisOf = (ns: number[]): Labels[] => ns.map((n) => criterionLabel(n));

/** App 3: conclusion on the quality of public services of a central state body (p.25, §6.3). */
export const app3Conclusion: ConclusionFormData = {
  id: 'App3',
  title: L(
    'Орталық мемлекеттік органның мемлекеттік қызметтер көрсету сапасын бағалау нәтижелері туралы қорытынды',
    'Заключение о результатах оценки качества оказания государственных услуг центрального государственного органа',
    'Conclusion on the results of assessing the quality of public services of a central state body',
  ),
  ref: { paragraph: 'p.16–17, p.25', appendix: 'App 3' },
  preparedBy: agency,
  appliesTo: [CENTRAL],
  columns,
  rows: [...criterionRows('K', [1, 2, 3, 4, 5, 6, 7]), ...totalRows('D1')],
  analysis: analysisOf([1, 2, 3, 4, 5, 6, 7]),
  conclusionsNodes: ['D1.PEN'],
  signatures: agencySignatures,
};

/** App 4: the same conclusion for a local executive body (§6.4; AMB-28: its header names the LEB). */
export const app4Conclusion: ConclusionFormData = {
  ...app3Conclusion,
  id: 'App4',
  title: L(
    'Жергілікті атқарушы органның мемлекеттік қызметтер көрсету сапасын бағалау нәтижелері туралы қорытынды',
    'Заключение о результатах оценки качества оказания государственных услуг местного исполнительного органа',
    'Conclusion on the results of assessing the quality of public services of a local executive body',
  ),
  ref: { paragraph: 'p.16–17, p.25', appendix: 'App 4' },
  appliesTo: [LOCAL],
  rows: [...criterionRows('M', [1, 2, 3, 4]), ...totalRows('D1')],
  analysis: analysisOf([1, 2, 3, 4]),
};

/** App 5: the service integrator's conclusion on e-format services, criteria 7 and 6 (§6.5). */
export const app5Conclusion: ConclusionFormData = {
  id: 'App5',
  title: L(
    '«Мемлекеттік қызметтерді оңтайландыру» және «Кешенді мемлекеттік қызметтер» өлшемшарттары бойынша электрондық нысандағы мемлекеттік қызметтер сапасын бағалау нәтижелері туралы қорытынды',
    'Заключение о результатах оценки качества оказания государственных услуг в электронной форме по критериям "Оптимизация государственных услуг" и "Композитные государственные услуги"',
    'Conclusion on the quality of e-format public services, criteria "Optimization of public services" and "Composite public services"',
  ),
  ref: { paragraph: 'p.23, p.25', appendix: 'App 5' },
  preparedBy: L('«Электрондық үкімет» сервистік интеграторы', 'Сервисный интегратор "электронного правительства"', 'Service integrator of "e-government"'),
  appliesTo: [CENTRAL],
  columns,
  rows: [
    { no: '1', label: criterionLabel(7), node: 'D1.K7' },
    { no: '2', label: criterionLabel(6), node: 'D1.K6' },
  ],
  analysis: analysisOf([7, 6]),
  conclusionsNodes: [],
  signatures: [
    L('Мемлекеттік органның басшысы', 'Руководитель государственного органа', 'Head of the state body'),
    L('Уәкілетті органның тиісті құрылымдық бөлімшесінің басшысы', 'Руководитель соответствующего структурного подразделения уполномоченного органа', 'Head of the relevant structural unit of the authorised body'),
  ],
};

/** App 19: the Agency's block conclusion (p.124–125), three directions and the overall score. */
export const app19Conclusion: ConclusionFormData = {
  id: 'App19',
  title: L(
    'Мемлекеттік органның азаматтармен өзара іс-қимылын бағалау нәтижелері туралы қорытынды',
    'Заключение о результатах оценки взаимодействия государственного органа с гражданами',
    'Conclusion on the results of assessing the interaction of the state body with citizens',
  ),
  ref: { paragraph: 'p.114, p.124–125', appendix: 'App 19' },
  preparedBy: agency,
  columns: [L('р/с №', '№ п/п', 'No.'), L('Бағалау бағыттары', 'Направления оценки', 'Assessment directions'), L('Баға', 'Оценка', 'Score')],
  rows: [
    { no: '1', label: direction1.label, node: 'D1' },
    { no: '2', label: direction2.label, node: 'D2' },
    { no: '3', label: direction3.label, node: 'D3' },
    { no: '', label: L('Қорытынды баға', 'Итоговая оценка', 'Final score'), node: 'O' },
  ],
  analysis: [direction1.label, direction2.label, direction3.label],
  conclusionsNodes: ['D1.PEN', 'D2.PEN', 'D3.PEN'],
  signatures: agencySignatures,
};

export { conclusionsHeading };
export const conclusionForms: ConclusionFormData[] = [app3Conclusion, app4Conclusion, app5Conclusion, app11Conclusion, app18Conclusion, app19Conclusion];
