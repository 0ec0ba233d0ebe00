// Appendix 7 — "Ақпараттандыру саласындағы Архитектуралық порталына енгізілген деректердің толықтығы"
// көрсеткішінің параметрлері: the Architecture Portal coefficient m of indicator 4.1 (¶48–53).
// ¶49: only central bodies that filled the Portal in 2011–2015 (or were newly created and did) are
// concerned (AMB A-32). ¶51: the points of a parameter are deducted when more than 50% of its data are
// not updated. ¶52: a parameter made of sub-parameters is assessed sub-parameter by sub-parameter, each
// weighing the parameter's points divided by their number. ¶53: m = the sum of the points not received.
import { L, inp } from '../../engine/build.js';
import { D } from '../../engine/decimal.js';
import type { FieldDecl, FormDecl, Labels, NodeDecl } from '../../engine/types.js';
import { CENTRAL } from './kinds.js';

export const APP7 = 'App7';

interface App7Param {
  no: string;
  points: string;
  label: Labels;
  subs?: readonly Labels[];
}

export const app7Params: readonly App7Param[] = [
  { no: '1', points: '1', label: L('Мемлекеттік қызметтердің өзектіленген тізбесінің бар болуы (2013 жылғы 18 қыркүйектегі № 983 қаулымен бекітілген тізілімге сәйкес)', 'Наличие актуализированного перечня государственных услуг (по реестру, утв. постановлением № 983 от 18.09.2013)', 'Updated list of public services (per the Register, Decree No. 983 of 18.09.2013)') },
  {
    no: '2', points: '2', label: L('Мемлекеттік қызмет сипаттамасының бар болуы', 'Наличие описания государственной услуги', 'Description of public services'),
    subs: [
      L('Тізілімге сәйкес қызметтер атауы', 'Наименование услуги по реестру', 'Name of the service per the Register'),
      L('Қызметті көрсететін құрылымдық бөлімшелердің атауы', 'Наименования структурных подразделений, оказывающих услугу', 'Structural subdivisions providing the service'),
      L('Функциялар / қызметтер тобы', 'Группа функций / услуг', 'Group of functions / services'),
      L('Қызметті алушылар тобы (жеке, заңды тұлғалар, ЖК)', 'Группа получателей услуги (физические, юридические лица, ИП)', 'Group of recipients (individuals, legal entities, entrepreneurs)'),
      L('Қызметті алушылардың мақсатты тобы', 'Целевая группа получателей услуги', 'Target group of recipients'),
      L('Қызмет төлемінің қажеттігі', 'Необходимость оплаты услуги', 'Whether payment is required'),
      L('Ақылы қызмет көрсеткені үшін түрлеріне қарай құны', 'Стоимость платной услуги по видам', 'Cost of a paid service by type'),
      L('Қызметтің кіріс, аралық, шығыс құжаттар тізбесі', 'Перечень входных, промежуточных и выходных документов услуги', 'Input, intermediate and output documents'),
      L('Қызметті регламенттейтін НҚА тізбесі', 'Перечень НПА, регламентирующих услугу', 'NPAs regulating the service'),
      L('Қызмет автоматтандыруға жатады / жатпайды', 'Услуга подлежит / не подлежит автоматизации', 'Service subject / not subject to automation'),
      L('Қызмет автоматтандырылған / автоматтандырылмаған / ішінара', 'Услуга автоматизирована / не автоматизирована / частично', 'Service automated / not / partially'),
      L('Мемлекеттік органдардың АЖ-мен байланыс арқылы қызметті автоматтандыру (бағалау кезінде автоматтандырылса)', 'Автоматизация услуги через связь с ИС госорганов (если автоматизирована на момент оценки)', 'Automation through links to state IS (if automated)'),
      L('Мемлекеттік органдардың АЖ-мен байланыс арқылы қызметті автоматтандыру жоспарланса', 'Планируемая автоматизация услуги через связь с ИС госорганов', 'Planned automation through links to state IS'),
    ],
  },
  { no: '3', points: '1', label: L('Мемлекеттік функцияларының өзектіленген тізімінің бар болуы', 'Наличие актуализированного перечня государственных функций', 'Updated list of state functions') },
  {
    no: '4', points: '1', label: L('Мемлекеттік функциялар сипаттамасының бар болуы', 'Наличие описания государственных функций', 'Description of state functions'),
    subs: [
      L('Мемлекеттік органның және/немесе құрылымдық бөлімшесінің мемлекеттік функцияларының атауы', 'Наименование государственных функций органа и/или его подразделения', 'Name of the state function'),
      L('Функцияның орындалуына жауапты органның және/немесе бөлімшенің атауы', 'Наименование органа и/или подразделения, ответственного за функцию', 'Body or subdivision responsible'),
      L('Қызметтер / функциялар тобы', 'Группа услуг / функций', 'Group of services / functions'),
      L('Функция автоматтандыруға жатады / жатпайды', 'Функция подлежит / не подлежит автоматизации', 'Function subject / not subject to automation'),
      L('Функцияны автоматтандырудың ағымдағы мәртебесі', 'Текущий статус автоматизации функции', 'Current automation status'),
    ],
  },
  { no: '5', points: '1', label: L('Мемлекеттік тіркелімде тіркелген ақпараттық жүйелерінің өзектілендірілген тізімінің бар болуы', 'Наличие актуализированного перечня ИС, зарегистрированных в Государственном регистре', 'Updated list of IS registered in the State Register') },
  {
    no: '6', points: '2', label: L('Мемлекеттік органның ақпараттық жүйесіне сипаттамасы бар болуы', 'Наличие описания информационной системы государственного органа', 'Description of the body’s IS'),
    subs: [
      L('Ақпараттық жүйенің иеленушісі', 'Владелец информационной системы', 'Owner of the IS'),
      L('Ақпараттық жүйенің мәртебесі (өмірлік циклінің ағымдағы жай-күйі)', 'Статус ИС (текущая стадия жизненного цикла)', 'Status of the IS (life-cycle stage)'),
      L('Қосымшасы архитектурасының типі', 'Тип архитектуры приложения', 'Application architecture type'),
      L('Торабы архитектурасының типіне сипаттамасы', 'Описание типа архитектуры узла', 'Node architecture type'),
      L('Қосымша клиентінің типі', 'Тип клиента приложения', 'Application client type'),
    ],
  },
  { no: '7', points: '1', label: L('Ақпараттық жүйе құрауыштарының өзектілендірілген тізбесі бар болуы', 'Наличие актуализированного перечня компонентов ИС', 'Updated list of IS components') },
  { no: '8', points: '2', label: L('Ақпараттық жүйе құрауыштарымен берілетін сервистеріне (функционалдық міндеттері) сипаттамасының бар болуы', 'Наличие описания сервисов (функциональных задач) компонентов ИС', 'Description of the services of IS components') },
  { no: '9', points: '2', label: L('Интеграциялау жоспарына сәйкес қолданыстағы және жоспарланатын ақпараттық жүйелерді интеграциялауының өзектіленген тізбесінің бар болуы', 'Наличие актуализированного перечня интеграций действующих и планируемых ИС согласно плану интеграции', 'Updated list of integrations per the integration plan') },
  { no: '10', points: '1', label: L('Нұсқасын көрсетумен пайдаланыстағы ақпараттық жүйелер технологияларының өзектіленген тізбесінің бар болуы', 'Наличие актуализированного перечня технологий действующих ИС с указанием версий', 'Updated list of technologies of IS in operation, with versions') },
];

