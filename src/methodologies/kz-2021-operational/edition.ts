// The 2021 operational-assessment methodology as far as the seeds give it: the three paragraphs the
// 2023 amendment rewrote. The edition is partial; its history shows the amendment, and it applies from
// the amendment's entry into force (before that date the seeds hold no wording of these paragraphs).
import { L } from '../../engine/build.js';
import type { EditionDecl } from '../../engine/types.js';
import { act, history, AMENDMENT_2023_IN_FORCE } from './identity.js';
import { servicesForm } from './services-form.js';
import { readings } from './readings.js';
import { p49, p49Parameters, CENTRAL, LOCAL } from './p49-automation.js';
import { p52, p52Parameters } from './p52-smartphonization.js';

export const edition: EditionDecl = {
  id: 'kz-2021-operational',
  act,
  partial: true,
  effective: {
    from: AMENDMENT_2023_IN_FORCE,
    note: L(
      'Тек 2023 жылғы өзгерістер (49, 52, 114-тармақтар) бар; олардың қолданысқа енгізілу күні — тіркеу күні (жариялану күні мәтінде жоқ). Күшін жою туралы мәлімет тұқым файлдарында жоқ',
      'Содержит только изменения 2023 года (пункты 49, 52, 114); дата введения — дата регистрации (дата опубликования в тексте отсутствует). Сведений об утрате силы в исходных файлах нет',
      'Holds only the 2023 amendments (p.49, p.52, p.114); in force from the registration date (the publication date is not in the text). The seeds say nothing of a repeal',
    ),
  },
  history,
  bodyKinds: [
    { id: CENTRAL, label: L('Орталық мемлекеттік орган', 'Центральный государственный орган', 'Central state body') },
    { id: LOCAL, label: L('Жергілікті атқарушы орган', 'Местный исполнительный орган', 'Local executive body') },
  ],
  forms: [servicesForm],
  parameters: { ...p49Parameters, ...p52Parameters },
  readings,
  precision: 2,
  root: {
    id: 'OP',
    level: 'block',
    label: L(
      'Операциялық бағалаудың 2023 жылы өзгертілген көрсеткіштері (ішінара редакция)',
      'Показатели операционной оценки, измененные в 2023 году (частичная редакция)',
      'Indicators of the operational assessment amended in 2023 (partial edition)',
    ),
    ref: { paragraph: 'p.49, p.52, p.114', note: 'the 2021 act’s aggregation is not in the seeds; p.114 (objections reviewed by the special commission on the dates of the assessment schedule) is exported as objectionRule' },
    max: { [CENTRAL]: 15, [LOCAL]: 15 },
    provenance: {
      kind: 'text',
      note: 'Not the act’s overall score: only the sum of the two amended indicators the seeds contain (the act’s own aggregation is not in the seeds)',
    },
    children: [p49, p52],
  },
};
