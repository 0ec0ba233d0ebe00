// The formulas shown in the web app: the engine's one-liners turned into LaTeX for KaTeX.
import { describe, expect, it } from 'vitest';
import { toLatex } from '../../web/src/latex.js';

const W = { if: 'if', otherwise: 'otherwise' };

describe('toLatex', () => {
  it('writes division as a fraction and products with a dot', () => {
    expect(toLatex('k - a / b * 10000', W)).toBe('k - \\frac{a}{b} \\cdot 10000');
  });
  it('keeps the brackets the precedence needs', () => {
    expect(toLatex('(u + d + h) / 3', W)).toBe('\\frac{u + d + h}{3}');
    expect(toLatex('a - (b + c)', W)).toBe('a - \\left(b + c\\right)');
    expect(toLatex('(a + b) * c', W)).toBe('\\left(a + b\\right) \\cdot c');
  });
  it('writes max/min as operators, words upright, indices as subscripts', () => {
    expect(toLatex('max(0, total - Z1)', W)).toBe('\\max\\left(0,\\ \\mathrm{total} - Z_{1}\\right)');
    expect(toLatex('per_fact * n', W)).toBe('\\mathrm{per\\_fact} \\cdot n');
  });
  it('shows a conditional and the engine\'s guarded cases as a brace, in the given words', () => {
    expect(toLatex('n > 0 ? p : 0', W)).toBe('\\begin{cases} p & \\text{if}\\ n > 0 \\\\ 0 & \\text{otherwise} \\end{cases}');
    expect(toLatex('0 if b == 0; a / b * per', { if: 'егер', otherwise: 'әйтпесе' })).toBe(
      '\\begin{cases} 0 & \\text{егер}\\ b = 0 \\\\ \\frac{a}{b} \\cdot \\mathrm{per} & \\text{әйтпесе} \\end{cases}',
    );
  });
  it('gives null for text that is not a formula (a compute formula\'s description)', () => {
    expect(toLatex('mean over the monitored services of the share late', W)).toBeNull();
  });
});
