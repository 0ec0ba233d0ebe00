// Chapter 5 — "Мемлекеттік органның функцияларын автоматтандыру" критерийі (criterion 4, 40 points),
// ¶43–61: P4 = V41 (functions automated through departmental IS, 20, with the Architecture Portal
// coefficient m) + V42 (partially / fully automated functions, 15) + V43 (central automation of local
// executive bodies' functions, 5, central bodies listed in App 8 only).
//
// Weight transfers — the maximum of 4.2 is not fixed: ¶59 (local bodies) and ¶61 (central bodies not in
// App 8) add the 5 points of 4.3, and ¶36 (no integration required) adds the 20 points of criterion 2.
// Node C4.2.k computes that weight and records each transfer in its trace.
import { L } from '../../engine/build.js';
import { D, Decimal } from '../../engine/decimal.js';
import type { FormDecl, NodeContext, NodeDecl, ParameterDecl, ReadingDecl } from '../../engine/types.js';
import { CENTRAL, LOCAL, FROM } from './kinds.js';
import { t3 } from './app1-counts.js';
import { archPortalCoefficient } from './app7-architecture-portal.js';
import { app8Owners, functionsOf, type App8Owner } from './app8-lao-functions.js';
import { allFunctionsFullyAutomated, commissioningCoefficient, integrationNotRequired } from './c2-integration.js';
import { APP8_OWNER } from '../vocabulary.js';

export const APP8 = 'App8';

export const c4Parameters: Record<string, ParameterDecl> = {
  'c4.1.k': { label: L('4.1 коэффициенті (k)', 'Коэффициент 4.1 (k)', 'Coefficient of 4.1 (k)'), ref: { paragraph: '¶48' }, values: [{ from: FROM, value: '20' }] },
  'c4.2.k': { label: L('4.2 коэффициенті (k), ауыстыруларға дейін', 'Коэффициент 4.2 (k) до переносов', 'Coefficient of 4.2 (k) before transfers'), ref: { paragraph: '¶57' }, values: [{ from: FROM, value: '15' }] },
  'c4.2.partial': { label: L('Ішінара автоматтандырылған функцияның коэффициенті', 'Коэффициент частично автоматизированной функции', 'Coefficient of a partially automated function'), ref: { paragraph: '¶57' }, values: [{ from: FROM, value: '0.3' }] },
  'c4.3.k': { label: L('4.3 коэффициенті (k) — 4.2-ге ауысатын салмақ', 'Коэффициент 4.3 (k) — вес, переносимый в 4.2', 'Coefficient of 4.3 (k) — the weight moved to 4.2'), ref: { paragraph: '¶59–61' }, values: [{ from: FROM, value: '5' }] },
  'c2.weight': { label: L('2-критерийдің салмақты мәні — 4.2-ге ауысатын салмақ', 'Весовое значение критерия 2 — вес, переносимый в 4.2', 'Weight of criterion 2 — moved to 4.2'), ref: { paragraph: '¶36' }, values: [{ from: FROM, value: '20' }] },
};

