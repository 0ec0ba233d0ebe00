// Chapter 2 — "Интернет-ресурстың тиімділігі" критерийі (criterion 1, 20 points), ¶14–29.
// P1 = V11 (accessibility, App 4) + V12 (completeness and relevance, App 5) + V13 (mobile version, App 6).
// ¶15–17: committees of a central body enter 1.1 (separate-site committees only) and 1.2 (all
// committees) through the arithmetic mean with their ministry; ¶18: the mobile version is the body's own.
import { L, inp, nod, cst, par } from '../../engine/build.js';
import { D, Decimal } from '../../engine/decimal.js';
import type { FieldDecl, FormDecl, Labels, NodeContext, NodeDecl, ParameterDecl, ReadingDecl } from '../../engine/types.js';
import { CENTRAL, LOCAL, both, FROM } from './kinds.js';
import { app4Raw } from './app4-accessibility.js';
import { app5Table1, app5Table2, app6Table1, app6Table2, type Section } from './app5-app6-sections.js';
import { MOBILE_MODE_2015, SITE_FORM } from '../vocabulary.js';

export const APP5 = 'App5';
export const APP6 = 'App6';
export const COMMITTEES = 'Committees';
const LANG_LABEL: Record<'kk' | 'ru', Labels> = {
  kk: L('мемлекеттік тілдегі нұсқа', 'версия на государственном языке', 'Kazakh version'),
  ru: L('орыс тіліндегі нұсқа', 'версия на русском языке', 'Russian version'),
};

export const c1Parameters: Record<string, ParameterDecl> = {
  'c1.deficiency.step': { label: L('Әрбір кемшілік үшін шегерім', 'Вычет за каждый недостаток', 'Deduction per deficiency'), ref: { paragraph: '¶23, ¶28' }, values: [{ from: FROM, value: '0.1' }] },
  'c1.3.K.auto': { label: L('Мобилді нұсқа автоматты жүктелгендегі коэффициент', 'Коэффициент при автоматической загрузке мобильной версии', 'Coefficient when the mobile version loads automatically'), ref: { paragraph: '¶25' }, values: [{ from: FROM, value: '5' }] },
  'c1.3.K.link': { label: L('Мобилді нұсқаға сілтеме арқылы өткендегі коэффициент', 'Коэффициент при переходе на мобильную версию по ссылке', 'Coefficient when the mobile version is reached by a link'), ref: { paragraph: '¶25' }, values: [{ from: FROM, value: '3' }] },
};

export const a10Reading: ReadingDecl = {
  id: 'A-10',
  label: L('5 және 6-қосымшалар: бөлім балдары', 'Приложения 5 и 6: баллы раздела', 'App 5 and App 6: section points'),
  ref: { appendix: 'App 5, App 6' },
  default: 'proportional',
  options: [
    { value: 'proportional', label: L('Бар индикаторларға пропорционал', 'Пропорционально имеющимся индикаторам', 'In proportion to the indicators present'), provenance: { kind: 'text', decision: 'AMB A-10' } },
    { value: 'all-or-nothing', label: L('Барлық индикаторлар болғанда ғана', 'Только при наличии всех индикаторов', 'Only when every indicator is present'), provenance: { kind: 'text', decision: 'AMB A-10' } },
  ],
};

export const a15Reading: ReadingDecl = {
  id: 'A-15',
  label: L('Мобилді нұсқа: шегерім шегінің негізі', 'Мобильная версия: база предела вычета', 'Mobile version: base of the deduction cap'),
  ref: { paragraph: '¶28' },
  default: 'weight',
  options: [
    { value: 'weight', label: L('Параметрдің салмағы 5 (шек 2,5)', 'Вес параметра 5 (предел 2,5)', 'Parameter weight 5 (cap 2.5)'), provenance: { kind: 'text', decision: 'D5; AMB A-15' } },
    { value: 'K', label: L('K коэффициенті (шек K / 2)', 'Коэффициент K (предел K / 2)', 'Coefficient K (cap K / 2)'), provenance: { kind: 'text', decision: 'AMB A-15' } },
  ],
};

