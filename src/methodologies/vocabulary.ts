// Words the form declarations share, in kk/ru/en: units of fields and parameters, and the meanings
// of enum values. The values and units themselves stay what they were (they are the data and the
// machine-readable unit); these are what a user reads next to them.
import { L } from '../engine/build.js';
import type { Labels } from '../engine/types.js';

export const UNITS = {
  facts: L('факт', 'фактов', 'facts'),
  services: L('қызмет', 'услуг', 'services'),
  complaints: L('шағым', 'жалоб', 'complaints'),
  recipients: L('алушы', 'получателей', 'recipients'),
  deficiencies: L('кемшілік', 'недостатков', 'deficiencies'),
  questions: L('сұрақ', 'вопросов', 'questions'),
  'complaints and applications': L('шағым мен өтініш', 'жалоб и заявлений', 'complaints and applications'),
  'working days': L('жұмыс күні', 'рабочих дней', 'working days'),
  months: L('ай', 'месяцев', 'months'),
  points: L('балл', 'баллов', 'points'),
  '%': L('%', '%', '%'),
} as const satisfies Record<string, Labels>;
export type Unit = keyof typeof UNITS;

/** `unit` and its kk/ru/en label, to spread into a field or parameter declaration. */
export function unit(u: Unit): { unit: Unit; unitLabel: Labels } {
  return { unit: u, unitLabel: UNITS[u] };
}
/** The same for helpers that take an optional unit. */
export function maybeUnit(u: Unit | undefined): { unit?: Unit; unitLabel?: Labels } {
  return u ? unit(u) : {};
}

/** App 12 (open government portals): whether an item is there. */
export const PRESENCE = {
  present: L('бар', 'есть', 'present'),
  absent: L('жоқ', 'отсутствует', 'absent'),
} as const satisfies Record<string, Labels>;
export const PRESENCE_OR_NA = { ...PRESENCE, not_applicable: L('қолданылмайды', 'не применимо', 'not applicable') } as const satisfies Record<string, Labels>;

/** The form of a department's or committee's internet resource. */
export const SITE_FORM = {
  separate: L('жеке интернет-ресурс', 'отдельный интернет-ресурс', 'separate internet resource'),
  subdomain: L('төртінші деңгейлі домен', 'домен четвертого уровня', 'fourth-level domain'),
  section: L('ОМО негізгі ресурсындағы бөлім', 'раздел на основном интернет-ресурсе ЦГО', 'section of the central body’s main resource'),
} as const satisfies Record<string, Labels>;

/** Opening the site from a mobile device (2017: auto / link / none; 2015: auto / link_from_main / none). */
const mobileAuto = L('мобильді нұсқа автоматты түрде жүктеледі', 'мобильная версия загружается автоматически', 'the mobile version loads automatically');
const mobileLink = L('негізгі нұсқада мобильді нұсқаға сілтеме бар', 'в основной версии есть ссылка на мобильную', 'the main version links to the mobile one');
const mobileNone = L('сілтеме жоқ', 'ссылки нет', 'no link');
export const MOBILE_MODE = { auto: mobileAuto, link: mobileLink, none: mobileNone } as const satisfies Record<string, Labels>;
export const MOBILE_MODE_2015 = { auto: mobileAuto, link_from_main: mobileLink, none: mobileNone } as const satisfies Record<string, Labels>;

/** 2017 App 14 row 4.5: the English version of the site. */
export const ENGLISH_VERSION = {
  full: L('ақпараттық материалдардың 100 % аудармасы', 'перевод 100 % информационных материалов', '100 % of the informational materials'),
  interfaces: L('басты бет пен барлық беттердің интерфейсі', 'интерфейс главной страницы и всех страниц', 'the home page and the interfaces of all pages'),
  home_page_only: L('тек басты беттің интерфейсі', 'только интерфейс главной страницы', 'the home-page interface only'),
  none: L('жоқ', 'нет', 'none'),
} as const satisfies Record<string, Labels>;

