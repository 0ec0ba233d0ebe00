// Appendix 2 — form of the "Conclusion on the results of assessing the effectiveness of state bodies'
// activity on the use of ICT" (¶10): one row per criterion with its points, then the overall score and
// the analysis per criterion and the "Conclusions and recommendations" (facts of inaccurate data, ¶100).
// Exported as data so that a report renderer takes the rows (and the nodes they show) from here.
import { L } from '../../engine/build.js';
import type { Labels } from '../../engine/types.js';

export interface ConclusionRow {
  no: string;
  node: string;
  label: Labels;
}

export const conclusionRows: readonly ConclusionRow[] = [
  { no: '1', node: 'C1', label: L('Интернет-ресурстың тиімділігі', 'Эффективность интернет-ресурса', 'Effectiveness of the internet resource') },
  { no: '2', node: 'C2', label: L('Ведомстволық ақпараттық жүйелерді интеграциялаудың үлесі', 'Доля интеграции ведомственных информационных систем', 'Share of integration of departmental IS') },
  { no: '3', node: 'C3', label: L('Ақпараттық-коммуникациялық технологияларды енгізу бойынша мемлекеттік органның қызметін институционалдық нығайту деңгейі', 'Уровень институционального укрепления деятельности государственного органа по внедрению ИКТ', 'Level of institutional strengthening of ICT activity') },
  { no: '4', node: 'C4', label: L('Мемлекеттік органның функцияларын автоматтандыру', 'Автоматизация функций государственного органа', 'Automation of the body’s functions') },
  { no: '5', node: 'C5', label: L('Ведомствоаралық ақпараттық жүйелерді пайдалану', 'Использование межведомственных информационных систем', 'Use of interdepartmental IS') },
  { no: '', node: 'N', label: L('Жалпы бағалау', 'Общая оценка', 'Overall assessment') },
];

export const conclusionSections: readonly Labels[] = [
  L('Бағалау критерийлері бойынша орталық мемлекеттік/жергілікті атқарушы органның қызметі тиімділігін талдау', 'Анализ эффективности деятельности центрального государственного/местного исполнительного органа по критериям оценки', 'Analysis of the body’s effectiveness by assessment criteria'),
  L('Қорытындылар мен ұсынымдар', 'Выводы и рекомендации', 'Conclusions and recommendations'),
];
