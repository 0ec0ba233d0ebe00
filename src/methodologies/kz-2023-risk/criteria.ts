// Appendix to the Criteria (Crit-App): the 35 subjective criteria of the risk degree, each with its
// information source (p.7: S1–S5) and degree of violation (p.8: gross / significant / minor).
// kk: the seed text (rows the PDF split across pages or letter-spaced are reassembled as in spec
// §8 and A44/A46); en: seed-001.md §8; ru: translated for this project (the seed has no Russian
// text). `violation` is the spec's derived condition under which the row counts as violated.
// Rows 1–19 (S1) are positive requirements; the violation is their non-compliance (A47).
import { L } from '../../engine/build.js';
import type { CriterionDecl, Severity, SourceId } from '../../risk/model.js';

const crit = (
  no: number,
  source: SourceId,
  severity: Severity,
  rest: Omit<CriterionDecl, 'no' | 'source' | 'severity' | 'ref' | 'provenance'> & { note?: string },
): CriterionDecl => {
  const { note, ...r } = rest;
  return {
    no,
    source,
    severity,
    ...r,
    ref: { appendix: 'Crit-App', row: String(no), paragraph: `p.7(${source.slice(1)}), p.8` },
    provenance: { kind: 'text', formulaId: 'seed-001 §8', ...(note ? { note } : {}) },
  };
};

