// The semi-annual lists (p.10–12) and the checklist → next assessment loop (spec §7.6, §9.2 T12),
// on the synthetic demo file and on small facts written here.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { riskEdition } from '../methodologies/kz-2023-risk/index.js';
import { assessSubject } from './assess.js';
import { makeContext } from './context.js';
import { parseFacts } from './facts-parse.js';
import { buildList, listDeadline } from './list.js';
import { loadFacts } from './loader.js';
import { msgText } from './message.js';

const demo = loadFacts(join(import.meta.dirname, 'demo-facts.yaml'), riskEdition);
const ctx = makeContext(riskEdition, demo.readings);

describe('approval deadlines (p.11, A32)', () => {
  it('H1 of Y by 10 December of Y−1, H2 of Y by 10 May of Y', () => {
    expect(listDeadline(ctx, '2027H1')).toBe('2026-12-10');
    expect(listDeadline(ctx, '2027H2')).toBe('2027-05-10');
  });
  it('flags a list approved after the deadline (inclusive "by")', () => {
    expect(buildList(ctx, demo, '2027H1').lateApproval).toBe(false);
    expect(buildList(ctx, demo, '2027H2').lateApproval).toBe(true);
  });
  it('refuses a malformed half-year', () => {
    expect(() => buildList(ctx, demo, '2027-H1')).toThrow(/half-year/);
  });
});

describe('the demo lists (SYNTHETIC data)', () => {
  it('2027H1: ordered by SP, ties at 100 broken by gross rows, then the spec §6.2 keys', () => {
    const l = buildList(ctx, demo, '2027H1');
    expect(l.entries.map((e) => e.subjectId)).toEqual(['SYNTH-07', 'SYNTH-05', 'SYNTH-01', 'SYNTH-06', 'SYNTH-04']);
    expect(l.entries[0]!.keys.grossRows).toBe(2);
    // SYNTH-05 (2 triggers) before SYNTH-01 (1 trigger, more services) before SYNTH-06
    expect(l.entries.slice(1, 4).map((e) => e.keys.triggers)).toEqual([2, 1, 1]);
    expect(l.excluded.find((x) => x.subjectId === 'SYNTH-03')?.reason).toBe('not-objectively-high');
  });

  it('the once-a-year rule: no subject is on both lists of 2027', () => {
    const h1 = buildList(ctx, demo, '2027H1').entries.map((e) => e.subjectId);
    const h2 = buildList(ctx, demo, '2027H2');
    expect(h2.entries.map((e) => e.subjectId)).toEqual(['SYNTH-10']);
    for (const id of h1) expect(h2.entries.some((e) => e.subjectId === id)).toBe(false);
    expect(h2.excluded.find((x) => x.subjectId === 'SYNTH-01')).toMatchObject({ reason: 'visited-this-year' });
    expect(h2.excluded.find((x) => x.subjectId === 'SYNTH-07')).toMatchObject({ reason: 'on-other-list', detail: '2027H1' });
  });

  it('the checklist of SYNTH-01 (row 16 does not comply) keeps it at SP 100 on the 2028H1 list', () => {
    const l = buildList(ctx, demo, '2028H1');
    const e = l.entries.find((x) => x.subjectId === 'SYNTH-01');
    expect(e?.assessment.subjective?.sp.toString()).toBe('100');
    expect(e?.assessment.s1ControlId).toBe('PCV-2027-001');
    expect(e?.assessment.violations.map((v) => v.criterion.no)).toEqual([6, 8, 16]);
  });
});

const subject = (extra: object) => ({ id: 'X', name: 'X', kind: 'LEB_DISTRICT', services: [{ date: '2027-10-31', count: 5000 }], ...extra });
const signed = {
  header: { H1: 'X', H2: 'AB', H3: { number: '9', date: '2027-03-01' }, H4: 'X', H5: '990140000027', H6: 'X address' },
  officials: [{ name: 'O', position: 'Inspector', signed: true }],
  head: { name: 'H', position: 'Akim', signed: true },
};
const allComply = [1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19];

