import { describe, it, expect } from 'vitest';
import { demo2017, largeSynthetic2017 } from '../src/demo/index.js';
import { profile2017 } from '../src/demo/profile-2017.js';
import { findEdition } from '../src/methodologies/index.js';
import type { FieldDecl } from '../src/engine/types.js';

describe('SYNTHETIC demo campaigns', () => {
  it('are marked synthetic and deterministic', () => {
    const a = demo2017();
    expect(a.synthetic).toBe(true);
    expect(a.title).toMatch(/^SYNTHETIC/);
    expect(JSON.stringify(demo2017())).toBe(JSON.stringify(a));
    expect(a.bodies.filter((b) => b.kind === 'central')).toHaveLength(20);
    expect(a.bodies.filter((b) => b.kind === 'local')).toHaveLength(20);
    expect(largeSynthetic2017(10).bodies.every((b) => String(b.name).startsWith('SYNTHETIC'))).toBe(true);
  });
  it('every plausibility hint of the 2017 profile names a declared field', () => {
    const e = findEdition('kz-2017-interaction');
    const find = (fields: readonly FieldDecl[], path: string[]): FieldDecl | undefined => {
      const [head, ...rest] = path;
      const f = fields.find((x) => x.name === head);
      return rest.length ? find(f?.item ?? [], rest) : f;
    };
    for (const key of Object.keys(profile2017)) {
      const form = e.forms.find((f) => key.startsWith(f.id + '.') && find(f.fields, key.slice(f.id.length + 1).split('.')));
      expect(form, key).toBeDefined();
    }
  });
});
