// The formula language: one-line expressions as a person reads them in the act
// (`max(0, k - a / b * 10000) + d`), parsed by jsep and compiled once into closures over exact
// decimals. Numbers in the text are read from their digits, never through binary floats.
import jsep from 'jsep';
import { Decimal, ZERO, ONE, roundHalfUp } from './decimal.js';
import type { Band } from './types.js';

export type Value = Decimal | boolean | string | readonly Band[];
/** Looks a symbol up; `onBand`, when set, hears every band look-up (table symbol, quantity, points) for the trace. */
export type Resolver = ((symbol: string) => Value) & { onBand?: (tableSymbol: string, x: Decimal, result: Decimal) => void };
export type Compiled = (resolve: Resolver) => Value;

export class FormulaError extends Error {}

/** Band look-up (spec convention, seed-004a §4.8): round x half-up to 2 decimals, then `≥` lower bounds. */
export function lookupBand(table: readonly Band[], x: Decimal): Decimal {
  const q = roundHalfUp(x, 2);
  const compiled = compiledBands(table);
  if (compiled) {
    for (const b of compiled) {
      const aboveFrom = b.from === undefined || q.gte(b.from);
      const belowTo = b.to === undefined || (b.toInclusive ? q.lte(b.to) : q.lt(b.to));
      if (aboveFrom && belowTo) return b.value;
    }
  } else {
    for (const b of table) {
      const aboveFrom = b.from === undefined || q.gte(b.from);
      const belowTo = b.to === undefined || (b.toInclusive ? q.lte(b.to) : q.lt(b.to));
      if (aboveFrom && belowTo) return new Decimal(b.value);
    }
  }
  throw new FormulaError(`value ${q.toString()} falls in no band of the table`);
}

/** A band table with its bounds and values read once as decimals (decimals are immutable, so shared). */
interface CompiledBand {
  from?: Decimal;
  to?: Decimal;
  toInclusive?: boolean;
  value: Decimal;
}
const bandCache = new WeakMap<readonly Band[], readonly CompiledBand[] | null>();
/** The compiled table, or null when some entry does not read as a decimal (then the table is read as written, so the error stays where it was). */
function compiledBands(table: readonly Band[]): readonly CompiledBand[] | null {
  let c = bandCache.get(table);
  if (c === undefined) {
    try {
      c = table.map((b) => ({
        ...(b.from === undefined ? {} : { from: new Decimal(b.from) }),
        ...(b.to === undefined ? {} : { to: new Decimal(b.to) }),
        toInclusive: b.toInclusive,
        value: new Decimal(b.value),
      }));
    } catch {
      c = null;
    }
    bandCache.set(table, c);
  }
  return c;
}

const num = (v: Value | undefined, what: string): Decimal => {
  if (v === undefined) throw new FormulaError(`${what}: missing argument`);
  if (v instanceof Decimal) return v;
  if (typeof v === 'boolean') return v ? ONE : ZERO;
  throw new FormulaError(`${what}: expected a number, got ${typeof v === 'string' ? JSON.stringify(v) : 'a table'}`);
};
const truthy = (v: Value | undefined): boolean => (typeof v === 'boolean' ? v : v instanceof Decimal ? !v.isZero() : Boolean(v));

const FUNCTIONS: Record<string, (args: (Value | undefined)[]) => Value> = {
  min: (a) => Decimal.min(...a.map((x) => num(x, 'min'))),
  max: (a) => Decimal.max(...a.map((x) => num(x, 'max'))),
  abs: ([x]) => num(x, 'abs').abs(),
  floor: ([x]) => num(x, 'floor').floor(),
  ceil: ([x]) => num(x, 'ceil').ceil(),
  /** round(x, n): half-up to n decimals (default 2) */
  round: ([x, n]) => roundHalfUp(num(x, 'round'), n === undefined ? 2 : num(n, 'round').toNumber()),
  clamp: ([x, lo, hi]) => Decimal.min(Decimal.max(num(x, 'clamp'), num(lo, 'clamp')), num(hi, 'clamp')),
    band: ([t, x]) => {
    if (!Array.isArray(t)) throw new FormulaError('band(table, x): the first argument must be a band table');
    return lookupBand(t as readonly Band[], num(x, 'band'));
  },
};

const BINARY: Record<string, (a: Value, b: Value) => Value> = {
  '+': (a, b) => num(a, '+').plus(num(b, '+')),
  '-': (a, b) => num(a, '-').minus(num(b, '-')),
  '*': (a, b) => num(a, '*').times(num(b, '*')),
  '/': (a, b) => {
    const d = num(b, '/');
    if (d.isZero()) throw new FormulaError('division by zero (add a `cases` branch for the zero denominator)');
    return num(a, '/').div(d);
  },
  '<': (a, b) => num(a, '<').lt(num(b, '<')),
  '<=': (a, b) => num(a, '<=').lte(num(b, '<=')),
  '>': (a, b) => num(a, '>').gt(num(b, '>')),
  '>=': (a, b) => num(a, '>=').gte(num(b, '>=')),
  '==': (a, b) => (a instanceof Decimal && b instanceof Decimal ? a.eq(b) : a === b),
  '!=': (a, b) => (a instanceof Decimal && b instanceof Decimal ? !a.eq(b) : a !== b),
};

