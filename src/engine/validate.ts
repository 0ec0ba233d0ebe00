// Input validation. Every refusal names the body, the form, the field and the value, so that the
// person who filled the form can find and fix it. Nothing is coerced: a count of "-3" or "12 pcs"
// is refused, not turned into 0 or 12. Decimal text ("0.35") is accepted for numbers because it
// is how exact values travel in JSON and from Excel cells formatted as text.
import { Decimal } from './decimal.js';
import { compileExpr } from './expr.js';
import type { BodyInput, ConstraintDecl, EditionDecl, FieldDecl, FormDecl, Labels } from './types.js';

export interface InputIssue {
  body: string;
  form: string;
  field: string;
  value: unknown;
  message: string;
  /** Row number (1-based) inside a list field, when the issue is in one row. */
  row?: number;
}

export class InputError extends Error {
  constructor(readonly issues: InputIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'InputError';
  }
}

export function formatIssue(i: InputIssue): string {
  const where = i.row === undefined ? i.field : `${i.field} row ${i.row}`;
  return `body ${i.body}, form ${i.form}, field ${where}: ${i.message} (value: ${show(i.value)})`;
}

function show(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v instanceof Decimal) return v.toString();
  const s = JSON.stringify(v);
  return s.length > 80 ? s.slice(0, 77) + '...' : s;
}

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

export type Normalized = Decimal | boolean | string | NormalizedRow[];
export type NormalizedRow = Record<string, Normalized>;
export type NormalizedForms = Record<string, Record<string, Normalized>>;

export const applies = (appliesTo: readonly string[] | undefined, kind: string): boolean =>
  !appliesTo || appliesTo.includes(kind);

function normalizeValue(f: FieldDecl, raw: unknown, issue: (message: string) => undefined): Normalized | undefined {
  switch (f.type) {
    case 'number':
    case 'integer': {
      let d: Decimal;
      if (typeof raw === 'number' && Number.isFinite(raw)) d = new Decimal(String(raw));
      else if (typeof raw === 'string' && DECIMAL_TEXT.test(raw.trim())) d = new Decimal(raw.trim());
      else return issue(`expected ${f.type === 'integer' ? 'a whole number' : 'a number'}`);
      if (f.type === 'integer' && !d.isInteger()) return issue('expected a whole number');
      const min = f.min ?? (f.type === 'integer' ? 0 : undefined);
      if (min !== undefined && d.lt(min)) return issue(`below the minimum ${min}`);
      if (f.max !== undefined && d.gt(f.max)) return issue(`above the maximum ${f.max}`);
      return d;
    }
    case 'boolean':
      if (typeof raw !== 'boolean') return issue('expected true or false');
      return raw;
    case 'enum':
      if (typeof raw !== 'string' || !f.values?.includes(raw)) return issue(`expected one of ${(f.values ?? []).join(', ')}`);
      return raw;
    case 'date':
      if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw)))
        return issue('expected a date yyyy-mm-dd');
      return raw;
    case 'text':
      if (typeof raw !== 'string') return issue('expected text');
      return raw;
    case 'list':
      if (!Array.isArray(raw)) return issue('expected a list of rows');
      return raw as NormalizedRow[]; // rows are normalized by the caller, which knows the row numbers
  }
}

/** Validate the fields of one record (a form, or one row of a list field) against their declarations. */
/** Does a record satisfy a constraint? Undefined when a field the rule names is absent (nothing to check). */
export function satisfies(c: ConstraintDecl, record: Record<string, unknown>): boolean | undefined {
  const compiled = compileExpr(c.rule);
  for (const s of compiled.symbols) if (record[s] === undefined || record[s] === null) return undefined;
  const v = compiled.run((s) => {
    const x = record[s];
    if (typeof x === 'string' && DECIMAL_TEXT.test(x)) return new Decimal(x);
    if (x instanceof Decimal || typeof x === 'boolean' || typeof x === 'string') return x;
    if (typeof x === 'number') return new Decimal(String(x));
    throw new Error(`constraint "${c.rule}": field ${s} is not a value`);
  });
  return v === true;
}

