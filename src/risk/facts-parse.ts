// Validation of a facts document (already parsed from YAML/JSON) into FactsFile. Nothing is
// coerced: a wrong value is refused with an error naming the subject, the fact list and item, the
// field and the value. Optional lists may be omitted (an empty list); optional numbers may not be
// written as text.
import type { Labels } from '../engine/types.js';
import type { RiskEditionDecl } from './model.js';
import { isIsoDate, QUARTER } from './dates.js';
import type {
  Answer,
  ControlRecord,
  ControlSubject,
  EvidenceRecord,
  FactsFile,
  FilledChecklist,
  IinBin,
  InternalControlReport,
  ListApproval,
  Signer,
  SubjectFacts,
} from './facts.js';
import { checkIinBin } from './iin-bin.js';

export class FactsError extends Error {
  constructor(
    readonly where: string,
    readonly field: string,
    readonly value: unknown,
    readonly problem: string,
  ) {
    super(`${where}, field "${field}": ${problem} (got ${show(value)})`);
    this.name = 'FactsError';
  }
}

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the fields of one object, remembering where it is for the error messages. */
class At {
  private seen = new Set<string>();
  constructor(
    readonly where: string,
    readonly o: Obj,
  ) {}
  fail(field: string, problem: string): never {
    throw this.err(field, problem);
  }
  err(field: string, problem: string): FactsError {
    return new FactsError(this.where, field, this.o[field], problem);
  }
  has(f: string): boolean {
    return this.o[f] !== undefined && this.o[f] !== null;
  }
  raw(f: string): unknown {
    this.seen.add(f);
    return this.o[f];
  }
  str(f: string): string {
    const v = this.raw(f);
    if (typeof v !== 'string' || v.trim() === '') this.fail(f, 'expected a non-empty text');
    return v;
  }
  optStr(f: string): string | undefined {
    return this.has(f) ? this.str(f) : (this.raw(f), undefined);
  }
  date(f: string): string {
    const v = this.raw(f);
    if (!isIsoDate(v)) this.fail(f, 'expected a calendar date yyyy-mm-dd (write it as text, e.g. 2024-06-09)');
    return v;
  }
  optDate(f: string): string | undefined {
    return this.has(f) ? this.date(f) : (this.raw(f), undefined);
  }
  count(f: string, min = 0): number {
    const v = this.raw(f);
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min) this.fail(f, `expected a whole number ≥ ${min}`);
    return v;
  }
  optCount(f: string, dflt: number): number {
    return this.has(f) ? this.count(f) : (this.raw(f), dflt);
  }
  bool(f: string): boolean {
    const v = this.raw(f);
    if (typeof v !== 'boolean') this.fail(f, 'expected true or false');
    return v;
  }
  optBool(f: string): boolean | undefined {
    return this.has(f) ? this.bool(f) : (this.raw(f), undefined);
  }
  oneOf<T extends string>(f: string, values: readonly T[]): T {
    const v = this.raw(f);
    if (typeof v !== 'string' || !values.includes(v as T)) this.fail(f, `expected one of ${values.join(', ')}`);
    return v as T;
  }
  list(f: string): unknown[] {
    const v = this.raw(f);
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) this.fail(f, 'expected a list');
    return v;
  }
  obj(f: string): At {
    const v = this.raw(f);
    if (!isObj(v)) this.fail(f, 'expected a mapping of fields');
    return new At(`${this.where}, ${f}`, v);
  }
  /** Refuse fields the format does not know, so a misspelt field is never silently ignored. */
  done(): void {
    for (const k of Object.keys(this.o)) {
      if (!this.seen.has(k)) throw new FactsError(this.where, k, this.o[k], 'unknown field');
    }
  }
}

function items(parent: At, f: string, subject: string): At[] {
  return parent.list(f).map((v, i) => {
    const where = `subject ${subject}, ${f}[${i}]`;
    if (!isObj(v)) throw new FactsError(where, f, v, 'expected a mapping of fields');
    return new At(where, v);
  });
}

