// Checks the service adds on top of the engine's validation, because the data leaves the engine:
// it is exported to spreadsheets and shown in browsers. Text must not start like a spreadsheet
// formula (= + - @, tab, carriage return: CSV/Excel formula injection), carry control characters,
// or be absurdly long; lists must not be huge or repeat a row.
import type { FieldDecl, FormDecl } from '../../engine/types.js';
import type { ApiIssue } from '../errors.js';

export const MAX_TEXT = 4000;
export const MAX_ROWS = 5000;
/** Item fields that identify a row: two rows with the same value are the same thing twice. */
const KEY_FIELDS = ['service', 'code', 'service_code'];

const FORMULA_START = /^[=+\-@\t\r]/;

function textProblem(s: string): string | undefined {
  if (FORMULA_START.test(s)) return 'must not start with = + - @ tab or carriage return (spreadsheet formula injection)';
  if ([...s].some((ch) => ch.charCodeAt(0) < 32 && !'\t\n\r'.includes(ch))) return 'control characters are not allowed';
  if (s.length > MAX_TEXT) return `longer than ${MAX_TEXT} characters`;
  return undefined;
}

function checkRecord(fields: readonly FieldDecl[], data: Record<string, unknown>, push: (field: string, value: unknown, message: string, row?: number) => void, prefix = '', row?: number): void {
  for (const f of fields) {
    const v = data[f.name];
    if (f.type === 'text' && typeof v === 'string') {
      const p = textProblem(v);
      if (p) push(prefix + f.name, v.length > 200 ? v.slice(0, 200) + '…' : v, p, row);
    }
    if (f.type === 'list' && Array.isArray(v)) {
      if (v.length > MAX_ROWS) {
        push(prefix + f.name, `${v.length} rows`, `more than ${MAX_ROWS} rows`);
        continue;
      }
      const seen = new Map<string, number>();
      const keys = new Map<string, number>();
      const keyField = f.item?.find((i) => KEY_FIELDS.includes(i.name))?.name;
      v.forEach((r, i) => {
        if (typeof r !== 'object' || r === null) return;
        const rec = r as Record<string, unknown>;
        const whole = JSON.stringify(Object.keys(rec).sort().map((k) => [k, rec[k]]));
        const first = seen.get(whole);
        if (first !== undefined) push(`${prefix}${f.name}`, rec, `duplicate of row ${first}`, i + 1);
        else seen.set(whole, i + 1);
        if (keyField && typeof rec[keyField] === 'string') {
          const k = (rec[keyField] as string).trim().toLowerCase();
          const firstKey = keys.get(k);
          if (firstKey !== undefined && first === undefined) push(`${prefix}${f.name}.${keyField}`, rec[keyField], `the same ${keyField} as row ${firstKey}`, i + 1);
          else if (firstKey === undefined) keys.set(k, i + 1);
        }
        checkRecord(f.item ?? [], rec, push, `${prefix}${f.name}.`, i + 1);
      });
    }
  }
}

export function guardForm(form: FormDecl, bodyId: string, data: Record<string, unknown>): ApiIssue[] {
  const issues: ApiIssue[] = [];
  checkRecord(form.fields, data, (field, value, message, row) => issues.push({ body: bodyId, form: form.id, field, value, message, ...(row === undefined ? {} : { row }) }));
  return issues;
}
