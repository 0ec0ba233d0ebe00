// Coefficients of direction 3 as the act states them (p.105, App 17, p.108, p.110, p.112).
// k (central) and m (local) are "coefficients bringing the result to the weight"; they equal the
// App 17 weights, the same for both kinds of body.
import { L } from '../../../engine/build.js';
import type { ParameterDecl } from '../../../engine/types.js';
import { EFFECTIVE_FROM } from '../common.js';
import { unit } from '../../vocabulary.js';

const v = (value: string | number, note?: string) => [{ from: EFFECTIVE_FROM, value, ...(note ? { note } : {}) }];

export const direction3Parameters: Record<string, ParameterDecl> = {
  'd3.r1.k': {
    label: L(
      'k (m) — «Шағымдар мен өтініштерді қарау мерзімдерін сақтау» өлшемшарты бойынша салмақтық мәнге келтіру коэффициенті',
      'k (m) – коэффициент для приведения результатов к весовому значению по критерию "Соблюдение сроков рассмотрения жалоб и заявлений"',
      'k (m) — coefficient bringing "compliance with deadlines" to its weight',
    ),
    ref: { paragraph: 'p.108', appendix: 'App 17', row: '1' },
    ...unit('points'),
    values: v(40),
  },
  'd3.r1.per': {
    label: L(
      'Қаралған 100 шағым мен өтінішке шаққандағы мерзім бұзушылықтардың орташа мәнін анықтауға арналған коэффициент',
      'Коэффициент для определения среднего значения нарушений сроков на 100 рассмотренных жалоб и заявлений',
      'Coefficient giving the average number of deadline violations per 100 considered',
    ),
    ref: { paragraph: 'p.108' },
    values: v(100),
  },
  'd3.r2.k': {
    label: L(
      'k (m) — «Сот шешімімен және жоғары тұрған органмен негізді деп танылған шағымдар мен өтініштердің үлесі» өлшемшарты бойынша коэффициент',
      'k (m) – коэффициент для приведения результатов к весовому значению по критерию "Доля жалоб и заявлений, признанных обоснованными по решению суда и вышестоящим органом"',
      'k (m) — coefficient bringing "share found justified by a court or a higher body" to its weight',
    ),
    ref: { paragraph: 'p.110', appendix: 'App 17', row: '2' },
    ...unit('points'),
    values: v(40),
  },
  // p.110: "coefficient 10 applies if the body considered 10 to 999 complaints and applications; 100 from
  // 1000 to 4999; 1000 from 5000". Below 10 the act is silent: seed-004a AMB-25 / seed-004b A-23 read 10.
  'd3.r2.K': {
    label: L(
      'Қаралған шағымдар мен өтініштер санына қарай коэффициент (10 / 100 / 1000)',
      'Коэффициент в зависимости от количества рассмотренных жалоб и заявлений (10 / 100 / 1000)',
      'Coefficient by the number of complaints and applications considered (10 / 100 / 1000)',
    ),
    ref: { paragraph: 'p.110', note: 'b < 10 is not covered by the text: 10 (seed-004a AMB-25)' },
    values: [
      {
        from: EFFECTIVE_FROM,
        value: [
          { to: 1000, value: 10, label: 'b up to 999 (10–999 in the text; below 10 by AMB-25)' },
          { from: 1000, to: 5000, value: 100, label: '1000–4999' },
          { from: 5000, value: 1000, label: '5000 and more' },
        ],
      },
    ],
  },
  'd3.r3.k': {
    label: L(
      'k (m) — «Қанағаттандырылған шағымдар мен өтініштердің үлесі» өлшемшарты бойынша коэффициент',
      'k (m) – коэффициент для приведения результатов к весовому значению по критерию "Доля удовлетворенных жалоб и заявлений"',
      'k (m) — coefficient bringing "share of satisfied complaints and applications" to its weight',
    ),
    ref: { paragraph: 'p.112', appendix: 'App 17', row: '3' },
    ...unit('points'),
    values: v(20),
  },
  'd3.r3.p': {
    label: L(
      'p — түсіндірме сипатындағы жауаптар бойынша салмақтық мәнге келтіру коэффициенті',
      'p – коэффициент для приведения результатов к весовому значению по ответам разъяснительного характера',
      'p — coefficient for answers of an explanatory nature',
    ),
    ref: { paragraph: 'p.112' },
    ...unit('points'),
    values: v(10),
  },
};
