// Input forms, field by field. App 7 and App 8 are the act's own forms filled by the assessed body;
// the other forms hold the information the act says the Agency receives from other bodies (§14 MEBP,
// §15/§19 Ministry of Justice, §22–23 Register and standards, §24 internal control, §27/§72 the
// «ХҚКО» ЫАЖ data, §28 outages, §29–30 Ministry checks, §44 load-index figures) and the App 9
// reconciliation act. Counts are non-negative integers; a part is never larger than its total.
import { L } from '../../engine/build.js';
import type { ConstraintDecl, FieldDecl, FormDecl, Labels, LegalRef } from '../../engine/types.js';
import { CENTRAL, LOCAL } from './common.js';
import { APP6 } from './p22-23-k4-optimisation.js';
import { unit, REORG_EVENT } from '../vocabulary.js';

const int = (name: string, label: Labels, ref: LegalRef, extra: Partial<FieldDecl> = {}): FieldDecl => ({
  name,
  label,
  type: 'integer',
  ref,
  ...extra,
});
const flag = (name: string, label: Labels, ref: LegalRef): FieldDecl => ({ name, label, type: 'boolean', default: false, ref });

const AGENCY = L('Мемлекеттік қызмет істері агенттігі', 'Агентство по делам государственной службы', 'Agency for Civil Service Affairs');
const MINISTRY = L('Көлік және коммуникация министрлігі', 'Министерство транспорта и коммуникаций', 'Ministry of Transport and Communications');
const BODY = L('Бағаланатын мемлекеттік орган', 'Оцениваемый государственный орган', 'Assessed state body');

/** §14: information of the Ministry of Economy and Budget Planning (by 15 February). */
export const mebpForm: FormDecl = {
  id: 'MEBP',
  label: L(
    'Тізілімге жаңа мемлекеттік көрсетілетін қызметтер түрлерін қосу жөніндегі ақпарат',
    'Информация о включении новых видов государственных услуг в Реестр',
    'Information on new public service types included in the Register',
  ),
  ref: { paragraph: '§14' },
  filledBy: L('Экономика және бюджеттік жоспарлау министрлігі', 'Министерство экономики и бюджетного планирования', 'Ministry of Economy and Budget Planning'),
  appliesTo: [CENTRAL],
  fields: [
    int(
      'newServiceTypes',
      L(
        'Есептік кезеңде Тізілімге енгізілген мемлекеттік қызметтердің жаңа түрлерінің саны',
        'Количество новых видов государственных услуг, включенных в Реестр за отчетный период',
        'New public service types included in the Register in the reporting period through the body’s work',
      ),
      { paragraph: '§14' },
      { required: true },
    ),
  ],
};

/** §15–§18: Ministry of Justice information on standards (by 18 February). */
export const standardsForm: FormDecl = {
  id: 'Standards',
  label: L(
    'Мемлекеттік көрсетілетін қызметтер стандарттарын бекіту жөніндегі ақпарат',
    'Информация об утверждении стандартов государственных услуг',
    'Information on the approval of public service standards',
  ),
  ref: { paragraph: '§15–§18' },
  filledBy: L('Қазақстан Республикасының Әділет министрлігі', 'Министерство юстиции Республики Казахстан', 'Ministry of Justice of the RK'),
  appliesTo: [CENTRAL],
  fields: [
    int(
      'a',
      L(
        'Мемлекеттік органмен (ведомстволық бағынысты мекеме), соның ішінде жергілікті атқарушы органдармен көрсетілетін мемлекеттік көрсетілетін қызметтер бойынша бекітілген стандарттардың саны',
        'Количество утвержденных стандартов государственных услуг, оказываемых государственным органом (подведомственным учреждением), в том числе местными исполнительными органами',
        'a — approved standards for services rendered by the body (subordinate organisation), including LEB-rendered services',
      ),
      { paragraph: '§18' },
      { required: true },
    ),
    int(
      'c',
      L(
        'Тізілімге сәйкес әзірленетін мемлекеттік көрсетілетін қызметтер стандарттарының жалпы саны (есептік кезеңнің соңындағы жағдай бойынша)',
        'Общее количество стандартов государственных услуг, подлежащих разработке согласно Реестру (по состоянию на конец отчетного периода)',
        'c — standards to be developed per the Register (as of the end of the reporting period)',
      ),
      { paragraph: '§18' },
      { required: true },
    ),
    int(
      'violations',
      L(
        'Мемлекеттік көрсетілетін қызметтерді стандарттау мерзімдерін бұзудың анықтап белгіленген деректері',
        'Установленные факты нарушения сроков стандартизации государственных услуг',
        'Established facts of violating the standardisation deadlines',
      ),
      { paragraph: '§17' },
      { default: 0 },
    ),
  ],
};

