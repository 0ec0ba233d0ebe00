// Appendix 4 — "Интернет-ресурстың қолжетімділігі" параметрі бойынша бағалау (indicator 1.1).
// ¶20: the service integrator checks the resource once per half-year, the Q4 check is used; "the value
// is the sum of the indicator points of App 4 divided by its maximum of 10 and multiplied by 5".
//
// One node per App 4 indicator, generated from the table below, so the trace shows every item. The
// form records what the SI found: deficiency counts and absent elements (absent = none found).
import { L, inp, cst } from '../../engine/build.js';
import type { FieldDecl, FormDecl, Labels, NodeDecl } from '../../engine/types.js';
import { D, Decimal } from '../../engine/decimal.js';
import { both } from './kinds.js';
import { SEARCH_ENGINE, NAME_FORM, EN_TRANSLATION } from '../vocabulary.js';

export const APP4 = 'App4';

type Rule =
  | { kind: 'search' }
  | { kind: 'share'; threshold: string }
  | { kind: 'present' }
  | { kind: 'perFact'; step: string; maxFacts?: number }
  | { kind: 'presentPerFact'; step: string; cap?: string };

interface App4Item {
  id: string;
  group: 1 | 2 | 3 | 4;
  points: string;
  label: Labels;
  rule: Rule;
  note?: string;
}

const G = (kk: string, ru: string, en: string) => L(kk, ru, en);

