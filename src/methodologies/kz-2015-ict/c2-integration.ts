// Chapter 3 — "Ведомстволық ақпараттық жүйелерді интеграциялау үлесі" критерийі (criterion 2, 20 points).
// ¶37 (formula lost, F002-37, confirmed by the ¶38 example): P2 = a / b × k − m, k = 20, m = x / y.
// ¶31: no departmental IS → 20 if every function is fully automated, else 0; IS unavailable or unused → 0.
// ¶36: −2 to the body that refused a required integration covered by a joint plan; when no integration
// is required the criterion is not assessed and its 20 points move to indicator 4.2 (see c4-automation.ts).
import { L } from '../../engine/build.js';
import { D } from '../../engine/decimal.js';
import type { NodeContext, NodeDecl, ParameterDecl } from '../../engine/types.js';
import { FROM } from './kinds.js';
import { T1 } from './app1-report.js';
import { t1, t3 } from './app1-counts.js';

export const c2Parameters: Record<string, ParameterDecl> = {
  'c2.k': { label: L('Интеграциялау коэффициенті (k)', 'Коэффициент интеграции (k)', 'Integration coefficient (k)'), ref: { paragraph: '¶37' }, values: [{ from: FROM, value: '20' }] },
  'c2.refusal': { label: L('Интеграциялаудан бас тартқаны үшін шегерім', 'Вычет за отказ от интеграции', 'Deduction per refused integration'), ref: { paragraph: '¶36' }, values: [{ from: FROM, value: '2' }] },
};

/** ¶36 last indent: the body has departmental IS but none of them is subject to integration. */
export function integrationNotRequired(ctx: NodeContext): boolean {
  return t1(ctx, 'departmental_is').gt(0) && t1(ctx, 'integrations_required').isZero();
}

/** ¶31, ¶54: every function of the body is fully automated (no partial, none left manual). */
export function allFunctionsFullyAutomated(ctx: NodeContext): boolean {
  return t3(ctx, 'functions_partial').isZero() && t3(ctx, 'functions_not_automated').isZero() && t3(ctx, 'functions_full').gt(0);
}

/** The timely-commissioning coefficient m = x / y of ¶37 (0 when no IS was due). */
export function commissioningCoefficient(ctx: NodeContext): ReturnType<typeof D> {
  const y = t1(ctx, 'is_due');
  const x = t1(ctx, 'is_late');
  if (y.isZero()) {
    ctx.branch('no IS due for commissioning (y = 0): m = 0');
    return D(0);
  }
  return x.div(y);
}

export const c2: NodeDecl = {
  id: 'C2',
  level: 'criterion',
  label: L('Ведомстволық ақпараттық жүйелерді интеграциялаудың үлесі', 'Доля интеграции ведомственных информационных систем', 'Share of integration of departmental information systems'),
  ref: { paragraph: '¶30–38', appendix: 'App 3', row: '2', note: 'App 3: 20 points; may be negative' },
  // No declared max (App 3: both(20)): P2 may be negative (x / y, refusals; AMB A-41) — the engine checks declared maxima as hard bounds
  round: 2,
  provenance: { kind: 'reconstructed-high', formulaId: 'F002-37', decision: 'AMB A-30, A-31', note: 'confirmed by the ¶38 example (7.6)' },
  formula: {
    text: 'P2 = a / b × 20 − x / y − 2 × refusals;  no IS: 20 if all functions fully automated else 0;  IS unavailable: 0;  b = 0: not assessed (weight → 4.2)',
    compute(ctx) {
      const k = ctx.param('c2.k');
      const refusals = ctx.num(T1, 'refusals_with_joint_plan');
      const penalty = refusals.times(ctx.param('c2.refusal'));
      if (refusals.gt(0)) ctx.branch(`−${penalty.toString()}: ${refusals.toString()} refused integration(s) covered by a joint plan (¶36)`);
      if (t1(ctx, 'departmental_is').isZero()) {
        if (allFunctionsFullyAutomated(ctx)) {
          ctx.branch('no departmental IS, all functions fully automated through the internet resource / interdepartmental IS: 20 (¶31)');
          return k.minus(penalty);
        }
        ctx.branch('no departmental IS and not all functions fully automated: 0 (¶31)');
        return D(0).minus(penalty);
      }
      if (ctx.value<boolean>(T1, 'is_unavailable_or_unused')) {
        ctx.branch('departmental IS unavailable during the period or not used: 0 (¶31)');
        return D(0).minus(penalty);
      }
      if (integrationNotRequired(ctx)) {
        ctx.branch('integration not required: criterion 2 not assessed; its weight 20 is transferred to indicator 4.2 (¶36)');
        return D(0);
      }
      const a = t1(ctx, 'integrations_implemented');
      const b = t1(ctx, 'integrations_required');
      const m = commissioningCoefficient(ctx);
      ctx.note(`a / b × k = ${a.div(b).times(k).toString()}; m = x / y = ${m.toString()}`);
      return a.div(b).times(k).minus(m).minus(penalty);
    },
  },
};
