// Runs the direction 1 YAML cases (../cases/direction1-*.yaml) on their own, so the direction can be
// checked without loading every other edition (test/cases.test.ts runs them too, with all the rest).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';
import { runCase, type CaseDoc } from '../../../engine/cases.js';
import { edition } from '../edition.js';

const dir = join(import.meta.dirname, '..', 'cases');
for (const file of readdirSync(dir).filter((f) => f.startsWith('direction1-') && f.endsWith('.yaml')).sort()) {
  const doc = parse(readFileSync(join(dir, file), 'utf8')) as CaseDoc;
  describe(file, () => {
    for (const c of doc.cases) {
      it(`${c.name} [${c.ref ?? doc.ref ?? 'no ref'}]`, () => {
        expect(doc.edition).toBe(edition.id);
        expect(runCase(edition, c)).toEqual([]);
      });
    }
  });
}
