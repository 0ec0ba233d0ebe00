// Direction 1 inputs, field by field. The act has no input forms of its own for this direction: the
// data reach the Agency "within state control over the quality of public services" (p.20), from the
// Agency's public monitoring (p.29), from IS "Monitoring" via the Ministry (p.35) and, for criteria 6
// and 7, from the service integrator (p.23). One form per criterion, named after what it holds; each
// field cites the paragraph (and App 6–9 row) whose symbol it supplies.
import { L } from '../../../engine/build.js';
import type { FormDecl } from '../../../engine/types.js';
import { CENTRAL } from '../common.js';
import { unit, IC_DECISION } from '../../vocabulary.js';

const AGENCY = L(
  'Агенттік (мемлекеттік бақылау шеңберінде)',
  'Агентство (в рамках государственного контроля)',
  'The Agency (within state control)',
);
const INTEGRATOR = L(
  '«Электрондық үкіметтің» сервистік интеграторы',
  'Сервисный интегратор "электронного правительства"',
  'Service integrator of "e-government"',
);

/** p.26–32, App 6: criterion 1 "Satisfaction of service recipients" (K1 / M1). */
export const satisfactionForm: FormDecl = {
  id: 'D1.satisfaction',
  label: L(
    'Көрсетілетін қызметті алушылардың қанағаттануы (26–32-тармақтар, 6-қосымша)',
    'Удовлетворенность услугополучателей (пп. 26–32, приложение 6)',
    'Satisfaction of service recipients (p.26–32, App 6)',
  ),
  ref: { paragraph: 'p.26–32', appendix: 'App 6' },
  filledBy: AGENCY,
  fields: [
    {
      name: 'service_types',
      label: L(
        'Қоғамдық мониторингке енген мемлекеттік көрсетілетін қызмет түрлері (бос тізім — мониторинг жүргізілмеген)',
        'Виды государственных услуг, охваченные общественным мониторингом (пустой список — не охвачены)',
        'Service types covered by the public monitoring (an empty list: none was monitored)',
      ),
      type: 'list',
      required: true,
      ref: { paragraph: 'p.29–31' },
      item: [
        { name: 'service', label: L('Мемлекеттік көрсетілетін қызмет', 'Государственная услуга', 'Public service'), type: 'text' },
        {
          name: 'satisfaction',
          label: L(
            'Қызмет көрсету сапасына қанағаттану деңгейі (0–5 балл)',
            'Уровень удовлетворенности качеством оказания государственной услуги (0–5 баллов)',
            'Satisfaction level with the quality of the service (0–5 points)',
          ),
          type: 'number',
          min: 0,
          max: 5,
          required: true,
          ref: { paragraph: 'p.30', appendix: 'App 6' },
        },
      ],
    },
    {
      name: 'reference_mean',
      label: L(
        'Мониторингке енген органдар нәтижелерінің орташа мәні (Агенттік жариялаған, AMB-7 балама оқылымы)',
        'Среднее значение результатов органов, услуги которых подверглись мониторингу (по данным Агентства)',
        'Mean of the results of the monitored bodies, as published by the Agency (used by the AMB-7 alternative, and when no body of the pool was monitored)',
      ),
      type: 'number',
      min: 0,
      max: 35,
      ref: { paragraph: 'p.31' },
    },
    {
      name: 'barrier_measures_taken',
      label: L(
        'Мониторинг нәтижесінде анықталған әкімшілік кедергілерді жою бойынша шаралар қабылданды',
        'Приняты меры по устранению административных барьеров, выявленных по итогам мониторинга качества оказания государственных услуг',
        'Measures were taken to remove the administrative barriers found by the body’s own quality monitoring',
      ),
      type: 'boolean',
      required: true,
      ref: { paragraph: 'p.32' },
    },
  ],
};

