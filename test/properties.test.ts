// Properties that hold for every edition, on synthetic campaigns generated from the declared forms:
// every node with a maximum stays within [0, max]; reported values are the exact values rounded
// half-up; the evaluation is deterministic.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { editions } from '../src/methodologies/index.js';
import { evaluateCampaign, planOf } from '../src/engine/evaluate.js';
import { syntheticCampaign } from '../src/demo/generate.js';
import { Decimal, roundHalfUp } from '../src/engine/decimal.js';
import { InputError } from '../src/engine/validate.js';

for (const e of editions) {
  describe(`${e.id}: properties on synthetic campaigns`, () => {
    const bodies = e.bodyKinds.flatMap((k) => [0, 1, 2].map((i) => ({ id: `${k.id}-${i}`, name: `SYNTHETIC ${k.id} ${i}`, kind: k.id })));
    const campaign = (seed: number) => syntheticCampaign(e, { seed, asOf: e.effective.to ?? e.effective.from, title: 'SYNTHETIC property test', bodies });
    const evaluate = (seed: number) => {
      try {
        return evaluateCampaign(e, campaign(seed));
      } catch (err) {
        // generated inputs can break a consistency rule the declarations cannot express; say which
        if (err instanceof InputError) throw new Error(`synthetic seed ${seed} refused: ${err.message}`);
        throw err;
      }
    };
    it('every node stays within [0, max], and reported values are the exact ones rounded half-up', () => {
      const plan = planOf(e);
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
          const r = evaluate(seed);
          for (const b of r.bodies) {
            for (const [id, t] of Object.entries(b.traces)) {
              const exact = new Decimal(t.exact);
              if (t.max !== null && plan.byId.get(id)?.decl.level !== 'block') {
                expect(exact.gte(0), `${b.id} ${id} = ${t.exact} < 0`).toBe(true);
                expect(exact.lte(t.max), `${b.id} ${id} = ${t.exact} > max ${t.max}`).toBe(true);
              }
              const places = plan.byId.get(id)?.decl.precision ?? e.precision;
              expect(t.value).toBe(roundHalfUp(exact, places).toFixed(places));
            }
          }
        }),
        { numRuns: 25 },
      );
    });
    it('every computed node has a complete trace: formula, reference, provenance, and every input it read', () => {
      const r = evaluate(7);
      for (const b of r.bodies) {
        for (const [id, t] of Object.entries(b.traces)) {
          expect(t.formula.length, `${b.id} ${id} formula`).toBeGreaterThan(0);
          expect(Boolean(t.ref.paragraph || t.ref.appendix || t.ref.note), `${b.id} ${id} reference`).toBe(true);
          expect(t.provenance.kind).toMatch(/^(text|worked-example|reconstructed-(high|medium|low))$/);
          for (const i of t.inputs) expect(e.forms.some((f) => f.id === i.form && f.fields.some((x) => x.name === i.field))).toBe(true);
          for (const n of t.nodes) expect(b.traces[n.id], `${id} uses ${n.id}`).toBeDefined();
        }
      }
    });
    it('is deterministic', () => {
      expect(JSON.stringify(evaluate(42))).toBe(JSON.stringify(evaluate(42)));
    });
  });
}
