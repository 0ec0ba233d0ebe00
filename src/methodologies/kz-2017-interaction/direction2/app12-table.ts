// App 12 "Assessment by the criterion 'Completeness and currency of information on the open-government
// internet portals'": Table 1 (central state bodies) and Table 2 (local executive bodies), row by row.
// Points are per language version (Kazakh and Russian columns are equal in every row). ru labels are
// the seed text; kk labels are translations (the seed is Russian only); en labels follow seed-004b §2.1.
// Table 2 prints two open-budget rows above their heading (a PDF artefact, seed-004b A-3); the
// subtotals 7.7 and 7.4 of p.79–80 place them in open budget, as here.
import { L } from '../../../engine/build.js';
import type { Labels } from '../../../engine/types.js';

export type PortalIndicator = 'OD' | 'OB' | 'NP' | 'DL';

/**
 * How a row is scored (p.79–83):
 * - `graded`: weight − min(0.1 × deficiencies, 75 % of weight); absent → 0;
 * - `list`: the approved open-data list, all or nothing (p.79 "exception");
 * - `dialogue`: open-dialogue blog/feedback, graded by analogy (reading AMB-18);
 * - `share`: the blog answer share, 2 / 1 / 0 per language column (p.83).
 */
export type RowRule = 'graded' | 'list' | 'dialogue' | 'share';

export interface PortalRow {
  id: string;
  indicator: PortalIndicator;
  weight: string;
  rule: RowRule;
  /** p.81: "nothing in the drafting plan / no users' comments → the maximum of the corresponding parameter" (D6: only this parameter). */
  notApplicableWhen?: Labels;
  label: Labels;
}

export const indicatorLabels: Record<PortalIndicator, Labels> = {
  OD: L('«Ашық деректер» интернет-порталындағы ақпараттың толықтығы мен өзектілігі', 'Полнота и актуальность информации на интернет-портале открытые данные', 'Completeness and currency of information on the Open Data portal'),
  OB: L('«Ашық бюджеттер» интернет-порталындағы ақпараттың толықтығы мен өзектілігі', 'Полнота и актуальность информации на интернет-портале открытый бюджет', 'Completeness and currency of information on the Open Budget portal'),
  NP: L('«Ашық нормативтік құқықтық актілер» интернет-порталындағы ақпараттың толықтығы мен өзектілігі', 'Полнота и актуальность информации на интернет-портале открытые нормативные правовые акты', 'Completeness and currency of information on the Open NPA portal'),
  DL: L('«Ашық диалог» интернет-порталындағы ақпараттың толықтығы мен өзектілігі', 'Полнота и актуальность информации на интернет-портале открытый диалог', 'Completeness and currency of information on the Open Dialogue portal'),
};

const NO_PLAN = L(
  'заң жобаларын және (немесе) НҚА әзірлеу жоспары бойынша ештеңе жоспарланбаған',
  'отсутствие по плану разработки законопроектов и/или нормативных правовых актов',
  'nothing in the plan for drafting laws and/or normative legal acts',
);
const NO_COMMENTS = L(
  'пайдаланушылардың ұсыныстары мен пікірлері болмаған',
  'отсутствие предложений и комментариев пользователей',
  "no users' proposals and comments",
);

