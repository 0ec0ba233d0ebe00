// App 16 "Assessment of the mobile version of the internet resource of a state body": Table 1
// (central state bodies) and Table 2 (local executive bodies). The memo on obtaining a public service
// (3.1–3.6) is one indicator, item 3; each missing memo element counts as one "incompleteness"
// deficiency (seed-004b A-15; D6: the act's own spec file decides the memo items).
import { L } from '../../../engine/build.js';
import type { Labels } from '../../../engine/types.js';
import type { SiteSection } from './site-sections.js';

const services = [
  L('«Мемлекеттік көрсетілетін қызметтер» бөлімінің болуы', 'Наличие раздела "Государственные услуги"', '"Public services" section'),
  L('Мемлекеттік орган көрсететін мемлекеттік қызметтердің тізбесі', 'Перечень государственных услуг, оказываемый государственным органом', 'List of the public services the body provides'),
  L(
    'Мемлекеттік қызметті алу туралы жадынама: 3.1 көрсету нысаны; 3.2 жұмыс кестесі (egov порталына, оның ішінде AppStore немесе PlayMarket-тегі egov мобильді қосымшасына сілтеме); 3.3 қажетті құжаттар; 3.4 құны және төлеу тәртібі; 3.5 көрсету мерзімі; 3.6 көрсету нәтижесі',
    'Памятка о получении государственной услуги содержащей следующую информацию: 3.1 форма оказания государственной услуги; 3.2 график работы (при возможности получении услуги через портал egov, размещение ссылки на портал egov, в том числе на AppStore или PlayMarket для скачивания мобильного приложения egov); 3.3 необходимые документы; 3.4 стоимость услуги и порядок оплаты; 3.5 срок оказания госуслуги; 3.6 результат оказания госуслуги',
    'A memo on obtaining a public service: 3.1 form; 3.2 working hours (egov link, incl. the egov app); 3.3 documents; 3.4 cost and payment; 3.5 term; 3.6 result (each missing element = one deficiency)',
  ),
];
const staffingTail = [
  L('Бос лауазымға кандидаттарға қойылатын біліктілік талаптары', 'Квалификационные требования к кандидатам на вакантную должность', 'Qualification requirements for candidates'),
  L('Бос лауазымдарға орналасу мәселелері бойынша кеңес беруге уәкілетті тұлғалардың телефон нөмірлері, электрондық пошта мекенжайлары және Т.А.Ә. (бар болса)', 'Номера телефонов, адреса электронной почты и Ф.И.О.(при наличии) лиц, уполномоченных консультировать по вопросам замещения вакантных должностей', 'Phones, e-mails and names (if any) of persons advising on vacancies'),
];
const population = [
  L('Азаматтарды қабылдау кестесі және уәкілетті тұлғалардың байланыс телефондары', 'График приема граждан и контактные телефоны уполномоченных лиц, посредством которых гражданам предоставляется возможность получить информацию по вопросам приема граждан и рассмотрения их обращений', 'Reception schedule and phones of the authorised persons'),
  L('Жауапты тұлғалардың байланыс деректері көрсетілген, өтініштерді қарау нәтижелері бойынша қабылданған шешімдерге шағымдану тәртібі', 'Порядок обжалования решений, принятых по результатам рассмотрения обращений с указанием контактных данных ответственных лиц', 'Procedure for appealing decisions on appeals, with contacts'),
  L('Кері байланыс нысандары («Сұрақ-жауап», сауалнамалар мен дауыс беру, жиі қойылатын сұрақтарға жауаптар, интернет-қабылдау және т.б.)', 'Формы обратной связи ("Вопрос-ответ" с формой отправки информации пользователями; опросы и голосования, ответы на часто задаваемые вопросы, интернет-приемная и др.)', 'Feedback forms (Q&A, polls and votes, FAQ, internet reception, etc.)'),
  L('«Электрондық үкімет» порталы арқылы электрондық өтініш беру мүмкіндігі туралы ақпарат, egov порталына, оның ішінде AppStore немесе PlayMarket-ке сілтемемен', 'Информация о возможности подачи электронных обращений через портал "электронного правительства" с размещением ссылки на портал egov, в том числе на AppStore или PlayMarket для скачивания мобильного приложения egov', 'Filing electronic appeals via the e-government portal, with links to egov and the egov app'),
];
const news = [L('Жаңалықтардың өзекті таспасы (жаңалықтар мұрағатымен)', 'Актуальная лента новостей (с созданием архива новостей)', 'Current news feed (with an archive)')];
const general = [
  L('Пошталық мекенжайы', 'Почтовый адрес', 'Postal address'),
  L('Электрондық пошта мекенжайы', 'Адрес электронной почты', 'E-mail address'),
  L('Анықтамалық қызметтердің телефондары', 'Телефоны справочных служб', 'Reference-service phone numbers'),
  L('Орталық аппарат басшыларының байланыс деректері (Т.А.Ә. (бар болса), телефондары, электрондық поштасы)', 'Контактные данные руководителей центрального аппарата (Ф.И.О.(при наличии) руководителей, номеров телефонов и адресов электронной почты)', 'Contact data of the heads of the central apparatus ("central" in the LEB table is read as the LEB\'s own apparatus, A-19)'),
  L('Басшылардың деректері мен интернет-ресурстарына сілтемелері көрсетілген құрылымдық бөлімшелер мен ведомстволық бағынысты ұйымдардың тізбесі', 'Перечень структурных подразделений государственного органа и его подведомственных организаций с указанием Ф.И.О. (при его наличии) руководителей, номеров телефонов, адресов электронной почты, ссылок на интернет-ресурсы (при их наличии)', 'List of structural subdivisions and subordinate organisations with heads\' data and links'),
];
const sGeneral = L('Мемлекеттік орган туралы жалпы ақпарат', 'Общая информация о государственном органе', 'General information about the body');
const sServices = L('Мемлекеттік қызметтерді, оның ішінде электрондық форматта көрсету', 'Оказание государственных услуг, в том числе в электронном формате', 'Provision of public services, incl. electronic');
const sStaffing = L('Мемлекеттік органдарды кадрлық қамтамасыз ету', 'Кадровое обеспечение государственных органов', 'Staffing of state bodies');
const sPopulation = L('Халықпен жұмыс', 'Работа с населением', 'Work with the population');
const sInfo = L('Ақпараттық қолдау', 'Информационная поддержка', 'Information support');

