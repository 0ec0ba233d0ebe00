// Chapter 6, ¶94–100 — penalty points (айыппұл балдары) deducted from the final score for this direction:
// 1.5 for reporting information submitted after the Schedule's deadline, 2 for incomplete information,
// 0.2 for each recorded fact of inaccurate information, at most 5 (¶96, ¶99). Facts are recorded in the
// reconciliation act of App 9 (¶98); ¶94's recalculation with corrected data is done by entering the
// corrected figures in the forms — the engine then recomputes the whole score.
import { L, inp, par } from '../../engine/build.js';
import { D } from '../../engine/decimal.js';
import type { FormDecl, NodeDecl, ParameterDecl } from '../../engine/types.js';
import { both, FROM } from './kinds.js';

export const APP9 = 'App9';

export const penaltyParameters: Record<string, ParameterDecl> = {
  'pen.late': { label: L('Есептік ақпаратты уақтылы ұсынбағаны үшін', 'За несвоевременное представление отчётной информации', 'Late reporting information'), ref: { paragraph: '¶96' }, values: [{ from: FROM, value: '1.5' }] },
  'pen.incomplete': { label: L('Толық емес есептік ақпарат үшін', 'За неполную отчётную информацию', 'Incomplete reporting information'), ref: { paragraph: '¶96' }, values: [{ from: FROM, value: '2' }] },
  'pen.fact': { label: L('Дұрыс емес ақпараттың әрбір фактісі үшін', 'За каждый факт недостоверной информации', 'Per fact of inaccurate information'), ref: { paragraph: '¶99' }, values: [{ from: FROM, value: '0.2' }] },
  'pen.fact_cap': { label: L('Дұрыс емес ақпарат үшін айыппұлдың ең жоғары сомасы', 'Предельная сумма штрафа за недостоверную информацию', 'Maximum penalty for inaccurate information'), ref: { paragraph: '¶99' }, values: [{ from: FROM, value: '5' }] },
};

export const app9Form: FormDecl = {
  id: APP9,
  label: L('Есептік ақпараттағы деректерді қайта тексеру нәтижелері бойынша салыстыру актісі (9-қосымша)', 'Акт сверки по результатам перепроверки данных отчётной информации (приложение 9)', 'Reconciliation act on re-verification of the reporting information (App 9)'),
  ref: { paragraph: '¶94–99', appendix: 'App 9' },
  filledBy: L('Сервистік интегратор және бағаланатын орган', 'Сервисный интегратор и оцениваемый орган', 'Service integrator and the assessed body'),
  fields: [
    { name: 'report_deadline', label: L('Кестеде белгіленген есепті ұсыну мерзімі', 'Срок представления отчёта по Графику', 'Reporting deadline under the Schedule'), type: 'date', ref: { paragraph: '¶8, ¶96', appendix: 'App 9', row: '1' } },
    { name: 'report_received', label: L('Есептің нақты ұсынылған күні', 'Фактическая дата представления отчёта', 'Date the report was actually received'), type: 'date', ref: { paragraph: '¶96', appendix: 'App 9', row: '1' } },
    { name: 'late', label: L('Есептік ақпарат уақтылы ұсынылмады (күндер берілмесе)', 'Отчётная информация представлена несвоевременно (если даты не указаны)', 'Reporting information was late (when the dates are not given)'), type: 'boolean', default: false, ref: { paragraph: '¶96', appendix: 'App 9', row: '1' } },
    { name: 'incomplete', label: L('Есептік ақпаратта талап етілетін элементтер жоқ', 'В отчётной информации отсутствуют обязательные элементы', 'Required elements missing from the reporting information'), type: 'boolean', default: false, ref: { paragraph: '¶96', appendix: 'App 9', row: '2' } },
    { name: 'false_facts', label: L('Дұрыс емес ақпараттың тіркелген фактілері', 'Зафиксированные факты недостоверной информации', 'Recorded facts of inaccurate information'), type: 'integer', default: 0, ref: { paragraph: '¶97–99', appendix: 'App 9', row: '3' } },
  ],
};

export const penalties: NodeDecl = {
  id: 'PEN',
  level: 'adjustment',
  label: L('Айыппұл балдары', 'Штрафные баллы', 'Penalty points'),
  ref: { paragraph: '¶95–99', appendix: 'App 9' },
  max: both('8.5'),
  provenance: { kind: 'text', decision: 'AMB A-29', note: 'each of late / incomplete counted once per assessment' },
  children: [
    {
      id: 'PEN.late',
      level: 'adjustment',
      label: L('Уақтылы ұсынылмаған есептік ақпарат', 'Несвоевременная отчётная информация', 'Late reporting information'),
      ref: { paragraph: '¶96', appendix: 'App 9', row: '1' },
      max: both('1.5'),
      provenance: { kind: 'text' },
      formula: {
        text: '1.5 if the report reached the service integrator after the Schedule’s deadline',
        compute(ctx) {
          const w = ctx.param('pen.late');
          if (ctx.has(APP9, 'report_deadline') && ctx.has(APP9, 'report_received')) {
            const due = ctx.value<string>(APP9, 'report_deadline');
            const got = ctx.value<string>(APP9, 'report_received');
            ctx.branch(got > due ? `received ${got} after the deadline ${due}: −${w.toString()}` : `received ${got} by the deadline ${due}`);
            return got > due ? w : D(0);
          }
          return ctx.value<boolean>(APP9, 'late') ? w : D(0);
        },
      },
    },
    {
      id: 'PEN.incomplete',
      level: 'adjustment',
      label: L('Толық емес есептік ақпарат', 'Неполная отчётная информация', 'Incomplete reporting information'),
      ref: { paragraph: '¶96', appendix: 'App 9', row: '2' },
      max: both(2),
      provenance: { kind: 'text' },
      formula: { expr: 'incomplete ? w : 0', where: { incomplete: inp(APP9, 'incomplete'), w: par('pen.incomplete') } },
    },
    {
      id: 'PEN.false',
      level: 'adjustment',
      label: L('Дұрыс емес есептік ақпарат', 'Недостоверная отчётная информация', 'Inaccurate reporting information'),
      ref: { paragraph: '¶97–99', appendix: 'App 9', row: '3' },
      max: both(5),
      provenance: { kind: 'text' },
      formula: { expr: 'min(per_fact * f, cap)', where: { per_fact: par('pen.fact'), f: inp(APP9, 'false_facts'), cap: par('pen.fact_cap') } },
    },
  ],
};
