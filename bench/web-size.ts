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
import { fileURLToPath, pathToFileURL } from 'node:url';
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

const kb = (n: number) => (n / 1024).toFixed(1);
const gz = (file: string) => {
  const buf = readFileSync(join(DIST, file));
  return { raw: buf.length, gz9: gzipSync(buf, { level: 9 }).length, gz6: gzipSync(buf, { level: 6 }).length };
};

export interface PageSize {
  files: { file: string; raw: number; gz9: number; gz6: number }[];
  raw: number;
  gz9: number;
  gz6: number;
  cssGz: number;
  others: { file: string; gz9: number }[];
}

/** What a browser opening /public downloads, from the manifest of an existing build. */
export function publicPageSize(): PageSize {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
  // The chunk and everything it imports statically (what loads together with it).
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const i of manifest[key]?.imports ?? []) closure(i, seen);
    return seen;
  };
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry || !manifest[PAGE]) throw new Error(`manifest without the entry or ${PAGE}; rebuild with npm run build:web`);
  const keys = [...new Set([...closure(entry), ...closure(PAGE)])];
  const files = keys.map((k) => ({ file: manifest[k]!.file, ...gz(manifest[k]!.file) }));
  const mine = new Set(files.map((f) => f.file));
  const others = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith('.js') && !mine.has(f)).sort().map((f) => ({ file: f, gz9: gz(f).gz9 }));
  const cssGz = keys.flatMap((k) => manifest[k]!.css ?? []).reduce((a, f) => a + gz(f).gz9, 0);
  const sum = (k: 'raw' | 'gz9' | 'gz6') => files.reduce((a, f) => a + f[k], 0);
  return { files, raw: sum('raw'), gz9: sum('gz9'), gz6: sum('gz6'), cssGz, others };
}

export const TARGET_BYTES = TARGET_KB * 1024;

function main(): void {
  const manifestPath = join(DIST, '.vite/manifest.json');
  if (!existsSync(manifestPath) || statSync(manifestPath).mtimeMs < newest(join(ROOT, 'web/src'))) {
    console.log('building web/dist …');
    execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', 'web', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  }
  const s = publicPageSize();
  console.log('JavaScript loaded by the public page (/public):');
  for (const f of s.files) console.log(`  ${f.file.padEnd(42)} ${kb(f.raw).padStart(8)} KB  gzip ${kb(f.gz9).padStart(7)} KB`);
  console.log(`  total ${kb(s.raw)} KB raw, ${kb(s.gz9)} KB gzip -9 (${kb(s.gz6)} KB gzip -6); CSS besides: ${kb(s.cssGz)} KB gzip`);
  console.log('Not loaded by the public page (other pages, on demand):');
  for (const f of s.others) console.log(`  ${f.file.padEnd(42)} gzip ${kb(f.gz9).padStart(7)} KB`);
  const ratio = s.gz9 / TARGET_BYTES;
  console.log(`\npublic page JS: ${kb(s.gz9)} KB gzipped; target ≤ ${TARGET_KB} KB; ratio ${ratio.toFixed(2)} (${ratio <= 1 ? 'within' : 'OVER'} the target)`);
  if (ratio > 1) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