// Rows shared by both tables (same text in the seed).
const odDataSets = L('Порталда жарияланған мемлекеттік органдардың деректер жиынтықтарының саны', 'Количество наборов данных государственных органов, опубликованных на портале', "Number of the body's data sets published on the portal");
const odUpdates = L('Деректерді өзектілендіру мерзімдеріне сәйкес жариялау', 'Публикация данных согласно срокам актуализации', 'Publication of data according to the update (actualisation) deadlines');
const odList = L('Ашық деректердің бекітілген тізбесі', 'Утвержденный перечень открытых данных', 'Approved list of open data');
const audit = L(
  'Мемлекеттік аудит және қаржылық бақылау нәтижелері туралы ақпаратты оларды мемлекеттік аудит және қаржылық бақылау органдарынан алғаннан кейін он бес жұмыс күні ішінде Порталда орналастыру',
  'Размещение на Портале информации о результатах государственного аудита и финансового контроля в течение пятнадцати рабочих дней после их получения от органов государственного аудита и финансового контроля',
  'Posting information on the results of state audit and financial control within 15 working days after receiving it from the state audit and financial control bodies',
);
const budgetNotices = L(
  'Бюджеттік бағдарламалар жобаларын жария талқылаудың басталғаны туралы хабарламаларды жариялау',
  'Публикация оповещений о начале публичных обсуждений проектов бюджетных программ',
  'Publication of notices of the start of public discussion of draft budget programmes',
);
const formsCorrect = L(
  'Нысандарды толтырудың дұрыстығы (дәлдігі, анықтығы, толықтығы және орналастыру мерзімі)',
  'Корректность заполнения форм (точность, достоверность, полнота и срок размещения)',
  'Correctness of filling the forms (accuracy, reliability, completeness and posting deadline)',
);
const monitoring = L(
  'Пайдаланушылардың ұсыныстары мен пікірлерін мониторингтеу және қарау',
  'Мониторинг и рассмотрение предложений и комментариев пользователей',
  "Monitoring and consideration of users' proposals and comments",
);
const npaDrafts = L('Нормативтік құқықтық актілердің жобаларын орналастыру', 'Размещение проектов нормативных правовых актов', 'Posting draft normative legal acts');
const blog = L('Бірінші басшының блогы', 'Блог первого руководителя', 'Blog of the first head');
const answerShare = L(
  '«Ақпаратқа қол жеткізу туралы» және «Жеке және заңды тұлғалардың өтініштерін қарау тәртібі туралы» Қазақстан Республикасының Заңдарына сәйкес мемлекеттік органдар басшыларының ресми блог-платформасында жауап алған сұрақтардың үлесі',
  'Доля вопросов, получивших ответы, на официальной блог-платформе руководителей государственных органов, в соответствии с Законами Республики Казахстан "О доступе к информации" и "О порядке рассмотрения обращений физических и юридических лиц"',
  'Share of questions answered on the official blog platform of heads of state bodies, under the Laws "On access to information" and "On the procedure for considering appeals of individuals and legal entities"',
);
const feedback = L('Кері байланыс: сауалнамалар, интернет-конференциялар', 'Обратная связь: опросы, интернет-конференции', 'Feedback: surveys, internet conferences');

const consolidated = (kk: string, ru: string, en: string) =>
  L(
    `Порталда шоғырландырылған қаржылық есептілікті орналастыру: ${kk}`,
    `Размещение на Портале консолидированной финансовой отчетности: ${ru}`,
    `Posting consolidated financial statements on the Portal: ${en}`,
  );
const budgetReport = (kk: string, ru: string, en: string) =>
  L(
    `Бюджеттік есептілікті қалыптастыру мерзімдері өткеннен кейін он бес жұмыс күні ішінде Порталда орналастыру: ${kk}`,
    `Размещение на Портале бюджетной отчетности в течение пятнадцати рабочих дней по истечении сроков ее формирования: ${ru}`,
    `Posting budget reporting on the Portal within 15 working days after its formation deadline: ${en}`,
  );
const draftProgrammes = (what: Labels) =>
  L(
    `Бюджеттік бағдарламалардың жобаларын ағымдағы қаржы жылының 15 мамырынан кешіктірмей Порталда орналастыру: ${what.kk}`,
    `Размещение на Портале проектов бюджетных программ не позднее 15 мая текущего финансового года: ${what.ru}`,
    `Posting draft budget programmes on the Portal not later than 15 May of the current financial year: ${what.en}`,
  );
