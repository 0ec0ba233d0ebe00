// The benchmark's baseline stays honest: the hand-written straight-line scorer of direction 1
// (bench/direction1-straight.ts) gives exactly the engine's D1 (all 40 digits) on small SYNTHETIC
// campaigns, including bodies with no monitored service type (p.31 pool mean, AMB-7).
// Correctness only, no timing (the timing is `npm run bench`).
import { describe, expect, it } from 'vitest';
import { prepareDirection1, scoreDirection1 } from '../bench/direction1-straight.js';
import { largeSynthetic2017 } from '../src/demo/index.js';
import { Decimal } from '../src/engine/decimal.js';
import { evaluateCampaign } from '../src/engine/evaluate.js';
import type { CampaignInput } from '../src/engine/types.js';
import { findEdition } from '../src/methodologies/index.js';

const edition = findEdition('kz-2017-interaction');

function compare(c: CampaignInput) {
  const engine = evaluateCampaign(edition, c, { targets: ['D1'] });
  const straight = scoreDirection1(prepareDirection1(c));
  expect(straight.map((s) => s.id)).toEqual(engine.bodies.map((b) => b.id));
  const diffs = engine.bodies.flatMap((b, i) => {
    const exact = b.traces.D1!.exact;
    const s = straight[i]!.d1;
    return new Decimal(exact).eq(s) ? [] : [`${b.id} (${b.kind}): engine ${exact}, straight-line ${s.toString()}`];
  });
  expect(diffs).toEqual([]);
  return engine;
}

/** Empty the monitored service types of every `every`-th body from `offset` (p.31 applies to them). */
function unmonitored(c: CampaignInput, every: number, offset: number): CampaignInput {
  const copy = structuredClone(c);
  copy.bodies.forEach((b, i) => {
    if (i % every === offset) (b.forms['D1.satisfaction'] as { service_types: unknown[] }).service_types = [];
  });
  return copy;
}

describe('bench baseline: straight-line direction 1 = engine D1', () => {
  for (const seed of [1, 7, 2018]) {
    it(`60 synthetic bodies, seed ${seed}`, () => {
      const engine = compare(largeSynthetic2017(60, seed));
      // not a degenerate campaign: both kinds, and D1 values that differ
      expect(new Set(engine.bodies.map((b) => b.kind))).toEqual(new Set(['central', 'local']));
      expect(new Set(engine.bodies.map((b) => b.values.D1)).size).toBeGreaterThan(10);
    });
    it(`60 synthetic bodies, seed ${seed}, some without monitored service types (p.31, AMB-7)`, () => {
      const engine = compare(unmonitored(largeSynthetic2017(60, seed), 7, seed % 7));
      const pooled = engine.bodies.filter((b) => (b.traces[b.kind === 'central' ? 'D1.K1.P1' : 'D1.M1.P1']?.branches ?? []).some((x) => x.includes('p.31')));
      expect(pooled.length).toBeGreaterThan(4);
    });
  }
});
