// p.52 (wording of the 2023 amendment, reg. No. 33140):
// «"Мемлекеттік қызметтерді смартфондандыру" көрсеткіші бойынша операциялық бағалау мынадай формула
// бойынша есептеледі: [formula lost — it was an image] мұнда: C – … операциялық бағасы; w – кіші
// түрлерін қоса алғандағы мобильдік қосымшаларда қолжетімді мемлекеттік қызметтер саны; a – кіші
// түрлерін қоса алғандағы толық және ішінара автоматтандырылған мемлекеттік қызметтер саны; k – … 5-ке тең».
//
// Reconstruction (formulas.md F003-52, confidence high): C = min(w / a, 1) × k. The a of p.52 is, word
// for word, the sum of p.49's c and d, so it is taken from them rather than asked for twice.
import { L } from '../../engine/build.js';
import { D, Decimal } from '../../engine/decimal.js';
import type { NodeDecl, ParameterDecl } from '../../engine/types.js';
import { AMENDMENT_2023_IN_FORCE } from './identity.js';
import { SERVICES } from './services-form.js';
import { ZERO_DENOMINATOR } from './readings.js';
import { CENTRAL, LOCAL } from './p49-automation.js';

export const p52Parameters: Record<string, ParameterDecl> = {
  'p52.k': {
    label: L(
      'Алынған нәтижелерді салмақтық мәнге келтіру коэффициенті (52-тармақ)',
      'Коэффициент приведения полученных результатов к весовому значению (пункт 52)',
      'Coefficient bringing the result to its weighted value (p.52)',
    ),
    ref: { paragraph: 'p.52', note: 'symbol k' },
    values: [{ from: AMENDMENT_2023_IN_FORCE, value: '5' }],
  },
};

export const p52: NodeDecl = {
  id: 'P52',
  level: 'indicator',
  label: L('Мемлекеттік қызметтерді смартфондандыру', 'Смартфонизация государственных услуг', 'Smartphonization of public services'),
  ref: { paragraph: 'p.52', note: 'wording of 2023 (reg. No. 33140)' },
  max: { [CENTRAL]: 5, [LOCAL]: 5 },
  provenance: { kind: 'reconstructed-high', formulaId: 'F003-52', note: 'formula image lost' },
  formula: {
    text: 'C = min(w / a, 1) × k,  a = c + d (fully and partially automated services),  k = 5',
    compute(ctx) {
      const w = ctx.num(SERVICES, 'w');
      const a = ctx.num(SERVICES, 'c').plus(ctx.num(SERVICES, 'd'));
      const k = ctx.param('p52.k');
      ctx.note(`a = c + d = ${a.toString()}`);
      if (a.isZero()) {
        const r = ctx.reading(ZERO_DENOMINATOR);
        ctx.branch(`a = 0: no automated service to put on smartphones — reading ${ZERO_DENOMINATOR} = ${r}`);
        return r === 'full' ? k : D(0);
      }
      let share = w.div(a);
      if (share.gt(1)) {
        ctx.branch(`w = ${w.toString()} exceeds a = ${a.toString()}: share capped at 1 (F003-52)`);
        share = new Decimal(1);
      }
      return share.times(k);
    },
  },
};
