// Appendix 1 — "Ақпараттық-коммуникациялық технологияларды қолдану бойынша есеп": the report every
// assessed body submits by the Schedule's deadline (¶8), as four forms, one per table, so that each
// criterion reads only its own table. Counts are the totals of the table's rows.
import { L } from '../../engine/build.js';
import type { FormDecl } from '../../engine/types.js';
import { CENTRAL, LOCAL } from './kinds.js';
import { AUTOMATION_DEGREE, AUTOMATED_VIA } from '../vocabulary.js';

export const T1 = 'App1T1';
export const T2 = 'App1T2';
export const T3 = 'App1T3';
export const T4 = 'App1T4';
const body = L('Бағаланатын ОМО / ЖАО', 'Оцениваемый ЦГО / МИО', 'Assessed body');

/** Table 1 — integration of departmental IS with e-government components (criterion 2, ¶30–38). */
export const app1t1: FormDecl = {
  id: T1,
  label: L('1-кесте. Ведомстволық ақпараттық жүйелерді интеграциялаудың үлесі', 'Таблица 1. Доля интеграции ведомственных информационных систем', 'Table 1. Share of integration of departmental IS'),
  ref: { paragraph: '¶30–38', appendix: 'App 1', row: 'Table 1' },
  filledBy: body,
  fields: [
    {
      name: 'departmental_is',
      label: L('Ведомстволық АЖ саны (үлгілік процестерді автоматтандыратын жүйелерді қоспағанда)', 'Количество ведомственных ИС (кроме ИС типовых процессов: кадры, бухучёт, учёт рабочего времени)', 'Departmental IS in scope (excluding HR, accounting and time-keeping systems)'),
      type: 'integer', ref: { paragraph: '¶30', note: 'or derived from the rows of `systems`' },
    },
    {
      name: 'is_unavailable_or_unused',
      label: L('Бағалау кезеңінде жүйе қолжетімсіз болды немесе пайдаланылмады', 'Система была недоступна в оцениваемый период или не использовалась', 'The IS was unavailable during the period or not used'),
      type: 'boolean', default: false, ref: { paragraph: '¶31', note: 'AMB A-31: all in-scope IS' },
    },
    {
      name: 'integrations_required',
      label: L('Қажетті интеграциялаудың саны (b)', 'Количество необходимых интеграций (b)', 'Required integrations (b)'),
      type: 'integer', ref: { paragraph: '¶36–37', row: 'Table 1, row 2' },
    },
    {
      name: 'integrations_implemented',
      label: L('Іске асырылған интеграциялау саны (a)', 'Количество реализованных интеграций (a)', 'Implemented integrations (a)'),
      type: 'integer', partOf: 'integrations_required', ref: { paragraph: '¶36–37', row: 'Table 1, row 3' },
    },
    {
      name: 'is_due',
      label: L('НТҚ сәйкес өнеркәсіптік пайдалануға енгізілуі тиіс ведомстволық АЖ саны (y)', 'Количество ведомственных ИС, подлежащих вводу в промышленную эксплуатацию по НТД (y)', 'Departmental IS due for commissioning per the NTD (y)'),
      type: 'integer', partOf: 'departmental_is', ref: { paragraph: '¶37', row: 'Table 1, row 4' },
    },
    {
      name: 'is_late',
      label: L('Уақытылы енгізілмеген ведомстволық АЖ саны (x); НТҚ-да мерзім жоқ болса — уақытылы емес', 'Количество ведомственных ИС, не введённых своевременно (x); без срока в НТД — несвоевременно', 'Departmental IS not commissioned on time (x); no NTD deadline counts as late'),
      type: 'integer', partOf: 'is_due', ref: { paragraph: '¶37–38', row: 'Table 1, rows 4–5' },
    },
    {
      name: 'refusals_with_joint_plan',
      label: L('Бірлескен жоспар бар кезде осы органның бас тартқан интеграциялау саны', 'Количество интеграций, от которых отказался этот орган при утверждённом совместном плане', 'Integrations this body refused although a joint plan was approved'),
      type: 'integer', default: 0, ref: { paragraph: '¶36', note: 'AMB A-30' },
    },
    {
      name: 'assessment_date',
      label: L('Бағалау күні (НТҚ мерзімдерін салыстыру үшін)', 'Дата оценки (для сравнения со сроками НТД)', 'Date of the assessment (to compare with the NTD deadlines)'),
      type: 'date', ref: { paragraph: '¶37–38' },
    },
    {
      name: 'systems',
      label: L('Ведомстволық АЖ бойынша жолдар (1-кестенің 1–5-жолдары)', 'Строки по ведомственным ИС (строки 1–5 таблицы 1)', 'One row per departmental IS (Table 1, rows 1–5)'),
      type: 'list',
      ref: { appendix: 'App 1', row: 'Table 1', note: 'when given, the totals above are derived from the rows (and must match if also given)' },
      item: [
        { name: 'name', label: L('Ведомстволық АЖ атауы', 'Наименование ведомственной ИС', 'Name of the departmental IS'), type: 'text', required: true, ref: { row: 'Table 1, row 1' } },
        { name: 'integrations_envisaged', label: L('Интеграциялауы болжамданған құрауыштар мен жүйелер саны', 'Число компонентов и систем, интеграция с которыми предусмотрена', 'Components and systems integration with which is envisaged'), type: 'integer', required: true, ref: { row: 'Table 1, row 2' } },
        { name: 'integrations_implemented', label: L('Интеграциялауы іске асырылған құрауыштар мен жүйелер саны', 'Число компонентов и систем, интеграция с которыми реализована', 'Components and systems integration with which is implemented'), type: 'integer', required: true, partOf: 'integrations_envisaged', ref: { row: 'Table 1, row 3' } },
        { name: 'ntd_deadline', label: L('НТҚ сәйкес өнеркәсіптік пайдалануға енгізу мерзімі', 'Срок ввода в промышленную эксплуатацию по НТД', 'Commissioning deadline per the NTD'), type: 'date', ref: { row: 'Table 1, row 4' } },
        { name: 'commissioned', label: L('Өнеркәсіптік пайдалануға енгізудің нақты мерзімі (енгізу актісі бойынша)', 'Фактическая дата ввода в промышленную эксплуатацию (по акту)', 'Actual commissioning date (per the act)'), type: 'date', ref: { row: 'Table 1, row 5' } },
      ],
    },
  ],
};

