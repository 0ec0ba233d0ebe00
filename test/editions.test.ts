import { describe, it, expect } from 'vitest';
import { checkEdition } from '../src/engine/check.js';
import { editions } from '../src/methodologies/index.js';
import { mini } from './fixtures/mini-edition.js';

describe('static checks of every edition', () => {
  for (const e of [mini, ...editions]) {
    it(`${e.id}: formulas parse, symbols bound, labels in kk/ru/en, references present`, () => {
      expect(checkEdition(e)).toEqual([]);
    });
  }
  it('catches an unbound symbol and a missing label', () => {
    const bad = { ...mini, root: { ...mini.root, label: { ...mini.root.label, kk: '' }, formula: { expr: 'x + y', where: {} } } };
    const p = checkEdition(bad);
    expect(p).toContain('T: missing kk label');
    expect(p).toContain('T: symbol "x" of "x + y" is not bound in where');
  });
});