export function parseFacts(doc: unknown, edition: RiskEditionDecl, file = 'facts file'): FactsFile {
  if (!isObj(doc)) throw new FactsError(file, '(document)', doc, 'expected a mapping with "subjects"');
  const top = new At(file, doc);
  const synthetic = top.has('synthetic') ? top.bool('synthetic') : (top.raw('synthetic'), false);
  const title = top.optStr('title');
  const asOf = top.optDate('asOf');
  const readings: Record<string, string> = {};
  if (top.has('readings')) {
    const r = top.obj('readings');
    for (const id of Object.keys(r.o)) {
      const decl = edition.readings.find((d) => d.id === id);
      if (!decl) throw r.err(id, `unknown reading; known: ${edition.readings.map((d) => d.id).join(', ')}`);
      readings[id] = r.oneOf(id, decl.options.map((o) => o.value));
    }
  } else top.raw('readings');
  const seenIds = new Set<string>();
  const subjects = top.list('subjects').map((v, i) => {
    if (!isObj(v)) throw new FactsError(`${file}, subjects[${i}]`, '(subject)', v, 'expected a mapping of fields');
    const s = parseSubject(new At(`${file}, subjects[${i}]`, v), edition);
    if (seenIds.has(s.id)) throw new FactsError(`subject ${s.id}`, 'id', s.id, 'duplicate subject id');
    seenIds.add(s.id);
    return s;
  });
  if (subjects.length === 0) top.fail('subjects', 'expected at least one control subject');
  const lists = top.list('lists').map((v, i) => {
    if (!isObj(v)) throw new FactsError(`${file}, lists[${i}]`, '(list)', v, 'expected a mapping of fields');
    return parseList(new At(`${file}, lists[${i}]`, v));
  });
  top.done();
  return { synthetic, readings, subjects, lists, ...(title ? { title } : {}), ...(asOf ? { asOf } : {}) };
}

export const HALF = /^(\d{4})H([12])$/;

function parseList(a: At): ListApproval {
  const half = a.str('half');
  if (!HALF.test(half)) a.fail('half', 'expected a half-year like 2027H1 or 2027H2');
  const approvedOn = a.date('approvedOn');
  let approvedBy: ListApproval['approvedBy'];
  if (a.has('approvedBy')) {
    const b = a.obj('approvedBy');
    approvedBy = { name: b.str('name'), position: b.str('position'), role: b.oneOf('role', ['head', 'acting-head'] as const) };
    b.done();
  } else a.raw('approvedBy');
  a.done();
  return { half, approvedOn, ...(approvedBy ? { approvedBy } : {}) };
}

function parseName(a: At): Partial<Labels> | string {
  const v = a.raw('name');
  if (typeof v === 'string' && v.trim() !== '') return v;
  if (isObj(v)) {
    const n = new At(`${a.where}, name`, v);
    const out: Partial<Labels> = {};
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const s = n.optStr(lang);
      if (s) out[lang] = s;
    }
    n.done();
    if (Object.keys(out).length > 0) return out;
  }
  return a.fail('name', 'expected a text or a mapping with kk / ru / en');
}

function parseSubject(a: At, edition: RiskEditionDecl): ControlSubject {
  const id = a.str('id');
  const where = `subject ${id}`;
  const s = new At(where, a.o);
  s.raw('id');
  const name = parseName(s);
  const kind = s.oneOf('kind', edition.subjectKinds.map((k) => k.id));
  const central = edition.subjectKinds.find((k) => k.id === kind)?.central === true;
  let iinBin: IinBin | undefined;
  for (const k of ['iin', 'bin'] as const) {
    if (!s.has(k)) {
      s.raw(k);
      continue;
    }
    if (iinBin) s.fail(k, 'give either iin or bin, not both');
    const value = s.str(k);
    const problem = checkIinBin(value);
    if (problem) s.fail(k, problem);
    iinBin = { kind: k === 'iin' ? 'IIN' : 'BIN', value };
  }
  const address = s.optStr('address');
  let assessedBody: ControlSubject['assessedBody'];
  if (s.has('assessedBody')) {
    const b = s.obj('assessedBody');
    const edId = b.optStr('edition');
    assessedBody = { id: b.str('id'), ...(edId ? { edition: edId } : {}) };
    b.done();
  } else s.raw('assessedBody');
  const facts = parseSubjectFacts(s, id, central, edition);
  s.done();
  return { id, name, kind, facts, ...(iinBin ? { iinBin } : {}), ...(address ? { address } : {}), ...(assessedBody ? { assessedBody } : {}) };
}

