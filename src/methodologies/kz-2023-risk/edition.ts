// The 2023 risk-degree criteria and checklist (seed 001) as one edition: everything the risk logic
// in src/risk reads comes from here.
import type { RiskEditionDecl } from '../../risk/model.js';
import { CHECKLIST } from './checklist.js';
import { CRITERIA } from './criteria.js';
import { ACT, EFFECTIVE, HISTORY, ORDERS } from './identity.js';
import { LISTS } from './lists.js';
import { MESSAGES } from './messages.js';
import { PARAMETERS } from './parameters.js';
import { READINGS } from './readings.js';
import { SOURCES } from './sources.js';
import { SUBJECT_KINDS } from './subject-kinds.js';
import { TRIGGERS } from './triggers.js';
import { VOCABULARY } from './vocabulary.js';

export const KZ_2023_RISK: RiskEditionDecl = {
  id: 'kz-2023-risk',
  act: ACT,
  coIssuedAs: ORDERS,
  effective: EFFECTIVE,
  history: HISTORY,
  subjectKinds: SUBJECT_KINDS,
  sources: SOURCES,
  triggers: TRIGGERS,
  criteria: CRITERIA,
  checklist: CHECKLIST,
  lists: LISTS,
  parameters: PARAMETERS,
  readings: READINGS,
  messages: MESSAGES,
  vocabulary: VOCABULARY,
  precision: 2,
};

export default KZ_2023_RISK;