/** p.33–40, App 7: criterion 2 "Compliance with service deadlines" (K2 / M2). */
export const deadlinesForm: FormDecl = {
  id: 'D1.deadlines',
  label: L(
    'Мемлекеттік қызметтер көрсету мерзімдерінің сақталуы (33–40-тармақтар, 7-қосымша)',
    'Соблюдение сроков оказания государственных услуг (пп. 33–40, приложение 7)',
    'Compliance with service deadlines (p.33–40, App 7)',
  ),
  ref: { paragraph: 'p.33–40', appendix: 'App 7' },
  filledBy: AGENCY,
  fields: [
    {
      name: 'late_services',
      label: L(
        'Мерзімі бұзылып көрсетілген мемлекеттік қызметтер саны (a); тексеру жүргізілсе — тексеру нәтижесі, әйтпесе — «Мониторинг» АЖ деректері; бір жұмыс күнінде көрсетілетін қызметтерсіз',
        'Количество государственных услуг, оказанных с нарушением установленных сроков (a): при проведении проверок — по результатам проверок, иначе — из ИС "Мониторинг"; без услуг, оказываемых в течение одного рабочего дня',
        'Services rendered late (a), e-services included: inspection results where inspections were held, otherwise IS "Monitoring" (p.36); without one-working-day services (p.37)',
      ),
      type: 'integer',
      ...unit('services'),
      required: true,
      partOf: 'services_rendered',
      ref: { paragraph: 'p.36–38' },
    },
    {
      name: 'late_during_is_failure',
      label: L(
        'Оның ішінде ақпараттық жүйенің расталған техникалық іркілісі кезеңінде мерзімі бұзылып көрсетілгені',
        'В том числе оказанных с нарушением сроков в период подтвержденного сбоя информационной системы',
        'Of which rendered late during an information-system failure confirmed by the authorised body for informatization (not counted, p.36)',
      ),
      type: 'integer',
      ...unit('services'),
      default: 0,
      partOf: 'late_services',
      ref: { paragraph: 'p.36' },
    },
    {
      name: 'services_rendered',
      label: L(
        'Көрсетілген мемлекеттік қызметтердің жалпы саны (b); бір жұмыс күнінде көрсетілетін қызметтерсіз',
        'Общее количество оказанных государственных услуг (b), без услуг, оказываемых в течение одного рабочего дня',
        'All services rendered (b), e-services included, without one-working-day services (p.37)',
      ),
      type: 'integer',
      ...unit('services'),
      required: true,
      ref: { paragraph: 'p.37–38' },
    },
    {
      name: 'late_services_prev',
      label: L(
        'Алдыңғы бағаланған кезеңде мерзімі бұзылып көрсетілген қызметтер саны (сол алып тастаулармен)',
        'Количество услуг, оказанных с нарушением сроков в предыдущем оцениваемом периоде (с теми же исключениями)',
        'Services rendered late in the previous assessed period (same exclusions)',
      ),
      type: 'integer',
      ...unit('services'),
      required: true,
      partOf: 'services_rendered_prev',
      ref: { paragraph: 'p.39', appendix: 'App 7' },
    },
    {
      name: 'services_rendered_prev',
      label: L(
        'Алдыңғы кезеңде көрсетілген қызметтердің жалпы саны (тек AMB-10 «үлес бойынша» оқылымы үшін)',
        'Общее количество услуг, оказанных в предыдущем периоде (только для прочтения AMB-10 "по долям")',
        'All services rendered in the previous period (read only under the AMB-10 "rates" reading)',
      ),
      type: 'integer',
      ...unit('services'),
      ref: { paragraph: 'p.39', appendix: 'App 7' },
    },
    {
      name: 'late_entries',
      label: L(
        '«Мониторинг» АЖ-ға ақпаратты уақтылы енгізбеудің тіркелген фактілері',
        'Зафиксированные факты несвоевременного представления информации в ИС "Мониторинг"',
        'Recorded cases of late entry of information into IS "Monitoring" (gateway / IS failures confirmed by a reconciliation act excluded)',
      ),
      type: 'integer',
      ...unit('facts'),
      default: 0,
      ref: { paragraph: 'p.40' },
    },
  ],
};

