// Identity and history of the joint order: Agency for Civil Service Affairs No. 102 and Ministry of
// National Economy No. 57, both of 4 May 2023, registered by the Ministry of Justice on 5 May 2023
// under No. 32439 (seed header; spec §1). The appendices cite only No. 102 (A1).
import { L } from '../../engine/build.js';
import type { ActIdentity, HistoryEntry } from '../../engine/types.js';

export const ACT: ActIdentity = {
  title: L(
    'Мемлекеттік қызметтер көрсету саласындағы заңнаманың сақталуы бойынша тәуекел дәрежесін бағалау критерийлерін және тексеру парағын бекіту туралы',
    'Об утверждении критериев оценки степени риска по соблюдению законодательства в сфере оказания государственных услуг и проверочного листа',
    'On approval of the Criteria for assessing the degree of risk regarding compliance with legislation in the field of provision of public services, and of the Checklist',
  ),
  issuers: [
    L(
      'Қазақстан Республикасының Мемлекеттік қызмет істері агенттігі Төрағасы',
      'Председатель Агентства Республики Казахстан по делам государственной службы',
      'Chairman of the Agency of the Republic of Kazakhstan for Civil Service Affairs',
    ),
    L(
      'Қазақстан Республикасы Ұлттық экономика министрінің м.а.',
      'Исполняющий обязанности Министра национальной экономики Республики Казахстан',
      'Acting Minister of National Economy of the Republic of Kazakhstan',
    ),
  ],
  number: '102 / 57',
  date: '2023-05-04',
  registration: { number: '32439', date: '2023-05-05' },
};

/** Both orders of the joint order, as the header prints them (A1). */
export const ORDERS = [
  { issuer: ACT.issuers[0]!, number: '102', date: '2023-05-04', signatory: 'Д. Жазыкбаев (D. Zhazykbayev)' },
  { issuer: ACT.issuers[1]!, number: '57', date: '2023-05-04', signatory: 'Т. Жаксылыков (T. Zhaksylykov)' },
];

export const HISTORY: readonly HistoryEntry[] = [
  {
    date: '2023-05-04',
    event: 'adopted',
    by: L(
      'Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі Төрағасының 2023 жылғы 4 мамырдағы № 102 және Қазақстан Республикасы Ұлттық экономика министрінің м.а. 2023 жылғы 4 мамырдағы № 57 бірлескен бұйрығы',
      'Совместный приказ Председателя Агентства Республики Казахстан по делам государственной службы от 4 мая 2023 года № 102 и исполняющего обязанности Министра национальной экономики Республики Казахстан от 4 мая 2023 года № 57',
      'Joint order No. 102 (Agency for Civil Service Affairs) and No. 57 (Ministry of National Economy)',
    ),
    note: L(
      'Бірлескен бұйрыққа қол қойылды',
      'Совместный приказ подписан',
      'Joint order signed',
    ),
  },
  {
    date: '2023-05-05',
    event: 'note',
    by: L('Қазақстан Республикасының Әділет министрлігі, тіркеу № 32439', 'Министерство юстиции Республики Казахстан, регистрация № 32439', 'Ministry of Justice, registration No. 32439'),
    note: L(
      'Қазақстан Республикасының Әділет министрлігінде № 32439 болып тіркелді',
      'Зарегистрирован в Министерстве юстиции Республики Казахстан под № 32439',
      'Registered with the Ministry of Justice of the Republic of Kazakhstan under No. 32439',
    ),
  },
  {
    date: '2023-05-05',
    event: 'in-force',
    paragraphs: ['Order p.4'],
    note: L(
      'Алғашқы ресми жарияланған күннен бастап қолданысқа енгізіледі; жариялану күні мәтінде жоқ (тіркелген күн шартты түрде алынды)',
      'Вводится в действие со дня первого официального опубликования; дата опубликования в тексте не указана (условно взята дата регистрации)',
      'In force from the day of first official publication; the publication date is not in the source (the registration date is used as a stand-in)',
    ),
  },
];

/** Status is not determinable from the source (no amendment or repeal notes), spec §1. */
export const EFFECTIVE = {
  from: '2023-05-05',
  note: L(
    'Өзгерістер мен күшін жою туралы белгілер мәтінде жоқ',
    'Сведений об изменениях и отмене в тексте нет',
    'The text carries no amendment or repeal notes',
  ),
};
