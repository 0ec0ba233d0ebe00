// Direction 2 checks: the appendix tables add up to the totals the act prints, and property tests
// (fast-check) on inputs generated from the declared forms: every node stays within [0, max], more
// violations never raise a score, the deduction caps of p.79–81 / p.94 / p.98 (D5) and the p.15
// penalty cap hold — under every combination of readings.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { evaluateCampaign, planOf } from '../../../engine/evaluate.js';
import { Decimal } from '../../../engine/decimal.js';
import type { FieldDecl, FormData } from '../../../engine/types.js';
import { edition } from '../edition.js';
import { table1, table2 } from './app12-table.js';
import { app14Items } from './app14-accessibility.js';
import { app15Table1, app15Table2 } from './app15-table.js';
import { app16Table1, app16Table2 } from './app16-table.js';
import { direction2Forms, direction2Readings } from './index.js';
import { direction2Parameters } from './parameters.js';

type Kind = 'central' | 'local';
const sum = (xs: readonly string[]) => xs.reduce((a, x) => a.plus(x), new Decimal(0));
const paramValue = (name: string) => String(direction2Parameters[name]!.values[0]!.value);

describe('App 12: the tables add up to the maxima of p.79–82 and to 25 per language', () => {
  for (const [kind, rows] of [['central', table1], ['local', table2]] as const) {
    it(`${kind}`, () => {
      for (const ind of ['OD', 'OB', 'NP', 'DL'] as const) {
        const perLang = sum(rows.filter((r) => r.indicator === ind).map((r) => r.weight));
        expect(perLang.times(2).toString(), ind).toBe(new Decimal(paramValue(`d2.b1.${ind.toLowerCase()}.max.${kind}`)).toString());
      }
      expect(sum(rows.map((r) => r.weight)).toString()).toBe('25');
    });
  }
});

describe('App 14–16: the tables add up to the printed totals, with the indicator counts of the seed', () => {
  it('App 14: 1 + 6 + 1.6 + 1.4 = 10', () => {
    const bySection = (s: string) => sum(app14Items.filter((i) => i.row.startsWith(`${s}.`)).map((i) => i.max)).toString();
    expect([bySection('1'), bySection('2'), bySection('3'), bySection('4')]).toEqual(['1', '6', '1.6', '1.4']);
  });
  it('App 15: 50 per language; indicator counts per section', () => {
    expect(sum(app15Table1.map((s) => s.weight)).toString()).toBe('50');
    expect(sum(app15Table2.map((s) => s.weight)).toString()).toBe('50');
    expect(app15Table1.map((s) => s.items.length)).toEqual([3, 7, 6, 4, 11, 4, 5, 7, 8, 4, 6, 8, 2]);
    expect(app15Table2.map((s) => s.items.length)).toEqual([3, 6, 6, 4, 11, 3, 5, 5, 8, 4, 6, 4, 8, 3, 2]);
  });
  it('App 16: 25 per language; indicator counts per section', () => {
    expect(sum(app16Table1.map((s) => s.weight)).toString()).toBe('25');
    expect(sum(app16Table2.map((s) => s.weight)).toString()).toBe('25');
    expect(app16Table1.map((s) => s.items.length)).toEqual([6, 3, 3, 4, 1]);
    expect(app16Table2.map((s) => s.items.length)).toEqual([5, 4, 3, 3, 4, 1, 1]);
  });
});

// ---- generated inputs ----

function fieldArb(f: FieldDecl): fc.Arbitrary<unknown> {
  switch (f.type) {
    case 'enum':
      return fc.constantFrom(...(f.values ?? []));
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: Number(f.min ?? 0), max: f.max !== undefined ? Number(f.max) : 60 });
    case 'number':
      return fc.integer({ min: Number(f.min ?? 0) * 100, max: Number(f.max ?? 100) * 100 }).map((x) => new Decimal(x).div(100).toString());
    default:
      return fc.constant(undefined);
  }
}

const scoredForms = direction2Forms.filter((f) => f.id !== 'App13');