const over = (id: string) => `over50_${id.replace('.', '_')}`;
const overField = (id: string, label: Labels): FieldDecl => ({
  name: over(id),
  label: L(`${id}: өзектілендірілмеген мәліметтер 50%-дан асады — ${label.kk}`, `${id}: неактуализированные сведения превышают 50% — ${label.ru}`, `${id}: more than 50% of the data not updated — ${label.en}`),
  type: 'boolean',
  default: false,
  ref: { paragraph: '¶51', appendix: 'App 7', row: id },
});

export const app7Form: FormDecl = {
  id: APP7,
  label: L('Архитектуралық порталға енгізілген деректердің толықтығы (7-қосымша)', 'Полнота данных, внесённых в Архитектурный портал (приложение 7)', 'Completeness of data in the Architecture Portal (App 7)'),
  ref: { paragraph: '¶48–53', appendix: 'App 7' },
  filledBy: L('Сервистік интегратор', 'Сервисный интегратор', 'Service integrator'),
  appliesTo: [CENTRAL],
  fields: [
    {
      name: 'participant',
      label: L('2011–2015 жылдары Архитектуралық портал деректерін толықтыруға қатысты', 'Участвовал в наполнении Архитектурного портала в 2011–2015 годах', 'Took part in filling the Architecture Portal in 2011–2015'),
      type: 'boolean',
      default: false,
      ref: { paragraph: '¶49', note: 'AMB A-32' },
    },
    ...app7Params.flatMap((p) => (p.subs ? p.subs.map((s, i) => overField(`${p.no}.${i + 1}`, s)) : [overField(p.no, p.label)])),
  ],
};

