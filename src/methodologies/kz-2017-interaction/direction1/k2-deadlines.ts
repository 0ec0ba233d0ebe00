// Criterion 2 "Compliance with service deadlines" (p.33–40, App 7).
//
// p.36  a: inspection results where inspections were held, otherwise IS "Monitoring" (the form's field
//       says so); services late during a confirmed IS failure are not counted (AMB-8: from a only).
// p.37  one-working-day services are left out of a, b and the previous period's count (form fields).
// p.38  Z1 = a / b × 10 000 (central), R1 = a / b × 10 000 (local);
//       K2 = k − Z1 + d, k = 15;  M2 = m − R1 + d, m = 23; "if the result is negative, 0"
//       (reconstructed-medium, F004-38; AMB-29: the floor applies to k − Z1 + d).
// p.39, App 7  d by the share by which violations fell against the previous period (DECISIONS D6:
//       any exact reduction above 0 earns the first band; no violations at all earns the top band).
// p.40  0.02 per late entry into IS "Monitoring", at most 5 on this criterion (AMB-11), never below 0.
import { inp, par, nod, cst, L } from '../../../engine/build.js';
import type { NodeDecl } from '../../../engine/types.js';
import { CENTRAL } from '../common.js';
import { criterion, criterionId, type Kind } from './criterion.js';

const FORM = 'D1.deadlines';