export const a6Reading: ReadingDecl = {
  id: 'A-6',
  label: L('Іздеу жүйелеріндегі орын: толық және қысқаша атау', 'Позиция в поисковиках: полное и краткое наименование', 'Search positions: full and short name'),
  ref: { appendix: 'App 4', row: '1.1' },
  default: 'mean-all',
  options: [
    { value: 'mean-all', label: L('Барлық бақылаулардың орташасы', 'Среднее по всем наблюдениям', 'Mean over all observations'), provenance: { kind: 'text', decision: 'AMB A-6' } },
    { value: 'best-form-per-engine', label: L('Әр іздеу жүйесінде жақсы атау түрі', 'Лучшая форма наименования в каждом поисковике', 'Best name form per engine'), provenance: { kind: 'text', decision: 'AMB A-6' } },
  ],
};

export const d5Reading: ReadingDecl = {
  id: 'D5',
  label: L('Кемшіліктер үшін 0,1 балл шегерімі', 'Вычет 0,1 балла за недостаток', '0.1 deduction per deficiency'),
  ref: { paragraph: '¶23, ¶28', appendix: 'App 5, App 6', note: 'DECISIONS.md D5' },
  default: 'parameter',
  options: [
    { value: 'parameter', label: L('Параметрдің салмақты мәнінен (≤ 50%)', 'От весового значения параметра (≤ 50%)', 'From the parameter’s weighted value (≤ 50%)'), provenance: { kind: 'text', decision: 'D5' } },
    { value: 'appendix-note', label: L('Қосымша ескертпесі бойынша: бөлімнің шикі балдарынан', 'По примечанию приложения: из сырых баллов раздела', 'Appendix note: from raw section points, then scaled'), provenance: { kind: 'text', decision: 'D5', note: 'alternative' } },
  ],
};

// ---- App 5 and App 6 forms: missing indicators per section and language, deficiencies ----
const sectionField = (app: 'App 5' | 'App 6', table: 1 | 2, lang: 'kk' | 'ru', s: Section): FieldDecl => ({
  name: `t${table}_${lang}_${s.no.replace('.', '_')}`,
  label: L(
    `${table}-кесте, ${s.no} «${s.label.kk}» (${LANG_LABEL[lang].kk}): жоқ немесе өзекті емес индикаторлар саны`,
    `Таблица ${table}, ${s.no} «${s.label.ru}» (${LANG_LABEL[lang].ru}): число отсутствующих или неактуальных индикаторов`,
    `Table ${table}, ${s.no} "${s.label.en}" (${LANG_LABEL[lang].en}): indicators missing or not current`,
  ),
  type: 'integer',
  max: s.items,
  default: 0,
  appliesTo: [table === 1 ? CENTRAL : LOCAL],
  ref: { appendix: app, row: `Table ${table}, ${s.no}` },
});
const deficiencyFields = (app: string, para: string): FieldDecl[] =>
  (['kk', 'ru'] as const).map((lang) => ({
    name: `deficiencies_${lang}`,
    label: L(`Анықталған кемшіліктер саны (${LANG_LABEL[lang].kk})`, `Число выявленных недостатков (${LANG_LABEL[lang].ru})`, `Deficiencies found (${LANG_LABEL[lang].en})`),
    type: 'integer' as const,
    default: 0,
    ref: { paragraph: para, appendix: app },
  }));

const tableFields = (app: 'App 5' | 'App 6', t1: readonly Section[], t2: readonly Section[]) =>
  (['kk', 'ru'] as const).flatMap((lang) => [...t1.map((s) => sectionField(app, 1, lang, s)), ...t2.map((s) => sectionField(app, 2, lang, s))]);

export const app5Form: FormDecl = {
  id: APP5,
  label: L('"Ақпараттың толықтығы мен өзектілігі" параметрі бойынша бағалау (5-қосымша)', 'Оценка по параметру «Полнота и актуальность информации» (приложение 5)', 'Assessment of "Completeness and relevance of information" (App 5)'),
  ref: { paragraph: '¶21–23', appendix: 'App 5' },
  filledBy: L('Сервистік интегратор', 'Сервисный интегратор', 'Service integrator'),
  fields: [...tableFields('App 5', app5Table1, app5Table2), ...deficiencyFields('App 5', '¶23')],
};