function paramNode(p: App7Param): NodeDecl {
  const base = { level: 'parameter' as const, appliesTo: [CENTRAL], provenance: { kind: 'text' as const } };
  if (!p.subs) {
    return {
      ...base,
      id: `C4.1.m.${p.no}`,
      label: p.label,
      ref: { paragraph: '¶51', appendix: 'App 7', row: p.no },
      max: { [CENTRAL]: Number(p.points) },
      formula: { expr: 'failed ? w : 0', where: { failed: inp(APP7, over(p.no)), w: { kind: 'const', value: p.points, label: 'points of the parameter' } } },
    };
  }
  const n = p.subs.length;
  return {
    ...base,
    id: `C4.1.m.${p.no}`,
    label: p.label,
    ref: { paragraph: '¶52', appendix: 'App 7', row: p.no },
    max: { [CENTRAL]: Number(p.points) },
    // counted, then divided once: 13 × (2 / 13) summed term by term would not give exactly 2
    formula: {
      text: `points lost = stale sub-parameters × ${p.points} / ${n}`,
      compute(ctx) {
        const failed = p.subs!.filter((_, i) => ctx.node(`C4.1.m.${p.no}.${i + 1}`).gt(0)).length;
        return D(failed).times(p.points).div(n);
      },
    },
    children: p.subs.map((s, i) => ({
      ...base,
      id: `C4.1.m.${p.no}.${i + 1}`,
      label: s,
      ref: { paragraph: '¶52', appendix: 'App 7', row: `${p.no}.${i + 1}` },
      formula: {
        expr: 'failed ? w / n : 0',
        where: { failed: inp(APP7, over(`${p.no}.${i + 1}`)), w: { kind: 'const', value: p.points, label: 'points of the parameter' }, n: { kind: 'const', value: String(n), label: 'number of sub-parameters' } },
      },
    })),
  };
}

/** m ≤ 0: minus the points not received, for participating central bodies only. */
export const archPortalCoefficient: NodeDecl = {
  id: 'C4.1.m',
  level: 'parameter',
  label: L('Архитектуралық порталды толықтыру бойынша коэффициент (m)', 'Коэффициент по наполнению Архитектурного портала (m)', 'Architecture Portal coefficient (m)'),
  ref: { paragraph: '¶48–53', appendix: 'App 7' },
  appliesTo: [CENTRAL],
  provenance: { kind: 'text', decision: 'AMB A-32, A-33', note: 'values −14 … 0' },
  formula: {
    text: 'm = − Σ points not received over App 7 parameters (participants of 2011–2015 only)',
    compute(ctx) {
      const lost = app7Params.reduce((s, p) => s.plus(ctx.node(`C4.1.m.${p.no}`)), D(0));
      if (!ctx.value<boolean>(APP7, 'participant')) {
        ctx.branch('did not fill the Architecture Portal in 2011–2015: m not applied (¶49)');
        return D(0);
      }
      return lost.neg();
    },
  },
  children: app7Params.map(paramNode),
};
