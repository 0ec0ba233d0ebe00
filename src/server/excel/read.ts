// Reading a filled template back into a form's data. Cells are taken as values, never as
// formulas (a formula cell is refused: its cached result is whatever the sender's Excel showed).
// Problems are reported by sheet, row and column as well as by field.
import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import type { FieldDecl, FormDecl } from '../../engine/types.js';
import type { ApiIssue } from '../errors.js';
import { zipProblem } from './zip-guard.js';
import { columnLetter, enumCode, FIRST_ROW, FORM_SHEET, listFields, MAX_SHEET_ROWS, scalarFields, sheetName, VALUE_COL } from './layout.js';

export interface SheetIssue extends ApiIssue {
  sheet: string;
  cell: string;
}

type Plain = string | number | boolean | undefined;

function plain(v: CellValue, f: FieldDecl): { value?: Plain; problem?: string } {
  if (v === null || v === undefined || v === '') return {};
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return {};
    if (f.type === 'boolean' && /^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
    // an enum by its code or by its label in any language (the template offers the labels)
    if (f.type === 'enum') return { value: enumCode(f, t) };
    return { value: f.type === 'text' ? v : t };
  }
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10) };
  if (typeof v === 'object' && 'formula' in v) return { problem: 'formulas are not accepted; enter the value' };
  if (typeof v === 'object' && 'sharedFormula' in v) return { problem: 'formulas are not accepted; enter the value' };
  if (typeof v === 'object' && 'richText' in v) return { value: v.richText.map((r) => r.text).join('') };
  if (typeof v === 'object' && 'text' in v) return { value: String((v as { text: unknown }).text) };
  if (typeof v === 'object' && 'error' in v) return { problem: `the cell holds an error ${String((v as { error: unknown }).error)}` };
  return { problem: 'unreadable cell' };
}

export interface ReadResult {
  data: Record<string, unknown>;
  issues: SheetIssue[];
  /** Where a field (and list row) came from, to report the engine's refusals by cell. */
  locate(field: string, row?: number): { sheet: string; cell: string };
}

export async function readForm(form: FormDecl, bodyId: string, file: Buffer): Promise<ReadResult> {
  const sheetRows: Record<string, number[]> = {};
  const locate = (field: string, row?: number) => {
    const [name, sub] = field.split('.');
    const lf = listFields(form).find((f) => f.name === name);
    if (lf) {
      const col = sub === undefined ? 1 : Math.max(1, (lf.item ?? []).findIndex((f) => f.name === sub) + 1);
      const r = row === undefined ? 1 : (sheetRows[lf.name]?.[row - 1] ?? FIRST_ROW + row - 1);
      return { sheet: sheetName(lf.name), cell: `${columnLetter(col)}${r}` };
    }
    const i = scalarFields(form).findIndex((f) => f.name === name);
    return i >= 0 ? { sheet: FORM_SHEET, cell: `${columnLetter(VALUE_COL)}${scalarRows[name!] ?? FIRST_ROW + i}` } : { sheet: '-', cell: '-' };
  };
  const scalarRows: Record<string, number> = {};
  const issues: SheetIssue[] = [];
  const at = (sheet: string, cell: string, field: string, value: unknown, message: string, row?: number) =>
    issues.push({ body: bodyId, form: form.id, field, value, message, sheet, cell, ...(row === undefined ? {} : { row }) });
  const bomb = zipProblem(file);
  if (bomb) {
    at('-', '-', 'file', `${file.length} bytes`, bomb);
    return { data: {}, issues, locate };
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch (e) {
    at('-', '-', 'file', null, `not a readable .xlsx workbook (${(e as Error).message.slice(0, 100)})`);
    return { data: {}, issues, locate };
  }
  const data: Record<string, unknown> = {};
  const ws = wb.getWorksheet(FORM_SHEET);
  const scalars = scalarFields(form);
  if (scalars.length && !ws) at(FORM_SHEET, '-', 'file', null, `the sheet "${FORM_SHEET}" is missing; download the template again`);
  if (ws) {
    const seen = new Set<string>();
    for (let r = FIRST_ROW; r <= Math.min(ws.rowCount, FIRST_ROW + scalars.length + 200); r++) {
      const code = ws.getCell(r, 1).value;
      if (code === null || code === undefined || code === '') continue;
      const name = String(code).trim();
      const cell = `${columnLetter(VALUE_COL)}${r}`;
      const f = scalars.find((x) => x.name === name);
      if (!f) {
        at(FORM_SHEET, `A${r}`, name, name, 'unknown field code in column A');
        continue;
      }
      if (seen.has(name)) {
        at(FORM_SHEET, `A${r}`, name, name, 'the field appears twice');
        continue;
      }
      seen.add(name);
      scalarRows[name] = r;
      const { value, problem } = plain(ws.getCell(r, VALUE_COL).value, f);
      if (problem) at(FORM_SHEET, cell, f.name, null, problem);
      else if (value !== undefined) data[f.name] = value;
    }
  }
  for (const lf of listFields(form)) {
    const s = wb.getWorksheet(sheetName(lf.name));
    if (!s) continue;
    const items = lf.item ?? [];
    const header = items.map((_, c) => String(s.getCell(1, c + 1).value ?? '').trim());
    items.forEach((f, c) => {
      if (header[c] !== f.name) at(s.name, `${columnLetter(c + 1)}1`, `${lf.name}.${f.name}`, header[c] ?? null, `expected the column "${f.name}" here; download the template again`);
    });
    if (s.rowCount - FIRST_ROW + 1 > MAX_SHEET_ROWS) {
      at(s.name, `A${FIRST_ROW + MAX_SHEET_ROWS}`, lf.name, `${s.rowCount - FIRST_ROW + 1} rows`, `more than ${MAX_SHEET_ROWS} rows`);
      continue;
    }
    const rows: Record<string, unknown>[] = [];
    for (let r = FIRST_ROW; r <= s.rowCount; r++) {
      const rec: Record<string, unknown> = {};
      items.forEach((f, c) => {
        const { value, problem } = plain(s.getCell(r, c + 1).value, f);
        if (problem) at(s.name, `${columnLetter(c + 1)}${r}`, `${lf.name}.${f.name}`, null, problem, rows.length + 1);
        else if (value !== undefined) rec[f.name] = value;
      });
      if (Object.keys(rec).length) {
        rows.push(rec);
        (sheetRows[lf.name] ??= []).push(r);
      }
    }
    data[lf.name] = rows;
  }
  return { data, issues, locate };
}