/** §19–§21: Ministry of Justice information on reglaments (by 18 March). */
export const reglamentsForm: FormDecl = {
  id: 'Reglaments',
  label: L(
    'Мемлекеттік көрсетілетін қызметтердің регламенттерін бекіту жөніндегі ақпарат',
    'Информация об утверждении регламентов государственных услуг',
    'Information on the approval of public service reglaments',
  ),
  ref: { paragraph: '§19–§21' },
  filledBy: L('Қазақстан Республикасының Әділет министрлігі', 'Министерство юстиции Республики Казахстан', 'Ministry of Justice of the RK'),
  fields: [
    int(
      'a',
      L(
        'Мемлекеттік органмен мемлекеттік қызметтер туралы заңнамаға сәйкес бекітілген мемлекеттік көрсетілетін қызметтер регламенттерінің саны',
        'Количество регламентов государственных услуг, утвержденных государственным органом в соответствии с законодательством о государственных услугах',
        'a — reglaments approved by the body under the law on public services',
      ),
      { paragraph: '§20' },
      { required: true },
    ),
    int(
      'b',
      L(
        'Регламенттерін әзірлеуге міндетті мемлекеттік көрсетілетін қызметтер түрлерінің саны (стандарттары бекітілген қызметтер)',
        'Количество видов государственных услуг, по которым государственный орган обязан разработать регламенты (услуги с утвержденными стандартами)',
        'b — service types for which the body must develop reglaments (services with an approved standard)',
      ),
      { paragraph: '§20' },
      { required: true },
    ),
    int(
      'violations',
      L(
        'Мемлекеттік көрсетілетін қызметтердің регламенттерін бекіту мерзімдерін бұзудың анықтап белгіленген деректері',
        'Установленные факты нарушения сроков утверждения регламентов государственных услуг',
        'Established facts of violating the deadlines for approving reglaments',
      ),
      { paragraph: '§21' },
      { default: 0 },
    ),
  ],
};

/** The modes of App 6 ("Мемлекеттік көрсетілетін қызметтің көрсету тәртібі"), as enum values. */
export const APP6_MODE_VALUES = ['1', '2', '3', '4', '5'] as const;

