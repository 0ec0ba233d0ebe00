// Criteria p.7: the five information sources of the subjective criteria; the appendix's section
// headings (kk) give each its rows. S1 = rows 1–19 (the checklist rows), S2 = 20–21, S3 = 22–26,
// S4 = 27–32, S5 = 33–35.
import { L } from '../../engine/build.js';
import type { SourceDecl } from '../../risk/model.js';

export const SOURCES: readonly SourceDecl[] = [
  {
    id: 'S1',
    ref: { paragraph: 'p.7(1)', appendix: 'Crit-App', row: '1–19' },
    label: L(
      'Мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органның алдыңғы тексерулері мен профилактикалық бақылау нәтижелері',
      'Результаты предыдущих проверок и профилактического контроля уполномоченного органа по оценке и контролю за качеством оказания государственных услуг',
      'Results of previous inspections and preventive control by the authorized body for assessment and control of the quality of public services',
    ),
  },
  {
    id: 'S2',
    ref: { paragraph: 'p.7(2)', appendix: 'Crit-App', row: '20–21' },
    label: L(
      'Мемлекеттік көрсетілетін қызметтер сапасына жеке және/немесе заңды тұлғалардан түскен негізді шағымдардың және өтініштердің болуы',
      'Наличие обоснованных жалоб и заявлений физических и (или) юридических лиц на качество государственных услуг',
      'Justified complaints and applications from individuals and/or legal entities concerning the quality of public services',
    ),
  },
  {
    id: 'S3',
    ref: { paragraph: 'p.7(3)', appendix: 'Crit-App', row: '22–26' },
    label: L(
      'Бақылау субъектілермен ұсынылатын, сондай-ақ мемлекеттік органдардың ақпараттық жүйелерінен алынатын есептер мен мәліметтерге жүргізілетін мониторинг нәтижесі',
      'Результаты мониторинга отчетности и сведений, представляемых субъектами контроля и получаемых из информационных систем государственных органов',
      'Monitoring of reports and information submitted by control subjects and obtained from state information systems',
    ),
  },
  {
    id: 'S4',
    ref: { paragraph: 'p.7(4)', appendix: 'Crit-App', row: '27–32' },
    label: L(
      'Мемлекеттік органдардың ресми интернет-ресурстарын, бұқаралық ақпарат құралдарын талдау',
      'Анализ официальных интернет-ресурсов государственных органов и средств массовой информации',
      'Analysis of official internet resources of state bodies and of mass media',
    ),
  },
  {
    id: 'S5',
    ref: { paragraph: 'p.7(5)', appendix: 'Crit-App', row: '33–35' },
    label: L(
      'Уәкілетті органдар және ұйымдармен сұрату бойынша ұсынылатын мәліметтер, есептік ақпараттар, мемлекеттік қызметтер көрсету сапасының қоғамдық мониторингінің талдау нәтижелері',
      'Сведения и отчетные данные, представляемые по запросу уполномоченными органами и организациями, результаты анализа общественного мониторинга качества оказания государственных услуг',
      'Information and reporting data provided on request by authorized bodies and organizations; results of public monitoring of the quality of public services',
    ),
  },
];
