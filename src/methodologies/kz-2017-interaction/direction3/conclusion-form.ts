// App 18 (p.106): the Committee's conclusion on direction 3. A plain description of what the form
// shows, for the conclusion printer: its rows are node values of the evaluated body. The form has
// no "penalty deduction" row (seed-004b A-25): the total shown is D3 after the p.12–15 deduction,
// and the deduction (node D3.PEN) goes into the "conclusions and recommendations" text (p.16).
import { L } from '../../../engine/build.js';
import type { ConclusionFormData } from '../../../engine/conclusion.js';

export type { ConclusionFormData, ConclusionRow } from '../../../engine/conclusion.js';

export const app18Conclusion: ConclusionFormData = {
  id: 'App18',
  title: L(
    '«Жеке және заңды тұлғалардың шағымдары мен өтініштерін қарау сапасы» бағыты бойынша бағалау нәтижелері туралы қорытынды',
    'Заключение о результатах оценки по направлению "Качество рассмотрения жалоб и заявлений физических и юридических лиц"',
    'Conclusion on the results of the assessment in the direction "Quality of consideration of complaints and applications of individuals and legal entities"',
  ),
  ref: { paragraph: 'p.106', appendix: 'App 18' },
  preparedBy: L(
    'Құқықтық статистика және арнайы есепке алу жөніндегі комитет',
    'Комитет по правовой статистике и специальным учетам',
    'Committee on Legal Statistics and Special Accounts',
  ),
  columns: [L('р/с №', '№ п/п', 'No.'), L('Бағалау өлшемшарттары', 'Критерии оценки', 'Assessment criteria'), L('Балдар', 'Баллы', 'Points')],
  rows: [
    { no: '1', label: L('Шағымдар мен өтініштерді қарау мерзімдерін сақтау', 'Соблюдение сроков рассмотрения жалоб и заявлений', 'Compliance with the deadlines for considering complaints and applications'), node: 'D3.R1' },
    {
      no: '2',
      label: L(
        'Сот шешімімен және жоғары тұрған органмен негізді деп танылған шағымдар мен өтініштердің үлесі',
        'Доля жалоб и заявлений, признанных обоснованными по решению суда и вышестоящим органом',
        'Share of complaints and applications found justified by a court decision and by a higher body',
      ),
      node: 'D3.R2',
    },
    { no: '3', label: L('Қанағаттандырылған шағымдар мен өтініштердің үлесі', 'Доля удовлетворенных жалоб и заявлений', 'Share of satisfied complaints and applications'), node: 'D3.R3' },
    { no: '', label: L('Жалпы баға', 'Общая оценка', 'Total score'), node: 'D3' },
  ],
  analysis: [
    L('«Шағымдар мен өтініштерді қарау мерзімдерін сақтау» өлшемшарты бойынша', 'По критерию "Соблюдение сроков рассмотрения жалоб и заявлений"', 'On the criterion "Compliance with the deadlines for considering complaints and applications"'),
    L(
      '«Сот шешімімен және жоғары тұрған органмен негізді деп танылған шағымдар мен өтініштердің үлесі» өлшемшарты бойынша',
      'По критерию "Доля жалоб и заявлений, признанных обоснованными по решению суда и вышестоящим органом"',
      'On the criterion "Share of complaints and applications found justified by a court decision and by a higher body"',
    ),
    L('«Қанағаттандырылған шағымдар мен өтініштердің үлесі» өлшемшарты бойынша', 'По критерию "Доля удовлетворенных жалоб и заявлений"', 'On the criterion "Share of satisfied complaints and applications"'),
  ],
  conclusionsNodes: ['D3.SUM', 'D3.PEN'],
  signatures: [L('Уәкілетті органның басшысы', 'Руководитель Уполномоченного органа', 'Head of the authorised body')],
};
