// The edition: the 2014 wording of the Methodology for assessing the quality of public services,
// assembled from its paragraphs. Read the files in the order of the act:
//   identity.ts (order, history), forms.ts (App 7, App 8, App 9 and the information of §14–§44),
//   p14 K1, p15-18 K2, p19-21 K3/M1, p22-23 K4 (App 6), p24-25 K5/M2, p26-30 K6/M3, p31-35 K7/M4,
//   p36-37 final score and levels (§49), p38-48 correction coefficient, p51-58 reporting penalties,
//   p65-70 appeals, p73-76 reorganisation, conclusions.ts (App 3, 4, 5, 9, 10).
import { L } from '../../engine/build.js';
import type { EditionDecl } from '../../engine/types.js';
import { EDITION_ID, EFFECTIVE_FROM } from './common.js';
import { act, history, bodyKinds } from './identity.js';
import { forms } from './forms.js';
import { readings } from './readings.js';
import { k1, k1Parameters } from './p14-k1-new-services.js';
import { k2, k2Parameters } from './p15-18-k2-standards.js';
import { k3, m1, reglamentParameters } from './p19-21-k3-m1-reglaments.js';
import { k4, k4Parameters } from './p22-23-k4-optimisation.js';
import { k5, m2, internalControlParameters } from './p24-25-k5-m2-internal-control.js';
import { k6, m3, deadlineParameters } from './p26-30-k6-m3-deadlines.js';
import { k7, m4, shareParameters } from './p31-35-k7-m4-egov-psc-share.js';
import { finalScore, finalParameters, levels } from './p36-37-final-score.js';
import { correction, correctionParameters } from './p38-48-correction-coefficient.js';
import { penalties, penaltyParameters } from './p51-58-reporting-penalties.js';

export const edition: EditionDecl = {
  id: EDITION_ID,
  // §53–§55: the schedule's verdicts (late to the Agency, incomplete) land in the App 9 act
  reporting: { late: { form: 'App9', field: 'lateAgency' }, incomplete: { form: 'App9', field: 'incompleteAgency' } },
  act,
  effective: {
    from: EFFECTIVE_FROM,
    to: '2014-11-27',
    note: L(
      '2013 есептік жылын бағалау үшін қолданылды; 27.11.2014 бастап 3-тармақты қоспағанда күшін жойды',
      'Применялась для оценки за 2013 отчетный год; утратила силу 27.11.2014, за исключением пункта 3',
      'Used to assess reporting year 2013; repealed on 27.11.2014 except order p.3',
    ),
  },
  history,
  bodyKinds,
  forms,
  parameters: {
    ...k1Parameters,
    ...k2Parameters,
    ...reglamentParameters,
    ...k4Parameters,
    ...internalControlParameters,
    ...deadlineParameters,
    ...shareParameters,
    ...finalParameters,
    ...correctionParameters,
    ...penaltyParameters,
  },
  readings,
  root: finalScore([k1, k2, k3, k4, k5, m1, m2], [k6, k7, m3, m4], correction, penalties),
  levels,
  precision: 2,
};
