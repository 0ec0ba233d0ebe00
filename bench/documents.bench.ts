// Benchmark of issue 7 (conclusion documents): the 2017 App 19 conclusion of every body of the
// SYNTHETIC demo campaign (40 bodies), drafted from the trace and rendered as DOCX and as PDF, against
// a baseline measured in the same run: the same document model written as plain text. Run:
// `npm run bench:documents` (tsx bench/documents.bench.ts).
//
// Each round generates one document per body (findings drafted, model built, rendered to a Buffer);
// the campaign is evaluated once, untimed. After warm-up rounds, the median of several rounds is
// reported as documents per second, with the ratio of each format's time to the text baseline's.
// The machine is shared: medians (min and max shown too) and the load average before and after.
// Environment: BENCH_RUNS (default 5), BENCH_WARMUP (default 1), BENCH_LANG (default ru).
import os from 'node:os';
import { demo2017 } from '../src/demo/index.js';
import { evaluateCampaign } from '../src/engine/evaluate.js';
import type { Lang } from '../src/engine/types.js';
import { findEdition } from '../src/methodologies/index.js';
import { conclusionModel, renderDocx, renderPdf, renderText } from '../src/documents/index.js';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const WARMUP = Math.max(0, Number(process.env.BENCH_WARMUP ?? 1));
const LANG = (process.env.BENCH_LANG ?? 'ru') as Lang;
const FORM = 'App19';
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const loadBefore = load();

const edition = findEdition('kz-2017-interaction');
const result = evaluateCampaign(edition, demo2017());
const ids = result.bodies.map((b) => b.id);
console.log(`SYNTHETIC demo campaign: ${ids.length} bodies, edition ${edition.id}, form ${FORM}, language ${LANG}`);

type Render = (d: ReturnType<typeof conclusionModel>) => Buffer | Promise<Buffer>;
const formats: [string, Render][] = [
  ['text (baseline)', renderText],
  ['DOCX', renderDocx],
  ['PDF', renderPdf],
];

async function round(render: Render): Promise<{ ms: number; bytes: number }> {
  let bytes = 0;
  const t = performance.now();
  for (const bodyId of ids) bytes += (await render(conclusionModel({ edition, result, bodyId, formId: FORM, lang: LANG }))).length;
  return { ms: performance.now() - t, bytes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: { name: string; med: number; min: number; max: number; bytes: number }[] = [];
for (const [name, render] of formats) {
  for (let i = 0; i < WARMUP; i++) await round(render);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = await round(render);
    times.push(r.ms);
    bytes = r.bytes;
  }
  rows.push({ name, med: median(times), min: Math.min(...times), max: Math.max(...times), bytes });
}

const base = rows[0]!.med;
console.log(`\n${'format'.padEnd(16)} ${'median ms'.padStart(10)} ${'min'.padStart(8)} ${'max'.padStart(8)} ${'docs/s'.padStart(8)} ${'KB/doc'.padStart(7)} ${'× text'.padStart(7)}`);
for (const r of rows)
  console.log(
    `${r.name.padEnd(16)} ${r.med.toFixed(1).padStart(10)} ${r.min.toFixed(1).padStart(8)} ${r.max.toFixed(1).padStart(8)} ${((ids.length * 1000) / r.med).toFixed(1).padStart(8)} ${(r.bytes / ids.length / 1024).toFixed(1).padStart(7)} ${(r.med / base).toFixed(1).padStart(7)}`,
  );
console.log(`\n${RUNS} timed rounds of ${ids.length} documents each (after ${WARMUP} warm-up); node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`);
console.log(`load average before: ${loadBefore}; after: ${load()}`);
console.log('SYNTHETIC DATA — invented scores, not official results');
