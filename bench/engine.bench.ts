// Benchmark of issue 2 §7: the engine on a SYNTHETIC 3,000-body campaign under the 2017 edition,
// against a hand-written straight-line scorer of direction 1 (./direction1-straight.ts) on the same
// inputs. Run: `npm run bench` (tsx bench/engine.bench.ts).
//
// 1. builds the campaign with largeSynthetic2017(N) (half central, half local, from the form declarations);
// 2. checks, before any timing, that the straight-line D1 equals the engine's exact D1 for every body
//    (exit 1 on the first difference) — on the campaign as generated, and on a copy in which some
//    bodies have no monitored service type, so that the p.31 pool rule (AMB-7) is exercised too;
// 3. times, after warm-up runs, the median of several runs of
//      - evaluateCampaign(edition, campaign)                     whole tree, with traces
//      - evaluateCampaign(edition, campaign, { targets: ['D1'] }) direction 1 only, with traces
//      - scoreDirection1(inputs)                                  straight-line D1 (inputs converted once, untimed)
// 4. prints the table, the ratios and the machine.
// Rows in parentheses only show where the engine's time goes (no traces; validation alone).
// Targets (issue 2): whole campaign < 1 s on the 2-core machine; engine D1 / straight-line D1 ≤ 3.
// The machine is shared: other work may run at the same time, hence medians (min and max shown too)
// and the load average before and after.
//
// Columns: wall-clock median, min and max; bodies/s from the wall median; the median CPU time of the
// process (all threads), which other work on the machine disturbs less.
// Environment: BENCH_BODIES (default 3000), BENCH_RUNS (default 5), BENCH_WARMUP (default 2).
import os from 'node:os';
import { largeSynthetic2017 } from '../src/demo/index.js';
import { Decimal } from '../src/engine/decimal.js';
import { evaluateCampaign } from '../src/engine/evaluate.js';
import { validateBody } from '../src/engine/validate.js';
import type { CampaignInput, CampaignResult } from '../src/engine/types.js';
import { findEdition } from '../src/methodologies/index.js';
import { prepareDirection1, scoreDirection1 } from './direction1-straight.js';

const N = Number(process.env.BENCH_BODIES ?? 3000);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const WARMUP = Math.max(0, Number(process.env.BENCH_WARMUP ?? 2));
const edition = findEdition('kz-2017-interaction');

const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const ms = (x: number) => x.toFixed(1);
const loadBefore = load();

// ---- 1. the campaign ---------------------------------------------------------------------------
const t0 = performance.now();
const campaign = largeSynthetic2017(N);
const genMs = performance.now() - t0;
const kinds = campaign.bodies.reduce<Record<string, number>>((acc, b) => ({ ...acc, [b.kind]: (acc[b.kind] ?? 0) + 1 }), {});
console.log(`SYNTHETIC campaign: ${campaign.bodies.length} bodies (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')}), edition ${edition.id}, generated in ${ms(genMs)} ms`);

// ---- 2. equality of the straight-line D1 and the engine's D1, before timing -----------------------
/** Compare every body's exact D1; exit 1 on the first difference. Returns the number of matches. */
function checkEqual(c: CampaignInput, what: string): number {
  const engine = evaluateCampaign(edition, c, { targets: ['D1'] });
  const straight = scoreDirection1(prepareDirection1(c));
  if (straight.length !== engine.bodies.length) {
    console.error(`${what}: ${straight.length} straight-line results for ${engine.bodies.length} bodies`);
    process.exit(1);
  }
  let matches = 0;
  engine.bodies.forEach((b, i) => {
    const s = straight[i]!;
    const exact = b.traces.D1?.exact;
    if (s.id !== b.id || exact === undefined || !new Decimal(exact).eq(s.d1)) {
      console.error(`${what}: first difference at body ${b.id} (${b.kind}): engine D1 = ${exact ?? 'absent'}, straight-line D1 = ${s.d1.toString()} (body ${s.id})`);
      const t = b.traces;
      console.error(`  engine criteria: ${Object.keys(t).filter((k) => /^D1\.[KM]\d$/.test(k)).map((k) => `${k} = ${t[k]!.exact}`).join(', ')}; D1.PEN = ${t['D1.PEN']?.exact}`);
      process.exit(1);
    }
    matches += 1;
  });
  return matches;
}

const matches = checkEqual(campaign, 'campaign as generated');
// the generator always draws at least one monitored service type: empty every 17th body's list so that
// the p.31 pool mean (AMB-7) is checked as well
const withPool: CampaignInput = structuredClone(campaign);
let poolBodies = 0;
withPool.bodies.forEach((b, i) => {
  if (i % 17 === 5) {
    (b.forms['D1.satisfaction'] as { service_types: unknown[] }).service_types = [];
    poolBodies += 1;
  }
});
const poolMatches = checkEqual(withPool, 'copy with unmonitored bodies');
console.log(`straight-line D1 = engine D1 (exact, 40 digits) for ${matches}/${campaign.bodies.length} bodies;`);
console.log(`  and for ${poolMatches}/${withPool.bodies.length} bodies of a copy in which ${poolBodies} bodies have no monitored service type (p.31 pool mean, AMB-7)`);

