// Placeholder until the direction's criteria land: the direction with no criteria (0 points).
import { directionWithPenalty } from '../common.js';
import { L } from '../../../engine/build.js';
import type { FormDecl, ParameterDecl, ReadingDecl } from '../../../engine/types.js';

export const direction2 = directionWithPenalty({
  dir: 2,
  label: L('2-бағыт', 'Направление 2', 'Direction 2'),
  ref: { paragraph: 'p.5' },
  totalRef: { paragraph: 'p.5' },
  criteria: [],
});
export const direction2Forms: FormDecl[] = [];
export const direction2Parameters: Record<string, ParameterDecl> = {};
export const direction2Readings: ReadingDecl[] = [];