function checkRowFor(at: At, field: string, row: number, central: boolean, edition: RiskEditionDecl): void {
  const c = edition.criteria.find((x) => x.no === row);
  if (c?.centralOnly && !central) {
    at.fail(field, `Crit-App row ${row} applies only to central state bodies (rows 2, 3, 35), not to this subject's kind`);
  }
}

function parseSubjectFacts(s: At, id: string, central: boolean, edition: RiskEditionDecl): SubjectFacts {
  const services = items(s, 'services', id).map((a) => {
    const count = a.count('count');
    const refusals = a.optCount('refusals', 0);
    if (refusals > count) a.fail('refusals', `refusals are part of count (${count}) and cannot exceed it`);
    const r = { date: a.date('date'), count, refusals, ref: a.optStr('ref') };
    a.done();
    return r;
  });
  const applications = items(s, 'applications', id).map((a) => {
    const date = a.date('date');
    const confirmedOn = a.optDate('confirmedOn');
    if (confirmedOn && confirmedOn < date) a.fail('confirmedOn', `confirmed before the application was received (${date})`);
    const r = { date, ref: a.optStr('ref'), ...(confirmedOn ? { confirmedOn } : {}) };
    a.done();
    return r;
  });
  const liability465 = items(s, 'liability465', id).map((a) => {
    const r = { date: a.date('date'), persons: a.count('persons', 1), ref: a.optStr('ref') };
    a.done();
    return r;
  });
  const media = items(s, 'media', id).map((a) => {
    const r = { date: a.date('date'), resonant: a.bool('resonant'), critical: a.bool('critical'), ref: a.optStr('ref') };
    a.done();
    return r;
  });
  const controlIds = new Set<string>();
  const controls = items(s, 'controls', id).map((a, i): ControlRecord => {
    const cid = a.optStr('id') ?? `${id}/control-${i + 1}`;
    if (controlIds.has(cid)) a.fail('id', 'duplicate control id');
    controlIds.add(cid);
    const date = a.date('date');
    const kind = a.oneOf('kind', ['inspection', 'pcv'] as const);
    const by = a.optStr('by');
    let act: ControlRecord['act'];
    if (a.has('act')) {
      const b = a.obj('act');
      act = { number: b.str('number'), date: b.date('date') };
      b.done();
    } else a.raw('act');
    let violations: number[] | undefined;
    if (a.has('violations')) {
      violations = a.list('violations').map((v) => {
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 19) {
          throw new FactsError(a.where, 'violations', v, 'expected checklist / Crit-App S1 row numbers 1–19');
        }
        checkRowFor(a, 'violations', v, central, edition);
        return v;
      });
    } else a.raw('violations');
    let checklist: FilledChecklist | undefined;
    if (a.has('checklist')) {
      if (violations) a.fail('checklist', 'give either violations or a filled checklist for one control, not both');
      checklist = parseChecklist(a.obj('checklist'), central, edition);
    } else a.raw('checklist');
    a.done();
    return { id: cid, date, kind, ...(by ? { by } : {}), ...(act ? { act } : {}), ...(violations ? { violations } : {}), ...(checklist ? { checklist } : {}) };
  });
  const quarters = new Set<string>();
  const internalControl = items(s, 'internalControl', id).map((a): InternalControlReport => {
    const quarter = a.str('quarter');
    if (!QUARTER.test(quarter)) a.fail('quarter', 'expected a quarter like 2024Q3');
    if (quarters.has(quarter)) a.fail('quarter', 'two reports for the same quarter');
    quarters.add(quarter);
    const sub = a.raw('submitted');
    if (sub !== null && !isIsoDate(sub)) a.fail('submitted', 'expected the submission date yyyy-mm-dd, or null when not submitted');
    const r: InternalControlReport = {
      quarter,
      submitted: sub as string | null,
      refusals: a.count('refusals'),
      termViolations: a.count('termViolations'),
      qualityComplaints: a.count('qualityComplaints'),
      incorrect: a.bool('incorrect'),
    };
    const ref = a.optStr('ref');
    a.done();
    return ref ? { ...r, ref } : r;
  });
  const evidence = items(s, 'evidence', id).map((a): EvidenceRecord => {
    const row = a.raw('row');
    if (typeof row !== 'number' || !Number.isInteger(row) || row < 20 || row > 35) {
      throw a.err('row', 'expected a Crit-App row 20–35 (rows 1–19 come from controls: violations or a filled checklist)');
    }
    checkRowFor(a, 'row', row, central, edition);
    const confirmedByAB = a.optBool('confirmedByAB');
    if (row === 20 && confirmedByAB !== true) {
      a.fail('confirmedByAB', 'row 20 counts only complaints or applications confirmed by the authorized body: set confirmedByAB: true');
    }
    const r: EvidenceRecord = { row, date: a.date('date') };
    const ref = a.optStr('ref');
    const note = a.optStr('note');
    a.done();
    return { ...r, ...(ref ? { ref } : {}), ...(note ? { note } : {}), ...(confirmedByAB !== undefined ? { confirmedByAB } : {}) };
  });
  return { services, applications, liability465, media, controls, internalControl, evidence };
}

