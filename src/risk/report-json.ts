// Results as JSON: decimals as exact text plus the 2-decimal display value; messages with their
// key, arguments and text in the chosen language.
import { fmt, type Decimal } from '../engine/decimal.js';
import type { Lang } from '../engine/types.js';
import type { Assessment } from './assess.js';
import type { SemiAnnualList } from './list.js';
import { msgText, type Msg } from './message.js';
import type { RiskEditionDecl } from './model.js';
import type { FactRef } from './objective.js';
import type { Score } from './subjective.js';

const dec = (x: Decimal | null) => (x === null ? null : { value: fmt(x), exact: x.toString() });

export function scoreJson(s: Score) {
  return {
    grossOverride: s.grossOverride,
    counts: s.counts,
    basis: { reading: 'A16', option: s.basis.id, S1: s.basis.S1, M1: s.basis.M1 },
    SPz: dec(s.spz),
    SPn: dec(s.spn),
    SP: dec(s.sp),
    band: { reading: 'A15', option: s.bandRule, compared: s.bandValue.toString(), group: s.group },
  };
}

export function assessmentJson(e: RiskEditionDecl, a: Assessment, lang: Lang) {
  const text = (m: Msg) => ({ ...m, text: msgText(e, m, lang) });
  const facts = (fs: FactRef[]) => fs.map((f) => (f.detail ? { ...f, detail: text(f.detail) } : f));
  return {
    subject: { id: a.subject.id, name: a.subject.name, kind: a.subject.kind, iinBin: a.subject.iinBin ?? null, address: a.subject.address ?? null, assessedBody: a.subject.assessedBody ?? null },
    referenceDate: a.referenceDate,
    windows: a.objective.windows,
    objective: {
      group: a.objective.group,
      met: a.objective.met,
      triggers: a.objective.triggers.map((t) => ({ id: t.id, paragraph: t.paragraph, met: t.met, value: t.value, op: t.op, threshold: t.threshold, window: t.window, facts: facts(t.facts) })),
    },
    violations: a.violations.map((v) => ({ row: v.criterion.no, source: v.criterion.source, severity: v.criterion.severity, label: v.criterion.short, facts: facts(v.facts) })),
    s1Control: a.s1ControlId,
    subjective: a.subjective ? scoreJson(a.subjective) : null,
    notApplied: a.notApplied ?? null,
    final: a.final,
    flags: a.flags.map(text),
    gaps: a.gaps.map(text),
  };
}

export function listJson(e: RiskEditionDecl, list: SemiAnnualList, lang: Lang) {
  return {
    half: list.half,
    deadline: list.deadline,
    referenceDate: list.referenceDate,
    approval: list.approval,
    status: list.status,
    lateApproval: list.lateApproval,
    entries: list.entries.map((x) => ({ rank: x.rank, subject: x.subjectId, keys: x.keys, assessment: assessmentJson(e, x.assessment, lang) })),
    excluded: list.excluded.map((x) => ({ subject: x.subjectId, reason: x.reason, detail: x.detail ?? null, SP: x.assessment.subjective ? fmt(x.assessment.subjective.sp) : null })),
  };
}
