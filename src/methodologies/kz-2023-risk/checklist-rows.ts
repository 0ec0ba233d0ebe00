// Appendix 2 (тексеру парағы): the 19 requirement rows. Each row N carries the severity and the
// violation condition of Crit-App row N (A28, A30); the form itself has no severity column.
// kk: the seed text of Appendix 2 (row 18 keeps the act's typo "бұрықтардың" = бұйрықтардың);
// en: seed-001.md §7.4; ru: translated for this project.
import { L } from '../../engine/build.js';
import type { ChecklistRowDecl } from '../../risk/model.js';

const row = (no: number, text: ChecklistRowDecl['text'], extra: Partial<ChecklistRowDecl> = {}): ChecklistRowDecl => ({
  no,
  text,
  criterion: no,
  ref: { appendix: 'App 2', row: String(no) },
  ...extra,
});

export const CHECKLIST_ROWS: readonly ChecklistRowDecl[] = [
  // App 2 row 1 = Crit-App row 1 (significant) — wording differs: Checklist omits "Бекітілетін" (approved/to be approved) at the start and adds "бостандықтары" (freedoms): "құқықтарын, бостандықтары мен заңды мүдделерін".
  row(
    1,
    L(
      'Мемлекеттік қызмет көрсету тәртібін айқындайтын заңға тәуелді нормативтік құқықтық актілерде қамтитын, жария талқылау барысында алынған жеке және заңды тұлғалардың ескертулері мен ұсыныстарын, құқықтарын, бостандықтары мен заңды мүдделерін ескеру бөлігінде, "электрондық үкіметтің" веб-порталында, мемлекеттік органның интернет-ресурсында орналастырылуға жататын мемлекеттік қызмет көрсету тәртібін айқындайтын заңға тәуелді нормативтік құқықтық актілерінің жобасын жария талқылауды аяқтау туралы есептің сәйкес болуы',
      'Соответствие отчета о завершении публичного обсуждения проекта подзаконного нормативного правового акта, определяющего порядок оказания государственной услуги, подлежащего размещению на веб-портале «электронного правительства», интернет-ресурсе государственного органа, подзаконному нормативному правовому акту, определяющему порядок оказания государственной услуги, в части учета полученных в ходе публичного обсуждения замечаний и предложений, прав, свобод и законных интересов физических и юридических лиц',
      'Conformity of the report on completion of the public discussion of the draft subordinate NLA determining the procedure for providing a public service (the draft being subject to placement on the "e-government" web portal and on the state body\'s internet resource) with the subordinate NLA determining the procedure for providing the public service, in the part of taking into account the remarks and proposals, rights, freedoms and legitimate interests of individuals and legal entities received during the public discussion.',
    ),
  ),
  // App 2 row 2 = Crit-App row 2 (significant) — wording differs: Checklist omits "бекітілетін" and uses singular "актісін" (act) instead of plural "актілерді" (acts).
  row(
    2,
    L(
      'Орталық мемлекеттік органмен мемлекеттік қызмет көрсету тәртібін айқындайтын заңға тәуелді нормативтік құқықтық актісін әзірлеу және бекіту, сондай-ақ, өзгерту, толықтыру және күшін жою, оны "электрондық үкіметтің" веб-порталында және мемлекеттік органның интернет-ресурсында орналастырылған күнінен бастап он жұмыс күн ішінде жария талқылауға міндетті түрде жататын мерзімін сақтау',
      'Соблюдение срока, в течение которого разрабатываемый и утверждаемый центральным государственным органом подзаконный нормативный правовой акт, определяющий порядок оказания государственных услуг, а также его изменение, дополнение и отмена подлежит обязательному публичному обсуждению в течение десяти рабочих дней со дня его размещения на веб-портале «электронного правительства» и интернет-ресурсе государственного органа',
      'Observance of the term under which a subordinate NLA determining the procedure for providing public services developed and approved by a central state body (as well as its amendment, supplementing and repeal) is mandatorily subject to public discussion within ten (10) working days from the date of its placement on the "e-government" web portal and on the internet resource of the state body.',
    ),
  ),
  // App 2 row 3 = Crit-App row 3 (significant)
  row(
    3,
    L(
      'Орталық мемлекеттік органмен мемлекеттік қызмет көрсету тәртібін айқындайтын заңға тәуелді нормативтік құқықтық актілерді әзірлеу және бекіту',
      'Разработка и утверждение центральным государственным органом подзаконных нормативных правовых актов, определяющих порядок оказания государственных услуг',
      'Development and approval by the central state body of subordinate NLAs determining the procedure for providing public services.',
    ),
  ),
  // App 2 row 4 = Crit-App row 4 (minor)
  row(
    4,
    L(
      '"Электрондық үкіметтің" веб-порталында және мемлекеттік органның интернет-ресурсында мемлекеттік қызмет көрсету тәртібі бойынша ақпаратты өзектендіру мерзімін сақтау және Бірыңғай байланыс-орталығына жолдау талабын сақтау',
      'Соблюдение срока актуализации информации о порядке оказания государственных услуг на веб-портале «электронного правительства» и интернет-ресурсе государственного органа и соблюдение требования о ее направлении в Единый контакт-центр',
      'Observance of the term for updating information on the procedure for providing public services on the "e-government" web portal and on the state body\'s internet resource, and observance of the requirement to send [this information] to the Unified Contact Center.',
    ),
  ),
  // App 2 row 5 = Crit-App row 5 (significant)
  row(
    5,
    L(
      'Көрсетілетін қызметті алушылардың сұрау салуы бойынша мемлекеттік көрсетілетін қызметтің орындалу сатысы туралы хабардар ету, сондай-ақ көрсетілетін қызметті алушыларға мемлекеттік қызметтер көрсету тәртібі туралы қолжетімді нысанда толық және анық ақпарат ұсыну',
      'Информирование услугополучателей по их запросу о стадии исполнения государственной услуги, а также предоставление услугополучателям полной и достоверной информации о порядке оказания государственных услуг в доступной форме',
      'Informing service recipients, at their request, about the stage of execution of the public service, and providing service recipients with complete and reliable information on the procedure for providing public services in an accessible form.',
    ),
  ),
  // App 2 row 6 = Crit-App row 6 (minor)
  row(
    6,
    L(
      'Мемлекеттік қызметтер көрсету саласындағы жұмыскерлердің біліктілігін арттырғандығы жөнінде дәлелді құжаттардың (сертификаттар, дипломдар және басқа) болуы',
      'Наличие подтверждающих документов (сертификаты, дипломы и другие) о повышении квалификации работников в сфере оказания государственных услуг',
      'Availability of supporting documents (certificates, diplomas, etc.) evidencing advanced training (qualification upgrading) of employees in the field of provision of public services.',
    ),
  ),
  // App 2 row 7 = Crit-App row 7 (significant)
  row(
    7,
    L(
      'Көрсетілетін қызметті берушілердің орналасу жерлерінде және "Азаматтарға арналған үкімет" Мемлекеттік корпорациясы" коммерциялық емес акционерлік қоғамы филиалдарының халыққа қызмет көрсету бөлімдерінде мемлекеттік көрсетілетін қызметті көрсету үшін қажетті құжаттар тізімі мен оларды толтыру нысандары үлгілерінің бар болуы',
      'Наличие в местах нахождения услугодателей и в отделах обслуживания населения филиалов некоммерческого акционерного общества «Государственная корпорация «Правительство для граждан» перечня документов, необходимых для оказания государственной услуги, и образцов форм их заполнения',
      'Availability, at the locations of service providers and at the population-service departments of the branches of the non-commercial joint-stock company "State Corporation \'Government for Citizens\'", of the list of documents required for provision of the public service and of samples of the forms for filling them in.',
    ),
  ),
  // App 2 row 8 = Crit-App row 8 (significant)
  row(
    8,
    L(
      'Мемлекеттік қызмет көрсету сатысы туралы деректерді мемлекеттік қызметтер көрсету мониторингінің ақпараттық жүйесіне енгізуді қамтамасыз ету',
      'Обеспечение внесения данных о стадии оказания государственной услуги в информационную систему мониторинга оказания государственных услуг',
      'Ensuring entry of data on the stage of provision of the public service into the information system for monitoring the provision of public services.',
    ),
  ),
  // App 2 row 9 = Crit-App row 9 (gross)
  row(
    9,
    L(
      'Тегін негізде ұсынылатын мемлекеттік қызметтерді көрсету кезінде төлем талап етуге жол бермеу',
      'Недопущение требования оплаты при оказании государственных услуг, предоставляемых на бесплатной основе',
      'Not allowing payment to be demanded when providing public services that are provided free of charge.',
    ),
  ),
  // App 2 row 10 = Crit-App row 10 (significant)
  row(
    10,
    L(
      'Көрсетілетін қызметті алушылардан ақпараттық жүйелерден алынатын құжаттарды талап етуге жол бермеу',
      'Недопущение истребования от услугополучателей документов, получаемых из информационных систем',
      'Not allowing documents that are obtainable from information systems to be demanded from service recipients.',
    ),
  ),
  // App 2 row 11 = Crit-App row 11 (gross)
  row(
    11,
    L(
      'Көрсетілетін қызметті алушылардан артық құжаттарды талап етуге жол бермеу',
      'Недопущение истребования от услугополучателей излишних документов',
      'Not allowing excess documents (see Glossary 2(9)) to be demanded from service recipients.',
    ),
  ),
  // App 2 row 12 = Crit-App row 12 (gross)
  row(
    12,
    L(
      'Құжаттар топтамасы толық болмағанда мемлекеттік көрсетілетін қызметті көрсетуге жол бермеу',
      'Недопущение оказания государственной услуги при неполном пакете документов',
      'Not allowing a public service to be provided with an incomplete package of documents (see Glossary 2(10)).',
    ),
  ),
  // App 2 row 13 = Crit-App row 13 (gross)
  row(
    13,
    L(
      'Көрсетілетін қызметті берушімен жұмыс мерзімін сақтау',
      'Соблюдение услугодателем графика работы',
      'Observance by the service provider of the working schedule (lit. "working term/time", жұмыс мерзімі).',
    ),
  ),
  // App 2 row 14 = Crit-App row 14 (gross)
  row(
    14,
    L(
      'Көрсетілетін қызметті берушімен мемлекеттік қызметті көрсету тәртібін сақтау',
      'Соблюдение услугодателем порядка оказания государственной услуги',
      'Observance by the service provider of the procedure for providing the public service (see Glossary 2(11)).',
    ),
  ),
  // App 2 row 15 = Crit-App row 15 (gross)
  row(
    15,
    L(
      'Мемлекеттік көрсетілетін қызметтерді көрсетуден дәлелді бас тарту',
      'Мотивированный отказ в оказании государственных услуг',
      'Reasoned (justified) refusal to provide public services, i.e. refusal only in the cases and on the grounds established by the Law (see Glossary 2(12)).',
    ),
  ),
  // App 2 row 16 = Crit-App row 16 (gross)
  row(
    16,
    L(
      'Мемлекеттік көрсетілетін қызметтерді көрсету мерзімдерін сақтау',
      'Соблюдение сроков оказания государственных услуг',
      'Observance of the terms (deadlines) for provision of public services (see Glossary 2(13)).',
    ),
  ),
  // App 2 row 17 = Crit-App row 17 (gross)
  row(
    17,
    L(
      'Тіркеген күннен бастап бес жұмыс күнде қаралуға жататын шағымдарды қарау нәтижесі туралы қызмет алушыларды хабардар ету бойынша талаптарды, сондай-ақ көрсетілетін қызметті алушылардың шағымдарын қанағаттандырудың толықтығын сақтау',
      'Соблюдение требований по информированию услугополучателей о результатах рассмотрения жалоб, подлежащих рассмотрению в течение пяти рабочих дней со дня регистрации, а также полноты удовлетворения жалоб услугополучателей',
      'Observance of the requirements to inform service recipients of the result of consideration of complaints that are subject to consideration within five (5) working days from the date of registration, as well as of the completeness of satisfaction of service recipients\' complaints.',
    ),
  ),
  // App 2 row 18 = Crit-App row 18 (significant) — wording differs: Checklist prefixes "Мемлекеттік бақылау қағидаларына сәйкес," ("In accordance with the Rules of state control,") and misspells "бұйрықтардың" as "бұрықтардың".
  row(
    18,
    L(
      'Мемлекеттік бақылау қағидаларына сәйкес, есептің және есепке талдамалық анықтаманың ішкі бақылау бойынша жұмыс туралы есептік нысанда көрсетілген мәліметтерді растайтын тиісті материалдардың (бұрықтардың, хаттамалардың, шешімдердің, хаттардың, анықтамалардың, қызметтік жазбалардың көшірмелері, фотоматериалдардың) болуы',
      'В соответствии с Правилами государственного контроля, наличие соответствующих материалов (копий приказов, протоколов, решений, писем, справок, служебных записок, фотоматериалов), подтверждающих сведения, указанные в отчетной форме о работе по внутреннему контролю, отчете и аналитической справке к отчету',
      'In accordance with the Rules of state control: availability of relevant materials (copies of orders, minutes/protocols, decisions, letters, reference notes/certificates, official memos; photo materials) confirming the information indicated in the reporting form on the work on internal control, in the report and in the analytical note to the report.',
    ),
    { legalReference: L('Мемлекеттік бақылау қағидалары', 'Правила государственного контроля', 'Rules of state control') },
  ),
  // App 2 row 19 = Crit-App row 19 (gross)
  row(
    19,
    L(
      'Көрсетілетін қызметті берушілердің, мүдделі жеке және заңды тұлғалардың қатысуымен, жыл сайын "электрондық үкіметтің" веб-порталында, интернет-ресурстарда және басқа да бұқаралық ақпарат құралдарында орналастыруға жататын мемлекеттік қызметтер көрсету саласындағы қызмет туралы есептерге жылына кемінде бір рет жария талқылаулар өткізу',
      'Проведение не реже одного раза в год с участием услугодателей, заинтересованных физических и юридических лиц публичных обсуждений отчетов о деятельности в сфере оказания государственных услуг, подлежащих ежегодному размещению на веб-портале «электронного правительства», интернет-ресурсах и в других средствах массовой информации',
      'Holding public discussions, at least once a year, with the participation of service providers and interested individuals and legal entities, of the reports on activities in the field of provision of public services, which are subject to annual placement on the "e-government" web portal, internet resources and other mass media.',
    ),
  ),
];
