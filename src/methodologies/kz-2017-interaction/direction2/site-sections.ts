// The section tables of App 15 (completeness of the site) and App 16 (mobile version) are scored the
// same way: each section has a weight per language version, "points are awarded when the indicators
// are present", and each deficiency of the appendix's list costs 0.1 (p.94, p.98). This module builds,
// from a table given as data, the input form (per section and language: indicators applicable,
// indicators present, deficiencies) and the nodes (one per section and language, one per language total,
// one for the deficiency deduction).
//
// Inside a section only the section weight is given (seed-004b A-15): by default credit is in
// proportion to the indicators present, indicators not applicable ("(if any)" items, the National
// Bank's 1.6, A-17/A-18) leaving the denominator; a section wholly not applicable scores its weight.
// (A body that executes no state programme posts a short message saying so — App 15 Note — and that
// counts as presence, not as "not applicable".) Reading A-15 = all-or-nothing gives the weight only when all are present.
//
// Deficiencies (DECISIONS.md D5): by default the body's rule — 0.1 per deficiency off the indicator on
// its weighted scale, at most 50 % of its weight (completeness 10 → 5; mobile 5 → 2.5). Reading D5 =
// section-raw-points is the appendix note read as seed-004b did: 0.1 raw point off the section where
// found (not below 0), at most 50 % of the language version's points (25; 12.5), then scaled.
import { L } from '../../../engine/build.js';
import { Decimal } from '../../../engine/decimal.js';
import type { ComputeFormula, FieldDecl, FormDecl, Labels, NodeContext, NodeDecl } from '../../../engine/types.js';
import { LANG_VERSIONS, withLang, type LangVersion } from './languages.js';
import { DEFICIENCY_READING, SECTION_POLICY } from './readings.js';

export interface SiteSection {
  /** Number as printed, e.g. "1.2". */
  no: string;
  label: Labels;
  /** Points per language version. */
  weight: string;
  /** The numbered indicators of the section, as printed (ru from the seed; kk, en translated). */
  items: readonly Labels[];
}

export interface SiteTable {
  /** Body kind the table is for. */
  kind: string;
  /** Table number in the appendix ("1" or "2"). */
  no: string;
  formId: string;
  sections: readonly SiteSection[];
}

export const fieldKey = (s: SiteSection) => `s${s.no.replace('.', '_')}`;

export function sectionFields(s: SiteSection, lang: LangVersion, appendix: string): FieldDecl[] {
  const n = s.items.length;
  const key = fieldKey(s);
  const ref = { appendix, row: s.no };
  const list = (l: keyof Labels) => s.items.map((it, i) => `${i + 1}) ${it[l]}`).join('; ');
  const sec = (t: Labels) => withLang(L(`${s.no} ${s.label.kk}: ${t.kk}`, `${s.no} ${s.label.ru}: ${t.ru}`, `${s.no} ${s.label.en}: ${t.en}`), lang);
  return [
    {
      name: `${key}_${lang}_applicable`,
      label: sec(
        L(
          `қолданылатын индикаторлар саны (${n}-ден; «бар болса» және негіздеме бойынша қолданылмайтындарды шегергенде)`,
          `количество применимых индикаторов (из ${n}; за вычетом неприменимых «при наличии» и по обоснованию)`,
          `indicators applicable (of ${n}; less those not applicable: "if any" items, on justification)`,
        ),
      ),
      type: 'integer',
      max: n,
      default: n,
      ref,
    },
    {
      name: `${key}_${lang}_present`,
      // the numbered indicators are listed so that whoever fills the form counts against the act's list
      label: sec(
        L(
          `бар индикаторлар саны (${n}-ден: ${list('kk')})`,
          `количество имеющихся индикаторов (из ${n}: ${list('ru')})`,
          `indicators present (of ${n}: ${list('en')})`,
        ),
      ),
      type: 'integer',
      max: n,
      partOf: `${key}_${lang}_applicable`,
      ref,
    },
    { name: `${key}_${lang}_def`, label: sec(L('анықталған кемшіліктер саны', 'количество выявленных недостатков', 'deficiencies found')), type: 'integer', default: 0, ref },
  ];
}