/** Table 2 — institutional strengthening (criterion 3, ¶39–42). */
export const app1t2: FormDecl = {
  id: T2,
  label: L('2-кесте. АКТ енгізу жөніндегі мемлекеттік орган қызметін институционалдық нығайту дәрежесі', 'Таблица 2. Степень институционального укрепления деятельности по внедрению ИКТ', 'Table 2. Institutional strengthening of ICT activity'),
  ref: { paragraph: '¶39–42', appendix: 'App 1', row: 'Table 2' },
  filledBy: body,
  fields: [
    { name: 'omo_unit', label: L('Ақпараттық жүйелерді дамыту, құру және сүйемелдеу үшін жауапты құрылымдық бөлімшенің бар болуы', 'Наличие структурного подразделения, ответственного за развитие, создание и сопровождение ИС', 'Structural unit responsible for the body’s IS exists'), type: 'boolean', required: true, appliesTo: [CENTRAL], ref: { paragraph: '¶42', row: 'Table 2, row 1' } },
    { name: 'lao_apparatus_unit', label: L('Әкім аппаратында жауапты құрылымдық бөлімшенің бар болуы', 'Наличие ответственного структурного подразделения в аппарате акима', 'Responsible unit in the akim’s office exists'), type: 'boolean', required: true, appliesTo: [LOCAL], ref: { paragraph: '¶42', row: 'Table 2, row 2' } },
    { name: 'lao_departments', label: L('ЖАО басқармаларының саны', 'Количество управлений МИО', 'Departments of the local executive body'), type: 'integer', required: true, appliesTo: [LOCAL], ref: { paragraph: '¶42', row: 'Table 2, row 3' } },
    { name: 'lao_departments_covered', label: L('Жауапты бөлімшесі немесе қызметкері бар басқармалар саны', 'Количество управлений с ответственным подразделением или сотрудником', 'Departments with a responsible unit or staff'), type: 'integer', required: true, partOf: 'lao_departments', appliesTo: [LOCAL], ref: { paragraph: '¶42', row: 'Table 2, row 4' } },
    { name: 'staff_qualified', label: L('Арнаулы білімі немесе біліктілігін арттыру туралы куәлігі бар басшылар мен штаттық қызметкерлер саны (a)', 'Число руководителей и штатных сотрудников со специальным образованием или удостоверением о повышении квалификации (a)', 'Heads and staff with ICT education or a training certificate (a)'), type: 'integer', required: true, partOf: 'staff_total', ref: { paragraph: '¶42', row: 'Table 2, row 5' } },
    { name: 'staff_total', label: L('Штаттық қызметкерлер мен басшылардың жалпы саны (b)', 'Общее число штатных сотрудников и руководителей (b)', 'All heads and staff of the unit (b)'), type: 'integer', required: true, ref: { paragraph: '¶42', row: 'Table 2, row 6' } },
  ],
};

