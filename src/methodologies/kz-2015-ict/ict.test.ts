// Static checks and property tests of the 2015 ICT edition, over synthetic campaigns drawn from many seeds.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { checkEdition } from '../../engine/check.js';
import { evaluateCampaign } from '../../engine/evaluate.js';
import { Decimal } from '../../engine/decimal.js';
import type { BodyInput, CampaignInput } from '../../engine/types.js';
import { edition, demoCampaign } from './index.js';

const run = (c: CampaignInput) => evaluateCampaign(edition, c);
const seeds = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const D = (s: string | undefined) => new Decimal(s ?? 'NaN');

/** Bounds the act allows beyond [0, max] (seed-002.md §12, ¶36). */
const EXCEPTIONS: Record<string, [string, string]> = {
  N: ['-100', '100.25'],
  C1: ['0', '20.25'],
  'C1.1': ['0', '5.25'],
  'C1.1.main': ['0', '5.25'],
  C2: ['-100', '20'],
  C4: ['-14', '60'],
  'C4.1': ['-14', '20'],
  'C4.1.m': ['-14', '0'],
  'C4.2': ['-1', '40'],
  C5: ['-5', '15'],
  'C5.3': ['-5', '5'],
  'C5.3.b': ['-5', '0'],
};

function withForm(c: CampaignInput, id: string, form: string, patch: (f: Record<string, unknown>) => void): CampaignInput {
  const copy = structuredClone(c) as CampaignInput;
  const b = copy.bodies.find((x: BodyInput) => x.id === id)!;
  const f = (b.forms[form] ??= {}) as Record<string, unknown>;
  patch(f);
  return copy;
}