/** 2015 App 4 row 4.5: the translation of the English version. */
export const EN_TRANSLATION = {
  home_page_only: L('тек басты беттің интерфейсі', 'только интерфейс главной страницы', 'the home-page interface only'),
  interface_all_pages: L('барлық беттердің интерфейсі', 'интерфейс всех страниц', 'the interfaces of all pages'),
  materials_100: L('материалдардың 100 % аудармасы', 'перевод 100 % материалов', '100 % of the materials translated'),
} as const satisfies Record<string, Labels>;

/** 2017 D1 p.67: the Interdepartmental Commission's decision. */
export const IC_DECISION = {
  none: L('жоқ', 'нет', 'none'),
  current: L('осы кезеңде берілген', 'представлено в отчетном периоде', 'submitted in this period'),
  previous: L('алдыңғы кезеңде берілген', 'представлено в предыдущем периоде', 'submitted in the previous period'),
} as const satisfies Record<string, Labels>;

/** 2015 App 1 table 3: the degree of automation of a service. */
export const AUTOMATION_DEGREE = {
  full: L('толықтай', 'полностью', 'full'),
  partial: L('ішінара', 'частично', 'partial'),
  none: L('автоматтандырылмаған', 'не автоматизирована', 'none'),
} as const satisfies Record<string, Labels>;

/** 2015 App 1 table 3: what a service is automated through. */
export const AUTOMATED_VIA = {
  departmental: L('ведомстволық АЖ', 'ведомственная ИС', 'departmental IS'),
  interdepartmental: L('ведомствоаралық АЖ', 'межведомственная ИС', 'interdepartmental IS'),
  internet_resource: L('интернет-ресурс', 'интернет-ресурс', 'internet resource'),
} as const satisfies Record<string, Labels>;

/** 2015 App 4: the search engine checked, and the form of the body's name searched for. */
export const SEARCH_ENGINE = {
  google: L('Google', 'Google', 'Google'),
  yandex: L('Яндекс', 'Яндекс', 'Yandex'),
  'mail.ru': L('Mail.ru', 'Mail.ru', 'Mail.ru'),
} as const satisfies Record<string, Labels>;
export const NAME_FORM = {
  full: L('толық атауы', 'полное наименование', 'full name'),
  short: L('қысқаша атауы', 'сокращенное наименование', 'short name'),
} as const satisfies Record<string, Labels>;

/** 2015 App 8: the ministry under which a body is listed. */
export const APP8_OWNER = {
  health: L('Денсаулық сақтау министрлігі', 'Министерство здравоохранения', 'Ministry of Health'),
  labour: L('Еңбек және халықты әлеуметтік қорғау министрлігі', 'Министерство труда и социальной защиты населения', 'Ministry of Labour and Social Protection'),
  industry: L('Инвестициялар және даму министрлігі', 'Министерство по инвестициям и развитию', 'Ministry for Investments and Development'),
  culture: L('Мәдениет және спорт министрлігі', 'Министерство культуры и спорта', 'Ministry of Culture and Sport'),
  economy: L('Ұлттық экономика министрлігі', 'Министерство национальной экономики', 'Ministry of National Economy'),
  science: L('Білім және ғылым министрлігі', 'Министерство образования и науки', 'Ministry of Education and Science'),
  agriculture: L('Ауыл шаруашылығы министрлігі', 'Министерство сельского хозяйства', 'Ministry of Agriculture'),
  finance: L('Қаржы министрлігі', 'Министерство финансов', 'Ministry of Finance'),
  energy: L('Энергетика министрлігі', 'Министерство энергетики', 'Ministry of Energy'),
  justice: L('Әділет министрлігі', 'Министерство юстиции', 'Ministry of Justice'),
  none: L('8-қосымшада жоқ', 'нет в приложении 8', 'not listed in App 8'),
} as const satisfies Record<string, Labels>;

/** 2014 §73–§76: what happened to the body. */
export const REORG_EVENT = {
  reorganised: L('қайта құрылды', 'реорганизован', 'reorganised'),
  liquidated: L('таратылды', 'ликвидирован', 'liquidated'),
} as const satisfies Record<string, Labels>;