function formsArb(kind: Kind): fc.Arbitrary<Record<string, FormData>> {
  const forms = scoredForms.filter((f) => !f.appliesTo || f.appliesTo.includes(kind));
  const recs = Object.fromEntries(
    forms.map((form) => [
      form.id,
      fc.record(Object.fromEntries(form.fields.filter((f) => (!f.appliesTo || f.appliesTo.includes(kind)) && f.type !== 'list').map((f) => [f.name, fieldArb(f)]))).map((r) => {
        // parts stay within their totals, as validation requires
        for (const f of form.fields) if (f.partOf && typeof r[f.name] === 'number') r[f.name] = Math.min(r[f.name] as number, r[f.partOf] as number);
        return r as FormData;
      }),
    ]),
  );
  return fc.record({ ...recs, App1: fc.record({ unreliable_facts_d2: fc.integer({ min: 0, max: 40 }) }) }) as fc.Arbitrary<Record<string, FormData>>;
}

const readingsArb = fc.record(Object.fromEntries(direction2Readings.map((r) => [r.id, fc.constantFrom(...r.options.map((o) => o.value))])));

const evaluate = (kind: Kind, forms: Record<string, FormData>, readings: Record<string, string>) =>
  evaluateCampaign(edition, { edition: edition.id, asOf: '2018-12-31', readings, bodies: [{ id: 'x', name: 'x', kind, forms }] }, { targets: ['D2'] }).bodies[0]!;

const d2 = (kind: Kind, forms: Record<string, FormData>, readings: Record<string, string>) => new Decimal(evaluate(kind, forms, readings).traces['D2']!.exact);

/** One way of doing worse: a deficiency more, a parameter or indicator lost, a requirement failed. */
function worsen(forms: Record<string, FormData>, pick: number): Record<string, FormData> | null {
  const out = JSON.parse(JSON.stringify(forms)) as Record<string, Record<string, unknown>>;
  const candidates: (() => void)[] = [];
  for (const [formId, rec] of Object.entries(out)) {
    if (formId === 'App1') continue;
    const decl = scoredForms.find((f) => f.id === formId)!;
    for (const [name, v] of Object.entries(rec)) {
      const f = decl.fields.find((x) => x.name === name)!;
      if (/_def$|_unmet$|_missing$|^browsers_incorrect$|^sitemap_broken_links$/.test(name)) {
        if (f.max === undefined || (v as number) < Number(f.max)) candidates.push(() => (rec[name] = (v as number) + 1));
      } else if (/_present$|^DL2_answered$/.test(name) && (v as number) > 0) candidates.push(() => (rec[name] = (v as number) - 1));
      else if (f.type === 'boolean' && v === true) candidates.push(() => (rec[name] = false));
      else if (f.type === 'enum' && /^(OD|OB|NP|DL)\d+_(kz|ru)$/.test(name) && v !== 'absent') candidates.push(() => (rec[name] = 'absent'));
      else if (name === 'load_mode' && v !== 'none') candidates.push(() => (rec[name] = v === 'auto' ? 'link' : 'none'));
      else if (name === 'english_version' && v !== 'none') candidates.push(() => (rec[name] = v === 'full' ? 'interfaces' : 'none'));
      else if (name === 'nav_share_pct' && new Decimal(v as string).gt(0)) candidates.push(() => (rec[name] = '0'));
      else if (/^search_[a-z]+(_abbr)?$/.test(name) && (v as number) > 0) candidates.push(() => (rec[name] = (v as number) + 10));
    }
  }
  if (!candidates.length) return null;
  candidates[pick % candidates.length]!();
  return out as Record<string, FormData>;
}

