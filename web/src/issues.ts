// The service's field-level refusals are English sentences of a few known shapes (the engine's
// validate.ts, the form guards, the Excel reader). Each known shape is translated here with
// i18next, its values carried over; an unknown message is shown as the service wrote it.
import type { TFunction } from 'i18next';

// Declared here rather than imported, so the Node tests (test/web) load this file alone.
type Lang = 'kk' | 'ru' | 'en';

/** A form's consistency rule as the service sends it (`FormDecl.constraints`): its message in kk/ru/en. */
export interface Constraint {
  rule: string;
  message: Partial<Record<Lang, string>>;
}

const SHAPES: [RegExp, string, string[]][] = [
  [/^below the minimum (\S+)$/, 'issues.min', ['min']],
  [/^above the maximum (\S+)$/, 'issues.max', ['max']],
  [/^expected a whole number$/, 'issues.integer', []],
  [/^expected a number$/, 'issues.number', []],
  [/^required field is missing$/, 'issues.required', []],
  [/^is larger than its total (\S+) = (\S+)$/, 'issues.partOf', ['total', 'value']],
  [/^unknown field; this form has: (.*)$/, 'issues.unknownField', ['fields']],
  [/^unknown field code in column A$/, 'issues.unknownCode', []],
  [/^the field appears twice$/, 'issues.twice', []],
  [/^expected true or false$/, 'issues.boolean', []],
  [/^expected one of (.*)$/, 'issues.oneOf', ['values']],
  [/^expected a date yyyy-mm-dd$/, 'issues.date', []],
  [/^expected text$/, 'issues.text', []],
  [/^expected a list of rows$/, 'issues.list', []],
  [/^expected the column "(.*)" here; download the template again$/, 'issues.column', ['column']],
  [/^the sheet "(.*)" is missing; download the template again$/, 'issues.sheetMissing', ['sheet']],
  [/^more than (\d+) rows$/, 'issues.tooManyRows', ['n']],
  [/^duplicate of row (\d+)$/, 'issues.duplicateRow', ['n']],
  [/^not a readable \.xlsx workbook/, 'issues.notXlsx', []],
  [/^this field is not filled by a body of kind "(.*)"$/, 'issues.notForKind', ['kind']],
  [/^formulas are not accepted; enter the value$/, 'issues.formula', []],
  [/^unreadable cell$/, 'issues.unreadable', []],
];

/**
 * The message in the user's language when its shape is known; otherwise the service's English.
 * A broken consistency rule arrives as "<the rule's English message> (<rule>: <values>)"; with the
 * form's rules given, its own kk/ru text is put in place of the English.
 */
export function issueText(message: string, t: TFunction, constraints: readonly Constraint[] = [], lang?: Lang): string {
  for (const c of constraints)
    if (c.message.en && message.startsWith(`${c.message.en} (`)) return (c.message[lang ?? 'en'] || c.message.en) + message.slice(c.message.en.length);
  for (const [re, key, names] of SHAPES) {
    const m = re.exec(message);
    if (m) return t(key, Object.fromEntries(names.map((n, i) => [n, m[i + 1]])));
  }
  return message;
}

/** "D7" → { column: "D", row: 7 }; anything else (e.g. "-") → null. */
export function splitCell(cell: string | undefined): { column: string; row: number } | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(cell ?? '');
  return m ? { column: m[1]!, row: Number(m[2]) } : null;
}