export const CRITERIA: readonly CriterionDecl[] = [
  // ---- S1: Results of previous inspections and preventive control by the authorized body for assessment and control of the quality of provision of public services (the degree of severity is established upon NON-COMPLIANCE with the requirements listed below) (p.7(1))
  // Crit-App row 1 — significant (Елеулі)
  crit(1, 'S1', 'significant', {
    short: L(
      'Жария талқылауды аяқтау туралы есептің бекітілген актіге сәйкес болуы',
      'Соответствие отчета о завершении публичного обсуждения утвержденному акту',
      'Public-discussion completion report matches approved bylaw',
    ),
    text: L(
      'Бекітілетін мемлекеттік қызмет көрсету тәртібін айқындайтын заңға тәуелді нормативтік құқықтық актілерде қамтитын, жария талқылау барысында алынған жеке және заңды тұлғалардың ескертулері мен ұсыныстарын, құқықтары мен заңды мүдделерін ескеру бөлігінде, "электрондық үкіметтің" веб-порталында, мемлекеттік органның интернет-ресурсында орналастырылуға жататын мемлекеттік қызмет көрсету тәртібін айқындайтын заңға тәуелді нормативтік құқықтық актілерінің жобасын жария талқылауды аяқтау туралы есептің сәйкес болуы',
      'Соответствие отчета о завершении публичного обсуждения проекта подзаконного нормативного правового акта, определяющего порядок оказания государственной услуги, подлежащего размещению на веб-портале «электронного правительства», интернет-ресурсе государственного органа, утверждаемому подзаконному нормативному правовому акту, определяющему порядок оказания государственной услуги, в части учета полученных в ходе публичного обсуждения замечаний и предложений, прав и законных интересов физических и юридических лиц',
      'Conformity of the report on completion of the public discussion of the draft subordinate normative legal act (NLA) determining the procedure for providing a public service (the draft being subject to placement on the "e-government" web portal and on the state body\'s internet resource) with the approved subordinate NLA determining the procedure for providing the public service, in the part of taking into account the remarks and proposals, rights and legitimate interests of individuals and legal entities received during the public discussion.',
    ),
    violation: 'The completion report does not correspond to the approved bylaw as regards the comments/proposals/rights/legitimate interests received in public discussion.',
    checklistRow: 1,
    note: 'kk text reassembled from the PDF extraction (A44, A46)',
  }),
  // Crit-App row 2 — significant (Елеулі)
  crit(2, 'S1', 'significant', {
    short: L(
      'Орталық мемлекеттік органның актілерін он жұмыс күн ішінде жария талқылау мерзімін сақтау',
      'Срок публичного обсуждения (10 рабочих дней) актов центрального государственного органа',
      '10-working-day public discussion term for bylaws of central state body',
    ),
    text: L(
      'Орталық мемлекеттік органмен бекітілетін мемлекеттік қызмет көрсету тәртібін айқындайтын заңға тәуелді нормативтік құқықтық актілерді әзірлеу және бекіту, сондай-ақ, өзгерту, толықтыру және күшін жою, оны "электрондық үкіметтің" веб-порталында және мемлекеттік органның интернет-ресурсында орналастырылған күнінен бастап он жұмыс күн ішінде жария талқылауға міндетті түрде жататын мерзімін сақтау',
      'Соблюдение срока, в течение которого разрабатываемые и утверждаемые центральным государственным органом подзаконные нормативные правовые акты, определяющие порядок оказания государственных услуг, а также их изменение, дополнение и отмена подлежат обязательному публичному обсуждению в течение десяти рабочих дней со дня их размещения на веб-портале «электронного правительства» и интернет-ресурсе государственного органа',
      'Observance of the term under which subordinate NLAs determining the procedure for providing public services that are developed and approved by a central state body (as well as their amendment, supplementing and repeal) are mandatorily subject to public discussion within ten (10) working days from the date of their placement on the "e-government" web portal and on the internet resource of the state body.',
    ),
    violation: 'The draft (or amendment/supplement/repeal) was not put to public discussion for the 10-working-day term counted from its placement on the e-government portal and the body\'s internet resource.',
    centralOnly: true,
    checklistRow: 2,
    note: 'kk text reassembled from the PDF extraction (A44, A46)',
  }),
  // Crit-App row 3 — significant (Елеулі)
  crit(3, 'S1', 'significant', {
    short: L(
      'Орталық мемлекеттік органның қызмет көрсету тәртібін айқындайтын актілерді әзірлеуі және бекітуі',
      'Разработка и утверждение центральным государственным органом актов о порядке оказания услуг',
      'Central state body developed and approved the procedure bylaws',
    ),
    text: L(
      'Орталық мемлекеттік органмен мемлекеттік қызмет көрсету тәртібін айқындайтын заңға тәуелді нормативтік құқықтық актілерді әзірлеу және бекіту',
      'Разработка и утверждение центральным государственным органом подзаконных нормативных правовых актов, определяющих порядок оказания государственных услуг',
      'Development and approval by the central state body of subordinate NLAs determining the procedure for providing public services.',
    ),
    violation: 'The central state body has not developed/approved a subordinate NLA determining the procedure for a public service it is responsible for.',
    centralOnly: true,
    checklistRow: 3,
  }),
  // Crit-App row 4 — minor (Елеусіз)
  crit(4, 'S1', 'minor', {
    short: L(
      'Қызмет көрсету тәртібі бойынша ақпаратты өзектендіру және Бірыңғай байланыс-орталығына жолдау',
      'Актуализация информации о порядке оказания услуг и направление в Единый контакт-центр',
      'Timely update of procedure info on portal/website and sending to Unified Contact Center',
    ),
    text: L(
      '"Электрондық үкіметтің" веб-порталында және мемлекеттік органның интернет-ресурсында мемлекеттік қызмет көрсету тәртібі бойынша ақпаратты өзектендіру мерзімін сақтау және Бірыңғай байланыс-орталығына жолдау талабын сақтау',
      'Соблюдение срока актуализации информации о порядке оказания государственных услуг на веб-портале «электронного правительства» и интернет-ресурсе государственного органа и соблюдение требования о ее направлении в Единый контакт-центр',
      'Observance of the term for updating information on the procedure for providing public services on the "e-government" web portal and on the state body\'s internet resource, and observance of the requirement to send [this information] to the Unified Contact Center.',
    ),
    violation: 'Information was not updated within the term and/or was not sent to the Unified Contact Center.',
    checklistRow: 4,
  }),
  // Crit-App row 5 — significant (Елеулі)
  crit(5, 'S1', 'significant', {
    short: L(
      'Орындалу сатысы туралы хабардар ету және толық, анық ақпарат ұсыну',
      'Информирование о стадии исполнения услуги; полная и доступная информация о порядке',
      'Informing recipients on stage of service; complete accessible info on procedure',
    ),
    text: L(
      'Көрсетілетін қызметті алушылардың сұрау салуы бойынша мемлекеттік көрсетілетін қызметтің орындалу сатысы туралы хабардар ету, сондай-ақ көрсетілетін қызметті алушыларға мемлекеттік қызметтер көрсету тәртібі туралы қолжетімді нысанда толық және анық ақпарат ұсыну',
      'Информирование услугополучателей по их запросу о стадии исполнения государственной услуги, а также предоставление услугополучателям полной и достоверной информации о порядке оказания государственных услуг в доступной форме',
      'Informing service recipients, at their request, about the stage of execution of the public service, and providing service recipients with complete and reliable information on the procedure for providing public services in an accessible form.',
    ),
    violation: 'A recipient\'s request about the stage was not answered, or information on the procedure was incomplete, unreliable or not accessible.',
    checklistRow: 5,
  }),
  // Crit-App row 6 — minor (Елеусіз)
  crit(6, 'S1', 'minor', {
    short: L(
      'Жұмыскерлердің біліктілігін арттырғандығы жөнінде құжаттардың болуы',
      'Документы о повышении квалификации работников',
      'Evidence of staff advanced training',
    ),
    text: L(
      'Мемлекеттік қызметтер көрсету саласындағы жұмыскерлердің біліктілігін арттырғандығы жөнінде дәлелді құжаттардың (сертификаттар, дипломдар және басқа) болуы',
      'Наличие подтверждающих документов (сертификаты, дипломы и другие) о повышении квалификации работников в сфере оказания государственных услуг',
      'Availability of supporting documents (certificates, diplomas, etc.) evidencing advanced training (qualification upgrading) of employees in the field of provision of public services.',
    ),
    violation: 'No supporting documents of advanced training of public-service employees.',
    checklistRow: 6,
    note: 'kk text reassembled from the PDF extraction (A44, A46)',
  }),
  // Crit-App row 7 — significant (Елеулі)
  crit(7, 'S1', 'significant', {
    short: L(
      'Қажетті құжаттар тізімі мен толтыру нысандары үлгілерінің бар болуы',
      'Перечень документов и образцы форм в местах оказания услуг и отделах Госкорпорации',
      'Document lists and form samples displayed at provider sites and State Corporation branches',
    ),
    text: L(
      'Көрсетілетін қызметті берушілердің орналасу жерлерінде және "Азаматтарға арналған үкімет" Мемлекеттік корпорациясы" коммерциялық емес акционерлік қоғамы филиалдарының халыққа қызмет көрсету бөлімдерінде мемлекеттік көрсетілетін қызметті көрсету үшін қажетті құжаттар тізімі мен оларды толтыру нысандары үлгілерінің бар болуы',
      'Наличие в местах нахождения услугодателей и в отделах обслуживания населения филиалов некоммерческого акционерного общества «Государственная корпорация «Правительство для граждан» перечня документов, необходимых для оказания государственной услуги, и образцов форм их заполнения',
      'Availability, at the locations of service providers and at the population-service departments of the branches of the non-commercial joint-stock company "State Corporation \'Government for Citizens\'", of the list of documents required for provision of the public service and of samples of the forms for filling them in.',
    ),
    violation: 'List of required documents and/or form samples not available at a provider location or State Corporation department.',
    checklistRow: 7,
  }),
  // Crit-App row 8 — significant (Елеулі)
  crit(8, 'S1', 'significant', {
    short: L(
      'Қызмет көрсету сатысы туралы деректерді мониторинг жүйесіне енгізу',
      'Внесение данных о стадии оказания услуги в информационную систему мониторинга',
      'Entry of service-stage data into the monitoring information system',
    ),
    text: L(
      'Мемлекеттік қызмет көрсету сатысы туралы деректерді мемлекеттік қызметтер көрсету мониторингінің ақпараттық жүйесіне енгізуді қамтамасыз ету',
      'Обеспечение внесения данных о стадии оказания государственной услуги в информационную систему мониторинга оказания государственных услуг',
      'Ensuring entry of data on the stage of provision of the public service into the information system for monitoring the provision of public services.',
    ),
    violation: 'Stage data not (fully) entered into the monitoring information system.',
    checklistRow: 8,
  }),
  // Crit-App row 9 — gross (Өрескел)
  crit(9, 'S1', 'gross', {
    short: L(
      'Тегін қызметтер үшін төлем талап етуге жол бермеу',
      'Недопущение требования оплаты за бесплатные государственные услуги',
      'No payment demanded for free public services',
    ),
    text: L(
      'Тегін негізде ұсынылатын мемлекеттік қызметтерді көрсету кезінде төлем талап етуге жол бермеу',
      'Недопущение требования оплаты при оказании государственных услуг, предоставляемых на бесплатной основе',
      'Not allowing payment to be demanded when providing public services that are provided free of charge.',
    ),
    violation: 'Payment was demanded for a free-of-charge public service.',
    checklistRow: 9,
  }),
  // Crit-App row 10 — significant (Елеулі)
  crit(10, 'S1', 'significant', {
    short: L(
      'Ақпараттық жүйелерден алынатын құжаттарды талап етуге жол бермеу',
      'Недопущение истребования документов, получаемых из информационных систем',
      'No demanding documents obtainable from information systems',
    ),
    text: L(
      'Көрсетілетін қызметті алушылардан ақпараттық жүйелерден алынатын құжаттарды талап етуге жол бермеу',
      'Недопущение истребования от услугополучателей документов, получаемых из информационных систем',
      'Not allowing documents that are obtainable from information systems to be demanded from service recipients.',
    ),
    violation: 'A document obtainable from an information system was demanded from a recipient.',
    checklistRow: 10,
  }),
  // Crit-App row 11 — gross (Өрескел)
  crit(11, 'S1', 'gross', {
    short: L(
      'Артық құжаттарды талап етуге жол бермеу',
      'Недопущение истребования излишних документов',
      'No demanding excess documents',
    ),
    text: L(
      'Көрсетілетін қызметті алушылардан артық құжаттарды талап етуге жол бермеу',
      'Недопущение истребования от услугополучателей излишних документов',
      'Not allowing excess documents (see Glossary 2(9)) to be demanded from service recipients.',
    ),
    violation: 'A document not in the list established by the subordinate NLA was requested.',
    checklistRow: 11,
  }),
  // Crit-App row 12 — gross (Өрескел)
  crit(12, 'S1', 'gross', {
    short: L(
      'Құжаттар топтамасы толық болмағанда қызмет көрсетуге жол бермеу',
      'Недопущение оказания услуги при неполном пакете документов',
      'No service provided on incomplete document package',
    ),
    text: L(
      'Құжаттар топтамасы толық болмағанда мемлекеттік көрсетілетін қызметті көрсетуге жол бермеу',
      'Недопущение оказания государственной услуги при неполном пакете документов',
      'Not allowing a public service to be provided with an incomplete package of documents (see Glossary 2(10)).',
    ),
    violation: 'A result was issued although the documents (or data in them) did not match the bylaw\'s list.',
    checklistRow: 12,
  }),
  // Crit-App row 13 — gross (Өрескел)
  crit(13, 'S1', 'gross', {
    short: L(
      'Көрсетілетін қызметті берушімен жұмыс мерзімін сақтау',
      'Соблюдение услугодателем графика работы',
      'Service provider observes its working schedule',
    ),
    text: L(
      'Көрсетілетін қызметті берушімен жұмыс мерзімін сақтау',
      'Соблюдение услугодателем графика работы',
      'Observance by the service provider of the working schedule (lit. "working term/time", жұмыс мерзімі).',
    ),
    violation: 'The service provider did not observe its working schedule/hours.',
    checklistRow: 13,
  }),
  // Crit-App row 14 — gross (Өрескел)
  crit(14, 'S1', 'gross', {
    short: L(
      'Көрсетілетін қызметті берушімен қызмет көрсету тәртібін сақтау',
      'Соблюдение услугодателем порядка оказания государственной услуги',
      'Service provider observes procedure for providing the service',
    ),
    text: L(
      'Көрсетілетін қызметті берушімен мемлекеттік қызметті көрсету тәртібін сақтау',
      'Соблюдение услугодателем порядка оказания государственной услуги',
      'Observance by the service provider of the procedure for providing the public service (see Glossary 2(11)).',
    ),
    violation: 'The procedure (actions, interaction, use of information systems) was not observed.',
    checklistRow: 14,
  }),
  // Crit-App row 15 — gross (Өрескел)
  crit(15, 'S1', 'gross', {
    short: L(
      'Мемлекеттік көрсетілетін қызметтерді көрсетуден дәлелді бас тарту',
      'Мотивированный отказ в оказании государственных услуг',
      'Refusals are reasoned/justified',
    ),
    text: L(
      'Мемлекеттік көрсетілетін қызметтерді көрсетуден дәлелді бас тарту',
      'Мотивированный отказ в оказании государственных услуг',
      'Reasoned (justified) refusal to provide public services, i.e. refusal only in the cases and on the grounds established by the Law (see Glossary 2(12)).',
    ),
    violation: 'A refusal was issued without a ground established by the Law (unjustified/unreasoned refusal).',
    checklistRow: 15,
  }),
  // Crit-App row 16 — gross (Өрескел)
  crit(16, 'S1', 'gross', {
    short: L(
      'Мемлекеттік көрсетілетін қызметтерді көрсету мерзімдерін сақтау',
      'Соблюдение сроков оказания государственных услуг',
      'Observance of service delivery terms',
    ),
    text: L(
      'Мемлекеттік көрсетілетін қызметтерді көрсету мерзімдерін сақтау',
      'Соблюдение сроков оказания государственных услуг',
      'Observance of the terms (deadlines) for provision of public services (see Glossary 2(13)).',
    ),
    violation: 'A service result was delivered after the term set by the subordinate NLA.',
    checklistRow: 16,
  }),
  // Crit-App row 17 — gross (Өрескел)
  crit(17, 'S1', 'gross', {
    short: L(
      'Шағымдарды қарау нәтижесі туралы хабардар ету (бес жұмыс күн) және шағымдарды қанағаттандырудың толықтығы',
      'Информирование о результатах рассмотрения жалоб (5 рабочих дней) и полнота их удовлетворения',
      'Informing on complaint results (5 working days); completeness of satisfying complaints',
    ),
    text: L(
      'Тіркеген күннен бастап бес жұмыс күнде қаралуға жататын шағымдарды қарау нәтижесі туралы қызмет алушыларды хабардар ету бойынша талаптарды, сондай-ақ көрсетілетін қызметті алушылардың шағымдарын қанағаттандырудың толықтығын сақтау',
      'Соблюдение требований по информированию услугополучателей о результатах рассмотрения жалоб, подлежащих рассмотрению в течение пяти рабочих дней со дня регистрации, а также полноты удовлетворения жалоб услугополучателей',
      'Observance of the requirements to inform service recipients of the result of consideration of complaints that are subject to consideration within five (5) working days from the date of registration, as well as of the completeness of satisfaction of service recipients\' complaints.',
    ),
    violation: 'Complainant not informed of the result of a complaint subject to 5-working-day review, or a complaint not fully satisfied.',
    checklistRow: 17,
  }),
  // Crit-App row 18 — significant (Елеулі)
  crit(18, 'S1', 'significant', {
    short: L(
      'Ішкі бақылау бойынша есептегі мәліметтерді растайтын материалдардың болуы',
      'Материалы, подтверждающие сведения отчета по внутреннему контролю',
      'Materials confirming internal-control report data',
    ),
    text: L(
      'Есептің және есепке талдамалық анықтаманың ішкі бақылау бойынша жұмыс туралы есептік нысанда көрсетілген мәліметтерді растайтын тиісті материалдардың (бұйрықтардың, хаттамалардың, шешімдердің, хаттардың, анықтамалардың, қызметтік жазбалардың көшірмелері, фотоматериалдардың) болуы',
      'Наличие соответствующих материалов (копий приказов, протоколов, решений, писем, справок, служебных записок, фотоматериалов), подтверждающих сведения, указанные в отчетной форме о работе по внутреннему контролю, отчете и аналитической справке к отчету',
      'Availability of relevant materials (copies of orders, minutes/protocols, decisions, letters, reference notes/certificates, official memos; photo materials) confirming the information indicated in the reporting form on the work on internal control, in the report and in the analytical note to the report.',
    ),
    violation: 'Data in the internal-control report/analytical note is not backed by supporting materials.',
    checklistRow: 18,
  }),
  // Crit-App row 19 — gross (Өрескел)
  crit(19, 'S1', 'gross', {
    short: L(
      'Қызмет туралы есептерге жылына кемінде бір рет жария талқылаулар өткізу',
      'Публичное обсуждение отчетов о деятельности не реже одного раза в год',
      'Annual public discussion of activity reports',
    ),
    text: L(
      'Көрсетілетін қызметті берушілердің, мүдделі жеке және заңды тұлғалардың қатысуымен, жыл сайын "электрондық үкіметтің" веб-порталында, интернет-ресурстарда және басқа да бұқаралық ақпарат құралдарында орналастыруға жататын мемлекеттік қызметтер көрсету саласындағы қызмет туралы есептерге жылына кемінде бір рет жария талқылаулар өткізу',
      'Проведение не реже одного раза в год с участием услугодателей, заинтересованных физических и юридических лиц публичных обсуждений отчетов о деятельности в сфере оказания государственных услуг, подлежащих ежегодному размещению на веб-портале «электронного правительства», интернет-ресурсах и в других средствах массовой информации',
      'Holding public discussions, at least once a year, with the participation of service providers and interested individuals and legal entities, of the reports on activities in the field of provision of public services, which are subject to annual placement on the "e-government" web portal, internet resources and other mass media.',
    ),
    violation: 'No public discussion of the annual activity report was held in a year (fewer than 1 per year).',
    checklistRow: 19,
  }),
  // ---- S2: Presence of justified complaints and applications received from individuals and/or legal entities concerning the quality of public services (p.7(2))
  // Crit-App row 20 — gross (Өрескел)
  crit(20, 'S2', 'gross', {
    short: L(
      'Уәкілетті органмен расталған шағымдардың немесе өтініштердің болуы',
      'Жалобы или заявления, подтвержденные уполномоченным органом',
      'Complaints/applications confirmed by the authorized body',
    ),
    text: L(
      'Жеке және заңды тұлғалардан түскен, мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органмен расталған шағымдардың немесе өтініштердің болуы',
      'Наличие поступивших от физических и юридических лиц жалоб или заявлений, подтвержденных уполномоченным органом по оценке и контролю за качеством оказания государственных услуг',
      'Presence of complaints or applications received from individuals and legal entities and confirmed by the authorized body for assessment and control of the quality of provision of public services.',
    ),
    violation: 'At least one complaint or application about the subject has been confirmed by the authorized body.',
  }),
  // Crit-App row 21 — significant (Елеулі)
  crit(21, 'S2', 'significant', {
    short: L(
      'Шағымдарды бес жұмыс күні ішінде қарау мерзімдерін сақтамау',
      'Несоблюдение пятидневного срока рассмотрения жалоб',
      'Breach of 5-working-day term for reviewing complaints',
    ),
    text: L(
      'Мемлекеттік органның, "Азаматтарға арналған үкімет" Мемлекеттік корпорациясы" коммерциялық емес акционерлік қоғамының, көрсетілетін қызметті берушінің атына келіп түскен көрсетілетін қызметті алушылардың шағымдарын бес жұмыс күні ішінде қарау мерзімдерін сақтамау',
      'Несоблюдение сроков рассмотрения в течение пяти рабочих дней жалоб услугополучателей, поступивших на имя государственного органа, некоммерческого акционерного общества «Государственная корпорация «Правительство для граждан», услугодателя',
      'Non-observance of the five (5) working-day terms for consideration of service recipients\' complaints received in the name of (addressed to) the state body, the non-commercial joint-stock company "State Corporation \'Government for Citizens\'", or the service provider.',
    ),
    violation: 'At least one complaint was reviewed later than 5 working days.',
    note: 'kk text reassembled from the PDF extraction (A44, A46)',
  }),
  // ---- S3: Results of monitoring of reports and information submitted by control subjects and obtained from information systems of state bodies (p.7(3))
  // Crit-App row 22 — minor (Елеусіз)
  crit(22, 'S3', 'minor', {
    short: L(
      'Ішкі бақылау бойынша тоқсандық есепті белгіленген мерзімде ұсынуды қамтамасыз етпеу',
      'Несвоевременное представление квартального отчета по внутреннему контролю',
      'Late quarterly internal-control report (due by 10th of following month)',
    ),
    text: L(
      'Тоқсан сайын есептік кезеңнен кейінгі айдың 10-шы күніне дейін талдамалық анықтаманы қоса отырып, ішкі бақылау бойынша жұмыс туралы есепті мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органға белгіленген мерзімде ұсынуды қамтамасыз етпеу',
      'Необеспечение представления в установленный срок — ежеквартально до 10 числа месяца, следующего за отчетным периодом, — отчета о работе по внутреннему контролю с приложением аналитической справки в уполномоченный орган по оценке и контролю за качеством оказания государственных услуг',
      'Failure to ensure submission within the established term - quarterly, by the 10th day of the month following the reporting period - of the report on internal-control work, together with the analytical note, to the authorized body for assessment and control of the quality of provision of public services.',
    ),
    violation: 'A quarterly report (with analytical note) was submitted after the 10th day of the month following the quarter.',
  }),
  // Crit-App row 23 — gross (Өрескел)
  crit(23, 'S3', 'gross', {
    short: L(
      'Ішкі бақылау бойынша тоқсандық есепті ұсынуды қамтамасыз етпеу',
      'Непредставление квартального отчета по внутреннему контролю',
      'Quarterly internal-control report not submitted',
    ),
    text: L(
      'Тоқсан сайынғы ішкі бақылау бойынша жұмыс туралы есепті мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органға ұсынуды қамтамасыз етпеу',
      'Необеспечение представления ежеквартального отчета о работе по внутреннему контролю в уполномоченный орган по оценке и контролю за качеством оказания государственных услуг',
      'Failure to ensure submission of the quarterly report on internal-control work to the authorized body for assessment and control of the quality of provision of public services.',
    ),
    violation: 'A quarterly internal-control report was not submitted at all.',
  }),
  // Crit-App row 24 — significant (Елеулі)
  crit(24, 'S3', 'significant', {
    short: L(
      'Ішкі бақылау есептік мәліметтерінде қызмет көрсету мерзімдерін бұзудың болуы',
      'Нарушения сроков в отчетности по внутреннему контролю',
      'Term violations shown in internal-control reporting',
    ),
    text: L(
      'Бақылау субъектілерінің мемлекеттік көрсетілетін қызметтер сапасына ішкі бақылау бойынша есептік мәліметтерінде мемлекеттік қызметтерді көрсету мерзімдерін бұзуының болуы',
      'Наличие в отчетных сведениях субъектов контроля по внутреннему контролю за качеством оказания государственных услуг нарушений сроков оказания государственных услуг',
      'Presence, in the control subjects\' reporting data on internal control of the quality of public services, of violations of the terms of provision of public services.',
    ),
    violation: 'The subject\'s internal-control reporting shows >= 1 violation of service terms.',
    note: 'kk text reassembled from the PDF extraction (A44, A46)',
  }),
  // Crit-App row 25 — significant (Елеулі)
  crit(25, 'S3', 'significant', {
    short: L(
      'Ішкі бақылау есептік мәліметтерінде қызмет сапасына шағымдардың болуы',
      'Жалобы на качество в отчетности по внутреннему контролю',
      'Quality complaints shown in internal-control reporting',
    ),
    text: L(
      'Бақылау субъектілерінің мемлекеттік көрсетілетін қызметтер сапасына ішкі бақылау бойынша есептік мәліметтерінде мемлекеттік көрсетілетін қызметтер сапасына шағымдардың болуы',
      'Наличие в отчетных сведениях субъектов контроля по внутреннему контролю за качеством оказания государственных услуг жалоб на качество оказания государственных услуг',
      'Presence, in the control subjects\' reporting data on internal control of the quality of public services, of complaints about the quality of public services.',
    ),
    violation: 'The subject\'s internal-control reporting shows >= 1 complaint about service quality.',
  }),
  // Crit-App row 26 — gross (Өрескел)
  crit(26, 'S3', 'gross', {
    short: L(
      'Ішкі бақылау бойынша дұрыс және (немесе) толық есептік мәліметтерді ұсынбау',
      'Недостоверная и (или) неполная отчетность по внутреннему контролю',
      'Incorrect/incomplete internal-control reporting data',
    ),
    text: L(
      'Есептік нысандарына сәйкес, мемлекеттік көрсетілетін қызметтер сапасына ішкі бақылау бойынша дұрыс және (немесе) толық көлемде есептік мәліметтерді ұсынбау',
      'Непредставление достоверных и (или) полных отчетных сведений по внутреннему контролю за качеством оказания государственных услуг в соответствии с отчетными формами',
      'Failure to submit correct and/or complete reporting data on internal control of the quality of public services in accordance with the reporting forms.',
    ),
    violation: 'Submitted internal-control reporting data is incorrect and/or incomplete versus the reporting forms.',
  }),
  // ---- S4: Analysis of official internet resources of state bodies and of mass media (p.7(4))
  // Crit-App row 27 — significant (Елеулі)
  crit(27, 'S4', 'significant', {
    short: L(
      'Бақылау нәтижелерін бақылау субъектісінің интернет-ресурсында орналастырмау',
      'Неразмещение результатов контроля качества на интернет-ресурсе',
      'Quality-control results not published on subject\'s website',
    ),
    text: L(
      'Бақылау субъектісінің интернет-ресурсында мемлекеттік көрсетілетін қызметтер сапасына жүргізілген бақылау нәтижелерін орналастырмау',
      'Неразмещение на интернет-ресурсе субъекта контроля результатов проведенного контроля за качеством оказания государственных услуг',
      'Non-placement, on the control subject\'s internet resource, of the results of the control of the quality of public services carried out.',
    ),
    violation: 'Results of quality control not posted on the subject\'s internet resource.',
  }),
  // Crit-App row 28 — significant (Елеулі)
  crit(28, 'S4', 'significant', {
    short: L(
      'Қызмет көрсету тәртібін айқындайтын актілерді орналастырмау',
      'Неразмещение утвержденных актов о порядке оказания услуг',
      'Approved procedure bylaws not published',
    ),
    text: L(
      '"Электрондық үкімет" веб-порталында, бақылау субъектілерінің интернет-ресурстарында бекітілетін мемлекеттік қызмет көрсету тәртібін айқындайтын заңға тәуелді нормативтік құқықтық актілерін орналастырмау',
      'Неразмещение на веб-портале «электронного правительства», интернет-ресурсах субъектов контроля утверждаемых подзаконных нормативных правовых актов, определяющих порядок оказания государственных услуг',
      'Non-placement, on the "e-government" web portal and on control subjects\' internet resources, of the approved subordinate NLAs determining the procedure for providing public services.',
    ),
    violation: 'An approved procedure bylaw is not posted on the e-government portal and/or the subject\'s internet resource.',
    note: 'kk text reassembled from the PDF extraction (A44, A46)',
  }),
  // Crit-App row 29 — significant (Елеулі)
  crit(29, 'S4', 'significant', {
    short: L(
      'Мемлекеттік көрсетілетін қызметтер мәселелері жөніндегі қызмет туралы есепті орналастырмау',
      'Неразмещение отчета о деятельности по вопросам государственных услуг',
      'Activity report on public services not published',
    ),
    text: L(
      'Бақылау субъектілерінің "электрондық үкімет" веб-порталда, интернет-ресурстарында және басқа да бұқаралық ақпарат құралдарында мемлекеттік көрсетілетін қызметтер мәселелері жөніндегі қызмет туралы есепті орналастырмау',
      'Неразмещение субъектами контроля на веб-портале «электронного правительства», интернет-ресурсах и в других средствах массовой информации отчета о деятельности по вопросам оказания государственных услуг',
      'Non-placement by control subjects, on the "e-government" web portal, internet resources and other mass media, of the report on activities on public-service issues.',
    ),
    violation: 'The activity report on public-service issues is not posted on the portal / internet resources / other mass media.',
    note: 'kk text reassembled from the PDF extraction (A44, A46)',
  }),
  // Crit-App row 30 — minor (Елеусіз)
  crit(30, 'S4', 'minor', {
    short: L(
      'Акт жобасын жария талқылау үшін орналастырмау',
      'Неразмещение проекта акта для публичного обсуждения',
      'Draft procedure bylaw not published for public discussion',
    ),
    text: L(
      'Бекітілетін мемлекеттік қызмет көрсету тәртібін айқындайтын заңға тәуелді нормативтік құқықтық актілерінің жобасын жария талқылау үшін оны "электрондық үкіметтің" веб-порталында, өзінің интернет-ресурсында және (немесе) жергілікті атқарушы органның интернет-ресурстарында орналастырмау',
      'Неразмещение для публичного обсуждения проекта утверждаемого подзаконного нормативного правового акта, определяющего порядок оказания государственных услуг, на веб-портале «электронного правительства», собственном интернет-ресурсе и (или) интернет-ресурсах местного исполнительного органа',
      'Non-placement of the draft subordinate NLA determining the procedure for providing public services (to be approved) on the "e-government" web portal, on [the body\'s] own internet resource and/or on internet resources of the local executive body, for public discussion.',
    ),
    violation: 'A draft procedure bylaw was not posted for public discussion.',
    note: 'kk text reassembled from the PDF extraction (A44, A46)',
  }),
  // Crit-App row 31 — minor (Елеусіз)
  crit(31, 'S4', 'minor', {
    short: L(
      'Жария талқылаудың аяқталғаны туралы есепті орналастырмау',
      'Неразмещение отчета о завершении публичного обсуждения',
      'Public-discussion completion report not published',
    ),
    text: L(
      '"Электрондық үкіметтің" веб-порталында, өзінің интернет-ресурсында және (немесе) жергілікті атқарушы органның интернет-ресурстарында бекітілетін мемлекеттік қызмет көрсету тәртібін айқындайтын заңға тәуелді нормативтік құқықтық актілерінің жобасын жария талқылаудың аяқталғаны туралы есебін орналастырмау',
      'Неразмещение на веб-портале «электронного правительства», собственном интернет-ресурсе и (или) интернет-ресурсах местного исполнительного органа отчета о завершении публичного обсуждения проекта утверждаемого подзаконного нормативного правового акта, определяющего порядок оказания государственных услуг',
      'Non-placement, on the "e-government" web portal, [the body\'s] own internet resource and/or internet resources of the local executive body, of the report on completion of the public discussion of the draft subordinate NLA determining the procedure for providing public services (to be approved).',
    ),
    violation: 'The report on completion of public discussion was not posted.',
    note: 'kk text reassembled from the PDF extraction (A44, A46)',
  }),
  // Crit-App row 32 — gross (Өрескел)
  crit(32, 'S4', 'gross', {
    short: L(
      'Бұқаралық ақпарат құралдарында қызметтерді сапасыз көрсету жөнінде сыни ақпараттардың болуы',
      'Критические материалы СМИ о некачественном оказании услуг',
      'Critical mass-media information on poor-quality services',
    ),
    text: L(
      'Бұқаралық ақпарат құралдарында мемлекеттік қызметтерді сапасыз көрсету жөнінде сыни ақпараттардың болуы',
      'Наличие в средствах массовой информации критических материалов о некачественном оказании государственных услуг',
      'Presence in mass media of critical information on poor-quality provision of public services.',
    ),
    violation: 'At least one critical mass-media item about poor-quality provision of the subject\'s services.',
  }),
  // ---- S5: Information and reporting data provided by authorized bodies and organizations upon request; results of analysis of public monitoring of the quality of provision of public services (p.7(5))
  // Crit-App row 33 — gross (Өрескел)
  crit(33, 'S5', 'gross', {
    short: L(
      '«Мониторинг» ақпараттық жүйесінің мәліметіне сәйкес көрсету мерзімдерін сақтамау',
      'Нарушение сроков по данным ИИС «Мониторинг»',
      'Term breaches per \'Monitoring\' integrated information system',
    ),
    text: L(
      'Ақпараттандыру саласындағы уәкілетті органның "Мониторинг" ықпалдастырылған ақпараттық жүйесінің мәліметіне сәйкес мемлекеттік көрсетілетін қызметтерді көрсету мерзімдерін сақтамау',
      'Несоблюдение сроков оказания государственных услуг согласно данным интегрированной информационной системы «Мониторинг» уполномоченного органа в сфере информатизации',
      'Non-observance of the terms of provision of public services according to the data of the "Monitoring" integrated information system of the authorized body in the field of informatization.',
    ),
    violation: 'The \'Monitoring\' IS shows >= 1 service delivered late.',
  }),
  // Crit-App row 34 — significant (Елеулі)
  crit(34, 'S5', 'significant', {
    short: L(
      'Қоғамдық мониторинг кезінде сұратылған ақпаратты ұсынбау',
      'Непредставление информации при общественном мониторинге (социальный заказ)',
      'Requested information withheld during public monitoring (social order)',
    ),
    text: L(
      'Мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органның әлеуметтік тапсырысы бойынша қоғамдық мониторинг жүргізу кезінде мемлекеттік құпияларды, коммерциялық және заңмен қорғалатын өзге де құпияны құрайтын ақпаратты қоспағанда, мемлекеттік қызметтер көрсету саласына жататын сұратылған ақпаратты ұсынбау',
      'Непредставление запрашиваемой информации, относящейся к сфере оказания государственных услуг, при проведении общественного мониторинга по социальному заказу уполномоченного органа по оценке и контролю за качеством оказания государственных услуг, за исключением информации, составляющей государственные секреты, коммерческую и иную охраняемую законом тайну',
      'Failure to provide requested information relating to the field of provision of public services during public monitoring carried out under a social order of the authorized body for assessment and control of the quality of provision of public services, except for information constituting state secrets, commercial secrets or other secrets protected by law.',
    ),
    violation: 'Requested non-secret public-service information was not provided to public monitors.',
  }),
  // Crit-App row 35 — gross (Өрескел)
  crit(35, 'S5', 'gross', {
    short: L(
      'Орталық мемлекеттік органның операциялық бағалау қорытындысы бойынша тиімсіз қызметі',
      'Неэффективная деятельность ЦГО по итогам ежегодной оперативной оценки',
      'Ineffective activity of central state body (annual operational assessment)',
    ),
    text: L(
      'Мемлекеттік органның жеке және заңды тұлғалармен өзара іс-қимылын операциялық бағалау әдістемесіне сәйкес, орталық мемлекеттік органның мемлекеттік қызмет көрсету бойынша мемлекеттік органның жыл сайынғы тиімділігін операциялық бағалау қорытындысы бойынша тиімсіз қызметі',
      'Неэффективная деятельность центрального государственного органа по оказанию государственных услуг по итогам ежегодной оперативной оценки эффективности деятельности государственного органа в соответствии с Методикой оперативной оценки взаимодействия государственного органа с физическими и юридическими лицами',
      'Ineffective activity of the central state body in the provision of public services according to the results of the annual operational assessment of the effectiveness of the state body, in accordance with the Methodology for operational assessment of the interaction of a state body with individuals and legal entities.',
    ),
    violation: 'The central state body\'s annual operational assessment result on public services is \'ineffective\'.',
    centralOnly: true,
  }),
];
