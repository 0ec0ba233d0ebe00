// A SYNTHETIC campaign for demonstrations: invented bodies and counts, generated from a fixed seed so
// every run gives the same figures. Counts are consistent (c + d ≤ n, w ≤ c + d).
import type { CampaignInput } from '../../engine/types.js';
import { CENTRAL, LOCAL } from './p49-automation.js';
import { SERVICES } from './services-form.js';
import { prng as rng } from '../../demo/generate.js';

export function demoCampaign(seed = 2023): CampaignInput {
  const next = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const bodies = Array.from({ length: 6 }, (_, i) => {
    const kind = i < 4 ? CENTRAL : LOCAL;
    const n = int(20, 120);
    const d = int(0, n);
    const c = int(0, n - d);
    const w = int(0, c + d);
    return {
      id: `SYN-OP-${i + 1}`,
      name: { en: `Synthetic ${kind} body ${i + 1}`, ru: `Синтетический орган ${i + 1}`, kk: `Синтетикалық орган ${i + 1}` },
      kind,
      forms: { [SERVICES]: { n, c, d, w } },
    };
  });
  return {
    edition: 'kz-2021-operational',
    asOf: '2023-12-31',
    title: 'SYNTHETIC demo — operational assessment, p.49 and p.52 (2023 wording)',
    synthetic: true,
    bodies,
  };
}
