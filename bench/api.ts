// bench/api: load on GET scorecard and PUT submission with autocannon, and in the same run a bare
// Fastify route returning a constant JSON of the scorecard's size. Prints throughput, the ratio to
// the bare route, and p99 latency. Target (issue 6): ratio ≥ 0.5 on the scorecard read.
//   npx tsx bench/api.ts            (BENCH_SECONDS=10, BENCH_CONNECTIONS=20, DATABASE_URL for PostgreSQL)
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { startServer } from '../src/server/index.js';

process.env.TIIMDI_SCRYPT_LOG2N ??= '12';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

const server = await startServer({ port: 0, dataDir: 'memory://', databaseUrl: process.env.DATABASE_URL, demo: true, quiet: true });
const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'commission', password: 'demo-commission-2018' }) });
const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

const scorecardPath = '/api/campaigns/1/snapshots/1/bodies/MOJ';
const sample = await fetch(server.url + scorecardPath, { headers: { cookie } });
if (!sample.ok) throw new Error(`scorecard: ${sample.status} ${await sample.text()}`);
const sampleText = await sample.text();
const constant = JSON.parse(sampleText) as unknown;

const bare = Fastify();
bare.get('/constant', async () => constant);
await bare.listen({ port: 0, host: '127.0.0.1' });
const bareAddr = bare.server.address();
const bareUrl = `http://127.0.0.1:${typeof bareAddr === 'object' && bareAddr ? bareAddr.port : 0}`;

async function load(title: string, opts: autocannon.Options) {
  const r = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts });
  const non2xx = r.non2xx + r.errors;
  console.log(`${title.padEnd(34)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p99 ${String(r.latency.p99).padStart(5)} ms   (${non2xx} non-2xx/errors)`);
  return r;
}

console.log(`bench/api: ${SECONDS}s × ${CONNECTIONS} connections per target; database ${server.database.engine}; scorecard JSON ${sampleText.length} bytes`);
// The machine may be shared: the bare route runs before and after the scorecard, and the ratio
// uses their mean.
const b1 = await load('bare Fastify constant JSON', { url: `${bareUrl}/constant` });
const s = await load('GET scorecard', { url: server.url + scorecardPath, headers: { cookie } });
const b2 = await load('bare Fastify constant JSON (again)', { url: `${bareUrl}/constant` });
const b = { requests: { average: (b1.requests.average + b2.requests.average) / 2 }, latency: { p99: Math.max(b1.latency.p99, b2.latency.p99) } };
// Submissions as 40 bodies file them at once: the administrator saves App1 drafts round the bodies.
const admin = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'admin', password: 'demo-admin-2018' }) });
const adminCookie = admin.headers.get('set-cookie')!.split(';')[0]!;
const bodies = ((await (await fetch(`${server.url}/api/campaigns/2`)).json()) as { bodies: { id: string }[] }).bodies.map((b) => b.id);
let n = 0;
const p = await load('PUT submission (draft version)', {
  url: server.url,
  requests: [
    {
      method: 'PUT',
      headers: { cookie: adminCookie, 'content-type': 'application/json' },
      setupRequest: (req) => {
        const i = n++;
        return { ...req, path: `/api/campaigns/2/submissions/${bodies[i % bodies.length]}/kz-2017-interaction/App1`, body: JSON.stringify({ data: { unreliable_facts_d1: i % 7, unreliable_facts_d2: 0, unreliable_facts_d3: 1 } }) };
      },
    },
  ],
});
const ratio = s.requests.average / b.requests.average;
console.log(`scorecard / bare throughput ratio: ${ratio.toFixed(2)} (target ≥ 0.5) ${ratio >= 0.5 ? 'MET' : 'NOT MET'}`);
console.log(`p99: scorecard ${s.latency.p99} ms, bare ${b.latency.p99} ms, submission ${p.latency.p99} ms`);
await bare.close();
await server.close();
