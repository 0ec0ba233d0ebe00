// p.49 (wording of the 2023 amendment, reg. No. 33140):
// «"Мемлекеттік қызметтерді автоматтандыру дәрежесі" көрсеткіші бойынша операциялық бағалау келесі
// формула бойынша есептеледі: [formula lost — it was an image] мұнда: T – … операциялық бағасы;
// с – кіші түрлерін қоса алғандағы ішінара автоматтандырылған мемлекеттік қызметтер саны; d – … толық
// автоматтандырылған …; n – … ведомствоаралық комиссияның шешімі бойынша "электрондық үкімет"
// веб-порталы арқылы көрсетілуге жатпайтын қызметтерді қоспағанда, … жалпы саны; k – … 10-ға тең».
//
// Reconstruction (formulas.md F003-49, confidence low): T = (α × c + d) / n × k, α = 0.5 by default,
// switchable (reading F003-49.alpha). n = 0 has no rule in the text (reading F003.zero-denominator).
import { L } from '../../engine/build.js';
import { D, Decimal } from '../../engine/decimal.js';
import type { NodeDecl, ParameterDecl } from '../../engine/types.js';
import { AMENDMENT_2023_IN_FORCE } from './identity.js';
import { SERVICES } from './services-form.js';
import { ALPHA, ZERO_DENOMINATOR } from './readings.js';

export const CENTRAL = 'central';
export const LOCAL = 'local';

export const p49Parameters: Record<string, ParameterDecl> = {
  'p49.k': {
    label: L(
      'Алынған нәтижелерді үлестік мәнге келтіру коэффициенті (49-тармақ)',
      'Коэффициент приведения полученных результатов к долевому значению (пункт 49)',
      'Coefficient bringing the result to its weighted value (p.49)',
    ),
    ref: { paragraph: 'p.49', note: 'symbol k' },
    values: [{ from: AMENDMENT_2023_IN_FORCE, value: '10' }],
  },
};

export const p49: NodeDecl = {
  id: 'P49',
  level: 'indicator',
  label: L('Мемлекеттік қызметтерді автоматтандыру дәрежесі', 'Степень автоматизации государственных услуг', 'Degree of automation of public services'),
  ref: { paragraph: 'p.49', note: 'wording of 2023 (reg. No. 33140)' },
  max: { [CENTRAL]: 10, [LOCAL]: 10 },
  provenance: { kind: 'reconstructed-low', formulaId: 'F003-49', note: 'formula image lost; α not stated in the seeds' },
  formula: {
    text: 'T = (α × c + d) / n × k,  k = 10,  α per reading F003-49.alpha (default 0.5)',
    compute(ctx) {
      const n = ctx.num(SERVICES, 'n');
      const c = ctx.num(SERVICES, 'c');
      const d = ctx.num(SERVICES, 'd');
      const k = ctx.param('p49.k');
      // c + d ≤ n is a declared constraint of the form (a service is partially or fully automated, never both).
      if (n.isZero()) {
        const r = ctx.reading(ZERO_DENOMINATOR);
        ctx.branch(`n = 0: no service to assess — reading ${ZERO_DENOMINATOR} = ${r}`);
        return r === 'full' ? k : D(0);
      }
      const alpha = new Decimal(ctx.reading(ALPHA));
      ctx.branch(`α = ${alpha.toString()} (reading ${ALPHA})`);
      return alpha.times(c).plus(d).div(n).times(k);
    },
  },
};
