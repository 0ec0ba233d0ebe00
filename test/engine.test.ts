import { describe, it, expect } from 'vitest';
import { evaluateCampaign, planEdition } from '../src/engine/evaluate.js';
import { InputError } from '../src/engine/validate.js';
import { D, fmt, roundHalfUp } from '../src/engine/decimal.js';
import { compileExpr, lookupBand } from '../src/engine/expr.js';
import { paramAt } from '../src/engine/params.js';
import { mini } from './fixtures/mini-edition.js';
import type { BodyInput } from '../src/engine/types.js';

const body = (id: string, kind: string, f1: Record<string, unknown>): BodyInput => ({ id, name: id, kind, forms: { F1: f1 } });
const base = { late: 3, total: 20000, sat: 4.795, facts: 2, has_unit: true, load: 10, services: [{ code: 'a', points: 6 }, { code: 'b', points: 7 }] };
const run = (bodies: BodyInput[], asOf = '2018-12-31', readings?: Record<string, string>) =>
  evaluateCampaign(mini, { edition: 'test-mini', asOf, bodies, readings });

describe('decimal rounding (spec vectors where binary floats fail)', () => {
  it('rounds half-up exactly', () => {
    expect(fmt(D('3.895'))).toBe('3.90');
    expect(fmt(D('16.125'))).toBe('16.13');
    expect(fmt(D(1.005))).toBe('1.01'); // 1.005 as a float is 1.00499999…
    expect(roundHalfUp(D('-0.125'), 2).toFixed(2)).toBe('-0.13');
    expect(D(0.1).plus(D(0.2)).eq(D('0.3'))).toBe(true);
  });
});

describe('formula language', () => {
  const r = (text: string, vars: Record<string, string> = {}) =>
    compileExpr(text).run((s) => {
      if (!(s in vars)) throw new Error(`unbound ${s}`);
      return D(vars[s]!);
    });
  it('computes exactly with the usual precedence', () => {
    expect(String(r('max(0, 15 - a / b * 10000) + d', { a: '3', b: '20000', d: '2' }))).toBe('15.5');
    // 40 significant digits: a third times three is 0.999…9 (40 nines), which every report and band rounds to 1
    expect(String(r('1 / 3 * 3'))).toBe('0.' + '9'.repeat(40));
    expect(String(r('round(1 / 3 * 3)'))).toBe('1');
    expect(r('a >= 2 && !(a == 3)', { a: '2' })).toBe(true);
    expect(String(r('if(b == 0, 7, 1 / b)', { b: '0' }))).toBe('7');
    expect(String(r('b == 0 ? 7 : 1 / b', { b: '4' }))).toBe('0.25');
    expect(String(r('round(3.895)'))).toBe('3.9');
    expect(String(r('clamp(12, 0, 10)'))).toBe('10');
  });
  it('refuses what it cannot read, naming the formula', () => {
    expect(() => compileExpr('a +* b')).toThrow(/cannot parse formula "a \+\* b"/);
    expect(() => compileExpr('foo(1)')).toThrow(/unknown function foo/);
    expect(() => r('1 / b', { b: '0' })).toThrow(/division by zero/);
  });
  it('looks bands up after rounding to 2 decimals, with ≥ lower bounds', () => {
    const t = [{ to: '4.5', value: 0 }, { from: '4.5', to: '4.8', value: 5 }, { from: '4.8', value: 10 }];
    expect(lookupBand(t, D('4.795')).toString()).toBe('10'); // 4.795 → 4.80
    expect(lookupBand(t, D('4.794')).toString()).toBe('5');
    expect(lookupBand(t, D('4.5')).toString()).toBe('5');
  });
});

describe('dated parameters', () => {
  it('takes the value in force on the date', () => {
    expect(paramAt('k', mini.parameters.k, '2018-06-30').value).toBe(15);
    expect(paramAt('k', mini.parameters.k, '2019-01-01').value).toBe(20);
    expect(() => paramAt('k', mini.parameters.k, '2016-12-31')).toThrow(/no value in force on 2016-12-31/);
  });
  it('changes the result when the campaign date changes', () => {
    const a = run([body('A', 'central', base)], '2018-12-31').bodies[0]!;
    const b = run([body('A', 'central', base)], '2019-12-31').bodies[0]!;
    expect(a.values.DL).toBe('13.50');
    expect(b.values.DL).toBe('18.50');
    expect(b.traces.DL!.parameters).toContainEqual({ symbol: 'k', name: 'k', value: '20', from: '2019-01-01' });
  });
});

