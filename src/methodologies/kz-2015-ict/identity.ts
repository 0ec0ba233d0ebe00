// The act: order No. 1279 of 30.12.2015 of the acting Minister for Investments and Development approving
// the "Methodology for assessing the effectiveness of state bodies' activity on the use of ICT"
// (reg. No. 12961 of 01.02.2016), amended in 2021 and 2022, repealed from 22.07.2024 (seed 002).
import { L } from '../../engine/build.js';
import type { ActIdentity, HistoryEntry } from '../../engine/types.js';

export const act: ActIdentity = {
  title: L(
    'Мемлекеттік органдардың ақпараттық-коммуникациялық технологияларды қолдану жөніндегі қызметінің тиімділігін бағалау әдістемесі',
    'Методика оценки эффективности деятельности государственных органов по применению информационно-коммуникационных технологий',
    'Methodology for assessing the effectiveness of state bodies’ activity on the use of information and communication technologies',
  ),
  issuers: [
    L('Қазақстан Республикасы Инвестициялар және даму министрінің міндетін атқарушы (Ж. Қасымбек)', 'Исполняющий обязанности Министра по инвестициям и развитию Республики Казахстан (Ж. Касымбек)', 'Acting Minister for Investments and Development of the RK (Zh. Kasymbek)'),
  ],
  number: '№ 1279',
  date: '2015-12-30',
  registration: { number: '12961', date: '2016-02-01' },
};

export const REPEALED_FROM = '2024-07-22';

export const history: HistoryEntry[] = [
  {
    date: '2015-12-30',
    event: 'adopted',
    by: L(
      'Қазақстан Республикасы Инвестициялар және даму министрінің м.а. 2015 жылғы 30 желтоқсандағы № 1279 бұйрығы',
      'Приказ исполняющего обязанности Министра по инвестициям и развитию Республики Казахстан от 30 декабря 2015 года № 1279',
      'Order of the acting Minister for Investments and Development No. 1279',
    ),
    note: L('Бұйрық қабылданды; Әдістеме бекітілді', 'Приказ принят; Методика утверждена', 'Order signed; Methodology approved'),
  },
  {
    date: '2016-02-01',
    event: 'in-force',
    note: L(
      'Әділет министрлігінде № 12961 болып тіркелді; алғашқы ресми жарияланғаннан кейін он күнтізбелік күн өткен соң қолданысқа енгізіледі (жариялану күні мәтінде жоқ — тіркеу күні алынды)',
      'Зарегистрирован в Минюсте № 12961; вводится в действие по истечении десяти календарных дней после первого официального опубликования (дата опубликования в тексте отсутствует — взята дата регистрации)',
      'Registered with the Ministry of Justice, No. 12961; in force ten calendar days after first official publication (the publication date is not in the text — the registration date is used)',
    ),
  },
  {
    date: '2021-06-15',
    event: 'amended',
    by: L(
      'ҚР Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрінің 15.06.2021 № 210/НҚ бұйрығы',
      'Приказ Министра цифрового развития, инноваций и аэрокосмической промышленности РК от 15.06.2021 № 210/НҚ',
      'Order of the Minister of Digital Development, Innovations and Aerospace Industry No. 210/НҚ of 15.06.2021',
    ),
    paragraphs: ['App 8'],
    note: L(
      '8-қосымшаға өзгеріс енгізілді (алғашқы ресми жарияланған күнінен кейін он күнтізбелік күн өткен соң; күн — бұйрық күні). Бұрынғы мәтін тұқым файлында жоқ',
      'Внесены изменения в приложение 8 (по истечении десяти календарных дней после опубликования; дата — дата приказа). Прежний текст в исходном файле отсутствует',
      'Appendix 8 amended (in force ten days after publication; the order’s date is shown). The earlier wording is not in the seed',
    ),
  },
  {
    date: '2022-08-27',
    event: 'amended',
    by: L(
      'ҚР Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрінің м.а. 27.08.2022 № 297/НҚ бұйрығы',
      'Приказ исполняющего обязанности Министра цифрового развития, инноваций и аэрокосмической промышленности РК от 27.08.2022 № 297/НҚ',
      'Order of the acting Minister of Digital Development, Innovations and Aerospace Industry No. 297/НҚ of 27.08.2022',
    ),
    paragraphs: ['¶2', 'App 5', 'App 8'],
    note: L(
      '2-тармақ алып тасталды; 5 және 8-қосымшаларға өзгерістер енгізілді (алғашқы ресми жарияланған күнінен кейін он күнтізбелік күн өткен соң). Бұрынғы мәтін тұқым файлында жоқ',
      'Пункт 2 исключён; внесены изменения в приложения 5 и 8 (по истечении десяти календарных дней после опубликования). Прежний текст в исходном файле отсутствует',
      '¶2 deleted; Appendices 5 and 8 amended (in force ten days after publication). The earlier wording is not in the seed',
    ),
  },
  {
    date: REPEALED_FROM,
    event: 'repealed',
    by: L(
      'Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрінің 2024 жылғы 12 шілдедегі № 420/НҚ бұйрығы',
      'Приказ Министра цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан от 12 июля 2024 года № 420/НҚ',
      'Order of the Minister of Digital Development, Innovations and Aerospace Industry No. 420/НҚ of 12.07.2024',
    ),
    note: L('Күші жойылды (22.07.2024 бастап)', 'Утратил силу (с 22.07.2024)', 'Repealed (from 22.07.2024)'),
  },
];