const draftProgrammesLocal = (what: Labels) =>
  L(
    `Бюджеттік бағдарламалардың жобаларын ағымдағы қаржы жылының 15 мамырынан кешіктірмей және бюджеттік бағдарламаларды іске асыру туралы есептерді өткен қаржы жылы үшін 1 сәуірден кешіктірмей Порталда орналастыру: ${what.kk}`,
    `Размещение на Портале проектов бюджетных программ не позднее 15 мая текущего финансового года и размещение отчетов о реализации бюджетных программ не позднее 1 апреля за истекший финансовый год: ${what.ru}`,
    `Posting draft budget programmes not later than 15 May of the current financial year and reports on implementation of budget programmes not later than 1 April for the past financial year: ${what.en}`,
  );

/** App 12, Table 1: central state bodies (25 points per language). */
export const table1: readonly PortalRow[] = [
  { id: 'OD1', indicator: 'OD', weight: '1', rule: 'list', label: odList },
  { id: 'OD2', indicator: 'OD', weight: '2', rule: 'graded', label: odDataSets },
  { id: 'OD3', indicator: 'OD', weight: '2.2', rule: 'graded', label: odUpdates },
  {
    id: 'OD4', indicator: 'OD', weight: '2', rule: 'graded',
    label: L(
      'Порталды сапалы толтыру: деректер жиынтықтарын толтырудың дұрыстығы (анықтығы, дәлдігі және толықтығы)',
      'Качественное наполнение портала: Корректность заполнения наборов данных (достоверность, точность и полнота)',
      'Quality filling of the portal: correctness of filling the data sets (reliability, accuracy and completeness)',
    ),
  },
  { id: 'OB1', indicator: 'OB', weight: '0.5', rule: 'graded', label: consolidated('шоғырландырылған бухгалтерлік баланс', 'Консолидированный бухгалтерский баланс', 'consolidated balance sheet') },
  { id: 'OB2', indicator: 'OB', weight: '0.5', rule: 'graded', label: consolidated('қаржылық қызметтің нәтижелері туралы шоғырландырылған есеп', 'Консолидированный отчет о результатах финансовой деятельности', 'consolidated report on the results of financial activity') },
  { id: 'OB3', indicator: 'OB', weight: '0.5', rule: 'graded', label: consolidated('ақша қозғалысы туралы шоғырландырылған есеп', 'Консолидированный отчет о движении денег', 'consolidated cash-flow statement') },
  { id: 'OB4', indicator: 'OB', weight: '0.5', rule: 'graded', label: consolidated('таза активтердің/капиталдың өзгерістері туралы шоғырландырылған есеп', 'Консолидированный отчет об изменениях чистых активов/капитала', 'consolidated statement of changes in net assets/equity') },
  { id: 'OB5', indicator: 'OB', weight: '0.5', rule: 'graded', label: consolidated('шоғырландырылған қаржылық есептілікке түсіндірме жазба', 'Пояснительная записка к консолидированной финансовой отчетности', 'explanatory note to the consolidated financial statements') },
  { id: 'OB6', indicator: 'OB', weight: '1', rule: 'graded', label: budgetReport('стратегиялық жоспарды іске асыру туралы есеп', 'Отчет о реализации стратегического плана', 'report on implementation of the strategic plan') },
  { id: 'OB7', indicator: 'OB', weight: '1', rule: 'graded', label: budgetReport('бюджеттік бағдарламаларды іске асыру туралы есеп', 'Отчет о реализации бюджетных программ', 'report on implementation of budget programmes') },
  { id: 'OB8', indicator: 'OB', weight: '2', rule: 'graded', label: audit },
  { id: 'OB9', indicator: 'OB', weight: '1', rule: 'graded', label: draftProgrammes(formsCorrect) },
  { id: 'OB10', indicator: 'OB', weight: '1', rule: 'graded', label: draftProgrammes(monitoring) },
  { id: 'OB11', indicator: 'OB', weight: '0.4', rule: 'graded', label: budgetNotices },
  { id: 'NP1', indicator: 'NP', weight: '1', rule: 'graded', notApplicableWhen: NO_PLAN, label: L('Заң жобаларының тұжырымдамаларын орналастыру', 'Размещение концепций законопроектов', 'Posting concepts of draft laws') },
  { id: 'NP2', indicator: 'NP', weight: '1', rule: 'graded', notApplicableWhen: NO_PLAN, label: npaDrafts },
  { id: 'NP3', indicator: 'NP', weight: '1', rule: 'graded', label: formsCorrect },
  { id: 'NP4', indicator: 'NP', weight: '1', rule: 'graded', notApplicableWhen: NO_COMMENTS, label: monitoring },
  {
    id: 'NP5', indicator: 'NP', weight: '0.4', rule: 'graded',
    label: L(
      'Заң жобаларының тұжырымдамалары мен нормативтік құқықтық актілер жобаларының орналастырылуын растайтын құжаттар',
      'Подтверждающие документы размещения концепций законопроектов и проектов нормативных правовых актов',
      'Confirming documents for posting concepts of draft laws and draft normative legal acts',
    ),
  },
  { id: 'DL1', indicator: 'DL', weight: '2', rule: 'dialogue', label: blog },
  { id: 'DL2', indicator: 'DL', weight: '2', rule: 'share', label: answerShare },
  { id: 'DL3', indicator: 'DL', weight: '0.5', rule: 'dialogue', label: feedback },
];

