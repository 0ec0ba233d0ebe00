// Chapter 3 §3, p.87–89, and App 14 "Assessment by the parameter 'Accessibility of the internet
// resource'": indicator 2.1 of App 10 (5 points). One assessment of the site (not per language),
// semi-annual monitoring, scored on the 4th quarter of the assessed period (p.88).
// p.89: A = (sum of the App 14 points) / 10 × 5 (text-exact). Every item is floored at 0.
// ru labels are the seed text; kk labels follow the Kazakh text of the same table in the 2015 ICT
// methodology (seed 002, App 4) where it matches, otherwise they are translations.
import { inp, L } from '../../../engine/build.js';
import type { ComputeFormula, FieldDecl, FormDecl, Formula, Labels, NodeContext, NodeDecl } from '../../../engine/types.js';
import { Decimal } from '../../../engine/decimal.js';
import { CENTRAL, LOCAL } from '../common.js';
import { SEARCH_MEAN, SITEMAP_CAP } from './readings.js';
import { departmentSitesField, departmentsNode, formulaOnRow, meanWithDepartments } from './department-sites.js';
import type { NormalizedRow } from '../../../engine/validate.js';
import { unit, ENGLISH_VERSION } from '../../vocabulary.js';

export const APP14_FORM = 'App14';
const f = (field: string) => inp(APP14_FORM, field);

interface Item {
  row: string;
  max: string;
  label: Labels;
  fields: FieldDecl[];
  formula: Formula;
  provenance?: NodeDecl['provenance'];
}

const count = (name: string, max: number, label: Labels, row: string): FieldDecl => ({ name, label, type: 'integer', min: 0, max, ref: { appendix: 'App 14', row } });
const flag = (name: string, label: Labels, row: string): FieldDecl => ({ name, label, type: 'boolean', ref: { appendix: 'App 14', row } });
/** "−x for each requirement not met" items: max(0, w − x × n). */
const perFailure = (w: string, x: string, field: string): Formula => ({ expr: `${w} - ${x} * failed`, where: { failed: f(field) } });
/** Items scored present/absent. */
const binary = (w: string, field: string): Formula => ({ expr: `present ? ${w} : 0`, where: { present: f(field) } });

const ENGINES = [
  { id: 'google', name: L('Google', 'Google', 'Google') },
  { id: 'yandex', name: L('Яндекс', 'Яндекс', 'Yandex') },
  { id: 'mailru', name: L('Mail.ru', 'Mail.ru', 'Mail.ru') },
] as const;

const searchFields: FieldDecl[] = ENGINES.flatMap((e) => [
  {
    name: `search_${e.id}`,
    label: L(
      `${e.name.kk} іздеу жүйесіндегі орны (толық атауы бойынша; 0 — табылмады)`,
      `Позиция в поисковой системе ${e.name.ru} (по полному наименованию; 0 — не найден)`,
      `Position in ${e.name.en} (by the full name; 0 = not found)`,
    ),
    type: 'integer' as const,
    min: 0,
    ref: { appendix: 'App 14', row: '1.1' },
  },
  {
    name: `search_${e.id}_abbr`,
    label: L(
      `${e.name.kk} іздеу жүйесіндегі орны (қабылданған қысқаша атауы бойынша; міндетті емес)`,
      `Позиция в поисковой системе ${e.name.ru} (по принятому сокращению; необязательно)`,
      `Position in ${e.name.en} (by the accepted abbreviation; optional)`,
    ),
    type: 'integer' as const,
    min: 0,
    ref: { appendix: 'App 14', row: '1.1' },
  },
]);

// 1.1: "points for the position in each search engine are summed and the arithmetic mean is taken".
/** Shared by the main site (form fields) and department sites (list rows). */
export function searchScore(ctx: NodeContext, num: (field: string) => Decimal, has: (field: string) => boolean): Decimal {
  const perEngine: Decimal[][] = ENGINES.map((e) => {
    const pts = [ctx.band('d2.b2.a.searchPoints', num(`search_${e.id}`))];
    if (has(`search_${e.id}_abbr`)) pts.push(ctx.band('d2.b2.a.searchPoints', num(`search_${e.id}_abbr`)));
    return pts;
  });
  const values = ctx.reading(SEARCH_MEAN) === 'best-per-engine' ? perEngine.map((p) => Decimal.max(...p)) : perEngine.flat();
  return values.reduce((a, b) => a.plus(b), new Decimal(0)).div(values.length);
}