// ---- 3. timings -----------------------------------------------------------------------------------
interface Timing {
  /** wall-clock ms */
  median: number;
  min: number;
  max: number;
  /** median CPU ms of the process (user + system, all threads — GC helpers included): less sensitive than wall time to other work on the machine */
  cpu: number;
  runs: number;
  error?: string;
}

const medianOf = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function measure(fn: () => unknown, runs = RUNS, warmup = WARMUP): Timing {
  try {
    for (let i = 0; i < warmup; i++) fn();
    const times: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < runs; i++) {
      const c = process.cpuUsage();
      const t = performance.now();
      fn();
      times.push(performance.now() - t);
      const u = process.cpuUsage(c);
      cpus.push((u.user + u.system) / 1000);
    }
    return { median: medianOf(times), min: Math.min(...times), max: Math.max(...times), cpu: medianOf(cpus), runs };
  } catch (e) {
    return { median: NaN, min: NaN, max: NaN, cpu: NaN, runs: 0, error: (e as Error).message.split('\n')[0] };
  }
}

let last: CampaignResult | undefined;
const whole = measure(() => (last = evaluateCampaign(edition, campaign)));
const d1 = measure(() => evaluateCampaign(edition, campaign, { targets: ['D1'] }));
// where the engine's time goes (not targets): without traces, and input validation alone (which
// evaluateCampaign runs on every form of every body, whatever the targets)
const wholeNoTrace = measure(() => evaluateCampaign(edition, campaign, { trace: false }));
const d1NoTrace = measure(() => evaluateCampaign(edition, campaign, { targets: ['D1'], trace: false }));
const validation = measure(() => campaign.bodies.forEach((b) => validateBody(edition, b)));
const inputs = prepareDirection1(campaign);
// the straight-line scorer is ~100× faster: more runs for a stable median
const straight = measure(() => scoreDirection1(inputs), Math.max(RUNS, 21), Math.max(WARMUP, 5));
const straightRaw = measure(() => scoreDirection1(prepareDirection1(campaign)), Math.max(RUNS, 21), Math.max(WARMUP, 5));

// ---- 4. the table ---------------------------------------------------------------------------------
const rows: [string, Timing][] = [
  ['engine, whole tree (with traces)', whole],
  ['engine, D1 only (with traces)', d1],
  ['straight-line D1 (inputs as Decimal)', straight],
  ['  same, converting the raw forms', straightRaw],
  ['(engine, whole tree, trace: false)', wholeNoTrace],
  ['(engine, D1 only, trace: false)', d1NoTrace],
  ['(input validation alone, all forms)', validation],
];
const w = Math.max(...rows.map(([l]) => l.length));
console.log('');
console.log(`${'run'.padEnd(w)}  ${'median ms'.padStart(10)}  ${'min ms'.padStart(9)}  ${'max ms'.padStart(9)}  ${'bodies/s'.padStart(10)}  ${'CPU ms'.padStart(9)}  runs`);
for (const [label, t] of rows) {
  if (t.error) {
    console.log(`${label.padEnd(w)}  FAILED: ${t.error}`);
    continue;
  }
  const bps = Math.round((N / t.median) * 1000).toLocaleString('en-US');
  console.log(`${label.padEnd(w)}  ${ms(t.median).padStart(10)}  ${ms(t.min).padStart(9)}  ${ms(t.max).padStart(9)}  ${bps.padStart(10)}  ${ms(t.cpu).padStart(9)}  ${t.runs}`);
}
const ratio = (a: Timing, b: Timing) => (a.error || b.error ? 'n/a' : (a.median / b.median).toFixed(1));
console.log('');
const cpuRatio = (a: Timing, b: Timing) => (a.error || b.error ? 'n/a' : (a.cpu / b.cpu).toFixed(1));
console.log(`ratio engine D1 / straight-line D1:    ${ratio(d1, straight)} (wall), ${cpuRatio(d1, straight)} (CPU)   (target ≤ 3)`);
console.log(`ratio engine whole / straight-line D1: ${ratio(whole, straight)} (wall), ${cpuRatio(whole, straight)} (CPU)`);
console.log(
  `whole ${N}-body campaign: ${whole.error ? 'FAILED' : `${ms(whole.median)} ms (target < 1000 ms: ${whole.median < 1000 ? 'met' : 'missed'})`}` +
    (last ? `; ${last.bodies.length} bodies scored, first: ${last.bodies[0]?.id} = ${last.bodies[0]?.score} (${last.bodies[0]?.level})` : ''),
);
const cpus = os.cpus();
console.log('');
console.log(`machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores; Node ${process.version}; ${os.platform()} ${os.release()}`);
console.log(`load average (1/5/15 min) before: ${loadBefore}; after: ${load()} — the machine is shared, figures are medians`);
if (whole.error || d1.error) process.exit(2);
