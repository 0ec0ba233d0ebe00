// The act (seed 000, spec seed-000 §1): joint order of the Agency for Civil Service Affairs (9 Jan
// 2013 No. 06-7/2) and the acting Minister of Transport and Communications (10 Jan 2013 No. 22),
// registered 14 Jan 2013 No. 8260; the Methodology set out anew in 2014; repealed in November 2014
// except order p.3 (which keeps the 2012 methodologies repealed).
import { L } from '../../engine/build.js';
import type { ActIdentity, BodyKindDecl, HistoryEntry, Labels } from '../../engine/types.js';
import { CENTRAL, LOCAL } from './common.js';

export const act: ActIdentity = {
  title: L(
    'Мемлекеттiк көрсетілетін қызметтердің сапасын бағалау әдiстемесi',
    'Методика оценки качества государственных услуг',
    'Methodology for assessing the quality of public services',
  ),
  issuers: [
    L(
      'Қазақстан Республикасы Мемлекеттік қызмет істері агенттігінің Төрағасы',
      'Председатель Агентства Республики Казахстан по делам государственной службы',
      'Chairman of the Agency of the RK for Civil Service Affairs',
    ),
    L(
      'Қазақстан Республикасы Көлік және коммуникация министрінің міндетін атқарушы',
      'Исполняющий обязанности Министра транспорта и коммуникаций Республики Казахстан',
      'Acting Minister of Transport and Communications of the RK',
    ),
  ],
  number: '№ 06-7/2 (09.01.2013), № 22 (10.01.2013)',
  date: '2013-01-10',
  registration: { number: '8260', date: '2013-01-14' },
};

/** Title of the approving order (the 2014 wording renamed the Methodology itself; A-5). */
export const orderTitle: Labels = L(
  'Мемлекеттiк қызметтер көрсетудің сапасын бағалау әдiстемесiн бекіту туралы',
  'Об утверждении Методики оценки качества оказания государственных услуг',
  'On approval of the Methodology for assessing the quality of rendering public services',
);

export const history: HistoryEntry[] = [
  {
    date: '2013-01-10',
    event: 'adopted',
    by: L(
      'Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі Төрағасының 2013 жылғы 9 қаңтардағы № 06-7/2 және Қазақстан Республикасы Көлік және коммуникация министрінің м.а. 2013 жылғы 10 қаңтардағы № 22 бірлескен бұйрығы',
      'Совместный приказ Председателя Агентства Республики Казахстан по делам государственной службы от 9 января 2013 года № 06-7/2 и исполняющего обязанности Министра транспорта и коммуникаций Республики Казахстан от 10 января 2013 года № 22',
      'Joint order Agency No. 06-7/2 (09.01.2013), MTC No. 22 (10.01.2013)',
    ),
    note: L(
      'Бірлескен бұйрыққа қол қойылды; Әдістеменің бастапқы редакциясы (мәтіні тұқымда жоқ)',
      'Подписан совместный приказ; первоначальная редакция Методики (текст в источнике отсутствует)',
      'Joint order signed; original wording of the Methodology (its text is not in the seed)',
    ),
  },
  {
    date: '2013-01-14',
    event: 'in-force',
    by: L(
      'Қазақстан Республикасының Әділет министрлігінде 2013 жылы 14 қаңтарда № 8260 тіркелді',
      'Зарегистрирован в Министерстве юстиции Республики Казахстан 14 января 2013 года № 8260',
      'Registered by the Ministry of Justice, No. 8260',
    ),
    paragraphs: ['Order p.5'],
    note: L(
      'Әділет министрлігінде мемлекеттік тіркелген күннен бастап күшіне енеді (бұйрықтың 5-тармағы); 2012 жылғы № 7385 және № 7654 бұйрықтардың күші жойылды (3-тармақ)',
      'Вступает в силу со дня государственной регистрации в Министерстве юстиции (п. 5 приказа); приказы 2012 года № 7385 и № 7654 признаны утратившими силу (п. 3)',
      'In force from state registration at the Ministry of Justice (order p.5); the 2012 orders reg. No. 7385 and No. 7654 repealed (order p.3)',
    ),
  },
  {
    date: '2014-02-24',
    event: 'amended',
    by: L(
      'ҚР Мемлекеттік қызмет істері агенттігі төрағасының 18.02.2014 № 04-2-4/33 және ҚР Көлік және коммуникация министрінің 24.02.2014 № 149 бірлескен бұйрығы',
      'Совместный приказ Председателя Агентства РК по делам государственной службы от 18.02.2014 № 04-2-4/33 и Министра транспорта и коммуникаций РК от 24.02.2014 № 149',
      'Joint order Agency No. 04-2-4/33 (18.02.2014), MTC No. 149 (24.02.2014)',
    ),
    note: L(
      'Әдістеме жаңа редакцияда; осы басылым — сол редакция (тіркеу күні мәтінде жоқ, кейінгі қол қою күні алынды)',
      'Методика в новой редакции; настоящая редакция — эта (дата регистрации в тексте не указана, взята дата последней подписи)',
      'Methodology set out anew; this edition is that wording (the text gives no registration date: the later signature date is used)',
    ),
  },
  {
    date: '2014-11-27',
    event: 'repealed',
    by: L(
      'ҚР Мемлекеттік қызмет істері және сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі Төрағасының 27.11.2014 № 38 және Қазақстан Республикасы Инвестициялар және даму министрінің 25.11.2014 № 181 бірлескен бұйрығы',
      'Совместный приказ Председателя Агентства РК по делам государственной службы и противодействию коррупции от 27.11.2014 № 38 и Министра по инвестициям и развитию Республики Казахстан от 25.11.2014 № 181',
      'Joint order Agency for Civil Service Affairs and Anti-Corruption No. 38 (27.11.2014), Minister for Investments and Development No. 181 (25.11.2014)',
    ),
    paragraphs: ['Order p.1', 'Order p.2', 'Order p.4', 'Order p.5'],
    note: L(
      '3-тармақты қоспағанда, бұйрықтың күші жойылды (3-тармақ 2012 жылғы бұйрықтардың күшін жоюды сақтайды)',
      'Приказ утратил силу, за исключением пункта 3 (который сохраняет отмену приказов 2012 года)',
      'The order lost force except p.3 (which keeps the 2012 orders repealed); the Methodology is historical and applies to reporting year 2013',
    ),
  },
];