function validateRecord(
  fields: readonly FieldDecl[],
  data: Record<string, unknown>,
  kind: string,
  push: (field: string, value: unknown, message: string, row?: number) => void,
  row?: number,
  prefix = '',
  constraints: readonly ConstraintDecl[] = [],
): Record<string, Normalized> {
  const out: Record<string, Normalized> = {};
  const byName = new Map(fields.map((f) => [f.name, f]));
  for (const key of Object.keys(data)) {
    if (!byName.has(key)) push(prefix + key, data[key], `unknown field; this form has: ${fields.map((f) => f.name).join(', ')}`, row);
  }
  for (const f of fields) {
    const raw = data[f.name];
    if (!applies(f.appliesTo, kind)) {
      if (raw !== undefined) push(prefix + f.name, raw, `this field is not filled by a body of kind "${kind}"`, row);
      continue;
    }
    if (raw === undefined || raw === null) {
      if (f.required) push(prefix + f.name, raw, 'required field is missing', row);
      else if (f.default !== undefined && row !== undefined) {
        // defaults of list-row fields are applied here (a form's own fields get theirs when read)
        const d = normalizeValue(f, f.default, () => undefined);
        if (d !== undefined) out[f.name] = d;
      }
      continue;
    }
    const v = normalizeValue(f, raw, (m) => {
      push(prefix + f.name, raw, m, row);
      return undefined;
    });
    if (v === undefined) continue;
    if (f.type === 'list') {
      const rows: NormalizedRow[] = [];
      (raw as unknown[]).forEach((r, i) => {
        if (typeof r !== 'object' || r === null || Array.isArray(r)) {
          push(prefix + f.name, r, 'expected a row object', i + 1);
          return;
        }
        rows.push(validateRecord(f.item ?? [], r as Record<string, unknown>, kind, push, i + 1, `${prefix}${f.name}.`, f.constraints) as NormalizedRow);
      });
      out[f.name] = rows;
    } else out[f.name] = v;
  }
  // parts larger than their totals
  for (const f of fields) {
    if (!f.partOf) continue;
    const part = out[f.name];
    const whole = out[f.partOf];
    if (part instanceof Decimal && whole instanceof Decimal && part.gt(whole)) {
      push(prefix + f.name, data[f.name], `is larger than its total ${f.partOf} = ${whole.toString()}`, row);
    }
  }
  for (const c of constraints) {
    if (satisfies(c, out) === false) {
      const first = c.fields[0] ?? '-';
      const values = c.fields.map((f) => `${f} = ${out[f] instanceof Decimal ? (out[f] as Decimal).toString() : String(out[f])}`).join(', ');
      push(prefix + first, data[first], `${c.message.en} (${c.rule}: ${values})`, row);
    }
  }
  return out;
}

/** Validate one body's forms. Returns the normalized forms or throws InputError with every issue found. */
export function validateBody(edition: EditionDecl, body: BodyInput): NormalizedForms {
  const issues: InputIssue[] = [];
  const bodyId = String(body.id);
  if (!edition.bodyKinds.some((k) => k.id === body.kind)) {
    issues.push({ body: bodyId, form: '-', field: 'kind', value: body.kind, message: `unknown body kind; this edition assesses: ${edition.bodyKinds.map((k) => k.id).join(', ')}` });
    throw new InputError(issues);
  }
  const forms = new Map(edition.forms.map((f) => [f.id, f]));
  const out: NormalizedForms = {};
  for (const [formId, data] of Object.entries(body.forms ?? {})) {
    const form = forms.get(formId);
    if (!form) {
      issues.push({ body: bodyId, form: formId, field: '-', value: formId, message: `unknown form; this edition's forms: ${[...forms.keys()].join(', ')}` });
      continue;
    }
    if (!applies(form.appliesTo, body.kind)) {
      issues.push({ body: bodyId, form: formId, field: '-', value: body.kind, message: `this form is not filled by a body of kind "${body.kind}"` });
      continue;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      issues.push({ body: bodyId, form: formId, field: '-', value: data, message: 'expected an object of fields' });
      continue;
    }
    out[formId] = validateRecord(
      form.fields,
      data,
      body.kind,
      (field, value, message, row) => issues.push({ body: bodyId, form: formId, field, value, message, ...(row === undefined ? {} : { row }) }),
      undefined,
      '',
      form.constraints,
    );
  }
  if (issues.length) throw new InputError(issues);
  return out;
}

/** Every required field this body kind must fill that is absent: for a completeness check before scoring. */
export function missingRequired(edition: EditionDecl, body: BodyInput): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const form of edition.forms) {
    if (!applies(form.appliesTo, body.kind)) continue;
    const data = (body.forms?.[form.id] ?? {}) as Record<string, unknown>;
    for (const f of form.fields) {
      if (f.required && applies(f.appliesTo, body.kind) && (data[f.name] === undefined || data[f.name] === null))
        issues.push({ body: String(body.id), form: form.id, field: f.name, value: undefined, message: 'required field is missing' });
    }
  }
  return issues;
}

export function fieldDecl(form: FormDecl | undefined, name: string): FieldDecl | undefined {
  return form?.fields.find((f) => f.name === name);
}

export function labelOf(l: Partial<Labels> | string, lang: keyof Labels = 'en'): string {
  return typeof l === 'string' ? l : (l[lang] ?? l.en ?? l.ru ?? l.kk ?? '');
}
