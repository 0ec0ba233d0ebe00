// Readings: the switches for the places where the act is silent or garbled. Ids are the ambiguity
// ids of seed-001.md §11 (A5 … A33); defaults are the spec's best readings.
import { L } from '../../engine/build.js';
import type { ReadingDecl } from '../../engine/types.js';

export const READINGS: readonly ReadingDecl[] = [
  {
    id: 'A16',
    ref: { paragraph: 'p.9 ¶5–6', note: 'SР1 = талап етілетін саны ("the required number")' },
    label: L(
      'SР1 — бұзушылықтардың талап етілетін саны',
      'SР1 — требуемое количество нарушений',
      'SР1 — the "required number" of violations',
    ),
    default: 'appendix_totals',
    options: [
      {
        value: 'appendix_totals',
        label: L('Қосымшадағы өлшемшарттар саны: елеулі 15, елеусіз 5', 'Число критериев в приложении: значительных 15, незначительных 5', 'Appendix totals: 15 significant, 5 minor'),
        provenance: { kind: 'text', decision: 'A16' },
      },
      {
        value: 'checklist_totals',
        label: L('Тексеру парағындағы жолдар саны: елеулі 8, елеусіз 2', 'Число строк проверочного листа: значительных 8, незначительных 2', 'Checklist totals: 8 significant, 2 minor'),
        provenance: { kind: 'text', decision: 'A16', note: 'alternative' },
      },
      {
        value: 'applicable',
        label: L('Субъектіге қолданылатын жолдар саны', 'Число строк, применимых к субъекту', 'Rows applicable to the subject kind'),
        provenance: { kind: 'text', decision: 'A16', note: 'alternative; rows 2, 3, 35 apply to central state bodies only' },
      },
    ],
  },
  {
    id: 'A15',
    ref: { paragraph: 'p.9(1)-(2)', note: 'bands 0–70 and 71–100 leave (70, 71) open' },
    label: L('70 мен 71 аралығындағы көрсеткіш', 'Показатель между 70 и 71', 'An indicator between 70 and 71'),
    default: 'gt70',
    options: [
      { value: 'gt70', label: L('70-тен жоғары — жоғары', 'Выше 70 — высокая', 'Above 70 is high'), provenance: { kind: 'text', decision: 'A15' } },
      { value: 'round_half_up_ge71', label: L('Бүтінге дөңгелектеп, 71-ден бастап — жоғары', 'Округлить до целого; от 71 — высокая', 'Round half-up to an integer; 71 or more is high'), provenance: { kind: 'text', decision: 'A15', note: 'alternative' } },
      { value: 'truncate_ge71', label: L('Бөлшегін алып тастап, 71-ден бастап — жоғары', 'Отбросить дробную часть; от 71 — высокая', 'Truncate; 71 or more is high'), provenance: { kind: 'text', decision: 'A15', note: 'alternative' } },
    ],
  },
  {
    id: 'A7',
    ref: { paragraph: 'p.4(3)-(5)', note: '"бір жыл ішінде" has no anchor' },
    label: L('«Бір жыл ішінде» кезеңі', 'Период «в течение одного года»', 'The "within one year" window'),
    default: 'rolling',
    options: [
      { value: 'rolling', label: L('Тізім бекітілгенге дейінгі 12 ай', '12 месяцев до утверждения списка', 'The 12 months before the list approval'), provenance: { kind: 'text', decision: 'A7' } },
      { value: 'previous_calendar_year', label: L('Алдыңғы күнтізбелік жыл', 'Предыдущий календарный год', 'The previous calendar year'), provenance: { kind: 'text', decision: 'A7', note: 'alternative' } },
    ],
  },
  {
    id: 'A8',
    ref: { paragraph: 'p.4(1)' },
    label: L('Бас тартулар көрсетілген қызметтер санына кіре ме', 'Включаются ли отказы в число оказанных услуг', 'Do refusals count as services provided'),
    default: 'include',
    options: [
      { value: 'include', label: L('Кіреді', 'Включаются', 'Included'), provenance: { kind: 'text', decision: 'A8' } },
      { value: 'exclude', label: L('Кірмейді', 'Не включаются', 'Excluded'), provenance: { kind: 'text', decision: 'A8', note: 'alternative' } },
    ],
  },
  {
    id: 'A11',
    ref: { paragraph: 'p.4(5)' },
    label: L('Профилактикалық бақылау тексеру ретінде есептеле ме', 'Учитывается ли профилактический контроль как проверка', 'Does preventive control with a visit count as an inspection'),
    default: 'exclude',
    options: [
      { value: 'exclude', label: L('Тек тексерулер', 'Только проверки', 'Inspections only'), provenance: { kind: 'text', decision: 'A11' } },
      { value: 'include', label: L('Тексерулер және профилактикалық бақылау', 'Проверки и профилактический контроль', 'Inspections and preventive control'), provenance: { kind: 'text', decision: 'A11', note: 'alternative' } },
    ],
  },
  {
    id: 'A12',
    ref: { paragraph: 'p.4(6)', note: 'no period stated' },
    label: L('Бас тарту фактілері бар есептер кезеңі', 'Период отчетов с фактами отказа', 'Which internal-control reports count for refusals'),
    default: 'period_ends_in_W12',
    options: [
      { value: 'period_ends_in_W12', label: L('Есептік кезеңі бір жыл ішінде аяқталған есептер', 'Отчеты, отчетный период которых завершился в течение года', 'Reports whose period ends within the year window'), provenance: { kind: 'text', decision: 'A12' } },
      { value: 'any_before_R', label: L('Тізім бекітілгенге дейінгі барлық есептер', 'Все отчеты до утверждения списка', 'Every report before the list approval'), provenance: { kind: 'text', decision: 'A12', note: 'alternative' } },
    ],
  },
  {
    id: 'A13',
    ref: { paragraph: 'p.7–9', note: 'no look-back period for subjective data' },
    label: L('Субъективті деректер кезеңі', 'Период субъективных данных', 'Look-back of subjective data'),
    default: 'w12_latest_s1',
    options: [
      { value: 'w12_latest_s1', label: L('S2–S5: бір жыл; S1: соңғы тексерудің нәтижесі', 'S2–S5: один год; S1: результат последней проверки', 'S2–S5: one year; S1: the latest inspection or visit, even if older'), provenance: { kind: 'text', decision: 'A13' } },
      { value: 'w12_all', label: L('Барлық дереккөздер: бір жыл', 'Все источники: один год', 'All sources: one year'), provenance: { kind: 'text', decision: 'A13', note: 'alternative' } },
      { value: 'unlimited', label: L('Мерзімсіз', 'Без ограничения срока', 'No look-back limit'), provenance: { kind: 'text', decision: 'A13', note: 'alternative' } },
    ],
  },
  {
    id: 'A13-reuse',
    ref: { paragraph: 'p.7–9', note: 'no rule on reusing data already counted in an earlier assessment (A13)' },
    label: L(
      'Алдыңғы тізімде ескерілген деректерді қайта пайдалану',
      'Повторное использование данных, учтенных в предыдущем списке',
      'Reuse of facts already available to the previous list',
    ),
    default: 'allowed',
    options: [
      { value: 'allowed', label: L('Қайта пайдаланылады', 'Используются повторно', 'Reused'), provenance: { kind: 'text', decision: 'A13' } },
      {
        value: 'excluded',
        label: L(
          'Алдыңғы тізім бекітілген күнге дейінгі деректер қайта есептелмейді',
          'Данные, датированные до утверждения предыдущего списка, повторно не учитываются',
          'Facts dated before the previous list was approved are not counted again',
        ),
        provenance: { kind: 'text', decision: 'A13', note: 'alternative (exclude_previously_used_evidence)' },
      },
    ],
  },
  {
    id: 'A32',
    ref: { paragraph: 'p.11', note: '"дейін" — by' },
    label: L('Бекіту мерзімі («дейін»)', 'Срок утверждения («до»)', 'Approval deadline ("by")'),
    default: 'inclusive',
    options: [
      { value: 'inclusive', label: L('Көрсетілген күнді қоса алғанда', 'Включая указанный день', 'On or before the date'), provenance: { kind: 'text', decision: 'A32' } },
      { value: 'exclusive', label: L('Көрсетілген күнге дейін', 'До указанного дня', 'Before the date'), provenance: { kind: 'text', decision: 'A32', note: 'alternative' } },
    ],
  },
  {
    id: 'A33',
    ref: { paragraph: 'p.10' },
    label: L('«Жылына бір реттен аспауы тиіс» — жыл', '«Не чаще одного раза в год» — год', '"At most once a year" — which year'),
    default: 'calendar_year',
    options: [
      { value: 'calendar_year', label: L('Күнтізбелік жыл', 'Календарный год', 'Calendar year'), provenance: { kind: 'text', decision: 'A33' } },
      { value: 'rolling_12_months', label: L('Тізім бекітілгенге дейінгі 12 ай', '12 месяцев до утверждения списка', 'The 12 months before the list approval'), provenance: { kind: 'text', decision: 'A33', note: 'alternative' } },
    ],
  },
  {
    id: 'A5',
    ref: { paragraph: 'Order p.1(2) vs Criteria p.2(5)' },
    label: L('Шетелдегі мекемелерді бағалау', 'Оценка загранучреждений', 'Scoring foreign institutions'),
    default: 'include',
    options: [
      { value: 'include', label: L('Бағаланады (белгіленеді)', 'Оцениваются (с пометкой)', 'Scored (flagged)'), provenance: { kind: 'text', decision: 'A5' } },
      { value: 'exclude', label: L('Тек тексеру парағы', 'Только проверочный лист', 'Checklist only'), provenance: { kind: 'text', decision: 'A5', note: 'alternative' } },
    ],
  },
];
