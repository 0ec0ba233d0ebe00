// Reading a CSV file into one table (list field) of a form: the header row names the columns by
// the item fields' codes; comma or semicolon separated (Excel in kk/ru locales writes ";"), UTF-8
// with or without BOM. Values stay text; the engine's validation reads numbers from decimal text and
// the declared type decides booleans. Refusals name the line (row) and column.
import { parse } from 'csv-parse/sync';
import type { FieldDecl } from '../../engine/types.js';
import type { ApiIssue } from '../errors.js';
import { MAX_ROWS } from '../domain/form-guards.js';

export interface CsvIssue extends ApiIssue {
  sheet: string;
  cell: string;
}

export function readCsvTable(list: FieldDecl, form: string, bodyId: string, text: string): { rows: Record<string, unknown>[]; issues: CsvIssue[]; lineOf: (row: number) => number } {
  const issues: CsvIssue[] = [];
  const push = (field: string, value: unknown, message: string, line: number, col?: string, row?: number) =>
    issues.push({ body: bodyId, form, field, value, message, sheet: 'csv', cell: `line ${line}${col ? `, column ${col}` : ''}`, ...(row === undefined ? {} : { row }) });
  const body = text.replace(/^\uFEFF/, '');
  const first = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = first.includes(';') && !first.includes(',') ? ';' : ',';
  let records: string[][];
  try {
    records = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: true, bom: true, max_record_size: 64 * 1024 }) as string[][];
  } catch (e) {
    const err = e as Error & { lines?: number };
    push(list.name, null, `not readable as CSV: ${err.message.slice(0, 160)}`, err.lines ?? 1);
    return { rows: [], issues, lineOf: (r) => r + 1 };
  }
  const [header, ...data] = records;
  const items = list.item ?? [];
  if (!header) {
    push(list.name, null, `empty file; the first line names the columns: ${items.map((f) => f.name).join(delimiter)}`, 1);
    return { rows: [], issues, lineOf: (r) => r + 1 };
  }
  const cols = header.map((h) => h.trim());
  cols.forEach((c, i) => {
    if (!items.some((f) => f.name === c)) push(`${list.name}.${c}`, c, `unknown column; the table has: ${items.map((f) => f.name).join(', ')}`, 1, String(i + 1));
    else if (cols.indexOf(c) !== i) push(`${list.name}.${c}`, c, 'the column appears twice', 1, String(i + 1));
  });
  if (data.length > MAX_ROWS) push(list.name, `${data.length} rows`, `more than ${MAX_ROWS} rows`, MAX_ROWS + 2);
  if (issues.length) return { rows: [], issues, lineOf: (r) => r + 1 };
  const rows = data.map((rec, r) => {
    const out: Record<string, unknown> = {};
    if (rec.length > cols.length) push(list.name, rec.slice(cols.length).join(delimiter), `more values than the ${cols.length} columns`, r + 2, String(cols.length + 1), r + 1);
    cols.forEach((c, i) => {
      const raw = rec[i];
      if (raw === undefined || raw.trim() === '') return;
      const f = items.find((x) => x.name === c)!;
      out[c] = f.type === 'boolean' && /^(true|false)$/i.test(raw.trim()) ? raw.trim().toLowerCase() === 'true' : f.type === 'text' ? raw : raw.trim();
    });
    return out;
  });
  // line of data row n (1-based): header is line 1; skipped empty lines make this approximate
  return { rows, issues, lineOf: (r) => r + 1 };
}
