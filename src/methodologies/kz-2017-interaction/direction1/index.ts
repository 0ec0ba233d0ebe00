// Placeholder until the direction's criteria land: the direction with no criteria (0 points).
import { directionWithPenalty } from '../common.js';
import { L } from '../../../engine/build.js';
import type { FormDecl, ParameterDecl, ReadingDecl } from '../../../engine/types.js';

export const direction1 = directionWithPenalty({
  dir: 1,
  label: L('1-бағыт', 'Направление 1', 'Direction 1'),
  ref: { paragraph: 'p.5' },
  totalRef: { paragraph: 'p.5' },
  criteria: [],
});
export const direction1Forms: FormDecl[] = [];
export const direction1Parameters: Record<string, ParameterDecl> = {};
export const direction1Readings: ReadingDecl[] = [];
