// Criteria p.2(5): control subjects (бақылау субъектілері) — bodies, akims and persons that provide
// public services under the legislation. Foreign institutions of the RK appear only in Order p.1(2)
// and the checklist title (A5); they are kept, flagged `checklistOnly`, and the reading A5 decides
// whether they are scored.
import { L } from '../../engine/build.js';
import type { SubjectKindDecl } from '../../risk/model.js';

const p25 = { paragraph: 'p.2(5)' };

export const SUBJECT_KINDS: readonly SubjectKindDecl[] = [
  { id: 'CSB', central: true, ref: p25, label: L('Орталық мемлекеттік орган', 'Центральный государственный орган', 'Central state body') },
  { id: 'LEB_REGION', ref: p25, label: L('Облыстың жергілікті атқарушы органы', 'Местный исполнительный орган области', 'Local executive body of a region') },
  { id: 'LEB_CITY_REP', ref: p25, label: L('Республикалық маңызы бар қаланың жергілікті атқарушы органы', 'Местный исполнительный орган города республиканского значения', 'Local executive body of a city of republican significance') },
  { id: 'LEB_CAPITAL', ref: p25, label: L('Астананың жергілікті атқарушы органы', 'Местный исполнительный орган столицы', 'Local executive body of the capital') },
  { id: 'LEB_DISTRICT', ref: p25, label: L('Ауданның жергілікті атқарушы органы', 'Местный исполнительный орган района', 'Local executive body of a district') },
  { id: 'LEB_CITY_REG', ref: p25, label: L('Облыстық маңызы бар қаланың жергілікті атқарушы органы', 'Местный исполнительный орган города областного значения', 'Local executive body of a city of regional significance') },
  { id: 'AKIM_CITY_DISTRICT', ref: p25, label: L('Қаладағы ауданның әкімі', 'Аким района в городе', 'Akim of a district in a city') },
  { id: 'AKIM_CITY_DIST_SIG', ref: p25, label: L('Аудандық маңызы бар қаланың әкімі', 'Аким города районного значения', 'Akim of a city of district significance') },
  { id: 'AKIM_SETTLEMENT', ref: p25, label: L('Кенттің әкімі', 'Аким поселка', 'Akim of a settlement') },
  { id: 'AKIM_VILLAGE', ref: p25, label: L('Ауылдың әкімі', 'Аким села', 'Akim of a village') },
  { id: 'AKIM_RURAL_DISTRICT', ref: p25, label: L('Ауылдық округтің әкімі', 'Аким сельского округа', 'Akim of a rural district') },
  { id: 'INDIVIDUAL', ref: p25, label: L('Мемлекеттік қызметтер көрсететін жеке тұлға', 'Физическое лицо, оказывающее государственные услуги', 'Individual providing public services') },
  { id: 'LEGAL_ENTITY', ref: p25, label: L('Мемлекеттік қызметтер көрсететін заңды тұлға', 'Юридическое лицо, оказывающее государственные услуги', 'Legal entity providing public services') },
  {
    id: 'FOREIGN_INSTITUTION',
    checklistOnly: true,
    ref: { paragraph: 'Order p.1(2)', appendix: 'App 2', note: 'not in Criteria p.2(5) (A5)' },
    label: L('Қазақстан Республикасының шетелдегі мекемесі', 'Загранучреждение Республики Казахстан', 'Foreign institution of the Republic of Kazakhstan'),
  },
];
