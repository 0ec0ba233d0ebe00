// Where each field of a form lives in its Excel workbook; shared by the template writer and the
// upload reader (which reports errors by sheet, row and column).
//   sheet "Form": one row per scalar field from row 4: A code | B kk | C ru | D value | E rule
//   one sheet per list field: row 1 codes, row 2 kk, row 3 ru headings; data rows from row 4
import type { FieldDecl, FormDecl, Lang } from '../../engine/types.js';

export const FORM_SHEET = 'Form';
export const FIRST_ROW = 4;
export const VALUE_COL = 4; // D
export const MAX_SHEET_ROWS = 5000;

export const scalarFields = (form: FormDecl): FieldDecl[] => form.fields.filter((f) => f.type !== 'list');
export const listFields = (form: FormDecl): FieldDecl[] => form.fields.filter((f) => f.type === 'list');

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ] */
export const sheetName = (field: string): string => field.replace(/[:\\/?*[\]]/g, '_').slice(0, 31);

export const columnLetter = (n: number): string => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

/** An enum value as the template's language shows it (the code when the edition gives no label). */
export const enumLabel = (f: FieldDecl, v: string, lang: Lang): string => f.valueLabels?.[v]?.[lang]?.trim() || v;

/**
 * The choices of an enum in the template's drop-down: the labels in the template's language when
 * they are distinct, free of commas (Excel's list separator) and fit Excel's 255-character list;
 * otherwise the codes. The reader takes either (enumCode).
 */
export function enumChoices(f: FieldDecl, lang: Lang): readonly string[] {
  const codes = f.values ?? [];
  const labels = codes.map((v) => enumLabel(f, v, lang));
  const ok = new Set(labels).size === labels.length && labels.every((l) => !/[,"]/.test(l)) && labels.join(',').length < 250;
  return ok ? labels : codes;
}

/** The code of an enum cell: the code itself, or a value's label in kk, ru or en (case and spaces aside). */
export function enumCode(f: FieldDecl, cell: string): string {
  const codes = f.values ?? [];
  if (codes.includes(cell)) return cell;
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase('ru');
  const want = norm(cell);
  for (const v of codes) if (norm(v) === want) return v;
  for (const v of codes) for (const l of Object.values(f.valueLabels?.[v] ?? {})) if (l && norm(l) === want) return v;
  return cell;
}

export function ruleText(f: FieldDecl, lang: Lang = 'ru'): string {
  const parts: string[] = [];
  if (f.type === 'integer') parts.push('whole number / бүтін сан / целое число');
  if (f.type === 'number') parts.push('number / сан / число');
  if (f.type === 'boolean') parts.push('TRUE / FALSE');
  if (f.type === 'enum') parts.push(enumChoices(f, lang).join(' | '));
  if (f.type === 'date') parts.push('yyyy-mm-dd');
  if (f.type === 'text') parts.push('text / мәтін / текст');
  const min = f.min ?? (f.type === 'integer' ? 0 : undefined);
  if (min !== undefined) parts.push(`≥ ${min}`);
  if (f.max !== undefined) parts.push(`≤ ${f.max}`);
  if (f.partOf) parts.push(`≤ ${f.partOf}`);
  if (f.required) parts.push('required / міндетті / обязательно');
  if (f.appliesTo) parts.push(`only: ${f.appliesTo.join(', ')}`);
  if (f.unit) parts.push(f.unitLabel?.[lang] ?? f.unit);
  return parts.join('; ');
}