/** Table 3 — automation of the body's functions (criterion 4, ¶43–57), totals of its rows. */
export const app1t3: FormDecl = {
  id: T3,
  label: L('3-кесте. Мемлекеттік органның функцияларын автоматтандыру', 'Таблица 3. Автоматизация функций государственного органа', 'Table 3. Automation of the body’s functions'),
  ref: { paragraph: '¶43–57', appendix: 'App 1', row: 'Table 3' },
  filledBy: body,
  fields: [
    { name: 'functions_full', label: L('Толықтай автоматтандырылған функциялар саны', 'Количество полностью автоматизированных функций', 'Fully automated functions'), type: 'integer', ref: { paragraph: '¶4.10, ¶57', row: 'Table 3, col. 3' } },
    { name: 'functions_partial', label: L('Ішінара автоматтандырылған функциялар саны', 'Количество частично автоматизированных функций', 'Partially automated functions'), type: 'integer', ref: { paragraph: '¶4.11, ¶57', row: 'Table 3, col. 3' } },
    { name: 'functions_not_automated', label: L('Автоматтандырылмаған функциялар саны (НТҚ растамаған функцияларды қоса)', 'Количество неавтоматизированных функций (включая не подтверждённые НТД)', 'Functions not automated (including those the NTD does not support, ¶47)'), type: 'integer', ref: { paragraph: '¶47–48', row: 'Table 3, col. 3' } },
    { name: 'functions_via_departmental_is', label: L('Ведомстволық АЖ арқылы автоматтандырылған функциялар саны (ведомствоаралық жүйелер есепке алынбайды)', 'Количество функций, автоматизированных через ведомственные ИС (межведомственные не учитываются)', 'Functions automated through departmental IS (interdepartmental IS not counted, ¶46)'), type: 'integer', ref: { paragraph: '¶45–48', row: 'Table 3, col. 4' } },
    {
      name: 'functions',
      label: L('Функциялар бойынша жолдар (3-кесте)', 'Строки по функциям (таблица 3)', 'One row per function (Table 3)'),
      type: 'list',
      ref: { appendix: 'App 1', row: 'Table 3', note: 'when given, the totals above are derived from the rows (and must match if also given)' },
      item: [
        { name: 'name', label: L('Мемлекеттік орган функциясының атауы', 'Наименование функции государственного органа', 'Name of the function'), type: 'text', required: true, ref: { row: 'Table 3, col. 2' } },
        { name: 'degree', label: L('Автоматтандыру дәрежесі (толықтай / ішінара / автоматтандырылмаған)', 'Степень автоматизации (полностью / частично / не автоматизирована)', 'Degree of automation (full / partial / none)'), type: 'enum', values: ['full', 'partial', 'none'], valueLabels: AUTOMATION_DEGREE, required: true, ref: { row: 'Table 3, col. 3' } },
        { name: 'via', label: L('Автоматтандыру құралы: ведомстволық АЖ / ведомствоаралық АЖ / интернет-ресурс', 'Средство автоматизации: ведомственная ИС / межведомственная ИС / интернет-ресурс', 'Automated through: departmental IS / interdepartmental IS / internet resource'), type: 'enum', values: ['departmental', 'interdepartmental', 'internet_resource'], valueLabels: AUTOMATED_VIA, ref: { row: 'Table 3, col. 4', paragraph: '¶46' } },
        { name: 'ntd_supports', label: L('АЖ-нің НТҚ-сы функцияны автоматтандыруды көздейді', 'НТД ИС предусматривает автоматизацию функции', 'The IS’s NTD provides for automating the function'), type: 'boolean', ref: { paragraph: '¶47' } },
        { name: 'system', label: L('Ведомстволық және/немесе ведомствоаралық АЖ атауы', 'Наименование ведомственной и/или межведомственной ИС', 'Name of the IS'), type: 'text', ref: { row: 'Table 3, col. 4' } },
        { name: 'integrated_with', label: L('Интеграциялау іске асырылған / болжамданған АЖ атауы', 'Наименование ИС, интеграция с которыми реализована / предусмотрена', 'IS integrated with (implemented / envisaged)'), type: 'text', ref: { row: 'Table 3, col. 5' } },
        { name: 'deadline', label: L('Функцияларды іске асыру (автоматтандыру) мерзімі', 'Срок реализации (автоматизации) функций', 'Deadline of automating the function'), type: 'text', ref: { row: 'Table 3, col. 6' } },
      ],
    },
  ],
};

