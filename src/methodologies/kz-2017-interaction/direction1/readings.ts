// Direction 1 readings: the seed-004a §8 ambiguities that have more than one defensible answer.
// Defaults are the spec's; DECISIONS.md settles none of these except D6 (App 7 bonus), which is not
// a switch. Ambiguities with a single answer are recorded as provenance on the node they govern:
// AMB-9 (zero denominators → full points), AMB-11 (p.40 cap is the late-entry cap), AMB-14 (T capped
// at 5, n = 0 → 5), AMB-15 (z = 0 → V = 20), AMB-16 with D1 (a = b × d × x / y), AMB-34/35/36.
import { L } from '../../../engine/build.js';
import type { ReadingDecl } from '../../../engine/types.js';

export const direction1Readings: ReadingDecl[] = [
  {
    id: 'AMB-7',
    label: L(
      'Мониторингке енбеген органның P1 мәні (31-тармақ)',
      'Значение P1 органа, услуги которого не подверглись мониторингу (п. 31)',
      'P1 of a body none of whose service types was monitored (p.31)',
    ),
    ref: { paragraph: 'p.31' },
    default: 'pool-mean',
    options: [
      {
        value: 'pool-mean',
        label: L(
          'Сол санаттағы мониторингке енген органдардың P1 орташа мәні',
          'Среднее P1 органов той же категории, услуги которых подверглись мониторингу',
          'Mean P1 of the monitored bodies of the same kind in the campaign',
        ),
        provenance: { kind: 'reconstructed-high', formulaId: 'F004-30', decision: 'AMB-7' },
      },
      {
        value: 'agency-figure',
        label: L(
          'Агенттік жариялаған орташа мән (reference_mean өрісі)',
          'Среднее значение, опубликованное Агентством (поле reference_mean)',
          'The mean published by the Agency (field reference_mean)',
        ),
      },
    ],
  },
  {
    id: 'AMB-8',
    label: L(
      'АЖ іркілісі кезінде кешіктірілген қызметтерді есептемеу (36-тармақ)',
      'Неучет услуг, оказанных с нарушением сроков при сбое ИС (п. 36)',
      'Services late during a confirmed IS failure "are not counted" (p.36)',
    ),
    ref: { paragraph: 'p.36' },
    default: 'from-a',
    options: [
      {
        value: 'from-a',
        label: L('Тек a-дан алынып тасталады', 'Исключаются только из a', 'Removed from a only (they were still rendered)'),
        provenance: { kind: 'text', decision: 'AMB-8' },
      },
      { value: 'from-a-and-b', label: L('a-дан да, b-дан да алынып тасталады', 'Исключаются из a и из b', 'Removed from both a and b') },
    ],
  },
  {
    id: 'AMB-10',
    label: L(
      'Бұзушылықтардың азаю үлесі: саны бойынша немесе 10 000 қызметке шаққандағы деңгей бойынша (7-қосымша)',
      'Доля снижения нарушений: по количеству или по уровню на 10 000 услуг (приложение 7)',
      'Reduction share of App 7: counts or per-10 000 rates',
    ),
    ref: { paragraph: 'p.39', appendix: 'App 7' },
    default: 'counts',
    options: [
      {
        value: 'counts',
        label: L('Бұзушылықтар саны бойынша', 'По количеству нарушений', 'Counts ("доля снижения количества нарушений")'),
        provenance: { kind: 'text', decision: 'AMB-10' },
      },
      {
        value: 'rates',
        label: L(
          '10 000 қызметке шаққандағы деңгей бойынша (services_rendered_prev өрісі қажет)',
          'По уровню на 10 000 услуг (требуется поле services_rendered_prev)',
          'Per-10 000 rates (needs services_rendered_prev)',
        ),
      },
    ],
  },
  {
    id: 'AMB-12',
    label: L(
      'Агенттік ұсыным бермеген жағдайдағы балл (8-қосымша)',
      'Балл при отсутствии рекомендаций Агентства (приложение 8)',
      'Points when the Agency made no recommendations (App 8)',
    ),
    ref: { appendix: 'App 8', row: '6–8' },
    default: 'full',
    options: [
      {
        value: 'full',
        label: L('2,5 балл (орындалмаған ұсыным жоқ)', '2,5 балла (неисполненных рекомендаций нет)', '2.5 points (nothing outstanding)'),
        provenance: { kind: 'reconstructed-medium', decision: 'AMB-12' },
      },
      { value: 'zero', label: L('0 балл (орындалған ұсыным жоқ)', '0 баллов (исполненных рекомендаций нет)', '0 points (nothing carried out)') },
    ],
  },
  {
    id: 'AMB-13',
    label: L(
      'Ішкі бақылау анықтаған бұзушылықтардың 20–29,99 % үлесі (8-қосымшада жоқ)',
      'Доля выявленных нарушений 20–29,99 % (в приложении 8 пропущена)',
      'Share of violations found by internal control of 20–29.99 % (missing from App 8)',
    ),
    ref: { appendix: 'App 8', row: '9–11' },
    default: 'fill-1',
    options: [
      {
        value: 'fill-1',
        label: L('1 балл (30 %-дан төмен кез келген үлес)', '1 балл (любая доля ниже 30 %)', '1 point (any share below 30 %)'),
        provenance: { kind: 'reconstructed-medium', decision: 'AMB-13' },
      },
      { value: 'literal-0', label: L('0 балл (мәтінде көзделмеген)', '0 баллов (в тексте не предусмотрено)', '0 points (the text gives none)') },
    ],
  },
  {
    id: 'AMB-17',
    label: L(
      'Ведомствоаралық комиссия шешімі бар қызметті 9-қосымша бойынша қайта жіктеу (67-тармақ)',
      'Переклассификация услуги по приложению 9 при решении Межведомственной комиссии (п. 67)',
      'Re-classification under App 9 of a service with an Interdepartmental Commission decision (p.67)',
    ),
    ref: { paragraph: 'p.67', appendix: 'App 9' },
    default: 'sc-alternative',
    options: [
      {
        value: 'sc-alternative',
        label: L('2, 3-жолдар → 1; 6-жол → 5', 'строки 2, 3 → 1; строка 6 → 5', 'Rows 2, 3 → row 1 (20); row 6 → row 5 (5)'),
        provenance: { kind: 'reconstructed-medium', decision: 'AMB-17' },
      },
      {
        value: 'sc-only',
        label: L('2, 3-жолдар → 1; 6-жол → 4', 'строки 2, 3 → 1; строка 6 → 4', 'Rows 2, 3 → row 1 (20); row 6 → row 4 (8): paper only, now through the State Corporation'),
      },
    ],
  },
  {
    id: 'AMB-29',
    label: L(
      '«Нәтиже теріс болса — 0» ережесі k − Z1 + d өрнегіне ме, әлде d қосылғанға дейін бе (38-тармақ)',
      'Правило "если результат отрицательный — 0": к k − Z1 + d целиком или до прибавления d (п. 38)',
      'Where the p.38 "negative → 0" applies: to k − Z1 + d, or before adding d',
    ),
    ref: { paragraph: 'p.38–39' },
    default: 'whole',
    options: [
      {
        value: 'whole',
        label: L('max(0, k − Z1 + d)', 'max(0, k − Z1 + d)', 'max(0, k − Z1 + d): d is a term of the same formula'),
        provenance: { kind: 'reconstructed-medium', formulaId: 'F004-38', decision: 'AMB-29' },
      },
      { value: 'before-bonus', label: L('max(0, k − Z1) + d', 'max(0, k − Z1) + d', 'max(0, k − Z1) + d') },
    ],
  },
];
