// The act's data against the spec's own summaries (seed-001.md §5.2, §7.4, Annex A): row numbers,
// severities by row, sources by row, the checklist's mapping to the criteria, and the triggers.
import { describe, expect, it } from 'vitest';
import { riskEdition as e } from './index.js';

const rowsOf = (sev: string) => e.criteria.filter((c) => c.severity === sev).map((c) => c.no);

describe('kz-2023-risk edition data', () => {
  it('the appendix rows are 1–35 in order', () => {
    expect(e.criteria.map((c) => c.no)).toEqual([...Array(35)].map((_, i) => i + 1));
  });

  it('severity by row as listed in §5.2', () => {
    expect(rowsOf('gross')).toEqual([9, 11, 12, 13, 14, 15, 16, 17, 19, 20, 23, 26, 32, 33, 35]);
    expect(rowsOf('significant')).toEqual([1, 2, 3, 5, 7, 8, 10, 18, 21, 24, 25, 27, 28, 29, 34]);
    expect(rowsOf('minor')).toEqual([4, 6, 22, 30, 31]);
  });

  it('sources by row as in p.7 and the appendix headings (§5.1)', () => {
    const range = (s: string) => e.criteria.filter((c) => c.source === s).map((c) => c.no);
    expect([range('S1').at(0), range('S1').at(-1), range('S2'), range('S3'), range('S4'), range('S5')]).toEqual([
      1,
      19,
      [20, 21],
      [22, 23, 24, 25, 26],
      [27, 28, 29, 30, 31, 32],
      [33, 34, 35],
    ]);
  });

  it('the checklist: 19 rows, 9 gross / 8 significant / 2 minor through their criteria (§7.4)', () => {
    const sev = (s: string) => e.checklist.rows.filter((r) => e.criteria.find((c) => c.no === r.criterion)?.severity === s).map((r) => r.no);
    expect(sev('gross')).toEqual([9, 11, 12, 13, 14, 15, 16, 17, 19]);
    expect(sev('significant')).toEqual([1, 2, 3, 5, 7, 8, 10, 18]);
    expect(sev('minor')).toEqual([4, 6]);
    expect(e.checklist.header.map((h) => h.id)).toEqual(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
  });

  it('checklist rows repeat their criterion word for word in kk, except rows 1, 2, 18 (A28)', () => {
    const differ = e.checklist.rows.filter((r) => r.text.kk !== e.criteria.find((c) => c.no === r.criterion)!.text.kk).map((r) => r.no);
    expect(differ).toEqual([1, 2, 18]);
  });

  it('rows 2, 3, 35 apply only to central state bodies (A29, A35)', () => {
    expect(e.criteria.filter((c) => c.centralOnly).map((c) => c.no)).toEqual([2, 3, 35]);
  });

  it('six objective triggers of p.4 with the Annex A thresholds', () => {
    const t = e.triggers.map((x) => [x.id, x.window, x.op, e.parameters[x.threshold]?.values[0]?.value]);
    expect(t).toEqual([
      ['OBJ-1', 'W6', '>', 1000],
      ['OBJ-2', 'W6', '>=', 1],
      ['OBJ-3', 'W12', '>=', 1],
      ['OBJ-4', 'W12', '>=', 1],
      ['OBJ-5', 'W12', '>=', 3],
      ['OBJ-6', 'WIC', '>=', 1],
    ]);
  });

  it('every reading default is one of its options', () => {
    for (const r of e.readings) expect(r.options.map((o) => o.value)).toContain(r.default);
  });

  it('identity: joint order No. 102 / No. 57 of 4 May 2023, MoJ registration No. 32439 of 5 May 2023', () => {
    expect(e.act).toMatchObject({ date: '2023-05-04', registration: { number: '32439', date: '2023-05-05' } });
    expect(e.coIssuedAs?.map((o) => o.number)).toEqual(['102', '57']);
  });
});