export const c4Readings: ReadingDecl[] = [
  {
    id: 'A-19',
    label: L('2-критерийдің салмағы 4.2-ге ауысқанда енгізу коэффициенті', 'Коэффициент ввода при переносе веса критерия 2 в 4.2', 'Commissioning coefficient when criterion 2’s weight moves to 4.2'),
    ref: { paragraph: '¶36–37' },
    default: 'subtract',
    options: [
      { value: 'subtract', label: L('Үлес × k42 − x / y', 'Доля × k42 − x / y', 'share × k42 − x / y'), provenance: { kind: 'text', decision: 'AMB A-19' } },
      { value: 'from-weight', label: L('Үлес × (k42 − x / y)', 'Доля × (k42 − x / y)', 'share × (k42 − x / y)'), provenance: { kind: 'text', decision: 'AMB A-19' } },
      { value: 'ignore', label: L('Коэффициент ескерілмейді', 'Коэффициент не учитывается', 'Coefficient ignored'), provenance: { kind: 'text', decision: 'AMB A-19' } },
    ],
  },
  {
    id: 'A-16',
    label: L('Барлық функциялар толықтай автоматтандырылғанда m коэффициенті', 'Коэффициент m, когда все функции полностью автоматизированы', 'Coefficient m when every function is fully automated'),
    ref: { paragraph: '¶48, ¶54' },
    default: 'max-without-m',
    options: [
      { value: 'max-without-m', label: L('20 балл, m қолданылмайды', '20 баллов, m не применяется', '20 points, m not applied'), provenance: { kind: 'text', decision: 'AMB A-16' } },
      { value: 'max-with-m', label: L('20 балл және m', '20 баллов и m', '20 points plus m'), provenance: { kind: 'text', decision: 'AMB A-16' } },
    ],
  },
  {
    id: 'A-18',
    label: L('4.2 бөлгіші', 'Знаменатель 4.2', 'Denominator of 4.2'),
    ref: { paragraph: '¶55, ¶57' },
    default: 'automated',
    options: [
      { value: 'automated', label: L('Автоматтандырылған функциялар (толық + ішінара)', 'Автоматизированные функции (полностью + частично)', 'Automated functions (full + partial)'), provenance: { kind: 'reconstructed-high', formulaId: 'F002-57' } },
      { value: 'subject_to_automation', label: L('Автоматтандыруға жататын барлық функциялар', 'Все функции, подлежащие автоматизации', 'All functions subject to automation'), provenance: { kind: 'reconstructed-medium', formulaId: 'F002-57' } },
    ],
  },
  {
    id: 'BR-43-AGG',
    label: L('4.3 бойынша ЖАО-лар жиынтығы', 'Агрегирование 4.3 по МИО', 'Aggregation of 4.3 over local bodies'),
    ref: { paragraph: '¶60' },
    default: 'ratio_of_sums',
    options: [
      { value: 'ratio_of_sums', label: L('Қосындылардың қатынасы (60-тармақтың мысалы)', 'Отношение сумм (пример п. 60)', 'Ratio of sums (¶60 example)'), provenance: { kind: 'reconstructed-high', formulaId: 'F002-60' } },
      { value: 'mean_of_ratios', label: L('Қатынастардың орташасы', 'Среднее отношений', 'Mean of ratios'), provenance: { kind: 'reconstructed-medium', formulaId: 'F002-60' } },
    ],
  },
  {
    id: 'A-20',
    label: L('8-қосымшаның А блогы (екі министрлік)', 'Блок A приложения 8 (два министерства)', 'App 8 block A (two ministries)'),
    ref: { appendix: 'App 8', row: 'A' },
    default: 'split',
    options: [
      { value: 'split', label: L('Функциялар министрліктер арасында бөлінеді', 'Функции разделены между министерствами', 'Functions split between the ministries'), provenance: { kind: 'text', decision: 'AMB A-20' } },
      { value: 'joint', label: L('Екі министрлік те 20 функция бойынша бағаланады', 'Оба министерства оцениваются по всем 20 функциям', 'Both ministries assessed on all 20'), provenance: { kind: 'text', decision: 'AMB A-20' } },
    ],
  },
];

export const app8Form: FormDecl = {
  id: APP8,
  label: L('ОМО құзыретіне жататын ЖАО функцияларын автоматтандыру (8-қосымша)', 'Автоматизация функций МИО, относящихся к компетенции ЦГО (приложение 8)', 'Automation of local functions within the central body’s competence (App 8)'),
  ref: { paragraph: '¶58–61', appendix: 'App 8' },
  filledBy: L('Сервистік интегратор', 'Сервисный интегратор', 'Service integrator'),
  appliesTo: [CENTRAL],
  fields: [
    {
      name: 'owner',
      label: L('8-қосымшадағы министрлік (жоқ болса — none)', 'Министерство в приложении 8 (если нет — none)', 'Ministry under which the body is listed in App 8 (none if not listed)'),
      type: 'enum',
      values: [...app8Owners, 'none'],
      valueLabels: APP8_OWNER,
      required: true,
      ref: { appendix: 'App 8' },
    },
    {
      name: 'per_lao',
      label: L('Әрбір ЖАО бойынша', 'По каждому МИО', 'Per local executive body'),
      type: 'list',
      ref: { paragraph: '¶60' },
      item: [
        { name: 'lao', label: L('ЖАО', 'МИО', 'Local executive body'), type: 'text', required: true },
        { name: 'subject', label: L('ОМО АЖ-мен автоматтандыруға жататын функциялар саны (bᵢ; жоқ болса — блоктың барлық функциялары)', 'Число функций, подлежащих автоматизации ИС ЦГО (bᵢ; по умолчанию — все функции блока)', 'Functions subject to automation by the central body’s IS (bᵢ; default: all of its App 8 functions)'), type: 'integer', ref: { paragraph: '¶60', note: 'AMB A-47' } },
        { name: 'automated', label: L('ОМО АЖ арқылы автоматтандырылған функциялар саны (aᵢ)', 'Число функций, автоматизированных через ИС ЦГО (aᵢ)', 'Functions automated through the central body’s IS (aᵢ)'), type: 'integer', required: true, partOf: 'subject' },
      ],
    },
  ],
};