/** §22–§23: the Register and the approved standards of the body's services (central bodies only). */
export const registerForm: FormDecl = {
  id: 'Register',
  label: L(
    'Тізілімде көрсетілген мемлекеттік көрсетілетін қызметтердің бекітілген стандарттары',
    'Утвержденные стандарты государственных услуг, указанных в Реестре',
    'Approved standards of the body’s public services in the Register',
  ),
  ref: { paragraph: '§22–§23', appendix: 'App 6' },
  filledBy: MINISTRY,
  appliesTo: [CENTRAL],
  fields: [
    {
      name: 'services',
      label: L(
        'Тізілімге сәйкес мемлекеттік органмен көрсетілетін мемлекеттік қызметтер (z)',
        'Государственные услуги, оказываемые государственным органом согласно Реестру (z)',
        'Public services the body renders per the Register (z = number of rows)',
      ),
      type: 'list',
      required: true,
      ref: { paragraph: '§23' },
      item: [
        { name: 'name', label: L('Мемлекеттік қызметтің атауы', 'Наименование государственной услуги', 'Name of the public service'), type: 'text', required: true },
        {
          name: 'mode',
          label: L(
            'Мемлекеттік көрсетілетін қызметті көрсету тәсілі (6-қосымша, 1–5)',
            'Способ оказания государственной услуги (приложение 6, 1–5)',
            'Delivery mode per App 6 (1–5)',
          ),
          type: 'enum',
          values: APP6_MODE_VALUES,
          valueLabels: Object.fromEntries(APP6.map((r) => [r.mode, L(`${r.mode} — ${r.label.kk}`, `${r.mode} — ${r.label.ru}`, `${r.mode} — ${r.label.en}`)])),
          required: true,
          ref: { appendix: 'App 6' },
        },
        {
          name: 'termDays',
          label: L(
            'Стандартта көрсетілген мемлекеттік қызметті көрсету мерзімі (жұмыс күні)',
            'Срок оказания государственной услуги по стандарту (рабочих дней)',
            'Delivery term in the standard (working days)',
          ),
          type: 'integer',
          ...unit('working days'),
          required: true,
          ref: { paragraph: '§23' },
        },
        {
          // DECISIONS.md D1: x (obtained) ≤ y (obtainable); a larger x is refused as a part larger than its total.
          name: 'x',
          label: L(
            'Мемлекеттік қызметті көрсету үшін мемлекеттік органмен ведомствоаралық/ведомстволық ақпараттық жүйелерден сұратылатын құжаттардың саны',
            'Количество документов, запрашиваемых государственным органом из межведомственных/ведомственных информационных систем для оказания услуги',
            'x — documents the body requests (obtains) from interagency/departmental information systems',
          ),
          type: 'integer',
          default: 0,
          partOf: 'y',
          ref: { paragraph: '§23', note: 'DECISIONS.md D1' },
        },
        {
          name: 'y',
          label: L(
            'Мемлекеттік қызметті көрсету үшін мемлекеттік органмен ведомствоаралық/ведомстволық ақпараттық жүйелерден алынатын құжаттардың саны',
            'Количество документов, получаемых (доступных для получения) государственным органом из межведомственных/ведомственных информационных систем',
            'y — documents obtainable from interagency/departmental information systems',
          ),
          type: 'integer',
          default: 0,
          ref: { paragraph: '§23', note: 'DECISIONS.md D1' },
        },
        {
          name: 'standardApproved',
          label: L(
            'Бағалау кезінде мемлекеттік көрсетілетін қызметтің стандарты бекітілген',
            'Стандарт государственной услуги утвержден на момент оценки',
            'The standard of the service is approved at the time of assessment',
          ),
          type: 'boolean',
          default: true,
          ref: { paragraph: '§23' },
        },
        {
          name: 'newInRegister',
          label: L(
            'Есептік кезеңде орталық мемлекеттік органның жұмысы нәтижесінде Тізілімге қосылған қызмет',
            'Услуга включена в Реестр в отчетном периоде в результате работы центрального государственного органа',
            'Service newly included in the Register in the period through the body’s work (+3 points)',
          ),
          type: 'boolean',
          default: false,
          ref: { paragraph: '§23' },
        },
        {
          name: 'coveredByConclusion',
          label: L(
            'Қызмет Министрліктің мерзімді қысқарту және/немесе құжаттар санын азайту орынсыздығы немесе мүмкінсіздігі жөніндегі қорытындысында көрсетілген',
            'Услуга указана в заключении Министерства о нецелесообразности или невозможности сокращения сроков и/или документов',
            'Service covered by the Ministry conclusion on inexpediency/impossibility (used by reading A-10 = per-service)',
          ),
          type: 'boolean',
          default: false,
          ref: { paragraph: '§23', note: 'seed-000 A-10' },
        },
        {
          name: 'iacDecision',
          label: L(
            'ХҚКО арқылы көрсету мүмкінсіздігі жөнінде Ведомствоаралық комиссияның шешімі',
            'Решение Межведомственной комиссии о невозможности оказания через ЦОН',
            'Interagency Commission decision that delivery through PSCs is impossible',
          ),
          type: 'boolean',
          default: false,
          ref: { paragraph: '§23' },
        },
      ],
    },
    int(
      'm',
      L(
        'Есептік кезеңде өзгертілген стандарттардың саны (көрсету мерзімдері және/немесе сұратылатын құжаттар саны азайтылған)',
        'Количество стандартов, измененных в отчетном периоде (сокращены сроки оказания и/или количество истребуемых документов)',
        'm — standards changed in the period (term and/or number of requested documents reduced)',
      ),
      { paragraph: '§23' },
      { partOf: 'n', default: 0 },
    ),
    int('n', L('Стандарттардың жалпы саны', 'Общее количество стандартов', 'n — total number of standards'), { paragraph: '§23' }, { default: 0 }),
    flag(
      'ministryConclusion',
      L(
        'Министрліктің мерзімді қысқарту және/немесе құжаттар санын азайту орынсыздығы немесе мүмкінсіздігі жөніндегі қорытындысы',
        'Заключение Министерства о нецелесообразности или невозможности сокращения сроков и/или количества документов',
        'Ministry conclusion that reducing the term and/or documents is inexpedient or impossible (W = 1)',
      ),
      { paragraph: '§23' },
    ),
  ],
};

/** §24–§25: information on internal control measures, submitted by the body to the Agency. */
export const internalControlForm: FormDecl = {
  id: 'InternalControl',
  label: L(
    'Мемлекеттік көрсетілетін қызметтердің стандарттары мен регламенттерін бұзуды алдын алу шаралары жөніндегі ақпарат',
    'Информация о мерах по предупреждению нарушений стандартов и регламентов государственных услуг',
    'Information on measures to prevent violations of standards and reglaments',
  ),
  ref: { paragraph: '§24–§25' },
  filledBy: BODY,
  fields: [
    int(
      'a',
      L(
        'Қызметкерлерге қатысты қабылданған тәртіптік сипаттағы шаралардың саны',
        'Количество мер дисциплинарного характера, принятых в отношении работников',
        'a — disciplinary measures taken (per violation covered, with supporting documents)',
      ),
      { paragraph: '§25' },
      { required: true },
    ),
    int(
      'b',
      L(
        'Мемлекеттік көрсетілетін қызметтердің стандарттары мен регламенттері бұзуларының жалпы саны (дәлелденген шағымдар мен мерзімдерді бұзулар)',
        'Общее количество нарушений стандартов и регламентов (обоснованные жалобы и нарушения сроков)',
        'b — violations of standards and reglaments (substantiated complaints + deadline violations)',
      ),
      { paragraph: '§25' },
      { required: true },
    ),
  ],
};

/**
 * §28: services rendered while an information system was down for technical reasons confirmed by a
 * document are not counted: each count has its "of which during a documented outage" part.
 */
