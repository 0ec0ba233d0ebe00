// Criteria p.3–4: the objective stage. Each of the six triggers counts dated facts in its window and
// compares with its threshold; any one met makes the subject high (p.4, disjunctive). Every result
// carries the facts it counted, so the inspector can show why.
import type { Labels } from '../engine/types.js';
import { inWindow, quarterEnd, type IsoDate, type Window } from './dates.js';
import type { ControlSubject } from './facts.js';
import type { RiskGroup, TriggerDecl } from './model.js';
import { msg, type Msg } from './message.js';
import { param, reading, type RiskContext } from './context.js';
import { windowsAt, type Windows } from './windows.js';

/** One fact that a result counted: which list of the facts file, which item, what it says. */
export interface FactRef {
  list: string;
  index: number;
  date: IsoDate;
  /** How much it contributed (services, persons, refusals; 1 for an event). */
  amount: number;
  ref?: string;
  detail?: Msg;
}

export interface TriggerResult {
  id: string;
  label: Labels;
  paragraph: string;
  met: boolean;
  value: number;
  op: '>' | '>=';
  threshold: string;
  window: Window | null;
  facts: FactRef[];
}

export interface ObjectiveResult {
  group: RiskGroup;
  met: string[];
  triggers: TriggerResult[];
  windows: Windows;
  gaps: Msg[];
}

/** Internal-control reports known at R whose reporting period counts for OBJ-6 (A12). */
export function reportsForRefusals(ctx: RiskContext, s: ControlSubject, w: Windows) {
  const any = reading(ctx, 'A12') === 'any_before_R';
  return s.facts.internalControl
    .map((r, index) => ({ r, index }))
    .filter(({ r }) => r.submitted !== null && r.submitted <= w.R)
    .filter(({ r }) => (any ? quarterEnd(r.quarter) < w.R : inWindow(quarterEnd(r.quarter), w.W12)));
}

function count(ctx: RiskContext, t: TriggerDecl, s: ControlSubject, w: Windows): { window: Window | null; facts: FactRef[] } {
  const f = s.facts;
  const inW = (win: Window) => (d: IsoDate) => inWindow(d, win);
  switch (t.metric) {
    case 'services': {
      const exclude = reading(ctx, 'A8') === 'exclude';
      return {
        window: w.W6,
        facts: f.services
          .map((x, index) => ({ x, index }))
          .filter(({ x }) => inW(w.W6)(x.date))
          .map(({ x, index }) => ({
            list: 'services',
            index,
            date: x.date,
            amount: exclude ? x.count - x.refusals : x.count,
            ...(x.ref ? { ref: x.ref } : {}),
            ...(exclude && x.refusals > 0 ? { detail: msg('fact.refusals-excluded', { count: x.count, refusals: x.refusals }) } : {}),
          })),
      };
    }
    case 'applications':
      return {
        window: w.W6,
        facts: f.applications
          .map((x, index) => ({ x, index }))
          .filter(({ x }) => inW(w.W6)(x.date))
          .map(({ x, index }) => ({ list: 'applications', index, date: x.date, amount: 1, ...(x.ref ? { ref: x.ref } : {}) })),
      };
    case 'liability465':
      return {
        window: w.W12,
        facts: f.liability465
          .map((x, index) => ({ x, index }))
          .filter(({ x }) => inW(w.W12)(x.date))
          .map(({ x, index }) => ({ list: 'liability465', index, date: x.date, amount: x.persons, ...(x.ref ? { ref: x.ref } : {}) })),
      };
    case 'resonantMedia':
      return {
        window: w.W12,
        facts: f.media
          .map((x, index) => ({ x, index }))
          .filter(({ x }) => x.resonant && inW(w.W12)(x.date))
          .map(({ x, index }) => ({ list: 'media', index, date: x.date, amount: 1, ...(x.ref ? { ref: x.ref } : {}) })),
      };
    case 'inspections': {
      const withPcv = reading(ctx, 'A11') === 'include';
      return {
        window: w.W12,
        facts: f.controls
          .map((x, index) => ({ x, index }))
          .filter(({ x }) => (x.kind === 'inspection' || withPcv) && inW(w.W12)(x.date))
          .map(({ x, index }) => ({ list: 'controls', index, date: x.date, amount: 1, detail: msg(`fact.${x.kind}`, { id: x.id }), ...(x.by ? { ref: x.by } : {}) })),
      };
    }
    case 'refusalFacts':
      return {
        window: reading(ctx, 'A12') === 'any_before_R' ? null : w.W12,
        facts: reportsForRefusals(ctx, s, w)
          .filter(({ r }) => r.refusals > 0)
          .map(({ r, index }) => ({
            list: 'internalControl',
            index,
            date: quarterEnd(r.quarter),
            amount: r.refusals,
            detail: msg('fact.report', { q: r.quarter }),
            ...(r.ref ? { ref: r.ref } : {}),
          })),
      };
  }
}

export function evaluateObjective(ctx: RiskContext, s: ControlSubject, R: IsoDate): ObjectiveResult {
  const w = windowsAt(ctx, R);
  const triggers = ctx.edition.triggers.map((t): TriggerResult => {
    const { window, facts } = count(ctx, t, s, w);
    const value = facts.reduce((a, f) => a + f.amount, 0);
    const threshold = param(ctx, t.threshold, R);
    const met = t.op === '>' ? threshold.lt(value) : threshold.lte(value);
    return { id: t.id, label: t.label, paragraph: t.ref.paragraph ?? '', met, value, op: t.op, threshold: threshold.toString(), window, facts };
  });
  const gaps: Msg[] = [];
  // spec §4.4: a missing input is read as 0 (not triggered) and flagged.
  if (s.facts.services.length === 0) gaps.push(msg('gap.no-services'));
  if (s.facts.internalControl.length === 0) gaps.push(msg('gap.no-reports'));
  const met = triggers.filter((t) => t.met).map((t) => t.id);
  return { group: met.length > 0 ? 'high' : 'not-high', met, triggers, windows: w, gaps };
}
