// Every conclusion form the documents module can print, per edition, as `ConclusionFormData`.
// The 2017 and 2014 forms are the editions' own data. The ICT edition exports only its App 2 rows
// (`conclusionRows`), so the form is completed here with the title, headings and signatory of the
// appendix (seed-002 §7.2; seeds/002, 2-қосымша).
import { L } from '../engine/build.js';
import type { ConclusionFormData } from '../engine/conclusion.js';
import { conclusionForms as forms2017 } from '../methodologies/kz-2017-interaction/conclusions.js';
import { app11Conclusion } from '../methodologies/kz-2017-interaction/direction2/report-form.js';
import { conclusionForms as forms2014 } from '../methodologies/kz-2014-public-services/conclusions.js';
import * as ictModule from '../methodologies/kz-2015-ict/app2-conclusion.js';

// The ICT edition is moving its App 2 (and App 9) to engine forms; take them when exported, else the
// declaration below (the module is read by name so this compiles against either version).
const ict = ictModule as unknown as { app2Conclusion?: ConclusionFormData; app9Act?: ConclusionFormData };
const ictRows = [
  { no: '1', node: 'C1', label: L('Интернет-ресурстың тиімділігі', 'Эффективность интернет-ресурса', 'Effectiveness of the internet resource') },
  { no: '2', node: 'C2', label: L('Ведомстволық ақпараттық жүйелерді интеграциялаудың үлесі', 'Доля интеграции ведомственных информационных систем', 'Share of integration of departmental IS') },
  {
    no: '3',
    node: 'C3',
    label: L(
      'Ақпараттық-коммуникациялық технологияларды енгізу бойынша мемлекеттік органның қызметін институционалдық нығайту деңгейі',
      'Уровень институционального укрепления деятельности государственного органа по внедрению ИКТ',
      'Level of institutional strengthening of ICT activity',
    ),
  },
  { no: '4', node: 'C4', label: L('Мемлекеттік органның функцияларын автоматтандыру', 'Автоматизация функций государственного органа', 'Automation of the body’s functions') },
  { no: '5', node: 'C5', label: L('Ведомствоаралық ақпараттық жүйелерді пайдалану', 'Использование межведомственных информационных систем', 'Use of interdepartmental IS') },
  { no: '', node: 'N', label: L('Жалпы бағалау', 'Общая оценка', 'Overall assessment') },
];

/** ICT act App 2 (¶10): criteria C1–C5 and the overall score N (after the App 9 penalties). */
const ictApp2Fallback: ConclusionFormData = {
  id: 'App2',
  title: L(
    'Мемлекеттік органдардың ақпараттық-коммуникациялық технологияларды қолдану жөніндегі қызметінің тиімділігін бағалау нәтижелері туралы қорытынды',
    'Заключение о результатах оценки эффективности деятельности государственных органов по применению информационно-коммуникационных технологий',
    'Conclusion on the results of assessing the effectiveness of state bodies’ activity on the use of ICT',
  ),
  ref: { paragraph: '¶10, ¶100', appendix: 'App 2' },
  preparedBy: L('«Электрондық үкімет» сервистік интеграторы', 'Сервисный интегратор «электронного правительства»', 'Service integrator of “e-government”'),
  columns: [L('р/с №', '№ п/п', 'No.'), L('Бағалау критерийі', 'Критерий оценки', 'Assessment criterion'), L('Әрбір критерийді бағалау балдары', 'Баллы оценки по каждому критерию', 'Points per criterion')],
  rows: ictRows.map((r) => ({ no: r.no, label: r.label, node: r.node })),
  analysis: ictRows.filter((r) => r.no).map((r) => L(`«${r.label.kk}» критерийі бойынша`, `По критерию «${r.label.ru}»`, `On the criterion “${r.label.en}”`)),
  conclusionsNodes: ['PEN.false', 'PEN'],
  signatures: [L('Сервистік интегратордың басшысы', 'Руководитель сервисного интегратора', 'Head of the service integrator')],
};

const registry: Record<string, readonly ConclusionFormData[]> = {
  // App 11 is declared beside direction 2; added here unless the edition's list already has it.
  'kz-2017-interaction': forms2017.some((f) => f.id === 'App11') ? forms2017 : [...forms2017, app11Conclusion],
  'kz-2014-public-services': forms2014,
  'kz-2015-ict': [ict.app2Conclusion ?? ictApp2Fallback, ...(ict.app9Act ? [ict.app9Act] : [])],
};

/** The conclusion forms of an edition (empty for an edition that has none). */
export function conclusionFormsOf(edition: string): readonly ConclusionFormData[] {
  return registry[edition] ?? [];
}

/** The forms that apply to a body of the given kind. */
export function formsForKind(edition: string, kind: string): ConclusionFormData[] {
  return conclusionFormsOf(edition).filter((f) => !f.appliesTo || f.appliesTo.includes(kind));
}

/** One form by id for a body kind (a form id may have one variant per kind, e.g. 2014 App 5). */
export function findConclusionForm(edition: string, formId: string, kind: string): ConclusionFormData {
  const all = conclusionFormsOf(edition);
  // A per-kind variant is declared as "<id>-<kind>" (2014's "App5-local").
  const want = formId.toLowerCase();
  const byId = all.filter((f) => f.id.toLowerCase() === want || f.id.toLowerCase().startsWith(`${want}-`));
  if (!byId.length) throw new Error(`edition ${edition} has no conclusion form "${formId}"; known: ${[...new Set(all.map((f) => f.id))].join(', ') || 'none'}`);
  const f = byId.find((x) => !x.appliesTo || x.appliesTo.includes(kind));
  if (!f) throw new Error(`conclusion form ${formId} of ${edition} is not for a body of kind ${kind}`);
  return f;
}
