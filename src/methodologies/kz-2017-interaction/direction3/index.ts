// Placeholder until the direction's criteria land: the direction with no criteria (0 points).
import { directionWithPenalty } from '../common.js';
import { L } from '../../../engine/build.js';
import type { FormDecl, ParameterDecl, ReadingDecl } from '../../../engine/types.js';

export const direction3 = directionWithPenalty({
  dir: 3,
  label: L('3-бағыт', 'Направление 3', 'Direction 3'),
  ref: { paragraph: 'p.5' },
  totalRef: { paragraph: 'p.5' },
  criteria: [],
});
export const direction3Forms: FormDecl[] = [];
export const direction3Parameters: Record<string, ParameterDecl> = {};
export const direction3Readings: ReadingDecl[] = [];
