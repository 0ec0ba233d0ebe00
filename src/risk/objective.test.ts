// The objective stage (p.4) under its readings: the "within one year" window (A7), refusals in the
// service count (A8), visits as inspections (A11), which reports count for refusals (A12), and
// foreign institutions (A5). Each result names the facts it counted.
import { describe, expect, it } from 'vitest';
import { riskEdition } from '../methodologies/kz-2023-risk/index.js';
import { assessSubject } from './assess.js';
import { makeContext } from './context.js';
import { addMonths } from './dates.js';
import { parseFacts } from './facts-parse.js';
import { evaluateObjective } from './objective.js';

const R = '2027-05-10';
const one = (subject: object) => parseFacts({ subjects: [{ id: 'X', name: 'X', kind: 'LEGAL_ENTITY', ...subject }] }, riskEdition).subjects[0]!;
const ctx = (readings: Record<string, string> = {}) => makeContext(riskEdition, readings);
const trigger = (r: ReturnType<typeof evaluateObjective>, id: string) => r.triggers.find((t) => t.id === id)!;

describe('objective triggers (p.4)', () => {
  it('OBJ-3: persons held liable under Art. 465 within the year, with the facts counted', () => {
    const r = evaluateObjective(ctx(), one({ liability465: [{ date: '2026-06-01', persons: 2, ref: 'ruling 1' }, { date: '2026-04-01', persons: 1 }] }), R);
    expect(trigger(r, 'OBJ-3')).toMatchObject({ met: true, value: 2 });
    expect(trigger(r, 'OBJ-3').facts).toEqual([{ list: 'liability465', index: 0, date: '2026-06-01', amount: 2, ref: 'ruling 1' }]);
    expect(r.group).toBe('high');
  });

  it('A7: "within one year" as the previous calendar year', () => {
    const s = one({ liability465: [{ date: '2027-01-15', persons: 1 }] });
    expect(trigger(evaluateObjective(ctx(), s, R), 'OBJ-3').met).toBe(true);
    expect(trigger(evaluateObjective(ctx({ A7: 'previous_calendar_year' }), s, R), 'OBJ-3').met).toBe(false);
  });

  it('A8: refusals count as services by default, not under "exclude"', () => {
    const s = one({ services: [{ date: '2027-03-31', count: 1005, refusals: 10 }] });
    expect(trigger(evaluateObjective(ctx(), s, R), 'OBJ-1')).toMatchObject({ met: true, value: 1005 });
    expect(trigger(evaluateObjective(ctx({ A8: 'exclude' }), s, R), 'OBJ-1')).toMatchObject({ met: false, value: 995 });
  });

  it('A11: preventive-control visits are not inspections for OBJ-5 unless the reading says so', () => {
    const s = one({
      controls: [
        { date: '2026-07-01', kind: 'inspection' },
        { date: '2026-09-01', kind: 'inspection' },
        { date: '2026-11-01', kind: 'pcv' },
      ],
    });
    expect(trigger(evaluateObjective(ctx(), s, R), 'OBJ-5')).toMatchObject({ met: false, value: 2 });
    expect(trigger(evaluateObjective(ctx({ A11: 'include' }), s, R), 'OBJ-5')).toMatchObject({ met: true, value: 3 });
  });

  it('A12: refusal facts in reports whose period ends within the year, or in any report before R', () => {
    const rep = (quarter: string, refusals: number) => ({ quarter, submitted: '2025-01-08', refusals, termViolations: 0, qualityComplaints: 0, incorrect: false });
    const s = one({ internalControl: [rep('2024Q4', 3)] });
    expect(trigger(evaluateObjective(ctx(), s, R), 'OBJ-6').met).toBe(false);
    expect(trigger(evaluateObjective(ctx({ A12: 'any_before_R' }), s, R), 'OBJ-6')).toMatchObject({ met: true, value: 3 });
  });

  it('a month-end reference date: W6 starts on the clamped day', () => {
    expect(addMonths('2027-08-31', -6)).toBe('2027-02-28');
    expect(addMonths('2028-08-31', -6)).toBe('2028-02-29');
    expect(evaluateObjective(ctx(), one({}), '2027-08-31').windows.W6).toEqual({ from: '2027-02-28', to: '2027-08-31' });
  });

  it('missing service records are read as 0 and reported as a data gap', () => {
    expect(evaluateObjective(ctx(), one({}), R).gaps).toContainEqual({ key: 'gap.no-services' });
  });
});

describe('foreign institutions (A5)', () => {
  const s = parseFacts(
    { subjects: [{ id: 'F', name: 'Consulate', kind: 'FOREIGN_INSTITUTION', services: [{ date: '2027-03-31', count: 2000 }], media: [{ date: '2027-01-10', resonant: false, critical: true }] }] },
    riskEdition,
  ).subjects[0]!;
  it('are scored and flagged by default', () => {
    const a = assessSubject(ctx(), s, R);
    expect(a.final).toBe('high');
    expect(a.flags).toContainEqual({ key: 'flag.A5' });
  });
  it('are left to the checklist under A5 = exclude', () => {
    const a = assessSubject(ctx({ A5: 'exclude' }), s, R);
    expect(a).toMatchObject({ subjective: null, final: 'not-high', notApplied: 'not-scored-kind' });
  });
});
