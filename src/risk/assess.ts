// One control subject at one reference date R: the objective stage (p.4), then — only for
// objectively high subjects (p.4 last sentence) — the subjective score (p.9); the final degree is
// high when both are high (p.5–6, spec §4.3). A subject that is not objectively high is not scored,
// but the rows its facts show are still reported, so the objective filter is visible (A48).
import type { IsoDate } from './dates.js';
import type { ControlSubject } from './facts.js';
import type { RiskGroup } from './model.js';
import { msg, type Msg } from './message.js';
import { reading, type RiskContext } from './context.js';
import { collectViolations, type Violation } from './evidence.js';
import { evaluateObjective, type ObjectiveResult } from './objective.js';
import { basisFor, scoreCriteria, type Score } from './subjective.js';

export interface Assessment {
  subject: ControlSubject;
  referenceDate: IsoDate;
  objective: ObjectiveResult;
  violations: Violation[];
  /** Null when the subjective criteria were not applied (not objectively high, or not scored: A5). */
  subjective: Score | null;
  final: RiskGroup;
  /** Why the subjective stage was not applied, when it was not. */
  notApplied?: 'not-objectively-high' | 'not-scored-kind';
  s1ControlId: string | null;
  gaps: Msg[];
  flags: Msg[];
}

/** `previousList`: the reference date of the preceding list (used only by reading A13-reuse). */
export function assessSubject(ctx: RiskContext, subject: ControlSubject, R: IsoDate, previousList?: IsoDate): Assessment {
  const objective = evaluateObjective(ctx, subject, R);
  const ev = collectViolations(ctx, subject, objective.windows, previousList);
  const kind = ctx.edition.subjectKinds.find((k) => k.id === subject.kind);
  const flags: Msg[] = [];
  const base = {
    subject,
    referenceDate: R,
    objective,
    violations: ev.violations,
    s1ControlId: ev.s1Control?.id ?? null,
    gaps: [...objective.gaps, ...ev.gaps],
  };
  if (kind?.checklistOnly) {
    flags.push(msg('flag.A5'));
    if (reading(ctx, 'A5') === 'exclude') {
      return { ...base, subjective: null, final: 'not-high', notApplied: 'not-scored-kind', flags };
    }
  }
  if (objective.group !== 'high') {
    return { ...base, subjective: null, final: 'not-high', notApplied: 'not-objectively-high', flags };
  }
  const score = scoreCriteria(ctx, ev.violations.map((v) => v.criterion), basisFor(ctx, subject.kind), R);
  return { ...base, subjective: score, final: score.group, flags };
}
