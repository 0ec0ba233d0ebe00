// The readings (switches) of the 2015 ICT edition: the spec's ambiguities (seed-002.md §12, AMB A-n) and
// DECISIONS.md D5. Each chapter declares the readings it uses; App 4's bonus reading is declared here.
import { L } from '../../engine/build.js';
import type { ReadingDecl } from '../../engine/types.js';
import { d5Reading, a10Reading, a15Reading, a6Reading } from './c1-internet-resource.js';
import { c4Readings } from './c4-automation.js';
import { c5Readings } from './c5-interdepartmental.js';

const englishBonus: ReadingDecl = {
  id: 'A-9',
  label: L('Ағылшын нұсқасы үшін көтермелеу балдары', 'Поощрительные баллы за английскую версию', 'Incentive points for the English version'),
  ref: { appendix: 'App 4', row: '4.5' },
  default: 'tiered',
  options: [
    { value: 'tiered', label: L('Ең жоғарғы бір балл (0,5 / 0,25 / 0)', 'Один наивысший балл (0,5 / 0,25 / 0)', 'One tier only (0.5 / 0.25 / 0)'), provenance: { kind: 'text', decision: 'AMB A-9' } },
    { value: 'cumulative', label: L('Жинақталады (ең көбі 0,75)', 'Накопительно (не более 0,75)', 'Cumulative (at most 0.75)'), provenance: { kind: 'text', decision: 'AMB A-9' } },
  ],
};

export const readings: ReadingDecl[] = [d5Reading, a10Reading, a15Reading, a6Reading, englishBonus, ...c4Readings, ...c5Readings];