/** App 12, Table 2: local executive bodies (25 points per language). */
export const table2: readonly PortalRow[] = [
  { id: 'OD1', indicator: 'OD', weight: '1.5', rule: 'list', label: odList },
  { id: 'OD2', indicator: 'OD', weight: '2', rule: 'graded', label: odDataSets },
  { id: 'OD3', indicator: 'OD', weight: '2', rule: 'graded', label: odUpdates },
  {
    id: 'OD4', indicator: 'OD', weight: '2.2', rule: 'graded',
    label: L(
      'Порталды сапалы толтыру: деректер паспортын толтырудың дұрыстығы (анықтығы, дәлдігі және толықтығы)',
      'Качественное наполнение портала: Корректность заполнения паспорта данных (достоверность, точность и полнота)',
      'Quality filling of the portal: correctness of filling the data passport (reliability, accuracy and completeness)',
    ),
  },
  { id: 'OB1', indicator: 'OB', weight: '2', rule: 'graded', label: budgetReport('бюджеттік бағдарламаларды іске асыру туралы есеп', 'Отчет о реализации бюджетных программ', 'report on implementation of budget programmes') },
  { id: 'OB2', indicator: 'OB', weight: '2', rule: 'graded', label: audit },
  { id: 'OB3', indicator: 'OB', weight: '2', rule: 'graded', label: draftProgrammesLocal(formsCorrect) },
  { id: 'OB4', indicator: 'OB', weight: '1', rule: 'graded', label: draftProgrammesLocal(monitoring) },
  { id: 'OB5', indicator: 'OB', weight: '0.4', rule: 'graded', label: budgetNotices },
  { id: 'NP1', indicator: 'NP', weight: '2', rule: 'graded', notApplicableWhen: NO_PLAN, label: npaDrafts },
  { id: 'NP2', indicator: 'NP', weight: '2', rule: 'graded', label: formsCorrect },
  { id: 'NP3', indicator: 'NP', weight: '1', rule: 'graded', notApplicableWhen: NO_COMMENTS, label: monitoring },
  {
    id: 'NP4', indicator: 'NP', weight: '0.4', rule: 'graded',
    label: L(
      'Нормативтік құқықтық актілер жобаларын жария талқылаудың басталғаны туралы хабарламаларды жариялау',
      'Публикация оповещений о начале публичных обсуждений проектов нормативных правовых актов',
      'Publication of notices of the start of public discussion of draft normative legal acts',
    ),
  },
  { id: 'DL1', indicator: 'DL', weight: '2', rule: 'dialogue', label: blog },
  { id: 'DL2', indicator: 'DL', weight: '2', rule: 'share', label: answerShare },
  { id: 'DL3', indicator: 'DL', weight: '0.5', rule: 'dialogue', label: feedback },
];
