// Chapter 4, §36–§37 and §49: the final score.
//   §36: О1 = (К1 + К2 + К3 + К4 + К5 + К6 + К7) × РС (central); О2 = (М1 + М2 + М3 + М4) × РМ (local).
//   §37: a final score above 100 is taken as 100.
//   §52: the reporting penalties come off the final score; the order "cap, then penalties" follows the
//   rows of App 3/4 (A-13, switchable).
//   §49: levels high 90–100, medium 70–89.99, low 50–69.99, ineffective "less than 49.99" — read as
//   below 50 on the 2-decimal score, so that 49.99 is not left unclassified.
import { nod, par, L } from '../../engine/build.js';
import type { LevelDecl, NodeDecl, ParameterDecl } from '../../engine/types.js';
import { CENTRAL, LOCAL, param } from './common.js';
import { R } from './readings.js';

export const finalParameters: Record<string, ParameterDecl> = {
  'final.cap': param(L('Қорытынды бағаның ең жоғары мәні', 'Максимальное значение итоговой оценки', 'Maximum final score'), { paragraph: '§37' }, 100),
};

export function finalScore(process: NodeDecl[], result: NodeDecl[], correction: NodeDecl, penalties: NodeDecl): NodeDecl {
  const where = { s: nod('S'), rc: nod('RC'), pen: nod('PEN'), cap: par('final.cap') };
  return {
    id: 'O',
    level: 'block',
    label: L(
      'Оңалту коэффициентін және шегерілген айыппұл баллдарын есептегендегі қорытынды баға',
      'Итоговая оценка с учетом поправочного коэффициента и вычтенных штрафных баллов',
      'Final score taking into account the correction coefficient and the deducted penalty points',
    ),
    ref: { paragraph: '§36–§37, §52', appendix: 'App 3, App 4' },
    max: { [CENTRAL]: 100, [LOCAL]: 100 },
    provenance: { kind: 'text', formulaId: 'F000-36', note: 'no floor: a negative score is ineffective (A-45)' },
    formula: {
      reading: R.CAP,
      variants: {
        'before-penalties': { expr: 'min(s * rc, cap) - pen', where },
        'after-penalties': { expr: 'min(s * rc - pen, cap)', where },
      },
    },
    children: [
      {
        id: 'S',
        level: 'direction',
        label: L('Өлшемдер бойынша жалпы баға', 'Общая оценка по критериям', 'Total score by criteria'),
        ref: { paragraph: '§36', appendix: 'App 1, App 2' },
        // No max: the appendices total 100, but K2/K3/M1 can be negative and K4 can reach 33.
        provenance: { kind: 'text' },
        children: [
          {
            id: 'S.process',
            level: 'direction',
            label: L('Үдерісті өлшемдер', 'Процессные критерии', 'Process criteria'),
            ref: { paragraph: '§7(1)', appendix: 'App 1, App 2' },
            provenance: { kind: 'text' },
            children: process,
          },
          {
            id: 'S.result',
            level: 'direction',
            label: L('Нәтижелі өлшемдер', 'Результативные критерии', 'Result criteria'),
            ref: { paragraph: '§7(2)', appendix: 'App 1, App 2' },
            max: { [CENTRAL]: 25, [LOCAL]: 50 },
            provenance: { kind: 'text' },
            children: result,
          },
        ],
      },
      correction,
      penalties,
    ],
  };
}

export const levels: LevelDecl[] = [
  { id: 'high', label: L('Жоғарғы деңгей', 'Высокий уровень', 'High'), from: 90 },
  { id: 'medium', label: L('Орташа деңгей', 'Средний уровень', 'Medium'), from: 70 },
  { id: 'low', label: L('Төмен деңгей', 'Низкий уровень', 'Low'), from: 50 },
  // "49,99 баллдан аз": every score below 50; the final score has no floor.
  { id: 'ineffective', label: L('Тиімсіз', 'Неэффективный', 'Ineffective'), from: -1000 },
];
