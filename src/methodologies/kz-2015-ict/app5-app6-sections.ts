// Appendices 5 and 6 as data: the sections of each table with the points "assigned when the indicators
// are present" (per language version) and the number of numbered indicators in the section.
// App 5 (amended by order 297/НҚ of 27.08.2022): Table 1 — central bodies and their committees,
// Table 2 — local executive bodies; 50 points per language. App 6: Table 1 central, Table 2 local; 25
// points per language. Section titles kk from the seed, en from seed-002.md §7.5–7.6.
//
// A section scores its points in proportion to the indicators present and current (AMB A-10); the form
// records how many indicators of each section are missing. Items marked * count only in text-readable
// form; a non-executor's brief notice and the National Bank's §1.6 count as present (AMB A-12).
import { L } from '../../engine/build.js';
import type { Labels } from '../../engine/types.js';
import { app5Table1Items, app5Table2Items, app6Table1Items, app6Table2Items } from './app5-app6-items.js';

export interface Section {
  no: string;
  points: string;
  /** Number of numbered indicators (the denominator of the section's proportion). */
  items: number;
  label: Labels;
  /** The indicators themselves, item by item (app5-app6-items.ts). */
  itemLabels?: readonly Labels[];
}

/** Attach the item lists; the declared counts and the lists are checked against each other by ict.test.ts. */
const withItems = (table: readonly Section[], items: Record<string, readonly Labels[]>): readonly Section[] =>
  table.map((s) => ({ ...s, itemLabels: items[s.no] ?? [] }));

const S = (no: string, points: string, items: number, kk: string, ru: string, en: string): Section => ({ no, points, items, label: L(kk, ru, en) });

const symbols = S('1.1', '1', 3, 'Қазақстан Республикасының мемлекеттік рәміздері', 'Государственные символы Республики Казахстан', 'State symbols of the RK');
const general = (items: number) => S('1.2', '3.5', items, 'Мемлекеттік орган туралы жалпы ақпарат', 'Общая информация о государственном органе', 'General information about the body');
const image = S('1.3', '3', 6, 'Мемлекеттік қызметтің имиджі', 'Имидж государственной службы', 'Image of the civil service');
const budget = S('1.6', '3', 2, 'Бюджетті орындау', 'Исполнение бюджета', 'Budget execution');
const tenders = S('1.7', '2', 5, 'Конкурстар, тендерлер өткізу', 'Проведение конкурсов, тендеров', 'Competitions and tenders');
const staffing = (no: string, points: string, items: number) => S(no, points, items, 'Мемлекеттік органдарды кадрмен қамтамасыз ету', 'Кадровое обеспечение государственных органов', 'Staffing of state bodies');
const population = (no: string, points: string, items: number) => S(no, points, items, 'Халықпен жұмыс', 'Работа с населением', 'Work with the population');
const infoSupport = (no: string, points: string, items: number) => S(no, points, items, 'Ақпараттық қолдау', 'Информационная поддержка', 'Information support');
const services = (no: string, points: string, items: number) =>
  S(no, points, items, 'Мемлекеттік қызметтерді, оның ішінде электрондық форматта көрсету', 'Оказание государственных услуг, в том числе в электронном формате', 'Public services, including electronic');
const greenEconomy = (no: string) =>
  S(no, '2', 2, 'Қазақстан Республикасының "жасыл экономикаға" көшуі бойынша тұжырымдамасы аясында мемлекеттік орган қызметі', 'Деятельность государственного органа в рамках Концепции по переходу Республики Казахстан к «зелёной экономике»', 'Activity under the Concept of transition to a "green economy"');
const entrepreneurship = (no: string, points: string, items: number) =>
  S(no, points, items, 'Кәсіпкерлік қызметті мемлекеттік қолдау', 'Государственная поддержка предпринимательской деятельности', 'State support of entrepreneurship');
const socialProtection = (no: string, points: string, items: number) => S(no, points, items, 'Халықты әлеуметтік қорғау', 'Социальная защита населения', 'Social protection of the population');