export interface IndicatorConfig {
  /** Node id prefix, e.g. "D2.B2.C". */
  prefix: string;
  appendix: string;
  paragraph: string;
  tables: readonly SiteTable[];
  /** Raw points cap of the deductions per language version under the appendix-note reading (25; 12.5). */
  rawCapPerLanguage: string;
  /** Sections read nothing and score 0 when this returns a reason (mobile: no mobile version). */
  notAssessed?: (ctx: NodeContext, formId: string) => string | null;
  /** Turns the raw deduction (both languages) into the indicator's scale (appendix-note reading). */
  scaleRaw: (ctx: NodeContext, formId: string, raw: Decimal) => Decimal;
  /** Parameter holding the indicator weight (the D5 cap is 50 % of it). */
  weightParam: string;
}

const sectionId = (c: IndicatorConfig, t: SiteTable, lang: LangVersion, s: SiteSection) => `${c.prefix}.T${t.no}.${lang}.${s.no.replace('.', '_')}`;
export const languageId = (c: IndicatorConfig, t: SiteTable, lang: LangVersion) => `${c.prefix}.T${t.no}.${lang}`;

function counts(ctx: NodeContext, t: SiteTable, s: SiteSection, lang: LangVersion) {
  const key = `${fieldKey(s)}_${lang}`;
  return { present: ctx.num(t.formId, `${key}_present`), applicable: ctx.num(t.formId, `${key}_applicable`) };
}

/** A section's points from its indicator counts (reading A-15); records the branch taken. */
export function sectionBase(ctx: NodeContext, w: Decimal, present: Decimal, applicable: Decimal): Decimal {
  if (applicable.isZero()) {
    ctx.branch('section wholly not applicable: its weight');
    return w;
  }
  if (ctx.reading(SECTION_POLICY) === 'all-or-nothing') {
    ctx.branch(present.eq(applicable) ? 'every applicable indicator present' : 'an applicable indicator is missing: 0');
    return present.eq(applicable) ? w : new Decimal(0);
  }
  return w.times(present).div(applicable);
}

/** D5 default: min(0.1 × deficiencies, 50 % of the indicator weight). */
export function weightedDeduction(ctx: NodeContext, deficiencies: Decimal, weightParam: string): Decimal {
  const d = deficiencies.times(ctx.param('d2.b2.deduction.per'));
  const cap = ctx.param('d2.b2.deduction.capShare').times(ctx.param(weightParam));
  if (d.gt(cap)) ctx.branch(`deduction ${d.toString()} capped at 50 % of the weight: ${cap.toString()}`);
  return Decimal.min(d, cap);
}

/** D5 appendix-note reading, one language version: Σ sections min(0.1 × deficiencies, section points), capped. */
export function rawDeduction(ctx: NodeContext, perSection: readonly { deficiencies: Decimal; points: Decimal }[], capRaw: string, lang: string): Decimal {
  let perLang = new Decimal(0);
  for (const x of perSection) perLang = perLang.plus(Decimal.min(x.deficiencies.times(ctx.param('d2.b2.deduction.per')), x.points));
  const cap = new Decimal(capRaw);
  if (perLang.gt(cap)) ctx.branch(`${lang}: raw deduction ${perLang.toString()} capped at ${cap.toString()}`);
  return Decimal.min(perLang, cap);
}

function sectionNode(c: IndicatorConfig, t: SiteTable, lang: LangVersion, s: SiteSection): NodeDecl {
  const formula: ComputeFormula = {
    text: `${s.no} = ${s.weight} × present / applicable indicators (reading A-15)`,
    compute(ctx) {
      const why = c.notAssessed?.(ctx, t.formId);
      if (why) {
        ctx.branch(why);
        return new Decimal(0);
      }
      const { present, applicable } = counts(ctx, t, s, lang);
      return sectionBase(ctx, new Decimal(s.weight), present, applicable);
    },
  };
  return {
    id: sectionId(c, t, lang, s),
    level: 'parameter',
    label: withLang(L(`${s.no}. ${s.label.kk}`, `${s.no}. ${s.label.ru}`, `${s.no}. ${s.label.en}`), lang),
    ref: { paragraph: c.paragraph, appendix: c.appendix, row: `Table ${t.no}, ${s.no}` },
    max: { [t.kind]: Number(s.weight) },
    formula,
    provenance: { kind: 'reconstructed-medium', decision: 'A-15', note: 'only section weights are given; proportional credit by default' },
  };
}

