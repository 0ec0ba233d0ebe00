// Chapter 3 §2 (p.74–83), App 12 and App 10 row 1: criterion B1 (central) / C1 (local)
// "Completeness and currency of information on the open-government internet portals", 80 points.
//
// p.78: B1 = OD + OB + NP + DL (the formula image is lost; the sum is certain, F004-78).
// p.79–82: each indicator = (points of both language versions, App 12) / its maximum × 20, the maxima
// being 14.4 / 17.8 / 8.8 / 9 (central) and 15.4 / 14.8 / 10.8 / 9 (local).
// p.79–81: "0.1 penalty points are deducted from the weighted value of the parameter for each
// deficiency found, but not more than 75 percent of the weighted value of the parameter"; the approved
// open-data list is the exception (none → 0); p.81: nothing planned / no users' comments → the maximum
// of the corresponding parameter (D6: that parameter only); p.83: the blog answer share scores 2/1/0.
// Points are awarded "when the parameter is present" (App 12 heading), so an absent parameter gets 0.
import { inp, par, cst, L } from '../../../engine/build.js';
import type { ComputeFormula, ExprFormula, FieldDecl, FormDecl, Formula, NodeDecl } from '../../../engine/types.js';
import { Decimal } from '../../../engine/decimal.js';
import { CENTRAL, LOCAL } from '../common.js';
import { table1, table2, indicatorLabels, type PortalIndicator, type PortalRow } from './app12-table.js';
import { LANG_VERSIONS, withLang, type LangVersion } from './languages.js';
import { ANSWER_SHARE_70, DIALOGUE_DEDUCTIONS } from './readings.js';
import { unit, PRESENCE, PRESENCE_OR_NA } from '../../vocabulary.js';

const TABLES = [
  { table: 'T1', rows: table1, kind: CENTRAL, form: 'App12T1', no: '1' },
  { table: 'T2', rows: table2, kind: LOCAL, form: 'App12T2', no: '2' },
] as const;

const PARAGRAPH: Record<PortalIndicator, string> = { OD: 'p.79', OB: 'p.80', NP: 'p.81', DL: 'p.82–83' };

const statusField = (row: PortalRow, lang: LangVersion): FieldDecl => ({
  name: `${row.id}_${lang}`,
  label: withLang(
    L(`${row.id}: ${row.label.kk} — бар ма`, `${row.id}: ${row.label.ru} — наличие`, `${row.id}: ${row.label.en} — status`),
    lang,
  ),
  type: 'enum',
  values: row.notApplicableWhen ? ['present', 'absent', 'not_applicable'] : ['present', 'absent'],
  valueLabels: row.notApplicableWhen ? PRESENCE_OR_NA : PRESENCE,
  ref: { paragraph: PARAGRAPH[row.indicator], appendix: 'App 12', row: row.id, ...(row.notApplicableWhen ? { note: `not_applicable: ${row.notApplicableWhen.en} (p.81)` } : {}) },
});

const deficiencyField = (row: PortalRow, lang: LangVersion): FieldDecl => ({
  name: `${row.id}_${lang}_def`,
  label: withLang(
    L(`${row.id}: анықталған кемшіліктер саны`, `${row.id}: количество выявленных недостатков`, `${row.id}: number of deficiencies found`),
    lang,
  ),
  type: 'integer',
  ...unit('deficiencies'),
  default: 0,
  ref: { paragraph: PARAGRAPH[row.indicator], appendix: 'App 12', row: row.id, note: 'e.g. 10 data sets approved, 7 published → 3 (p.79)' },
});