/** p.41–50: criterion 3 "Ensuring quality of services" (K3 / M3). */
export const qualityForm: FormDecl = {
  id: 'D1.quality',
  label: L(
    'Мемлекеттік қызметтер көрсету сапасын қамтамасыз ету (41–50-тармақтар)',
    'Обеспечение качества оказания государственных услуг (пп. 41–50)',
    'Ensuring quality of services (p.41–50)',
  ),
  ref: { paragraph: 'p.41–50', note: 'p.44: inspection results where inspections were held, otherwise the body’s internal-control data' },
  filledBy: AGENCY,
  fields: [
    {
      name: 'services_rendered',
      label: L(
        'Мемлекеттік орган (ведомстволық бағынысты ұйым) көрсеткен мемлекеттік қызметтердің жалпы саны (b, d, m, h)',
        'Общее количество государственных услуг, оказанных государственным органом (подведомственной организацией) (b, d, m, h)',
        'All services rendered by the body and its subordinate organisations (b, d, m, h of p.46–49)',
      ),
      type: 'integer',
      ...unit('services'),
      required: true,
      ref: { paragraph: 'p.46–49' },
    },
    {
      name: 'unjustified_refusals',
      label: L(
        'Заңдарда және стандартта көзделмеген жағдайларда және негіздер бойынша бас тартылған қызметтер саны (a)',
        'Количество услуг, при оказании которых отказано в случаях и по основаниям, не установленным законами и стандартом (a)',
        'Services refused in cases and on grounds not set by the laws and the service standard (a)',
      ),
      type: 'integer',
      ...unit('services'),
      required: true,
      partOf: 'services_rendered',
      ref: { paragraph: 'p.46' },
    },
    {
      name: 'incomplete_documents',
      label: L(
        'Стандартта көзделген тізбе бойынша құжаттар топтамасы толық болмаған кезде көрсетілген қызметтер саны (c)',
        'Количество услуг, оказанных с неполным пакетом документов согласно перечню стандарта (c)',
        'Services rendered on an incomplete set of documents against the standard’s list (c)',
      ),
      type: 'integer',
      ...unit('services'),
      required: true,
      partOf: 'services_rendered',
      ref: { paragraph: 'p.47' },
    },
    {
      name: 'extra_documents_demanded',
      label: L(
        'Стандартта көзделмеген құжаттар талап етілген қызметтер саны (n)',
        'Количество услуг, при оказании которых истребовались документы, не предусмотренные стандартом (n)',
        'Services where documents outside the standard’s list were demanded (n)',
      ),
      type: 'integer',
      ...unit('services'),
      required: true,
      partOf: 'services_rendered',
      ref: { paragraph: 'p.48' },
    },
    {
      name: 'business_process_violations',
      label: L(
        'Регламентке сәйкес бизнес-процесі бұзылған қызметтер саны (g)',
        'Количество услуг, при оказании которых нарушен бизнес-процесс согласно регламенту (g)',
        'Services whose business process set by the approved regulation was violated (g)',
      ),
      type: 'integer',
      ...unit('services'),
      required: true,
      partOf: 'services_rendered',
      ref: { paragraph: 'p.49' },
    },
    {
      name: 'justified_complaints',
      label: L(
        'Көрсетілген мемлекеттік қызметтерге жеке және заңды тұлғалардың негізделген шағымдарының саны (e)',
        'Количество обоснованных жалоб физических и юридических лиц на оказанные государственные услуги (e)',
        'Justified complaints of individuals and legal entities about the services rendered (e), incl. via the State Corporation, the e-government portal and AIS "Unified Accounting of Appeals"',
      ),
      type: 'integer',
      ...unit('complaints'),
      required: true,
      ref: { paragraph: 'p.50' },
    },
    {
      name: 'service_recipients',
      label: L(
        'Мемлекеттік органның қызметтерін алған жеке және заңды тұлғалардың жалпы саны (f)',
        'Общее количество физических и юридических лиц, получивших услуги государственного органа (f)',
        'Individuals and legal entities who received the body’s services (f)',
      ),
      type: 'integer',
      ...unit('recipients'),
      required: true,
      ref: { paragraph: 'p.50' },
    },
  ],
};