describe('a filled checklist feeds the next subjective score (S1)', () => {
  const R = '2027-12-10';
  const withChecklist = (complies: number[], doesNotComply: number[], more: object = {}) =>
    parseFacts(
      { subjects: [subject({ controls: [{ date: '2027-03-05', kind: 'pcv', checklist: { ...signed, complies, doesNotComply, notApplicable: [2, 3], ...more } }] })] },
      riskEdition,
    ).subjects[0]!;

  it('without findings the score is 0; with findings 5 and 8 (significant) and 6 (minor) it rises', () => {
    const before = assessSubject(ctx, withChecklist(allComply, []), R);
    const after = assessSubject(ctx, withChecklist(allComply.filter((r) => ![5, 6, 8].includes(r)), [5, 6, 8]), R);
    expect(before.subjective?.sp.toString()).toBe('0');
    // SPз = 2 × 100 / 15 × 0.7 = 9.333…; SPн = 1 × 100 / 5 × 0.3 = 6
    expect(after.subjective?.sp.toFixed(4)).toBe('15.3333');
    expect(after.violations.map((v) => v.criterion.no)).toEqual([5, 6, 8]);
  });

  it('a gross finding (row 12) makes the next score 100', () => {
    const a = assessSubject(ctx, withChecklist(allComply.filter((r) => r !== 12), [12]), R);
    expect(a.subjective).toMatchObject({ grossOverride: true });
    expect(a.final).toBe('high');
  });

  it('an incomplete checklist (head has not signed) is not used, and the gap is reported', () => {
    const a = assessSubject(ctx, withChecklist(allComply.filter((r) => r !== 12), [12], { head: { name: 'H', position: 'Akim', signed: false } }), R);
    expect(a.violations).toEqual([]);
    expect(a.gaps.map((g) => msgText(riskEdition, g, 'en')).join('\n')).toMatch(/checklist incomplete.*head of the subject has not signed/);
  });

  it('only the latest control with results counts (A13 default); all in the year under w12_all', () => {
    const s = parseFacts(
      {
        subjects: [
          subject({
            controls: [
              { date: '2027-02-01', kind: 'inspection', violations: [16] },
              { date: '2027-06-01', kind: 'pcv', violations: [5] },
            ],
          }),
        ],
      },
      riskEdition,
    ).subjects[0]!;
    expect(assessSubject(ctx, s, R).violations.map((v) => v.criterion.no)).toEqual([5]);
    const all = makeContext(riskEdition, { A13: 'w12_all' });
    expect(assessSubject(all, s, R).violations.map((v) => v.criterion.no)).toEqual([5, 16]);
  });
});

describe('once a year (p.10, A33)', () => {
  const facts = parseFacts(
    {
      subjects: [
        { ...subject({ controls: [{ date: '2026-11-20', kind: 'inspection', violations: [9] }, { date: '2026-12-15', kind: 'pcv' }] }), services: [{ date: '2027-03-31', count: 5000 }] },
      ],
    },
    riskEdition,
  );
  it('a visit in December 2026 does not bar the 2027H2 list under the calendar-year reading…', () => {
    expect(buildList(ctx, facts, '2027H2').entries.map((e) => e.subjectId)).toEqual(['X']);
  });
  it('…but does under the rolling-12-months alternative', () => {
    const rolling = makeContext(riskEdition, { A33: 'rolling_12_months' });
    expect(buildList(rolling, facts, '2027H2').excluded[0]).toMatchObject({ reason: 'visited-this-year' });
  });
});

describe('reuse of facts already available to the previous list (A13-reuse)', () => {
  it('allowed by default; under "excluded" a finding dated before the previous list is not counted again', () => {
    // Row 27 found 2027-03-01, before the 2027H2 list (R 2027-05-10); the 2028H1 list (R 2027-12-10) follows it.
    const facts = parseFacts({ subjects: [subject({ evidence: [{ row: 27, date: '2027-03-01' }, { row: 30, date: '2027-06-01' }] })] }, riskEdition);
    const rows = (c: ReturnType<typeof makeContext>) =>
      buildList(c, facts, '2028H1').excluded[0]!.assessment.violations.map((v) => v.criterion.no);
    expect(rows(ctx)).toEqual([27, 30]);
    expect(rows(makeContext(riskEdition, { 'A13-reuse': 'excluded' }))).toEqual([30]);
  });
});
