// Appendix 2: the checklist (тексеру парағы) — title, six header fields (H1–H6, spec §7.2 with
// A31/A49), the four columns, the 19 requirement rows (./checklist-rows.ts) and the signature block.
// The form has no severity column: severity comes from the criterion row of the same number (A30).
import { L } from '../../engine/build.js';
import type { ChecklistDecl } from '../../risk/model.js';
import { CHECKLIST_ROWS } from './checklist-rows.js';

const app2 = { appendix: 'App 2' };

export const CHECKLIST: ChecklistDecl = {
  ref: app2,
  title: L(
    'Қазақстан Республикасының заңнамасына сәйкес мемлекеттік қызметтер көрсететін орталық мемлекеттік органдар, Қазақстан Республикасының шетелдегі мекемелері, облыстардың, республикалық маңызы бар қалалардың, астананың, аудандардың, облыстық маңызы бар қалалардың жергілікті атқарушы органдары, қаладағы аудандардың, аудандық маңызы бар қалалардың, кенттердің, ауылдардың, ауылдық округтердің әкімдері, сондай-ақ жеке және заңды тұлғаларға қатысты мемлекеттік көрсетілетін қызметтер саласындағы тексеру парағы',
    'Проверочный лист в сфере оказания государственных услуг в отношении центральных государственных органов, загранучреждений Республики Казахстан, местных исполнительных органов областей, городов республиканского значения, столицы, районов, городов областного значения, акимов районов в городе, городов районного значения, поселков, сел, сельских округов, а также физических и юридических лиц, оказывающих государственные услуги в соответствии с законодательством Республики Казахстан',
    'Checklist in the field of public services in respect of central state bodies, foreign institutions of the Republic of Kazakhstan, local executive bodies of regions, cities of republican significance, the capital, districts and cities of regional significance, akims of districts in cities, cities of district significance, settlements, villages and rural districts, and individuals and legal entities that provide public services under the legislation of the Republic of Kazakhstan',
  ),
  caption: L(
    'Қазақстан Республикасының Мемлекеттік қызмет істері агенттігі Төрағасының 2023 жылғы 4 мамырдағы № 102 Бірлескен бұйрығына 2-қосымша',
    'Приложение 2 к совместному приказу Председателя Агентства Республики Казахстан по делам государственной службы от 4 мая 2023 года № 102',
    'Appendix 2 to the Joint Order of the Chairman of the Agency of the Republic of Kazakhstan for Civil Service Affairs of 4 May 2023 No. 102',
  ),
  header: [
    {
      id: 'H1',
      kind: 'text',
      ref: { ...app2, note: 'A31' },
      label: L('Мемлекеттік органға қатысты', 'В отношении государственного органа', 'In respect of the state body (name of the state body / group of subjects)'),
    },
    {
      id: 'H2',
      kind: 'text',
      ref: app2,
      label: L(
        'Тексеруді/ бақылау және қадағалау субъектісіне (объектісіне) бару арқылы профилактикалық бақылауды тағайындаған мемлекеттік орган',
        'Государственный орган, назначивший проверку / профилактический контроль с посещением субъекта (объекта) контроля и надзора',
        'State body that assigned the inspection / preventive control with a visit to the subject (object) of control and supervision',
      ),
    },
    {
      id: 'H3',
      kind: 'act',
      ref: { ...app2, note: 'A31: "№, күні" belongs to this field' },
      label: L(
        'Тексеруді/ бақылау және қадағалау субъектісіне (объектісіне) бару арқылы профилактикалық бақылауды тағайындау туралы акт; №, күні',
        'Акт о назначении проверки / профилактического контроля с посещением субъекта (объекта) контроля и надзора; №, дата',
        'Act on assignment of the inspection / preventive control with a visit (No., date)',
      ),
    },
    {
      id: 'H4',
      kind: 'text',
      ref: app2,
      label: L('Бақылау және қадағалау субъектісінің (объектісінің) атауы', 'Наименование субъекта (объекта) контроля и надзора', 'Name of the subject (object) of control and supervision'),
    },
    {
      id: 'H5',
      kind: 'iinBin',
      ref: { ...app2, note: 'A49' },
      label: L(
        'Бақылау және қадағалау субъектісінің (объектісінің) (жеке сәйкестендіру нөмірі), бизнес-сәйкестендіру нөмірі',
        '(Индивидуальный идентификационный номер), бизнес-идентификационный номер субъекта (объекта) контроля и надзора',
        '(Individual identification number), business identification number of the subject (object) of control and supervision',
      ),
    },
    {
      id: 'H6',
      kind: 'text',
      ref: { ...app2, note: 'A49' },
      label: L('Орналасқан жерінің мекенжайы', 'Адрес места нахождения', 'Address of location'),
    },
  ],
  columns: [
    { id: 'C1', label: L('№', '№', 'No.') },
    { id: 'C2', label: L('Талаптар тізімі', 'Перечень требований', 'List of requirements') },
    { id: 'C3', label: L('Талаптарға сәйкес келеді', 'Соответствует требованиям', 'Complies with requirements') },
    { id: 'C4', label: L('Талаптарға сәйкес келмейді', 'Не соответствует требованиям', 'Does not comply with requirements') },
  ],
  rows: CHECKLIST_ROWS,
  signatures: {
    officials: L('Лауазымды адам (-дар)', 'Должностное (-ые) лицо (-а)', 'Official(s)'),
    head: L('Бақылау және қадағалау субъектісінің басшысы', 'Руководитель субъекта контроля и надзора', 'Head of the subject of control and supervision'),
    fields: {
      name: L('тегі, аты, әкесінің аты (бар болған жағдайда)', 'фамилия, имя, отчество (при его наличии)', 'surname, first name, patronymic (if any)'),
      position: L('лауазымы', 'должность', 'position'),
      signature: L('қолы', 'подпись', 'signature'),
    },
  },
};
