// Criteria p.4: a control subject is of high risk degree under the objective criteria when any one
// of the six cases holds (the list is disjunctive). Windows (spec §4.4): W6 = the six months before
// the list's approval date R, [R − 6 months, R); W12 = "within one year", by default the rolling
// twelve months [R − 12 months, R) (reading A7); WIC = internal-control reports whose reporting
// period ends in W12 (A12). Thresholds are parameters (./parameters.ts). kk labels are the seed's
// words (p.4(3) reassembled: the PDF moved "бабының"); ru and en are translations.
import { L } from '../../engine/build.js';
import type { TriggerDecl } from '../../risk/model.js';

const windowDefault = { kind: 'text', note: 'window: spec §4.4 implementation default' } as const;

export const TRIGGERS: readonly TriggerDecl[] = [
  // p.4(1) … бақылау субъектісіне бару арқылы профилактикалық бақылау кестесін бекітуден алдыңғы
  // соңғы алты ай ішінде мыңнан астам мемлекеттік қызметтер көрсеткен
  {
    id: 'OBJ-1',
    ref: { paragraph: 'p.4(1)' },
    metric: 'services',
    window: 'W6',
    op: '>',
    threshold: 'obj.services.threshold',
    provenance: { ...windowDefault, decision: 'A6, A8' },
    label: L(
      'Бақылау субъектісімен бақылау субъектісіне бару арқылы профилактикалық бақылау кестесін бекітуден алдыңғы соңғы алты ай ішінде мыңнан астам мемлекеттік қызметтер көрсеткен',
      'Оказано более тысячи государственных услуг за последние шесть месяцев до утверждения графика',
      'More than one thousand public services provided in the six months before the schedule is approved',
    ),
  },
  // p.4(2) … соңғы алты ай ішінде … уәкілетті органға жеке және (немесе) заңды тұлғалардан арыз келіп түскен
  {
    id: 'OBJ-2',
    ref: { paragraph: 'p.4(2)' },
    metric: 'applications',
    window: 'W6',
    op: '>=',
    threshold: 'obj.applications.threshold',
    provenance: { ...windowDefault, decision: 'A9' },
    label: L(
      'Бақылау субъектісіне бару арқылы профилактикалық бақылау кестесін бекітуден соңғы алты ай ішінде мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органға жеке және (немесе) заңды тұлғалардан арыз келіп түскен',
      'За последние шесть месяцев в уполномоченный орган поступило заявление физических и (или) юридических лиц',
      'An application from individuals and/or legal entities reached the authorized body in the last six months',
    ),
  },
  // p.4(3) … 465-бабының талаптарын сақтамағаны үшін бір жыл ішінде әкімшілік жауапкершілікке тартылған тұлғалар болған
  {
    id: 'OBJ-3',
    ref: { paragraph: 'p.4(3)', note: 'Code on Administrative Offences, Art. 465' },
    metric: 'liability465',
    window: 'W12',
    op: '>=',
    threshold: 'obj.liability465.threshold',
    provenance: { ...windowDefault, decision: 'A7, A10' },
    label: L(
      'Қазақстан Республикасы "Әкімшілік құқық бұзушылық туралы" Кодексінің 465-бабының талаптарын сақтамағаны үшін бір жыл ішінде әкімшілік жауапкершілікке тартылған тұлғалар болған',
      'В течение одного года имелись лица, привлеченные к административной ответственности по статье 465 КоАП',
      'Persons were held administratively liable under Art. 465 of the Code on Administrative Offences within one year',
    ),
  },
  // p.4(4) … бір жыл ішінде бұқаралық ақпарат құралдарында … қоғамдық резонансы бар жағымсыз материалдары болған
  {
    id: 'OBJ-4',
    ref: { paragraph: 'p.4(4)' },
    metric: 'resonantMedia',
    window: 'W12',
    op: '>=',
    threshold: 'obj.media.threshold',
    provenance: { ...windowDefault, decision: 'A7, A38' },
    label: L(
      'Бір жыл ішінде бұқаралық ақпарат құралдарында (оның ішінде, интернет ресурстарында) бақылау субъектілерінің мемлекеттік қызметтер көрсету сапасына қатысты қоғамдық резонансы бар жағымсыз материалдары болған',
      'В течение одного года в СМИ были негативные материалы, имеющие общественный резонанс',
      'Negative mass-media materials with public resonance within one year',
    ),
  },
  // p.4(5) … бір жыл ішінде Заңның, заңға тәуелді нормативтік құқықтық актілердің талаптарын сақтау бойынша
  // үш немесе одан да көп тексерулер жүргізілген
  {
    id: 'OBJ-5',
    ref: { paragraph: 'p.4(5)' },
    metric: 'inspections',
    window: 'W12',
    op: '>=',
    threshold: 'obj.inspections.threshold',
    provenance: { ...windowDefault, decision: 'A7, A11' },
    label: L(
      'Бір жыл ішінде Заңның, заңға тәуелді нормативтік құқықтық актілердің талаптарын сақтау бойынша үш немесе одан да көп тексерулер жүргізілген',
      'В течение одного года проведено три и более проверки соблюдения требований Закона и подзаконных актов',
      'Three or more inspections of compliance with the Law and bylaws within one year',
    ),
  },
  // p.4(6) мемлекеттік көрсетілетін қызметтердің сапасын ішкі бақылау бойынша есепте мемлекеттік көрсетілетін
  // қызметті көрсетуден бас тарту фактілері болған
  {
    id: 'OBJ-6',
    ref: { paragraph: 'p.4(6)' },
    metric: 'refusalFacts',
    window: 'WIC',
    op: '>=',
    threshold: 'obj.refusals.threshold',
    provenance: { ...windowDefault, decision: 'A12' },
    label: L(
      'Мемлекеттік көрсетілетін қызметтердің сапасын ішкі бақылау бойынша есепте мемлекеттік көрсетілетін қызметті көрсетуден бас тарту фактілері болған',
      'В отчете по внутреннему контролю имелись факты отказа в оказании государственной услуги',
      'The internal-control report records refusals to provide a public service',
    ),
  },
];