/** p.51–53, App 8: criterion 4 "Internal control over service quality" (K4 / M4). */
export const internalControlForm: FormDecl = {
  id: 'D1.internal_control',
  label: L(
    'Мемлекеттік қызметтер сапасын ішкі бақылау (51–53-тармақтар, 8-қосымша)',
    'Внутренний контроль за качеством государственных услуг (пп. 51–53, приложение 8)',
    'Internal control over service quality (p.51–53, App 8)',
  ),
  ref: { paragraph: 'p.51–53', appendix: 'App 8' },
  filledBy: AGENCY,
  fields: [
    {
      name: 'has_quality_unit',
      label: L(
        'Мемлекеттік қызметтер көрсету сапасына жауапты құрылымдық бөлімшенің болуы',
        'Наличие структурного подразделения, ответственного за качество оказания государственных услуг',
        'The body has a structural unit responsible for the quality of public services',
      ),
      type: 'boolean',
      required: true,
      ref: { paragraph: 'p.53', appendix: 'App 8', row: '1' },
    },
    {
      name: 'plans_approved_on_time',
      label: L(
        'Мемлекеттік қызметтер көрсету сапасы бойынша бақылау іс-шаралары жоспарларының уақтылы бекітілуі',
        'Наличие своевременно утвержденных планов контрольных мероприятий по качеству оказания государственных услуг',
        'Control-measure plans on service quality were approved on time',
      ),
      type: 'boolean',
      required: true,
      ref: { paragraph: 'p.53', appendix: 'App 8', row: '2' },
    },
    {
      name: 'planned_measures',
      label: L(
        'Бекітілген тексеру жоспарларындағы бақылау іс-шараларының саны',
        'Количество контрольных мероприятий в утвержденных планах проверок',
        'Control measures in the approved inspection plans',
      ),
      type: 'integer',
      required: true,
      ref: { paragraph: 'p.53', appendix: 'App 8', row: '3–5' },
    },
    {
      name: 'executed_measures',
      label: L(
        'Оның ішінде орындалған бақылау іс-шаралары',
        'Из них исполненные контрольные мероприятия',
        'Of which carried out',
      ),
      type: 'integer',
      required: true,
      partOf: 'planned_measures',
      ref: { paragraph: 'p.53', appendix: 'App 8', row: '3–5' },
    },
    {
      name: 'agency_recommendations',
      label: L(
        'Бақылау іс-шаралары қорытындысы бойынша Агенттік берген ұсынымдар саны',
        'Количество рекомендаций Агентства по итогам проведенных контрольных мероприятий',
        'Recommendations the Agency made after its control measures',
      ),
      type: 'integer',
      required: true,
      ref: { paragraph: 'p.53', appendix: 'App 8', row: '6–8' },
    },
    {
      name: 'recommendations_executed',
      label: L('Оның ішінде орындалғаны', 'Из них исполненные', 'Of which carried out'),
      type: 'integer',
      required: true,
      partOf: 'agency_recommendations',
      ref: { paragraph: 'p.53', appendix: 'App 8', row: '6–8' },
    },
    {
      name: 'late_services',
      label: L(
        'Мемлекеттік орган (ведомстволық бағынысты ұйым) мерзімі бұзылып көрсеткен қызметтердің жалпы саны',
        'Общее количество государственных услуг, оказанных государственным органом (подведомственной организацией) с нарушением установленных сроков',
        'All services the body (subordinate organisation) rendered late',
      ),
      type: 'integer',
      ...unit('services'),
      required: true,
      ref: { appendix: 'App 8', row: '9–11' },
    },
    {
      name: 'late_found_by_internal_control',
      label: L(
        'Оның ішінде бекітілген тексеру жоспарлары бойынша бақылау іс-шаралары шеңберінде анықталғаны',
        'Из них выявленные в рамках контрольных мероприятий по утвержденным планам проверок',
        'Of which found by the body’s control measures under its approved inspection plans',
      ),
      type: 'integer',
      ...unit('services'),
      required: true,
      partOf: 'late_services',
      ref: { appendix: 'App 8', row: '9–11' },
    },
  ],
};

