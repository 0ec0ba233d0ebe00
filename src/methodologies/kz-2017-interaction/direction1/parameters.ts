// Direction 1 parameters: the App 2 weights, the App 6, 7 and 8 band tables, the App 9 points and
// the coefficients printed in p.28–67. All in force from the new wording's effective date.
//
// Band tables are written highest band first; the engine rounds the measured quantity half-up to
// 2 decimals and takes the first band whose lower bound it reaches (seed-004a §4.8), which closes
// the printed gaps (4.79…4.80, 89.99…90).
import { L } from '../../../engine/build.js';
import type { Band, Labels, LegalRef, ParameterDecl } from '../../../engine/types.js';
import { EFFECTIVE_FROM } from '../common.js';
import { type Unit, maybeUnit } from '../../vocabulary.js';

const p = (label: Labels, ref: LegalRef, value: number | string | readonly Band[], unit?: Unit): ParameterDecl => ({
  label,
  ref,
  ...maybeUnit(unit),
  values: [{ from: EFFECTIVE_FROM, value }],
});

// ---- App 2: criteria and their values (weights) --------------------------------------------------
// Labels copied from App 2 (ru); the row number is the App 2 row.

export interface CriterionName {
  n: number;
  label: Labels;
}
export const CRITERIA: readonly CriterionName[] = [
  {
    n: 1,
    label: L(
      'Көрсетілетін қызметті алушылардың мемлекеттік қызметтер көрсету сапасына қанағаттануы',
      'Удовлетворенность услугополучателей качеством оказания государственных услуг',
      'Satisfaction of service recipients with the quality of public services',
    ),
  },
  {
    n: 2,
    label: L('Мемлекеттік қызметтер көрсету мерзімдерінің сақталуы', 'Соблюдение сроков оказания государственных услуг', 'Compliance with service deadlines'),
  },
  {
    n: 3,
    label: L('Мемлекеттік қызметтер көрсету сапасын қамтамасыз ету', 'Обеспечение качества оказания государственных услуг', 'Ensuring the quality of public services'),
  },
  {
    n: 4,
    label: L(
      'Мемлекеттік қызметтер көрсету сапасын ішкі бақылау',
      'Внутренний контроль за качеством оказания государственных услуг',
      'Internal control over the quality of public services',
    ),
  },
  {
    n: 5,
    label: L('Мемлекеттік көрсетілетін қызметтер тізілімін кеңейту', 'Расширение Реестра государственных услуг', 'Expansion of the Register of public services'),
  },
  { n: 6, label: L('Композиттік мемлекеттік көрсетілетін қызметтер', 'Композитные государственные услуги', 'Composite public services') },
  { n: 7, label: L('Мемлекеттік көрсетілетін қызметтерді оңтайландыру', 'Оптимизация государственных услуг', 'Optimization of public services') },
];

/** App 2 values: central bodies K1–K7, local executive bodies M1–M4. */
const APP2_CENTRAL = [20, 20, 17, 10, 5, 3, 25] as const;
const APP2_LOCAL = [40, 33, 17, 10] as const;

/** Parameter name of a criterion's App 2 value, e.g. weightParam('central', 2) = 'd1.app2.K2'. */
export const weightParam = (kind: 'central' | 'local', n: number): string => `d1.app2.${kind === 'central' ? 'K' : 'M'}${n}`;

const app2: Record<string, ParameterDecl> = {};
CRITERIA.forEach((c, i) => {
  const central = APP2_CENTRAL[i];
  if (central !== undefined)
    app2[weightParam('central', c.n)] = p(
      L(`${c.label.kk} — орталық мемлекеттік органдар`, `${c.label.ru} — центральные государственные органы`, `${c.label.en} — central state bodies`),
      { appendix: 'App 2', row: `central ${c.n}` },
      central,
      'points',
    );
  const local = APP2_LOCAL[i];
  if (local !== undefined)
    app2[weightParam('local', c.n)] = p(
      L(`${c.label.kk} — жергілікті атқарушы органдар`, `${c.label.ru} — местные исполнительные органы`, `${c.label.en} — local executive bodies`),
      { appendix: 'App 2', row: `local ${c.n}` },
      local,
      'points',
    );
});

