// Criteria p.10–12: preventive control with visits is held on semi-annual lists approved by the
// head of the authorized body (or the person acting for the head) by 10 December of the year before
// and by 10 May of the current calendar year; at most once a year per subject (p.10); priority to
// the highest risk indicator (p.12). Which list covers which half is not stated: the list approved
// by 10 December (Y−1) covers H1 of Y, the one approved by 10 May (Y) covers H2 of Y (A32).
import { L } from '../../engine/build.js';
import type { ListDecl } from '../../risk/model.js';

export const LISTS: ListDecl = {
  ref: { paragraph: 'p.10–12' },
  provenance: { kind: 'text', decision: 'A32, A33' },
  approver: L(
    'Уәкілетті органның басшысы немесе оның міндетін атқарушы адам',
    'Руководитель уполномоченного органа или лицо, исполняющее его обязанности',
    'Head of the authorized body or the person acting for the head',
  ),
  halves: [
    {
      half: 'H1',
      deadline: { yearOffset: -1, month: 12, day: 10 },
      label: L('Бірінші жартыжылдық', 'Первое полугодие', 'First half-year'),
    },
    {
      half: 'H2',
      deadline: { yearOffset: 0, month: 5, day: 10 },
      label: L('Екінші жартыжылдық', 'Второе полугодие', 'Second half-year'),
    },
  ],
};
