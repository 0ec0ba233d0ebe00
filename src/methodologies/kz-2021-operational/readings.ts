// The switches for what the 2023 wording leaves open. Both formulas of p.49 and p.52 were images lost
// from the seed text; formulas.md F003-49 and F003-52 reconstruct them from the variable lists.
import { L } from '../../engine/build.js';
import type { ReadingDecl } from '../../engine/types.js';

/** p.49: the weight of a partially automated service (F003-49: not stated anywhere in the seeds). */
export const ALPHA = 'F003-49.alpha';
/** p.49 with n = 0 and p.52 with a = 0: the paragraphs define no zero-denominator branch. */
export const ZERO_DENOMINATOR = 'F003.zero-denominator';

export const readings: ReadingDecl[] = [
  {
    id: ALPHA,
    label: L(
      'Ішінара автоматтандырылған қызметтің салмағы (49-тармақ)',
      'Вес частично автоматизированной услуги (пункт 49)',
      'Weight of a partially automated service (p.49)',
    ),
    ref: { paragraph: 'p.49', note: 'formulas.md F003-49 (confidence low), §9.3' },
    default: '0.5',
    options: [
      {
        value: '0.5',
        label: L('0,5 (ұсынылған)', '0,5 (предложенный)', '0.5 (proposed midpoint)'),
        provenance: { kind: 'reconstructed-low', formulaId: 'F003-49', note: 'spec default' },
      },
      {
        value: '0.3',
        label: L('0,3 (2015 жылғы АКТ әдістемесінің 57-тармағы сияқты)', '0,3 (как в п. 57 методики ИКТ 2015 года)', '0.3 (as p.57 of the 2015 ICT methodology)'),
        provenance: { kind: 'reconstructed-low', formulaId: 'F003-49' },
      },
      {
        value: '1',
        label: L('1 (автоматтандырылған қызметтердің қарапайым үлесі)', '1 (простая доля автоматизированных услуг)', '1 (plain share of automated services)'),
        provenance: { kind: 'reconstructed-low', formulaId: 'F003-49' },
      },
    ],
  },
  {
    id: ZERO_DENOMINATOR,
    label: L(
      'Бөлгіш нөлге тең болғанда (n = 0 немесе a = 0)',
      'При нулевом знаменателе (n = 0 или a = 0)',
      'When the denominator is zero (n = 0 or a = 0)',
    ),
    ref: { paragraph: 'p.49, p.52', note: 'formulas.md §9.7: full marks when there is nothing to assess' },
    default: 'full',
    options: [
      {
        value: 'full',
        label: L('Бағаланатын ештеңе жоқ — ең жоғары балл', 'Оценивать нечего — максимальный балл', 'Nothing to assess — full points'),
        provenance: { kind: 'reconstructed-low', note: 'formulas.md §9.7 suggestion' },
      },
      {
        value: 'zero',
        label: L('0 балл', '0 баллов', '0 points'),
        provenance: { kind: 'reconstructed-low' },
      },
    ],
  },
];