/** App 4, row by row (kk from the seed, en from seed-002.md §7.4). */
export const app4Items: readonly App4Item[] = [
  { id: '1.1', group: 1, points: '1', rule: { kind: 'search' }, label: G('Мемлекеттік органның қабылданған толық және қысқаша атауы бойынша google, yandex, mail.ru іздеу жүйелерінде интернет-ресурстың қолжетімділігі', 'Доступность интернет-ресурса в поисковых системах google, yandex, mail.ru по принятому полному и краткому наименованию государственного органа', 'Findability of the resource in google, yandex, mail.ru by the body’s full and short name') },
  { id: '2.1', group: 2, points: '0.25', rule: { kind: 'perFact', step: '0.03', maxFacts: 8 }, label: G('Firefox, Internet Explorer, Google Chrome, Opera, Safari браузерлер, сондай-ақ Android, Windows Phone, iOS мобилді түптұғырнамасы үшін интернет-ресурс құрылымы мен ақпаратын дұрыс көрсету', 'Корректное отображение структуры и информации интернет-ресурса в браузерах Firefox, Internet Explorer, Google Chrome, Opera, Safari и на мобильных платформах Android, Windows Phone, iOS', 'Correct display in Firefox, Internet Explorer, Google Chrome, Opera, Safari and on Android, Windows Phone, iOS') },
  { id: '2.2', group: 2, points: '0.3', rule: { kind: 'share', threshold: '0.5' }, note: 'AMB A-7: depth limit 3', label: G('Навигациялық қолжетімділігі (навигация мәзірі арқылы бастапқы беттен 3-тен аспайтын өтумен кез келген құжат қолжетімді)', 'Навигационная доступность (любой документ доступен с главной страницы через меню не более чем за 3 перехода)', 'Navigational accessibility (any document within 3 transitions from the home page)') },
  { id: '2.3', group: 2, points: '0.45', rule: { kind: 'perFact', step: '0.15', maxFacts: 4 }, label: G('Интернет-ресурстың әрбір парағында негізгі навигациялық мәзірі, бастапқы парағына сілтемесі, сайт картасы, іздеу түрлері бар болуы', 'Наличие на каждой странице основного навигационного меню, ссылки на главную страницу, карты сайта, форм поиска', 'Main menu, home-page link, site map and search forms on every page') },
  { id: '2.4', group: 2, points: '1', rule: { kind: 'present' }, label: G('Интернет-ресурстың иерархиялық құрылымында пайдаланушының тұрған жерін көрсететін навигациялық тізбегінің бар болуы', 'Наличие навигационной цепочки, показывающей местонахождение пользователя в иерархической структуре ресурса', 'Navigation chain (breadcrumbs) showing the user’s place in the hierarchy') },
  { id: '2.5', group: 2, points: '0.4', rule: { kind: 'presentPerFact', step: '0.1', cap: '0.2' }, note: 'AMB A-44: "01 балл" read 0.1', label: G('Сайт картасының бар болуы', 'Наличие карты сайта', 'Site map') },
  { id: '2.6', group: 2, points: '1', rule: { kind: 'perFact', step: '0.25', maxFacts: 4 }, label: G('Ақпаратты іздеуге қолжетімділігі (20-дан кем емес символ; толық мәтіндік іздеу; кеңейтілген іздеу; нәтижелерді жеке парақта шығару)', 'Доступность поиска информации (не менее 20 символов; полнотекстовый поиск; расширенный поиск; вывод результатов на отдельной странице)', 'Search (≥ 20 characters; full-text; advanced search; results on a separate page)') },
  { id: '2.7', group: 2, points: '1', rule: { kind: 'perFact', step: '0.25' }, label: G('Ақпарат форматына қолжетімділігі (әртүрлі форматтар, UTF-8; жүктеу форматтары мен көлемдері; арнайы бағдарламасыз; авторландырусыз)', 'Доступность формата информации (различные форматы, UTF-8; форматы и объёмы для загрузки; без специального ПО; без авторизации)', 'Format accessibility (formats, UTF-8; download formats and sizes; no special software; no authorisation)') },
  { id: '2.8', group: 2, points: '0.4', rule: { kind: 'perFact', step: '0.2', maxFacts: 2 }, label: G('Көлемді құжаттар бойынша навигациясы (мағыналық блоктарға бөлу; НҚА мәтінінде якорьлер)', 'Навигация по объёмным документам (деление на смысловые блоки; якоря в текстах НПА)', 'Navigation in large documents (semantic blocks; anchors in NPA texts)') },
  { id: '2.9', group: 2, points: '0.4', rule: { kind: 'perFact', step: '0.2', maxFacts: 2 }, label: G('Ақпаратты орналастырылған күні мен уақытын, сондай-ақ соңғы өзгертудің күні мен уақытын көрсету', 'Указание даты и времени размещения информации и её последнего изменения', 'Date and time of placement and of last modification') },
  { id: '2.10', group: 2, points: '0.6', rule: { kind: 'perFact', step: '0.2', maxFacts: 3 }, label: G('Гипермәтіндік сілтемелеріне қолжетімділік (белсенді емес сілтемелер жоқ; басқа тілдік нұсқаның тиісті парағына өту; сыртқы ресурс жаңа терезеде)', 'Доступность гиперссылок (нет неактивных ссылок; переход на ту же страницу другой языковой версии; внешние ресурсы в новом окне)', 'Hyperlinks (no dead links; language switch to the same page; external links in a new window)') },
  { id: '2.11', group: 2, points: '0.1', rule: { kind: 'present' }, label: G('Мемлекеттік органның ресми интернет-ресурсын көрсету "сайт атауында" болуы', 'Указание в «названии сайта» на официальный интернет-ресурс государственного органа', '"Official internet resource of the state body" in the site title') },
  { id: '2.12', group: 2, points: '0.1', rule: { kind: 'present' }, label: G('Интернет-ресурстың басты парағына тікелей қолжеткізуді қамтамасыз ету (тіректің болмауы)', 'Прямой доступ к главной странице интернет-ресурса (отсутствие заставки)', 'Direct access to the home page (no splash page)') },
  { id: '3.1', group: 3, points: '0.2', rule: { kind: 'present' }, label: G('Мағыналы жүктемені артатын мәтіндік емес медиа веб-контент үшін балама мәтіннің бар болуы', 'Наличие альтернативного текста для нетекстового медиа веб-контента, несущего смысловую нагрузку', 'Alternative text for meaningful non-text content') },
  { id: '3.2', group: 3, points: '0.2', rule: { kind: 'present' }, label: G('Үш секундтан аса автоматты ойнатылатын веб-контент үшін тоқтау, пауза немесе дыбысты сөндіру тетігінің бар болуы', 'Механизм остановки, паузы или отключения звука для веб-контента, автоматически воспроизводимого более трёх секунд', 'Stop, pause or mute for content auto-playing over 3 seconds') },
  { id: '3.3', group: 3, points: '0.2', rule: { kind: 'present' }, label: G('Үш секундтан аса жылжымалы, жыпылықтайтын веб-контентті тоқтату тетігінің бар болуы', 'Механизм остановки движущегося, мерцающего веб-контента длительностью более трёх секунд', 'Stop for moving or blinking content over 3 seconds') },
  { id: '3.4', group: 3, points: '0.2', rule: { kind: 'present' }, label: G('Пернетақтаның көмегімен веб-контенттің барлық функционалдығын басқару мүмкіндігінің бар болуы', 'Возможность управления всей функциональностью веб-контента с клавиатуры', 'Full keyboard control with the active element highlighted') },
  { id: '3.5', group: 3, points: '0.2', rule: { kind: 'present' }, label: G('"Жоғарыға" сілтемесінің және негізгі мазмұнға өту сілтемелерінің әрбір веб-бетте бар болуы', 'Наличие ссылки «Наверх» и ссылок перехода к основному содержимому на каждой веб-странице', '"Up" link and skip-to-content links on every page') },
  { id: '3.6', group: 3, points: '0.2', rule: { kind: 'present' }, label: G('Пайдаланушының ақпаратын енгізген кезде анықталған қате туралы мәтіндік хабарламаның бар болуы', 'Наличие текстового сообщения об ошибке при вводе информации пользователем', 'Text message on input errors in forms') },
  { id: '3.7', group: 3, points: '0.2', rule: { kind: 'present' }, label: G('4,5:1 кем емес фонға қатынасы бойынша мәтін кереғарлығы деңгейін сақтау', 'Соблюдение контрастности текста к фону не менее 4,5:1', 'Text contrast at least 4.5:1') },
  { id: '3.8', group: 3, points: '0.2', rule: { kind: 'present' }, label: G('Горизонталды айналдырусыз және функционалдығын жоғалтпай шрифт көлемін 200% дейін өзгерту мүмкіндігі', 'Возможность увеличения шрифта до 200% без горизонтальной прокрутки и потери функциональности', 'Font zoom to 200% without horizontal scrolling or loss') },
  { id: '4.1', group: 4, points: '0.1', rule: { kind: 'present' }, label: G('Сұраныстарды жолдау үшін кері байланыс формасының бар болуы', 'Наличие формы обратной связи для направления запросов', 'Feedback form') },
  { id: '4.2', group: 4, points: '0.2', rule: { kind: 'present' }, label: G('Азаматтардың интерактивтік сауалнамасы нысанының бар болуы', 'Наличие формы интерактивного опроса граждан', 'Interactive survey form') },
  { id: '4.3', group: 4, points: '0.3', rule: { kind: 'presentPerFact', step: '0.15' }, note: 'AMB A-45: the per-fact deduction applies to 4.3 only', label: G('Анонстарды, жаңалықтарды, мемлекеттік сатып алу конкурстарын өткізу туралы хабарламаларды беру үшін RSS-арнасының бар болуы', 'Наличие RSS-канала анонсов, новостей, объявлений о конкурсах госзакупок', 'RSS channel for announcements, news and procurement notices') },
  { id: '4.4', group: 4, points: '0.3', rule: { kind: 'present' }, label: G('Жеке және заңды тұлғалардың сұрауларын талдау негізінде қалыптастырылған "Жиі сұралатын сұраныстар" (FAQ) бөлімінің бар болуы', 'Наличие раздела «Часто задаваемые вопросы» (FAQ), сформированного на основе анализа запросов', 'FAQ section built from the analysis of requests') },
  { id: '4.5', group: 4, points: '0.3', rule: { kind: 'present' }, note: 'the incentive bonus is node C1.1.A4.bonus', label: G('Ағылшын тіліндегі нұсқасының бар болуы', 'Наличие версии на английском языке', 'English-language version') },
  { id: '4.6', group: 4, points: '0.2', rule: { kind: 'present' }, label: G('Пайдаланушылардың кіруін есептеуіштің бар болуы', 'Наличие счётчика посещений', 'Visitor counter') },
];