/** p.54–57: criterion 5 "Expansion of the Register of public services" (K5, central bodies only, p.55). */
export const registerForm: FormDecl = {
  id: 'D1.register',
  label: L(
    'Мемлекеттік көрсетілетін қызметтер тізілімін кеңейту (54–57-тармақтар)',
    'Расширение Реестра государственных услуг (пп. 54–57)',
    'Expansion of the Register of public services (p.54–57)',
  ),
  ref: { paragraph: 'p.54–57' },
  filledBy: AGENCY,
  appliesTo: [CENTRAL],
  fields: [
    {
      name: 'new_service_types',
      label: L(
        'Есепті кезеңде Тізілімге енгізілген жаңа мемлекеттік көрсетілетін қызмет түрлерінің саны',
        'Количество новых видов государственных услуг, включенных в Реестр в отчетном периоде',
        'New service types of the body included in the Register during the period',
      ),
      type: 'integer',
      required: true,
      ref: { paragraph: 'p.57' },
    },
    {
      name: 'no_further_services_conclusion',
      label: L(
        'Тізілімге енгізуге жататын қосымша қызмет түрлерінің жоқтығы туралы уәкілетті органның қорытындысы бар',
        'Имеется заключение уполномоченного органа в сфере оказания государственных услуг об отсутствии дополнительных видов государственных услуг, подлежащих включению в Реестр',
        'The authorised body in the sphere of public services concluded that there are no further service types to include in the Register',
      ),
      type: 'boolean',
      default: false,
      ref: { paragraph: 'p.57' },
    },
  ],
};

/** p.58–59: criterion 6 "Composite public services" (K6, central bodies only). */
export const compositeForm: FormDecl = {
  id: 'D1.composite',
  label: L(
    'Композиттік мемлекеттік көрсетілетін қызметтер (58–59-тармақтар)',
    'Композитные государственные услуги (пп. 58–59)',
    'Composite public services (p.58–59)',
  ),
  ref: { paragraph: 'p.58–59' },
  filledBy: INTEGRATOR,
  appliesTo: [CENTRAL],
  fields: [
    {
      name: 'new_composite_service_types',
      label: L(
        'Бір өтініш негізінде электрондық нысанда көрсетілетін қызметтер тізбесіне есепті кезеңде енгізілген жаңа қызмет түрлерінің саны',
        'Количество новых видов государственных услуг, включенных в отчетном периоде в Перечень государственных услуг, оказываемых в электронной форме на основании одного заявления',
        'New service types included during the period in the List of services rendered electronically on one application (order No. 296)',
      ),
      type: 'integer',
      required: true,
      ref: { paragraph: 'p.59' },
    },
  ],
};