function parseSigner(a: At): Signer {
  const r = { name: a.str('name'), position: a.str('position'), signed: a.bool('signed') };
  a.done();
  return r;
}

/** Answers are written as three lists of row numbers; every row may appear at most once. */
export function parseChecklist(a: At, central: boolean, edition: RiskEditionDecl): FilledChecklist {
  const header: FilledChecklist['header'] = {};
  if (a.has('header')) {
    const h = a.obj('header');
    for (const f of edition.checklist.header) {
      if (f.kind === 'act') {
        if (h.has(f.id)) {
          const b = h.obj(f.id);
          header.H3 = { number: b.str('number'), date: b.date('date') };
          b.done();
        } else h.raw(f.id);
        continue;
      }
      const v = h.optStr(f.id);
      if (v === undefined) continue;
      if (f.kind === 'iinBin') {
        const problem = checkIinBin(v);
        if (problem) h.fail(f.id, problem);
      }
      (header as Record<string, string>)[f.id] = v;
    }
    h.done();
  } else a.raw('header');
  const answers: Record<number, Answer> = {};
  const rows = edition.checklist.rows.map((r) => r.no);
  for (const [field, answer] of [
    ['complies', 'complies'],
    ['doesNotComply', 'does-not-comply'],
    ['notApplicable', 'not-applicable'],
  ] as const) {
    for (const v of a.list(field)) {
      if (typeof v !== 'number' || !rows.includes(v)) a.fail(field, `expected checklist row numbers 1–${rows.length}; ${show(v)} is not one`);
      if (answers[v] !== undefined) a.fail(field, `row ${v} is marked twice (${answers[v]} and ${answer}); mark each row once`);
      if (answer === 'not-applicable' && (central || !edition.criteria.find((c) => c.no === v)?.centralOnly)) {
        a.fail(field, `row ${v} applies to this subject: only rows 2 and 3 may be "not applicable", and only for a subject that is not a central state body (A29)`);
      }
      if (answer === 'does-not-comply') checkRowFor(a, field, v, central, edition);
      answers[v] = answer;
    }
  }
  const officials = a.list('officials').map((v, i) => {
    if (!isObj(v)) throw new FactsError(a.where, `officials[${i}]`, v, 'expected name, position, signed');
    return parseSigner(new At(`${a.where}, officials[${i}]`, v));
  });
  const head = a.has('head') ? parseSigner(a.obj('head')) : (a.raw('head'), undefined);
  a.done();
  return { header, answers, officials, ...(head ? { head } : {}) };
}