function languageNode(c: IndicatorConfig, t: SiteTable, lang: LangVersion): NodeDecl {
  const total = t.sections.reduce((a, s) => a + Number(s.weight), 0);
  return {
    id: languageId(c, t, lang),
    level: 'parameter',
    label: withLang(
      L(`${c.appendix.replace('App ', '')}-қосымша, ${t.no}-кесте: бөлімдер балдарының сомасы`, `Приложение ${c.appendix.replace('App ', '')}, таблица ${t.no}: сумма баллов разделов`, `${c.appendix}, Table ${t.no}: sum of the section points`),
      lang,
    ),
    ref: { paragraph: c.paragraph, appendix: c.appendix, row: `Table ${t.no}` },
    appliesTo: [t.kind],
    max: { [t.kind]: total },
    provenance: { kind: 'text' },
    children: t.sections.map((s) => sectionNode(c, t, lang, s)),
  };
}

/** The 0.1-per-deficiency deduction on the indicator's scale, under either D5 reading. */
function deductionNode(c: IndicatorConfig): NodeDecl {
  const sectionIds = c.tables.flatMap((t) => LANG_VERSIONS.flatMap(({ id: lang }) => t.sections.map((s) => sectionId(c, t, lang, s))));
  const tableOf = (ctx: NodeContext) => c.tables.find((t) => t.kind === ctx.kind);
  const weighted: ComputeFormula = {
    text: 'min(0.1 × deficiencies (both languages), 50 % × weight of the indicator)',
    compute(ctx) {
      const t = tableOf(ctx);
      if (!t) return new Decimal(0);
      const why = c.notAssessed?.(ctx, t.formId);
      if (why) {
        ctx.branch(why);
        return new Decimal(0);
      }
      let n = new Decimal(0);
      for (const { id: lang } of LANG_VERSIONS) for (const s of t.sections) n = n.plus(ctx.num(t.formId, `${fieldKey(s)}_${lang}_def`));
      return weightedDeduction(ctx, n, c.weightParam);
    },
  };
  const raw: ComputeFormula = {
    text: `scaled Σ languages min(Σ sections min(0.1 × deficiencies, section points), ${c.rawCapPerLanguage})`,
    dependsOn: sectionIds,
    compute(ctx) {
      const t = tableOf(ctx);
      if (!t) return new Decimal(0);
      const why = c.notAssessed?.(ctx, t.formId);
      if (why) {
        ctx.branch(why);
        return new Decimal(0);
      }
      let total = new Decimal(0);
      for (const { id: lang } of LANG_VERSIONS)
        total = total.plus(
          rawDeduction(
            ctx,
            t.sections.map((s) => ({ deficiencies: ctx.num(t.formId, `${fieldKey(s)}_${lang}_def`), points: ctx.node(sectionId(c, t, lang, s)) })),
            c.rawCapPerLanguage,
            lang,
          ),
        );
      return c.scaleRaw(ctx, t.formId, total);
    },
  };
  return {
    id: `${c.prefix}.DED`,
    level: 'adjustment',
    label: L(
      'Анықталған кемшіліктер үшін шегерім (әр кемшілікке 0,1)',
      'Вычет за выявленные недостатки (0,1 за каждый недостаток)',
      'Deduction for the deficiencies found (0.1 each)',
    ),
    ref: { paragraph: c.paragraph, appendix: c.appendix, note: 'DECISIONS.md D5' },
    formula: { reading: DEFICIENCY_READING, variants: { 'parameter-weighted': weighted, 'section-raw-points': raw } },
    provenance: { kind: 'text', decision: 'D5' },
  };
}

/** Children of the indicator: the per-language totals of each table, then the deduction. */
export function sectionChildren(c: IndicatorConfig): NodeDecl[] {
  return [...c.tables.flatMap((t) => LANG_VERSIONS.map(({ id: lang }) => languageNode(c, t, lang))), deductionNode(c)];
}

/** Σ over both language versions of the body's table (raw appendix points). */
export function languageTotal(c: IndicatorConfig, ctx: NodeContext): Decimal {
  let s = new Decimal(0);
  for (const t of c.tables) if (t.kind === ctx.kind) for (const { id: lang } of LANG_VERSIONS) s = s.plus(ctx.node(languageId(c, t, lang)));
  return s;
}

export function sectionForm(t: SiteTable, appendix: string, label: Labels, paragraph: string, extra: FieldDecl[] = []): FormDecl {
  return {
    id: t.formId,
    label,
    ref: { paragraph, appendix, row: `Table ${t.no}` },
    filledBy: L('«Электрондық үкіметтің» сервистік интеграторы', 'Сервисный интегратор "электронного правительства"', 'Service integrator of "e-government"'),
    appliesTo: [t.kind],
    fields: [...extra, ...LANG_VERSIONS.flatMap(({ id: lang }) => t.sections.flatMap((s) => sectionFields(s, lang, appendix)))],
  };
}