function formOf(t: (typeof TABLES)[number]): FormDecl {
  const fields: FieldDecl[] = [];
  for (const row of t.rows) {
    if (row.rule === 'share') {
      fields.push(
        {
          name: `${row.id}_questions`,
          label: L('Блог-платформаға азаматтардан түскен сұрақтар саны', 'Количество вопросов граждан на блог-платформе', 'Questions from citizens on the blog platform'),
          type: 'integer',
          ...unit('questions'),
          ref: { paragraph: 'p.83', appendix: 'App 12', row: row.id, note: 'one measurement scores both language columns (seed-004b §2.1.5)' },
        },
        {
          name: `${row.id}_answered`,
          label: L('Жарияланған жауабы бар сұрақтар саны', 'Количество вопросов с опубликованными ответами', 'Questions with a published answer'),
          type: 'integer',
          ...unit('questions'),
          partOf: `${row.id}_questions`,
          ref: { paragraph: 'p.83', appendix: 'App 12', row: row.id },
        },
      );
      continue;
    }
    for (const { id: lang } of LANG_VERSIONS) {
      fields.push(statusField(row, lang));
      if (row.rule !== 'list') fields.push(deficiencyField(row, lang));
    }
  }
  return {
    id: t.form,
    label: L(
      `12-қосымша, ${t.no}-кесте: ашық үкімет интернет-порталдарындағы параметрлерді бағалау (${t.kind === CENTRAL ? 'ОМО' : 'ЖАО'})`,
      `Приложение 12, таблица ${t.no}: оценка параметров на интернет-порталах открытого правительства (${t.kind === CENTRAL ? 'ЦГО' : 'МИО'})`,
      `App 12, Table ${t.no}: assessment of the parameters on the open-government portals (${t.kind === CENTRAL ? 'central' : 'local'} bodies)`,
    ),
    ref: { paragraph: 'p.74–83', appendix: 'App 12', row: `Table ${t.no}` },
    filledBy: L('«Электрондық үкіметтің» сервистік интеграторы', 'Сервисный интегратор "электронного правительства"', 'Service integrator of "e-government"'),
    appliesTo: [t.kind],
    fields,
  };
}

export const app12Forms: FormDecl[] = TABLES.map(formOf);

// ---- one node per row and language version ----

const graded = (form: string, row: PortalRow, lang: LangVersion): ExprFormula => ({
  expr: 'weight - min(per_deficiency * deficiencies, cap_share * weight)',
  where: {
    weight: cst(row.weight, 'App 12 weight'),
    status: inp(form, `${row.id}_${lang}`),
    deficiencies: inp(form, `${row.id}_${lang}_def`),
    per_deficiency: par('d2.b1.deduction.per'),
    cap_share: par('d2.b1.deduction.capShare'),
  },
  cases: [
    { when: 'status == "absent"', expr: '0', branch: 'parameter absent: 0 (points are awarded when present)' },
    ...(row.notApplicableWhen
      ? [{ when: 'status == "not_applicable"', expr: 'weight', branch: `${row.notApplicableWhen.en}: the maximum of this parameter (p.81, D6)` }]
      : []),
  ],
});

const presentOnly = (form: string, row: PortalRow, lang: LangVersion, why: string): ExprFormula => ({
  expr: 'weight',
  where: { weight: cst(row.weight, 'App 12 weight'), status: inp(form, `${row.id}_${lang}`) },
  cases: [{ when: 'status == "absent"', expr: '0', branch: `parameter absent: 0 (${why})` }],
});

const answerShare = (form: string, row: PortalRow, table: string): ExprFormula => ({
  expr: 'band(tiers, answered / questions * 100)',
  where: {
    answered: inp(form, `${row.id}_answered`),
    questions: inp(form, `${row.id}_questions`),
    tiers: par(table),
    no_questions: par('d2.b1.dl2.noQuestions'),
  },
  cases: [{ when: 'questions == 0', expr: 'no_questions', branch: 'no questions received: nothing left unanswered, 2 points (seed-004b A-4)' }],
});

