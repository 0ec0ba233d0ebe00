// The acts' rules for what happens after the first computation, as data, and the pure functions that
// write a reconciliation act's facts and an upheld objection's changes into a body's declared inputs
// before the engine computes (like applyReportingVerdict writes the schedule's verdicts).
//
//   reconciliation: which input field carries the count of unreliable facts, and whether the act says
//   to recompute with the verified figures (2015 ICT ¶94/¶97–99: "recalculation with corrected data";
//   2017 p.12–15 and 2014 §56–§58 only penalise).
//   objections: the filing window (working days from the release), the decision window (calendar days
//   from the filing, or the schedule's dates where the 2023 wording of p.114 applies), the quorum.
import { Decimal } from '../../engine/decimal.js';
import type { BodyInput, BodyResult, EditionDecl, FieldDecl, Labels } from '../../engine/types.js';
import { APPEAL_WORKING_DAYS, DECISION_CALENDAR_DAYS, SPECIAL_COMMISSION_MIN_MEMBERS } from '../../methodologies/kz-2014-public-services/p64-71-appeals.js';
import { objectionRule } from '../../methodologies/kz-2021-operational/p114-objections.js';

export interface ReconciliationRule {
  /** The form of the printed act (App 1 of 2017, App 9 of 2014 and of the ICT act). */
  form: string;
  /** The field(s) counting the facts: one per direction (2017) or a single one. */
  countField: (direction: number | null) => string;
  byDirection: boolean;
  /** The act says the score is recomputed with the verified figures. */
  recalculate: boolean;
  /** A list field to carry the facts' text (2014 App 9 section 3), when the form has one. */
  listField?: { field: string; item: string };
  ref: string;
}

export const RECONCILIATION: Record<string, ReconciliationRule> = {
  'kz-2017-interaction': { form: 'App1', countField: (d) => `unreliable_facts_d${d ?? 0}`, byDirection: true, recalculate: false, ref: 'p.12–15, App 1' },
  'kz-2014-public-services': { form: 'App9', countField: () => 'unreliableFacts', byDirection: false, recalculate: false, listField: { field: 'unreliableFactList', item: 'fact' }, ref: '§56–§58, App 9' },
  'kz-2015-ict': { form: 'App9', countField: () => 'false_facts', byDirection: false, recalculate: true, ref: '¶94, ¶97–99, App 9' },
};

/** 2017 forms outside the `D<n>.` naming: the direction whose criteria read them. */
const DIRECTION_OF_2017_FORM: Record<string, number> = { App12T1: 2, App12T2: 2, App13: 2, App14: 2, App15T1: 2, App15T2: 2, App16T1: 2, App16T2: 2, App17: 3 };

/** The direction a form belongs to: the schedule's row first, then the form id (`D1.…`, App 12–17). */
export function directionOfForm(formId: string, scheduleDirection: string | null | undefined): number | null {
  const s = /^D(\d+)$/.exec(scheduleDirection ?? '');
  if (s) return Number(s[1]);
  const p = /^D(\d+)\./.exec(formId);
  if (p) return Number(p[1]);
  return DIRECTION_OF_2017_FORM[formId] ?? null;
}

export interface ReconciliationFact {
  edition: string;
  form: string;
  field: string;
  reported: string | number | boolean | null;
  verified: string | number | boolean | null;
  document: string;
  /** Filled by the service from the schedule (2017): the direction the fact counts in. */
  direction?: number | null;
}

export interface AppliedNote {
  form: string;
  field: string;
  before: unknown;
  after: unknown;
  because: string;
}

const SCALAR = new Set(['integer', 'number', 'boolean', 'date', 'text', 'enum']);
export const scalarField = (edition: EditionDecl, form: string, field: string): FieldDecl | undefined =>
  edition.forms.find((f) => f.id === form)?.fields.find((x) => x.name === field && SCALAR.has(x.type));

/**
 * The body's inputs with the act written in: every count field of the edition's act set from the act
 * (the recorded act supersedes counts typed into the form), and — where the act recalculates — each
 * fact's verified value in place of the reported one. Returns the notes saying which fact changed what.
 */
