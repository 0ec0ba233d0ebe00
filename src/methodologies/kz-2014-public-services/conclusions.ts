// The data of the output forms: the conclusions App 3 (central) and App 4 (local), the Ministry's
// conclusion App 5, the reconciliation act App 9 and the disagreement table App 10 (§12, §50, §57, §67).
// Each row names the node whose value (and trace) it shows.
import { L } from '../../engine/build.js';
import type { BodyResult, Labels } from '../../engine/types.js';
import { CENTRAL } from './common.js';

export interface ConclusionRow {
  no?: string;
  label: Labels;
  node: string;
  value: string | null;
}

const row = (r: BodyResult, node: string, label: Labels, no?: string): ConclusionRow => ({
  ...(no ? { no } : {}),
  label,
  node,
  value: r.values[node] ?? null,
});

const CRITERION_ROWS: Record<string, { node: string; label: Labels }[]> = {
  central: [
    { node: 'K1', label: L('Тізілімге енгізілген жаңа мемлекеттік көрсетілетін қызметтердің саны', 'Количество новых государственных услуг, включенных в Реестр', 'Number of new public services included in the Register') },
    { node: 'K2', label: L('Мемлекеттік көрсетілетін қызметтер стандарттарын бекіту', 'Утверждение стандартов государственных услуг', 'Approval of public service standards') },
    { node: 'K3', label: L('Мемлекеттік көрсетілетін қызметтер регламенттерін бекіту', 'Утверждение регламентов государственных услуг', 'Approval of public service reglaments') },
    { node: 'K4', label: L('Мемлекеттік көрсетілетін қызметтердің оңтайландыру және автоматтандыру деңгейі', 'Уровень оптимизации и автоматизации государственных услуг', 'Level of optimisation and automation') },
    { node: 'K5', label: L('Мемлекеттік көрсетілетін қызметтердің сапасына мемлекеттік органның ішкі бақылауының тиімділігі', 'Эффективность внутреннего контроля за качеством государственных услуг', 'Effectiveness of internal control') },
    { node: 'K6', label: L('Мемлекеттік көрсетілетін қызметтерді көрсету мерзімдерінің сақталуы', 'Соблюдение сроков оказания государственных услуг', 'Compliance with delivery deadlines') },
    { node: 'K7', label: L('«Электрондық үкімет» және халыққа қызмет көрсету орталықтары арқылы көрсетілетін қызметті алушылардың үлесі', 'Доля получателей услуг через «электронное правительство» и ЦОН', 'Share of recipients via e-government and PSCs') },
  ],
  local: [
    { node: 'M1', label: L('Мемлекеттік көрсетілетін қызметтер регламенттерін бекіту', 'Утверждение регламентов государственных услуг', 'Approval of public service reglaments') },
    { node: 'M2', label: L('Мемлекеттік көрсетілетін қызметтердің сапасына мемлекеттік органның ішкі бақылауының тиімділігі', 'Эффективность внутреннего контроля за качеством государственных услуг', 'Effectiveness of internal control') },
    { node: 'M3', label: L('Мемлекеттік көрсетілетін қызметтерді көрсету мерзімдерінің сақталуы', 'Соблюдение сроков оказания государственных услуг', 'Compliance with delivery deadlines') },
    { node: 'M4', label: L('«Электрондық үкімет» және халыққа қызмет көрсету орталықтары арқылы көрсетілетін қызметті алушылардың үлесі', 'Доля получателей услуг через «электронное правительство» и ЦОН', 'Share of recipients via e-government and PSCs') },
  ],
};

/** App 3 (central) / App 4 (local): the table of the conclusion, in the rows of the form. */
export function conclusionTable(r: BodyResult): { appendix: 'App 3' | 'App 4'; rows: ConclusionRow[]; level: string | null } {
  const central = r.kind === CENTRAL;
  const rows = (CRITERION_ROWS[central ? 'central' : 'local'] ?? []).map((c, i) => row(r, c.node, c.label, String(i + 1)));
  rows.push(
    row(r, 'S', L('Өлшемдер бойынша жалпы баға', 'Общая оценка по критериям', 'Total score by criteria')),
    row(r, 'RC', L('Оңалту коэффициенті', 'Поправочный коэффициент', 'Correction coefficient')),
    row(r, 'PEN', L('Айыппұл баллдары', 'Штрафные баллы', 'Penalty points')),
    row(
      r,
      'O',
      L(
        'Оңалту коэффициентін және шегерілген айыппұл баллдарын есептегендегі қорытынды баға',
        'Итоговая оценка с учетом поправочного коэффициента и вычтенных штрафных баллов',
        'Final score taking into account the correction coefficient and the deducted penalty points',
      ),
    ),
  );
  return { appendix: central ? 'App 3' : 'App 4', rows, level: r.level };
}