export const app6Form: FormDecl = {
  id: APP6,
  label: L('"Интернет-ресурстың мобилді нұсқасы" көрсеткіші бойынша бағалау (6-қосымша)', 'Оценка по показателю «Мобильная версия интернет-ресурса» (приложение 6)', 'Assessment of "Mobile version of the internet resource" (App 6)'),
  ref: { paragraph: '¶24–29', appendix: 'App 6' },
  filledBy: L('Сервистік интегратор', 'Сервисный интегратор', 'Service integrator'),
  fields: [
    {
      name: 'mobile_mode',
      label: L('Мобилді құрылғыдан кіргенде: мобилді нұсқа автоматты жүктеледі / негізгі нұсқада мобилді нұсқаға сілтеме бар / сілтеме жоқ', 'При входе с мобильного устройства: мобильная версия загружается автоматически / в основной версии есть ссылка на мобильную / ссылки нет', 'On a mobile device: the mobile version loads automatically / the main version links to it / no link'),
      type: 'enum',
      values: ['auto', 'link_from_main', 'none'],
      valueLabels: MOBILE_MODE_2015,
      required: true,
      ref: { paragraph: '¶25' },
    },
    {
      name: 'link_to_main',
      label: L('Мобилді нұсқада негізгі нұсқаға сілтеме бар', 'В мобильной версии есть ссылка на основную версию', 'The mobile version links to the main version'),
      type: 'boolean',
      default: true,
      ref: { paragraph: '¶29' },
    },
    ...tableFields('App 6', app6Table1, app6Table2),
    ...deficiencyFields('App 6', '¶28'),
  ],
};

const committeeItem: FieldDecl[] = [
  { name: 'name', label: L('Комитет', 'Комитет', 'Committee'), type: 'text', required: true },
  {
    name: 'implementation',
    label: L('Комитеттің интернет-ресурсы: жеке ресурс / төртінші деңгейлі домен / ОМО ресурсындағы бөлім', 'Интернет-ресурс комитета: отдельный ресурс / домен четвёртого уровня / раздел ресурса ЦГО', 'Committee resource: separate resource / fourth-level domain / section of the ministry’s resource'),
    type: 'enum',
    values: ['separate', 'subdomain', 'section'],
    valueLabels: SITE_FORM,
    required: true,
    ref: { paragraph: '¶16' },
  },
  { name: 'app4_raw', label: L('4-қосымша балдарының сомасы (жеке ресурс үшін)', 'Сумма баллов приложения 4 (для отдельного ресурса)', 'App 4 points total (separate resource only)'), type: 'number', min: 0, max: '10.75', ref: { appendix: 'App 4' } },
  { name: 'app5_kk', label: L('5-қосымша балдары, мемлекеттік тіл', 'Баллы приложения 5, государственный язык', 'App 5 points, Kazakh version'), type: 'number', min: 0, max: 50, required: true, ref: { appendix: 'App 5' } },
  { name: 'app5_ru', label: L('5-қосымша балдары, орыс тілі', 'Баллы приложения 5, русский язык', 'App 5 points, Russian version'), type: 'number', min: 0, max: 50, required: true, ref: { appendix: 'App 5' } },
  { name: 'deficiencies_kk', label: L('Кемшіліктер саны, мемлекеттік тіл', 'Число недостатков, государственный язык', 'Deficiencies, Kazakh version'), type: 'integer', ref: { paragraph: '¶23' } },
  { name: 'deficiencies_ru', label: L('Кемшіліктер саны, орыс тілі', 'Число недостатков, русский язык', 'Deficiencies, Russian version'), type: 'integer', ref: { paragraph: '¶23' } },
];

export const committeesForm: FormDecl = {
  id: COMMITTEES,
  label: L('ОМО комитеттерінің интернет-ресурстары (15–17-тармақтар)', 'Интернет-ресурсы комитетов ЦГО (пункты 15–17)', 'Internet resources of the ministry’s committees (¶15–17)'),
  ref: { paragraph: '¶15–17' },
  filledBy: L('Сервистік интегратор', 'Сервисный интегратор', 'Service integrator'),
  appliesTo: [CENTRAL],
  fields: [{ name: 'committees', label: L('Комитеттер', 'Комитеты', 'Committees'), type: 'list', item: committeeItem, ref: { paragraph: '¶16–17' } }],
};

