// Chapter 3 §3 (p.84–99), App 10 row 2, App 14–16: criterion B2 (central) / C2 (local) "Support of the
// official internet resource of the state body", 20 points = A (5) + C (10) + M (5) (p.85).
import { L } from '../../../engine/build.js';
import { Decimal } from '../../../engine/decimal.js';
import type { ComputeFormula, FieldDecl, NodeContext, NodeDecl } from '../../../engine/types.js';
import { CENTRAL, LOCAL } from '../common.js';
import { indicatorAccessibility } from './app14-accessibility.js';
import { app15Table1, app15Table2 } from './app15-table.js';
import { app16Table1, app16Table2 } from './app16-table.js';
import {
  fieldKey,
  languageTotal,
  rawDeduction,
  sectionBase,
  sectionChildren,
  sectionFields,
  sectionForm,
  weightedDeduction,
  type IndicatorConfig,
  type SiteTable,
} from './site-sections.js';
import { departmentSitesField, departmentsNode, meanWithDepartments } from './department-sites.js';
import { LANG_VERSIONS } from './languages.js';
import { DEFICIENCY_READING } from './readings.js';
import type { NormalizedRow } from '../../../engine/validate.js';
import { MOBILE_MODE } from '../../vocabulary.js';

// ---- Indicator C: completeness and currency of information (p.90–94, App 15) ----
// p.92: C = (points of the Kazakh and Russian versions, App 15) / 100 × 10 (text-exact);
// p.94: 0.1 per deficiency, at most 50 % of the weight (D5).
const app15Tables: SiteTable[] = [
  { kind: CENTRAL, no: '1', formId: 'App15T1', sections: app15Table1 },
  { kind: LOCAL, no: '2', formId: 'App15T2', sections: app15Table2 },
];

const completeness: IndicatorConfig = {
  prefix: 'D2.B2.C',
  appendix: 'App 15',
  paragraph: 'p.90–94',
  tables: app15Tables,
  rawCapPerLanguage: '25',
  weightParam: 'd2.b2.c.scale',
  scaleRaw: (ctx, _form, raw) => raw.div(ctx.param('d2.b2.c.max')).times(ctx.param('d2.b2.c.scale')),
};

const completenessFormula: ComputeFormula = {
  text: 'C = max(0, (Σ kz + Σ ru points of App 15) / 100 × 10 − deduction)',
  compute(ctx) {
    const raw = languageTotal(completeness, ctx).div(ctx.param('d2.b2.c.max')).times(ctx.param('d2.b2.c.scale'));
    return raw.minus(ctx.node('D2.B2.C.DED'));
  },
};

/** One department site (a list row of App 15 Table 1), scored like the main site. */
function departmentCompleteness(ctx: NodeContext, row: NormalizedRow): Decimal {
  const t = app15Tables[0]!;
  const num = (field: string) => row[field] as Decimal;
  let base = new Decimal(0);
  const perLang: Record<string, { deficiencies: Decimal; points: Decimal }[]> = {};
  let deficiencies = new Decimal(0);
  for (const { id: lang } of LANG_VERSIONS) {
    perLang[lang] = t.sections.map((s) => {
      const key = `${fieldKey(s)}_${lang}`;
      const points = sectionBase(ctx, new Decimal(s.weight), num(`${key}_present`), num(`${key}_applicable`));
      base = base.plus(points);
      deficiencies = deficiencies.plus(num(`${key}_def`));
      return { deficiencies: num(`${key}_def`), points };
    });
  }
  const ded =
    ctx.reading(DEFICIENCY_READING) === 'section-raw-points'
      ? completeness.scaleRaw(ctx, t.formId, LANG_VERSIONS.reduce((a, { id }) => a.plus(rawDeduction(ctx, perLang[id]!, completeness.rawCapPerLanguage, id)), new Decimal(0)))
      : weightedDeduction(ctx, deficiencies, completeness.weightParam);
  return Decimal.max(0, base.div(ctx.param('d2.b2.c.max')).times(ctx.param('d2.b2.c.scale')).minus(ded));
}