export function applyReconciliation(edition: EditionDecl, body: BodyInput, act: { id: number; version: number; facts: ReconciliationFact[] }): { body: BodyInput; notes: AppliedNote[] } {
  const rule = RECONCILIATION[edition.id];
  if (!rule) return { body, notes: [] };
  const forms: BodyInput['forms'] = { ...body.forms };
  const notes: AppliedNote[] = [];
  const set = (form: string, field: string, value: unknown, because: string) => {
    const before = forms[form]?.[field] ?? null;
    forms[form] = { ...(forms[form] ?? {}), [field]: value };
    notes.push({ form, field, before, after: value, because });
  };
  const facts = act.facts.filter((f) => f.edition === edition.id);
  const actName = `reconciliation act #${act.id} v${act.version}`;
  if (rule.byDirection) {
    const declared = edition.forms.find((f) => f.id === rule.form)?.fields.map((f) => f.name) ?? [];
    for (const name of declared) {
      const d = Number(/(\d+)$/.exec(name)?.[1] ?? NaN);
      const n = facts.filter((f) => f.direction === d).length;
      set(rule.form, name, n, `${actName}: ${n} unreliable fact(s) in direction ${d}`);
    }
  } else {
    set(rule.form, rule.countField(null), facts.length, `${actName}: ${facts.length} unreliable fact(s)`);
    if (rule.listField && facts.length)
      set(rule.form, rule.listField.field, facts.map((f) => ({ [rule.listField!.item]: `${f.form}.${f.field}: ${String(f.reported)} → ${String(f.verified)} (${f.document})` })), `${actName}: the facts listed`);
  }
  if (rule.recalculate)
    facts.forEach((f, i) => {
      if (f.verified !== null) set(f.form, f.field, f.verified, `${actName}, fact ${i + 1}: verified value replaces the reported ${String(f.reported)} (${f.document})`);
    });
  return { body: { ...body, forms }, notes };
}

/** A changed input (form, field, value) or another reading of a lost formula for this body (reading, value). */
export type ObjectionChange = { form: string; field: string; value: string | number | boolean } | { reading: string; value: string };

export const isReadingChange = (c: ObjectionChange): c is { reading: string; value: string } => 'reading' in c;

/** An upheld objection's changed inputs, written over the body's inputs (readings are applied by the computation). */
export function applyObjectionChanges(body: BodyInput, objectionId: number, changes: ObjectionChange[]): { body: BodyInput; notes: AppliedNote[] } {
  const forms: BodyInput['forms'] = { ...body.forms };
  const notes: AppliedNote[] = [];
  for (const c of changes) {
    if (isReadingChange(c)) continue;
    const before = forms[c.form]?.[c.field] ?? null;
    forms[c.form] = { ...(forms[c.form] ?? {}), [c.field]: c.value };
    notes.push({ form: c.form, field: c.field, before, after: c.value, because: `objection #${objectionId} upheld by the special commission` });
  }
  return { body: { ...body, forms }, notes };
}

export interface ObjectionRules {
  /** Working days after the release day in which an objection is accepted. */
  fileWithinWorkingDays: number;
  /** Days after the filing in which the commission decides (absent: the schedule's dates). */
  decideWithin: { days: number; unit: 'working' | 'calendar' } | null;
  /** The schedule item giving the commission's dates (2023 wording of p.114). */
  scheduleItem: string | null;
  /** Members who must vote (be present) for a decision. */
  quorum: number;
  /** The appendix number of the act's disagreement table, when the act has one. */
  tableAppendix: string | null;
  ref: string;
}

/**
 * The deadlines per act:
 *   2014 §65/§66/§67/§70: 5 working days to object, ≥ 5 members, App 10, 15 calendar days to decide;
 *   2015 ICT ¶106/¶108/¶109/¶112: 5 working days, ≥ 5 members, App 10, 15 working days to decide;
 *   2017 p.115–116/p.118–119: 5 working days (a late objection is not considered), ≥ 5 members, 15
 *   calendar days (the act has no numbered disagreement-table form);
 *   2021 operational, 2023 wording of p.114: the commission's dates are the schedule's.
 */
export function objectionRules(editionId: string): ObjectionRules {
  const base = { fileWithinWorkingDays: APPEAL_WORKING_DAYS, quorum: SPECIAL_COMMISSION_MIN_MEMBERS };
  if (editionId === 'kz-2021-operational')
    return { ...base, decideWithin: null, scheduleItem: objectionRule.deadlines.scheduleItem, tableAppendix: null, ref: objectionRule.paragraph };
  if (editionId === 'kz-2015-ict') return { ...base, decideWithin: { days: 15, unit: 'working' }, scheduleItem: null, tableAppendix: '10', ref: '¶106, ¶108, ¶109, ¶112' };
  if (editionId === 'kz-2014-public-services')
    return { ...base, decideWithin: { days: DECISION_CALENDAR_DAYS, unit: 'calendar' }, scheduleItem: null, tableAppendix: '10', ref: '§65, §66, §67, §70' };
  if (editionId === 'kz-2017-interaction')
    return { ...base, decideWithin: { days: 15, unit: 'calendar' }, scheduleItem: null, tableAppendix: null, ref: 'p.115–116, p.118–119' };
  // an edition without rules of its own: the 2014 act's counts
  return { ...base, decideWithin: { days: DECISION_CALENDAR_DAYS, unit: 'calendar' }, scheduleItem: null, tableAppendix: null, ref: '§65, §66, §70 of the 2014 act' };
}