// ---- App 6: satisfaction level → U1 points ----------------------------------------------------------

const sat = (from: string | undefined, value: number, ru: string): Band => ({ ...(from ? { from } : {}), value, label: ru });
const app6Central: Band[] = [
  sat('4.80', 15, 'от 4,8 балла включительно до 5 баллов включительно'),
  sat('4.60', 12, 'от 4,6 балла включительно до 4,79 балла включительно'),
  sat('4.40', 9, 'от 4,4 балла включительно до 4,59 балла включительно'),
  sat('4.20', 6, 'от 4,2 балла включительно до 4,39 балла включительно'),
  sat('4.00', 3, 'от 4 баллов включительно до 4,19 балла включительно'),
  sat(undefined, 0, 'ниже 4 баллов'),
];
const app6Local: Band[] = [
  sat('4.90', 35, 'от 4,9 балла включительно до 5 баллов включительно'),
  sat('4.75', 30, 'от 4,75 балла включительно до 4,89 балла включительно'),
  sat('4.60', 25, 'от 4,6 балла включительно до 4,74 балла включительно'),
  sat('4.45', 20, 'от 4,45 балла включительно до 4,59 балла включительно'),
  sat('4.30', 15, 'от 4,3 балла включительно до 4,44 балла включительно'),
  sat('4.15', 10, 'от 4,15 балла включительно до 4,29 балла включительно'),
  sat('4.00', 5, 'от 4 баллов включительно до 4,14 балла включительно'),
  sat(undefined, 0, 'ниже 4 баллов'),
];

// ---- App 7: reduction share of deadline violations (%) → bonus d -----------------------------------
// The first band (below 20 %) is reached only when the exact share is above 0 (DECISIONS D6); the
// formula handles "no reduction" and "no violations" before the look-up.
const app7 = (step: number): Band[] => [
  { from: '80', value: 5 * step, label: 'от 80 до 100 процентов' },
  { from: '60', value: 4 * step, label: 'от 60 до 79,99 процентов' },
  { from: '40', value: 3 * step, label: 'от 40 до 59,99 процентов' },
  { from: '20', value: 2 * step, label: 'от 20 до 39,99 процентов' },
  { value: step, label: 'менее 20 процентов' },
];

// ---- App 8: internal control ----------------------------------------------------------------------
const app8Execution: Band[] = [
  { from: '90', value: '2.5', label: '90 процентов и более' },
  { from: '75', value: '1.5', label: 'от 75 до 89,99 процентов' },
  { from: '60', value: '0.5', label: 'от 60 до 74,99 процентов' },
  { value: 0, label: 'менее 60 процентов (в тексте не указано: 0)' },
];
const app8Recommendations: Band[] = [
  { from: '90', value: '2.5', label: '90 процентов и более' },
  { from: '80', value: '1.5', label: 'от 80 до 89,99 процентов' },
  { from: '70', value: '0.5', label: 'от 70 до 79,99 процентов' },
  { value: 0, label: 'менее 70 процентов (в тексте не указано: 0)' },
];
/** AMB-13 default: the missing 20–29.99 % band filled monotonically (any share below 30 % → 1). */
const app8Detected: Band[] = [
  { from: '50', value: 3, label: '50 процентов и более' },
  { from: '30', value: 2, label: 'от 30 до 49,99 процентов' },
  { value: 1, label: 'менее 20 процентов; 20–29,99 — пропуск в тексте, заполнен (AMB-13)' },
];
/** AMB-13 literal alternative: the 20–29.99 % band the text leaves out scores nothing. */
const app8DetectedLiteral: Band[] = [
  { from: '50', value: 3, label: '50 процентов и более' },
  { from: '30', value: 2, label: 'от 30 до 49,99 процентов' },
  { from: '20', value: 0, label: 'от 20 до 29,99 процентов — в тексте не предусмотрено' },
  { value: 1, label: 'менее 20 процентов' },
];