/** App 5: the Ministry's conclusion on K4, K7/M4 and the three timeliness indicators. */
export function ministryConclusion(r: BodyResult): ConclusionRow[] {
  const c = r.kind === CENTRAL;
  const p = c ? 'K6' : 'M3';
  const rows: ConclusionRow[] = [];
  if (c) rows.push(row(r, 'K4', L('Мемлекеттік көрсетілетін қызметтердің оңтайландыру және автоматтандыру деңгейі', 'Уровень оптимизации и автоматизации государственных услуг', 'Level of optimisation and automation'), '1'));
  rows.push(
    row(r, c ? 'K7' : 'M4', L('«Электрондық үкімет» және ХҚКО арқылы көрсетілетін қызметті алушылардың үлесі', 'Доля получателей услуг через «электронное правительство» и ЦОН', 'Share of recipients via e-government and PSCs'), '2'),
    row(r, `${p}.P2.sl`, L('«Электрондық үкімет» порталынан келіп түскен арыздарды уақытылы тіркеу', 'Своевременная регистрация заявлений с портала «электронного правительства»', 'Timely registration of applications from the e-gov portal'), '3'),
    row(r, `${p}.P2.ef`, L('Лицензиялауға қағаз нұсқасында келіп түскен арыздарды уақытылы тіркеу', 'Своевременная регистрация бумажных заявлений на лицензирование', 'Timely registration of paper licensing applications'), '4'),
    row(r, `${p}.P2.iqn`, L('«Электрондық үкімет» порталы арқылы электрондық қызметтерді уақытылы көрсету', 'Своевременное оказание электронных услуг через портал', 'Timely delivery of e-services via the e-gov portal'), '5'),
  );
  return rows;
}

/** App 9: the points deducted, row by row, and the total. */
export function reconciliationAct(r: BodyResult): ConclusionRow[] {
  return [
    row(r, 'PEN.late', L('Есептік ақпаратты уақытында ұсынбауы', 'Непредставление отчетной информации в срок', 'Failure to submit reporting information on time'), '1'),
    row(r, 'PEN.incomplete', L('Толық емес ақпаратты ұсынуы', 'Представление неполной информации', 'Submission of incomplete information'), '2'),
    row(r, 'PEN.unreliable', L('Сенімсіз ақпаратты ұсынуы', 'Представление недостоверной информации', 'Submission of unreliable information'), '3'),
    row(r, 'PEN', L('БАРЛЫҒЫ', 'ВСЕГО', 'TOTAL')),
  ];
}

/** App 10: one row of the disagreement table on the assessment results (filled during the appeal). */
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
  /** Footer: "the (final) score taking the appeal results into account". */
  scoreAfterAppeal?: string;
}

/** The text sections and signatories of the forms, as printed in the appendices. */
export const FORM_TEXT = {
  /** App 3 / App 4 (§50): analysis by criteria, then conclusions and recommendations (§59: unreliable facts go here). */
  analysis: L(
    'Мемлекеттік органның қызметінің бағалау өлшемдері бойынша тиімділігін талдау',
    'Анализ эффективности деятельности государственного органа по критериям оценки',
    'Analysis of the effectiveness of the body’s activity by assessment criteria',
  ),
  conclusions: L('Қорытындылар мен ұсыныстар', 'Выводы и рекомендации', 'Conclusions and recommendations'),
  app34Signatories: [
    L('Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі Төрағасының орынбасары', 'Заместитель Председателя Агентства Республики Казахстан по делам государственной службы', 'Deputy Chairman of the Agency'),
    L(
      'Мемлекеттік көрсетілетін қызметтердің сапасын бағалауға және бақылауға жауапты құрылымдық бөлімшенің басшысы',
      'Руководитель структурного подразделения, ответственного за оценку и контроль качества государственных услуг',
      'Head of the unit responsible for assessing and controlling the quality of public services',
    ),
  ],
  app5Signatories: [
    L('Қазақстан Республикасының Көлік және коммуникация вице-министрі', 'Вице-министр транспорта и коммуникаций Республики Казахстан', 'Vice-Minister of Transport and Communications'),
    L(
      'Мемлекеттік қызметтерді автоматтандыруды бақылау және халыққа қызмет көрсету орталықтарының қызметін үйлестіру комитетінің төрағасы',
      'Председатель Комитета по контролю автоматизации государственных услуг и координации деятельности центров обслуживания населения',
      'Chairman of the Committee for control of the automation of public services and coordination of PSCs',
    ),
  ],
  app9Signatories: [
    L('Қазақстан Республикасы Мемлекеттік қызмет істері агенттігінің өкілі', 'Представитель Агентства Республики Казахстан по делам государственной службы', 'Agency representative'),
    L('Бағаланушы мемлекеттік органның өкілі', 'Представитель оцениваемого государственного органа', 'Representative of the assessed body'),
  ],
  app10Footer: L(
    'Шағымдану қорытындысын ескергендегі орташа бал',
    'Средний (итоговый) балл с учетом итогов обжалования',
    'Score taking the appeal results into account (the form says “average”; read: final, A-26)',
  ),
} as const;
