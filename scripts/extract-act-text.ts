// Regenerates src/acts/text/<edition>.ts from the seeds (the acts as text taken from the PDFs).
//
//   npx tsx scripts/extract-act-text.ts [seedsDir]     (default /work/shared/seeds)
//
// The logic lives in src/acts/extract.ts (typechecked and tested with the rest); see src/acts/README.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, render, SEEDS } from '../src/acts/extract.js';

const seedsDir = process.argv[2] ?? '/work/shared/seeds';
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'acts', 'text');
mkdirSync(outDir, { recursive: true });
for (const cfg of SEEDS) {
  const text = extract(cfg, seedsDir);
  writeFileSync(join(outDir, `${cfg.edition}.ts`), render(cfg, text));
  const ps = Object.keys(text.paragraphs).map(Number);
  console.log(`${cfg.edition} (${cfg.lang}, ${cfg.seed}): ${ps.length} paragraphs (${Math.min(...ps)}–${Math.max(...ps)}), appendices ${Object.keys(text.appendices).join(', ') || 'none'}`);
}
