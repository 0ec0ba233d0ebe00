// Appendix 2 — form of the "Conclusion on the results of assessing the effectiveness of state bodies'
// activity on the use of ICT" (¶10): one row per criterion with its points, the overall score, the
// analysis per criterion and "Conclusions and recommendations" (facts of inaccurate data, ¶100).
// Appendix 9 — the reconciliation act with the three deductions (¶98). Both as engine conclusion forms
// (src/engine/conclusion.ts) so a renderer fills them from one body's results with `fillConclusion`.
import { L } from '../../engine/build.js';
import type { ConclusionFormData } from '../../engine/conclusion.js';

const SI = L('Сервистік интегратор', 'Сервисный интегратор', 'Service integrator');

export const app2Conclusion: ConclusionFormData = {
  id: 'App2',
  title: L(
    'Мемлекеттік органдардың ақпараттық-коммуникациялық технологияларды қолдану жөніндегі қызметінің тиімділігін бағалау нәтижелері туралы қорытынды',
    'Заключение о результатах оценки эффективности деятельности государственных органов по применению информационно-коммуникационных технологий',
    'Conclusion on the results of assessing the effectiveness of state bodies’ activity on the use of ICT',
  ),
  ref: { paragraph: '¶10, ¶100', appendix: 'App 2' },
  preparedBy: SI,
  columns: [L('р/с №', '№ п/п', 'No.'), L('Бағалау критерийі', 'Критерий оценки', 'Assessment criterion'), L('Әрбір критерийді бағалау балдары', 'Баллы оценки по каждому критерию', 'Points per criterion')],
  rows: [
    { no: '1', node: 'C1', label: L('Интернет-ресурстың тиімділігі', 'Эффективность интернет-ресурса', 'Effectiveness of the internet resource') },
    { no: '2', node: 'C2', label: L('Ведомстволық ақпараттық жүйелерді интеграциялаудың үлесі', 'Доля интеграции ведомственных информационных систем', 'Share of integration of departmental IS') },
    { no: '3', node: 'C3', label: L('Ақпараттық-коммуникациялық технологияларды енгізу бойынша мемлекеттік органның қызметін институционалдық нығайту деңгейі', 'Уровень институционального укрепления деятельности государственного органа по внедрению ИКТ', 'Level of institutional strengthening of ICT activity') },
    { no: '4', node: 'C4', label: L('Мемлекеттік органның функцияларын автоматтандыру', 'Автоматизация функций государственного органа', 'Automation of the body’s functions') },
    { no: '5', node: 'C5', label: L('Ведомствоаралық ақпараттық жүйелерді пайдалану', 'Использование межведомственных информационных систем', 'Use of interdepartmental IS') },
    { no: '', node: 'N', label: L('Жалпы бағалау', 'Общая оценка', 'Overall assessment') },
  ],
  analysis: [
    L('"Интернет-ресурстың тиімділігі" критерийі бойынша', 'По критерию «Эффективность интернет-ресурса»', 'On criterion "Effectiveness of the internet resource"'),
    L('"Ведомстволық ақпараттық жүйелерді интеграциялаудың үлесі" критерийі бойынша', 'По критерию «Доля интеграции ведомственных информационных систем»', 'On criterion "Share of integration of departmental IS"'),
    L('"АКТ енгізу бойынша мемлекеттік органның қызметін институционалдық нығайту деңгейі" критерийі бойынша', 'По критерию «Уровень институционального укрепления деятельности по внедрению ИКТ»', 'On criterion "Institutional strengthening"'),
    L('"Мемлекеттік органның функцияларын автоматтандыру" критерийі бойынша', 'По критерию «Автоматизация функций государственного органа»', 'On criterion "Automation of functions"'),
    L('"Ведомствоаралық ақпараттық жүйелерді пайдалану" критерийі бойынша', 'По критерию «Использование межведомственных информационных систем»', 'On criterion "Use of interdepartmental IS"'),
  ],
  conclusionsNodes: ['PEN.late', 'PEN.incomplete', 'PEN.false'],
  signatures: [L('Сервистік интегратордың басшысы', 'Руководитель сервисного интегратора', 'Head of the service integrator')],
};

export const app9Act: ConclusionFormData = {
  id: 'App9',
  title: L(
    'Есептік ақпараттағы деректерді қайта тексеру нәтижелері бойынша салыстыру актісі',
    'Акт сверки по результатам перепроверки данных, содержащихся в отчётной информации',
    'Reconciliation act on the re-examination of the data in the reporting information',
  ),
  ref: { paragraph: '¶98', appendix: 'App 9' },
  preparedBy: SI,
  columns: [L('р/с №', '№ п/п', 'No.'), L('Атауы', 'Наименование', 'Name'), L('Шегерілген балдар', 'Вычтенные баллы', 'Deducted points')],
  rows: [
    { no: '1', node: 'PEN.late', label: L('Есептік ақпаратты уақтылы ұсынбау', 'Несвоевременное представление отчётной информации', 'Late submission of reporting information') },
    { no: '2', node: 'PEN.incomplete', label: L('Толық емес ақпарат ұсыну', 'Представление неполной информации', 'Incomplete information') },
    { no: '3', node: 'PEN.false', label: L('Дұрыс емес ақпарат ұсыну', 'Представление недостоверной информации', 'Inaccurate information') },
    { no: '', node: 'PEN', label: L('БАРЛЫҒЫ', 'ИТОГО', 'TOTAL') },
  ],
  analysis: [],
  conclusionsNodes: [],
  signatures: [
    L('Сервистік интегратордың өкілі', 'Представитель сервисного интегратора', 'Representative of the service integrator'),
    L('Бағаланатын мемлекеттік органның өкілі', 'Представитель оцениваемого государственного органа', 'Representative of the assessed state body (AMB A-37)'),
  ],
};