const searchFormula: ComputeFormula = {
  text: '1.1 = mean of the position points (1–10 → 1; 11–20 → 0.5; 21+ or not found → 0) over the measurements (reading A-12)',
  compute: (ctx) =>
    searchScore(
      ctx,
      (field) => ctx.num(APP14_FORM, field),
      (field) => ctx.has(APP14_FORM, field),
    ),
};

export const app14Items: readonly Item[] = [
  // ---- 1. Availability of the internet resource on the Internet (1 point) ----
  {
    row: '1.1',
    max: '1',
    label: L(
      'Мемлекеттік органның толық және қабылданған қысқаша атауы бойынша google, yandex, mail.ru іздеу жүйелерінде интернет-ресурстың қолжетімділігі',
      'Доступность интернет-ресурса в поисковых системах google, yandex, mail.ru по полному и принятому сокращению наименования государственного органа',
      "Findability of the site in google, yandex and mail.ru by the body's full name and its accepted abbreviation",
    ),
    fields: searchFields,
    formula: searchFormula,
    provenance: { kind: 'text', decision: 'A-12', note: 'what is averaged is not said (seed-004b A-12)' },
  },
  // ---- 2. Accessibility of information on the internet resource (6 points) ----
  {
    row: '2.1',
    max: '0.25',
    label: L(
      'Firefox, Internet Explorer, Google Chrome, Opera, Safari браузерлерінде, сондай-ақ Android, Windows Phone, iOS негізгі мобильді платформаларының браузерлерінде интернет-ресурс ақпараты мен құрылымының дұрыс көрсетілуі',
      'Корректное отображение информации и структуры интернет-ресурса для браузеров Firefox, InternetExplorer, GoogleChrome, Opera, Safari, а также браузеров основных мобильных платформ Android, WindowsPhone, iOS',
      'Correct display of the information and structure of the site in Firefox, Internet Explorer, Google Chrome, Opera, Safari and the browsers of Android, Windows Phone, iOS',
    ),
    fields: [count('browsers_incorrect', 8, L('Сайт дұрыс көрсетілмейтін браузерлер саны (8-ден)', 'Количество браузеров (из 8) с некорректным отображением', 'Browsers/platforms (of 8) with incorrect display'), '2.1')],
    formula: perFailure('0.25', '0.03', 'browsers_incorrect'),
  },
  {
    row: '2.2',
    max: '0.3',
    label: L(
      'Навигациялық қолжетімділік (кез келген құжат немесе ақпарат навигация мәзірін пайдалана отырып, басты беттен бастап 3 өтуден аспай қолжетімді болуы тиіс)',
      'Навигационная доступность (любой документ или информация должны быть доступны не более чем за 3 перехода по интернет-ресурсу, начиная с главной страницы, с использованием меню навигации)',
      'Navigational accessibility (any document or information reachable in no more than 3 transitions from the home page using the navigation menu)',
    ),
    fields: [
      {
        name: 'nav_share_pct',
        label: L(
          'Басты беттен 5 өтуден аспай қолжетімді материалдардың үлесі (3 бөлімді іріктеп тексеру, Xenu Link Sleuth), %',
          'Доля материалов, доступных не более чем за 5 переходов с главной страницы (выборочная проверка 3 разделов, Xenu Link Sleuth), %',
          'Share of sampled materials reachable within 5 transitions from the home page (3 sections sampled, Xenu Link Sleuth), %',
        ),
        type: 'number',
        ...unit('%'),
        min: 0,
        max: 100,
        ref: { appendix: 'App 14', row: '2.2', note: 'the scoring rule counts 5 transitions, the description 3 (D6: seed-004b A-9, the rule wins)' },
      },
    ],
    formula: {
      expr: '0',
      where: { share: f('nav_share_pct') },
      cases: [{ when: 'round(share, 2) >= 50', expr: '0.3', branch: '50 % or more of the materials within 5 transitions: full points' }],
    },
    provenance: { kind: 'text', decision: 'D6', note: 'threshold of 5 transitions per the scoring column (seed-004b A-9)' },
  },
  {
    row: '2.3',
    max: '0.45',
    label: L(
      'Интернет-ресурстың әрбір бетінде негізгі навигациялық мәзірдің, басты бетке сілтеменің, сайт картасының, іздеу нысанының болуы',
      'Наличие на каждой странице интернет-ресурса основного навигационного меню, ссылки на главную страницу, карты сайта, формы поиска',
      'On every page: the main navigation menu, a link to the home page, the site map, a search form',
    ),
    fields: [
      count('page_elements_missing', 4, L('Жоқ элементтер саны (4-тен)', 'Количество отсутствующих элементов (из 4)', 'Missing elements (of 4)'), '2.3'),
      { name: 'sitemap_broken_links', label: L('Сайт картасындағы жұмыс істемейтін сілтемелер саны', 'Количество неработающих ссылок в карте сайта', 'Broken links found in the site map'), type: 'integer', ref: { appendix: 'App 14', row: '2.3' } },
    ],
    formula: {
      reading: SITEMAP_CAP,
      variants: {
        'broken-links-only': { expr: '0.45 - 0.15 * missing - min(0.1 * broken_links, 0.5 * 0.45)', where: { missing: f('page_elements_missing'), broken_links: f('sitemap_broken_links') } },
        'all-deductions': { expr: '0.45 - min(0.15 * missing + 0.1 * broken_links, 0.5 * 0.45)', where: { missing: f('page_elements_missing'), broken_links: f('sitemap_broken_links') } },
      },
    },
    provenance: { kind: 'text', decision: 'A-10', note: 'scope of the 50 % cap (seed-004b A-10)' },
  },
  {
    row: '2.4',
    max: '1',
    label: L(
      'Интернет-ресурстың иерархиялық құрылымында пайдаланушының тұрған жерін көрсететін навигациялық тізбектердің болуы',
      'Наличие навигационных цепочек, отображающих местонахождение пользователя в иерархической структуре интернет-ресурса',
      "Breadcrumbs showing the user's position in the site hierarchy",
    ),
    fields: [flag('breadcrumbs', L('Навигациялық тізбектер бар', 'Навигационные цепочки есть', 'Breadcrumbs present'), '2.4')],
    formula: binary('1', 'breadcrumbs'),
  },
  {
    row: '2.5',
    max: '1',
    label: L(
      'Ақпаратты іздеу қолжетімділігі: 1) іздеу жолына 20 таңбадан аспайтын енгізу; 2) барлық мәтіндік ақпарат бойынша контекстік іздеу; 3) кеңейтілген іздеу функциясы; 4) іздеу нәтижелерін жеке бетте шығару (сұрау іздеу жолында қалады)',
      'Поисковая доступность информации: 1) ввод в поле поиска не более 20 символов; 2) наличие контекстного поиска по всей текстовой информации, размещаемой на интернет-ресурсе; 3) наличие функции расширенного поиска по интернет-ресурсу; 4) вывод результатов поиска на отдельной странице (при этом поисковый запрос должен оставаться в строке поиска)',
      'Search accessibility: (1) search field input of up to 20 characters; (2) context search over all text; (3) advanced search; (4) results on a separate page with the query kept in the search box',
    ),
    fields: [count('search_features_missing', 4, L('Жоқ іздеу мүмкіндіктерінің саны (4-тен)', 'Количество отсутствующих функций поиска (из 4)', 'Missing search features (of 4)'), '2.5')],
    formula: perFailure('1', '0.25', 'search_features_missing'),
  },
  {
    row: '2.6',
    max: '1',
    label: L(
      'Ақпарат форматының қолжетімділігі: 1) ақпаратты гипермәтіндік және машинамен оқылатын түрде орналастыру (UTF-8; rtf, txt, HTML, XML; zip); 2) жүктеуге қолжетімді құжаттардың форматтары мен көлемдерін көрсету; 3) арнайы бағдарламалық қамтамасыз етуді орнатпай қол жеткізу; 4) авторландырусыз қол жеткізу',
      'Доступность формата информации: 1) размещение информации в различных форматах: гипертекстовом и в машиночитаемом виде (кодировка UTF-8; форматы rtf, txt, HTML, XML; архивы zip); 2) указание форматов и размеров документов, доступных для загрузки; 3) обеспечение доступа к информации без установки специального программного обеспечения; 4) обеспечение доступа к информации без авторизации',
      'Format accessibility: (1) hypertext and machine-readable formats (UTF-8; rtf, txt, HTML, XML; zip); (2) formats and sizes of downloadable documents stated; (3) access without special software; (4) access without authorisation',
    ),
    fields: [count('format_requirements_unmet', 4, L('Орындалмаған талаптар саны (4-тен)', 'Количество невыполненных требований (из 4)', 'Requirements not met (of 4)'), '2.6')],
    formula: perFailure('1', '0.25', 'format_requirements_unmet'),
  },
  {
    row: '2.7',
    max: '0.4',
    label: L(
      'Көлемді құжаттар бойынша навигация: 1) үлкен ақпарат блоктарын мағыналық бөліктерге бөлу; 2) нормативтік құқықтық актілер мәтінінде құжаттың әртүрлі бөлімдеріне ішкі сілтемелердің (якорьлердің) болуы',
      'Навигация по объемным документам: 1) разбивка больших блоков информации на смысловые части; 2) наличие в тексте нормативных правовых актов внутренних ссылок (якорей) на различные разделы документа',
      'Navigation in large documents: (1) large blocks split into meaningful parts; (2) internal anchors to sections inside NPA texts',
    ),
    fields: [count('large_docs_requirements_unmet', 2, L('Орындалмаған талаптар саны (2-ден)', 'Количество невыполненных требований (из 2)', 'Requirements not met (of 2)'), '2.7')],
    formula: perFailure('0.4', '0.2', 'large_docs_requirements_unmet'),
    provenance: { kind: 'text', note: 'the seed prints "0,42)": weight 0.4 run into item "2)" (seed-004b A-14)' },
  },
  {
    row: '2.8',
    max: '0.4',
    label: L(
      'Ақпаратты орналастыру күні мен уақытын, сондай-ақ ақпаратты соңғы өзгерту күні мен уақытын көрсету',
      'Указание даты и времени размещения информации, а также даты и времени последнего изменения информации',
      'Date and time of posting, and date and time of the last change, shown',
    ),
    fields: [count('dates_requirements_unmet', 2, L('Орындалмаған талаптар саны (2-ден)', 'Количество невыполненных требований (из 2)', 'Requirements not met (of 2)'), '2.8')],
    formula: perFailure('0.4', '0.2', 'dates_requirements_unmet'),
  },
  {
    row: '2.9',
    max: '0.6',
    label: L(
      'Гипермәтіндік сілтемелердің қолжетімділігі: 1) белсенді емес сілтемелердің және жоқ беттерге сілтемелердің болмауы; 2) басқа тілдік нұсқаның тиісті бетіне өту мүмкіндігі; 3) сыртқы ресурсқа сілтеме жаңа терезеде (қосымша бетте) ашылады және пайдаланушы бұл туралы хабардар етіледі',
      'Доступность гипертекстовых ссылок: 1) отсутствие неактивных ссылок и ссылок на несуществующие страницы; 2) возможность перехода по ссылке на соответствующую страницу другой языковой версии; 3) при размещении гиперссылки на внешний интернет-ресурс открытие соответствующей страницы в новом окне (вкладке) и оповещение об этом пользователя',
      'Hyperlink accessibility: (1) no inactive or dead links; (2) a link to the same page in the other language version; (3) external links open in a new window/tab and the user is told so',
    ),
    fields: [count('hyperlink_requirements_unmet', 3, L('Орындалмаған талаптар саны (3-тен)', 'Количество невыполненных требований (из 3)', 'Requirements not met (of 3)'), '2.9')],
    formula: perFailure('0.6', '0.2', 'hyperlink_requirements_unmet'),
  },
  {
    row: '2.10',
    max: '0.5',
    label: L(
      'Интернет-ресурстың графикалық бөлігінде: мемлекеттік органның ресми интернет-ресурсы екенін көрсету; өлшемі 100х100 px-тен аспайтын Қазақстан Республикасының Мемлекеттік Елтаңбасының бейнесі',
      'Графическая часть интернет-ресурса должна содержать: наличие указания на официальный интернет-ресурс государственного органа; наличие изображения Государственного Герба Республики Казахстан, при этом размер изображения не должен превышать более 100х100 px',
      "The graphic part shows that this is the body's official site and the State Emblem of RK no larger than 100×100 px",
    ),
    fields: [count('graphics_items_unmet', 2, L('Сақталмаған параметрлер саны (2-ден)', 'Количество несоблюденных параметров (из 2)', 'Items not observed (of 2)'), '2.10')],
    formula: perFailure('0.5', '0.13', 'graphics_items_unmet'),
    provenance: { kind: 'text', note: 'only 2 items are legible, so at most 0.26 is deducted (seed-004b A-11)' },
  },
  {
    row: '2.11',
    max: '0.1',
    label: L(
      'Интернет-ресурстың басты бетіне тікелей қол жеткізуді қамтамасыз ету (заставканың болмауы)',
      'Обеспечение прямого доступа на главную страницу интернет-ресурса (отсутствие заставки)',
      'Direct access to the home page (no splash screen)',
    ),
    fields: [flag('direct_home_access', L('Заставка жоқ, басты бетке тікелей кіру', 'Прямой доступ на главную страницу, заставки нет', 'Direct access, no splash screen'), '2.11')],
    formula: binary('0.1', 'direct_home_access'),
  },
  // ---- 3. Accessibility for visually impaired people (1.6 points) ----
  ...(
    [
      ['3.1', '0.4', 'alt_text', 'Мағыналық жүктемесі бар мәтіндік емес және медиа веб-контент үшін балама мәтіннің болуы', 'Наличие альтернативного текста для нетекстового и медиа веб-контента, несущего смысловую нагрузку', 'Alternative text for meaningful non-text and media content'],
      ['3.2', '0.2', 'motion_stop', 'Секундына үш реттен артық жыпылықтайтын, автоматты түрде қозғалатын, жыпылықтайтын, айналатын веб-контентті тоқтату тетігінің болуы', 'Наличие механизма по остановке автоматически движущегося, мигающего, прокручивающегося веб-контента, содержащего вспышки более чем три раза в секунду', 'A way to stop moving, blinking or scrolling content flashing more than 3 times per second'],
      ['3.3', '0.2', 'keyboard_control', 'Интерфейстің белсенді компонентін бір мезгілде ерекшелей отырып, веб-контенттің барлық функционалдығын пернетақтаның көмегімен басқару мүмкіндігінің болуы', 'Наличие возможности управления всей функциональностью веб-контента с помощью клавиатуры с одновременным выделением активного компонента интерфейса', 'All functionality operable from the keyboard, with the active component highlighted'],
      ['3.4', '0.2', 'skip_links', 'Әрбір веб-бетте негізгі мазмұнға өту сілтемесінің, үлкен көлемді мәтінде «Жоғары» сілтемесінің болуы', 'Наличие на каждой веб-странице ссылки перехода к основному содержанию веб-страницы; при размещении большого объема текстовой информации наличие ссылки "Наверх"', 'A "skip to main content" link on every page, and a "back to top" link on long pages'],
      ['3.5', '0.2', 'error_messages', 'Пайдаланушы ақпарат енгізген кезде (нысандарды толтырғанда) анықталған қате туралы мәтіндік хабарламаның болуы', 'Наличие текстового сообщения об ошибке, выявленной при вводе информации пользователем (при заполнении форм)', 'A text error message for input errors in forms'],
      ['3.6', '0.2', 'contrast', 'Мәтіннің фонға қатысты контрастылығы деңгейінің кемінде 4,5:1 сақталуы', 'Соблюдение уровня контрастности текста по отношению к фону не менее 4,5:1', 'Text-to-background contrast of at least 4.5:1'],
      ['3.7', '0.2', 'font_resize', 'Көлденең айналдыруға жүгінбей, веб-контентті немесе функционалдықты жоғалтпай қаріп өлшемін 200 %-ға дейін өзгерту мүмкіндігі (титрлер мен мәтін бейнелерінен басқа)', 'Возможность изменения размера шрифта до 200% без потери веб-контента или функциональности интернет-ресурса (исключая титры и изображения текста), не прибегая к горизонтальной прокрутке', 'Font enlargeable to 200 % without loss of content or functionality and without horizontal scrolling'],
    ] as const
  ).map(([row, max, field, kk, ru, en]): Item => ({
    row,
    max,
    label: L(kk, ru, en),
    fields: [flag(field, L(`${kk} — бар`, `${ru} — есть`, `${en} — present`), row)],
    formula: binary(max, field),
  })),
  // ---- 4. Interactive means of communication (1.4 points) ----
  {
    row: '4.1',
    max: '0.1',
    label: L(
      'Сұрау жіберуге арналған кері байланыс нысанының болуы («Сұрақ-жауап», пайдаланушылардың ақпарат жіберу нысанымен)',
      'Наличие формы обратной связи для отправки запросов ("Вопрос-ответ" с формой отправки информации пользователями)',
      'Feedback form for sending queries ("Q&A" with a submission form)',
    ),
    fields: [flag('feedback_form', L('Кері байланыс нысаны бар', 'Форма обратной связи есть', 'Feedback form present'), '4.1')],
    formula: binary('0.1', 'feedback_form'),
  },
  {
    row: '4.2',
    max: '0.2',
    label: L('Интерактивті сауалнамалар нысанының болуы', 'Наличие формы интерактивных опросов', 'Interactive polls form'),
    fields: [flag('polls_form', L('Интерактивті сауалнама нысаны бар', 'Форма интерактивных опросов есть', 'Polls form present'), '4.2')],
    formula: binary('0.2', 'polls_form'),
  },
  {
    row: '4.3',
    max: '0.3',
    label: L(
      'Анонстар мен жаңалықтарды; мемлекеттік сатып алу конкурстарын өткізу туралы хабарландыруларды беруге арналған RSS-арнаның болуы',
      'Наличие RSS-канала для передачи: анонсов и новостей; объявлений о проведении конкурсов государственных закупок',
      'RSS channel for (a) announcements and news and (b) notices of public-procurement competitions',
    ),
    fields: [count('rss_channels_missing', 2, L('Жоқ RSS-арналар саны (2-ден)', 'Количество отсутствующих RSS-каналов (из 2)', 'Missing RSS channels (of 2)'), '4.3')],
    formula: perFailure('0.3', '0.15', 'rss_channels_missing'),
  },
  {
    row: '4.4',
    max: '0.3',
    label: L(
      'Жеке және заңды тұлғалардан түскен сұрақтарды талдау негізінде қалыптастырылған жиі қойылатын сұрақтар (FAQ) бөлімінің және оларға жауаптардың болуы',
      'Наличие раздела часто задаваемых вопросов (FAQ), сформированного на основе анализа вопросов, поступивших на интернет-ресурс госоргана от физ. и юр.лиц и ответы на них',
      'FAQ section built from the questions received from individuals and legal entities, with answers',
    ),
    fields: [flag('faq', L('FAQ бөлімі бар', 'Раздел FAQ есть', 'FAQ section present'), '4.4')],
    formula: binary('0.3', 'faq'),
  },
  {
    row: '4.5',
    max: '0.3',
    label: L('Ағылшын тіліндегі нұсқаның болуы', 'Наличие версии на английском языке', 'English version'),
    fields: [
      {
        name: 'english_version',
        label: L(
          'Сайттың ағылшын тіліндегі нұсқасы (ақпараттық материалдардың аудармасы, басты беттің жаңалықтарымен бірге интерфейсі, барлық беттердің интерфейсі)',
          'Версия сайта на английском языке (перевод информационных материалов, интерфейса главной страницы, включая новости, интерфейсов всех страниц)',
          'English version of the site (informational materials translated, all but NPAs; the home page incl. news; the interfaces of all pages)',
        ),
        type: 'enum',
        values: ['full', 'interfaces', 'home_page_only', 'none'],
        valueLabels: ENGLISH_VERSION,
        ref: { appendix: 'App 14', row: '4.5' },
      },
    ],
    formula: {
      expr: '0',
      where: { english: f('english_version') },
      cases: [
        { when: 'english == "full"', expr: '0.3', branch: '100 % of the informational materials translated: 0.3' },
        { when: 'english == "interfaces"', expr: '0.15', branch: 'interfaces of the home page (with news) and of all pages translated: 0.15' },
      ],
    },
    provenance: { kind: 'text', note: '"incentive point" modelled as tiers inside the 0.3 maximum (seed-004b A-13)' },
  },
  {
    row: '4.6',
    max: '0.2',
    label: L('Пайдаланушылардың кіруін есептегіштердің болуы', 'Наличие счетчиков посещений пользователей', 'Visitor counters'),
    fields: [flag('visit_counters', L('Кіру есептегіштері бар', 'Счетчики посещений есть', 'Visitor counters present'), '4.6')],
    formula: binary('0.2', 'visit_counters'),
  },
];

