// p.86: "the internet resources of central state bodies, and of their departments (ведомства), and of
// local executive bodies running on the gov.kz domain are subject to assessment by the indicators
// 'Accessibility of the internet resource' and 'Completeness and currency of information'. A
// department's resource may be (1) a separate resource, (2) a fourth-level domain, (3) a section of the
// main resource of the central state body." How department sites enter the body's score is not stated
// (seed-004a AMB-21; seed-004b A-29). Default (seed-004a, which prevails on chapter text): the
// arithmetic mean of the main site and its departments' sites; reading AMB-21 = main-site-only keeps
// the main site alone. The mobile version (App 16) is not concerned (p.86 names only the two indicators).
import { nod, L } from '../../../engine/build.js';
import { Decimal } from '../../../engine/decimal.js';
import { compileExpr, asDecimal, type Value } from '../../../engine/expr.js';
import type { NormalizedRow } from '../../../engine/validate.js';
import type { FieldDecl, Formula, NodeContext, NodeDecl } from '../../../engine/types.js';
import { CENTRAL } from '../common.js';
import { DEPARTMENT_SITES } from './readings.js';
import { SITE_FORM } from '../../vocabulary.js';

export const DEPARTMENTS_FIELD = 'department_sites';

/** A list field whose rows are the department sites, each with the same fields as the main site. */
export function departmentSitesField(siteFields: readonly FieldDecl[], appendix: string): FieldDecl {
  return {
    name: DEPARTMENTS_FIELD,
    label: L(
      'Ведомстволардың интернет-ресурстары (әрқайсысы негізгі ресурс сияқты бағаланады)',
      'Интернет-ресурсы ведомств (каждый оценивается так же, как основной ресурс)',
      "The departments' internet resources (each assessed like the main resource)",
    ),
    type: 'list',
    appliesTo: [CENTRAL],
    ref: { paragraph: 'p.86', appendix, note: 'seed-004a AMB-21; seed-004b A-29' },
    item: [
      { name: 'name', label: L('Ведомство', 'Ведомство', 'Department'), type: 'text', required: true },
      {
        name: 'site_form',
        label: L(
          'Ведомство интернет-ресурсының түрі',
          'Вид интернет-ресурса ведомства',
          'Kind of the department’s internet resource',
        ),
        type: 'enum',
        values: ['separate', 'subdomain', 'section'],
        valueLabels: SITE_FORM,
        required: true,
        ref: { paragraph: 'p.86' },
      },
      // the site's own fields: required unless the main form gives them a default or they are optional measurements
      ...siteFields.map((f) => (f.default !== undefined || f.name.endsWith('_abbr') ? f : { ...f, required: true })),
    ],
  };
}

/** Evaluate an item formula of the main site on a department row (same expression, same readings). */
export function formulaOnRow(f: Formula, row: NormalizedRow, ctx: NodeContext): Decimal {
  if ('reading' in f) {
    const v = f.variants[ctx.reading(f.reading)];
    if (!v) throw new Error(`reading ${f.reading}: no variant`);
    return formulaOnRow(v, row, ctx);
  }
  if ('compute' in f) throw new Error('a computed item cannot be evaluated on a department row');
  const resolve = (sym: string): Value => {
    const ref = f.where?.[sym];
    if (!ref) throw new Error(`symbol ${sym} is not bound`);
    switch (ref.kind) {
      case 'input': {
        const v = row[ref.field];
        if (v === undefined || Array.isArray(v)) throw new Error(`department site: field ${ref.field} is missing`);
        return v;
      }
      case 'param':
        return ctx.param(ref.name);
      case 'const':
        return new Decimal(ref.value);
      default:
        throw new Error(`symbol ${sym}: not available on a department row`);
    }
  };
  for (const c of f.cases ?? []) if (compileExpr(c.when).run(resolve) === true) return asDecimal(compileExpr(c.expr).run(resolve), c.expr);
  return asDecimal(compileExpr(f.expr).run(resolve), f.expr);
}

const rowsOf = (ctx: NodeContext, form: string): NormalizedRow[] =>
  ctx.kind === CENTRAL && ctx.has(form, DEPARTMENTS_FIELD) ? ctx.value<NormalizedRow[]>(form, DEPARTMENTS_FIELD) : [];

/** Σ of the indicator over the department sites (0 when there are none). */
export function departmentsNode(prefix: string, form: string, appendix: string, score: (ctx: NodeContext, row: NormalizedRow) => Decimal): NodeDecl {
  return {
    id: `${prefix}.DEPTS`,
    level: 'adjustment',
    label: L('Ведомстволар интернет-ресурстарының балдарының сомасы', 'Сумма баллов интернет-ресурсов ведомств', "Sum over the departments' sites"),
    ref: { paragraph: 'p.86', appendix },
    appliesTo: [CENTRAL],
    formula: {
      text: `Σ over the department sites of the indicator, each scored as the main site (${appendix})`,
      compute(ctx) {
        const rows = rowsOf(ctx, form);
        if (!rows.length) ctx.branch('no department sites listed');
        let s = new Decimal(0);
        for (const r of rows) {
          const v = Decimal.max(0, score(ctx, r));
          ctx.note(`${String(r.name)} (${String(r.site_form)}): ${v.toString()}`);
          s = s.plus(v);
        }
        return s;
      },
    },
    provenance: { kind: 'reconstructed-low', decision: 'AMB-21' },
  };
}

/** The indicator: the main site alone, or the mean of the main site and the department sites (AMB-21). */
export function meanWithDepartments(prefix: string, form: string): Formula {
  return {
    reading: DEPARTMENT_SITES,
    variants: {
      'main-site-only': { expr: 'main_site', where: { main_site: nod(`${prefix}.MAIN`) } },
      'mean-with-departments': {
        text: '(main site + Σ department sites) / (1 + number of department sites)',
        dependsOn: [`${prefix}.DEPTS`],
        compute(ctx) {
          const main = ctx.node(`${prefix}.MAIN`);
          const rows = rowsOf(ctx, form);
          if (!rows.length) return main;
          ctx.branch(`mean of the main site and ${rows.length} department site(s)`);
          return main.plus(ctx.node(`${prefix}.DEPTS`)).div(rows.length + 1);
        },
      },
    },
  };
}
