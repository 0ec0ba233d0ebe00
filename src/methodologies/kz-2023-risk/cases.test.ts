// Runner for this folder's YAML cases (./cases/*.yaml): the spec's worked examples and lookup tables.
// The engine's runner (test/cases.test.ts) skips this folder: a risk edition is not a scoring tree.
// Each case lists what it expects; the runner reports every mismatch, not just the first.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fmt, type Decimal } from '../../engine/decimal.js';
import { assessSubject } from '../../risk/assess.js';
import { checklistFindings, checklistStatus } from '../../risk/checklist.js';
import { makeContext, type RiskContext } from '../../risk/context.js';
import { parseFacts } from '../../risk/facts-parse.js';
import { buildList, listReferenceDate } from '../../risk/list.js';
import { basisFor, scoreCounts, scoreCriteria, type Score } from '../../risk/subjective.js';
import { riskEdition } from './index.js';

type Obj = Record<string, unknown>;
interface CaseDoc {
  edition: string;
  ref?: string;
  cases: (Obj & { name: string; kind: string; ref?: string })[];
}

const decimals = (s: string) => (s.includes('.') ? s.split('.')[1]!.length : 0);

/** Compare a decimal with the spec's printed value at the printed precision. */
function sameValue(problems: string[], what: string, actual: Decimal | null | undefined, expected: unknown): void {
  if (expected === undefined) return;
  if (expected === null) {
    if (actual !== null) problems.push(`${what}: expected null (not computed), got ${actual?.toString()}`);
    return;
  }
  const e = String(expected);
  if (actual === null || actual === undefined) problems.push(`${what}: expected ${e}, got null`);
  else if (fmt(actual, decimals(e)) !== e) problems.push(`${what}: expected ${e}, got ${fmt(actual, decimals(e))} (exact ${actual.toString()})`);
}