describe('campaign evaluation and trace', () => {
  const res = run([body('A', 'central', base), body('B', 'local', { ...base, load: 30 }), body('C', 'local', { ...base, load: 20, facts: 40 })]);
  const A = res.bodies.find((b) => b.id === 'A')!;
  it('computes every node with the formula, inputs, parameters and reference in the trace', () => {
    const t = A.traces.DL!;
    expect(t.value).toBe('13.50');
    expect(t.formula).toBe('k if b == 0; k - a / b * 10000');
    expect(t.inputs).toHaveLength(2);
    expect(t.inputs).toEqual(
      expect.arrayContaining([
        { symbol: 'a', form: 'F1', field: 'late', value: '3' },
        { symbol: 'b', form: 'F1', field: 'total', value: '20000' },
      ]),
    );
    expect(t.ref).toEqual({ paragraph: 'p.5' });
    expect(t.provenance.kind).toBe('reconstructed-high');
    expect(t.max).toBe('40');
  });
  it('band lookups, list aggregates, max symbols and readings', () => {
    expect(A.values.SAT).toBe('10.00');
    expect(A.traces.SAT!.branches).toEqual(['sat_bands: 4.80 → 10']); // 4.795 rounds to 4.80 before the look-up
    expect(A.values.SRV).toBe('6.50');
    expect(A.values.HALF).toBe('2.50');
    expect(A.traces.T!.branches).toContain('reading AMB-1 = after');
    expect(A.traces.T!.readings).toEqual([{ id: 'AMB-1', value: 'after' }]);
  });
  it('nodes that do not apply to a kind are absent, not zero', () => {
    const B = res.bodies.find((b) => b.id === 'B')!;
    expect(B.values.SAT).toBeUndefined();
    expect(B.values.S).toBe('22.50'); // 13.5 + 6.5 + 2.5
  });
  it('compares bodies within their pool', () => {
    const B = res.bodies.find((b) => b.id === 'B')!;
    const C = res.bodies.find((b) => b.id === 'C')!;
    expect(B.values.LOADN).toBe('1.00');
    expect(C.values.LOADN).toBe('0.00');
    expect(A.values.LOADN).toBe('0.00');
    expect(A.traces.LOADN!.branches).toContain('all loads equal: 0');
  });
  it('levels and ranks within pools', () => {
    expect(A.score).toBe('32.10'); // 13.5 + 10 + 6.5 + 2.5 - 0.4
    expect(A.level).toBe('ineffective');
    const C = res.bodies.find((b) => b.id === 'C')!;
    expect(C.values.PEN).toBe('5.00'); // capped
    expect(C.score).toBe('17.50');
    expect(res.bodies.find((b) => b.id === 'B')!.rank).toBe(1);
    expect(C.rank).toBe(2);
  });
  it('records floors and zero-denominator branches', () => {
    const r = run([body('Z', 'local', { ...base, late: 0, total: 0 }), body('N', 'local', { ...base, late: 100, total: 1000 })]);
    expect(r.bodies[0]!.traces.DL!.branches).toEqual(['zero denominator: no services rendered']);
    expect(r.bodies[0]!.values.DL).toBe('15.00');
    expect(r.bodies[1]!.values.DL).toBe('0.00');
    expect(r.bodies[1]!.traces.DL!.branches[0]).toMatch(/negative result -985 → 0/);
  });
  it('switches readings', () => {
    const r = run([body('A', 'central', base)], '2018-12-31', { 'AMB-1': 'before' });
    expect(r.bodies[0]!.score).toBe('32.50');
    expect(() => run([body('A', 'central', base)], '2018-12-31', { 'AMB-1': 'never' })).toThrow(/no option "never"/);
    expect(() => run([body('A', 'central', base)], '2018-12-31', { 'AMB-9': 'x' })).toThrow(/no reading "AMB-9"/);
  });
  it('evaluates only the requested targets and their dependencies', () => {
    const r = evaluateCampaign(mini, { edition: 'test-mini', asOf: '2018-01-01', bodies: [body('A', 'central', { late: 1, total: 10000 })] }, { targets: ['DL'] });
    expect(Object.keys(r.bodies[0]!.values)).toEqual(['DL']);
  });
});