export const app14Form: FormDecl = {
  id: APP14_FORM,
  label: L(
    '14-қосымша: «Интернет-ресурстың қолжетімділігі» параметрі бойынша бағалау (IV тоқсан мониторингі)',
    'Приложение 14: оценка по параметру "Доступность интернет-ресурса" (мониторинг IV квартала)',
    'App 14: assessment of "Accessibility of the internet resource" (4th-quarter monitoring)',
  ),
  ref: { paragraph: 'p.86–89', appendix: 'App 14' },
  filledBy: L('«Электрондық үкіметтің» сервистік интеграторы', 'Сервисный интегратор "электронного правительства"', 'Service integrator of "e-government"'),
  fields: [...app14Items.flatMap((i) => i.fields), departmentSitesField(app14Items.flatMap((i) => i.fields), 'App 14')],
};

const itemNode = (i: Item): NodeDecl => ({
  id: `D2.B2.A.${i.row.replace('.', '_')}`,
  level: 'parameter',
  label: L(`${i.row}. ${i.label.kk}`, `${i.row}. ${i.label.ru}`, `${i.row}. ${i.label.en}`),
  ref: { paragraph: 'p.89', appendix: 'App 14', row: i.row },
  max: { [CENTRAL]: Number(i.max), [LOCAL]: Number(i.max) },
  formula: i.formula,
  floorAtZero: true,
  provenance: i.provenance ?? { kind: 'text' },
});