// ---- App 9: way of rendering the service → b --------------------------------------------------------
export interface App9Row {
  row: number;
  points: number;
  label: Labels;
}
export const APP9_ROWS: readonly App9Row[] = [
  {
    row: 1,
    points: 20,
    label: L(
      '«Электрондық үкімет» порталы арқылы не Мемлекеттік корпорация арқылы, оның ішінде қағаз түрінде көрсетілетін электрондық мемлекеттік қызмет',
      'Электронная государственная услуга, оказываемая через портал "электронного правительства" либо через Государственную корпорацию, в том числе в бумажном виде',
      'Electronic service rendered through the e-government portal or through the State Corporation, including in paper form',
    ),
  },
  {
    row: 2,
    points: 15,
    label: L(
      'Тек «электрондық үкімет» порталы арқылы көрсетілетін электрондық мемлекеттік қызмет (Мемлекеттік корпорация арқылы көрсетілмейді)',
      'Электронная государственная услуга, оказываемая только через портал "электронного правительства" (не оказываемая через Государственную корпорацию)',
      'Electronic service rendered only through the e-government portal (not through the State Corporation)',
    ),
  },
  {
    row: 3,
    points: 10,
    label: L(
      '«Электрондық үкімет» порталы арқылы, сондай-ақ баламалы негізде мемлекеттік органда қағаз түрінде көрсетілетін электрондық мемлекеттік қызмет (Мемлекеттік корпорация арқылы көрсетілмейді)',
      'Электронная государственная услуга, оказываемая через портал "электронного правительства", а также в бумажном виде на альтернативной основе в государственном органе (не оказываемая через Государственную корпорацию)',
      'Electronic service rendered through the e-government portal and, as an alternative, in paper form at the state body (not through the State Corporation)',
    ),
  },
  {
    row: 4,
    points: 8,
    label: L(
      'Тек Мемлекеттік корпорация арқылы қағаз түрінде көрсетілетін мемлекеттік қызмет',
      'Государственная услуга, оказываемая в бумажном виде только через Государственную корпорацию',
      'Service rendered in paper form only through the State Corporation',
    ),
  },
  {
    row: 5,
    points: 5,
    label: L(
      'Баламалы негізде қағаз түрінде (мемлекеттік органда және Мемлекеттік корпорация арқылы) көрсетілетін мемлекеттік қызмет',
      'Государственная услуга, оказываемая в бумажном виде на альтернативной основе (в государственном органе и через Государственную корпорацию)',
      'Service rendered in paper form as an alternative (at the state body and through the State Corporation)',
    ),
  },
  {
    row: 6,
    points: 0,
    label: L(
      'Тек мемлекеттік органда қағаз түрінде көрсетілетін мемлекеттік қызмет',
      'Государственная услуга, оказываемая в бумажном виде, только в государственном органе',
      'Service rendered in paper form only at the state body',
    ),
  },
];
export const app9Param = (row: number): string => `d1.app9.row${row}`;

const app9: Record<string, ParameterDecl> = Object.fromEntries(
  APP9_ROWS.map((r) => [app9Param(r.row), p(r.label, { appendix: 'App 9', row: String(r.row) }, r.points, 'points')]),
);