for (const kind of ['central', 'local'] as const) {
  describe(`direction 2 properties (${kind} bodies)`, () => {
    const plan = planOf(edition);
    it('every node of D2 stays within [0, max]; the penalty is min(5, 0.2 × facts)', () => {
      fc.assert(
        fc.property(formsArb(kind), readingsArb, (forms, readings) => {
          const b = evaluate(kind, forms, readings);
          for (const [id, t] of Object.entries(b.traces)) {
            if (!id.startsWith('D2')) continue;
            const v = new Decimal(t.exact);
            expect(v.gte(0), `${id} = ${t.exact} < 0`).toBe(true);
            if (t.max !== null) expect(v.lte(t.max), `${id} = ${t.exact} > ${t.max}`).toBe(true);
            expect(plan.byId.has(id)).toBe(true);
          }
          const facts = forms.App1!.unreliable_facts_d2 as number;
          expect(b.traces['D2.PEN']!.exact).toBe(Decimal.min(5, new Decimal('0.2').times(facts)).toString());
          const expected = Decimal.max(0, new Decimal(b.traces['D2.SUM']!.exact).minus(b.traces['D2.PEN']!.exact));
          expect(new Decimal(b.traces['D2']!.exact).eq(expected)).toBe(true);
          // the deficiency deductions never exceed their caps (D5: 50 % of the weight; raw reading: at most that too)
          expect(new Decimal(b.traces['D2.B2.C.DED']!.exact).lte(5)).toBe(true);
          expect(new Decimal(b.traces['D2.B2.M.DED']!.exact).lte('2.5')).toBe(true);
        }),
        { numRuns: 60 },
      );
    });
    it('more violations never raise the direction score', () => {
      fc.assert(
        fc.property(formsArb(kind), readingsArb, fc.nat(), (forms, readings, pick) => {
          const worse = worsen(forms, pick);
          if (!worse) return;
          const before = evaluate(kind, forms, readings).traces;
          const after = evaluate(kind, worse, readings).traces;
          for (const id of ['D2', 'D2.SUM', 'D2.B1', 'D2.B2']) {
            const [a, b] = [new Decimal(after[id]!.exact), new Decimal(before[id]!.exact)];
            expect(a.lte(b), `${id}: ${a.toString()} > ${b.toString()}`).toBe(true);
          }
        }),
        { numRuns: 100 },
      );
    });
    it('more unreliable facts never raise the direction score', () => {
      fc.assert(
        fc.property(formsArb(kind), readingsArb, (forms, readings) => {
          const more = { ...forms, App1: { unreliable_facts_d2: (forms.App1!.unreliable_facts_d2 as number) + 1 } };
          expect(d2(kind, more, readings).lte(d2(kind, forms, readings))).toBe(true);
        }),
        { numRuns: 40 },
      );
    });
  });
}

describe('App 11 and App 13', () => {
  it('every App 11 row shows a node of the edition', async () => {
    const { app11Conclusion } = await import('./report-form.js');
    const plan = planOf(edition);
    for (const r of app11Conclusion.rows) expect(plan.byId.has(r.node), r.node).toBe(true);
    for (const n of app11Conclusion.conclusionsNodes) expect(plan.byId.has(n), n).toBe(true);
  });
  it('App 13 has one free-text row per App 12 row of each table', async () => {
    const { app13ReportForm } = await import('./report-form.js');
    expect(app13ReportForm.fields.map((f) => f.name)).toEqual([...table1.map((r) => `T1_${r.id}`), ...table2.map((r) => `T2_${r.id}`)]);
    expect(app13ReportForm.fields.every((f) => f.type === 'text' && !f.required)).toBe(true);
  });
});

describe('department sites (p.86, AMB-21)', () => {
  it('a department site identical to the main site leaves A and C unchanged; the departments are in [0, max]', () => {
    fc.assert(
      fc.property(formsArb('central'), readingsArb, fc.integer({ min: 1, max: 3 }), (forms, readings, n) => {
        const withDepts: Record<string, FormData> = { ...forms };
        for (const id of ['App14', 'App15T1']) {
          const row = { ...forms[id]!, name: 'SYNTHETIC department', site_form: 'subdomain' };
          withDepts[id] = { ...forms[id]!, department_sites: Array.from({ length: n }, () => row) };
        }
        const t = evaluate('central', withDepts, readings).traces;
        for (const [ind, max] of [['D2.B2.A', 5], ['D2.B2.C', 10]] as const) {
          const main = new Decimal(t[`${ind}.MAIN`]!.exact);
          expect(new Decimal(t[ind]!.exact).toDecimalPlaces(20).eq(main.toDecimalPlaces(20)), ind).toBe(true);
          if (readings['AMB-21'] === 'mean-with-departments') {
            const perSite = new Decimal(t[`${ind}.DEPTS`]!.exact).div(n);
            expect(perSite.toDecimalPlaces(20).eq(main.toDecimalPlaces(20)), `${ind}.DEPTS`).toBe(true);
            expect(perSite.lte(max)).toBe(true);
          }
        }
      }),
      { numRuns: 20 },
    );
  });
});
