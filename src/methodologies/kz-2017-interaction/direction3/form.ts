// The data the Committee on Legal Statistics and Special Accounts collects for direction 3
// (p.102–103): complaints and applications of individuals and legal entities received by the
// assessed body and considered in the reporting period, from the AIS "Unified record of appeals",
// statistical form No. 1-ОЛ, the AIS "Unified Unified Statistical System", court decisions in force
// and inspection results. The act defines separate symbols per criterion (f, p; a, c, b; s, c, d),
// so each is its own field; the three "total considered" counts (p, b, d) normally coincide.
import { L } from '../../../engine/build.js';
import type { FormDecl } from '../../../engine/types.js';
import { unit } from '../../vocabulary.js';

export const APP17_FORM = 'App17';

export const app17Form: FormDecl = {
  id: APP17_FORM,
  label: L(
    'Жеке және заңды тұлғалардың шағымдары мен өтініштерін қарау деректері (17-қосымша өлшемшарттары бойынша)',
    'Сведения о рассмотрении жалоб и заявлений физических и юридических лиц (по критериям приложения 17)',
    'Data on the consideration of complaints and applications of individuals and legal entities (criteria of App 17)',
  ),
  ref: { paragraph: 'p.102–112', appendix: 'App 17' },
  filledBy: L(
    'Құқықтық статистика және арнайы есепке алу жөніндегі комитет',
    'Комитет по правовой статистике и специальным учетам',
    'Committee on Legal Statistics and Special Accounts',
  ),
  fields: [
    // p.108 (R1/M1)
    {
      name: 'p_considered',
      label: L(
        'p — мемлекеттік орган қараған жеке және заңды тұлғалардың шағымдары мен өтініштерінің жалпы саны',
        'p – общее количество жалоб и заявлений физических и юридических лиц, рассмотренных оцениваемым государственным органом',
        'p — total complaints and applications of individuals and legal entities considered by the body',
      ),
      type: 'integer',
      ...unit('complaints and applications'),
      ref: { paragraph: 'p.108' },
    },
    {
      name: 'f_late',
      label: L(
        'f — белгіленген мерзімдерді бұза отырып қаралған шағымдар мен өтініштер саны',
        'f – количество жалоб и заявлений физических и юридических лиц, рассмотренных оцениваемым государственным органом с нарушением установленных сроков',
        'f — complaints and applications considered in breach of the established deadlines',
      ),
      type: 'integer',
      ...unit('complaints and applications'),
      partOf: 'p_considered',
      ref: { paragraph: 'p.108' },
    },
    // p.110 (R2/M2)
    {
      name: 'b_considered',
      label: L(
        'b — мемлекеттік орган қараған жеке және заңды тұлғалардың шағымдары мен өтініштерінің жалпы саны',
        'b – общее количество жалоб и заявлений физических и юридических лиц, рассмотренных государственным органом',
        'b — total complaints and applications considered by the body',
      ),
      type: 'integer',
      ...unit('complaints and applications'),
      ref: { paragraph: 'p.110' },
    },
    {
      name: 'a_court',
      label: L(
        'a — сот шешімімен негізді деп танылған шағымдар мен өтініштер саны',
        'a – количество жалоб и заявлений физических и юридических лиц, признанных обоснованными по решению суда',
        'a — complaints and applications found justified by a court decision',
      ),
      type: 'integer',
      ...unit('complaints and applications'),
      partOf: 'b_considered',
      ref: { paragraph: 'p.110' },
    },
    {
      name: 'c_higher',
      label: L(
        'c — жоғары тұрған орган қанағаттандырған, оның ішінде ведомстволық бағынысты органдар бас тартқан шағымдар мен өтініштер саны',
        'с – количество жалоб и заявлений физических и юридических лиц, удовлетворенных вышестоящим органом, в том числе по которым было отказано подведомственными органами',
        'c — complaints and applications satisfied by a higher body, including those refused by subordinate bodies',
      ),
      type: 'integer',
      ...unit('complaints and applications'),
      partOf: 'b_considered',
      ref: { paragraph: 'p.110' },
    },
    // p.112 (R3/M3)
    {
      name: 'd_considered',
      label: L(
        'd — қаралған жеке және заңды тұлғалардың шағымдары мен өтініштерінің жалпы саны',
        'd – общее количество рассмотренных жалоб и заявлений физических и юридических лиц',
        'd — total complaints and applications considered',
      ),
      type: 'integer',
      ...unit('complaints and applications'),
      ref: { paragraph: 'p.112' },
    },
    {
      name: 's_satisfied',
      label: L(
        's — қанағаттандырылған жеке және заңды тұлғалардың шағымдары мен өтініштерінің саны',
        's – количество удовлетворенных жалоб и заявлений физических и юридических лиц',
        's — complaints and applications satisfied',
      ),
      type: 'integer',
      ...unit('complaints and applications'),
      partOf: 'd_considered',
      ref: { paragraph: 'p.112' },
    },
    {
      name: 'c_explained',
      label: L(
        'c — түсініктеме берілген жеке және заңды тұлғалардың шағымдары мен өтініштерінің саны',
        'c – количество жалоб и заявлений физических и юридических лиц, по которым даны разъяснения',
        'c — complaints and applications answered with an explanation',
      ),
      type: 'integer',
      ...unit('complaints and applications'),
      partOf: 'd_considered',
      ref: { paragraph: 'p.112' },
    },
  ],
  constraints: [
    {
      rule: 's_satisfied + c_explained <= d_considered',
      fields: ['s_satisfied', 'c_explained', 'd_considered'],
      message: L(
        'Қанағаттандырылған және түсініктеме берілген шағымдар мен өтініштердің сомасы қаралғандардың жалпы санынан аспауы тиіс',
        'Сумма удовлетворенных жалоб и заявлений и жалоб и заявлений, по которым даны разъяснения, не может превышать общее количество рассмотренных',
        'Satisfied plus explained complaints and applications cannot exceed those considered',
      ),
    },
  ],
};
