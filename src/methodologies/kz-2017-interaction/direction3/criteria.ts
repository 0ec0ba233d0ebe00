// Chapter 4, §2–§4 (p.107–112) and App 17: the three criteria of direction 3. The same formula
// serves central bodies (R1–R3, coefficient k) and local bodies (M1–M3, coefficient m = k): the act
// gives one formula image per kind, and the coefficients are equal. Every formula image is lost
// (seed-004b §8 A-1); the shapes below are formulas.md F004-108/110/112.
import { inp, par, L } from '../../../engine/build.js';
import type { NodeDecl } from '../../../engine/types.js';
import { CENTRAL, LOCAL } from '../common.js';
import { APP17_FORM } from './form.js';
import { R2_SHAPE } from './readings.js';

const both = (points: number) => ({ [CENTRAL]: points, [LOCAL]: points });
const f = (field: string) => inp(APP17_FORM, field);

// p.107–108. "If the result is negative, the body gets 0 points" (text). p = 0 is not covered: no
// complaint was considered, so none was late — full weight (seed-004a AMB-9, seed-004b A-23).
export const r1: NodeDecl = {
  id: 'D3.R1',
  level: 'criterion',
  label: L(
    'R1/M1 — Шағымдар мен өтініштерді қарау мерзімдерін сақтау',
    'R1/M1 – Соблюдение сроков рассмотрения жалоб и заявлений',
    'R1/M1 — Compliance with the deadlines for considering complaints and applications',
  ),
  ref: { paragraph: 'p.107–108', appendix: 'App 17', row: '1' },
  max: both(40),
  formula: {
    expr: 'k - f / p * per',
    where: { k: par('d3.r1.k'), f: f('f_late'), p: f('p_considered'), per: par('d3.r1.per') },
    cases: [{ when: 'p == 0', expr: 'k', branch: 'no complaints or applications considered (p = 0): full weight (AMB-9)' }],
  },
  floorAtZero: true,
  provenance: { kind: 'reconstructed-medium', formulaId: 'F004-108', decision: 'AMB-9' },
};

// p.109–110. K by the number considered (parameter d3.r2.K). The text has no "negative → 0" here;
// it is applied as for R1 (AMB-24). b = 0 → full weight (AMB-25).
export const r2: NodeDecl = {
  id: 'D3.R2',
  level: 'criterion',
  label: L(
    'R2/M2 — Сот шешімімен негізді деп танылған (сот қанағаттандырған) және жоғары тұрған орган қанағаттандырған шағымдар мен өтініштердің үлесі',
    'R2/M2 – Доля жалоб и заявлений, признанных обоснованными по решению суда (удовлетворенные судом) и удовлетворенных вышестоящим органом',
    'R2/M2 — Share of complaints and applications found justified by a court decision (satisfied by the court) and satisfied by a higher body',
  ),
  ref: { paragraph: 'p.109–110', appendix: 'App 17', row: '2' },
  max: both(40),
  formula: {
    reading: R2_SHAPE,
    variants: {
      'share-times-K': {
        expr: 'k - (a + c) / b * band(K, b)',
        where: { k: par('d3.r2.k'), a: f('a_court'), c: f('c_higher'), b: f('b_considered'), K: par('d3.r2.K') },
        cases: [{ when: 'b == 0', expr: 'k', branch: 'no complaints or applications considered (b = 0): full weight (AMB-25)' }],
      },
      'count-over-K': {
        expr: 'k - (a + c) / band(K, b)',
        where: { k: par('d3.r2.k'), a: f('a_court'), c: f('c_higher'), b: f('b_considered'), K: par('d3.r2.K') },
      },
    },
  },
  floorAtZero: true,
  provenance: { kind: 'reconstructed-low', formulaId: 'F004-110', decision: 'AMB-24, AMB-25, AMB-26' },
};

// p.111–112. Satisfied ones weigh k = 20, explained ones p = 10. s + c ≤ d keeps it within 20; the cap
// guards inconsistent counts (AMB-27). d = 0 → full weight (AMB-27).
export const r3: NodeDecl = {
  id: 'D3.R3',
  level: 'criterion',
  label: L(
    'R3/M3 — Қанағаттандырылған шағымдар мен өтініштердің үлесі',
    'R3/M3 – Доля удовлетворенных жалоб и заявлений',
    'R3/M3 — Share of satisfied complaints and applications',
  ),
  ref: { paragraph: 'p.111–112', appendix: 'App 17', row: '3' },
  max: both(20),
  formula: {
    expr: 's / d * k + c / d * p',
    where: { s: f('s_satisfied'), c: f('c_explained'), d: f('d_considered'), k: par('d3.r3.k'), p: par('d3.r3.p') },
    cases: [{ when: 'd == 0', expr: 'k', branch: 'no complaints or applications considered (d = 0): full weight (AMB-27)' }],
  },
  capAtMax: true,
  floorAtZero: true,
  provenance: { kind: 'reconstructed-high', formulaId: 'F004-112', decision: 'AMB-27' },
};
