// Ambiguities of direction 2 that the spec files and DECISIONS.md resolve, kept switchable.
import { L } from '../../../engine/build.js';
import type { ReadingDecl } from '../../../engine/types.js';

export const DEFICIENCY_READING = 'D5';
export const SECTION_POLICY = 'A-15';
export const SITEMAP_CAP = 'A-10';
export const SEARCH_MEAN = 'A-12';
export const ANSWER_SHARE_70 = 'AMB-20';
export const DIALOGUE_DEDUCTIONS = 'AMB-18';
export const DEPARTMENT_SITES = 'AMB-21';

export const direction2Readings: ReadingDecl[] = [
  {
    id: DEFICIENCY_READING,
    label: L(
      '«Әр кемшілік үшін 0,1» шегерімі (94, 98-т.; 15, 16-қосымшалар)',
      'Вычет «0,1 за каждый недостаток» (п. 94, 98; приложения 15, 16)',
      '"0.1 per deficiency" deductions (p.94, p.98; App 15, 16)',
    ),
    ref: { paragraph: 'p.94, p.98', appendix: 'App 15, App 16', note: 'DECISIONS.md D5 (replaces seed-004b A-16)' },
    default: 'parameter-weighted',
    options: [
      {
        value: 'parameter-weighted',
        label: L(
          'Әдістеме мәтінінің ережесі: параметрдің салмақтық мәнінен 0,1 (ең көбі салмақтың 50 %-ы: 5 және 2,5)',
          'Правило текста Методики: 0,1 от весового значения параметра (не более 50 % веса: 5 и 2,5)',
          "The body's rule: 0.1 off the parameter on its weighted scale, at most 50 % of its weight (5; 2.5)",
        ),
        provenance: { kind: 'text', decision: 'D5' },
      },
      {
        value: 'section-raw-points',
        label: L(
          'Қосымша ескертпесі: бөлімнің балынан 0,1 (әр тілдік нұсқаға ең көбі 25 / 12,5), содан кейін ауқымдау',
          'Примечание приложения: 0,1 от балла раздела (не более 25 / 12,5 на языковую версию), затем масштабирование',
          "The appendix note: 0.1 raw point off the section (at most 25 / 12.5 per language), then scaled (seed-004b's reading)",
        ),
        provenance: { kind: 'text', decision: 'D5', note: 'seed-004b §2.2.2, A-16' },
      },
    ],
  },
  {
    id: SECTION_POLICY,
    label: L(
      '15, 16-қосымшалардағы бөлім ішіндегі балл',
      'Балл внутри раздела приложений 15, 16',
      'Credit inside a section of App 15, 16',
    ),
    ref: { appendix: 'App 15, App 16', note: 'seed-004b A-15: only section weights are given' },
    default: 'proportional',
    options: [
      { value: 'proportional', label: L('Бар индикаторлардың үлесіне қарай', 'Пропорционально доле имеющихся индикаторов', 'In proportion to the indicators present'), provenance: { kind: 'reconstructed-medium', note: 'seed-004b A-15' } },
      { value: 'all-or-nothing', label: L('Барлық индикатор болса ғана толық балл', 'Полный балл только при наличии всех индикаторов', 'Full weight only when every applicable indicator is present'), provenance: { kind: 'reconstructed-low', note: 'seed-004b A-15' } },
    ],
  },
  {
    id: SITEMAP_CAP,
    label: L('14-қосымша 2.3-тармақ: 50 % шегі', 'Приложение 14 п. 2.3: предел 50 %', 'App 14 item 2.3: scope of the 50 % cap'),
    ref: { appendix: 'App 14', row: '2.3', note: 'seed-004b A-10' },
    default: 'broken-links-only',
    options: [
      { value: 'broken-links-only', label: L('Тек жұмыс істемейтін сілтемелер үшін шегерімге', 'Только к вычетам за неработающие ссылки', 'Caps only the broken-link deductions'), provenance: { kind: 'reconstructed-medium', note: 'seed-004b A-10' } },
      { value: 'all-deductions', label: L('2.3-тармақтың барлық шегерімдеріне', 'Ко всем вычетам по п. 2.3', 'Caps all deductions of item 2.3'), provenance: { kind: 'reconstructed-low', note: 'seed-004b A-10' } },
    ],
  },
  {
    id: SEARCH_MEAN,
    label: L('14-қосымша 1.1-тармақ: орташа балл', 'Приложение 14 п. 1.1: средний балл', 'App 14 item 1.1: what is averaged'),
    ref: { appendix: 'App 14', row: '1.1', note: 'seed-004b A-12' },
    default: 'mean-of-all',
    options: [
      { value: 'mean-of-all', label: L('Барлық өлшемдердің (жүйе, сұрау) орташасы', 'Среднее по всем замерам (система, запрос)', 'Mean over every (engine, query) measurement'), provenance: { kind: 'reconstructed-medium', note: 'seed-004b A-12' } },
      { value: 'best-per-engine', label: L('Әр жүйедегі ең жақсы орын, содан кейін үш жүйенің орташасы', 'Лучшая позиция в каждой системе, затем среднее по трём', 'Best position per engine, then the mean over the three engines'), provenance: { kind: 'reconstructed-medium', note: 'seed-004b A-12' } },
    ],
  },
  {
    id: ANSWER_SHARE_70,
    label: L('83-т.: жауаптардың үлесі дәл 70 %', 'П. 83: доля ответов ровно 70 %', 'p.83: an answer share of exactly 70 %'),
    ref: { paragraph: 'p.83', note: 'seed-004a AMB-20; seed-004b A-4' },
    default: 'seventy-gives-one',
    options: [
      { value: 'seventy-gives-one', label: L('70 % → 1 балл', '70 % → 1 балл', '70 % → 1 point'), provenance: { kind: 'reconstructed-medium', note: 'AMB-20' } },
      { value: 'seventy-gives-zero', label: L('70 % → 0 балл («70 %-дан астам» қатаң)', '70 % → 0 баллов («более 70 %» строго)', '70 % → 0 points ("more than 70 %" read strictly)'), provenance: { kind: 'reconstructed-medium', note: 'AMB-20' } },
    ],
  },
  {
    id: DIALOGUE_DEDUCTIONS,
    label: L('82-т.: «Ашық диалог» параметрлері бойынша шегерім', 'П. 82: вычеты по параметрам «открытого диалога»', 'p.82: deductions on the open-dialogue parameters'),
    ref: { paragraph: 'p.82', note: 'seed-004a AMB-18; seed-004b A-6' },
    default: 'deduct',
    options: [
      { value: 'deduct', label: L('Блог пен кері байланысқа 0,1 / 75 % ережесі қолданылады', 'К блогу и обратной связи применяется правило 0,1 / 75 %', 'The 0.1 / 75 % rule of p.79–81 applies to the blog and feedback'), provenance: { kind: 'reconstructed-medium', note: 'AMB-18' } },
      { value: 'binary', label: L('Шегерімсіз: бар болса толық балл', 'Без вычетов: полный балл при наличии', 'No deductions: full points when present'), provenance: { kind: 'reconstructed-medium', note: 'AMB-18 (the text states no rule)' } },
    ],
  },
  {
    id: DEPARTMENT_SITES,
    label: L(
      '86-т.: ведомстволардың интернет-ресурстары ОМО бағасына қалай кіреді',
      'П. 86: как интернет-ресурсы ведомств входят в оценку ЦГО',
      "p.86: how the departments' sites enter the score of a central body",
    ),
    ref: { paragraph: 'p.86', note: 'seed-004a AMB-21 (default); seed-004b A-29' },
    default: 'mean-with-departments',
    options: [
      {
        value: 'mean-with-departments',
        label: L('Негізгі ресурс пен ведомстволар ресурстарының орташа арифметикалық мәні', 'Среднее арифметическое основного ресурса и ресурсов ведомств', "Arithmetic mean of the main site and the departments' sites"),
        provenance: { kind: 'reconstructed-low', note: 'seed-004a AMB-21' },
      },
      {
        value: 'main-site-only',
        label: L('Тек негізгі ресурс', 'Только основной ресурс', 'The main site alone'),
        provenance: { kind: 'reconstructed-low', note: 'seed-004b A-29 ("scoring does not change")' },
      },
    ],
  },
];