export const direction1Parameters: Record<string, ParameterDecl> = {
  ...app2,

  'd1.app6.central': p(
    L('Қанағаттану деңгейі → U1 балы (орталық органдар)', 'Уровень удовлетворенности → балл U1 (центральные государственные органы)', 'Satisfaction level → U1 points (central bodies)'),
    { paragraph: 'p.30', appendix: 'App 6', row: '1–6' },
    app6Central,
  ),
  'd1.app6.local': p(
    L('Қанағаттану деңгейі → U1 балы (жергілікті атқарушы органдар)', 'Уровень удовлетворенности → балл U1 (местные исполнительные органы)', 'Satisfaction level → U1 points (local executive bodies)'),
    { paragraph: 'p.30', appendix: 'App 6', row: '1–8' },
    app6Local,
  ),
  'd1.p2.points': p(
    L('Әкімшілік кедергілерді жою шаралары үшін балл (P2)', 'Баллы за меры по устранению административных барьеров (P2)', 'Points for measures against administrative barriers (P2)'),
    { paragraph: 'p.32' },
    5,
    'points',
  ),

  'd1.k2.k': p(
    L('k коэффициенті (орталық органдар, 2-өлшемшарт)', 'Коэффициент k (центральные государственные органы, критерий 2)', 'Coefficient k (central bodies, criterion 2)'),
    { paragraph: 'p.38' },
    15,
  ),
  'd1.m2.m': p(
    L('m коэффициенті (жергілікті органдар, 2-өлшемшарт)', 'Коэффициент m (местные исполнительные органы, критерий 2)', 'Coefficient m (local bodies, criterion 2)'),
    { paragraph: 'p.38' },
    23,
  ),
  'd1.app7.central': p(
    L('Бұзушылықтардың азаю үлесі → d қосымша балы (орталық органдар)', 'Доля снижения нарушений сроков → добавочный балл d (центральные государственные органы)', 'Reduction share of deadline violations → bonus d (central bodies)'),
    { paragraph: 'p.39', appendix: 'App 7' },
    app7(1),
    '%',
  ),
  'd1.app7.local': p(
    L('Бұзушылықтардың азаю үлесі → d қосымша балы (жергілікті органдар)', 'Доля снижения нарушений сроков → добавочный балл d (местные исполнительные органы)', 'Reduction share of deadline violations → bonus d (local bodies)'),
    { paragraph: 'p.39', appendix: 'App 7' },
    app7(2),
    '%',
  ),
  'd1.app7.central.none': p(
    L('Есепті кезеңде бұзушылықтар болмағанда d (орталық органдар)', 'd при отсутствии нарушений сроков в отчетном периоде (центральные государственные органы)', 'd when the period had no deadline violations (central bodies)'),
    { appendix: 'App 7', row: '5' },
    5,
  ),
  'd1.app7.local.none': p(
    L('Есепті кезеңде бұзушылықтар болмағанда d (жергілікті органдар)', 'd при отсутствии нарушений сроков в отчетном периоде (местные исполнительные органы)', 'd when the period had no deadline violations (local bodies)'),
    { appendix: 'App 7', row: '5' },
    10,
  ),
  'd1.late_entry.per_fact': p(
    L('«Мониторинг» АЖ-ға кешіктіріп енгізудің әр фактісі үшін айыппұл', 'Штрафной балл за каждый факт несвоевременного представления информации в ИС "Мониторинг"', 'Penalty per late entry into IS "Monitoring"'),
    { paragraph: 'p.40' },
    '0.02',
  ),
  'd1.late_entry.cap': p(
    L('Кешіктіріп енгізу үшін айыппұлдың ең жоғары мөлшері', 'Предельная сумма штрафных баллов по критерию', 'Maximum late-entry penalty on the criterion'),
    { paragraph: 'p.40' },
    5,
  ),

  'd1.k3.k': p(
    L('k коэффициенті (T1–T4 көрсеткіштері)', 'Коэффициент k (показатели T1–T4)', 'Coefficient k (indicators T1–T4)'),
    { paragraph: 'p.46–49' },
    3,
  ),
  'd1.k3.t5.k': p(
    L('k коэффициенті (T5 көрсеткіші)', 'Коэффициент k (показатель T5)', 'Coefficient k (indicator T5)'),
    { paragraph: 'p.50' },
    5,
  ),

  'd1.app8.unit': p(
    L('Жауапты құрылымдық бөлімшенің болуы үшін балл', 'Балл за наличие ответственного структурного подразделения', 'Points for a responsible structural unit'),
    { appendix: 'App 8', row: '1' },
    1,
  ),
  'd1.app8.plans': p(
    L('Уақтылы бекітілген бақылау жоспарлары үшін балл', 'Балл за своевременно утвержденные планы контрольных мероприятий', 'Points for control plans approved on time'),
    { appendix: 'App 8', row: '2' },
    1,
  ),
  'd1.app8.execution': p(
    L('Бақылау іс-шараларының орындалу үлесі → балл', 'Доля исполненных контрольных мероприятий → балл', 'Share of planned control measures carried out → points'),
    { appendix: 'App 8', row: '3–5' },
    app8Execution,
    '%',
  ),
  'd1.app8.recommendations': p(
    L('Агенттік ұсынымдарының орындалу үлесі → балл', 'Доля исполненных рекомендаций Агентства → балл', 'Share of the Agency’s recommendations carried out → points'),
    { appendix: 'App 8', row: '6–8' },
    app8Recommendations,
    '%',
  ),
  'd1.app8.recommendations.none': p(
    L('Агенттік ұсыным бермеген жағдайдағы балл (AMB-12)', 'Балл при отсутствии рекомендаций Агентства (AMB-12)', 'Points when the Agency made no recommendations (AMB-12)'),
    { appendix: 'App 8', row: '6', note: 'seed-004a AMB-12' },
    '2.5',
  ),
  'd1.app8.detected': p(
    L('Ішкі бақылау анықтаған мерзім бұзушылықтарының үлесі → балл', 'Доля нарушений сроков, выявленных в рамках контрольных мероприятий → балл', 'Share of deadline violations found by internal control → points'),
    { appendix: 'App 8', row: '9–11', note: 'AMB-13 default: 20–29.99 % → 1' },
    app8Detected,
    '%',
  ),
  'd1.app8.detected.literal': p(
    L('Ішкі бақылау анықтаған бұзушылықтар үлесі → балл (мәтін бойынша, 20–29,99 % — 0)', 'Доля выявленных нарушений → балл (буквально, 20–29,99 % — 0)', 'Share found by internal control → points (literal: 20–29.99 % → 0)'),
    { appendix: 'App 8', row: '9–11', note: 'AMB-13 alternative' },
    app8DetectedLiteral,
    '%',
  ),
  'd1.app8.detected.none': p(
    L('Мерзімі бұзылған қызметтер болмағандағы балл (AMB-13)', 'Балл при отсутствии услуг, оказанных с нарушением сроков (AMB-13)', 'Points when no service was rendered late (AMB-13)'),
    { appendix: 'App 8', row: '9', note: 'seed-004a AMB-13' },
    3,
  ),

  'd1.k5.points': p(
    L('Тізілімді кеңейту үшін балл', 'Баллы за расширение Реестра', 'Points for expanding the Register'),
    { paragraph: 'p.57' },
    5,
  ),
  'd1.k6.points': p(
    L('Композиттік қызметтер үшін балл', 'Баллы за композитные государственные услуги', 'Points for composite services'),
    { paragraph: 'p.59' },
    3,
  ),

  'd1.k7.t.m': p(
    L('m коэффициенті (оңтайландырылған стандарттар үлесі)', 'Коэффициент m (доля оптимизированных стандартов)', 'Coefficient m (share of optimised standards)'),
    { paragraph: 'p.64' },
    5,
  ),
  'd1.k7.d': p(
    L('Түзету коэффициенті d (Ведомствоаралық комиссияның шешімі)', 'Поправочный коэффициент d (решение Межведомственной комиссии)', 'Correction coefficient d (Interdepartmental Commission decision)'),
    { paragraph: 'p.67' },
    '0.8',
  ),
  'd1.k7.v.none': p(
    L('Бағаланатын қызмет түрлері болмағандағы V (AMB-15)', 'V при отсутствии оцениваемых видов услуг (AMB-15)', 'V when the body has no service type to assess (AMB-15)'),
    { paragraph: 'p.66', note: 'seed-004a AMB-15' },
    20,
  ),
  ...app9,
};