// ---- section nodes, one per section and language version ----
function sectionNodes(prefix: string, app: 'App 5' | 'App 6', form: string, lang: 'kk' | 'ru'): NodeDecl[] {
  const mk = (table: 1 | 2, s: Section): NodeDecl => ({
    id: `${prefix}.${lang}.T${table}.${s.no}`,
    level: 'parameter',
    label: s.label,
    ref: { appendix: app, row: `Table ${table}, ${s.no}` },
    appliesTo: [table === 1 ? CENTRAL : LOCAL],
    max: { [table === 1 ? CENTRAL : LOCAL]: Number(s.points) },
    provenance: { kind: 'text', decision: 'AMB A-10', note: 'points in proportion to the indicators present' },
    formula: {
      reading: 'A-10',
      variants: {
        proportional: {
          expr: 'w * (items - missing) / items',
          where: { w: cst(s.points, 'section points'), items: cst(s.items, 'indicators in the section'), missing: inp(form, `t${table}_${lang}_${s.no.replace('.', '_')}`) },
        },
        'all-or-nothing': {
          expr: 'missing == 0 ? w : 0',
          where: { w: cst(s.points, 'section points'), missing: inp(form, `t${table}_${lang}_${s.no.replace('.', '_')}`) },
        },
      },
    },
  });
  const [t1, t2] = app === 'App 5' ? [app5Table1, app5Table2] : [app6Table1, app6Table2];
  return [...t1.map((s) => mk(1, s)), ...t2.map((s) => mk(2, s))];
}

const langSum = (prefix: string, app: 'App 5' | 'App 6', form: string, lang: 'kk' | 'ru', max: number): NodeDecl => ({
  id: `${prefix}.${lang}`,
  level: 'parameter',
  label: L(`${app === 'App 5' ? '5' : '6'}-қосымша балдары — ${LANG_LABEL[lang].kk}`, `Баллы приложения ${app === 'App 5' ? '5' : '6'} — ${LANG_LABEL[lang].ru}`, `${app} points — ${LANG_LABEL[lang].en}`),
  ref: { appendix: app },
  max: both(max),
  provenance: { kind: 'text' },
  children: sectionNodes(prefix, app, form, lang),
});

// ---- 1.1 accessibility ----
const v11Main: NodeDecl = {
  id: 'C1.1.main',
  level: 'parameter',
  label: L('Негізгі интернет-ресурстың қолжетімділігі', 'Доступность основного интернет-ресурса', 'Accessibility of the main resource'),
  ref: { paragraph: '¶20', note: '5 points (up to 5.25 with the incentive)' },
  // No declared max (App 3: both(5)): the English-version incentive may take it to 5.25 (AMB A-9) — the engine checks declared maxima as hard bounds
  provenance: { kind: 'text', note: '"sum the App 4 points, divide by the maximum 10, multiply by 5"' },
  formula: {
    expr: 'r / 10 * 5',
    where: { r: nod('C1.1.R'), outside: inp('App4', 'outside_gov_kz') },
    cases: [{ when: 'outside', expr: '0', branch: 'resource outside the gov.kz domain: not assessed, 0 (¶15, AMB A-42)' }],
  },
  children: [app4Raw],
};

interface CommitteeRow {
  name: string;
  implementation: 'separate' | 'subdomain' | 'section';
  app4_raw?: Decimal;
  app5_kk: Decimal;
  app5_ru: Decimal;
  deficiencies_kk?: Decimal;
  deficiencies_ru?: Decimal;
}
const committees = (ctx: NodeContext): CommitteeRow[] => (ctx.has(COMMITTEES, 'committees') ? ctx.value<CommitteeRow[]>(COMMITTEES, 'committees') : []);

/** V12 of one resource from its raw App 5 totals, under the D5 reading in force. */
function completeness(ctx: NodeContext, skk: Decimal, sru: Decimal, dkk: Decimal, dru: Decimal): Decimal {
  const step = ctx.param('c1.deficiency.step');
  if (ctx.reading('D5') === 'appendix-note') {
    const lang = (s: Decimal, d: Decimal) => Decimal.max(0, s.minus(Decimal.min(step.times(d), 25)));
    return lang(skk, dkk).plus(lang(sru, dru)).div(100).times(10);
  }
  return Decimal.max(0, skk.plus(sru).div(100).times(10).minus(Decimal.min(step.times(dkk.plus(dru)), 5)));
}

