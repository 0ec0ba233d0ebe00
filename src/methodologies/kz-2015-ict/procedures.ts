// Chapters 6–8 of the act as data for the service's workflows: re-verification (¶91–102), the treatment
// of reorganised and liquidated bodies (¶103–105) and appeals (¶106–112). None of them changes a formula;
// they decide who is scored, on which data, and by when.
import { L } from '../../engine/build.js';
import type { Labels } from '../../engine/types.js';

export interface Deadline {
  paragraph: string;
  what: Labels;
  /** Counted from this event. */
  from: Labels;
  days: number;
  unit: 'working' | 'calendar';
}

export const deadlines: readonly Deadline[] = [
  {
    paragraph: '¶93',
    what: L('Сервистік интегратордың ОМО/ЖАО-да қайта тексеру іс-шаралары', 'Мероприятия сервисного интегратора по перепроверке в ЦГО/МИО', 'On-site re-verification by the service integrator'),
    from: L('101-тармақ бойынша шағым қаралғаннан кейін', 'после рассмотрения жалобы по пункту 101', 'after the complaint is considered under ¶101'),
    days: 21,
    unit: 'calendar',
  },
  {
    paragraph: '¶106',
    what: L('Бағаланатын органның наразылығы (растайтын құжаттарымен)', 'Возражение оцениваемого органа (с подтверждающими документами)', 'Objection of the assessed body, with supporting documents'),
    from: L('бағалау нәтижелерін алған сәттен бастап', 'с момента получения результатов оценки', 'from receipt of the results'),
    days: 5,
    unit: 'working',
  },
  {
    paragraph: '¶107',
    what: L('Қарсылық жоқ екені туралы хабарлама; мерзім өткен соң қарсылық қабылданбайды', 'Уведомление об отсутствии возражений; по истечении срока возражения не принимаются', 'Notice of no objection; objections are refused after the deadline'),
    from: L('бағалау нәтижелерін алған сәттен бастап', 'с момента получения результатов оценки', 'from receipt of the results'),
    days: 5,
    unit: 'working',
  },
  {
    paragraph: '¶109',
    what: L('Келіспеушіліктер кестесін (10-қосымша) қалыптастыру және Арнайы комиссияға енгізу', 'Формирование таблицы разногласий (приложение 10) и внесение в Специальную комиссию', 'Table of disagreements (App 10) formed and submitted to the Special Commission'),
    from: L('қарсылықтарды Сараптамалық комиссияның жұмыс органынан алған сәттен бастап', 'с момента получения возражений от рабочего органа Экспертной комиссии', 'from receipt of the objections from the Expert Commission’s working body'),
    days: 5,
    unit: 'working',
  },
  {
    paragraph: '¶112',
    what: L('Қарсылықтарды қабылдау не қабылдамау туралы негізделген қорытынды (қабылданса — түзетілген қорытынды)', 'Мотивированное заключение о принятии или непринятии возражений (при принятии — скорректированное заключение)', 'Reasoned conclusion on the objections (with a corrected conclusion if accepted)'),
    from: L('Сараптамалық комиссиядан алған сәттен бастап', 'с момента получения от Экспертной комиссии', 'from receipt from the Expert Commission'),
    days: 15,
    unit: 'working',
  },
];

/** ¶102, ¶108: the Special Commission at the service integrator. */
export const specialCommission = {
  paragraphs: ['¶102', '¶108'],
  minMembers: 5,
  excluded: L(
    'ОМО және ЖАО-ны бағалауға қатысқан қызметкерлер кірмейді',
    'Сотрудники, участвовавшие в оценке ЦГО и МИО, не входят',
    'Staff who took part in assessing the body may not be members',
  ),
};

export type ReorganisationTreatment = 'merged-into-successor' | 'not-assessed-recommendations-only';

/**
 * ¶103–105: a body reorganised or liquidated in the first half of the assessed year is assessed within
 * its legal successor and counts in the successor's final score; one reorganised in the second half is
 * not assessed, and the analysis of its activity enters the successor's assessment as recommendations
 * only (AMB A-38: 1 January–30 June is the first half).
 */
export function reorganisationTreatment(eventDate: string, assessedYear: number): ReorganisationTreatment {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(eventDate)) throw new Error(`¶103–105: expected a date yyyy-mm-dd, got "${eventDate}"`);
  if (Number(eventDate.slice(0, 4)) !== assessedYear) throw new Error(`¶103–105: the reorganisation (${eventDate}) is not in the assessed year ${assessedYear}`);
  return eventDate <= `${assessedYear}-06-30` ? 'merged-into-successor' : 'not-assessed-recommendations-only';
}

/** App 10 — columns of the "Table of disagreements" formed under ¶109 and signed under ¶111. */
export const disagreementTableColumns: readonly Labels[] = [
  L('р/с №', '№ п/п', 'No.'),
  L('Мемлекеттік органды бағалауға уәкілетті органның қорытындысы', 'Заключение уполномоченного органа по оценке', 'Conclusion of the assessing body'),
  L('Наразылық түрі', 'Вид возражения', 'Type of objection'),
  L('Бағаланатын мемлекеттік органның наразылығы', 'Возражение оцениваемого государственного органа', 'Objection of the assessed body'),
  L('Шағымдану нәтижелері бойынша шешім', 'Решение по итогам обжалования', 'Decision on the appeal'),
  L('Ескертпе', 'Примечание', 'Note'),
];