/** p.60–67, App 9: criterion 7 "Optimization of public services" (K7, central bodies only). */
export const optimizationForm: FormDecl = {
  id: 'D1.optimization',
  label: L(
    'Мемлекеттік көрсетілетін қызметтерді оңтайландыру (60–67-тармақтар, 9-қосымша)',
    'Оптимизация государственных услуг (пп. 60–67, приложение 9)',
    'Optimization of public services (p.60–67, App 9)',
  ),
  ref: { paragraph: 'p.60–67', appendix: 'App 9' },
  filledBy: INTEGRATOR,
  appliesTo: [CENTRAL],
  fields: [
    {
      name: 'standards_changed',
      label: L(
        'Есепті кезеңде оңтайландыру бөлігінде өзгертілген мемлекеттік көрсетілетін қызметтер стандарттарының саны, оның ішінде жергілікті атқарушы органдар көрсететін қызметтер бойынша (c)',
        'Количество измененных стандартов государственных услуг, в том числе по стандартам услуг, оказываемых местными исполнительными органами, в части оптимизации за отчетный период (c)',
        'Service standards amended for optimisation in the period, including standards of services rendered by local executive bodies (c)',
      ),
      type: 'integer',
      required: true,
      ref: { paragraph: 'p.64' },
    },
    {
      name: 'standards_to_optimize',
      label: L(
        'Оңтайландыруға жататын мемлекеттік көрсетілетін қызметтер стандарттарының жалпы саны (n)',
        'Общее количество стандартов государственных услуг, подлежащих оптимизации (n)',
        'All service standards subject to optimisation (n)',
      ),
      type: 'integer',
      required: true,
      ref: { paragraph: 'p.64' },
    },
    {
      name: 'services',
      label: L(
        'Тізілімге сәйкес органның мемлекеттік көрсетілетін қызмет түрлері',
        'Виды государственных услуг, оказываемых государственным органом в соответствии с Реестром',
        'Service types the body renders under the Register (one row per type)',
      ),
      type: 'list',
      required: true,
      ref: { paragraph: 'p.65–67', appendix: 'App 9' },
      item: [
        { name: 'service', label: L('Мемлекеттік көрсетілетін қызмет', 'Государственная услуга', 'Public service'), type: 'text' },
        {
          name: 'app9_row',
          label: L(
            'Көрсету тәсілі: 9-қосымшаның жолы (1–6)',
            'Способ оказания государственной услуги: строка приложения 9 (1–6)',
            'Way of rendering: row of App 9 (1–6)',
          ),
          type: 'integer',
          min: 1,
          max: 6,
          required: true,
          ref: { appendix: 'App 9' },
        },
        {
          name: 'standard_approved',
          label: L(
            'Бағалау кезінде қызмет стандарты бекітілген',
            'Стандарт государственной услуги утвержден на момент проведения оценки',
            'The service standard is approved at the time of assessment',
          ),
          type: 'boolean',
          required: true,
          ref: { paragraph: 'p.67' },
        },
        {
          name: 'docs_obtainable',
          label: L(
            'Ведомствоаралық/ведомстволық ақпараттық жүйелерден алынуы мүмкін сұратылатын құжаттар саны (y)',
            'Количество запрашиваемых документов, которые могут быть получены из межведомственных/ведомственных информационных систем (y)',
            'Requested documents that can be obtained from interdepartmental/departmental information systems (y)',
          ),
          type: 'integer',
          required: true,
          ref: { paragraph: 'p.67' },
        },
        {
          name: 'docs_obtained',
          label: L(
            'Оның ішінде ақпараттық жүйелерден алынғаны (x)',
            'Из них полученные из межведомственных/ведомственных информационных систем (x)',
            'Of which obtained from those information systems (x)',
          ),
          type: 'integer',
          required: true,
          partOf: 'docs_obtainable',
          ref: { paragraph: 'p.67', note: 'DECISIONS D1: x ≤ y' },
        },
        {
          name: 'ic_decision',
          label: L(
            'Қызметті Мемлекеттік корпорация арқылы көрсету мүмкін еместігі туралы Ведомствоаралық комиссияның шешімі (екі кезеңге есептеледі)',
            'Решение Межведомственной комиссии о невозможности оказания услуги через Государственную корпорацию (учитывается два периода)',
            'Interdepartmental Commission decision that the service cannot be rendered through the State Corporation (it counts for two periods)',
          ),
          type: 'enum',
          values: ['none', 'current', 'previous'],
          valueLabels: IC_DECISION,
          ref: { paragraph: 'p.67' },
        },
        {
          name: 'added_at_period_end',
          label: L(
            'Қызмет Тізілімге бағаланатын кезеңнің соңында енгізілген (есептелмейді)',
            'Услуга включена в Реестр в конце оцениваемого периода (не учитывается)',
            'The service was added to the Register at the end of the assessed period (left out, p.65)',
          ),
          type: 'boolean',
          ref: { paragraph: 'p.65' },
        },
      ],
    },
  ],
};

export const direction1Forms: FormDecl[] = [
  satisfactionForm,
  deadlinesForm,
  qualityForm,
  internalControlForm,
  registerForm,
  compositeForm,
  optimizationForm,
];
