import { describe, it, expect } from 'vitest';
import { evaluateCampaign } from '../../engine/evaluate.js';
import { fillConclusion } from '../../engine/conclusion.js';
import { demo2017 } from '../../demo/index.js';
import { edition } from './edition.js';
import { app3Conclusion, app4Conclusion, app5Conclusion, app19Conclusion, conclusionForms } from './conclusions.js';

const result = evaluateCampaign(edition, demo2017());
const central = result.bodies.find((b) => b.kind === 'central')!;
const local = result.bodies.find((b) => b.kind === 'local')!;

describe('2017 conclusion forms carry the values of the evaluated body', () => {
  it('App 3: K1–K7, the total by criteria, the penalty and the final direction-1 score', () => {
    const f = fillConclusion(app3Conclusion, edition, central, true);
    expect(f.rows.map((r) => r.node)).toEqual(['D1.K1', 'D1.K2', 'D1.K3', 'D1.K4', 'D1.K5', 'D1.K6', 'D1.K7', 'D1.SUM', 'D1.PEN', 'D1']);
    for (const r of f.rows) expect(r.value).toBe(central.values[r.node]);
    expect(f.rows[1]!.label.ru).toMatch(/срок/i);
    expect(f.synthetic).toBe(true);
  });
  it('App 4: M1–M4 for a local body; App 3 and App 5 refuse a local body', () => {
    const f = fillConclusion(app4Conclusion, edition, local);
    expect(f.rows.map((r) => r.node)).toEqual(['D1.M1', 'D1.M2', 'D1.M3', 'D1.M4', 'D1.SUM', 'D1.PEN', 'D1']);
    expect(f.rows.every((r) => r.value !== null)).toBe(true);
    expect(() => fillConclusion(app3Conclusion, edition, local)).toThrow(/not for a body of kind local/);
    expect(() => fillConclusion(app5Conclusion, edition, local)).toThrow(/not for a body of kind local/);
  });
  it('App 19: the three directions, the overall score and the level', () => {
    const f = fillConclusion(app19Conclusion, edition, central);
    expect(f.rows.map((r) => r.value)).toEqual([central.values.D1, central.values.D2, central.values.D3, central.score]);
    expect(f.level).toBe(central.level);
    expect(f.conclusions.map((c) => c.node)).toEqual(['D1.PEN', 'D2.PEN', 'D3.PEN']);
  });
  it('every row of every form names a node of the edition and has kk/ru/en labels', () => {
    const ids = new Set(Object.keys(central.traces).concat(Object.keys(local.traces)));
    for (const form of conclusionForms) {
      for (const r of form.rows) {
        expect(ids.has(r.node), `${form.id} row ${r.label.en}: node ${r.node}`).toBe(true);
        for (const l of ['kk', 'ru', 'en'] as const) expect(r.label[l].length).toBeGreaterThan(0);
      }
    }
  });
});
