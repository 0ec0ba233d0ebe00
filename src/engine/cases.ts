// YAML cases beside each methodology: inputs → expected outputs, with the paragraph they test.
// This module is pure: it runs one parsed case against an edition and returns the mismatches.
// The file format is documented in src/engine/README.md.
import { Decimal, roundHalfUp } from './decimal.js';
import { evaluateCampaign, EvaluationError } from './evaluate.js';
import { InputError } from './validate.js';
import type { BodyInput, CampaignResult, EditionDecl, FormData } from './types.js';

export interface CaseDoc {
  edition: string;
  ref?: string;
  cases: CaseSpec[];
}

type Expectations = Record<string, string | number>;

export interface CaseSpec {
  name: string;
  ref?: string;
  asOf?: string;
  readings?: Record<string, string>;
  /** Single-body case */
  kind?: string;
  forms?: Record<string, FormData>;
  /** Multi-body case */
  bodies?: (BodyInput & { pool?: string })[];
  targets?: string[];
  /** node → value at the edition's precision (single body) or body → node → value */
  expect?: Expectations | Record<string, Expectations>;
  /** node → exact value (compared as decimals) */
  expectExact?: Expectations | Record<string, Expectations>;
  /** node → substrings that must each appear in some branch of the node's trace */
  expectBranches?: Record<string, string[]>;
  expectLevel?: string | Record<string, string>;
  expectRank?: Record<string, number>;
  /** The case must be refused: the error must name this form and field. */
  expectError?: { form?: string; field?: string; node?: string; message?: string };
}

const SINGLE = 'body';

function bodiesOf(c: CaseSpec): BodyInput[] {
  if (c.bodies) return c.bodies.map((b) => ({ ...b, name: b.name ?? b.id, forms: b.forms ?? {} }));
  return [{ id: SINGLE, name: SINGLE, kind: c.kind ?? '', forms: c.forms ?? {} }];
}

function perBody(c: CaseSpec, e: CaseSpec['expect']): Record<string, Expectations> {
  if (!e) return {};
  return c.bodies ? (e as Record<string, Expectations>) : { [SINGLE]: e as Expectations };
}

export function runCase(edition: EditionDecl, c: CaseSpec): string[] {
  const bodies = bodiesOf(c);
  const expect = perBody(c, c.expect);
  const expectExact = perBody(c, c.expectExact);
  const wholeTree = c.expectLevel !== undefined || c.expectRank !== undefined;
  const targets =
    c.targets ??
    (wholeTree
      ? undefined
      : [...new Set([...Object.values(expect), ...Object.values(expectExact)].flatMap((e) => Object.keys(e)).concat(Object.keys(c.expectBranches ?? {})))]);
  let result: CampaignResult;
  try {
    result = evaluateCampaign(
      edition,
      { edition: edition.id, asOf: c.asOf ?? edition.effective.from, readings: c.readings, bodies },
      { targets: targets && targets.length ? targets : undefined },
    );
  } catch (e) {
    if (!c.expectError) return [`unexpected error: ${(e as Error).message}`];
    const msg = (e as Error).message;
    const problems: string[] = [];
    if (e instanceof InputError) {
      const hit = e.issues.some((i) => (!c.expectError!.form || i.form === c.expectError!.form) && (!c.expectError!.field || i.field === c.expectError!.field || i.field.endsWith('.' + c.expectError!.field)));
      if (!hit) problems.push(`error does not name form ${c.expectError.form} field ${c.expectError.field}: ${msg}`);
    } else if (e instanceof EvaluationError) {
      if (c.expectError.node && e.node !== c.expectError.node) problems.push(`error names node ${e.node}, expected ${c.expectError.node}`);
      if (c.expectError.form || c.expectError.field) problems.push(`expected an input error, got: ${msg}`);
    } else problems.push(`unexpected error type: ${msg}`);
    if (c.expectError.message && !msg.includes(c.expectError.message)) problems.push(`error "${msg}" does not contain "${c.expectError.message}"`);
    return problems;
  }
  if (c.expectError) return [`expected an error naming ${JSON.stringify(c.expectError)}, but the case evaluated`];
  const problems: string[] = [];
  const byId = new Map(result.bodies.map((b) => [b.id, b]));
  for (const [bodyId, exps] of Object.entries(expect)) {
    const b = byId.get(bodyId);
    if (!b) {
      problems.push(`no result for body ${bodyId}`);
      continue;
    }
    for (const [node, want] of Object.entries(exps)) {
      const got = b.traces[node]?.exact;
      if (got === undefined) problems.push(`${bodyId}/${node}: not computed`);
      else {
        const w = new Decimal(String(want));
        const places = Math.max(2, w.decimalPlaces());
        const g = roundHalfUp(new Decimal(got), places);
        if (!g.eq(w)) problems.push(`${bodyId}/${node}: expected ${String(want)}, got ${g.toFixed(places)} (exact ${got})`);
      }
    }
  }
  for (const [bodyId, exps] of Object.entries(expectExact)) {
    const b = byId.get(bodyId);
    for (const [node, want] of Object.entries(exps)) {
      const got = b?.traces[node]?.exact;
      if (got === undefined || !new Decimal(got).eq(String(want))) problems.push(`${bodyId}/${node}: expected exactly ${String(want)}, got ${got}`);
    }
  }
  for (const [node, subs] of Object.entries(c.expectBranches ?? {})) {
    const t = byId.get(c.bodies ? (c.bodies[0]?.id ?? '') : SINGLE)?.traces[node];
    for (const s of subs) if (!t?.branches.some((br) => br.includes(s))) problems.push(`${node}: no branch containing "${s}" (branches: ${JSON.stringify(t?.branches)})`);
  }
  if (c.expectLevel !== undefined) {
    const levels = typeof c.expectLevel === 'string' ? { [SINGLE]: c.expectLevel } : c.expectLevel;
    for (const [bodyId, lvl] of Object.entries(levels)) {
      const got = byId.get(bodyId)?.level;
      if (got !== lvl) problems.push(`${bodyId}: expected level ${lvl}, got ${got}`);
    }
  }
  for (const [bodyId, rank] of Object.entries(c.expectRank ?? {})) {
    const got = byId.get(bodyId)?.rank;
    if (got !== rank) problems.push(`${bodyId}: expected rank ${rank}, got ${got}`);
  }
  return problems;
}
