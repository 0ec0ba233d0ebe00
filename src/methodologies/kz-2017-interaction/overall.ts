// Chapter 5, p.114: "The overall assessment of a state body in the block 'Interaction of the state
// body with citizens' is determined by adding the results of the calculations by directions."
// The formula image is lost. DECISIONS.md D4: the mean of the three directions (each 0–100), graded
// by p.18 — O = (U + D + H) / 3 for a central body, A = (T + F + Y) / 3 for a local body.
// Alternatives kept: the literal sum (0–300) and weights summing to 1 (parameters overall.weight.*).
import { nod, par, L } from '../../engine/build.js';
import type { ParameterDecl, ReadingDecl, ReadingFormula } from '../../engine/types.js';
import { EFFECTIVE_FROM } from './common.js';

const dirs = { u: nod('D1'), d: nod('D2'), h: nod('D3') };

export const overallReading: ReadingDecl = {
  id: 'D4',
  label: L('Жалпы бағаны есептеу тәсілі (114-т.)', 'Способ расчёта общей оценки (п. 114)', 'How the overall score is formed (p.114)'),
  ref: { paragraph: 'p.114', note: 'DECISIONS.md D4; seed-004a AMB-2' },
  default: 'mean',
  options: [
    {
      value: 'mean',
      label: L('Үш бағыттың орташа мәні', 'Среднее трёх направлений', 'Mean of the three directions (0–100)'),
      provenance: { kind: 'reconstructed-medium', decision: 'D4' },
    },
    {
      value: 'sum',
      label: L('Бағыттардың қосындысы (0–300)', 'Сумма направлений (0–300)', 'Literal sum of the directions (0–300)'),
      provenance: { kind: 'reconstructed-low', decision: 'D4' },
    },
    {
      value: 'weighted',
      label: L('Салмақтары 1-ге тең қосынды', 'Взвешенная сумма (веса в сумме 1)', 'Weighted sum, weights adding up to 1'),
      provenance: { kind: 'reconstructed-low', decision: 'D4' },
    },
  ],
};

const weight = (d: 1 | 2 | 3): ParameterDecl => ({
  label: L(`${d}-бағыттың салмағы`, `Вес направления ${d}`, `Weight of direction ${d} (reading D4 = weighted)`),
  ref: { paragraph: 'p.114', note: 'weights are not in the text; equal weights by default' },
  values: [{ from: EFFECTIVE_FROM, value: '0.3333333333333333333333333333333333333333', note: 'one third' }],
});

export const overallParameters: Record<string, ParameterDecl> = {
  'overall.weight.d1': weight(1),
  'overall.weight.d2': weight(2),
  'overall.weight.d3': weight(3),
};

export const overallFormula: ReadingFormula = {
  reading: 'D4',
  variants: {
    mean: { expr: '(u + d + h) / 3', where: dirs },
    sum: { expr: 'u + d + h', where: dirs },
    weighted: {
      expr: 'wu * u + wd * d + wh * h',
      where: { ...dirs, wu: par('overall.weight.d1'), wd: par('overall.weight.d2'), wh: par('overall.weight.d3') },
    },
  },
};