const outageFields = (ref: LegalRef): FieldDecl[] =>
  (['a', 'b', 'c', 'd'] as const).map((x) => ({
    name: `${x}Out`,
    label: L(
      `${x}: оның ішінде ақпараттық жүйе жұмыс істемеген кезде (құжатпен расталған) көрсетілгендері`,
      `${x}: в том числе оказанные в период неработоспособности информационной системы (подтверждено документом)`,
      `${x}: of which rendered during a documented information-system outage (not counted, §28)`,
    ),
    type: 'integer' as const,
    default: 0,
    partOf: x,
    ref,
  }));

/** After the §28 exclusions a part still cannot exceed its total. */
export const outageConstraints: ConstraintDecl[] = [
  {
    rule: 'a - aOut <= b - bOut',
    fields: ['bOut', 'a', 'aOut', 'b'],
    message: L(
      'Іркіліс алынып тасталғаннан кейін ХҚКО арқылы бұзушылықтар қызметтерден көп',
      'После исключения периода сбоя нарушений через ЦОН больше, чем услуг',
      'after the §28 exclusion, more PSC violations than PSC services remain',
    ),
  },
  {
    rule: 'c - cOut <= d - dOut',
    fields: ['dOut', 'c', 'cOut', 'd'],
    message: L(
      'Іркіліс алынып тасталғаннан кейін мемлекеттік органдағы бұзушылықтар қызметтерден көп',
      'После исключения периода сбоя нарушений в органе больше, чем услуг',
      'after the §28 exclusion, more in-body violations than in-body services remain',
    ),
  },
];

const app7Count = (name: string, kk: string, ru: string, en: string, partOf?: string): FieldDecl => ({
  name,
  label: L(kk, ru, en),
  type: 'integer',
  required: true,
  ref: { appendix: 'App 7', paragraph: '§29' },
  ...(partOf ? { partOf } : {}),
});

/** App 7: information on compliance with delivery deadlines (filled by each body). */
export const app7Form: FormDecl = {
  id: 'App7',
  label: L(
    'Мемлекеттік қызметтер көрсетудің мерзімдерін сақтау бойынша ақпарат (7-қосымша)',
    'Информация по соблюдению сроков оказания государственных услуг (приложение 7)',
    'Information on compliance with public service delivery deadlines (App 7)',
  ),
  ref: { paragraph: '§26', appendix: 'App 7' },
  filledBy: BODY,
  fields: [
    {
      name: 'services',
      label: L('Мемлекеттік қызметтер', 'Государственные услуги', 'Public services (one row each)'),
      type: 'list',
      required: true,
      ref: { appendix: 'App 7, col. 2–6' },
      item: [
        {
          name: 'name',
          label: L('Мемлекеттік қызметтің атауы', 'Наименование государственной услуги', 'Name of the public service (col. 2)'),
          type: 'text',
          required: true,
        },
        app7Count(
          'a',
          'Мемлекеттік органмен (ведомстволық бағынысты мекемемен) халыққа қызмет көрсету орталықтары арқылы көрсетілген мемлекеттік қызметтер мерзімдерінің бұзылу саны',
          'Количество нарушений сроков государственных услуг, оказанных через центры обслуживания населения',
          'a — deadline violations of services rendered via PSCs (col. 3)',
          'b',
        ),
        app7Count(
          'b',
          'Мемлекеттік органмен (ведомстволық бағынысты мекемемен) халыққа қызмет көрсету орталықтары арқылы көрсетілген қызметтердің жалпы саны',
          'Общее количество услуг, оказанных через центры обслуживания населения',
          'b — services rendered via PSCs (col. 4)',
        ),
        app7Count(
          'c',
          'Мемлекеттік органмен (ведомстволық бағынысты мекемемен) мемлекеттік қызметтер көрсету мерзімдердің бұзылу саны',
          'Количество нарушений сроков оказания государственных услуг государственным органом',
          'c — deadline violations of services rendered in the body (col. 5)',
          'd',
        ),
        app7Count(
          'd',
          'Мемлекеттік органда (ведомстволық бағынысты мекемеде) көрсетілген қызметтердің жалпы саны',
          'Общее количество услуг, оказанных в государственном органе',
          'd — services rendered in the body (col. 6)',
        ),
        ...outageFields({ paragraph: '§28' }),
      ],
      constraints: outageConstraints,
    },
    {
      name: 'violationsInfo',
      label: L(
        'Мемлекеттік қызметтер көрсету мерзімдерін бұзылуы туралы мәліметтер',
        'Сведения о нарушениях сроков оказания государственных услуг',
        'Information on deadline violations (causes, problems, measures, review results)',
      ),
      type: 'text',
      ref: { appendix: 'App 7, section 1' },
    },
    {
      name: 'additionalInfo',
      label: L('Қосымша мәліметтер', 'Дополнительные сведения', 'Additional information'),
      type: 'text',
      ref: { appendix: 'App 7, section 2' },
    },
  ],
};

const isCount = (name: string, en: string, kk: string, ru: string, partOf?: string): FieldDecl => ({
  name,
  label: L(kk, ru, en),
  type: 'integer',
  ref: { paragraph: '§27' },
  ...(partOf ? { partOf } : {}),
});

