// The 2015 ICT methodology assembled, in the order of the act: ¶12 N = P1 + P2 + P3 + P4 + P5, then the
// ¶95 penalties deducted from the final score. The act defines no levels and no ranking (AMB A-39):
// the result is the number N. The text held is the consolidated wording after order 297/НҚ (2022);
// earlier wordings of ¶2, App 5 and App 8 are not in the seed.
import { L, nod } from '../../engine/build.js';
import type { EditionDecl } from '../../engine/types.js';
import { act, history, REPEALED_FROM } from './identity.js';
import { bodyKinds, both, FROM } from './kinds.js';
import { app1Forms } from './app1-report.js';
import { app4Form } from './app4-accessibility.js';
import { c1, c1Parameters, app5Form, app6Form, committeesForm } from './c1-internet-resource.js';
import { c2, c2Parameters } from './c2-integration.js';
import { c3, c3Parameters } from './c3-institutional.js';
import { c4, c4Parameters, app8Form } from './c4-automation.js';
import { app7Form } from './app7-architecture-portal.js';
import { c5, c5Parameters, intranetForm, openNpaForm, dialogueForm } from './c5-interdepartmental.js';
import { penalties, penaltyParameters, app9Form } from './penalties.js';
import { readings } from './readings.js';

export const edition: EditionDecl = {
  id: 'kz-2015-ict',
  // ¶96: the schedule's verdicts (late, incomplete) land in the App 9 act
  reporting: { late: { form: 'App9', field: 'late' }, incomplete: { form: 'App9', field: 'incomplete' } },
  act,
  effective: {
    from: FROM,
    to: REPEALED_FROM,
    note: L(
      'Бұйрықты тіркеу күнінен (жариялану күні мәтінде жоқ) 2024 жылғы 22 шілдеде күші жойылғанға дейін; 2022 жылғы өзгерістерден кейінгі шоғырландырылған мәтін',
      'С даты регистрации приказа (дата опубликования в тексте отсутствует) до утраты силы 22 июля 2024 года; консолидированный текст после изменений 2022 года',
      'From the order’s registration (the publication date is not in the text) until its repeal on 22 July 2024; consolidated text after the 2022 amendments',
    ),
  },
  history,
  bodyKinds,
  forms: [...app1Forms, app4Form, app5Form, app6Form, committeesForm, app7Form, app8Form, intranetForm, openNpaForm, dialogueForm, app9Form],
  parameters: { ...c1Parameters, ...c2Parameters, ...c3Parameters, ...c4Parameters, ...c5Parameters, ...penaltyParameters },
  readings,
  precision: 2,
  root: {
    id: 'N',
    level: 'block',
    label: L(
      'Мемлекеттік органның АКТ қолдану жөніндегі қызметінің тиімділігін бағалаудың жалпы балы',
      'Общий балл оценки эффективности деятельности государственного органа по применению ИКТ',
      'Overall score of the effectiveness of the body’s use of ICT',
    ),
    ref: { paragraph: '¶12, ¶95', appendix: 'App 2, App 3' },
    max: both(100),
    provenance: { kind: 'text', decision: 'AMB A-29, A-39', note: 'no floor at 0 and no levels in the act' },
    formula: {
      expr: 'p1 + p2 + p3 + p4 + p5 - pen',
      where: { p1: nod('C1'), p2: nod('C2'), p3: nod('C3'), p4: nod('C4'), p5: nod('C5'), pen: nod('PEN') },
    },
    children: [c1, c2, c3, c4, c5, penalties],
  },
};
