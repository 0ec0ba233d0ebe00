// The output forms as data (engine ConclusionFormData, filled by fillConclusion): the conclusions
// App 3 (central) and App 4 (local) of §12 and §50, the Ministry's conclusion App 5, the reconciliation
// act App 9 (§57), and the structure of the disagreement table App 10 (§67). Labels are the forms' own.
import { L } from '../../engine/build.js';
import type { ConclusionFormData, ConclusionRow } from '../../engine/conclusion.js';
import type { BodyResult, Labels } from '../../engine/types.js';
import { CENTRAL, LOCAL } from './common.js';

const columns = [L('№', '№', 'No.'), L('Бағалау өлшемдері', 'Критерии оценки', 'Assessment criteria'), L('Баға', 'Оценка', 'Score')];
const agency = L('Мемлекеттік қызмет істері агенттігі', 'Агентство по делам государственной службы', 'Agency for Civil Service Affairs');
const ministry = L('Көлік және коммуникация министрлігі', 'Министерство транспорта и коммуникаций', 'Ministry of Transport and Communications');

const C = {
  K1: L('Тізілімге енгізілген жаңа мемлекеттік көрсетілетін қызметтердің саны', 'Количество новых государственных услуг, включенных в Реестр', 'Number of new public services included in the Register'),
  standards: L('Мемлекеттік көрсетілетін қызметтер стандарттарын бекіту', 'Утверждение стандартов государственных услуг', 'Approval of public service standards'),
  reglaments: L('Мемлекеттік көрсетілетін қызметтер регламенттерін бекіту', 'Утверждение регламентов государственных услуг', 'Approval of public service reglaments'),
  optimisation: L('Мемлекеттік көрсетілетін қызметтердің оңтайландыру және автоматтандыру деңгейі', 'Уровень оптимизации и автоматизации государственных услуг', 'Level of optimisation and automation of public services'),
  control: L(
    'Мемлекеттік көрсетілетін қызметтердің сапасына мемлекеттік органның ішкі бақылауының тиімділігі',
    'Эффективность внутреннего контроля государственного органа за качеством государственных услуг',
    'Effectiveness of the body’s internal control over the quality of public services',
  ),
  deadlines: L('Мемлекеттік көрсетілетін қызметтерді көрсету мерзімдерінің сақталуы', 'Соблюдение сроков оказания государственных услуг', 'Compliance with public service delivery deadlines'),
  share: L(
    'Мемлекеттік органмен (ведомстволық бағынысты мекемемен) «электрондық үкімет» және халыққа қызмет көрсету орталықтары арқылы көрсетілетін қызметті алушылардың үлесі',
    'Доля получателей услуг, обслуженных государственным органом (подведомственным учреждением) через «электронное правительство» и центры обслуживания населения',
    'Share of recipients served by the body (subordinate organisation) via e-government and PSCs',
  ),
};

const summaryRows: ConclusionRow[] = [
  { no: '', label: L('Өлшемдер бойынша жалпы баға', 'Общая оценка по критериям', 'Total score by criteria'), node: 'S' },
  { no: '', label: L('Оңалту коэффициенті', 'Поправочный коэффициент', 'Correction coefficient'), node: 'RC' },
  { no: '', label: L('Айыппұл баллдары', 'Штрафные баллы', 'Penalty points'), node: 'PEN' },
  {
    no: '',
    label: L(
      'Оңалту коэффициентін және шегерілген айыппұл баллдарын есептегендегі қорытынды баға',
      'Итоговая оценка с учетом поправочного коэффициента и вычтенных штрафных баллов',
      'Final score taking into account the correction coefficient and the deducted penalty points',
    ),
    node: 'O',
  },
];

const agencySignatures: Labels[] = [
  L('Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі Төрағасының орынбасары', 'Заместитель Председателя Агентства Республики Казахстан по делам государственной службы', 'Deputy Chairman of the Agency'),
  L(
    'Қазақстан Республикасы Мемлекеттік қызмет істері агенттігінің мемлекеттік көрсетілетін қызметтердің сапасын бағалауға және бақылауға жауапты құрылымдық бөлімшенің басшысы',
    'Руководитель структурного подразделения Агентства, ответственного за оценку и контроль качества государственных услуг',
    'Head of the Agency’s unit responsible for assessing and controlling the quality of public services',
  ),
];

const rowsOf = (items: [string, Labels][]): ConclusionRow[] => items.map(([node, label], i) => ({ no: String(i + 1), label, node }));

/** App 3: conclusion on the results of assessing the quality of public services, central body (§12, §50). */
export const app3Conclusion: ConclusionFormData = {
  id: 'App3',
  title: L(
    'Мемлекеттік көрсетілетін қызметтердің сапасын бағалау нәтижелері туралы қорытынды',
    'Заключение о результатах оценки качества государственных услуг',
    'Conclusion on the results of assessing the quality of public services (central state body)',
  ),
  ref: { paragraph: '§12, §50, §59', appendix: 'App 3' },
  preparedBy: agency,
  appliesTo: [CENTRAL],
  columns,
  rows: [
    ...rowsOf([
      ['K1', C.K1],
      ['K2', C.standards],
      ['K3', C.reglaments],
      ['K4', C.optimisation],
      ['K5', C.control],
      ['K6', C.deadlines],
      ['K7', C.share],
    ]),
    ...summaryRows,
  ],
  analysis: [C.K1, C.standards, C.reglaments, C.optimisation, C.control, C.deadlines, C.share],
  // §59: the facts of unreliable information are reported under "Conclusions and recommendations"
  conclusionsNodes: ['PEN.late', 'PEN.incomplete', 'PEN.unreliable'],
  signatures: agencySignatures,
};