const groupLabels: Record<number, Labels> = {
  1: G('Интернет желісіндегі интернет-ресурстың қолжетімділігі', 'Доступность интернет-ресурса в сети Интернет', 'Availability of the resource on the Internet'),
  2: G('Интернет-ресурстағы ақпаратқа қолжетімділігі', 'Доступность информации на интернет-ресурсе', 'Accessibility of information on the resource'),
  3: G('Мүмкіндігі шектеулі адамдар үшін ақпараттың қолжетімділігі', 'Доступность информации для лиц с ограниченными возможностями', 'Accessibility for persons with disabilities'),
  4: G('Интерактивтік байланыс құралдарының бар болуы', 'Наличие средств интерактивной связи', 'Interactive communication tools'),
};

const key = (id: string) => id.replace('.', '_');
export const absentField = (id: string) => `absent_${key(id)}`;
export const factsField = (id: string) => `facts_${key(id)}`;

// ---- the SI's observation form for the main resource ----
function fieldsOf(it: App4Item): FieldDecl[] {
  const ref = { appendix: 'App 4', row: it.id };
  const absent = (): FieldDecl => ({
    name: absentField(it.id),
    label: L(`${it.id}: жоқ — ${it.label.kk}`, `${it.id}: отсутствует — ${it.label.ru}`, `${it.id} absent — ${it.label.en}`),
    type: 'boolean',
    default: false,
    ref,
  });
  const facts = (max?: number): FieldDecl => ({
    name: factsField(it.id),
    label: L(`${it.id}: сәйкессіздік фактілерінің саны`, `${it.id}: количество фактов несоответствия`, `${it.id}: number of non-compliance facts`),
    type: 'integer',
    default: 0,
    ...(max === undefined ? {} : { max }),
    ref,
  });
  switch (it.rule.kind) {
    case 'search':
      return [
        {
          name: 'search_positions',
          label: L('Іздеу жүйелеріндегі орны (толық және қысқаша атау)', 'Позиция в поисковых системах (полное и краткое наименование)', 'Positions in search engines (full and short name)'),
          type: 'list',
          required: true,
          ref,
          item: [
            { name: 'engine', label: L('Іздеу жүйесі', 'Поисковая система', 'Search engine'), type: 'enum', values: ['google', 'yandex', 'mail.ru'], valueLabels: SEARCH_ENGINE, required: true },
            { name: 'name_form', label: L('Атау түрі', 'Форма наименования', 'Name form'), type: 'enum', values: ['full', 'short'], valueLabels: NAME_FORM, required: true },
            { name: 'position', label: L('Орны (жоқ болса — табылмады)', 'Позиция (пусто — не найден)', 'Position (empty = not found)'), type: 'integer', min: 1 },
          ],
        },
      ];
    case 'share':
      return [
        {
          name: 'share_within_depth',
          label: L('Бастапқы беттен 3 өтуден аспай қолжетімді материалдардың үлесі', 'Доля материалов, доступных не более чем за 3 перехода с главной страницы', 'Share of sampled materials within 3 transitions of the home page'),
          type: 'number',
          min: 0,
          max: 1,
          required: true,
          ref,
        },
      ];
    case 'present':
      return [absent()];
    case 'perFact':
      return [facts(it.rule.maxFacts)];
    case 'presentPerFact':
      return [absent(), facts()];
  }
}