/** §27, §72: the «ХҚКО» ЫАЖ / «Е-лицензиялау» / e-gov data; where they differ from App 7 they prevail. */
export const isForm: FormDecl = {
  id: 'IS',
  label: L(
    '«ХҚКО» ЫАЖ, «Е-лицензиялау» МД АЖ және «электрондық үкімет» веб-порталының мерзімдерді бұзу туралы ақпараты',
    'Информация ИС «ЦОН», ГБД «Е-лицензирование» и веб-портала «электронного правительства» о нарушениях сроков',
    'Deadline data from the «ХҚКО» ЫАЖ, «Е-лицензиялау» and the e-gov portal (prevail over App 7)',
  ),
  ref: { paragraph: '§27, §72' },
  filledBy: MINISTRY,
  fields: [
    isCount('a', 'a — PSC deadline violations per the IS', 'ХҚКО арқылы мерзімі бұзылып көрсетілген қызметтер (АЖ)', 'Услуги через ЦОН с нарушением сроков (ИС)', 'b'),
    isCount('b', 'b — services via PSCs per the IS', 'ХҚКО арқылы көрсетілген қызметтер (АЖ)', 'Услуги через ЦОН (ИС)'),
    isCount('c', 'c — in-body deadline violations per the IS', 'Мемлекеттік органмен мерзімі бұзылып көрсетілген қызметтер (АЖ)', 'Услуги в государственном органе с нарушением сроков (ИС)', 'd'),
    isCount('d', 'd — services rendered in the body per the IS', 'Мемлекеттік органда көрсетілген қызметтер (АЖ)', 'Услуги в государственном органе (ИС)'),
    ...outageFields({ paragraph: '§28' }),
  ],
  constraints: outageConstraints,
};

/** §29–§30 and App 5 rows 3–5: the Ministry's checks of registration and e-service timeliness. */
export const timelinessForm: FormDecl = {
  id: 'Timeliness',
  label: L(
    'Арыздарды уақытылы тіркеу және электрондық қызметтерді уақытылы көрсету (5-қосымша, 3–5 жолдар)',
    'Своевременная регистрация заявлений и своевременное оказание электронных услуг (приложение 5, строки 3–5)',
    'Timely registration of applications and timely e-services (App 5 rows 3–5)',
  ),
  ref: { paragraph: '§29–§30', appendix: 'App 5' },
  filledBy: MINISTRY,
  fields: [
    int(
      'e',
      L(
        'Есептік кезеңде қағаз нұсқасында келіп түскен өтініштерді берілген күні тіркелмеген өтініштердің саны',
        'Количество заявлений на бумажном носителе, не зарегистрированных в день подачи',
        'e — paper applications not registered on the day of receipt (in the §30 sample)',
      ),
      { paragraph: '§29' },
      { partOf: 'f', default: 0 },
    ),
    int('f', L('Бағаланатын өтініштердің саны', 'Количество оцениваемых заявлений', 'f — number of evaluated applications (§30 sample)'), { paragraph: '§29–§30' }, { default: 0 }),
    int(
      's',
      L(
        'Есептік кезеңде «электрондық лицензиялау» порталынан келіп түскен өтініштерді берілген күні тіркелмеген өтініштердің саны',
        'Количество заявлений, поступивших с портала «электронного лицензирования», не зарегистрированных в день подачи',
        's — e-licensing portal applications not registered on the day of receipt',
      ),
      { paragraph: '§29' },
      { partOf: 'l', default: 0 },
    ),
    int(
      'l',
      L(
        'Есептік кезеңде «электрондық лицензиялау» порталынан келіп түскен өтініштердің жалпы саны',
        'Общее количество заявлений, поступивших с портала «электронного лицензирования»',
        'l — applications received from the e-licensing portal',
      ),
      { paragraph: '§29' },
      { default: 0 },
    ),
    int(
      'i',
      L(
        '«Электрондық үкімет» порталы арқылы мерзімі бұзылып көрсетілетін мемлекеттік көрсетілетін қызметтердің саны',
        'Количество государственных услуг, оказанных через портал «электронного правительства» с нарушением сроков',
        'i — e-gov portal services rendered late',
      ),
      { paragraph: '§29' },
      { partOf: 'n', default: 0 },
    ),
    int(
      'q',
      L(
        'Өңделмеген («жауабы жоқ» статусы бар) электрондық өтініштердің саны',
        'Количество необработанных электронных заявлений (статус «нет ответа»)',
        'q — unprocessed e-applications (status “no response”)',
      ),
      { paragraph: '§29' },
      { default: 0 },
    ),
    int(
      'n',
      L(
        '«Электрондық үкімет» порталы арқылы көрсетілетін мемлекеттік қызметтердің жалпы саны',
        'Общее количество государственных услуг, оказанных через портал «электронного правительства»',
        'n — services rendered via the e-gov portal',
      ),
      { paragraph: '§29' },
      { default: 0 },
    ),
    {
      name: 'licenceTypes',
      label: L(
        'Лицензия түрлері бойынша қағаз нұсқасында келіп түскен өтініштер',
        'Заявления на бумажном носителе по видам лицензий',
        'Paper licensing applications by licence type (derives f = Σ min(25, N))',
      ),
      type: 'list',
      ref: { paragraph: '§30' },
      item: [
        { name: 'type', label: L('Лицензия түрі', 'Вид лицензии', 'Licence type'), type: 'text', required: true },
        { name: 'applications', label: L('Өтініштер саны', 'Количество заявлений', 'Applications received on paper'), type: 'integer', required: true },
      ],
    },
    {
      name: 'sample',
      label: L(
        'Тіркеу журналынан кездейсоқ алынған өтініштер',
        'Заявления, случайно отобранные из журнала регистрации',
        'Sampled paper applications (derives e by the §30 registration-day rule)',
      ),
      type: 'list',
      ref: { paragraph: '§30' },
      item: [
        { name: 'licenceType', label: L('Лицензия түрі', 'Вид лицензии', 'Licence type'), type: 'text' },
        { name: 'received', label: L('Келіп түскен күні', 'Дата поступления', 'Date received'), type: 'date', required: true },
        {
          name: 'afterHours',
          label: L('Жұмыс күні аяқталғаннан кейін келіп түсті', 'Поступило после окончания рабочего дня', 'Received after the end of the working day'),
          type: 'boolean',
          default: false,
        },
        {
          name: 'registered',
          label: L('Тіркелген күні (тіркелмесе — бос)', 'Дата регистрации (пусто, если не зарегистрировано)', 'Date registered (absent if never registered)'),
          type: 'date',
        },
      ],
    },
    {
      name: 'nonWorkingDays',
      label: L('Мереке және демалыс күндері (сенбі мен жексенбіден басқа)', 'Праздничные и выходные дни (кроме субботы и воскресенья)', 'Holidays and other non-working weekdays'),
      type: 'list',
      ref: { paragraph: '§30' },
      item: [{ name: 'date', label: L('Күні', 'Дата', 'Date'), type: 'date', required: true }],
    },
    {
      name: 'workingWeekendDays',
      label: L('Жұмыс күні болып белгіленген демалыс күндер', 'Перенесенные рабочие дни (суббота/воскресенье)', 'Weekend days declared working days (transfers)'),
      type: 'list',
      ref: { paragraph: '§30' },
      item: [{ name: 'date', label: L('Күні', 'Дата', 'Date'), type: 'date', required: true }],
    },
  ],
};