/** App 4: the same conclusion for a local executive body. */
export const app4Conclusion: ConclusionFormData = {
  ...app3Conclusion,
  id: 'App4',
  title: L(
    'Мемлекеттік қызметтерді көрсетудің сапасын бағалау нәтижелері туралы қорытынды',
    'Заключение о результатах оценки качества оказания государственных услуг',
    'Conclusion on the results of assessing the quality of public services (local executive body)',
  ),
  ref: { paragraph: '§12, §50, §59', appendix: 'App 4' },
  appliesTo: [LOCAL],
  rows: [
    ...rowsOf([
      ['M1', C.reglaments],
      ['M2', C.control],
      ['M3', C.deadlines],
      ['M4', C.share],
    ]),
    ...summaryRows,
  ],
  analysis: [C.reglaments, C.control, C.deadlines, C.share],
};

const app5Indicators = (p: 'K6' | 'M3'): [string, Labels][] => [
  [`${p}.P2.sl`, L('«Электрондық үкімет» порталынан келіп түскен арыздарды уақытылы тіркеу', 'Своевременная регистрация заявлений, поступивших с портала «электронного правительства»', 'Timely registration of applications received from the e-gov portal')],
  [`${p}.P2.ef`, L('Лицензиялауға қағаз нұсқасында келіп түскен арыздарды уақытылы тіркеу', 'Своевременная регистрация заявлений на лицензирование, поступивших на бумажном носителе', 'Timely registration of paper licensing applications')],
  [`${p}.P2.iqn`, L('«Электрондық үкімет» порталы арқылы электрондық қызметтерді уақытылы көрсету', 'Своевременное оказание электронных услуг через портал «электронного правительства»', 'Timely delivery of e-services via the e-gov portal')],
];

const ministrySignatures: Labels[] = [
  L('Қазақстан Республикасының Көлік және коммуникация вице-министрі', 'Вице-министр транспорта и коммуникаций Республики Казахстан', 'Vice-Minister of Transport and Communications'),
  L(
    'Қазақстан Республикасының Көлік және коммуникация министрлігі Мемлекеттік қызметтерді автоматтандыруды бақылау және халыққа қызмет көрсету орталықтарының қызметін үйлестіру комитетінің төрағасы',
    'Председатель Комитета по контролю автоматизации государственных услуг и координации деятельности центров обслуживания населения',
    'Chairman of the Committee for control of the automation of public services and coordination of PSCs',
  ),
];

const app5Title = L(
  '«Мемлекеттік көрсетілетін қызметтердің оңтайландыру және автоматтандыру деңгейі», «электрондық үкімет» және халыққа қызмет көрсету орталықтары арқылы көрсетілетін қызметті алушылардың үлесі өлшемдері және уақытылы тіркеу мен көрсету көрсеткіштері бойынша мемлекеттік қызметтер көрсетудің сапасын бағалау нәтижелері туралы қорытынды',
  'Заключение о результатах оценки качества оказания государственных услуг по критериям «Уровень оптимизации и автоматизации» и «Доля получателей услуг через «электронное правительство» и ЦОН» и показателям своевременности',
  'Ministry conclusion on optimisation and automation, the e-government/PSC share and the three timeliness indicators',
);

/** App 5: the Ministry's conclusion (§12): K4 (central only), K7/M4 and the three P2 indicators. */
export const app5CentralConclusion: ConclusionFormData = {
  id: 'App5',
  title: app5Title,
  ref: { paragraph: '§12, §29', appendix: 'App 5' },
  preparedBy: ministry,
  appliesTo: [CENTRAL],
  columns,
  rows: rowsOf([['K4', C.optimisation], ['K7', C.share], ...app5Indicators('K6')]),
  analysis: [C.optimisation, C.share, ...app5Indicators('K6').map(([, l]) => l)],
  conclusionsNodes: [],
  signatures: ministrySignatures,
};

/** App 5 for a local body: row 1 (K4) does not apply (§22). */
export const app5LocalConclusion: ConclusionFormData = {
  ...app5CentralConclusion,
  id: 'App5-local',
  appliesTo: [LOCAL],
  rows: [{ no: '2', label: C.share, node: 'M4' }, ...app5Indicators('M3').map(([node, label], i) => ({ no: String(i + 3), label, node }))],
  analysis: [C.share, ...app5Indicators('M3').map(([, l]) => l)],
};

