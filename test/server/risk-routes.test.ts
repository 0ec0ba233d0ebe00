// The risk routes the inspector's pages use: the edition as the pages read it, one stored subject,
// a visit recorded with its filled checklist (validated with the whole subject; its "does not
// comply" rows become the next score's S1 findings), and the computed lists of a half-year.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, call, world, type World } from './harness.js';

const checklist = (doesNotComply: number[], notApplicable: number[] = []) => {
  const rest = Array.from({ length: 19 }, (_, i) => i + 1).filter((n) => !doesNotComply.includes(n) && !notApplicable.includes(n));
  return {
    date: '2027-06-01',
    kind: 'pcv',
    act: { number: 'PCV-T-1', date: '2027-05-20' },
    checklist: {
      header: { H1: 'Akimat (SYNTHETIC)', H2: 'Authorized body (SYNTHETIC)', H3: { number: 'PCV-T-1', date: '2027-05-20' }, H4: 'Akimat (SYNTHETIC)', H5: '990140000027', H6: 'Centre (SYNTHETIC)' },
      complies: rest,
      doesNotComply,
      notApplicable,
      officials: [{ name: 'C. Inspector (SYNTHETIC)', position: 'Chief inspector', signed: true }],
      head: { name: 'E. Akim (SYNTHETIC)', position: 'Akim', signed: true },
    },
  };
};

describe.each(backends)('risk routes on $name', (b) => {
  let w: World;
  beforeAll(async () => {
    w = await world(b);
  }, 120_000);
  afterAll(async () => w?.close());

  it('serves the checklist form and the criteria in kk, ru and en', async () => {
    const e = (await call(w, 'inspector', { method: 'GET', url: '/api/risk/edition' })).json();
    expect(e.id).toBe('kz-2023-risk');
    expect(e.checklist.rows).toHaveLength(19);
    expect(e.checklist.header.map((h: { id: string }) => h.id)).toEqual(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
    expect(e.checklist.header[5].label).toEqual({ kk: 'Орналасқан жерінің мекенжайы', ru: 'Адрес места нахождения', en: 'Address of location' });
    expect(e.criteria).toHaveLength(35);
    expect(e.criteria.filter((c: { centralOnly: boolean }) => c.centralOnly).map((c: { no: number }) => c.no)).toEqual([2, 3, 35]);
    expect(e.lists.halves.map((h: { half: string; deadline: unknown }) => [h.half, h.deadline])).toEqual([
      ['H1', { yearOffset: -1, month: 12, day: 10 }],
      ['H2', { yearOffset: 0, month: 5, day: 10 }],
    ]);
  });

  it('records a visit with its checklist and the next assessment changes', async () => {
    const at = async () => (await call(w, 'inspector', { method: 'GET', url: '/api/risk/subjects/SYNTH-02/assessment?date=2027-12-10' })).json().assessment;
    const before = await at();
    expect(before).toMatchObject({ final: 'not-high', subjective: { SP: { value: '0.00' } }, s1Control: null });
    // "Not applicable" on row 4 is refused (only rows 2–3 of a non-central subject, A29), nothing stored.
    const bad = await call(w, 'inspector', { method: 'PUT', url: '/api/risk/subjects/SYNTH-02/controls/PCV-T-1', payload: checklist([16], [4]) });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.issues[0]).toMatchObject({ body: 'SYNTH-02', field: 'notApplicable' });
    expect((await at()).final).toBe('not-high');
    const ok = await call(w, 'inspector', { method: 'PUT', url: '/api/risk/subjects/SYNTH-02/controls/PCV-T-1', payload: checklist([8, 16], [2, 3]) });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ subject: 'SYNTH-02', replaced: false });
    const after = await at();
    expect(after).toMatchObject({ final: 'high', s1Control: 'PCV-T-1', subjective: { grossOverride: true, SP: { value: '100.00' } } });
    expect(after.violations.filter((v: { source: string }) => v.source === 'S1').map((v: { row: number }) => v.row)).toEqual([8, 16]);
    // The same control id again replaces it: now all comply, back to not high.
    const again = await call(w, 'admin', { method: 'PUT', url: '/api/risk/subjects/SYNTH-02/controls/PCV-T-1', payload: checklist([]) });
    expect(again.json()).toMatchObject({ replaced: true });
    const stored = (await call(w, 'commission', { method: 'GET', url: '/api/risk/subjects/SYNTH-02' })).json();
    expect(stored.doc.controls.filter((c: { id: string }) => c.id === 'PCV-T-1')).toHaveLength(1);
    expect((await at()).final).toBe('not-high');
    expect((await call(w, 'inspector', { method: 'PUT', url: '/api/risk/subjects/NOPE/controls/X', payload: checklist([]) })).statusCode).toBe(404);
  });

  it('lists the computed lists of a half-year with its deadline and approval', async () => {
    const empty = (await call(w, 'inspector', { method: 'GET', url: '/api/risk/lists/2029H2' })).json();
    expect(empty).toEqual({ half: '2029H2', deadline: '2029-05-10', approval: null, versions: [] });
    await call(w, 'inspector', { method: 'POST', url: '/api/risk/lists/2027H2', payload: {} });
    const v = (await call(w, 'methodologist', { method: 'GET', url: '/api/risk/lists/2027H2' })).json();
    expect(v).toMatchObject({ half: '2027H2', deadline: '2027-05-10', approval: { approvedOn: '2027-05-12' } });
    expect(v.versions[0]).toMatchObject({ status: 'approved', lateApproval: true, referenceDate: '2027-05-12' });
  });
});
