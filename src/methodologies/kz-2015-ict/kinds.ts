// Body kinds of the 2015 ICT methodology (¶3): central state bodies (ОМО) and local executive bodies of
// oblasts, the city of republican significance and the capital (ЖАО). Committees of a central body are
// not assessed on their own: they enter criterion 1 of their ministry (¶15–17).
import { L } from '../../engine/build.js';
import type { BodyKindDecl } from '../../engine/types.js';

export const CENTRAL = 'central';
export const LOCAL = 'local';
export const BOTH = { central: 0, local: 0 };

export const bodyKinds: BodyKindDecl[] = [
  { id: CENTRAL, label: L('Орталық мемлекеттік орган (ОМО)', 'Центральный государственный орган (ЦГО)', 'Central state body (CSB)') },
  {
    id: LOCAL,
    label: L(
      'Облыстың, республикалық маңызы бар қаланың, астананың жергілікті атқарушы органы (ЖАО)',
      'Местный исполнительный орган области, города республиканского значения, столицы (МИО)',
      'Local executive body of an oblast, city of republican significance or the capital (LEB)',
    ),
  },
];

/** The same maximum for both kinds. */
export const both = (v: number | string) => ({ [CENTRAL]: Number(v), [LOCAL]: Number(v) });

/** The date the consolidated text is applied from: registration of order No. 1279 (the publication date is not in the text). */
export const FROM = '2016-02-01';