export const app4Form: FormDecl = {
  id: APP4,
  label: L('"Интернет-ресурстың қолжетімділігі" параметрі бойынша бағалау (4-қосымша)', 'Оценка по параметру «Доступность интернет-ресурса» (приложение 4)', 'Assessment of "Accessibility of the internet resource" (App 4)'),
  ref: { paragraph: '¶19–20', appendix: 'App 4' },
  filledBy: L('Сервистік интегратор', 'Сервисный интегратор', 'Service integrator'),
  fields: [
    {
      name: 'outside_gov_kz',
      label: L('Интернет-ресурс gov.kz домендік атауынан тыс жұмыс істейді', 'Интернет-ресурс работает вне доменного имени gov.kz', 'The resource operates outside the gov.kz domain'),
      type: 'boolean',
      default: false,
      ref: { paragraph: '¶15', note: 'AMB A-42: not assessed on 1.1 and 1.2' },
    },
    ...app4Items.flatMap(fieldsOf),
    {
      name: 'en_translation',
      label: L('Ағылшын нұсқасының аудармасы (көтермелеу балы)', 'Перевод английской версии (поощрительный балл)', 'English version translation (incentive points)'),
      type: 'enum',
      values: ['home_page_only', 'interface_all_pages', 'materials_100'],
      valueLabels: EN_TRANSLATION,
      default: 'home_page_only',
      ref: { appendix: 'App 4', row: '4.5' },
    },
  ],
};

// ---- one node per App 4 row ----
const posPoints = (p: Decimal | undefined): Decimal => (p === undefined ? D(0) : p.lte(10) ? D(1) : p.lte(20) ? D('0.5') : D(0));