/** App 8: applications received by the body for services rendered via the e-gov portal and PSCs. */
export const app8Form: FormDecl = {
  id: 'App8',
  label: L(
    '«Электрондық үкімет» порталы және халыққа қызмет көрсету орталықтары арқылы көрсетілетін мемлекеттік қызметтерге мемлекеттік органға келіп түскен өтініштердің саны туралы ақпарат (8-қосымша)',
    'Информация о количестве заявлений, поступивших в государственный орган, на государственные услуги, оказываемые через портал «электронного правительства» и ЦОН (приложение 8)',
    'Applications received by the body for services rendered via the e-gov portal and PSCs (App 8)',
  ),
  ref: { paragraph: '§32–§35', appendix: 'App 8' },
  filledBy: L('Бағаланатын мемлекеттік орган (3-баған); Министрлік (электрондық және ХҚКО өтініштері)', 'Оцениваемый орган (графа 3); Министерство (электронные заявления и заявления через ЦОН)', 'Assessed body (col. 3); Ministry (e-applications and PSC applications)'),
  fields: [
    {
      name: 'egovServices',
      label: L(
        '«Электрондық үкімет» порталы және халыққа қызмет көрсету орталықтары арқылы көрсетілетін мемлекеттік қызметтер',
        'Государственные услуги, оказываемые через портал «электронного правительства» и ЦОН',
        'Services rendered via the e-gov portal (§34), one row each',
      ),
      type: 'list',
      default: [],
      ref: { appendix: 'App 8', paragraph: '§34' },
      item: [
        { name: 'name', label: L('Мемлекеттік қызметтің атауы', 'Наименование государственной услуги', 'Name of the public service (col. 2)'), type: 'text', required: true },
        {
          name: 'paper',
          label: L(
            'Мемлекеттік органға қағаз нұсқасында келіп түскен өтініштердің жалпы саны',
            'Общее количество заявлений, поступивших в государственный орган на бумажном носителе',
            'b — applications received by the body on paper (col. 3)',
          ),
          type: 'integer',
          required: true,
          ref: { appendix: 'App 8, col. 3', paragraph: '§34' },
        },
        {
          name: 'electronic',
          label: L(
            '«Электрондық үкімет» портал арқылы берілген электрондық өтініштердің саны',
            'Количество электронных заявлений, поданных через портал «электронного правительства»',
            'a — electronic applications via the e-gov portal (Ministry data)',
          ),
          type: 'integer',
          required: true,
          ref: { paragraph: '§34' },
        },
        {
          name: 'standardApprovedQ4',
          label: L(
            'Мемлекеттік қызметтің стандарты есептік кезеңнің 4-тоқсанында бекітілген',
            'Стандарт государственной услуги утвержден в 4-м квартале отчетного периода',
            'Standard approved in Q4 of the period (statistics not counted, §34)',
          ),
          type: 'boolean',
          default: false,
          ref: { paragraph: '§34' },
        },
        {
          name: 'pilot',
          label: L(
            'Мемлекеттік қызмет электрондық форматқа ауыстырылып, пилоттық тәртіпте жүргізілген',
            'Услуга переведена в электронный формат и оказывается в пилотном режиме',
            'Service in pilot mode (statistics not counted, §34)',
          ),
          type: 'boolean',
          default: false,
          ref: { paragraph: '§34' },
        },
      ],
    },
    {
      name: 'alternativeServices',
      label: L(
        'Дәстүрлі әдіспен балама негізінде (халыққа қызмет көрсету орталықтары және мемлекеттік органда) көрсетілетін мемлекеттік қызметтер',
        'Государственные услуги, оказываемые традиционным способом на альтернативной основе (ЦОН и государственный орган)',
        'Services rendered traditionally on an alternative basis (§35), one row each',
      ),
      type: 'list',
      default: [],
      ref: { appendix: 'App 8', paragraph: '§35' },
      item: [
        { name: 'name', label: L('Мемлекеттік қызметтің атауы', 'Наименование государственной услуги', 'Name of the public service (col. 2)'), type: 'text', required: true },
        {
          name: 'paper',
          label: L(
            'Тікелей бағаланатын мемлекеттік органға қағаз нұсқасында келіп түскен өтініштердің саны',
            'Количество заявлений, поступивших непосредственно в оцениваемый государственный орган на бумажном носителе',
            'b — paper applications received directly by the body (col. 3)',
          ),
          type: 'integer',
          required: true,
          ref: { appendix: 'App 8, col. 3', paragraph: '§35' },
        },
        {
          name: 'viaPsc',
          label: L(
            'Баламалы негізде халыққа қызмет көрсету орталықтары арқылы берілген өтініштердің саны',
            'Количество заявлений, поданных через ЦОН на альтернативной основе',
            'a — applications via PSCs (Ministry data)',
          ),
          type: 'integer',
          required: true,
          ref: { paragraph: '§35' },
        },
      ],
    },
  ],
};