export const bodyKinds: BodyKindDecl[] = [
  {
    id: CENTRAL,
    label: L('Орталық мемлекеттік орган', 'Центральный государственный орган', 'Central state body'),
  },
  {
    id: LOCAL,
    label: L(
      'Облыстың, республикалық маңызы бар қаланың, астананың жергілікті атқарушы органы',
      'Местный исполнительный орган области, города республиканского значения, столицы',
      'Local executive body of an oblast, the city of republican significance or the capital',
    ),
  },
];

/**
 * Who assesses each criterion (§9, §12, §13; spec seed-000 §2.3). The Agency's own services are
 * assessed by the Presidential Administration; the Ministry's K4/K7 by the Office of the Prime Minister.
 */
export const assessors: { criteria: string[]; assessor: Labels; ref: string }[] = [
  {
    criteria: ['K1', 'K2', 'K3', 'K5', 'K6.P1', 'M1', 'M2', 'M3.P1'],
    assessor: L(
      'Қазақстан Республикасының Мемлекеттік қызмет істері агенттігі',
      'Агентство Республики Казахстан по делам государственной службы',
      'Agency of the RK for Civil Service Affairs',
    ),
    ref: '§9 para 1',
  },
  {
    criteria: ['K4', 'K7', 'M4', 'K6.P2', 'M3.P2'],
    assessor: L(
      'Қазақстан Республикасының Көлік және коммуникация министрлігі',
      'Министерство транспорта и коммуникаций Республики Казахстан',
      'Ministry of Transport and Communications of the RK',
    ),
    ref: '§9 para 2; App 5',
  },
  {
    criteria: ['all criteria of the Agency itself'],
    assessor: L('Қазақстан Республикасы Президентінің Әкімшілігі', 'Администрация Президента Республики Казахстан', 'Administration of the President of the RK'),
    ref: '§9 para 3',
  },
  {
    criteria: ['K4 and K7 of the Ministry itself'],
    assessor: L('Қазақстан Республикасы Премьер-Министрінің Кеңсесі', 'Канцелярия Премьер-Министра Республики Казахстан', 'Office of the Prime Minister of the RK'),
    ref: '§9 para 4',
  },
];