const items = app14Items.map(itemNode);

/** One department site (a list row of App 14): A = Σ items / 10 × 5, each item as for the main site. */
function departmentAccessibility(ctx: NodeContext, row: NormalizedRow): Decimal {
  let s = new Decimal(0);
  for (const i of app14Items) {
    const v =
      i.row === '1.1'
        ? searchScore(
            ctx,
            (field) => row[field] as Decimal,
            (field) => row[field] !== undefined,
          )
        : formulaOnRow(i.formula, row, ctx);
    s = s.plus(Decimal.max(0, v));
  }
  return s.div(ctx.param('d2.b2.a.max')).times(ctx.param('d2.b2.a.scale'));
}

export const indicatorAccessibility: NodeDecl = {
  id: 'D2.B2.A',
  level: 'indicator',
  label: L('Интернет-ресурстың қолжетімділігі', 'Доступность интернет-ресурса', 'Accessibility of the internet resource'),
  ref: { paragraph: 'p.86–89', appendix: 'App 10 row 2.1, App 14' },
  max: { [CENTRAL]: 5, [LOCAL]: 5 },
  formula: meanWithDepartments('D2.B2.A', APP14_FORM),
  provenance: { kind: 'reconstructed-low', decision: 'AMB-21', note: 'p.86: how department sites enter the score is not stated' },
  children: [
    {
      id: 'D2.B2.A.MAIN',
      level: 'adjustment',
      label: L('Негізгі интернет-ресурс', 'Основной интернет-ресурс', 'Main internet resource of the body'),
      ref: { paragraph: 'p.89', appendix: 'App 14' },
      max: { [CENTRAL]: 5, [LOCAL]: 5 },
      formula: {
        text: 'A = (Σ points of App 14) / 10 × 5',
        compute(ctx) {
          let s = new Decimal(0);
          for (const n of items) s = s.plus(ctx.node(n.id));
          return s.div(ctx.param('d2.b2.a.max')).times(ctx.param('d2.b2.a.scale'));
        },
      },
      provenance: { kind: 'text', note: 'p.89 spells the arithmetic out' },
      children: items,
    },
    departmentsNode('D2.B2.A', APP14_FORM, 'App 14', departmentAccessibility),
  ],
};
