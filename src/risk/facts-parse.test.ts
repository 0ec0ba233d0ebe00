// Bad facts are refused with an error that names the subject, the fact list (or form), the field and
// the value; nothing is coerced.
import { describe, expect, it } from 'vitest';
import { riskEdition } from '../methodologies/kz-2023-risk/index.js';
import { FactsError, parseFacts } from './facts-parse.js';
import { checkIinBin } from './iin-bin.js';

const base = { id: 'S-1', name: 'Subject one', kind: 'LEB_DISTRICT', bin: '990140000027' };
const parse = (subject: object, top: object = {}) => parseFacts({ subjects: [{ ...base, ...subject }], ...top }, riskEdition, 'test.yaml');

function refusal(f: () => unknown): FactsError {
  try {
    f();
  } catch (e) {
    if (e instanceof FactsError) return e;
    throw e;
  }
  throw new Error('expected a FactsError');
}

describe('facts validation', () => {
  it('accepts a minimal subject', () => {
    const f = parse({});
    expect(f.subjects[0]).toMatchObject({ id: 'S-1', kind: 'LEB_DISTRICT', iinBin: { kind: 'BIN', value: '990140000027' } });
    expect(f.synthetic).toBe(false);
  });

  it('a count written as text is refused, naming subject, list, item, field and value', () => {
    const e = refusal(() => parse({ services: [{ date: '2026-01-31', count: 10 }, { date: '2026-02-28', count: '1200' }] }));
    expect(e.message).toBe('subject S-1, services[1], field "count": expected a whole number ≥ 0 (got "1200")');
  });

  it('an impossible date is refused', () => {
    expect(refusal(() => parse({ applications: [{ date: '2026-02-30' }] })).message).toMatch(/subject S-1, applications\[0\], field "date": expected a calendar date/);
  });

  it('a misspelt field is refused, not ignored', () => {
    expect(refusal(() => parse({ services: [{ date: '2026-01-31', cnt: 5 }] })).message).toMatch(/services\[0\], field "count"|services\[0\], field "cnt": unknown field/);
    expect(refusal(() => parse({ servics: [] })).message).toMatch(/subject S-1, field "servics": unknown field/);
  });

  it('refusals larger than the services they are part of are refused', () => {
    expect(refusal(() => parse({ services: [{ date: '2026-01-31', count: 5, refusals: 6 }] })).field).toBe('refusals');
  });

  it('an unknown subject kind lists the kinds', () => {
    const e = refusal(() => parse({ kind: 'MINISTRY' }));
    expect(e.message).toMatch(/field "kind": expected one of CSB, LEB_REGION/);
  });

  it('a wrong IIN/BIN check digit is refused', () => {
    expect(refusal(() => parse({ bin: '990140000028' })).message).toMatch(/field "bin": not a valid IIN\/BIN: the check digit should be 7 \(got "990140000028"\)/);
    expect(checkIinBin('12345')).toMatch(/12 digits/);
  });

  it('rows 2, 3, 35 are refused for a subject that is not a central state body', () => {
    expect(refusal(() => parse({ evidence: [{ row: 35, date: '2026-05-01' }] })).message).toMatch(/row 35 applies only to central state bodies/);
    expect(refusal(() => parse({ controls: [{ date: '2026-05-01', kind: 'inspection', violations: [2] }] })).field).toBe('violations');
  });

  it('row 20 needs the confirmation by the authorized body', () => {
    expect(refusal(() => parse({ evidence: [{ row: 20, date: '2026-05-01' }] })).field).toBe('confirmedByAB');
  });

  it('S1 rows cannot be entered as loose evidence', () => {
    expect(refusal(() => parse({ evidence: [{ row: 9, date: '2026-05-01' }] })).message).toMatch(/rows 1–19 come from controls/);
  });

  it('a checklist row marked twice is refused', () => {
    const e = refusal(() => parse({ controls: [{ date: '2026-05-01', kind: 'pcv', checklist: { complies: [1, 2], doesNotComply: [2] } }] }));
    expect(e.message).toMatch(/subject S-1, controls\[0\], checklist, field "doesNotComply": row 2 is marked twice/);
  });

  it('"not applicable" is only for rows 2 and 3 of a subject that is not central (A29)', () => {
    expect(refusal(() => parse({ controls: [{ date: '2026-05-01', kind: 'pcv', checklist: { notApplicable: [5] } }] })).field).toBe('notApplicable');
    expect(refusal(() => parse({ kind: 'CSB', controls: [{ date: '2026-05-01', kind: 'pcv', checklist: { notApplicable: [2] } }] })).field).toBe('notApplicable');
  });

  it('a quarterly report: quarter format, submitted as a date or null', () => {
    const r = { refusals: 0, termViolations: 0, qualityComplaints: 0, incorrect: false };
    expect(refusal(() => parse({ internalControl: [{ quarter: '2026-Q1', submitted: null, ...r }] })).field).toBe('quarter');
    expect(refusal(() => parse({ internalControl: [{ quarter: '2026Q1', submitted: 'late', ...r }] })).message).toMatch(/field "submitted": expected the submission date yyyy-mm-dd, or null/);
    expect(refusal(() => parse({ internalControl: [{ quarter: '2026Q1', submitted: null, ...r }, { quarter: '2026Q1', submitted: null, ...r }] })).message).toMatch(/two reports for the same quarter/);
  });

  it('unknown readings and options are refused', () => {
    expect(refusal(() => parse({}, { readings: { A99: 'x' } })).message).toMatch(/unknown reading; known: A16/);
    expect(refusal(() => parse({}, { readings: { A16: 'totals' } })).message).toMatch(/expected one of appendix_totals, checklist_totals, applicable/);
  });

  it('duplicate subject ids are refused', () => {
    expect(() => parseFacts({ subjects: [base, base] }, riskEdition)).toThrow(/duplicate subject id/);
  });
});

describe('loading a facts file', () => {
  it('names the file as well as the subject, list, field and value', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { loadFacts } = await import('./loader.js');
    const path = join(mkdtempSync(join(tmpdir(), 'risk-')), 'bad.yaml');
    writeFileSync(path, 'subjects:\n  - { id: S-9, name: N, kind: LEGAL_ENTITY, media: [{ date: 2026-01-01, resonant: yes, critical: false }] }\n');
    expect(() => loadFacts(path, riskEdition)).toThrow(`${path}: subject S-9, media[0], field "resonant": expected true or false (got "yes")`);
  });
});