const listedOwner = (ctx: NodeContext): App8Owner | null => {
  const o = ctx.value<string>(APP8, 'owner');
  return o === 'none' ? null : (o as App8Owner);
};

export const c4: NodeDecl = {
  id: 'C4',
  level: 'criterion',
  label: L('Мемлекеттік органның функцияларын автоматтандыру', 'Автоматизация функций государственного органа', 'Automation of the body’s functions'),
  ref: { paragraph: '¶43–61', appendix: 'App 3', row: '4', note: 'App 3: 40 points; up to 60 when criterion 2 is not assessed' },
  // No declared max (App 3: both(40)): the 20 points of criterion 2 may move to 4.2 (¶36), and 4.1 may be negative — the engine checks declared maxima as hard bounds
  provenance: { kind: 'text', note: 'may exceed 40 when criterion 2’s weight is transferred to 4.2 (¶36)' },
  children: [
    {
      id: 'C4.1',
      level: 'indicator',
      label: L('Ведомстволық ақпараттық жүйелер арқылы автоматтандырылған функциялар үлесі', 'Доля функций, автоматизированных через ведомственные информационные системы', 'Share of functions automated through departmental IS'),
      ref: { paragraph: '¶45–54', appendix: 'App 3', row: '4.1', note: 'App 3: 20 points; may be negative through m' },
      // No declared max (App 3: both(20)): V41 may be negative through m (AMB A-41) — the engine checks declared maxima as hard bounds
      round: 2,
      provenance: { kind: 'text', decision: 'AMB A-16', note: 'V1 = a / (a + b) × k + m' },
      formula: {
        text: 'V41 = a / (a + b) × 20 + m;  20 if every function is fully automated (¶54)',
        compute(ctx) {
          if (allFunctionsFullyAutomated(ctx)) {
            if (ctx.reading('A-16') === 'max-with-m' && ctx.applies('C4.1.m')) {
              const m = ctx.node('C4.1.m');
              ctx.branch(`all functions fully automated: maximum 20, plus m = ${m.toString()} (¶54, reading A-16 = max-with-m)`);
              return ctx.param('c4.1.k').plus(m);
            }
            ctx.branch('all functions fully automated: maximum 20, m not applied (¶54, AMB A-16)');
            return ctx.param('c4.1.k');
          }
          const a = t3(ctx, 'functions_via_departmental_is');
          const b = t3(ctx, 'functions_not_automated');
          const m = ctx.applies('C4.1.m') ? ctx.node('C4.1.m') : D(0);
          if (a.plus(b).isZero()) {
            ctx.branch('no function counted (a + b = 0): 0, m not applied (BR-AB0)');
            return D(0);
          }
          ctx.note(`a / (a + b) × k = ${a.div(a.plus(b)).times(ctx.param('c4.1.k')).toString()}`);
          return a.div(a.plus(b)).times(ctx.param('c4.1.k')).plus(m);
        },
      },
      children: [archPortalCoefficient],
    },
    {
      id: 'C4.2',
      level: 'indicator',
      label: L('Мемлекеттік органның ішінара/толықтай автоматтандырылған функцияларының үлесі', 'Доля частично/полностью автоматизированных функций государственного органа', 'Share of partially / fully automated functions'),
      ref: { paragraph: '¶55–57, ¶36, ¶59, ¶61', appendix: 'App 3', row: '4.2', note: 'the maximum is node C4.2.k (15 + transfers)' },
      round: 2,
      provenance: { kind: 'reconstructed-high', formulaId: 'F002-57', decision: 'AMB A-17, A-18, A-19', note: 'the ¶57 example prints 7.9; the rule gives 8.00' },
      formula: {
        text: 'V42 = (b × 1 + a × 0.3) / (a + b) × k42 − (x / y if criterion 2 not assessed)',
        dependsOn: ['C4.2.k'],
        compute(ctx) {
          const full = t3(ctx, 'functions_full');
          const partial = t3(ctx, 'functions_partial');
          const k = ctx.node('C4.2.k');
          let mc2 = D(0);
          const a19 = integrationNotRequired(ctx) ? ctx.reading('A-19') : 'subtract';
          if (integrationNotRequired(ctx) && a19 !== 'ignore') {
            mc2 = commissioningCoefficient(ctx);
            ctx.branch(
              a19 === 'subtract'
                ? `criterion 2 not assessed: its timely-commissioning coefficient x / y = ${mc2.toString()} is deducted here (¶36, AMB A-19)`
                : `criterion 2 not assessed: x / y = ${mc2.toString()} is taken off the weight before the share is applied (reading A-19 = from-weight)`,
            );
          } else if (a19 === 'ignore') ctx.branch('criterion 2 not assessed: its timely-commissioning coefficient is ignored (reading A-19 = ignore)');
          let denom = full.plus(partial);
          if (ctx.reading('A-18') === 'subject_to_automation') denom = denom.plus(t3(ctx, 'functions_not_automated'));
          if (denom.isZero()) {
            ctx.branch('no automated function: share 0 (BR-AB0)');
            return a19 === 'subtract' ? mc2.neg() : D(0);
          }
          const share = full.plus(partial.times(ctx.param('c4.2.partial'))).div(denom);
          return a19 === 'from-weight' ? share.times(k.minus(mc2)) : share.times(k).minus(mc2);
        },
      },
      children: [
        {
          id: 'C4.2.k',
          level: 'parameter',
          label: L('4.2 көрсеткішінің салмақты мәні (ауыстыруларды ескере отырып)', 'Весовое значение показателя 4.2 (с учётом переносов)', 'Weight of indicator 4.2 after transfers'),
          ref: { paragraph: '¶57, ¶36, ¶59, ¶61' },
          provenance: { kind: 'text', note: 'weight transfers T1–T3 of seed-002.md §4.3' },
          formula: {
            text: 'k42 = 15 + 5 (local body, ¶59, or central body not in App 8, ¶61) + 20 (no integration required, ¶36)',
            compute(ctx) {
              let k = ctx.param('c4.2.k');
              const w43 = ctx.param('c4.3.k');
              if (ctx.kind === LOCAL) {
                ctx.branch(`local executive body: indicator 4.3 not assessed, its ${w43.toString()} points move to 4.2 (¶59)`);
                k = k.plus(w43);
              } else if (listedOwner(ctx) === null) {
                ctx.branch(`central body without a list in App 8: indicator 4.3 not assessed, its ${w43.toString()} points move to 4.2 (¶61)`);
                k = k.plus(w43);
              }
              if (integrationNotRequired(ctx)) {
                const w2 = ctx.param('c2.weight');
                ctx.branch(`no integration required: criterion 2 not assessed, its ${w2.toString()} points move to 4.2 (¶36)`);
                k = k.plus(w2);
              }
              return k;
            },
          },
        },
      ],
    },
    {
      id: 'C4.3',
      level: 'indicator',
      label: L('Жергілікті атқарушы органдар функцияларын орталықтан автоматтандыру', 'Централизованная автоматизация функций местных исполнительных органов', 'Centralised automation of local executive bodies’ functions'),
      ref: { paragraph: '¶58–61', appendix: 'App 3, App 8', row: '4.3' },
      appliesTo: [CENTRAL],
      max: { [CENTRAL]: 5 },
      round: 2,
      provenance: { kind: 'reconstructed-high', formulaId: 'F002-60', note: 'confirmed by the ¶60 example (1.56)' },
      formula: {
        text: 'V43 = Σ aᵢ / Σ bᵢ × 5 over the local executive bodies i',
        compute(ctx) {
          const owner = listedOwner(ctx);
          if (owner === null) {
            ctx.branch('no list of local functions in App 8: not assessed, weight moved to 4.2 (¶61)');
            return D(0);
          }
          const dflt = functionsOf(owner, ctx.reading('A-20'));
          const rows = ctx.has(APP8, 'per_lao') ? ctx.value<{ lao: string; subject?: Decimal; automated: Decimal }[]>(APP8, 'per_lao') : [];
          let sa = D(0);
          let sb = D(0);
          const ratios: Decimal[] = [];
          for (const r of rows) {
            const b = r.subject ?? new Decimal(dflt);
            if (r.automated.gt(b)) throw new Error(`form ${APP8}, field per_lao.automated: ${r.lao}: ${r.automated.toString()} automated is larger than its total ${b.toString()} subject to automation`);
            ctx.branch(`${r.lao}: ${r.automated.toString()} of ${b.toString()}`);
            sa = sa.plus(r.automated);
            sb = sb.plus(b);
            if (!b.isZero()) ratios.push(r.automated.div(b));
          }
          if (sb.isZero()) {
            ctx.branch('no function subject to automation: not assessed (Σ b = 0)');
            return D(0);
          }
          const k = ctx.param('c4.3.k');
          if (ctx.reading('BR-43-AGG') === 'mean_of_ratios') return ratios.reduce((s, x) => s.plus(x), D(0)).div(ratios.length).times(k);
          return sa.div(sb).times(k);
        },
      },
    },
  ],
};