function same(problems: string[], what: string, actual: unknown, expected: unknown): void {
  if (expected === undefined) return;
  if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

function checkScore(problems: string[], prefix: string, s: Score, e: Obj): void {
  sameValue(problems, `${prefix}SP`, s.sp, e.SP);
  sameValue(problems, `${prefix}SPz`, s.spz, e.SPz);
  sameValue(problems, `${prefix}SPn`, s.spn, e.SPn);
  if (e.SPtimes3 !== undefined) sameValue(problems, `${prefix}SP × 3 (exact)`, s.sp.times(3), e.SPtimes3);
  if (e.bandValue !== undefined) same(problems, `${prefix}band value`, s.bandValue.toString(), e.bandValue);
  same(problems, `${prefix}group`, s.group, e.group);
  same(problems, `${prefix}grossOverride`, s.grossOverride, e.grossOverride);
  same(problems, `${prefix}S1`, s.basis.S1, e.S1);
  same(problems, `${prefix}M1`, s.basis.M1, e.M1);
}

function factsOf(subjects: unknown[], lists: unknown[] = []) {
  return parseFacts({ synthetic: true, subjects, lists }, riskEdition, 'case');
}

function runScore(ctx: RiskContext, c: Obj): string[] {
  const problems: string[] = [];
  const kind = (c.subjectKind as string | undefined) ?? 'LEGAL_ENTITY';
  const basis = basisFor(ctx, kind);
  const date = '2024-12-10';
  let s: Score;
  if (c.rows) {
    const rows = c.rows as number[];
    s = scoreCriteria(ctx, riskEdition.criteria.filter((x) => rows.includes(x.no)), basis, date);
  } else {
    const counts = c.counts as { significant: number; minor: number; gross?: number };
    s = scoreCounts(ctx, { gross: counts.gross ?? 0, significant: counts.significant, minor: counts.minor }, basis, date);
  }
  checkScore(problems, '', s, c.expect as Obj);
  return problems;
}

function runTable(ctx: RiskContext, c: Obj): string[] {
  const problems: string[] = [];
  const basis = basisFor(ctx, 'LEGAL_ENTITY');
  for (const [s2, cells] of Object.entries(c.table as Record<string, string[]>)) {
    cells.forEach((cell, m2) => {
      const [value, mark] = cell.split(' ');
      const s = scoreCounts(ctx, { gross: 0, significant: Number(s2), minor: m2 }, basis, '2024-12-10');
      sameValue(problems, `S2=${s2} M2=${m2}`, s.sp, value);
      same(problems, `S2=${s2} M2=${m2} group`, s.group, mark === 'H' ? 'high' : 'not-high');
    });
  }
  return problems;
}

function runMinimumHigh(ctx: RiskContext, c: Obj): string[] {
  const problems: string[] = [];
  const basis = basisFor(ctx, 'LEGAL_ENTITY');
  for (const [m2, min] of Object.entries(c.minimum as Record<string, number | null>)) {
    let found: number | null = null;
    for (let s2 = 0; s2 <= basis.S1 && found === null; s2++) {
      if (scoreCounts(ctx, { gross: 0, significant: s2, minor: Number(m2) }, basis, '2024-12-10').group === 'high') found = s2;
    }
    same(problems, `M2=${m2}: smallest S2 for HIGH`, found, min);
  }
  return problems;
}

function runAssess(ctx: RiskContext, c: Obj): string[] {
  const problems: string[] = [];
  const list = c.list as { half: string; approvedOn?: string } | undefined;
  const facts = factsOf([c.subject], list?.approvedOn ? [{ half: list.half, approvedOn: list.approvedOn }] : []);
  const R = list ? listReferenceDate(ctx, facts, list.half) : (c.referenceDate as string);
  const a = assessSubject(ctx, facts.subjects[0]!, R);
  const e = c.expect as Obj;
  same(problems, 'objective', a.objective.group, e.objective);
  same(problems, 'met', a.objective.met, e.met);
  same(problems, 'violations', a.violations.map((v) => v.criterion.no), e.violations);
  if (e.subjective === null && a.subjective !== null) problems.push('subjective: expected not applied, but it was scored');
  if (e.subjective !== undefined && e.subjective !== null) same(problems, 'subjective group', a.subjective?.group, e.subjective);
  if (e.SP !== undefined || e.SPz !== undefined || e.SPn !== undefined || e.grossOverride !== undefined) {
    if (!a.subjective) problems.push('expected a subjective score, but the subjective criteria were not applied');
    else checkScore(problems, '', a.subjective, { SP: e.SP, SPz: e.SPz, SPn: e.SPn, grossOverride: e.grossOverride });
  }
  same(problems, 'final', a.final, e.final);
  if (e.W6) same(problems, 'W6', [a.objective.windows.W6.from, a.objective.windows.W6.to], e.W6);
  if (e.W12) same(problems, 'W12', [a.objective.windows.W12.from, a.objective.windows.W12.to], e.W12);
  for (const [id, dates] of Object.entries((e.counted as Record<string, string[]>) ?? {})) {
    same(problems, `${id} counted facts`, a.objective.triggers.find((t) => t.id === id)?.facts.map((f) => f.date), dates);
  }
  if (e.listed !== undefined) {
    if (!list) problems.push('expect.listed needs `list: { half }`');
    else same(problems, 'listed', buildList(ctx, facts, list.half).entries.some((x) => x.subjectId === a.subject.id), e.listed);
  }
  return problems;
}

function runChecklist(ctx: RiskContext, c: Obj): string[] {
  const problems: string[] = [];
  const kind = c.subjectKind as string;
  const facts = factsOf([{ id: 'CL', name: 'checklist case', kind, controls: [{ date: '2024-03-05', kind: 'pcv', checklist: c.checklist }] }]);
  const cl = facts.subjects[0]!.facts.controls[0]!.checklist!;
  const e = c.expect as Obj;
  same(problems, 'complete', checklistStatus(riskEdition, cl).complete, e.complete);
  const findings = checklistFindings(riskEdition, cl);
  same(problems, 'findings', findings.map((x) => x.no), e.findings);
  for (const [basisId, exp] of Object.entries((e.preview as Record<string, Obj>) ?? {})) {
    const s = scoreCriteria(ctx, findings, basisFor(ctx, kind, basisId), '2024-03-05');
    checkScore(problems, `[${basisId}] `, s, exp);
  }
  return problems;
}

function runList(ctx: RiskContext, c: Obj): string[] {
  const problems: string[] = [];
  const facts = factsOf(c.subjects as unknown[]);
  const list = buildList(ctx, facts, c.half as string);
  const e = c.expect as Obj;
  same(problems, 'deadline', list.deadline, e.deadline);
  same(problems, 'order', list.entries.map((x) => x.subjectId), e.order);
  for (const [id, sp] of Object.entries((e.SP as Record<string, string>) ?? {})) {
    sameValue(problems, `SP of ${id}`, list.entries.find((x) => x.subjectId === id)?.assessment.subjective?.sp ?? null, sp);
  }
  for (const [id, reason] of Object.entries((e.excluded as Record<string, string>) ?? {})) {
    same(problems, `exclusion of ${id}`, list.excluded.find((x) => x.subjectId === id)?.reason ?? 'listed', reason);
  }
  return problems;
}

const runners: Record<string, (ctx: RiskContext, c: Obj) => string[]> = {
  score: runScore,
  table: runTable,
  'minimum-high': runMinimumHigh,
  assess: runAssess,
  checklist: runChecklist,
  list: runList,
};

const dir = join(import.meta.dirname, 'cases');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
  const doc = parse(readFileSync(join(dir, file), 'utf8')) as CaseDoc;
  describe(`kz-2023-risk/cases/${file}`, () => {
    it('names this edition and has cases', () => {
      expect(doc.edition).toBe(riskEdition.id);
      expect(doc.cases.length).toBeGreaterThan(0);
    });
    for (const c of doc.cases) {
      it(`${c.name} [${c.ref ?? doc.ref ?? 'no ref'}]`, () => {
        const run = runners[c.kind];
        expect(run, `unknown case kind ${c.kind}`).toBeDefined();
        const ctx = makeContext(riskEdition, (c.readings as Record<string, string>) ?? {});
        expect(run!(ctx, c)).toEqual([]);
      });
    }
  });
}

