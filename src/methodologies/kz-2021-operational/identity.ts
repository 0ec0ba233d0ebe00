// The act: the 2021 joint order approving the "Methodology for the operational assessment of the
// interaction of a state body with individuals and legal entities" (reg. No. 22599), as amended by the
// joint order of 14–21 July 2023 (reg. No. 33140, seed 003). Only the 2023 amendment is in the seeds:
// it gives the new wording of p.49, p.52 and p.114 and nothing else of the 2021 act.
import { L } from '../../engine/build.js';
import type { ActIdentity, HistoryEntry } from '../../engine/types.js';

export const act: ActIdentity = {
  title: L(
    'Мемлекеттік органның жеке және заңды тұлғалармен өзара іс-қимылын операциялық бағалау әдістемесі',
    'Методика операционной оценки взаимодействия государственного органа с физическими и юридическими лицами',
    'Methodology for the operational assessment of the interaction of a state body with individuals and legal entities',
  ),
  issuers: [
    L('Қазақстан Республикасы Мемлекеттік қызмет істері агенттігінің Төрағасы', 'Председатель Агентства Республики Казахстан по делам государственной службы', 'Chairman of the Agency of the RK for Civil Service Affairs'),
    L(
      'Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрі',
      'Министр цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан',
      'Minister of Digital Development, Innovations and Aerospace Industry of the RK',
    ),
    L(
      'Қазақстан Республикасы Бас прокуратурасының Құқықтық статистика және арнайы есепке алу жөніндегі комитетінің Төрағасы',
      'Председатель Комитета по правовой статистике и специальным учетам Генеральной прокуратуры Республики Казахстан',
      'Chairman of the Committee on Legal Statistics and Special Records of the General Prosecutor’s Office of the RK',
    ),
    L('Қазақстан Республикасының Ақпарат және қоғамдық даму министрі', 'Министр информации и общественного развития Республики Казахстан', 'Minister of Information and Social Development of the RK'),
  ],
  number: '№ 66 (19.04.2021), № 138/НҚ (19.04.2021), № 4 (20.04.2021), № 133 (20.04.2021)',
  date: '2021-04-20',
  // The registration date of No. 22599 is not in the seed; only its number is quoted by the amendment.
};

/** The amending joint order of 2023 (seed 003). */
export const AMENDMENT_2023 =
  'Joint order Agency No. 153 (14.07.2023), Committee No. 97 о/д (14.07.2023), MDDIAI No. 270/НҚ (17.07.2023), MISD No. 289-НҚ (21.07.2023); reg. No. 33140 of 24.07.2023';

/**
 * The amendment "enters into force from the day of its first official publication" (its p.4); the
 * publication date is not in the seed, so the registration date (24.07.2023) is used, as elsewhere in tiimdi.
 */
export const AMENDMENT_2023_IN_FORCE = '2023-07-24';

export const history: HistoryEntry[] = [
  {
    date: '2021-04-20',
    event: 'adopted',
    by: 'Joint order Agency No. 66 (19.04.2021), MDDIAI No. 138/НҚ (19.04.2021), Committee No. 4 (20.04.2021), MISD No. 133 (20.04.2021); reg. No. 22599',
    note: L(
      'Әдістеме бекітілді (күні — соңғы қол қойылған күн; тіркеу күні мәтінде жоқ). Бастапқы мәтін тұқым файлдарында жоқ',
      'Методика утверждена (дата — дата последней подписи; дата регистрации в тексте отсутствует). Первоначальный текст в исходных файлах отсутствует',
      'Methodology approved (date = last signature; the registration date is not in the text). The original text is not in the seeds',
    ),
  },
  {
    date: AMENDMENT_2023_IN_FORCE,
    event: 'amended',
    by: AMENDMENT_2023,
    paragraphs: ['p.49', 'p.52', 'p.114'],
    note: L(
      '49, 52 және 114-тармақтар жаңа редакцияда жазылды; алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі (жариялану күні мәтінде жоқ — тіркеу күні алынды)',
      'Пункты 49, 52 и 114 изложены в новой редакции; вводится в действие со дня первого официального опубликования (дата опубликования в тексте отсутствует — взята дата регистрации)',
      'Paragraphs 49, 52 and 114 set out in a new wording; in force from first official publication (the publication date is not in the text — the registration date is used)',
    ),
  },
];
