// Runs every YAML case file beside every methodology edition (src/methodologies/<edition>/cases/*.yaml).
// A folder takes part when its index.ts exports `edition` (an EditionDecl); folders with their own
// case format (the risk module) run their own runner.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';
import { runCase, type CaseDoc } from '../src/engine/cases.js';
import type { EditionDecl } from '../src/engine/types.js';

const root = join(import.meta.dirname, '..', 'src', 'methodologies');
const folders = readdirSync(root, { withFileTypes: true }).filter(
  (d) => d.isDirectory() && existsSync(join(root, d.name, 'cases')) && existsSync(join(root, d.name, 'index.ts')),
);

for (const folder of folders) {
  const mod = (await import(join(root, folder.name, 'index.ts'))) as { edition?: EditionDecl; editions?: EditionDecl[] };
  const editions = [mod.edition, ...(mod.editions ?? [])].filter((e): e is EditionDecl => Boolean(e && 'root' in e));
  if (!editions.length) continue;
  const dir = join(root, folder.name, 'cases');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).sort()) {
    const doc = parse(readFileSync(join(dir, file), 'utf8')) as CaseDoc;
    const edition = editions.find((e) => e.id === doc.edition);
    describe(`${folder.name}/cases/${file}`, () => {
      it('names an edition of this folder', () => {
        expect(edition?.id, `edition "${doc.edition}"`).toBe(doc.edition);
        expect(doc.cases.length).toBeGreaterThan(0);
      });
      if (!edition) return;
      for (const c of doc.cases) {
        it(`${c.name} [${c.ref ?? doc.ref ?? 'no ref'}]`, () => {
          expect(runCase(edition, c)).toEqual([]);
        });
      }
    });
  }
}
