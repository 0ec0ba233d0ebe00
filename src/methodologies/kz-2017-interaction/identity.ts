// The act: the 2017 "Methodology for assessing the interaction of a government body with citizens",
// in the new wording set out by the joint order of 23–24 November 2017 (seed 004; spec seed-004a §1).
import { L } from '../../engine/build.js';
import type { ActIdentity, HistoryEntry } from '../../engine/types.js';

export const act: ActIdentity = {
  title: L(
    'Мемлекеттік органның азаматтармен өзара іс-қимылын бағалау әдістемесі',
    'Методика оценки взаимодействия государственного органа с гражданами',
    'Methodology for assessing the interaction of a government body with citizens',
  ),
  issuers: [
    L(
      'Қазақстан Республикасы Мемлекеттік қызмет істері және сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің Төрағасы',
      'Председатель Агентства Республики Казахстан по делам государственной службы и противодействию коррупции',
      'Chairman of the Agency of the RK for Civil Service Affairs and Anti-Corruption',
    ),
    L('Қазақстан Республикасының Ақпарат және коммуникациялар министрі', 'Министр информации и коммуникаций Республики Казахстан', 'Minister of Information and Communications of the RK'),
    L(
      'Қазақстан Республикасы Бас прокуратурасының Құқықтық статистика және арнайы есепке алу жөніндегі комитетінің Төрағасы',
      'Председатель Комитета по правовой статистике и специальным учетам Генеральной прокуратуры Республики Казахстан',
      'Chairman of the Committee on Legal Statistics and Special Records of the General Prosecutor’s Office of the RK',
    ),
  ],
  number: '№ 229 (23.11.2017), № 414 (24.11.2017), № 93 о/д (24.11.2017)',
  date: '2017-11-24',
  registration: { number: '16160', date: '2017-12-28' },
};

export const history: HistoryEntry[] = [
  {
    date: '2017-02-06',
    event: 'adopted',
    by: 'Joint order MIC No. 45 (06.02.2017), Committee No. 4 о/д (07.02.2017), Agency No. 29 (03.02.2017); reg. No. 14795, published 14.03.2017',
    note: L('Әдістеменің бастапқы редакциясы', 'Первоначальная редакция Методики', 'Original wording of the Methodology'),
  },
  {
    date: '2017-12-28',
    event: 'amended',
    by: 'Joint order Agency No. 229 (23.11.2017), MIC No. 414 (24.11.2017), Committee No. 93 о/д (24.11.2017); reg. No. 16160',
    note: L(
      'Әдістеме жаңа редакцияда жазылды (бұйрықтың 1-тармағы); алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі — жариялану күні мәтінде жоқ, тіркеу күні алынды',
      'Методика изложена в новой редакции (п. 1 приказа); вводится в действие со дня первого официального опубликования — дата опубликования в тексте не указана, взята дата регистрации',
      'Methodology set out in a new wording (order p.1); in force from first official publication — the text gives no publication date, the registration date is used',
    ),
  },
  {
    date: '2020-03-05',
    event: 'repealed',
    by: 'Joint order Agency No. 43 (03.03.2020), Committee No. 37 (03.03.2020), MDDIAI No. 86/НҚ (05.03.2020)',
    note: L(
      'Күші жойылды; жоюшы бұйрық алғашқы ресми жарияланған күнінен бастап қолданысқа енеді (күні мәтінде жоқ)',
      'Утратила силу; отменяющий приказ вводится в действие со дня первого официального опубликования (дата в тексте не указана)',
      'Repealed; the repealing order takes effect on first official publication (date not in the text): the date of its last signature is used',
    ),
  },
];
