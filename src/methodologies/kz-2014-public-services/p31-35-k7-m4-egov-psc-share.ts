// Paragraph 7, §31–§35: «Мемлекеттік органмен (ведомстволық бағынысты мекемемен) «электрондық үкімет»
// және халыққа қызмет көрсету орталықтары арқылы көрсетілетін қызметті алушылардың үлесі».
// §33: K7 = P1 + P2 (central), M4 = P1 + P2 (local) (F000-33, reconstructed-high; App 1: 10 = 5 + 5,
// App 2: 20 = 10 + 10).
// §34 P1 (F000-34, reconstructed-high): a / (a + b) × k|m — a = electronic applications via the e-gov
//   portal, b = paper applications for the same services; services whose standard was approved in Q4 of
//   the period, or run in pilot mode, are not counted.
// §35 P2 (F000-35, reconstructed-high): a / (a + b) × k|m — a = applications via PSCs for services on an
//   alternative basis, b = paper applications received directly by the body for them.
import { L } from '../../engine/build.js';
import { Decimal, ZERO } from '../../engine/decimal.js';
import type { NodeContext, NodeDecl, ParameterDecl } from '../../engine/types.js';
import { CENTRAL, LOCAL, param } from './common.js';
import { R } from './readings.js';

export const shareParameters: Record<string, ParameterDecl> = {
  'K7.P1.k': param(L('Коэффициент k (К7, Р1)', 'Коэффициент k (К7, Р1)', 'Coefficient k (K7 P1)'), { paragraph: '§34' }, 5),
  'K7.P2.k': param(L('Коэффициент k (К7, Р2)', 'Коэффициент k (К7, Р2)', 'Coefficient k (K7 P2)'), { paragraph: '§35' }, 5),
  'M4.P1.m': param(L('Коэффициент m (М4, Р1)', 'Коэффициент m (М4, Р1)', 'Coefficient m (M4 P1)'), { paragraph: '§34' }, 10),
  'M4.P2.m': param(L('Коэффициент m (М4, Р2)', 'Коэффициент m (М4, Р2)', 'Coefficient m (M4 P2)'), { paragraph: '§35' }, 10),
};

interface EgovRow {
  name: string;
  paper: Decimal;
  electronic: Decimal;
  standardApprovedQ4?: boolean;
  pilot?: boolean;
}
interface AlternativeRow {
  name: string;
  paper: Decimal;
  viaPsc: Decimal;
}

function share(ctx: NodeContext, channel: 'egov' | 'alternative', coefName: string): Decimal {
  let a = ZERO;
  let b = ZERO;
  if (channel === 'egov') {
    ctx.value<EgovRow[]>('App8', 'egovServices').forEach((r, i) => {
      if (r.standardApprovedQ4 || r.pilot) {
        ctx.branch(`service ${i + 1} «${r.name}»: ${r.standardApprovedQ4 ? 'standard approved in Q4' : 'pilot mode'} → statistics not counted (§34)`);
        return;
      }
      a = a.plus(r.electronic);
      b = b.plus(r.paper);
    });
  } else {
    for (const r of ctx.value<AlternativeRow[]>('App8', 'alternativeServices')) {
      a = a.plus(r.viaPsc);
      b = b.plus(r.paper);
    }
  }
  const k = ctx.param(coefName);
  ctx.note(`a = ${a.toString()}, b = ${b.toString()}`);
  if (a.plus(b).isZero()) {
    const full = ctx.reading(R.K7_ZERO) === 'full';
    ctx.branch(`a + b = 0: no applications → ${full ? 'full coefficient (A-28 alternative)' : '0 (A-28)'}`);
    return full ? k : ZERO;
  }
  return a.div(a.plus(b)).times(k);
}

function shareCriterion(id: 'K7' | 'M4', kind: string, weight: number, half: number, row: string, coef: 'k' | 'm'): NodeDecl {
  const appendix = kind === CENTRAL ? 'App 1' : 'App 2';
  return {
    id,
    level: 'criterion',
    label: L(
      'Мемлекеттік органмен (ведомстволық бағынысты мекемемен) «электрондық үкімет» және халыққа қызмет көрсету орталықтары арқылы көрсетілетін қызметті алушылардың үлесі',
      'Доля получателей услуг, обслуженных государственным органом (подведомственным учреждением) через «электронное правительство» и центры обслуживания населения',
      'Share of recipients served by the body (subordinate organisation) via e-government and PSCs',
    ),
    ref: { paragraph: '§31–§35', appendix, row, note: 'assessed by the Ministry (§9); the Ministry itself by the Office of the Prime Minister' },
    max: { [kind]: weight },
    appliesTo: [kind],
    provenance: { kind: 'reconstructed-high', formulaId: 'F000-33', note: `${id} = P1 + P2` },
    children: [
      {
        id: `${id}.P1`,
        level: 'indicator',
        label: L(
          '«Электрондық үкімет» порталы арқылы көрсетілетін қызметтер алушыларының үлесі',
          'Доля получателей услуг через портал «электронного правительства»',
          'Share of recipients via the e-government portal',
        ),
        ref: { paragraph: '§34', appendix, row: `${row}.1` },
        max: { [kind]: half },
        provenance: { kind: 'reconstructed-high', formulaId: 'F000-34' },
        formula: {
          text: `P1 = a / (a + b) × ${coef} over e-gov services (Q4-standard and pilot services not counted); 0 when a + b = 0`,
          compute: (ctx) => share(ctx, 'egov', `${id}.P1.${coef}`),
        },
      },
      {
        id: `${id}.P2`,
        level: 'indicator',
        label: L(
          'Халыққа қызмет көрсету орталықтары арқылы көрсетілетін қызметтер алушыларының үлесі',
          'Доля получателей услуг через центры обслуживания населения',
          'Share of recipients via PSCs',
        ),
        ref: { paragraph: '§35', appendix, row: `${row}.2` },
        max: { [kind]: half },
        provenance: { kind: 'reconstructed-high', formulaId: 'F000-35' },
        formula: {
          text: `P2 = a / (a + b) × ${coef} over services rendered on an alternative basis; 0 when a + b = 0`,
          compute: (ctx) => share(ctx, 'alternative', `${id}.P2.${coef}`),
        },
      },
    ],
  };
}

export const k7 = shareCriterion('K7', CENTRAL, 10, 5, '7', 'k');
export const m4 = shareCriterion('M4', LOCAL, 20, 10, '4', 'm');