function rowFormula(form: string, row: PortalRow, lang: LangVersion): Formula {
  switch (row.rule) {
    case 'graded':
      return graded(form, row, lang);
    case 'list':
      return presentOnly(form, row, lang, 'no approved list of open data → 0, p.79');
    case 'dialogue':
      return {
        reading: DIALOGUE_DEDUCTIONS,
        variants: { deduct: graded(form, row, lang), binary: presentOnly(form, row, lang, 'p.82') },
      };
    case 'share':
      return {
        reading: ANSWER_SHARE_70,
        variants: {
          'seventy-gives-one': answerShare(form, row, 'd2.b1.dl2.tiers'),
          'seventy-gives-zero': answerShare(form, row, 'd2.b1.dl2.tiersStrict'),
        },
      };
  }
}

function rowNode(t: (typeof TABLES)[number], row: PortalRow, lang: LangVersion): NodeDecl {
  return {
    id: `D2.B1.${t.table}.${row.id}.${lang}`,
    level: 'parameter',
    label: withLang(row.label, lang),
    ref: { paragraph: PARAGRAPH[row.indicator], appendix: 'App 12', row: `Table ${t.no}, ${row.id}` },
    appliesTo: [t.kind],
    max: { [t.kind]: Number(row.weight) },
    formula: rowFormula(t.form, row, lang),
    floorAtZero: true,
    provenance:
      row.rule === 'dialogue'
        ? { kind: 'reconstructed-medium', decision: 'AMB-18', note: 'p.82 states no deduction rule' }
        : row.rule === 'share'
          ? { kind: 'text', decision: 'AMB-20', note: 'p.83; 70 % and no questions are not covered (A-4)' }
          : { kind: 'text', ...(row.notApplicableWhen ? { decision: 'D6' } : {}) },
  };
}

// p.79–82: indicator = Σ points (both languages) / maximum × 20.
function indicatorNode(ind: PortalIndicator): NodeDecl {
  const children: NodeDecl[] = [];
  for (const t of TABLES)
    for (const row of t.rows.filter((r) => r.indicator === ind))
      // the answer share (DL2) is one measurement scored in both language columns (seed-004b §2.1.5)
      for (const { id: lang } of LANG_VERSIONS) children.push(rowNode(t, row, lang));
  const key = ind.toLowerCase();
  const formula: ComputeFormula = {
    text: `${ind} = (Σ kz + Σ ru points of App 12) / max × 20, max = ${ind === 'OD' ? '14.4 (local 15.4)' : ind === 'OB' ? '17.8 (local 14.8)' : ind === 'NP' ? '8.8 (local 10.8)' : '9'}`,
    compute(ctx) {
      let sum = new Decimal(0);
      for (const c of children) if (ctx.applies(c.id)) sum = sum.plus(ctx.node(c.id));
      return sum.div(ctx.param(`d2.b1.${key}.max.${ctx.kind}`)).times(ctx.param('d2.b1.scale'));
    },
  };
  return {
    id: `D2.B1.${ind}`,
    level: 'indicator',
    label: indicatorLabels[ind],
    ref: { paragraph: PARAGRAPH[ind], appendix: 'App 10, App 12', row: `1.${['OD', 'OB', 'NP', 'DL'].indexOf(ind) + 1}` },
    max: { [CENTRAL]: 20, [LOCAL]: 20 },
    formula,
    provenance: { kind: 'text', note: 'p.79–82 spell the arithmetic out' },
    children,
  };
}

export const criterionB1: NodeDecl = {
  id: 'D2.B1',
  level: 'criterion',
  label: L(
    'B1/C1 — Ашық үкімет интернет-порталдарындағы ақпараттың толықтығы мен өзектілігі',
    'B1/C1 – Полнота и актуальность информации на интернет-порталах открытого правительства',
    'B1/C1 — Completeness and currency of information on the open-government internet portals',
  ),
  ref: { paragraph: 'p.74–83', appendix: 'App 10 row 1, App 12, App 13' },
  max: { [CENTRAL]: 80, [LOCAL]: 80 },
  provenance: { kind: 'reconstructed-high', formulaId: 'F004-78', note: 'p.78: the sum of the four indicators' },
  children: (['OD', 'OB', 'NP', 'DL'] as const).map(indicatorNode),
};