/** App 5, Table 1: internet resources of central bodies and their committees (50 per language). */
export const app5Table1: readonly Section[] = withItems([
  symbols,
  general(6), // AMB A-11: item 4 printed as one item (Regulation + list of laws)
  image,
  S('1.4', '3', 4, 'Нормативтік шығармашылық қызмет', 'Нормотворческая деятельность', 'Norm-making activity'),
  S('1.5', '6', 12, 'Мемлекеттік органның ағымдағы қызметі туралы ақпарат', 'Информация о текущей деятельности государственного органа', 'Information on current activity'),
  budget,
  tenders,
  S('1.8', '7', 7, 'Жұмыс тәртібі', 'Порядок работы', 'Work procedure'),
  services('1.9', '6', 6),
  staffing('1.10', '2', 4),
  population('1.11', '7', 8),
  infoSupport('1.12', '4.5', 9),
  greenEconomy('1.13'),
], app5Table1Items);

/** App 5, Table 2: internet resources of local executive bodies (50 per language). */
export const app5Table2: readonly Section[] = withItems([
  symbols,
  general(7),
  image,
  S('1.4', '1', 1, 'Нормативтік шығармашылық қызмет', 'Нормотворческая деятельность', 'Norm-making activity'),
  S('1.5', '6', 10, 'Мемлекеттік органның ағымдағы қызметі туралы ақпарат', 'Информация о текущей деятельности государственного органа', 'Information on current activity'),
  budget,
  tenders,
  entrepreneurship('1.8', '5', 5),
  services('1.9', '8', 6),
  staffing('1.10', '2', 4),
  population('1.11', '3.5', 8),
  infoSupport('1.12', '3', 5),
  S('1.13', '4', 8, 'Өңірлер туралы анықтамалық ақпарат', 'Справочная информация о регионе', 'Reference information about the region'),
  socialProtection('1.14', '3', 3),
  greenEconomy('1.15'),
], app5Table2Items);

/** App 6, Table 1: mobile version of central bodies' resources (25 per language). */
export const app6Table1: readonly Section[] = withItems([
  { ...general(5), no: '1.1', points: '5' },
  { ...services('1.2', '10', 8) }, // AMB A-51: memo sub-items 3.1–3.6 scored as 6 items
  staffing('1.3', '3', 3),
  population('1.4', '5', 5),
  infoSupport('1.5', '2', 1),
], app6Table1Items);

/** App 6, Table 2: mobile version of local executive bodies' resources (25 per language). */
export const app6Table2: readonly Section[] = withItems([
  { ...general(5), no: '1.1', points: '5' },
  entrepreneurship('1.2', '2', 4),
  services('1.3', '10', 8),
  staffing('1.4', '3', 3),
  population('1.5', '3', 5),
  infoSupport('1.6', '1', 1),
  socialProtection('1.7', '1', 1),
], app6Table2Items);

/** App 5 / App 6 deficiency lists (each found deficiency deducts 0.1, ¶23, ¶28, D5). */
export const app5Deficiencies: readonly Labels[] = [
  L('Ұсынылған ақпарат толық емес (мәтіні тақырыбына сәйкес келмейді, ақпаратты алынған көздері көрсетілмеген)', 'Представленная информация неполная (текст не соответствует заголовку, не указаны источники)', 'Information incomplete (text does not match its heading; sources not given)'),
  L('Интернет-ресурста өзектілендірілмеген нормативтік-құқықтық актілері орналасуының бар болуы', 'Наличие на интернет-ресурсе неактуализированных НПА (утративших силу или в устаревшей редакции)', 'Non-updated NPAs on the resource (repealed or outdated wording)'),
  L('Ақпараттық материалдары уақтылы өзектілендірілмеген', 'Информационные материалы не актуализированы своевременно', 'Information materials not updated in time'),
  L('Мемлекеттік және орыс тілдеріндегі мәтіндерінің бірдейлестірілмеуі', 'Неидентичность текстов на государственном и русском языках', 'Kazakh and Russian texts not identical'),
  L('Материалда сілтемеленген заңнамалық және нормативтік құқықтық актілер мәтіндеріне өту мүмкіндігін бермеуі', 'Отсутствие возможности перехода к текстам законодательных и нормативных правовых актов, на которые есть ссылки в материале', 'No link to the texts of the legal acts the material refers to'),
];
export const app6Deficiencies: readonly Labels[] = [
  L('Ұсынылған ақпараты жеткіліксіз', 'Представленная информация недостаточна', 'Insufficient information'),
  L('Ақпараттық материалдарды уақытылы өзектіленбеген', 'Информационные материалы не актуализированы своевременно', 'Information materials not updated in time'),
  L('Мемлекеттік және орыс тілдеріндегі мәтіндердің бірдейлестірілмеуі', 'Неидентичность текстов на государственном и русском языках', 'Kazakh and Russian texts not identical'),
];
