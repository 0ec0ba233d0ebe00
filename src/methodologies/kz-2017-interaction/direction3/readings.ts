// Ambiguities of direction 3 that the spec resolves, kept switchable.
import { L } from '../../../engine/build.js';
import type { ReadingDecl } from '../../../engine/types.js';

/** seed-004a AMB-26 / formulas.md F004-110: the six p.110 formula images are lost. */
export const R2_SHAPE = 'AMB-26';

export const direction3Readings: ReadingDecl[] = [
  {
    id: R2_SHAPE,
    label: L(
      '110-т. формуласының түрі (R2/M2): үлесті K-ға көбейту немесе санды K-ға бөлу',
      'Вид формулы п. 110 (R2/M2): доля, умноженная на K, или количество, деленное на K',
      'Shape of the p.110 formula (R2/M2): the share times K, or the count divided by K',
    ),
    ref: { paragraph: 'p.110', note: 'seed-004a AMB-26; formulas.md F004-110 (confidence low)' },
    default: 'share-times-K',
    options: [
      {
        value: 'share-times-K',
        label: L('k − (a + c) / b × K', 'k − (a + c) / b × K', 'k − (a + c) / b × K ("per K considered", as p.38 and p.108)'),
        provenance: { kind: 'reconstructed-low', formulaId: 'F004-110', decision: 'AMB-26' },
      },
      {
        value: 'count-over-K',
        label: L('k − (a + c) / K', 'k − (a + c) / K', 'k − (a + c) / K (one point per K overturned complaints)'),
        provenance: { kind: 'reconstructed-low', formulaId: 'F004-110', decision: 'AMB-26' },
      },
    ],
  },
];