export const indicatorCompleteness: NodeDecl = {
  id: 'D2.B2.C',
  level: 'indicator',
  label: L('Ақпараттың толықтығы мен өзектілігі', 'Полнота и актуальность информации', 'Completeness and currency of information'),
  ref: { paragraph: 'p.86, p.90–94', appendix: 'App 10 row 2.2, App 15', note: 'p.90 cites App 16 by mistake; p.91–93 cite App 15 (AMB-22)' },
  max: { [CENTRAL]: 10, [LOCAL]: 10 },
  formula: meanWithDepartments('D2.B2.C', 'App15T1'),
  provenance: { kind: 'reconstructed-low', decision: 'AMB-21', note: 'p.86: how department sites enter the score is not stated' },
  children: [
    {
      id: 'D2.B2.C.MAIN',
      level: 'adjustment',
      label: L('Негізгі интернет-ресурс', 'Основной интернет-ресурс', 'Main internet resource of the body'),
      ref: { paragraph: 'p.90–94', appendix: 'App 15' },
      max: { [CENTRAL]: 10, [LOCAL]: 10 },
      formula: completenessFormula,
      floorAtZero: true,
      provenance: { kind: 'text', decision: 'D5' },
      children: sectionChildren(completeness),
    },
    departmentsNode('D2.B2.C', 'App15T1', 'App 15', departmentCompleteness),
  ],
};

// ---- Indicator M: mobile version (p.95–99, App 16) ----
// p.96: coefficient 5 when the mobile version loads automatically on a mobile device, 3 when the main
// version loads and the mobile one is reached by a link; no link → "not assessed, 0 points".
// p.97: M = (points of both language versions, App 16) / 50 × coefficient ("paragraph 72" in the text
// is a wrong cross-reference for p.96, AMB-23). p.98: 0.1 per deficiency, at most 50 % (D5: of the
// weight 5, whatever the coefficient). p.99: −1 when the mobile version has no link to the main
// version; no deduction when there is no mobile version (seed-004b A-20: floored at 0).
const app16Tables: SiteTable[] = [
  { kind: CENTRAL, no: '1', formId: 'App16T1', sections: app16Table1 },
  { kind: LOCAL, no: '2', formId: 'App16T2', sections: app16Table2 },
];

const kappa = (ctx: NodeContext, form: string): Decimal => {
  const mode = ctx.value<string>(form, 'load_mode');
  return ctx.param(`d2.b2.m.kappa.${mode}`);
};
const NOT_ASSESSED = 'the main version loads and there is no link to a mobile version: not assessed, 0 points (p.96)';

const mobile: IndicatorConfig = {
  prefix: 'D2.B2.M',
  appendix: 'App 16',
  paragraph: 'p.95–99',
  tables: app16Tables,
  rawCapPerLanguage: '12.5',
  weightParam: 'd2.b2.m.weight',
  notAssessed: (ctx, form) => (ctx.value<string>(form, 'load_mode') === 'none' ? NOT_ASSESSED : null),
  scaleRaw: (ctx, form, raw) => raw.div(ctx.param('d2.b2.m.max')).times(kappa(ctx, form)),
};

const modeFields: FieldDecl[] = [
  {
    name: 'load_mode',
    label: L(
      'Сайтқа мобильді құрылғыдан кіргенде не жүктеледі',
      'Что загружается при входе на сайт с мобильного устройства',
      'What loads when the site is opened from a mobile device',
    ),
    type: 'enum',
    values: ['auto', 'link', 'none'],
    valueLabels: MOBILE_MODE,
    ref: { paragraph: 'p.96' },
  },
  {
    name: 'link_back_to_main',
    label: L('Мобильді нұсқада негізгі нұсқаға сілтеме бар', 'На мобильной версии есть ссылка на основную версию', 'The mobile version links to the main version'),
    type: 'boolean',
    ref: { paragraph: 'p.99' },
  },
];

