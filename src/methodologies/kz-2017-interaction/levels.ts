// p.18: levels of effectiveness — high 90 to 100, medium 70 to 89.99, low 50 to 69.99, ineffective
// below 50. Graded on the score rounded to 0.01 (seed-004a §4.3, §4.8), which closes the gaps
// 89.99…90 and 69.99…70.
import { L } from '../../engine/build.js';
import type { LevelDecl } from '../../engine/types.js';

export const levels: LevelDecl[] = [
  { id: 'high', label: L('Тиімділіктің жоғары дәрежесі', 'Высокая степень эффективности', 'High effectiveness'), from: 90 },
  { id: 'medium', label: L('Тиімділіктің орташа дәрежесі', 'Средняя степень эффективности', 'Medium effectiveness'), from: 70 },
  { id: 'low', label: L('Тиімділіктің төмен дәрежесі', 'Низкая степень эффективности', 'Low effectiveness'), from: 50 },
  { id: 'ineffective', label: L('Тиімсіз қызмет', 'Неэффективная деятельность', 'Ineffective activity'), from: 0 },
];