describe('kz-2015-ict', () => {
  it('passes the static edition checks', () => expect(checkEdition(edition)).toEqual([]));

  it('the demo campaign is synthetic, deterministic and evaluates every body', () => {
    const c = demoCampaign();
    expect(c.title).toContain('SYNTHETIC');
    expect(c.synthetic).toBe(true);
    expect(demoCampaign()).toEqual(c);
    const r = run(c);
    expect(r.bodies).toHaveLength(7);
    for (const b of r.bodies) expect(b.score).not.toBe('');
  });

  it('every node stays within [0, max], or within the wider bounds the act allows', () => {
    fc.assert(
      fc.property(seeds, (s) => {
        for (const b of run(demoCampaign(s)).bodies) {
          for (const t of Object.values(b.traces)) {
            const v = D(t.exact);
            const [lo, hi] = EXCEPTIONS[t.id] ?? ['0', t.max ?? 'Infinity'];
            expect(v.gte(lo), `${b.id} ${t.id} = ${t.exact} < ${lo}`).toBe(true);
            if (hi !== 'Infinity') expect(v.lte(hi), `${b.id} ${t.id} = ${t.exact} > ${hi}`).toBe(true);
          }
          // indicator 4.2 never exceeds its weight after the transfers
          expect(D(b.traces['C4.2']!.exact).lte(D(b.traces['C4.2.k']!.exact))).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('weights are transferred, never lost: 20 (C2) + 40 (C4) split between C2, 4.1, 4.2 and 4.3 always sums to 60', () => {
    fc.assert(
      fc.property(seeds, (s) => {
        for (const b of run(demoCampaign(s)).bodies) {
          const c2Assessed = !b.traces.C2!.branches.some((x) => x.includes('not assessed'));
          const c43 = b.traces['C4.3'];
          const c43Assessed = c43 !== undefined && !c43.branches.some((x) => x.includes('not assessed'));
          const total = D(b.traces['C4.2.k']!.exact).plus(20).plus(c2Assessed ? 20 : 0).plus(c43Assessed ? 5 : 0);
          expect(total.toString(), b.id).toBe('60');
        }
      }),
      { numRuns: 40 },
    );
  });

  it('more deficiencies, missing indicators or false facts never raise a score', () => {
    fc.assert(
      fc.property(seeds, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 40 }), (s, i, extra) => {
        const c = demoCampaign(s);
        const id = c.bodies[i]!.id;
        const base = run(c).bodies[i]!;
        const worse = [
          withForm(c, id, 'App5', (f) => (f.deficiencies_kk = Number(f.deficiencies_kk ?? 0) + extra)),
          withForm(c, id, 'App6', (f) => (f.deficiencies_ru = Number(f.deficiencies_ru ?? 0) + extra)),
          withForm(c, id, 'App9', (f) => (f.false_facts = Number(f.false_facts ?? 0) + extra)),
          withForm(c, id, 'App4', (f) => (f.facts_2_7 = Number(f.facts_2_7 ?? 0) + extra)),
          withForm(c, id, 'App4', (f) => (f.absent_2_11 = true)),
        ];
        for (const w of worse) {
          const b = run(w).bodies[i]!;
          expect(D(b.traces.N!.exact).lte(D(base.traces.N!.exact))).toBe(true);
          expect(D(b.traces.C1!.exact).lte(D(base.traces.C1!.exact))).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('penalty caps hold: inaccurate facts at most 5, all penalties at most 8.5', () => {
    fc.assert(
      fc.property(seeds, fc.integer({ min: 0, max: 500 }), (s, facts) => {
        const c = demoCampaign(s);
        for (const b of c.bodies) Object.assign(b.forms.App9 as object, { late: true, incomplete: true, false_facts: facts });
        for (const b of run(c).bodies) {
          expect(D(b.traces['PEN.false']!.exact).lte(5)).toBe(true);
          expect(D(b.traces.PEN!.exact).lte('8.5')).toBe(true);
          expect(D(b.traces.PEN!.exact).toString()).toBe(new Decimal(3.5).plus(Decimal.min(new Decimal(facts).times('0.2'), 5)).toString());
        }
      }),
      { numRuns: 30 },
    );
  });

  it('the history records the 2021 and 2022 amendments and the 2024 repeal', () => {
    expect(edition.history.filter((h) => h.event === 'amended').map((h) => h.date)).toEqual(['2021-06-15', '2022-08-27']);
    expect(edition.history.find((h) => h.event === 'repealed')?.date).toBe(edition.effective.to);
    expect(edition.levels).toBeUndefined();
  });
});

describe('kz-2015-ict appendices as data', () => {
  it('App 5 and App 6: every section lists as many items as its declared count, and the points add up', async () => {
    const { app5Table1, app5Table2, app6Table1, app6Table2 } = await import('./app5-app6-sections.js');
    for (const [table, total] of [[app5Table1, 50], [app5Table2, 50], [app6Table1, 25], [app6Table2, 25]] as const) {
      for (const s of table) expect(s.itemLabels?.length, `section ${s.no}`).toBe(s.items);
      expect(table.reduce((a, s) => a.plus(s.points), new Decimal(0)).toNumber()).toBe(total);
    }
  });
  it('App 4 totals 10 points; App 7 totals 14; App 8 lists 72 functions', async () => {
    const { app4Items, app7Params, app8Blocks } = await import('./index.js');
    expect(app4Items.reduce((a, i) => a.plus(i.points), new Decimal(0)).toNumber()).toBe(10);
    expect(app7Params.reduce((a, p) => a.plus(p.points), new Decimal(0)).toNumber()).toBe(14);
    expect(app8Blocks.reduce((a, b) => a + b.functions.length, 0)).toBe(72);
  });
});

describe('kz-2015-ict procedures (¶91–112)', () => {
  it('reorganisation: first half-year merged into the successor, second half not assessed (¶103–105)', async () => {
    const { reorganisationTreatment } = await import('./index.js');
    expect(reorganisationTreatment('2023-03-15', 2023)).toBe('merged-into-successor');
    expect(reorganisationTreatment('2023-06-30', 2023)).toBe('merged-into-successor');
    expect(reorganisationTreatment('2023-07-01', 2023)).toBe('not-assessed-recommendations-only');
    expect(reorganisationTreatment('2023-09-10', 2023)).toBe('not-assessed-recommendations-only');
    expect(() => reorganisationTreatment('2022-09-10', 2023)).toThrow(/assessed year/);
  });
  it('appeal deadlines are 5, 5, 5 and 15 working days and re-verification 3 weeks', async () => {
    const { deadlines } = await import('./index.js');
    expect(deadlines.map((d) => `${d.paragraph}:${d.days}${d.unit[0]}`)).toEqual(['¶93:21c', '¶106:5w', '¶107:5w', '¶109:5w', '¶112:15w']);
  });
});

describe('kz-2015-ict conclusion forms (App 2, App 9)', () => {
  it('fill from one body of the demo campaign: criteria rows, overall N, the three deductions', async () => {
    const { fillConclusion } = await import('../../engine/conclusion.js');
    const { app2Conclusion, app9Act } = await import('./index.js');
    const r = evaluateCampaign(edition, demoCampaign());
    const body = r.bodies[0]!;
    const app2 = fillConclusion(app2Conclusion, edition, body, true);
    expect(app2.rows.map((x) => x.value)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'N'].map((n) => body.values[n]));
    expect(app2.level).toBeNull();
    const app9 = fillConclusion(app9Act, edition, body, true);
    expect(app9.rows.at(-1)?.value).toBe(body.values.PEN);
  });
});