const mobileFormula: ComputeFormula = {
  text: 'M = max(0, (Σ kz + Σ ru points of App 16) / 50 × κ − deduction − (1 if no link to the main version)), κ = 5 | 3 | 0',
  compute(ctx) {
    const t = app16Tables.find((x) => x.kind === ctx.kind)!;
    const k = kappa(ctx, t.formId);
    if (k.isZero()) {
      ctx.branch(NOT_ASSESSED);
      return new Decimal(0);
    }
    let m = languageTotal(mobile, ctx).div(ctx.param('d2.b2.m.max')).times(k).minus(ctx.node('D2.B2.M.DED'));
    if (!ctx.value<boolean>(t.formId, 'link_back_to_main')) {
      ctx.branch('the mobile version has no link to the main version: −1 (p.99)');
      m = m.minus(ctx.param('d2.b2.m.noLinkBack'));
    }
    return m;
  },
};

export const indicatorMobile: NodeDecl = {
  id: 'D2.B2.M',
  level: 'indicator',
  label: L('Интернет-ресурстың мобильді нұсқасы', 'Мобильная версия интернет-ресурса', 'Mobile version of the internet resource'),
  ref: { paragraph: 'p.95–99', appendix: 'App 10 row 2.3, App 16' },
  max: { [CENTRAL]: 5, [LOCAL]: 5 },
  formula: mobileFormula,
  floorAtZero: true,
  provenance: { kind: 'text', decision: 'D5', note: 'p.99 penalty taken from M, floored at 0 (seed-004b A-20)' },
  children: sectionChildren(mobile),
};

export const app15Forms = app15Tables.map((t) =>
  sectionForm(
    t,
    'App 15',
    L(
      `15-қосымша, ${t.no}-кесте: «Ақпараттың толықтығы мен өзектілігі» (${t.kind === CENTRAL ? 'ОМО және олардың комитеттері' : 'ЖАО'}; IV тоқсан)`,
      `Приложение 15, таблица ${t.no}: «Полнота и актуальность информации» (${t.kind === CENTRAL ? 'ЦГО и их комитеты' : 'МИО'}; IV квартал)`,
      `App 15, Table ${t.no}: completeness and currency of information (${t.kind === CENTRAL ? 'central bodies and their committees' : 'local executive bodies'}; 4th quarter)`,
    ),
    'p.86, p.90–94',
    // p.86: the departments of central bodies have their own sites, assessed the same way
    t.kind === CENTRAL ? [departmentSitesField(LANG_VERSIONS.flatMap(({ id }) => t.sections.flatMap((s) => sectionFields(s, id, 'App 15'))), 'App 15')] : [],
  ),
);

export const app16Forms = app16Tables.map((t) =>
  sectionForm(
    t,
    'App 16',
    L(
      `16-қосымша, ${t.no}-кесте: интернет-ресурстың мобильді нұсқасын бағалау (${t.kind === CENTRAL ? 'ОМО' : 'ЖАО'}; IV тоқсан)`,
      `Приложение 16, таблица ${t.no}: оценка мобильной версии интернет-ресурса (${t.kind === CENTRAL ? 'ЦГО' : 'МИО'}; IV квартал)`,
      `App 16, Table ${t.no}: mobile version of the internet resource (${t.kind === CENTRAL ? 'central' : 'local'} bodies; 4th quarter)`,
    ),
    'p.95–99',
    modeFields,
  ),
);

export const criterionB2: NodeDecl = {
  id: 'D2.B2',
  level: 'criterion',
  label: L(
    'B2/C2 — Мемлекеттік органның ресми интернет-ресурсын қолдау',
    'B2/C2 – Поддержка официального интернет-ресурса государственного органа',
    'B2/C2 — Support of the official internet resource of the state body',
  ),
  ref: { paragraph: 'p.84–99', appendix: 'App 10 row 2, App 14–16' },
  max: { [CENTRAL]: 20, [LOCAL]: 20 },
  provenance: { kind: 'text', note: 'p.85: the sum of the three indicators' },
  children: [indicatorAccessibility, indicatorCompleteness, indicatorMobile],
};
