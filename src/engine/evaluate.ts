// Evaluation of a whole campaign: every body of a period at once, node by node, so that rules that
// compare bodies (seed 000's load index over the pool) see the values of the whole pool. Every
// computed node of every body leaves a trace: value, max, formula, inputs with their form and field,
// parameters with their effective date, readings, branches taken and the legal reference.
import { Decimal, ZERO, roundHalfUp } from './decimal.js';
import { asDecimal, compileExpr, lookupBand, FormulaError, type Resolver, type Value } from './expr.js';
import { paramAt } from './params.js';
import { applies, validateBody, InputError, type InputIssue, type Normalized, type NormalizedForms } from './validate.js';
import type {
  Band,
  BodyInput,
  BodyResult,
  CampaignInput,
  CampaignResult,
  EditionDecl,
  ExprFormula,
  FieldDecl,
  Formula,
  NodeContext,
  NodeDecl,
  NodeTrace,
  SymbolRef,
} from './types.js';

/** The engine's own view of a node context: the symbol being resolved, and whole band tables. */
type Ctx = NodeContext & { symbol?: string; table(name: string): readonly Band[] };

export class EvaluationError extends Error {
  constructor(
    message: string,
    readonly body: string,
    readonly node: string,
  ) {
    super(`body ${body}, node ${node}: ${message}`);
    this.name = 'EvaluationError';
  }
}

/** Thrown when a formula reads an input that the body did not supply (and that has no default). */
class MissingInput extends Error {
  constructor(readonly issue: InputIssue) {
    super(issue.message);
  }
}

interface FlatNode {
  decl: NodeDecl;
  parent?: FlatNode;
  /** Ids of nodes that must be evaluated before this one. */
  deps: string[];
}

/** The tree flattened in evaluation order (dependencies first), with each node's ancestors. */
export interface Plan {
  edition: EditionDecl;
  order: FlatNode[];
  byId: Map<string, FlatNode>;
}

export function formulaNodeRefs(f: Formula | undefined): string[] {
  if (!f) return [];
  if ('reading' in f) return Object.values(f.variants).flatMap(formulaNodeRefs);
  if ('compute' in f) return [...(f.dependsOn ?? [])];
  return Object.values(f.where ?? {}).flatMap((r) => (r.kind === 'node' ? [r.id] : r.kind === 'max' && r.id ? [] : []));
}

export function planEdition(edition: EditionDecl): Plan {
  const byId = new Map<string, FlatNode>();
  const walk = (decl: NodeDecl, parent?: FlatNode) => {
    if (byId.has(decl.id)) throw new Error(`edition ${edition.id}: duplicate node id ${decl.id}`);
    const fn: FlatNode = { decl, parent, deps: [...(decl.children ?? []).map((c) => c.id), ...formulaNodeRefs(decl.formula)] };
    byId.set(decl.id, fn);
    for (const c of decl.children ?? []) walk(c, fn);
  };
  walk(edition.root);
  const order: FlatNode[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, from: string) => {
    const fn = byId.get(id);
    if (!fn) throw new Error(`edition ${edition.id}: node ${from} refers to unknown node ${id}`);
    const s = state.get(id);
    if (s === 'done') return;
    if (s === 'visiting') throw new Error(`edition ${edition.id}: circular reference through node ${id}`);
    state.set(id, 'visiting');
    for (const d of fn.deps) visit(d, id);
    state.set(id, 'done');
    order.push(fn);
  };
  visit(edition.root.id, edition.root.id);
  return { edition, order, byId };
}

const planCache = new WeakMap<EditionDecl, Plan>();
export function planOf(edition: EditionDecl): Plan {
  let p = planCache.get(edition);
  if (!p) {
    p = planEdition(edition);
    planCache.set(edition, p);
  }
  return p;
}

/** Does a node apply to a body kind (itself and all its ancestors)? */
export function nodeApplies(fn: FlatNode | undefined, kind: string): boolean {
  for (let n = fn; n; n = n.parent) if (!applies(n.decl.appliesTo, kind)) return false;
  return true;
}