// jsep ships `+ - * / < <= > >= == != && || !` and the ternary; `=` and bitwise forms are not in the language.
type Node = jsep.Expression;

function compileNode(n: Node, symbols: Set<string>): Compiled {
  switch (n.type) {
    case 'Literal': {
      const raw = String((n as jsep.Literal).raw);
      const v = (n as jsep.Literal).value;
      if (typeof v === 'number') {
        const d = new Decimal(raw);
        return () => d;
      }
      if (typeof v === 'boolean' || typeof v === 'string') return () => v;
      throw new FormulaError(`unsupported literal ${raw}`);
    }
    case 'Identifier': {
      const name = (n as jsep.Identifier).name;
      if (name === 'true' || name === 'false') {
        const b = name === 'true';
        return () => b;
      }
      symbols.add(name);
      return (resolve) => resolve(name);
    }
    case 'UnaryExpression': {
      const u = n as jsep.UnaryExpression;
      const arg = compileNode(u.argument, symbols);
      if (u.operator === '-') return (r) => num(arg(r), '-').neg();
      if (u.operator === '+') return (r) => num(arg(r), '+');
      if (u.operator === '!') return (r) => !truthy(arg(r));
      throw new FormulaError(`unsupported operator ${u.operator}`);
    }
    case 'BinaryExpression': {
      const b = n as jsep.BinaryExpression;
      const l = compileNode(b.left, symbols);
      const r = compileNode(b.right, symbols);
      if (b.operator === '&&') return (res) => truthy(l(res)) && truthy(r(res));
      if (b.operator === '||') return (res) => truthy(l(res)) || truthy(r(res));
      const op = BINARY[b.operator];
      if (!op) throw new FormulaError(`unsupported operator ${b.operator}`);
      return (res) => op(l(res), r(res));
    }
    case 'ConditionalExpression': {
      const c = n as jsep.ConditionalExpression;
      const t = compileNode(c.test, symbols);
      const y = compileNode(c.consequent, symbols);
      const z = compileNode(c.alternate, symbols);
      return (r) => (truthy(t(r)) ? y(r) : z(r));
    }
    case 'CallExpression': {
      const c = n as jsep.CallExpression;
      if (c.callee.type !== 'Identifier') throw new FormulaError('only named functions can be called');
      const fname = (c.callee as jsep.Identifier).name;
      const args = c.arguments.map((a) => compileNode(a, symbols));
      if (fname === 'if') {
        // lazy, so that `if(b == 0, k, k - a / b)` never divides by zero
        const [ct, ca, cb] = args;
        if (!ct || !ca || !cb || args.length !== 3) throw new FormulaError('if(condition, then, else) takes three arguments');
        return (r) => (truthy(ct(r)) ? ca(r) : cb(r));
      }
      const f = FUNCTIONS[fname];
      if (!f) throw new FormulaError(`unknown function ${fname}(); known: if, ${Object.keys(FUNCTIONS).join(', ')}`);
      if (fname === 'band') {
        const first = c.arguments[0];
        const tableSym = first?.type === 'Identifier' ? (first as jsep.Identifier).name : 'table';
        return (r) => {
          const vals = args.map((a) => a(r));
          const out = f(vals) as Decimal;
          r.onBand?.(tableSym, num(vals[1], 'band'), out);
          return out;
        };
      }
      return (r) => f(args.map((a) => a(r)));
    }
    default:
      throw new FormulaError(`unsupported expression ${n.type}`);
  }
}

export interface CompiledExpr {
  text: string;
  run: Compiled;
  symbols: ReadonlySet<string>;
}

const cache = new Map<string, CompiledExpr>();

/** Compile (once per text) a formula expression. Throws FormulaError naming the text on a syntax error. */
export function compileExpr(text: string): CompiledExpr {
  const hit = cache.get(text);
  if (hit) return hit;
  let tree: Node;
  try {
    tree = jsep(text);
  } catch (e) {
    throw new FormulaError(`cannot parse formula "${text}": ${(e as Error).message}`);
  }
  const symbols = new Set<string>();
  let run: Compiled;
  try {
    run = compileNode(tree, symbols);
  } catch (e) {
    throw new FormulaError(`formula "${text}": ${(e as Error).message}`);
  }
  const c = { text, run, symbols };
  cache.set(text, c);
  return c;
}

export function asDecimal(v: Value, text: string): Decimal {
  try {
    return num(v, text);
  } catch (e) {
    throw new FormulaError(`formula "${text}": ${(e as Error).message}`);
  }
}
export { truthy };