export const c1: NodeDecl = {
  id: 'C1',
  level: 'criterion',
  label: L('Интернет-ресурстың тиімділігі', 'Эффективность интернет-ресурса', 'Effectiveness of the internet resource'),
  ref: { paragraph: '¶14–29', appendix: 'App 3', row: '1', note: 'App 3: 20 points (up to 20.25 with the incentive)' },
  // No declared max (App 3: both(20)): with the English-version incentive P1 may reach 20.25 (AMB A-9) — the engine checks declared maxima as hard bounds
  provenance: { kind: 'text' },
  children: [
    {
      id: 'C1.1',
      level: 'indicator',
      label: L('Интернет-ресурстың қолжетімділігі', 'Доступность интернет-ресурса', 'Accessibility of the internet resource'),
      ref: { paragraph: '¶16–20', appendix: 'App 3', row: '1.1', note: 'App 3: 5 points (up to 5.25 with the incentive)' },
      // No declared max (App 3: both(5)): the English-version incentive may take V11 to 5.25 (AMB A-9) — the engine checks declared maxima as hard bounds
      round: 2,
      provenance: { kind: 'text', decision: 'AMB A-14', note: 'V11 may reach 5.25 with the English-version incentive (AMB A-9)' },
      formula: {
        text: 'mean(main resource, committees on a separate resource: App 4 sum / 10 × 5)',
        compute(ctx) {
          const values = [ctx.node('C1.1.main')];
          for (const c of committees(ctx)) {
            if (c.implementation !== 'separate') continue;
            if (c.app4_raw === undefined) throw new Error(`form ${COMMITTEES}, field committees.app4_raw: committee "${c.name}" has its own resource and must have its App 4 total (¶17)`);
            const v = c.app4_raw.div(10).times(5);
            ctx.branch(`committee "${c.name}" (separate resource): ${c.app4_raw.toString()} / 10 × 5 = ${v.toString()}`);
            values.push(v);
          }
          if (values.length > 1) ctx.branch(`arithmetic mean of the ministry and ${values.length - 1} committee(s) (¶17)`);
          return values.reduce((a, b) => a.plus(b), D(0)).div(values.length);
        },
      },
      children: [v11Main],
    },
    {
      id: 'C1.2',
      level: 'indicator',
      label: L('Ақпараттың толықтығы мен өзектілігі', 'Полнота и актуальность информации', 'Completeness and relevance of information'),
      ref: { paragraph: '¶16–17, ¶21–23', appendix: 'App 3', row: '1.2' },
      max: both(10),
      round: 2,
      provenance: { kind: 'text', decision: 'D5; AMB A-14' },
      formula: {
        text: 'mean(main resource, every committee): max(0, (S_kk + S_ru) / 100 × 10 − min(0.1 × d, 5))',
        compute(ctx) {
          const values = [ctx.node('C1.2.main')];
          for (const c of committees(ctx)) {
            const v = completeness(ctx, c.app5_kk, c.app5_ru, c.deficiencies_kk ?? D(0), c.deficiencies_ru ?? D(0));
            ctx.branch(`committee "${c.name}" (${c.implementation}): ${v.toString()}`);
            values.push(v);
          }
          if (values.length > 1) ctx.branch(`arithmetic mean of the ministry and ${values.length - 1} committee(s) (¶17)`);
          return values.reduce((a, b) => a.plus(b), D(0)).div(values.length);
        },
      },
      children: [
        {
          id: 'C1.2.main',
          level: 'parameter',
          label: L('Негізгі интернет-ресурс ақпаратының толықтығы мен өзектілігі', 'Полнота и актуальность информации основного ресурса', 'Completeness and relevance of the main resource'),
          ref: { paragraph: '¶23', appendix: 'App 5' },
          max: both(10),
          provenance: { kind: 'text', decision: 'D5' },
          formula: {
            reading: 'D5',
            variants: {
              parameter: {
                expr: 'max(0, (skk + sru) / 100 * 10 - min(step * (dkk + dru), 5))',
                where: { skk: nod('C1.2.S.kk'), sru: nod('C1.2.S.ru'), step: par('c1.deficiency.step'), dkk: inp(APP5, 'deficiencies_kk'), dru: inp(APP5, 'deficiencies_ru'), outside: inp('App4', 'outside_gov_kz') },
                cases: [{ when: 'outside', expr: '0', branch: 'resource outside the gov.kz domain: not assessed, 0 (¶15, AMB A-42)' }],
              },
              'appendix-note': {
                expr: '(max(0, skk - min(step * dkk, 25)) + max(0, sru - min(step * dru, 25))) / 100 * 10',
                where: { skk: nod('C1.2.S.kk'), sru: nod('C1.2.S.ru'), step: par('c1.deficiency.step'), dkk: inp(APP5, 'deficiencies_kk'), dru: inp(APP5, 'deficiencies_ru'), outside: inp('App4', 'outside_gov_kz') },
                cases: [{ when: 'outside', expr: '0', branch: 'resource outside the gov.kz domain: not assessed, 0 (¶15, AMB A-42)' }],
              },
            },
          },
          children: [langSum('C1.2.S', 'App 5', APP5, 'kk', 50), langSum('C1.2.S', 'App 5', APP5, 'ru', 50)],
        },
      ],
    },
    {
      id: 'C1.3',
      level: 'indicator',
      label: L('Интернет-ресурстың мобилді нұсқасы', 'Мобильная версия интернет-ресурса', 'Mobile version of the internet resource'),
      ref: { paragraph: '¶18, ¶24–29', appendix: 'App 3', row: '1.3' },
      max: both(5),
      round: 2,
      provenance: { kind: 'text', decision: 'D5; AMB A-15' },
      formula: {
        reading: 'D5',
        variants: {
          parameter: {
            expr: 'max(0, (mkk + mru) / 50 * K - min(step * (dkk + dru), cap) - (link ? 0 : 1))',
            where: {
              mkk: nod('C1.3.M.kk'), mru: nod('C1.3.M.ru'), step: par('c1.deficiency.step'), dkk: inp(APP6, 'deficiencies_kk'), dru: inp(APP6, 'deficiencies_ru'),
              link: inp(APP6, 'link_to_main'), mode: inp(APP6, 'mobile_mode'), K: nod('C1.3.K'), cap: nod('C1.3.cap'),
            },
            cases: [{ when: 'mode == "none"', expr: '0', branch: 'no mobile version reachable: not assessed, 0 points, no −1 (¶25, ¶29)' }],
          },
          'appendix-note': {
            expr: 'max(0, (max(0, mkk - min(step * dkk, 12.5)) + max(0, mru - min(step * dru, 12.5))) / 50 * K - (link ? 0 : 1))',
            where: {
              mkk: nod('C1.3.M.kk'), mru: nod('C1.3.M.ru'), step: par('c1.deficiency.step'), dkk: inp(APP6, 'deficiencies_kk'), dru: inp(APP6, 'deficiencies_ru'),
              link: inp(APP6, 'link_to_main'), mode: inp(APP6, 'mobile_mode'), K: nod('C1.3.K'),
            },
            cases: [{ when: 'mode == "none"', expr: '0', branch: 'no mobile version reachable: not assessed, 0 points, no −1 (¶25, ¶29)' }],
          },
        },
      },
      children: [
        {
          id: 'C1.3.K',
          level: 'parameter',
          label: L('25-тармаққа сәйкес коэффициент', 'Коэффициент согласно пункту 25', 'Coefficient under ¶25'),
          ref: { paragraph: '¶25' },
          max: both(5),
          provenance: { kind: 'text' },
          formula: {
            expr: 'mode == "auto" ? auto : (mode == "link_from_main" ? link : 0)',
            where: { mode: inp(APP6, 'mobile_mode'), auto: par('c1.3.K.auto'), link: par('c1.3.K.link') },
          },
        },
        {
          id: 'C1.3.cap',
          level: 'parameter',
          label: L('Кемшіліктер үшін шегерімнің шегі (салмақты мәннің 50%)', 'Предел вычета за недостатки (50% весового значения)', 'Cap of the deficiency deduction (50% of the weighted value)'),
          ref: { paragraph: '¶28' },
          provenance: { kind: 'text', decision: 'D5; AMB A-15' },
          formula: {
            reading: 'A-15',
            variants: {
              weight: { expr: 'w * half', where: { w: cst(5, 'weight of indicator 1.3'), half: cst('0.5', '50%') } },
              K: { expr: 'K * half', where: { K: nod('C1.3.K'), half: cst('0.5', '50%') } },
            },
          },
        },
        langSum('C1.3.M', 'App 6', APP6, 'kk', 25),
        langSum('C1.3.M', 'App 6', APP6, 'ru', 25),
      ],
    },
  ],
};