/** §44: the figures of the load index (жүктеме индексі). */
export const loadForm: FormDecl = {
  id: 'Load',
  label: L('Жүктеме индексінің көрсеткіштері', 'Показатели индекса нагрузки', 'Load-index figures'),
  ref: { paragraph: '§44–§48' },
  filledBy: AGENCY,
  fields: [
    int(
      'R',
      L(
        'Есептік кезеңде бағаланатын орталық мемлекеттік органмен көрсетілген мемлекеттік қызметтер саны',
        'Количество государственных услуг, оказанных оцениваемым центральным государственным органом за отчетный период',
        'R — public services rendered by the central body in the period',
      ),
      { paragraph: '§44, §47' },
      { appliesTo: [CENTRAL], required: true },
    ),
    int(
      'T',
      L(
        'Тізілімге сәйкес бағаланатын орталық мемлекеттік органмен көрсетілетін мемлекеттік қызметтер түрлерінің саны',
        'Количество видов государственных услуг, оказываемых оцениваемым центральным государственным органом согласно Реестру',
        'T — public service types the central body renders per the Register',
      ),
      { paragraph: '§44, §48' },
      { appliesTo: [CENTRAL], required: true },
    ),
    int(
      'services',
      L(
        'Бағаланатын жергілікті атқарушы органмен көрсетілген қызметтердің жалпы саны',
        'Общее количество услуг, оказанных оцениваемым местным исполнительным органом',
        'Total services rendered by the local body in the period',
      ),
      { paragraph: '§44' },
      { appliesTo: [LOCAL], required: true },
    ),
    int(
      'population',
      L(
        'Облыс, республикалық маңызы бар қала, астана халқының орта жылдық саны',
        'Среднегодовая численность населения области, города республиканского значения, столицы',
        'Average annual population (Statistics Agency, reporting year)',
      ),
      { paragraph: '§44' },
      { appliesTo: [LOCAL], required: true, min: 1 },
    ),
    int(
      'L',
      L(
        'Тізілімге сәйкес бағаланатын жергілікті атқарушы органмен көрсетілетін мемлекеттік қызметтер түрлерінің саны',
        'Количество видов государственных услуг, оказываемых оцениваемым местным исполнительным органом согласно Реестру',
        'L — public service types the local body renders per the Register',
      ),
      { paragraph: '§44, §48' },
      { appliesTo: [LOCAL], required: true },
    ),
  ],
};