export function deadlinesCriterion(kind: Kind): NodeDecl {
  const id = criterionId(kind, 2);
  const central = kind === CENTRAL;
  const rateSym = central ? 'Z1' : 'R1';
  const kSym = central ? 'k' : 'm';
  const app7 = central ? 'd1.app7.central' : 'd1.app7.local';
  const aId = `${id}.a`;
  const bId = `${id}.b`;
  const rateId = `${id}.${rateSym}`;
  const dId = `${id}.d`;
  const shareId = `${id}.reduction`;
  const penId = `${id}.PEN`;

  const a: NodeDecl = {
    id: aId,
    level: 'parameter',
    label: L(
      'a — есепке алынатын мерзімі бұзылып көрсетілген қызметтер',
      'a — учитываемые услуги, оказанные с нарушением сроков',
      'a — late services counted (IS-failure cases removed, p.36)',
    ),
    ref: { paragraph: 'p.36–38' },
    provenance: { kind: 'text', decision: 'AMB-8' },
    formula: {
      expr: 'late - during_failure',
      where: { late: inp(FORM, 'late_services'), during_failure: inp(FORM, 'late_during_is_failure') },
    },
  };

  const b: NodeDecl = {
    id: bId,
    level: 'parameter',
    label: L('b — көрсетілген қызметтердің жалпы саны', 'b — общее количество оказанных услуг', 'b — all services rendered'),
    ref: { paragraph: 'p.36–38' },
    provenance: { kind: 'text', decision: 'AMB-8' },
    formula: {
      reading: 'AMB-8',
      variants: {
        'from-a': { expr: 'rendered', where: { rendered: inp(FORM, 'services_rendered') } },
        'from-a-and-b': {
          expr: 'rendered - during_failure',
          where: { rendered: inp(FORM, 'services_rendered'), during_failure: inp(FORM, 'late_during_is_failure') },
        },
      },
    },
  };

  const rate: NodeDecl = {
    id: rateId,
    level: 'indicator',
    label: L(
      `${rateSym} — 10 000 көрсетілген қызметке шаққандағы мерзім бұзушылықтары`,
      `${rateSym} — показатель: нарушения сроков на 10 000 оказанных услуг`,
      `${rateSym} — deadline violations per 10 000 services rendered`,
    ),
    ref: { paragraph: 'p.38' },
    provenance: { kind: 'reconstructed-medium', formulaId: 'F004-38' },
    formula: {
      expr: 'a / b * per',
      where: { a: nod(aId), b: nod(bId), per: cst(10000, 'per 10 000 services') },
      cases: [{ when: 'b == 0', expr: '0', branch: `no services rendered: ${rateSym} = 0, not applicable (AMB-9)` }],
    },
  };

  // App 7 "доля снижения количества нарушений": the measured quantity has its own node so the
  // trace shows the percentage the band was looked up with.
  const share: NodeDecl = {
    id: shareId,
    level: 'parameter',
    label: L(
      'Мерзім бұзушылықтарының алдыңғы кезеңмен салыстырғанда азаю үлесі, %',
      'Доля снижения нарушений сроков в сравнении с предыдущим оцениваемым периодом, %',
      'Share by which deadline violations fell against the previous assessed period, % (negative: they rose)',
    ),
    ref: { paragraph: 'p.39', appendix: 'App 7' },
    provenance: { kind: 'text', decision: 'AMB-10' },
    formula: {
      reading: 'AMB-10',
      variants: {
        counts: {
          expr: '(a_prev - a) / a_prev * 100',
          where: { a: nod(aId), a_prev: inp(FORM, 'late_services_prev') },
          cases: [{ when: 'a_prev == 0', expr: '0', branch: 'no violations in the previous period: no reduction to measure' }],
        },
        rates: {
          expr: '(a_prev / b_prev - a / b) / (a_prev / b_prev) * 100',
          where: { a: nod(aId), b: nod(bId), a_prev: inp(FORM, 'late_services_prev'), b_prev: inp(FORM, 'services_rendered_prev') },
          cases: [
            { when: 'a_prev == 0', expr: '0', branch: 'no violations in the previous period: no reduction to measure' },
            { when: 'b == 0', expr: '100', branch: 'no services rendered in the period: no violations, 100 %' },
          ],
        },
      },
    },
  };

  const d: NodeDecl = {
    id: dId,
    level: 'indicator',
    label: L(
      'd — мерзім бұзушылықтарының азаю үлесі үшін қосымша балл',
      'd — дополнительный балл за долю снижения нарушений сроков',
      'd — bonus for the share by which deadline violations fell',
    ),
    ref: { paragraph: 'p.39', appendix: 'App 7' },
    max: { [kind]: central ? 5 : 10 },
    provenance: { kind: 'text', decision: 'D6; AMB-10' },
    formula: {
      expr: 'band(app7, share)',
      where: { a: nod(aId), share: nod(shareId), app7: par(app7), top: par(`${app7}.none`) },
      cases: [
        { when: 'a == 0', expr: 'top', branch: 'no deadline violations in the period: top bonus (App 7 row 5; D6)' },
        { when: 'share <= 0', expr: '0', branch: 'no decrease against the previous period: no bonus (p.39)' },
      ],
    },
  };

  const pen: NodeDecl = {
    id: penId,
    level: 'adjustment',
    label: L(
      '«Мониторинг» АЖ-ға ақпаратты уақтылы енгізбегені үшін айыппұл',
      'Штраф за несвоевременное представление информации в ИС "Мониторинг"',
      'Penalty for late entry of information into IS "Monitoring"',
    ),
    ref: { paragraph: 'p.40' },
    max: { [kind]: 5 },
    provenance: { kind: 'text', decision: 'AMB-11' },
    formula: {
      expr: 'min(cap, per_fact * n)',
      where: { n: inp(FORM, 'late_entries'), per_fact: par('d1.late_entry.per_fact'), cap: par('d1.late_entry.cap') },
    },
  };

  const where = { [kSym]: par(central ? 'd1.k2.k' : 'd1.m2.m'), [rateSym]: nod(rateId), d: nod(dId), pen: nod(penId) };
  return criterion(
    kind,
    2,
    { paragraph: 'p.33–40', appendix: 'App 7' },
    { kind: 'reconstructed-medium', formulaId: 'F004-38', decision: 'AMB-29; AMB-11' },
    {
      formula: {
        reading: 'AMB-29',
        variants: {
          whole: { expr: `max(0, max(0, ${kSym} - ${rateSym} + d) - pen)`, where },
          'before-bonus': { expr: `max(0, max(0, ${kSym} - ${rateSym}) + d - pen)`, where },
        },
      },
      children: [a, b, rate, share, d, pen],
    },
  );
}