export const addCalendarDays = (date: string, n: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** User-facing texts of the workflow (kk/ru/en). */
export const W: Record<string, Labels> = {
  lateObjection: { kk: 'Қарсылық мерзімі өтіп кетті: мерзім {d} жабылды', ru: 'Срок подачи возражения истёк: он закрылся {d}', en: 'The objection window closed on {d}' },
  lateDecision: { kk: 'Комиссия шешімінің мерзімі {d} өтті', ru: 'Срок решения комиссии истёк {d}', en: 'The commission’s decision window closed on {d}' },
  noQuorum: { kk: 'Кворум жоқ: кемінде {n} мүше дауыс беруі керек (қазір {k})', ru: 'Нет кворума: должны проголосовать не менее {n} членов (сейчас {k})', en: 'No quorum: at least {n} members must vote (now {k})' },
  decided: { kk: 'Қарсылық бойынша шешім қабылданған, ол түпкілікті', ru: 'По возражению принято решение, оно окончательно', en: 'The objection has been decided; the decision is final' },
  notReleased: { kk: 'Нәтижелер органға әлі жіберілмеген', ru: 'Результаты ещё не направлены органу', en: 'The results have not been released to the body yet' },
  noDisagreementFiled: {
    kk: 'Орган {d} күні нәтижелермен келісетіні туралы хабарлама жіберді ({by}); қарсылық қабылданбайды (2017 ж. әдістеменің 117-т., АКТ әдістемесінің 107-т.)',
    ru: 'Орган {d} направил уведомление о согласии с результатами ({by}); возражения не принимаются (п.117 методики 2017 г., п.107 методики ИКТ)',
    en: 'The body sent a notice that it agrees with the results on {d} ({by}); objections are no longer accepted (2017 act p.117, ICT act ¶107)',
  },
  objectionsFiled: { kk: 'Орган осы нәтижелерге қарсылық берді (№{ids}); келісу хабарламасы жіберілмейді', ru: 'Орган подал возражения на эти результаты (№{ids}); уведомление о согласии не направляется', en: 'The body has objected to these results (#{ids}); a notice of agreement cannot be sent' },
  notIndependent: {
    kk: 'Комиссия мүшесі {login} осы органды бағалауға қатысты ({why}); оның қарсылығы бойынша дауыс бере алмайды (2017 ж. әдістеменің 118-т., 2014 ж. әдістеменің 66-т., АКТ әдістемесінің 108-т.)',
    ru: 'Член комиссии {login} участвовал в оценке этого органа ({why}) и не может голосовать по его возражению (п.118 методики 2017 г., §66 методики 2014 г., п.108 методики ИКТ)',
    en: 'Commission member {login} took part in assessing this body ({why}) and may not vote on its objection (2017 act p.118, 2014 act §66, ICT act ¶108)',
  },
  upheldReason: { kk: '№{id} қарсылық қанағаттандырылды', ru: 'Возражение №{id} удовлетворено', en: 'objection #{id} upheld' },
};

export const fill = (l: Labels, vars: Record<string, string | number>): Labels => {
  const f = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
  return { kk: f(l.kk), ru: f(l.ru), en: f(l.en) };
};

/**
 * The rank within each body kind after some bodies' results were replaced (same rule as the engine:
 * higher score first, equal scores share the rank, ties broken by id for the order only).
 */
export function rerank(bodies: BodyResult[]): void {
  for (const kind of new Set(bodies.map((b) => b.kind))) {
    const members = bodies.filter((b) => b.kind === kind && b.score !== '');
    members.sort((a, b) => new Decimal(b.score).cmp(new Decimal(a.score)) || a.id.localeCompare(b.id));
    let rank = 0;
    let prev: string | null = null;
    members.forEach((m, i) => {
      if (m.score !== prev) rank = i + 1;
      prev = m.score;
      m.rank = rank;
    });
  }
}
