// Chapter 5, §51–§59: responsibility for improper reporting information. Penalty points are deducted
// from the body's final score "in this direction" (§52):
//   §53 late (to the Agency or the Ministry, after the Schedule deadline) — 1.5 points;
//   §54–§55 incomplete (not per the appendices, or elements missing) — 2 points;
//   §56–§58 unreliable (facts not matching reality, recorded in the App 9 reconciliation act) — 0.2 per
//   fact, at most 5.
// With reading A-8 = final, the §17/§21 criterion penalties are also deducted here.
import { inp, par, L } from '../../engine/build.js';
import { Decimal, ZERO } from '../../engine/decimal.js';
import type { NodeContext, NodeDecl, ParameterDecl } from '../../engine/types.js';
import { param } from './common.js';
import { R } from './readings.js';

export const penaltyParameters: Record<string, ParameterDecl> = {
  'pen.late': param(L('Уақтылы ұсынылмаған есептік ақпарат үшін айыппұл', 'Штраф за несвоевременное представление', 'Penalty for late reporting information'), { paragraph: '§53' }, '1.5'),
  'pen.incomplete': param(L('Толық емес есептік ақпарат үшін айыппұл', 'Штраф за неполную информацию', 'Penalty for incomplete reporting information'), { paragraph: '§55' }, 2),
  'pen.unreliable.perFact': param(L('Анық емес әр дерек үшін айыппұл', 'Штраф за каждый факт недостоверности', 'Penalty per unreliable fact'), { paragraph: '§58' }, '0.2'),
  'pen.unreliable.cap': param(L('Анық емес ақпарат үшін айыппұлдың ең жоғары сомасы', 'Предельная сумма штрафа за недостоверность', 'Cap of the unreliable-information penalty'), { paragraph: '§58' }, 5),
};

const flagOf = (ctx: NodeContext, field: string): boolean => ctx.value<boolean>('App9', field);

/** Late to one addressee: the App 9 flag, or an actual date after the Schedule deadline (§53). */
function lateTo(ctx: NodeContext, who: 'Agency' | 'Ministry'): boolean {
  if (flagOf(ctx, `late${who}`)) return true;
  if (ctx.has('App9', 'scheduleDeadline') && ctx.has('App9', `submitted${who}`)) {
    const due = ctx.value<string>('App9', 'scheduleDeadline');
    const got = ctx.value<string>('App9', `submitted${who}`);
    if (got > due) {
      ctx.branch(`submitted to the ${who} on ${got}, after the Schedule deadline ${due} (§53)`);
      return true;
    }
  }
  return false;
}

function flat(ctx: NodeContext, hits: boolean[], amount: string, what: string): Decimal {
  const count = hits.filter(Boolean).length;
  if (count === 0) return ZERO;
  const once = ctx.reading(R.FLAT) === 'once';
  ctx.branch(`${what} (${count} submission${count > 1 ? 's' : ''}) → ${once ? 'deducted once (A-15)' : 'deducted per submission (A-15 alternative)'}`);
  return ctx.param(amount).times(once ? 1 : count);
}

export const penalties: NodeDecl = {
  id: 'PEN',
  level: 'adjustment',
  label: L('Айыппұл баллдары', 'Штрафные баллы', 'Penalty points'),
  ref: { paragraph: '§51–§58', appendix: 'App 9' },
  provenance: { kind: 'text' },
  children: [
    {
      id: 'PEN.late',
      level: 'adjustment',
      label: L('Есептік ақпаратты уақытында ұсынбауы', 'Непредставление отчетной информации в срок', 'Failure to submit reporting information on time'),
      ref: { paragraph: '§53', appendix: 'App 9', row: '1' },
      provenance: { kind: 'text' },
      formula: {
        text: '1.5 if submitted late to the Agency or the Ministry (§53)',
        compute: (ctx) => flat(ctx, [lateTo(ctx, 'Agency'), lateTo(ctx, 'Ministry')], 'pen.late', 'late reporting information'),
      },
    },
    {
      id: 'PEN.incomplete',
      level: 'adjustment',
      label: L('Толық емес ақпаратты ұсынуы', 'Представление неполной информации', 'Submission of incomplete information'),
      ref: { paragraph: '§54–§55', appendix: 'App 9', row: '2' },
      provenance: { kind: 'text' },
      formula: {
        text: '2 if incomplete information was submitted (§55)',
        compute: (ctx) => {
          const listed = ctx.has('App9', 'missingElements') && ctx.value<unknown[]>('App9', 'missingElements').length > 0;
          const agency = flagOf(ctx, 'incompleteAgency') || listed;
          return flat(ctx, [agency, flagOf(ctx, 'incompleteMinistry')], 'pen.incomplete', 'incomplete information');
        },
      },
    },
    {
      id: 'PEN.unreliable',
      level: 'adjustment',
      label: L('Сенімсіз ақпаратты ұсынуы', 'Представление недостоверной информации', 'Submission of unreliable information'),
      ref: { paragraph: '§56–§58', appendix: 'App 9', row: '3' },
      max: { central: 5, local: 5 },
      provenance: { kind: 'text' },
      formula: { expr: 'min(rate * facts, cap)', where: { rate: par('pen.unreliable.perFact'), facts: inp('App9', 'unreliableFacts'), cap: par('pen.unreliable.cap') } },
    },
    {
      id: 'PEN.criterion',
      level: 'adjustment',
      label: L('17, 21-тармақтар бойынша айыппұл баллдары', 'Штрафные баллы по пп. 17, 21', 'Criterion penalties of §17 and §21 (when deducted from the final score)'),
      ref: { paragraph: '§17, §21' },
      provenance: { kind: 'text', note: 'A-8: 0 by default (the penalties stay inside K2/K3/M1)' },
      formula: {
        reading: R.PEN_SCOPE,
        variants: {
          criterion: { expr: '0', cases: [] },
          final: {
            text: 'K2.pen + K3.pen (central); M1.pen (local)',
            dependsOn: ['K2.pen', 'K3.pen', 'M1.pen'],
            compute: (ctx) => ['K2.pen', 'K3.pen', 'M1.pen'].filter((id) => ctx.applies(id)).reduce((s, id) => s.plus(ctx.node(id)), ZERO),
          },
        },
      },
    },
  ],
};
