// Readings: one switch for each place where the text is lost or ambiguous. Defaults are those of
// DECISIONS.md (D1–D3) and, where it is silent, of spec seed-000 §13–§14 (the A-ids).
import { L } from '../../engine/build.js';
import type { ReadingDecl } from '../../engine/types.js';

export const R = {
  K4_SERVICE: 'D1',
  P1: 'D2',
  RC: 'D3',
  WEIGHTS: 'A-12',
  CAP: 'A-13',
  PEN_SCOPE: 'A-8-scope',
  FLOOR: 'A-8-floor',
  K2_ZERO: 'A-28-K2',
  K3_ZERO: 'A-28-K3',
  K5_ZERO: 'A-28-K5',
  K7_ZERO: 'A-28-K7',
  BONUS_SCOPE: 'A-10b-scope',
  BONUS_STAGE: 'A-10b-stage',
  IAC: 'A-11',
  W_SCOPE: 'A-10',
  P2: 'A-20',
  FLAT: 'A-15',
  DEGENERATE: 'S6.4',
  REORG: 'A-19',
} as const;

const opt = (value: string, en: string, ru: string, kk: string) => ({ value, label: L(kk, ru, en) });

export const readings: ReadingDecl[] = [
  {
    id: R.K4_SERVICE,
    label: L('К4: қызметтің қорытынды бағасы (23-тармақ)', 'К4: итоговая оценка услуги (п. 23)', 'K4: final score of one service (§23)'),
    ref: { paragraph: '§23', note: 'DECISIONS.md D1; formulas.md F000-23b' },
    default: 'obtained-share',
    options: [
      {
        ...opt('obtained-share', "a = b' × d × min(x / y, 1); a = b' × d when y = 0; x ≤ y required", "a = b' × d × min(x / y, 1); при y = 0 a = b' × d", "a = b' × d × min(x / y, 1); y = 0 болса a = b' × d"),
        provenance: { kind: 'reconstructed-medium', formulaId: 'F000-23b', decision: 'D1' },
      },
      {
        ...opt(
          'seed-000-ratio',
          "seed-000.md: a = b' × d × obtained / requested, and a = b' × d when nothing is obtained (x = 0 in D1's fields)",
          "seed-000.md: a = b' × d × полученные / запрошенные; a = b' × d, если ничего не получено",
          "seed-000.md: a = b' × d × алынған / сұратылған; ештеңе алынбаса a = b' × d",
        ),
        provenance: { kind: 'reconstructed-low', formulaId: 'F000-23b', note: 'seed-000 §5.4 A-9, replaced by D1' },
      },
    ],
  },
  {
    id: R.P1,
    label: L('К6/М3: Р1 құрамасы (29-тармақ)', 'К6/М3: составляющая Р1 (п. 29)', 'K6/M3: component P1 (§29)'),
    ref: { paragraph: '§29', note: 'DECISIONS.md D2; formulas.md F000-29' },
    default: 'pooled-linear',
    options: [
      { ...opt('pooled-linear', 'P1 = k − (a + c) / (b + d) × 10 000; k when b + d = 0', 'Р1 = k − (a + c) / (b + d) × 10 000', 'Р1 = k − (a + c) / (b + d) × 10 000'), provenance: { kind: 'reconstructed-low', formulaId: 'F000-29', decision: 'D2' } },
      { ...opt('separate-rates', 'P1 = k − (a/b + c/d) × 10 000 with zero-denominator branches', 'Р1 = k − (a/b + c/d) × 10 000', 'Р1 = k − (a/b + c/d) × 10 000'), provenance: { kind: 'reconstructed-low', formulaId: 'F000-29' } },
      { ...opt('five-bands', 'P1 = g(Z) × k, placeholder five-band table of seed-000.md', 'Р1 = g(Z) × k (условная таблица из пяти интервалов)', 'Р1 = g(Z) × k (бес аралықты шартты кесте)'), provenance: { kind: 'reconstructed-low', note: 'seed-000 §5.6 placeholder bands' } },
    ],
  },
  {
    id: R.RC,
    label: L('Оңалту коэффициентінің бірқалыпты қадамы (40-тармақ)', 'Равномерный шаг коэффициента (п. 40)', 'Uniform step of the correction coefficient (§40)'),
    ref: { paragraph: '§40', note: 'DECISIONS.md D3; seed-000 A-14' },
    default: 'distinct-values',
    options: [
      { ...opt('distinct-values', 'Steps over the distinct load-index values ≥ mean, most loaded = 1.10; equal indices share a coefficient', 'Шаги по различным значениям индекса ≥ среднего', 'Орташадан жоғары әртүрлі индекс мәндері бойынша қадамдар'), provenance: { kind: 'reconstructed-medium', decision: 'D3' } },
      { ...opt('body-rank', 'Steps over bodies in rank order (formulas.md); ties take the better rank', 'Шаги по органам в порядке ранга', 'Органдар рейтингі бойынша қадамдар'), provenance: { kind: 'reconstructed-medium', formulaId: 'F000-46/47/48' } },
      { ...opt('value-linear', 'Linear in the index value: 1.01 + 0.09 × (S − S_min,G) / (S_max,G − S_min,G)', 'Линейно по значению индекса', 'Индекс мәні бойынша сызықтық'), provenance: { kind: 'reconstructed-low', note: 'seed-000 A-14 alternative' } },
    ],
  },
  {
    id: R.WEIGHTS,
    label: L('Коэффициенттер немесе қосымшалардағы үлестік мәндер', 'Коэффициенты формул или веса приложений', 'Formula coefficients or appendix weights (K5, K6, M2, M3)'),
    ref: { paragraph: '§25, §29', appendix: 'App 1, App 2', note: 'seed-000 A-12' },
    default: 'formula',
    options: [
      opt('formula', 'Coefficients stated in the text: K5 k = 6, M2 m = 15, K6 k = 10, M3 m = 20', 'Коэффициенты текста: 6, 15, 10, 20', 'Мәтіндегі коэффициенттер: 6, 15, 10, 20'),
      opt('appendix', 'Appendix weights: K5 10, M2 25, K6 15, M3 30', 'Веса приложений: 10, 25, 15, 30', 'Қосымшалардағы үлестік мәндер: 10, 25, 15, 30'),
    ],
  },
  {
    id: R.CAP,
    label: L('100 балл шегі және айыппұлдар реті', 'Порядок ограничения 100 баллами и штрафов', 'Order of the 100-point cap and the reporting penalties (§37, §52)'),
    ref: { paragraph: '§37, §52', note: 'seed-000 A-13' },
    default: 'before-penalties',
    options: [
      opt('before-penalties', 'Σ × RC, cap at 100, then subtract the penalties', 'Σ × РС, ограничение 100, затем штрафы', 'Σ × РС, 100-ге шектеу, содан кейін айыппұлдар'),
      opt('after-penalties', 'Σ × RC minus the penalties, then cap at 100', 'Σ × РС минус штрафы, затем ограничение 100', 'Σ × РС минус айыппұлдар, содан кейін 100-ге шектеу'),
    ],
  },
  {
    id: R.PEN_SCOPE,
    label: L('17, 21-тармақтардағы айыппұлдар қайдан шегеріледі', 'Откуда вычитаются штрафы пп. 17, 21', 'Where the §17/§21 penalties are deducted'),
    ref: { paragraph: '§17, §21', note: 'seed-000 A-8' },
    default: 'criterion',
    options: [
      opt('criterion', 'Inside the criterion score (multiplied by the correction coefficient)', 'Из оценки по критерию', 'Өлшем бойынша бағадан'),
      opt('final', 'From the final score, with the reporting penalties', 'Из итоговой оценки', 'Қорытынды бағадан'),
    ],
  },
  {
    id: R.FLOOR,
    label: L('К2, К3, М1 бағасы 0-ден төмен болмауы', 'Ограничение К2, К3, М1 снизу нулем', 'Floor K2, K3, M1 at 0 after their penalties'),
    ref: { paragraph: '§17, §21', note: 'seed-000 A-8 (the text gives no floor)' },
    default: 'no',
    options: [opt('no', 'No floor (the text gives none)', 'Без ограничения', 'Шектеусіз'), opt('yes', 'Floor at 0', 'Не ниже 0', '0-ден төмен емес')],
  },
  {
    id: R.K2_ZERO,
    label: L('К2: c = 0 болғанда', 'К2: при c = 0', 'K2 when no standards are due (c = 0)'),
    ref: { paragraph: '§18', note: 'seed-000 A-28' },
    default: 'full',
    options: [opt('full', 'Full k (nothing was owed)', 'Полный k', 'Толық k'), opt('zero', '0', '0', '0')],
  },
  {
    id: R.K3_ZERO,
    label: L('К3/М1: b = 0 болғанда', 'К3/М1: при b = 0', 'K3/M1 when no reglaments are due (b = 0)'),
    ref: { paragraph: '§20', note: 'seed-000 A-28' },
    default: 'full',
    options: [opt('full', 'Full k / m', 'Полный k / m', 'Толық k / m'), opt('zero', '0', '0', '0')],
  },
  {
    id: R.K5_ZERO,
    label: L('К5/М2: бұзушылықтар жоқ (b = 0)', 'К5/М2: нарушений нет (b = 0)', 'K5/M2 when there are no violations (b = 0)'),
    ref: { paragraph: '§25', note: 'seed-000 A-28, A-12, K5_when_b_zero' },
    default: 'coefficient',
    options: [
      opt('coefficient', 'The coefficient k / m (6 / 15, or the weight under A-12 appendix)', 'Коэффициент k / m', 'k / m коэффициенті'),
      opt('appendix-weight', 'The appendix weight (10 / 25)', 'Вес приложения (10 / 25)', 'Қосымшадағы үлестік мән (10 / 25)'),
      opt('zero', '0', '0', '0'),
    ],
  },
  {
    id: R.K7_ZERO,
    label: L('К7/М4: өтініштер жоқ (a + b = 0)', 'К7/М4: заявлений нет (a + b = 0)', 'K7/M4 shares when there are no applications (a + b = 0)'),
    ref: { paragraph: '§34, §35', note: 'seed-000 A-28' },
    default: 'zero',
    options: [opt('zero', '0', '0', '0'), opt('full', 'Full k / m', 'Полный k / m', 'Толық k / m')],
  },
  {
    id: R.BONUS_SCOPE,
    label: L('Тізілімге қосу үшін қосымша 3 балл: қай қызметтерге', 'Дополнительные 3 балла за включение в Реестр: каким услугам', 'The +3 Register bonus: which services (§23)'),
    ref: { paragraph: '§23', note: 'seed-000 A-10b' },
    default: 'new-services',
    options: [
      opt('new-services', 'Each service newly included in the Register through the body’s work', 'Каждой новой услуге Реестра', 'Тізілімге жаңа енгізілген әр қызметке'),
      opt('all-services', 'Every service of a body that did such work (MEBP count ≥ 1)', 'Всем услугам органа, проводившего такую работу', 'Осындай жұмыс жүргізген органның барлық қызметтеріне'),
    ],
  },
  {
    id: R.BONUS_STAGE,
    label: L('Қосымша 3 балл d-ге дейін немесе кейін', 'Дополнительные 3 балла до или после d', 'The +3 bonus before or after the term coefficient d'),
    ref: { paragraph: '§23', note: 'seed-000 A-10b' },
    default: 'before-d',
    options: [opt('before-d', "b' = b + 3, then × d", "b' = b + 3, затем × d", "b' = b + 3, содан кейін × d"), opt('after-d', 'a + 3 after × d', 'a + 3 после × d', '× d-ден кейін a + 3')],
  },
  {
    id: R.W_SCOPE,
    label: L('W = 1 ережесінің қолданылу аясы', 'Сфера правила W = 1', 'Scope of the "W = 1" rule for the Ministry conclusion (§23)'),
    ref: { paragraph: '§23', note: 'seed-000 A-10' },
    default: 'body',
    options: [
      opt('body', 'Body level: a Ministry conclusion sets W = 1', 'На уровне органа: W = 1', 'Орган деңгейінде: W = 1'),
      opt('per-service', 'Per service: services covered by the conclusion count as changed in m', 'По услугам: услуги из заключения считаются измененными', 'Қызметтер бойынша: қорытындыдағы қызметтер өзгертілген болып саналады'),
    ],
  },
  {
    id: R.IAC,
    label: L('Ведомствоаралық комиссия шешімі: қай тәсіл', 'Решение МВК: какой способ', 'Interagency Commission decision: which App 6 mode (§23)'),
    ref: { paragraph: '§23', appendix: 'App 6', note: 'seed-000 A-11' },
    default: 'mode5-to-4',
    options: [
      opt('mode5-to-4', 'Mode 2 → 1; mode 5 → 4 (alternative basis)', 'Способ 2 → 1; 5 → 4', '2 → 1; 5 → 4'),
      opt('mode5-to-3', 'Mode 2 → 1; mode 5 → 3 (only via PSCs)', 'Способ 2 → 1; 5 → 3', '2 → 1; 5 → 3'),
    ],
  },
  {
    id: R.P2,
    label: L('К6/М3: Р2 құрамасы', 'К6/М3: составляющая Р2', 'K6/M3: component P2 (§29)'),
    ref: { paragraph: '§29', note: 'formulas.md F000-29; seed-000 A-20' },
    default: 'sum',
    options: [
      { ...opt('sum', 'P2 = x × (e/f + s/l + (i + q)/n)', 'Р2 = x × (e/f + s/l + (i + q)/n)', 'Р2 = x × (e/f + s/l + (i + q)/n)'), provenance: { kind: 'reconstructed-medium', formulaId: 'F000-29' } },
      { ...opt('mean', 'P2 = x × (e/f + s/l + (i + q)/n) / 3', 'Р2 = x × (…) / 3', 'Р2 = x × (…) / 3'), provenance: { kind: 'reconstructed-low', note: 'seed-000 A-20' } },
    ],
  },
  {
    id: R.FLAT,
    label: L('1,5 және 2 айыппұл балы: бір рет немесе әр ұсыныс үшін', 'Штрафы 1,5 и 2: один раз или за каждое представление', 'Late (1.5) and incomplete (2) penalties: once, or per submission (§51, §53)'),
    ref: { paragraph: '§51–§55', note: 'seed-000 A-15' },
    default: 'once',
    options: [opt('once', 'At most once per body', 'Не более одного раза', 'Бір реттен артық емес'), opt('per-submission', 'Once per late/incomplete submission (Agency, Ministry)', 'За каждое представление', 'Әр ұсыныс үшін')],
  },
  {
    id: R.DEGENERATE,
    label: L('Ең үлкен мән ең кішіге тең болғанда', 'Когда максимум равен минимуму', 'Normalised value when the pool maximum equals the minimum (§47–§48)'),
    ref: { paragraph: '§47–§48', note: 'seed-000 §6.4' },
    default: 'one',
    options: [opt('one', '1 (neutral in the product)', '1', '1'), opt('zero', '0', '0', '0')],
  },
  {
    id: R.REORG,
    label: L('Қайта құру: қай жартыжылдық', 'Реорганизация: какое полугодие', 'Reorganisation: half-years of which year (§73–§76)'),
    ref: { paragraph: '§73–§76', note: 'seed-000 A-19' },
    default: 'after-period',
    options: [opt('after-period', 'Half-years after the reporting period (literal)', 'Полугодия после отчетного периода', 'Есептік кезеңнен кейінгі жартыжылдықтар'), opt('within-period', 'Half-years of the reporting period', 'Полугодия отчетного периода', 'Есептік кезеңнің жартыжылдықтары')],
  },
];
