// The procedural examples of spec seed-000 §12.11 (appeal deadlines, AP-1…AP-3) and §12.12
// (reorganisation, RO-1…RO-3), and the §30 day rule helpers behind S30-2…S30-4. Expected values are
// the spec's. No RK public holidays fall in 2–30 June 2014 or in November 2014 (spec assumption).
import { describe, it, expect } from 'vitest';
import { appealTimeline, specialCommissionValid } from './p64-71-appeals.js';
import { applyReorganisation, reorganisationRule } from './p73-76-reorganisation.js';
import { requiredRegistrationDate, sampleSize } from './p30-registration-day.js';
import { app3Conclusion, app4Conclusion, app5CentralConclusion, app5LocalConclusion, app9Act, conclusionTable, ministryConclusion, reconciliationAct } from './conclusions.js';
import { fillConclusion } from '../../engine/conclusion.js';
import { evaluateCampaign } from '../../engine/evaluate.js';
import { edition } from './edition.js';
import { demoCampaign } from './demo.js';

describe('§65–§70 appeal deadlines (seed-000 §12.11)', () => {
  it('AP-1 conclusion received Mon 2 Jun 2014, objection Wed 4 Jun', () => {
    expect(appealTimeline('2014-06-02', '2014-06-04')).toEqual({
      objectionDeadline: '2014-06-09',
      objectionAccepted: true,
      disagreementTableDue: '2014-06-11',
      reasonedConclusionDue: '2014-06-19',
    });
  });
  it('AP-2 conclusion received Wed 11 Jun 2014; an objection of Thu 19 Jun is not accepted', () => {
    expect(appealTimeline('2014-06-11', '2014-06-19')).toEqual({ objectionDeadline: '2014-06-18', objectionAccepted: false });
  });
  it('AP-3 no objections: the notice is due by Mon 9 Jun 2014', () => {
    expect(appealTimeline('2014-06-02').objectionDeadline).toBe('2014-06-09');
  });
  it('§66 the Special Commission has at least five members, none of whom assessed the appellant', () => {
    const m = (id: string, assessedAppellant = false) => ({ id, assessedAppellant });
    expect(specialCommissionValid([m('1'), m('2'), m('3'), m('4'), m('5')])).toBe(true);
    expect(specialCommissionValid([m('1'), m('2'), m('3'), m('4')])).toBe(false);
    expect(specialCommissionValid([m('1'), m('2'), m('3'), m('4'), m('5', true)])).toBe(false);
  });
});

describe('§73–§76 reorganisation (seed-000 §12.12, reporting year 2013)', () => {
  it('RO-1 reorganised 15 Mar 2014 → assessed within the successor (§73)', () => {
    expect(reorganisationRule(2013, '2014-03-15')).toBe('p73-within-successor');
  });
  it('RO-2 liquidated 1 Sep 2014 → not assessed (§74–§75)', () => {
    expect(reorganisationRule(2013, '2014-09-01')).toBe('p74-not-assessed');
  });
  it('RO-3 reorganised 20 Jan 2014, before a Schedule deadline of 3 Feb 2014 → own results, recommendations (§76)', () => {
    expect(reorganisationRule(2013, '2014-01-20', '2014-02-03')).toBe('p76-own-results');
  });
  it('A-19 within-period reading uses the half-years of 2013', () => {
    expect(reorganisationRule(2013, '2013-10-01', undefined, 'within-period')).toBe('p74-not-assessed');
  });
  it('a body not assessed under §74 leaves the campaign (and its pool)', () => {
    const c = demoCampaign();
    c.bodies[0]!.forms['Reorg'] = { event: 'liquidated', date: '2014-09-01', successor: 'MES' };
    const { campaign, decisions } = applyReorganisation(c, 2013);
    expect(campaign.bodies.length).toBe(c.bodies.length - 1);
    expect(decisions).toHaveLength(1);
    expect(decisions[0]!.rule).toBe('p74-not-assessed');
  });
});

describe('§30 registration day (seed-000 §12.6 S30)', () => {
  it('after hours on Friday → Monday; Saturday → Monday; a weekday in hours → the same day', () => {
    expect(requiredRegistrationDate('2014-11-14', true)).toBe('2014-11-17');
    expect(requiredRegistrationDate('2014-11-15', false)).toBe('2014-11-17');
    expect(requiredRegistrationDate('2014-11-12', false)).toBe('2014-11-12');
    expect(requiredRegistrationDate('2014-12-15', true, { holidays: ['2014-12-16', '2014-12-17'] })).toBe('2014-12-18');
  });
  it('S30-1 sample size f = 25 + 12 + 25 = 62', () => {
    expect(sampleSize([140, 12, 25])).toBe(62);
  });
});

describe('output forms App 3/4/5/9', () => {
  it('rows follow the forms and carry the computed values', () => {
    const r = evaluateCampaign(edition, demoCampaign());
    const central = r.bodies.find((b) => b.kind === 'central')!;
    const local = r.bodies.find((b) => b.kind === 'local')!;
    const t = fillConclusion(app3Conclusion, edition, central, true);
    expect(t.rows.map((x) => x.node)).toEqual(['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'S', 'RC', 'PEN', 'O']);
    expect(t.rows.every((x) => x.value !== null)).toBe(true);
    expect(t.level).toBe(central.level);
    expect(fillConclusion(app4Conclusion, edition, local).rows.map((x) => x.node)).toEqual(['M1', 'M2', 'M3', 'M4', 'S', 'RC', 'PEN', 'O']);
    expect(() => fillConclusion(app3Conclusion, edition, local)).toThrow(/not for a body of kind local/);
    expect(fillConclusion(app5CentralConclusion, edition, central).rows.map((x) => x.node)).toEqual(['K4', 'K7', 'K6.P2.sl', 'K6.P2.ef', 'K6.P2.iqn']);
    expect(fillConclusion(app5LocalConclusion, edition, local).rows.every((x) => x.value !== null)).toBe(true);
    expect(fillConclusion(app9Act, edition, local).rows.map((x) => x.value)).toEqual([local.values['PEN.late'], local.values['PEN.incomplete'], local.values['PEN.unreliable'], local.values['PEN']]);
    // the row helpers give the same rows with values
    expect(conclusionTable(central).rows.map((x) => x.value)).toEqual(t.rows.map((x) => x.value));
    expect(ministryConclusion(local).map((x) => x.node)).toEqual(['M4', 'M3.P2.sl', 'M3.P2.ef', 'M3.P2.iqn']);
    expect(reconciliationAct(central).at(-1)?.value).toBe(central.values['PEN']);
  });
});

describe('the example campaign file for `tiimdi evaluate`', () => {
  it('is synthetic and evaluates for both pools', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const c = parse(readFileSync(new URL('./examples/synthetic-pool-2013.yaml', import.meta.url), 'utf8'));
    expect(c.synthetic).toBe(true);
    const r = evaluateCampaign(edition, c);
    expect(r.bodies.map((b) => b.rank)).toEqual([1, 2, 3, 2, 3, 1]);
    expect(r.bodies.every((b) => b.level !== null)).toBe(true);
  });
});