/** App 16, Table 1: mobile version of central state bodies' sites (25 points per language). */
export const app16Table1: readonly SiteSection[] = [
  {
    no: '1.1', weight: '6', label: sGeneral,
    items: [
      ...general,
      L('Басшылардың деректері мен интернет-ресурстарына сілтемелері көрсетілген аумақтық бөлімшелердің тізбесі', 'Перечень территориальных подразделений с указанием Ф.И.О. (при наличии) руководителей, номеров телефонов, адресов электронной почты, ссылок на интернет-ресурсы (при их наличии)', "List of territorial subdivisions with heads' data and links"),
    ],
  },
  { no: '1.2', weight: '10', label: sServices, items: services },
  {
    no: '1.3', weight: '3', label: sStaffing,
    items: [L('Әкімшілік мемлекеттік қызметтің бос лауазымдарына орналасуға жарияланған конкурстар туралы ақпарат', 'Информация об объявленных конкурсах на занятие вакантных должностей административной государственной службы', 'Announced competitions for vacant administrative civil-service posts'), ...staffingTail],
  },
  { no: '1.4', weight: '4', label: sPopulation, items: population },
  { no: '1.5', weight: '2', label: sInfo, items: news },
];

/** App 16, Table 2: mobile version of local executive bodies' sites (25 points per language). */
export const app16Table2: readonly SiteSection[] = [
  { no: '1.1', weight: '5', label: sGeneral, items: general },
  {
    no: '1.2', weight: '2', label: L('Кәсіпкерлік қызметті мемлекеттік қолдау', 'Государственная поддержка предпринимательской деятельности', 'State support of entrepreneurship'),
    items: [
      L('Жаңадан бастаған кәсіпкерге көмек', 'Помощь начинающему предпринимателю (информация, помогающая предпринимателю разобраться во всех этапах организации собственного бизнеса)', 'Help for a novice entrepreneur'),
      L('Шағын және орта бизнесті микроқаржыландыру, субсидиялау туралы ақпарат', 'Информация о микрофинансировании, субсидировании малого и среднего бизнеса', 'Microfinancing and subsidies for SMEs'),
      L('Ауыл шаруашылығы өнімдерін сатып алу, өндіру, өңдеу және өткізу тәртібі туралы ақпарат', 'Информация о порядке закупа, производства, переработки и реализации сельскохозяйственной продукции с указанием контактных данных специализированных организаций', 'Agricultural procurement, production, processing and sale, with contacts'),
      L('Кәсіпкерлік мәселелері бойынша кеңес беру', 'Консультирование по вопросам предпринимательства (предоставление возможности задать вопрос и получить на него ответ или размещение наиболее часто задаваемых вопросов пользователей)', 'Entrepreneurship consulting (Q&A or FAQ)'),
    ],
  },
  { no: '1.3', weight: '10', label: sServices, items: services },
  {
    no: '1.4', weight: '3', label: sStaffing,
    items: [L('Мемлекеттік органдағы бос лауазымдар туралы мәліметтер', 'Сведения о вакантных должностях в государственном органе', 'Vacant posts in the body'), ...staffingTail],
  },
  { no: '1.5', weight: '3', label: sPopulation, items: population },
  { no: '1.6', weight: '1', label: sInfo, items: news },
  {
    no: '1.7', weight: '1', label: L('Халықты әлеуметтік қорғау', 'Социальная защита населения', 'Social protection of the population'),
    items: [L('Жұмысқа орналасу (мемлекеттік қолдау шаралары, бос жұмыс орындары туралы хабарландырулар)', 'Трудоустройство (меры государственной поддержки, сообщения о вакансиях)', 'Employment (support measures, vacancy notices)')],
  },
];

/** The deficiency list of App 16 (both tables), 0.1 each (p.98). */
export const app16Deficiencies: readonly Labels[] = [
  L('Ұсынылған ақпараттың толық болмауы', 'Неполнота представленной информации', 'Incomplete information'),
  L('Ақпараттық материалдардың уақтылы жаңартылмауы', 'Несвоевременное обновление информационных материалов', 'Untimely updating of information materials'),
  L('Мемлекеттік және орыс тілдеріндегі мәтіндердің теңтүпнұсқалы болмауы', 'Неаутентичность текстов на государственном и русском языках', 'Kazakh and Russian texts not authentic to each other'),
];
