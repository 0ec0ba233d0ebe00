// The public page's JavaScript, gzipped (issue 8: ≤ 400 KB). Run: `npm run bench:web`.
//
// Reads the Vite manifest of web/dist (built first when missing or older than web/src) and follows
// what a browser opening /public downloads: the entry chunk and its static imports, then the public
// page's lazily loaded chunk and its static imports. Each file is gzipped (level 9, as a server's
// static precompression would; level 6 is printed too) and the sizes added up. Other pages' chunks
// (charts, KaTeX, scorecard) are listed for comparison but are not part of the figure.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'web/dist');
const TARGET_KB = 400;
const PAGE = 'src/pages/Public.tsx';

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const manifestPath = join(DIST, '.vite/manifest.json');
if (!existsSync(manifestPath) || statSync(manifestPath).mtimeMs < newest(join(ROOT, 'web/src'))) {
  console.log('building web/dist …');
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', 'web', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, Chunk>;

/** The chunk and everything it imports statically (what loads together with it). */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const i of manifest[key]?.imports ?? []) closure(i, seen);
  return seen;
}

const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
if (!entry || !manifest[PAGE]) throw new Error(`manifest without the entry or ${PAGE}; rebuild with npm run build:web`);
const keys = new Set([...closure(entry), ...closure(PAGE)]);

const size = (file: string) => {
  const buf = readFileSync(join(DIST, file));
  return { raw: buf.length, gz9: gzipSync(buf, { level: 9 }).length, gz6: gzipSync(buf, { level: 6 }).length };
};
const kb = (n: number) => (n / 1024).toFixed(1);

let raw = 0;
let gz9 = 0;
let gz6 = 0;
console.log('JavaScript loaded by the public page (/public):');
for (const k of keys) {
  const f = manifest[k]!.file;
  const s = size(f);
  raw += s.raw;
  gz9 += s.gz9;
  gz6 += s.gz6;
  console.log(`  ${f.padEnd(42)} ${kb(s.raw).padStart(8)} KB  gzip ${kb(s.gz9).padStart(7)} KB`);
}
const css = [...keys].flatMap((k) => manifest[k]!.css ?? []);
const cssGz = css.reduce((a, f) => a + size(f).gz9, 0);
console.log(`  total ${kb(raw)} KB raw, ${kb(gz9)} KB gzip -9 (${kb(gz6)} KB gzip -6); CSS besides: ${kb(cssGz)} KB gzip`);

console.log('Not loaded by the public page (other pages, on demand):');
const all = new Set(Object.values(manifest).filter((c) => c.file.endsWith('.js')).map((c) => c.file));
for (const f of [...all].filter((f) => ![...keys].some((k) => manifest[k]!.file === f)).sort()) console.log(`  ${f.padEnd(42)} gzip ${kb(size(f).gz9).padStart(7)} KB`);

const ratio = gz9 / 1024 / TARGET_KB;
console.log(`\npublic page JS: ${kb(gz9)} KB gzipped; target ≤ ${TARGET_KB} KB; ratio ${ratio.toFixed(2)} (${ratio <= 1 ? 'within' : 'OVER'} the target)`);
if (ratio > 1) process.exitCode = 1;