/** App 9: the reconciliation act after re-verification (§57). */
export const app9Act: ConclusionFormData = {
  id: 'App9',
  title: L(
    'Есептік ақпаратта мазмұндалған мәліметтерді қайта қарау қорытындысы бойынша салыстыру актісі',
    'Акт сверки по итогам пересмотра сведений, изложенных в отчетной информации',
    'Reconciliation act on the review of the reporting information',
  ),
  ref: { paragraph: '§57', appendix: 'App 9' },
  preparedBy: agency,
  columns: [L('№', '№', 'No.'), L('Атауы', 'Наименование', 'Item'), L('Алынып тасталатын балдар', 'Вычитаемые баллы', 'Points deducted')],
  rows: [
    ...rowsOf([
      ['PEN.late', L('Есептік ақпаратты уақытында ұсынбауы', 'Непредставление отчетной информации в срок', 'Failure to submit reporting information on time')],
      ['PEN.incomplete', L('Толық емес ақпаратты ұсынуы', 'Представление неполной информации', 'Submission of incomplete information')],
      ['PEN.unreliable', L('Сенімсіз ақпаратты ұсынуы', 'Представление недостоверной информации', 'Submission of unreliable information')],
    ]),
    { no: '', label: L('БАРЛЫҒЫ', 'ВСЕГО', 'TOTAL'), node: 'PEN' },
  ],
  analysis: [],
  conclusionsNodes: [],
  signatures: [
    L('Қазақстан Республикасы Мемлекеттік қызмет істері агенттігінің өкілі', 'Представитель Агентства Республики Казахстан по делам государственной службы', 'Agency representative'),
    L('Бағаланушы мемлекеттік органның өкілі', 'Представитель оцениваемого государственного органа', 'Representative of the assessed body'),
  ],
};

export const conclusionForms: ConclusionFormData[] = [app3Conclusion, app4Conclusion, app5CentralConclusion, app5LocalConclusion, app9Act];

/** App 10: one row of the disagreement table on the assessment results (filled during the appeal, §67–§69). */
export interface DisagreementRow {
  no: number;
  agencyConclusion: string;
  agencyProposal: string;
  objection: string;
  decision: string;
  note?: string;
}

export const DISAGREEMENT_COLUMNS: Labels[] = [
  L('Қазақстан Республикасының Мемлекеттік қызмет істері агенттігінің қорытындысы', 'Заключение Агентства Республики Казахстан по делам государственной службы', 'Conclusion of the Agency'),
  L('Қазақстан Республикасының Мемлекеттік қызмет істері агенттігінің ұсынысы', 'Предложение Агентства Республики Казахстан по делам государственной службы', 'Proposal of the Agency'),
  L('Бағаланушы мемлекеттік органның қарсылық білдіруі', 'Возражение оцениваемого государственного органа', 'Objection of the assessed body'),
  L('Шағымдану қорытындысы бойынша шешім', 'Решение по итогам обжалования', 'Decision on the appeal'),
  L('Ескертпе', 'Примечание', 'Note'),
];

export interface DisagreementTable {
  body: string;
  period: string;
  rows: DisagreementRow[];
  /** Footer «Шағымдану қорытындысын ескергендегі орташа бал» — read as the final score after the appeal. */
  scoreAfterAppeal?: string;
  /** Signed by the Special Commission's chairman; acknowledged by the head of the assessed body (§69). */
  chairman?: string;
  acknowledgedBy?: string;
}

// ---- Row helpers over one evaluated body (kept for src/documents, which adapts them) ----

export interface FilledRow {
  no?: string;
  label: Labels;
  node: string;
  value: string | null;
}

const fill = (form: ConclusionFormData, r: BodyResult): FilledRow[] =>
  form.rows.map((x) => ({ ...(x.no ? { no: x.no } : {}), label: x.label, node: x.node, value: r.values[x.node] ?? null }));

/** App 3 (central) / App 4 (local): the rows of the conclusion table with one body's values. */
export function conclusionTable(r: BodyResult): { appendix: 'App 3' | 'App 4'; rows: FilledRow[]; level: string | null } {
  const central = r.kind === CENTRAL;
  return { appendix: central ? 'App 3' : 'App 4', rows: fill(central ? app3Conclusion : app4Conclusion, r), level: r.level };
}

/** App 5: the Ministry's rows (K4 only for a central body). */
export function ministryConclusion(r: BodyResult): FilledRow[] {
  return fill(r.kind === CENTRAL ? app5CentralConclusion : app5LocalConclusion, r);
}

/** App 9: the points deducted, row by row, and the total. */
export function reconciliationAct(r: BodyResult): FilledRow[] {
  return fill(app9Act, r);
}

/** Headings and signatories of the forms, as printed in the appendices. */
export const FORM_TEXT = {
  analysis: L(
    'Мемлекеттік органның қызметінің бағалау өлшемдері бойынша тиімділігін талдау',
    'Анализ эффективности деятельности государственного органа по критериям оценки',
    'Analysis of the effectiveness of the body’s activity by assessment criteria',
  ),
  conclusions: L('Қорытындылар мен ұсыныстар', 'Выводы и рекомендации', 'Conclusions and recommendations'),
  app34Signatories: agencySignatures,
  app5Signatories: ministrySignatures,
  app9Signatories: app9Act.signatures,
} as const;
