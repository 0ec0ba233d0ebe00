// The 2017 edition assembled: identity, the three directions (each less the p.12–15 penalty), the
// overall block (p.114, D4) and the levels (p.18).
import { L } from '../../engine/build.js';
import type { EditionDecl } from '../../engine/types.js';
import { act, history } from './identity.js';
import { app1Form, penaltyParameters, CENTRAL, LOCAL, EFFECTIVE_FROM } from './common.js';
import { direction1, direction1Forms, direction1Parameters, direction1Readings } from './direction1/index.js';
import { direction2, direction2Forms, direction2Parameters, direction2Readings } from './direction2/index.js';
import { direction3, direction3Forms, direction3Parameters, direction3Readings } from './direction3/index.js';
import { overallFormula, overallParameters, overallReading } from './overall.js';
import { levels } from './levels.js';

export const edition: EditionDecl = {
  id: 'kz-2017-interaction',
  act,
  effective: {
    from: EFFECTIVE_FROM,
    to: '2020-03-05',
    note: L(
      'Жариялану күндері мәтінде жоқ: тіркеу күні мен жоюшы бұйрыққа соңғы қол қойылған күн алынды',
      'Даты опубликования в тексте нет: взяты дата регистрации и дата последней подписи отменяющего приказа',
      'Publication dates are not in the text: the registration date and the last signature of the repealing order are used',
    ),
  },
  history,
  bodyKinds: [
    { id: CENTRAL, label: L('Орталық мемлекеттік орган', 'Центральный государственный орган', 'Central state body') },
    { id: LOCAL, label: L('Жергілікті атқарушы орган', 'Местный исполнительный орган', 'Local executive body') },
  ],
  forms: [app1Form, ...direction1Forms, ...direction2Forms, ...direction3Forms],
  parameters: { ...penaltyParameters, ...direction1Parameters, ...direction2Parameters, ...direction3Parameters, ...overallParameters },
  readings: [overallReading, ...direction1Readings, ...direction2Readings, ...direction3Readings],
  precision: 2,
  levels,
  gradedNodes: ['D1', 'D2', 'D3'],
  root: {
    id: 'O',
    level: 'block',
    label: L(
      '«Мемлекеттік органның азаматтармен өзара іс-қимылы» блогы бойынша жалпы баға',
      'Общая оценка по блоку «Взаимодействие государственного органа с гражданами»',
      'Overall score of the block "Interaction of the state body with citizens"',
    ),
    ref: { paragraph: 'p.114', appendix: 'App 19' },
    max: { [CENTRAL]: 100, [LOCAL]: 100 },
    provenance: { kind: 'reconstructed-medium', formulaId: 'F004-114', decision: 'D4' },
    formula: overallFormula,
    children: [direction1, direction2, direction3],
  },
};
