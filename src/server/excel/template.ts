// The Excel template of a form: kk/ru headings, one sheet for the scalar fields and one per list
// (table) field, with Excel data validation from the field declarations.
import ExcelJS from 'exceljs';
import type { DataValidation } from 'exceljs';
import type { FieldDecl, FormDecl, Lang } from '../../engine/types.js';
import { columnLetter, enumChoices, FIRST_ROW, FORM_SHEET, listFields, MAX_SHEET_ROWS, ruleText, scalarFields, sheetName, VALUE_COL } from './layout.js';

function validation(f: FieldDecl, lang: Lang): DataValidation | undefined {
  const min = f.min ?? (f.type === 'integer' ? 0 : undefined);
  const error = ruleText(f, lang);
  const common = { allowBlank: !f.required, showErrorMessage: true, errorTitle: f.name, error };
  if (f.type === 'integer' || f.type === 'number') {
    const type = f.type === 'integer' ? 'whole' : 'decimal';
    if (min !== undefined && f.max !== undefined) return { ...common, type, operator: 'between', formulae: [Number(min), Number(f.max)] };
    if (min !== undefined) return { ...common, type, operator: 'greaterThanOrEqual', formulae: [Number(min)] };
    if (f.max !== undefined) return { ...common, type, operator: 'lessThanOrEqual', formulae: [Number(f.max)] };
    return { ...common, type, operator: 'between', formulae: [-1e15, 1e15] };
  }
  if (f.type === 'boolean') return { ...common, type: 'list', formulae: ['"TRUE,FALSE"'] };
  if (f.type === 'enum' && f.values?.length) {
    const choices = enumChoices(f, lang);
    if (choices.join(',').length < 250) return { ...common, type: 'list', formulae: [`"${choices.join(',')}"`] };
  }
  if (f.type === 'text') return { ...common, type: 'textLength', operator: 'lessThanOrEqual', formulae: [4000] };
  return undefined;
}

/**
 * `lang`: the language of the enum drop-downs and the rules column (the headings are kk and ru
 * either way). An upload is read the same whatever the language: an enum cell may hold the code or
 * a label in any of kk, ru, en.
 */
export async function formTemplate(form: FormDecl, meta: { edition: string; campaign: string; body?: string }, lang: Lang = 'ru'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tiimdi';
  const ws = wb.addWorksheet(FORM_SHEET);
  ws.getCell('A1').value = `${form.id} — ${form.label.kk} / ${form.label.ru}`;
  ws.getCell('A2').value = `${meta.edition}; ${meta.campaign}${meta.body ? `; ${meta.body}` : ''}`;
  ws.getRow(3).values = ['code / код', 'атауы (kk)', 'наименование (ru)', 'мәні / значение', 'ереже / правило'];
  ws.getRow(3).font = { bold: true };
  scalarFields(form).forEach((f, i) => {
    const r = ws.getRow(FIRST_ROW + i);
    r.values = [f.name, f.label.kk, f.label.ru, null, ruleText(f, lang)];
    const v = validation(f, lang);
    if (v) r.getCell(VALUE_COL).dataValidation = v;
  });
  ws.columns.forEach((c, i) => (c.width = [28, 60, 60, 16, 50][i] ?? 12));
  for (const lf of listFields(form)) {
    const s = wb.addWorksheet(sheetName(lf.name));
    const items = lf.item ?? [];
    s.getRow(1).values = items.map((f) => f.name);
    s.getRow(2).values = items.map((f) => f.label.kk);
    s.getRow(3).values = items.map((f) => f.label.ru);
    s.getRow(1).font = { bold: true };
    items.forEach((f, c) => {
      s.getColumn(c + 1).width = 24;
      const v = validation(f, lang);
      // one validation over the data range of the column
      if (v) (s as unknown as { dataValidations: { add(range: string, v: DataValidation): void } }).dataValidations.add(`${columnLetter(c + 1)}${FIRST_ROW}:${columnLetter(c + 1)}${FIRST_ROW + 999}`, v);
    });
    s.getCell(`A${FIRST_ROW + MAX_SHEET_ROWS + 1}`).value = null;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
