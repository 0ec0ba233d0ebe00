// The service's refusals on the administration page, in the user's language: the English sentences
// of the registries, campaigns and calendar routes (src/server/domain/registries.ts, campaigns.ts,
// routes/*.ts) translated, and each issue put back on the form field it names. Kept free of the
// browser (no i18n instance, no DOM), so test/web/admin-refusals.test.ts loads it in Node.
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { issueText } from '../../issues.js';

// Declared here rather than imported from api.ts, so the Node tests load this file alone (api.ts
// imports i18n.ts; the root typecheck resolves imports as Node does).
type Lang = 'kk' | 'ru' | 'en';
export interface ApiIssue {
  body: string;
  form: string;
  field: string;
  value: unknown;
  message: string;
  row?: number;
}
/** What api.ts's ApiFailure carries: the refusal's code, its kk/ru/en text and its issues. */
export interface Failure {
  status: number;
  code: string;
  message: string;
  messages?: Partial<Record<Lang, string>>;
  issues: ApiIssue[];
  text(lang: Lang): string;
}
const isFailure = (e: unknown): e is Failure => typeof e === 'object' && e !== null && Array.isArray((e as Failure).issues) && typeof (e as Failure).text === 'function';

/** Each known sentence with its key under `admin.issues`. */
export const SHAPES: [RegExp, string, string[]][] = [
  [/^a campaign with this code exists$/, 'admin.issues.campaignExists', []],
  [/^a body with this code exists$/, 'admin.issues.bodyExists', []],
  [/^a service with this code exists$/, 'admin.issues.serviceExists', []],
  [/^login (\S+) is taken$/, 'admin.issues.loginTaken', ['login']],
  [/^unknown body code$/, 'admin.issues.unknownBody', []],
  [/^duplicate body$/, 'admin.issues.duplicateBody', []],
  [/^duplicate channel$/, 'admin.issues.duplicateChannel', []],
  [/^is before periodFrom (\S+)$/, 'admin.issues.beforeFrom', ['date']],
  [/^unknown edition$/, 'admin.issues.unknownEdition', []],
  [/^no registered edition is in force on (\S+); name the editions$/, 'admin.issues.noEdition', ['date']],
  [/^not an edition of this campaign$/, 'admin.issues.notCampaignEdition', []],
  [/^unknown form; (\S+) has: (.*)$/, 'admin.issues.unknownForm', ['edition', 'forms']],
  [/^scheduled twice$/, 'admin.issues.scheduledTwice', []],
  [/^expected "body" or a known body code$/, 'admin.issues.submitter', []],
  [/^no edition of the campaign has this reading$/, 'admin.issues.unknownReading', []],
  [/^a body cannot refer to itself$/, 'admin.issues.selfRef', []],
  [/^a (\S+) needs the body it belongs to$/, 'admin.issues.needsParent', []],
  [/^give the date of the reorganisation$/, 'admin.issues.reorganisedOn', []],
  [/^a body officer works for at least one body$/, 'admin.issues.officerBodies', []],
  [/^an evaluator works for at least one assessing body$/, 'admin.issues.evaluatorBodies', []],
  [/^only body officers have bodies$/, 'admin.issues.onlyOfficers', []],
  [/^only evaluators have assessing bodies and directions$/, 'admin.issues.onlyEvaluators', []],
  [/^you cannot deactivate yourself$/, 'admin.issues.deactivateSelf', []],
  [/^not in (\d{4})$/, 'admin.issues.notInYear', ['year']],
  [/^expected a code of letters, digits/, 'admin.issues.code', []],
  [/^expected 3–40 of a-z 0-9 _ \. -$/, 'admin.issues.login', []],
  [/^at least 12 characters$/, 'admin.issues.password', []],
  [/^expected the register code/, 'admin.issues.serviceCode', []],
  [/^must not start with = \+ - @/, 'admin.issues.formula', []],
  [/^control characters are not allowed$/, 'admin.issues.control', []],
  [/^not a real date$/, 'admin.issues.realDate', []],
];

/** A refusal's sentence in the user's language when its shape is known; otherwise as the service wrote it. */
export function refusalText(message: string, t: TFunction): string {
  for (const [re, key, names] of SHAPES) {
    const m = re.exec(message);
    if (m) return t(key, Object.fromEntries(names.map((n, i) => [n, m[i + 1]])));
  }
  return issueText(message, t);
}

const show = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/** The issue's sentence with the refused value, as the field shows it. */
export function issueLine(i: ApiIssue, t: TFunction): string {
  const text = refusalText(i.message, t);
  const v = show(i.value);
  return v && !text.includes(v) && v.length <= 80 ? `${text}: «${v}»` : text;
}

/**
 * The form path of an issue's field: "body.title.kk" (a schema refusal names the request body) →
 * ['title', 'kk']; "bodies.3" → ['bodies'] (the whole select); in `lists` (Form.List names) the row
 * index stays: "schedule.2.due" → ['schedule', 2, 'due'].
 */
export function fieldPath(field: string, lists: readonly string[] = []): (string | number)[] {
  const parts = field.replace(/^body\./, '').split('.');
  if (lists.includes(parts[0]!)) return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const cut = parts.findIndex((p) => /^\d+$/.test(p));
  return cut < 0 ? parts : parts.slice(0, cut);
}

export interface Refusal {
  /** The top-level text in the user's language. */
  title: string;
  /** Issues that name no field of the form, as lines to show above it. */
  rest: string[];
}

/**
 * Put a failed request's issues on the form's fields (`fields`: the form's top-level names) and
 * return what is left for an alert. A refusal without issues ("login x is taken") is matched to
 * its field by its sentence.
 */
export function applyRefusal(form: FormInstance | null, e: unknown, t: TFunction, lang: Lang, fields: readonly string[], lists: readonly string[] = []): Refusal {
  if (!isFailure(e)) return { title: t('common.error'), rest: [e instanceof Error ? e.message : String(e)] };
  const issues: ApiIssue[] = e.issues.length ? e.issues : /^login (\S+) is taken$/.test(e.message) ? [{ body: '-', form: '-', field: 'login', value: null, message: e.message }] : [];
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const rest: string[] = [];
  for (const i of issues) {
    const name = fieldPath(i.field, lists);
    if (form && fields.includes(String(name[0]))) {
      const key = name.join('.');
      const entry = byField.get(key) ?? { name, errors: [] };
      entry.errors.push(issueLine(i, t));
      byField.set(key, entry);
    } else rest.push(`${i.field}: ${issueLine(i, t)}`);
  }
  if (form && byField.size) form.setFields([...byField.values()]);
  if (!issues.length && e.message !== e.messages?.en) rest.push(e.message);
  return { title: e.text(lang), rest };
}