/** App 9: the reconciliation act after re-verification (§51–§58). */
export const app9Form: FormDecl = {
  id: 'App9',
  label: L(
    'Есептік ақпаратта мазмұндалған мәліметтерді қайта қарау қорытындысы бойынша салыстыру актісі (9-қосымша)',
    'Акт сверки по итогам пересмотра сведений, изложенных в отчетной информации (приложение 9)',
    'Reconciliation act on the review of the reporting information (App 9)',
  ),
  ref: { paragraph: '§51–§58', appendix: 'App 9' },
  filledBy: L('Агенттік өкілі мен бағаланушы мемлекеттік органның өкілі', 'Представитель Агентства и представитель оцениваемого органа', 'Agency representative and the assessed body’s representative'),
  fields: [
    { name: 'scheduleDeadline', label: L('Бағалау кестесіне сәйкес есептік ақпаратты ұсыну мерзімі', 'Срок представления отчетной информации по графику оценки', 'Submission deadline under the Schedule'), type: 'date', ref: { appendix: 'App 9, section 1' } },
    { name: 'submittedAgency', label: L('Агенттікке есептік ақпаратты ұсынудың нақты мерзімі', 'Фактическая дата представления в Агентство', 'Actual submission date to the Agency'), type: 'date', ref: { appendix: 'App 9, section 1' } },
    { name: 'submittedMinistry', label: L('Министрлікке есептік ақпаратты ұсынудың нақты мерзімі', 'Фактическая дата представления в Министерство', 'Actual submission date to the Ministry'), type: 'date', ref: { appendix: 'App 9, section 1' } },
    flag('lateAgency', L('Агенттікке есептік ақпарат уақтылы ұсынылмаған', 'Отчетная информация не представлена своевременно в Агентство', 'Reporting information late to the Agency'), { paragraph: '§53' }),
    flag('lateMinistry', L('Министрлікке есептік ақпарат уақтылы ұсынылмаған', 'Отчетная информация не представлена своевременно в Министерство', 'Reporting information late to the Ministry'), { paragraph: '§53' }),
    flag('incompleteAgency', L('Агенттікке толық емес ақпарат ұсынылған', 'В Агентство представлена неполная информация', 'Incomplete information submitted to the Agency'), { paragraph: '§54–§55' }),
    flag('incompleteMinistry', L('Министрлікке толық емес ақпарат ұсынылған', 'В Министерство представлена неполная информация', 'Incomplete information submitted to the Ministry'), { paragraph: '§54–§55' }),
    {
      name: 'missingElements',
      label: L('Жоқ элементтер (қосымшалар, бөлімдер, кестелер, көрсеткіштер белгілері және т.б.)', 'Отсутствующие элементы (приложения, разделы, таблицы, значения показателей и т.д.)', 'Missing elements (appendices, sections, tables, indicator values, etc.)'),
      type: 'list',
      ref: { appendix: 'App 9, section 2' },
      item: [{ name: 'element', label: L('Элемент', 'Элемент', 'Element'), type: 'text', required: true }],
    },
    int(
      'unreliableFacts',
      L('Шындыққа сәйкес келмейтін анықталған деректер саны', 'Количество выявленных фактов несоответствия действительности', 'Established facts of unreliable information'),
      { paragraph: '§56–§58', appendix: 'App 9, section 3' },
      { default: 0 },
    ),
    {
      name: 'unreliableFactList',
      label: L('Шындыққа сәйкессіз деректер', 'Факты несоответствия действительности', 'The facts found'),
      type: 'list',
      ref: { appendix: 'App 9, section 3' },
      item: [{ name: 'fact', label: L('Дерек', 'Факт', 'Fact'), type: 'text', required: true }],
    },
  ],
};

/** §73–§76: reorganisation or liquidation of the assessed body after the reporting period. */
export const reorgForm: FormDecl = {
  id: 'Reorg',
  label: L('Бағаланатын мемлекеттік органды қайта құру немесе тарату', 'Реорганизация или ликвидация оцениваемого государственного органа', 'Reorganisation or liquidation of the assessed body'),
  ref: { paragraph: '§73–§76' },
  filledBy: AGENCY,
  fields: [
    { name: 'event', label: L('Оқиға', 'Событие', 'Event'), type: 'enum', values: ['reorganised', 'liquidated'], valueLabels: REORG_EVENT, required: true },
    { name: 'date', label: L('Күні', 'Дата', 'Date of the event'), type: 'date', required: true },
    { name: 'successor', label: L('Құқықтық мирасқор-мемлекеттік орган', 'Правопреемник — государственный орган', 'Legal successor body'), type: 'text' },
    {
      name: 'reportingDeadline',
      label: L('Бағалау кестесінде белгіленген есепті деректерді беру мерзімі', 'Срок представления отчетных данных по графику оценки', 'Schedule deadline for reporting data'),
      type: 'date',
    },
  ],
};

export const forms: FormDecl[] = [
  mebpForm,
  standardsForm,
  reglamentsForm,
  registerForm,
  internalControlForm,
  app7Form,
  isForm,
  timelinessForm,
  app8Form,
  loadForm,
  app9Form,
  reorgForm,
];
