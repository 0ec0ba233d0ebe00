// The fixed words of the printed documents, in the three working languages.
import { L } from '../engine/build.js';
import type { Labels, Lang } from '../engine/types.js';
import { SYNTHETIC_BANNER } from '../demo/index.js';

export const T = {
  synthetic: SYNTHETIC_BANNER as Labels,
  form: L('Нысан', 'Форма', 'Form'),
  appendix: L('{n}-қосымша', 'Приложение {n}', 'Appendix {n}'),
  bodyCaption: L('(мемлекеттік органның атауы)', '(наименование государственного органа)', '(name of the state body)'),
  periodCaption: L('(есептік кезең)', '(отчетный период)', '(reporting period)'),
  period: L('{y} жыл', '{y} год', 'year {y}'),
  level: L('Тиімділік деңгейі', 'Уровень эффективности', 'Level of effectiveness'),
  analysis: L('Бағалау өлшемдері бойынша мемлекеттік органның қызметінің тиімділігін талдау', 'Анализ эффективности деятельности государственного органа по критериям оценки', 'Analysis of the effectiveness of the state body by assessment criteria'),
  conclusions: L('Қорытындылар мен ұсынымдар', 'Выводы и рекомендации', 'Conclusions and recommendations'),
  signature: L('(қолы)', '(подпись)', '(signature)'),
  fullName: L('(қолтаңбаның толық жазылуы)', '(расшифровка подписи)', '(full name)'),
  date: L('«____» ______________ 20___ ж.', '«____» ______________ 20___ г.', '“____” ______________ 20___'),
  preparedBy: L('Дайындаған', 'Подготовлено', 'Prepared by'),
  generated: L(
    'tiimdi: {edition}, параметрлер {asOf} күнгі күйі бойынша; әрбір балдың ізі бар (tiimdi evaluate --explain)',
    'tiimdi: {edition}, параметры на {asOf}; у каждого балла есть трасса (tiimdi evaluate --explain)',
    'tiimdi: {edition}, parameters as of {asOf}; every score has a trace (tiimdi evaluate --explain)',
  ),
  noValue: L('—', '—', '—'),
  // Excel
  rank: L('Орын', 'Место', 'Rank'),
  id: L('Код', 'Код', 'Id'),
  body: L('Мемлекеттік орган', 'Государственный орган', 'State body'),
  score: L('Баға', 'Оценка', 'Score'),
  kind: L('Түрі', 'Вид', 'Kind'),
  node: L('Түйін', 'Узел', 'Node'),
  label: L('Атауы', 'Наименование', 'Label'),
  value: L('Мәні', 'Значение', 'Value'),
  max: L('Ең жоғары балл', 'Максимальный балл', 'Max'),
  formula: L('Формула', 'Формула', 'Formula'),
  reference: L('Сілтеме', 'Ссылка', 'Reference'),
  provenance: L('Шығу тегі', 'Происхождение', 'Provenance'),
  branches: L('Тармақтар', 'Ветви', 'Branches'),
  scorecard: L('Бағалау картасы', 'Оценочная карта', 'Scorecard'),
  rankings: L('Рейтинг', 'Рейтинг', 'Rankings'),
  edition: L('Әдістеме', 'Методика', 'Methodology'),
  asOf: L('Параметрлер күні', 'Дата параметров', 'Parameters as of'),
} as const;

export const tr = (l: Labels, lang: Lang, vars: Record<string, string> = {}): string =>
  l[lang].replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);

/** Body names may be a plain string or labels; fall back to another language, then the id. */
export function nameOf(name: Partial<Labels> | string, lang: Lang, id = ''): string {
  if (typeof name === 'string') return name;
  return name[lang] ?? name.ru ?? name.kk ?? name.en ?? id;
}

/** Scores as printed: a decimal comma in Kazakh and Russian, a point in English. */
export function num(value: string | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || value === '') return T.noValue[lang];
  return lang === 'en' ? value : value.replace('.', ',');
}

/** "Appendix 19" from a legal reference such as "App 19" (the first number). */
export function appendixNo(appendix: string | undefined): string {
  return /\d+/.exec(appendix ?? '')?.[0] ?? '';
}

/**
 * The reporting period: the last calendar year that ended on or before the parameters date (asOf is
 * the end of the period, 31 Dec, or a date in the following year when the assessment takes place).
 */
export function reportingYear(asOf: string): string {
  const y = Number(asOf.slice(0, 4));
  return String(asOf.slice(5) === '12-31' ? y : y - 1);
}
