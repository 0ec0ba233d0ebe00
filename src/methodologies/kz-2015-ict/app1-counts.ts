// The totals of App 1 Tables 1 and 3 as the criteria read them: from the rows when the body reported
// row by row (one row per departmental IS, one per function), otherwise from the totals it entered.
// The rows are the report itself (App 1 is a table of rows); when a total entered beside them disagrees,
// the rows are used and the disagreement is recorded in the trace for the working group (¶9).
import { D, Decimal } from '../../engine/decimal.js';
import type { NodeContext } from '../../engine/types.js';
import { T1, T3 } from './app1-report.js';

interface SystemRow { name: string; integrations_envisaged: Decimal; integrations_implemented: Decimal; ntd_deadline?: string; commissioned?: string }
interface FunctionRow { name: string; degree: 'full' | 'partial' | 'none'; via?: string; ntd_supports?: boolean }

type T1Field = 'departmental_is' | 'integrations_required' | 'integrations_implemented' | 'is_due' | 'is_late';
type T3Field = 'functions_full' | 'functions_partial' | 'functions_not_automated' | 'functions_via_departmental_is';

function reconcile(ctx: NodeContext, form: string, field: string, derived: Decimal, rowsField: string): Decimal {
  if (ctx.has(form, field)) {
    const given = ctx.num(form, field);
    if (!given.eq(derived)) ctx.branch(`form ${form}, field ${field}: the entered total ${given.toString()} does not match the ${derived.toString()} counted from the rows of ${rowsField} — the rows are used`);
  }
  return derived;
}

/** Table 1 totals; ¶38: an IS without an NTD deadline counts as due and late. */
export function t1(ctx: NodeContext, field: T1Field): Decimal {
  if (!ctx.has(T1, 'systems')) return ctx.num(T1, field);
  const rows = ctx.value<SystemRow[]>(T1, 'systems');
  const needDate = rows.some((r) => r.ntd_deadline !== undefined);
  const on = needDate ? ctx.value<string>(T1, 'assessment_date') : '';
  const due = rows.filter((r) => r.ntd_deadline === undefined || r.ntd_deadline <= on);
  const late = due.filter((r) => r.ntd_deadline === undefined || r.commissioned === undefined || r.commissioned > r.ntd_deadline);
  const derived: Record<T1Field, Decimal> = {
    departmental_is: D(rows.length),
    integrations_required: rows.reduce((s, r) => s.plus(r.integrations_envisaged), D(0)),
    integrations_implemented: rows.reduce((s, r) => s.plus(r.integrations_implemented), D(0)),
    is_due: D(due.length),
    is_late: D(late.length),
  };
  return reconcile(ctx, T1, field, derived[field], 'systems');
}

/** Table 3 totals; ¶47: a function the IS's NTD does not provide for is not automated. */
export function t3(ctx: NodeContext, field: T3Field): Decimal {
  if (!ctx.has(T3, 'functions')) return ctx.num(T3, field);
  const rows = ctx.value<FunctionRow[]>(T3, 'functions').map((r) => ({ ...r, degree: r.ntd_supports === false ? 'none' : r.degree }));
  const derived: Record<T3Field, Decimal> = {
    functions_full: D(rows.filter((r) => r.degree === 'full').length),
    functions_partial: D(rows.filter((r) => r.degree === 'partial').length),
    functions_not_automated: D(rows.filter((r) => r.degree === 'none').length),
    functions_via_departmental_is: D(rows.filter((r) => r.degree !== 'none' && r.via === 'departmental').length),
  };
  return reconcile(ctx, T3, field, derived[field], 'functions');
}