describe('input validation names body, form, field and value', () => {
  const issuesOf = (b: BodyInput) => {
    try {
      run([b]);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return (e as InputError).issues;
    }
    throw new Error('expected a refusal');
  };
  it('refuses a part larger than its total', () => {
    const [i] = issuesOf(body('MIN-1', 'central', { ...base, late: 30001, total: 30000 }));
    expect(i).toMatchObject({ body: 'MIN-1', form: 'F1', field: 'late', value: 30001 });
    expect(i!.message).toMatch(/larger than its total total = 30000/);
  });
  it.each([
    ['negative count', { late: -3 }, 'late', /below the minimum 0/],
    ['fraction in a count', { late: 1.5 }, 'late', /whole number/],
    ['text in a number', { sat: '4,5' }, 'sat', /expected a number/],
    ['out of range', { sat: 5.5 }, 'sat', /above the maximum 5/],
    ['not a boolean', { has_unit: 'yes' }, 'has_unit', /true or false/],
    ['unknown field', { lates: 3 }, 'lates', /unknown field/],
    ['missing required', { total: undefined }, 'total', /required field is missing/],
  ])('%s', (_n, patch, field, msg) => {
    const issues = issuesOf(body('B7', 'central', { ...base, ...patch }));
    const i = issues.find((x) => x.field === field);
    expect(i, JSON.stringify(issues)).toBeDefined();
    expect(i!.body).toBe('B7');
    expect(i!.form).toBe('F1');
    expect(i!.message).toMatch(msg);
  });
  it('checks declared consistency rules across fields', () => {
    const [i] = issuesOf(body('B9', 'central', { ...base, partial: 15000, full: 5001 }));
    expect(i).toMatchObject({ body: 'B9', form: 'F1', field: 'partial', value: 15000 });
    expect(i!.message).toBe('automated services cannot exceed all services (partial + full <= total: partial = 15000, full = 5001, total = 20000)');
    expect(() => run([body('B9', 'central', { ...base, partial: 15000, full: 5000 })])).not.toThrow();
  });
  it('names the row of a list field', () => {
    const issues = issuesOf(body('B8', 'central', { ...base, services: [{ code: 'a', points: 1 }, { code: 'b', points: 11 }] }));
    expect(issues[0]).toMatchObject({ body: 'B8', form: 'F1', field: 'services.points', row: 2, value: 11 });
  });
  it('refuses unknown forms, kinds and duplicate bodies', () => {
    expect(() => run([{ id: 'X', name: 'X', kind: 'federal', forms: {} }])).toThrow(/body X, form -, field kind: unknown body kind/);
    expect(() => run([{ id: 'X', name: 'X', kind: 'local', forms: { F9: {} } }])).toThrow(/form F9.*unknown form/);
    expect(() => run([body('X', 'local', base), body('X', 'local', base)])).toThrow(/duplicate body id/);
  });
  it('a formula reading a missing input is refused with the field named', () => {
    expect(() => run([body('M', 'central', { late: 1, total: 10 })])).toThrow(/body M, form F1, field sat: required to compute SAT, but missing/);
  });
  it('accepts exact decimal text and never coerces', () => {
    const r = run([body('A', 'central', { ...base, sat: '4.80' })]);
    expect(r.bodies[0]!.values.SAT).toBe('10.00');
  });
});

describe('edition plans', () => {
  it('orders dependencies before dependants and rejects cycles and unknown refs', () => {
    const order = planEdition(mini).order.map((n) => n.decl.id);
    expect(order.indexOf('LOADRAW')).toBeLessThan(order.indexOf('LOADN'));
    expect(order.at(-1)).toBe('T');
    const bad = { ...mini, root: { ...mini.root, formula: { expr: 'x', where: { x: { kind: 'node' as const, id: 'NOPE' } } } } };
    expect(() => planEdition(bad)).toThrow(/unknown node NOPE/);
  });
});