export function resolveReadings(edition: EditionDecl, chosen: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of edition.readings) out[r.id] = r.default;
  for (const [id, v] of Object.entries(chosen)) {
    const r = edition.readings.find((x) => x.id === id);
    if (!r) throw new Error(`edition ${edition.id} has no reading "${id}"; readings: ${edition.readings.map((x) => x.id).join(', ')}`);
    if (!r.options.some((o) => o.value === v))
      throw new Error(`reading ${id} has no option "${v}"; options: ${r.options.map((o) => o.value).join(', ')}`);
    out[id] = v;
  }
  return out;
}

export interface EvaluateOptions {
  /** Evaluate only these nodes (and what they depend on); default: the whole tree. */
  targets?: readonly string[];
  /** Keep traces (default true). */
  trace?: boolean;
}

interface BodyState {
  id: string;
  name: BodyInput['name'];
  kind: string;
  pool: string;
  forms: NormalizedForms;
  values: Map<string, Decimal>;
  traces: Record<string, NodeTrace>;
}

function formulaText(f: Formula | undefined, readings: Record<string, string>, childIds: string[]): string {
  if (!f) return childIds.length ? childIds.join(' + ') : '0';
  if ('reading' in f) {
    const v = f.variants[readings[f.reading] ?? ''];
    return formulaText(v, readings, childIds);
  }
  if ('compute' in f) return f.text;
  const guards = (f.cases ?? []).map((c) => `${c.expr} if ${c.when}; `).join('');
  return guards + f.expr;
}

/** Is node `id` already listed, for this symbol, among the nodes a trace read? (a loop: no closure per read) */
function hasNodeRef(trace: NodeTrace, id: string, symbol: string | undefined): boolean {
  for (const n of trace.nodes) if (n.id === id && n.symbol === symbol) return true;
  return false;
}

/** A field's declaration and its default as a formula reads it (converted on first use). */
interface FieldInfo {
  decl: FieldDecl;
  dflt?: Normalized;
  converted: boolean;
}

/**
 * Field look-up by form and field id for a campaign: the declaration `find` would give, indexed on
 * first use, with its default converted once (null: no such field).
 */
function fieldLookup(edition: EditionDecl): (form: string, field: string) => FieldInfo | null {
  const forms = new Map<string, Map<string, FieldInfo | null>>();
  return (form, field) => {
    let m = forms.get(form);
    if (!m) forms.set(form, (m = new Map()));
    let info = m.get(field);
    if (info === undefined) {
      const decl = edition.forms.find((x) => x.id === form)?.fields.find((x) => x.name === field);
      m.set(field, (info = decl ? { decl, converted: false } : null));
    }
    if (info && !info.converted) {
      const f = info.decl;
      const d = f.default;
      if (d !== undefined)
        info.dflt =
          typeof d === 'number' || (typeof d === 'string' && f.type !== 'enum' && f.type !== 'text' && f.type !== 'date')
            ? new Decimal(d as number | string)
            : (d as Normalized);
      info.converted = true;
    }
    return info;
  };
}

