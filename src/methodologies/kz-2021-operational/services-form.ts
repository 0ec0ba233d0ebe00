// The counts of public services that p.49 and p.52 (2023 wording) read. The amended paragraphs do not
// say who supplies them (the 2021 act's data-source paragraphs are not in the seeds); the field
// definitions below are the paragraphs' own variable lists, word for word.
import { L } from '../../engine/build.js';
import type { FormDecl } from '../../engine/types.js';
import { unit } from '../vocabulary.js';

export const SERVICES = 'Services';

export const servicesForm: FormDecl = {
  id: SERVICES,
  label: L(
    'Мемлекеттік көрсетілетін қызметтерді автоматтандыру және смартфондандыру деректері (49, 52-тармақтар)',
    'Данные об автоматизации и смартфонизации государственных услуг (пункты 49, 52)',
    'Data on automation and smartphonization of public services (p.49, p.52)',
  ),
  ref: { paragraph: 'p.49, p.52', note: 'wording of the 2023 amendment (reg. No. 33140)' },
  filledBy: L(
    'Операциялық бағалауды жүргізетін орган (дереккөзі түзетілген тармақтарда көрсетілмеген)',
    'Орган, проводящий операционную оценку (источник данных в изменённых пунктах не указан)',
    'The body conducting the operational assessment (the data source is not named in the amended paragraphs)',
  ),
  constraints: [
    {
      rule: 'c + d <= n',
      fields: ['c', 'd', 'n'],
      message: L(
        'Ішінара және толық автоматтандырылған қызметтер бірге қызметтердің жалпы санынан (n) аспауы тиіс',
        'Частично и полностью автоматизированные услуги вместе не могут превышать общее число услуг (n)',
        'Partially plus fully automated services cannot exceed all services (n)',
      ),
    },
  ],
  fields: [
    {
      name: 'n',
      label: L(
        'Мемлекеттік қызметтер көрсету мәселелері жөніндегі ведомствоаралық комиссияның шешімі бойынша "электрондық үкімет" веб-порталы арқылы көрсетілуге жатпайтын қызметтерді қоспағанда, кіші түрлерін қоса алғандағы мемлекеттік көрсетілетін қызметтердің жалпы саны',
        'Общее количество государственных услуг, включая подвиды, за исключением услуг, не подлежащих оказанию через веб-портал «электронного правительства» по решению Межведомственной комиссии по вопросам оказания государственных услуг',
        'Total number of public services including subtypes, excluding those that the Interdepartmental Commission on public services decided are not to be rendered through the e-government web portal',
      ),
      type: 'integer',
      ...unit('services'),
      required: true,
      ref: { paragraph: 'p.49', note: 'symbol n' },
    },
    {
      name: 'c',
      label: L(
        'Кіші түрлерін қоса алғандағы ішінара автоматтандырылған мемлекеттік қызметтер саны',
        'Количество частично автоматизированных государственных услуг, включая подвиды',
        'Number of partially automated public services, including subtypes',
      ),
      type: 'integer',
      ...unit('services'),
      required: true,
      partOf: 'n',
      ref: { paragraph: 'p.49', note: 'symbol c; c + d ≤ n (form constraint)' },
    },
    {
      name: 'd',
      label: L(
        'Кіші түрлерін қоса алғандағы толық автоматтандырылған мемлекеттік қызметтер саны',
        'Количество полностью автоматизированных государственных услуг, включая подвиды',
        'Number of fully automated public services, including subtypes',
      ),
      type: 'integer',
      ...unit('services'),
      required: true,
      partOf: 'n',
      ref: { paragraph: 'p.49', note: 'symbol d' },
    },
    {
      name: 'w',
      label: L(
        'Кіші түрлерін қоса алғандағы мобильдік қосымшаларда қолжетімді мемлекеттік қызметтер саны',
        'Количество государственных услуг, включая подвиды, доступных в мобильных приложениях',
        'Number of public services, including subtypes, available in mobile applications',
      ),
      type: 'integer',
      ...unit('services'),
      ref: { paragraph: 'p.52', note: 'symbol w' },
    },
  ],
};