function itemNode(it: App4Item): NodeDecl {
  const base = {
    id: `C1.1.A4.${it.id}`,
    level: 'parameter' as const,
    label: it.label,
    ref: { appendix: 'App 4', row: it.id, ...(it.note ? { note: it.note } : {}) },
    max: both(it.points),
    provenance: { kind: 'text' as const, ...(it.note ? { note: it.note } : {}) },
  };
  const w = cst(it.points, `App 4 points of ${it.id}`);
  switch (it.rule.kind) {
    case 'search':
      return {
        ...base,
        provenance: { kind: 'text', decision: 'AMB A-6', note: 'mean over search engines × name forms' },
        formula: {
          text: 'mean over observations of (1 if position 1–10; 0.5 if 11–20; 0 if 21+ or not found)',
          compute(ctx) {
            const rows = ctx.value<Record<string, unknown>[]>(APP4, 'search_positions');
            if (!rows.length) throw new Error(`form ${APP4}, field search_positions: at least one observation is needed`);
            const points = rows.map((r) => {
              const pts = posPoints(r.position as Decimal | undefined);
              ctx.branch(`${String(r.engine)} / ${String(r.name_form)}: position ${r.position === undefined ? 'not found' : String(r.position)} → ${pts.toString()}`);
              return { engine: String(r.engine), pts };
            });
            if (ctx.reading('A-6') === 'best-form-per-engine') {
              const best = new Map<string, Decimal>();
              for (const p of points) best.set(p.engine, Decimal.max(best.get(p.engine) ?? D(0), p.pts));
              ctx.branch(`best name form per engine, mean over ${best.size} engine(s) (reading A-6)`);
              return [...best.values()].reduce((a, b) => a.plus(b), D(0)).div(best.size);
            }
            return points.reduce((a, p) => a.plus(p.pts), D(0)).div(points.length);
          },
        },
      };
    case 'share':
      return { ...base, formula: { expr: 'share >= threshold ? w : 0', where: { share: inp(APP4, 'share_within_depth'), threshold: cst(it.rule.threshold, '50% of materials'), w } } };
    case 'present':
      return { ...base, formula: { expr: 'absent ? 0 : w', where: { absent: inp(APP4, absentField(it.id)), w } } };
    case 'perFact':
      return {
        ...base,
        floorAtZero: true,
        formula: { expr: 'w - step * f', where: { w, step: cst(it.rule.step, 'deduction per fact'), f: inp(APP4, factsField(it.id)) } },
      };
    case 'presentPerFact':
      return {
        ...base,
        floorAtZero: true,
        formula: it.rule.cap
          ? {
              expr: 'absent ? 0 : w - min(step * f, cap)',
              where: { absent: inp(APP4, absentField(it.id)), w, step: cst(it.rule.step, 'deduction per fact'), f: inp(APP4, factsField(it.id)), cap: cst(it.rule.cap, '50% of the weight') },
            }
          : { expr: 'absent ? 0 : w - step * f', where: { absent: inp(APP4, absentField(it.id)), w, step: cst(it.rule.step, 'deduction per fact'), f: inp(APP4, factsField(it.id)) } },
      };
  }
}

/** App 4 item 4.5: incentive points for the English version (AMB A-9: tiered by default). */
const bonusNode: NodeDecl = {
  id: 'C1.1.A4.bonus',
  level: 'parameter',
  label: L('Ағылшын нұсқасы үшін көтермелеу балы', 'Поощрительный балл за английскую версию', 'Incentive points for the English version'),
  ref: { appendix: 'App 4', row: '4.5' },
  provenance: { kind: 'text', decision: 'AMB A-9' },
  formula: {
    text: '0.5 if 100% of information materials translated; 0.25 if the interface of all pages incl. news; 0 if the home page only; 0 without an English version',
    compute(ctx) {
      if (ctx.value<boolean>(APP4, absentField('4.5'))) {
        ctx.branch('no English version: no incentive points');
        return D(0);
      }
      const t = ctx.value<string>(APP4, 'en_translation');
      const mode = ctx.reading('A-9');
      if (t === 'materials_100') {
        ctx.branch(mode === 'cumulative' ? '100% of materials translated (cumulative: 0.5 + 0.25)' : '100% of materials translated: 0.5');
        return mode === 'cumulative' ? D('0.75') : D('0.5');
      }
      if (t === 'interface_all_pages') {
        ctx.branch('interface translated on all pages incl. news: 0.25');
        return D('0.25');
      }
      ctx.branch('interface translated on the home page only: 0');
      return D(0);
    },
  },
};

const groupNodes: NodeDecl[] = [1, 2, 3, 4].map((g) => ({
  id: `C1.1.A4.G${g}`,
  level: 'parameter' as const,
  label: groupLabels[g]!,
  ref: { appendix: 'App 4', row: String(g) },
  max: both(['1', '6', '1.6', '1.4'][g - 1]!),
  provenance: { kind: 'text' as const },
  children: app4Items.filter((i) => i.group === g).map(itemNode),
}));

/** R11: the raw App 4 sum of the main resource, 0–10 plus the incentive points. */
export const app4Raw: NodeDecl = {
  id: 'C1.1.R',
  level: 'parameter',
  label: L('4-қосымша индикаторлары балдарының сомасы (негізгі интернет-ресурс)', 'Сумма баллов индикаторов приложения 4 (основной интернет-ресурс)', 'Sum of App 4 indicator points (main resource)'),
  ref: { paragraph: '¶20', appendix: 'App 4', note: 'maximum 10, plus up to 0.5 incentive points (item 4.5)' },
  provenance: { kind: 'text' },
  children: [...groupNodes, bonusNode],
};