export function evaluateCampaign(edition: EditionDecl, campaign: CampaignInput, opts: EvaluateOptions = {}): CampaignResult {
  if (campaign.edition && campaign.edition !== edition.id)
    throw new Error(`campaign is for edition ${campaign.edition}, not ${edition.id}`);
  const plan = planOf(edition);
  const readings = resolveReadings(edition, campaign.readings);
  const asOf = campaign.asOf;
  const keepTrace = opts.trace !== false;

  // 1. Validate every body before computing anything: all issues of all bodies at once.
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  const bodies: BodyState[] = [];
  for (const b of campaign.bodies) {
    const id = String(b.id);
    if (seen.has(id)) {
      issues.push({ body: id, form: '-', field: 'id', value: b.id, message: 'duplicate body id in the campaign' });
      continue;
    }
    seen.add(id);
    try {
      const forms = validateBody(edition, b);
      bodies.push({ id, name: b.name, kind: b.kind, pool: b.pool ?? b.kind, forms, values: new Map(), traces: {} });
    } catch (e) {
      if (e instanceof InputError) issues.push(...e.issues);
      else throw e;
    }
  }
  if (issues.length) throw new InputError(issues);

  // 2. Which nodes to compute.
  let order = plan.order;
  if (opts.targets) {
    const need = new Set<string>();
    const add = (id: string) => {
      const fn = plan.byId.get(id);
      if (!fn) throw new Error(`edition ${edition.id} has no node "${id}"`);
      if (need.has(id)) return;
      need.add(id);
      fn.deps.forEach(add);
    };
    opts.targets.forEach(add);
    order = plan.order.filter((fn) => need.has(fn.decl.id));
  }

  // Parameters resolve once per campaign (same date for all bodies).
  const paramCache = new Map<string, { value: Value; from: string; text: string }>();
  const param = (name: string) => {
    let p = paramCache.get(name);
    if (!p) {
      const override = campaign.parameters?.[name];
      if (override !== undefined && !edition.parameters[name]) throw new Error(`campaign overrides unknown parameter "${name}"`);
      const at = override !== undefined ? { value: override, from: 'campaign override' } : paramAt(name, edition.parameters[name], asOf);
      const value: Value = Array.isArray(at.value) ? (at.value as readonly Band[]) : new Decimal(at.value as number | string);
      const text = Array.isArray(at.value) ? `table of ${at.value.length} bands` : String(at.value);
      p = { value, from: at.from, text };
      paramCache.set(name, p);
    }
    return p;
  };
  const maxFor = (fn: FlatNode | undefined, kind: string): Decimal | null => {
    const m = fn?.decl.max?.[kind];
    if (m === undefined) return null;
    return typeof m === 'number' ? new Decimal(m) : asDecimal(param(m).value, `max of ${fn?.decl.id}`);
  };
  const pools = new Map<string, BodyState[]>();
  for (const b of bodies) {
    const list = pools.get(b.pool) ?? [];
    list.push(b);
    pools.set(b.pool, list);
  }

  // Per-campaign caches (pure functions of the node and the body kind): whether a node applies, its
  // max, the formula text of its trace; field declarations by form and field, with their defaults.
  const appliesCache = new Map<FlatNode, Map<string, boolean>>();
  const appliesTo = (fn: FlatNode | undefined, kind: string): boolean => {
    if (!fn) return true;
    let m = appliesCache.get(fn);
    if (!m) appliesCache.set(fn, (m = new Map()));
    let a = m.get(kind);
    if (a === undefined) m.set(kind, (a = nodeApplies(fn, kind)));
    return a;
  };
  const maxCache = new Map<FlatNode, Map<string, Decimal | null>>();
  const maxOf = (fn: FlatNode | undefined, kind: string): Decimal | null => {
    if (!fn) return maxFor(fn, kind);
    let m = maxCache.get(fn);
    if (!m) maxCache.set(fn, (m = new Map()));
    let v = m.get(kind);
    if (v === undefined) m.set(kind, (v = maxFor(fn, kind)));
    return v;
  };
  const formulaCache = new Map<FlatNode, Map<string, string>>();
  const formulaOf = (fn: FlatNode, kind: string, childIds: string[]): string => {
    let m = formulaCache.get(fn);
    if (!m) formulaCache.set(fn, (m = new Map()));
    let t = m.get(kind);
    if (t === undefined) m.set(kind, (t = formulaText(fn.decl.formula, readings, childIds.filter((c) => appliesTo(plan.byId.get(c), kind)))));
    return t;
  };
  const fieldOf = fieldLookup(edition);

  // The node being evaluated: one context object for the whole campaign, pointed at each body and
  // node in turn (no closures are made per node and body).
  let body: BodyState = bodies[0]!;
  let fn: FlatNode = order[0]!;
  let trace: NodeTrace | null = null;
  const ctx = makeContext();
  let exprF: ExprFormula | undefined;
  let exprCtx: Ctx = ctx;
  const resolved = new Map<string, Value>();
  const resolve: Resolver = (sym: string): Value => resolveSymbol(sym);
  resolve.onBand = (tableSym, x, out) => {
    const ref = exprF?.where?.[tableSym];
    exprCtx.branch(`${ref?.kind === 'param' ? ref.name : tableSym}: ${roundHalfUp(x, 2).toFixed(2)} → ${out.toString()}`);
  };

  // 3. Node by node, body by body.
  for (const node of order) {
    const decl = node.decl;
    const childIds = (decl.children ?? []).map((c) => c.id);
    for (const b of bodies) {
      if (!appliesTo(node, b.kind)) continue;
      body = b;
      fn = node;
      trace = keepTrace
        ? {
            id: decl.id,
            value: '',
            exact: '',
            max: null,
            formula: '',
            provenance: decl.provenance,
            ref: decl.ref,
            inputs: [],
            parameters: [],
            nodes: [],
            readings: [],
            branches: [],
            notes: [],
          }
        : null;
      ctx.bodyId = b.id;
      ctx.kind = b.kind;
      ctx.symbol = undefined;
      let v: Decimal;
      try {
        v = evalFormula(decl.formula, ctx, childIds);
      } catch (e) {
        if (e instanceof MissingInput) throw new InputError([e.issue]);
        if (e instanceof InputError || e instanceof EvaluationError) throw e;
        throw new EvaluationError((e as Error).message, b.id, decl.id);
      }
      const max = maxOf(node, b.kind);
      if (decl.floorAtZero && v.isNegative()) {
        trace?.branches.push(`negative result ${v.toString()} → 0 (floor at 0)`);
        v = ZERO;
      }
      if (decl.capAtMax && max && v.gt(max)) {
        trace?.branches.push(`result ${v.toString()} above the maximum → ${max.toString()} (cap)`);
        v = max;
      }
      if (decl.round !== undefined) v = roundHalfUp(v, decl.round);
      b.values.set(decl.id, v);
      if (trace) {
        trace.exact = v.toString();
        const places = decl.precision ?? edition.precision;
        trace.value = roundHalfUp(v, places).toFixed(places);
        trace.max = max ? max.toString() : null;
        trace.formula = formulaOf(node, b.kind, childIds);
        b.traces[decl.id] = trace;
      }
    }
  }

  // ---- helpers closed over the campaign ----
  function input(form: string, field: string): Normalized | undefined {
    const v = body.forms[form]?.[field];
    if (v !== undefined) return v;
    const f = fieldOf(form, field);
    if (!f) throw new FormulaError(`formula reads unknown field ${form}.${field}`);
    return f.dflt;
  }
  function recordInput(form: string, field: string, v: Normalized, symbol?: string) {
    if (!trace) return;
    for (const i of trace.inputs) if (i.form === form && i.field === field && i.symbol === symbol) return;
    const value = v instanceof Decimal ? v.toString() : Array.isArray(v) ? `[${v.length} rows]` : String(v);
    trace.inputs.push(symbol ? { symbol, form, field, value } : { form, field, value });
  }

  function makeContext(): Ctx & { bodyId: string; kind: string } {
    const ctx: Ctx & { bodyId: string; kind: string } = {
      bodyId: body?.id ?? '',
      kind: body?.kind ?? '',
      num(form, field) {
        const v = input(form, field);
        if (v === undefined) throw new MissingInput({ body: body.id, form, field, value: undefined, message: `required to compute ${fn.decl.id}, but missing` });
        if (!(v instanceof Decimal)) throw new FormulaError(`field ${form}.${field} is not a number`);
        recordInput(form, field, v, ctx.symbol);
        return v;
      },
      value<T>(form: string, field: string): T {
        const v = input(form, field);
        if (v === undefined) throw new MissingInput({ body: body.id, form, field, value: undefined, message: `required to compute ${fn.decl.id}, but missing` });
        recordInput(form, field, v, ctx.symbol);
        return v as T;
      },
      has(form, field) {
        return input(form, field) !== undefined;
      },
      param(name) {
        const p = param(name);
        if (trace && !trace.parameters.some((x) => x.name === name && x.symbol === ctx.symbol))
          trace.parameters.push(ctx.symbol ? { symbol: ctx.symbol, name, value: p.text, from: p.from } : { name, value: p.text, from: p.from });
        return asDecimal(p.value, name);
      },
      table(name) {
        const p = param(name);
        if (!Array.isArray(p.value)) throw new FormulaError(`parameter ${name} is not a band table`);
        if (trace && !trace.parameters.some((x) => x.name === name))
          trace.parameters.push(ctx.symbol ? { symbol: ctx.symbol, name, value: p.text, from: p.from } : { name, value: p.text, from: p.from });
        return p.value as readonly Band[];
      },
      band(name, x) {
        const p = param(name);
        if (!Array.isArray(p.value)) throw new FormulaError(`parameter ${name} is not a band table`);
        const r = lookupBand(p.value as readonly Band[], x);
        if (trace) {
          if (!trace.parameters.some((q) => q.name === name)) trace.parameters.push({ name, value: p.text, from: p.from });
          trace.branches.push(`${name}: ${roundHalfUp(x, 2).toFixed(2)} → ${r.toString()}`);
        }
        return r;
      },
      node(id) {
        const v = body.values.get(id);
        if (v === undefined) {
          const target = plan.byId.get(id);
          if (!target) throw new FormulaError(`unknown node ${id}`);
          if (!appliesTo(target, body.kind)) throw new FormulaError(`node ${id} does not apply to a body of kind ${body.kind}`);
          throw new FormulaError(`node ${id} is read before it is computed (declare it in dependsOn)`);
        }
        if (trace && !hasNodeRef(trace, id, ctx.symbol)) {
          // the node's own trace already holds its exact text
          const value = body.traces[id]?.exact ?? v.toString();
          trace.nodes.push(ctx.symbol ? { symbol: ctx.symbol, id, value } : { id, value });
        }
        return v;
      },
      applies(id) {
        return appliesTo(plan.byId.get(id), body.kind);
      },
      max(id) {
        return maxOf(id === undefined ? fn : plan.byId.get(id), body.kind);
      },
      reading(id) {
        const r = readings[id];
        if (r === undefined) throw new FormulaError(`unknown reading ${id}`);
        if (trace && !trace.readings.some((x) => x.id === id)) trace.readings.push({ id, value: r });
        return r;
      },
      branch(label) {
        trace?.branches.push(label);
      },
      note(text) {
        trace?.notes.push(text);
      },
      pool(id) {
        const out: { bodyId: string; value: Decimal }[] = [];
        for (const b of pools.get(body.pool) ?? []) {
          const v = b.values.get(id);
          if (v !== undefined) out.push({ bodyId: b.id, value: v });
        }
        trace?.notes.push(`pool "${body.pool}": ${out.length} bodies' ${id}`);
        return out;
      },
    };
    return ctx;
  }

  function evalFormula(f: Formula | undefined, ctx: Ctx, childIds: string[]): Decimal {
    if (!f) {
      let s = ZERO;
      for (const c of childIds) if (ctx.applies(c)) s = s.plus(ctx.node(c));
      return s;
    }
    if ('reading' in f) {
      const choice = ctx.reading(f.reading);
      const v = f.variants[choice];
      if (!v) throw new FormulaError(`reading ${f.reading}: no formula for option "${choice}"`);
      ctx.branch(`reading ${f.reading} = ${choice}`);
      return evalFormula(v, ctx, childIds);
    }
    if ('compute' in f) return f.compute(ctx);
    return evalExpr(f, ctx);
  }

  function resolveSymbol(sym: string): Value {
    const f = exprF!;
    const ctx = exprCtx;
    const hit = resolved.get(sym);
    if (hit !== undefined) return hit;
    const ref: SymbolRef | undefined = f.where?.[sym];
    if (!ref) throw new FormulaError(`symbol "${sym}" of "${f.expr}" is not bound in where`);
    ctx.symbol = sym;
    let v: Value;
    switch (ref.kind) {
      case 'input': {
        const x = ctx.value<Normalized>(ref.form, ref.field);
        if (Array.isArray(x)) throw new FormulaError(`${ref.form}.${ref.field} is a list; use a compute formula`);
        v = x as Value;
        break;
      }
      case 'param': {
        const p = param(ref.name);
        // band tables are passed whole to band(t, x)
        v = Array.isArray(p.value) ? ctx.table(ref.name) : ctx.param(ref.name);
        break;
      }
      case 'node':
        v = ctx.node(ref.id);
        break;
      case 'max': {
        const m = ctx.max(ref.id);
        if (!m) throw new FormulaError(`node ${ref.id ?? 'this node'} has no max for kind ${ctx.kind}`);
        v = m;
        break;
      }
      case 'const':
        v = new Decimal(ref.value);
        break;
    }
    ctx.symbol = undefined;
    resolved.set(sym, v);
    return v;
  }

  // The expression being evaluated and its symbols resolved so far (each symbol is read, and traced,
  // once per evaluation). Expressions do not nest, so one resolver serves the whole campaign.
  function evalExpr(f: ExprFormula, ctx: Ctx): Decimal {
    exprF = f;
    exprCtx = ctx;
    resolved.clear();
    for (const c of f.cases ?? []) {
      const test = compileExpr(c.when).run(resolve);
      if (test === true || (test instanceof Decimal && !test.isZero())) {
        ctx.branch(c.branch);
        return asDecimal(compileExpr(c.expr).run(resolve), c.expr);
      }
    }
    return asDecimal(compileExpr(f.expr).run(resolve), f.expr);
  }

  // 4. Results: rounded values, levels, ranks within each pool.
  const results: BodyResult[] = bodies.map((b) => {
    const values: Record<string, string> = {};
    // the trace already holds the rounded value
    for (const [id, v] of b.values) {
      const places = plan.byId.get(id)?.decl.precision ?? edition.precision;
      values[id] = keepTrace ? b.traces[id]!.value : roundHalfUp(v, places).toFixed(places);
    }
    const rootV = b.values.get(edition.root.id);
    const score = rootV ? roundHalfUp(rootV, edition.precision).toFixed(edition.precision) : '';
    const levels: Record<string, string> = {};
    for (const id of [edition.root.id, ...(edition.gradedNodes ?? [])]) {
      const v = b.values.get(id);
      const l = v && levelOf(edition, v);
      if (l) levels[id] = l;
    }
    return { id: b.id, name: b.name, kind: b.kind, score, level: levels[edition.root.id] ?? null, values, traces: b.traces, levels };
  });
  const poolOf = new Map(bodies.map((b) => [b.id, b.pool]));
  for (const pool of pools.keys()) {
    const members = results.filter((r) => (poolOf.get(r.id) ?? r.kind) === pool && r.score !== '');
    const scores = new Map(members.map((m) => [m, new Decimal(m.score)]));
    members.sort((a, b) => scores.get(b)!.cmp(scores.get(a)!) || a.id.localeCompare(b.id));
    let rank = 0;
    let prev: string | null = null;
    members.forEach((m, i) => {
      if (m.score !== prev) rank = i + 1;
      prev = m.score;
      m.rank = rank;
    });
  }
  return { edition: edition.id, asOf, readings, synthetic: Boolean(campaign.synthetic), bodies: results };
}

/** The level of a score: compared after rounding to the reported precision (seed-004a §4.8). */
export function levelOf(edition: EditionDecl, v: Decimal): string | null {
  if (!edition.levels) return null;
  const q = roundHalfUp(v, edition.precision);
  for (const l of edition.levels) if (q.gte(l.from)) return l.id;
  return null;
}
