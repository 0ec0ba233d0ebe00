// Demo campaigns: synthetic inputs for real body names. Everything here is SYNTHETIC.
import type { CampaignInput } from '../engine/types.js';
import { findEdition } from '../methodologies/index.js';
import { centralBodies, localBodies } from './bodies.js';
import { syntheticCampaign } from './generate.js';
import { profile2017 } from './profile-2017.js';
import { demoCampaign as demo2014 } from '../methodologies/kz-2014-public-services/index.js';
import { demoCampaign as demo2015ict } from '../methodologies/kz-2015-ict/index.js';
import { demoCampaign as demo2021operational } from '../methodologies/kz-2021-operational/index.js';

export const SYNTHETIC_BANNER = {
  kk: 'СИНТЕТИКАЛЫҚ ДЕРЕКТЕР — ойдан шығарылған балдар, ресми нәтиже емес',
  ru: 'СИНТЕТИЧЕСКИЕ ДАННЫЕ — вымышленные баллы, не официальные результаты',
  en: 'SYNTHETIC DATA — invented scores, not official results',
};

/** The demo national assessment under the 2017 methodology: 20 central and 20 local bodies. */
export function demo2017(seed = 2018): CampaignInput {
  return syntheticCampaign(findEdition('kz-2017-interaction'), {
    seed,
    asOf: '2018-12-31',
    title: 'SYNTHETIC demo — assessment of interaction with citizens, reporting year 2018',
    profile: profile2017,
    bodies: [
      ...centralBodies.map((b) => ({ ...b, kind: 'central' })),
      ...localBodies.map((b) => ({ ...b, kind: 'local' })),
    ],
  });
}

/** A synthetic campaign of n bodies (for the benchmark): half central, half local. */
export function largeSynthetic2017(n: number, seed = 7): CampaignInput {
  return syntheticCampaign(findEdition('kz-2017-interaction'), {
    seed,
    asOf: '2018-12-31',
    title: `SYNTHETIC benchmark campaign of ${n} bodies`,
    profile: profile2017,
    bodies: Array.from({ length: n }, (_, i) => ({ id: `B${i + 1}`, name: `SYNTHETIC body ${i + 1}`, kind: i % 2 ? 'local' : 'central' })),
  });
}

/** The demo campaign of each edition (all SYNTHETIC), by edition id. */
export const demoCampaigns: Record<string, () => CampaignInput> = {
  'kz-2017-interaction': () => demo2017(),
  'kz-2014-public-services': () => demo2014(),
  'kz-2015-ict': () => demo2015ict(),
  'kz-2021-operational': () => demo2021operational(),
};

export function demoFor(editionId: string): CampaignInput {
  const make = demoCampaigns[editionId];
  if (!make) throw new Error(`no demo campaign for edition "${editionId}"; demos: ${Object.keys(demoCampaigns).join(', ')}`);
  return make();
}
