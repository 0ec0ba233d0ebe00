// The engine's one-line formulas (`max(0, k - a / b * 10000)`) turned into LaTeX for KaTeX. Parsed
// with jsep, as the engine parses them, so what is shown is what is computed. Text that is not a
// formula (a ComputeFormula's description) returns null and is shown as written.
import jsep from 'jsep';

type N = jsep.Expression;

const PREC: Record<string, number> = { '||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '<=': 4, '>': 4, '>=': 4, '+': 5, '-': 5, '*': 6, '/': 6 };
const OPS: Record<string, string> = { '||': '\\lor', '&&': '\\land', '==': '=', '!=': '\\ne', '<': '<', '<=': '\\le', '>': '>', '>=': '\\ge', '+': '+', '-': '-', '*': '\\cdot' };

/** Identifiers: single letters in italics, words upright, underscores escaped, dots kept. */
export function ident(name: string): string {
  const esc = name.replace(/\\/g, '').replace(/_/g, '\\_');
  if (/^[A-Za-z]$/.test(name)) return name;
  const m = /^([A-Za-z])(\d+)$/.exec(name);
  if (m) return `${m[1]}_{${m[2]}}`;
  return `\\mathrm{${esc}}`;
}

function prec(n: N): number {
  if (n.type === 'BinaryExpression') return PREC[(n as jsep.BinaryExpression).operator] ?? 0;
  if (n.type === 'ConditionalExpression') return 0;
  return 10;
}

function wrap(s: string): string {
  return `\\left(${s}\\right)`;
}

export interface Words {
  if: string;
  otherwise: string;
}
// The words of the current call (set by toLatex; rendering is synchronous, one formula at a time).
let words: Words = { if: 'if', otherwise: 'otherwise' };
const txt = (s: string) => `\\text{${s.replace(/[\\{}_$%#&^~]/g, '')}}`;

function tex(n: N): string {
  switch (n.type) {
    case 'Literal': {
      const raw = String((n as jsep.Literal).raw);
      return /^["']/.test(raw) ? `\\text{${raw.slice(1, -1).replace(/[\\{}_$%#&^~]/g, '')}}` : raw;
    }
    case 'Identifier':
      return ident((n as jsep.Identifier).name);
    case 'MemberExpression': {
      const m = n as jsep.MemberExpression;
      return `${tex(m.object)}.${m.property.type === 'Identifier' ? ident((m.property as jsep.Identifier).name) : tex(m.property)}`;
    }
    case 'UnaryExpression': {
      const u = n as jsep.UnaryExpression;
      const a = prec(u.argument) < 10 ? wrap(tex(u.argument)) : tex(u.argument);
      return u.operator === '!' ? `\\lnot ${a}` : `${u.operator}${a}`;
    }
    case 'BinaryExpression': {
      const b = n as jsep.BinaryExpression;
      if (b.operator === '/') return `\\frac{${tex(b.left)}}{${tex(b.right)}}`;
      const p = PREC[b.operator] ?? 0;
      const l = prec(b.left) < p ? wrap(tex(b.left)) : tex(b.left);
      // Right side: equal precedence needs brackets for - and (a - (b + c)).
      const r = prec(b.right) < p || (prec(b.right) === p && (b.operator === '-' || b.operator === '*')) ? wrap(tex(b.right)) : tex(b.right);
      return `${l} ${OPS[b.operator] ?? b.operator} ${r}`;
    }
    case 'ConditionalExpression': {
      const c = n as jsep.ConditionalExpression;
      return `\\begin{cases} ${tex(c.consequent)} & ${txt(words.if)}\\ ${tex(c.test)} \\\\ ${tex(c.alternate)} & ${txt(words.otherwise)} \\end{cases}`;
    }
    case 'CallExpression': {
      const c = n as jsep.CallExpression;
      const f = c.callee.type === 'Identifier' ? (c.callee as jsep.Identifier).name : '';
      const args = c.arguments.map(tex);
      if (f === 'abs' && args.length === 1) return `\\left|${args[0]}\\right|`;
      if (f === 'floor' && args.length === 1) return `\\left\\lfloor ${args[0]} \\right\\rfloor`;
      if (f === 'ceil' && args.length === 1) return `\\left\\lceil ${args[0]} \\right\\rceil`;
      const name = ['max', 'min'].includes(f) ? `\\${f}` : `\\operatorname{${f.replace(/_/g, '\\_')}}`;
      return `${name}${wrap(args.join(',\\ '))}`;
    }
    case 'Compound':
      throw new Error('not one formula');
    default:
      throw new Error(`cannot show ${n.type}`);
  }
}

/**
 * The engine writes a formula with guarded cases as `e1 if w1; e2 if w2; main` (evaluate.ts):
 * shown as a brace of cases, the first that holds wins, the main expression "otherwise".
 */
export function toLatex(expr: string, w?: Words): string | null {
  if (w) words = w;
  try {
    const parts = expr.split(/;\s*/).filter((p) => p.trim() !== '');
    if (parts.length > 1) {
      const rows = parts.slice(0, -1).map((p) => {
        const i = p.lastIndexOf(' if ');
        if (i < 0) throw new Error('not a case');
        return `${tex(jsep(p.slice(0, i)))} & ${txt(words.if)}\\ ${tex(jsep(p.slice(i + 4)))}`;
      });
      rows.push(`${tex(jsep(parts[parts.length - 1]!))} & ${txt(words.otherwise)}`);
      return `\\begin{cases} ${rows.join(' \\\\ ')} \\end{cases}`;
    }
    return tex(jsep(expr));
  } catch {
    return null;
  }
}