/** Table 4 — interdepartmental IS (criterion 5, ¶63–69), cross-checked with ЕСЭДО data. */
export const app1t4: FormDecl = {
  id: T4,
  label: L('4-кесте. Ведомствоаралық ақпараттық жүйелерді пайдалану', 'Таблица 4. Использование межведомственных информационных систем', 'Table 4. Use of interdepartmental IS'),
  ref: { paragraph: '¶63–69', appendix: 'App 1', row: 'Table 4' },
  filledBy: body,
  fields: [
    { name: 'docs_sent', label: L('ЭҚАБЖ арқылы электрондық нысанда ғана ЭҚЖ қатысушыларына жіберілген құжаттар саны', 'Количество документов, направленных через ЕСЭДО только в электронной форме участникам СЭД', 'Documents sent through the unified EDMS in electronic form only'), type: 'integer', required: true, partOf: 'docs_due', ref: { paragraph: '¶64–65', row: 'Table 4, row 1' } },
    { name: 'docs_due', label: L('ЭҚАБЖ арқылы электрондық нысанда ғана жіберуге жататын құжаттар саны', 'Количество документов, подлежащих направлению через ЕСЭДО только в электронной форме', 'Documents due to be sent through the unified EDMS in electronic form only'), type: 'integer', required: true, ref: { paragraph: '¶64–65', row: 'Table 4, row 2' } },
    { name: 'applications_registered', label: L('"Электрондық үкімет" порталынан келіп түскен тіркелген электрондық өтініштер саны', 'Количество зарегистрированных электронных обращений, поступивших с портала «электронного правительства»', 'Registered e-applications received from the e-government portal'), type: 'integer', required: true, partOf: 'applications_total', ref: { paragraph: '¶66–68', row: 'Table 4, row 3' } },
    { name: 'applications_total', label: L('"Электрондық үкімет" порталынан келіп түскен электрондық өтініштердің жалпы саны', 'Общее количество электронных обращений, поступивших с портала «электронного правительства»', 'All e-applications received from the e-government portal'), type: 'integer', required: true, ref: { paragraph: '¶66–69', row: 'Table 4, row 4', note: 'AMB A-22' } },
  ],
};

export const app1Forms = [app1t1, app1t2, app1t3, app1t4];
