// The authorization matrix: every role (and the anonymous public, and an evaluator of another
// assessing body) against every route. Allowed: the answer is not 401/403 (it may still be 409 or
// 422 for the state the data is in). Refused: 401 for the anonymous, 403 for a signed-in role.
// The body officer works for MOJ; MIA is "another body".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, call, login, world, type Req, type World } from './harness.js';

type Who = 'anonymous' | 'admin' | 'methodologist' | 'evaluator' | 'evaluator_other' | 'officer' | 'commission' | 'inspector' | 'public';
const WHO: Who[] = ['anonymous', 'admin', 'methodologist', 'evaluator', 'evaluator_other', 'officer', 'commission', 'inspector', 'public'];
const ALL = WHO;
const SIGNED_IN = WHO.filter((w) => w !== 'anonymous');
const INSIDERS: Who[] = ['admin', 'methodologist', 'evaluator', 'evaluator_other', 'commission'];

const E = 'kz-2017-interaction';
const sub = (c: number, body: string, suffix = '') => `/api/campaigns/${c}/submissions/${body}/${E}/App1${suffix}`;
const facts = { unreliable_facts_d1: 0, unreliable_facts_d2: 0, unreliable_facts_d3: 0 };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A blank App1 template, fetched in beforeAll, used as the upload body. */
let blank: Buffer = Buffer.alloc(0);
let n = 0;
const uniq = () => `${Date.now() % 100000}${n++}`;

interface Row {
  name: string;
  req: () => Req;
  allowed: Who[];
}

// Order matters only at the end: release/publish change who sees what, so they come last.
const MATRIX: Row[] = [
  { name: 'GET /api/me', req: () => ({ method: 'GET', url: '/api/me' }), allowed: ALL },
  { name: 'GET /api/health', req: () => ({ method: 'GET', url: '/api/health' }), allowed: ALL },
  { name: 'GET /api/openapi.json', req: () => ({ method: 'GET', url: '/api/openapi.json' }), allowed: ALL },
  { name: 'GET /api/editions', req: () => ({ method: 'GET', url: '/api/editions' }), allowed: ALL },
  { name: 'GET /api/editions/:id/forms', req: () => ({ method: 'GET', url: `/api/editions/${E}/forms` }), allowed: ALL },
  { name: 'GET /api/editions/:id/act-text', req: () => ({ method: 'GET', url: `/api/editions/${E}/act-text?paragraph=p.31&appendix=App%206` }), allowed: ALL },
  { name: 'GET /api/methodologies', req: () => ({ method: 'GET', url: '/api/methodologies' }), allowed: ALL },
  { name: 'GET /api/methodologies/:id', req: () => ({ method: 'GET', url: `/api/methodologies/${E}` }), allowed: ALL },
  { name: 'GET /api/roles', req: () => ({ method: 'GET', url: '/api/roles' }), allowed: ALL },
  { name: 'GET /api/bodies', req: () => ({ method: 'GET', url: '/api/bodies' }), allowed: ALL },
  { name: 'GET /api/bodies/:id', req: () => ({ method: 'GET', url: '/api/bodies/MIA' }), allowed: ALL },
  {
    name: 'POST /api/bodies',
    req: () => ({ method: 'POST', url: '/api/bodies', payload: { id: `X${uniq()}`, name: { kk: 'Сынақ', ru: 'Тест', en: 'Test' }, kind: 'local', level: 'district', region: 'AKM' } }),
    allowed: ['admin'],
  },
  { name: 'PATCH /api/bodies/:id (another body)', req: () => ({ method: 'PATCH', url: '/api/bodies/MIA', payload: { region: 'AST' } }), allowed: ['admin'] },
  { name: 'PATCH /api/bodies/:id (own body)', req: () => ({ method: 'PATCH', url: '/api/bodies/MOJ', payload: { region: 'AST' } }), allowed: ['admin'] },
  { name: 'GET /api/services', req: () => ({ method: 'GET', url: '/api/services' }), allowed: ALL },
  {
    name: 'POST /api/services',
    req: () => ({ method: 'POST', url: '/api/services', payload: { code: `8${uniq()}`.slice(0, 12), name: { kk: 'Қызмет', ru: 'Услуга' }, automation: 'none' } }),
    allowed: ['admin'],
  },
  { name: 'GET /api/users', req: () => ({ method: 'GET', url: '/api/users' }), allowed: ['admin'] },
  {
    name: 'POST /api/users',
    req: () => ({ method: 'POST', url: '/api/users', payload: { login: `u${uniq()}`, displayName: 'New user', password: 'long-enough-password', role: 'commission' } }),
    allowed: ['admin'],
  },
  { name: 'PATCH /api/users/:id', req: () => ({ method: 'PATCH', url: '/api/users/7', payload: { displayName: `Public ${uniq()}` } }), allowed: ['admin'] },
  { name: 'GET /api/campaigns', req: () => ({ method: 'GET', url: '/api/campaigns' }), allowed: ALL },
  { name: 'GET /api/campaigns/:id', req: () => ({ method: 'GET', url: '/api/campaigns/2' }), allowed: ALL },
  {
    name: 'POST /api/campaigns',
    req: () => ({ method: 'POST', url: '/api/campaigns', payload: { code: `c${uniq()}`, title: { kk: 'Науқан', ru: 'Кампания', en: 'Campaign' }, periodFrom: '2019-01-01', periodTo: '2019-12-31', editions: [E], bodies: ['MOJ'] } }),
    allowed: ['admin'],
  },
  { name: 'GET submissions list', req: () => ({ method: 'GET', url: '/api/campaigns/1/submissions' }), allowed: SIGNED_IN },
  { name: 'GET own body submission', req: () => ({ method: 'GET', url: sub(1, 'MOJ') }), allowed: ['admin', 'methodologist', 'evaluator', 'officer', 'commission'] },
  { name: 'GET another body submission', req: () => ({ method: 'GET', url: sub(1, 'MIA') }), allowed: ['admin', 'methodologist', 'evaluator', 'commission'] },
  { name: 'PUT own body submission', req: () => ({ method: 'PUT', url: sub(2, 'MOJ'), payload: { data: facts } }), allowed: ['admin', 'officer'] },
  { name: 'PUT another body submission', req: () => ({ method: 'PUT', url: sub(2, 'MIA'), payload: { data: facts } }), allowed: ['admin'] },
  { name: 'GET Excel template', req: () => ({ method: 'GET', url: `/api/campaigns/2/templates/${E}/App1` }), allowed: SIGNED_IN },
  { name: 'PUT Excel upload own body', req: () => ({ method: 'PUT', url: sub(2, 'MOJ', '/xlsx'), payload: blank, headers: { 'content-type': XLSX } }), allowed: ['admin', 'officer'] },
  { name: 'PUT Excel upload another body', req: () => ({ method: 'PUT', url: sub(2, 'MIA', '/xlsx'), payload: blank, headers: { 'content-type': XLSX } }), allowed: ['admin'] },
  { name: 'PUT CSV table own body', req: () => ({ method: 'PUT', url: `/api/campaigns/2/submissions/MOJ/${E}/D1.satisfaction/csv/service_types`, payload: 'service,satisfaction\nA,4\n', headers: { 'content-type': 'text/csv' } }), allowed: ['admin', 'officer'] },
  { name: 'PUT CSV table another body', req: () => ({ method: 'PUT', url: `/api/campaigns/2/submissions/MIA/${E}/D1.satisfaction/csv/service_types`, payload: 'service,satisfaction\nA,4\n', headers: { 'content-type': 'text/csv' } }), allowed: ['admin'] },
  { name: 'POST submit own body', req: () => ({ method: 'POST', url: sub(2, 'MOJ', '/submit') }), allowed: ['admin', 'officer'] },
  { name: 'POST submit another body', req: () => ({ method: 'POST', url: sub(2, 'MIA', '/submit') }), allowed: ['admin'] },
  { name: 'POST return', req: () => ({ method: 'POST', url: sub(2, 'MOJ', '/return'), payload: { note: 'fix it' } }), allowed: ['admin', 'evaluator'] },
  { name: 'POST accept', req: () => ({ method: 'POST', url: sub(2, 'MIA', '/accept'), payload: {} }), allowed: ['admin', 'evaluator'] },
  // evaluators of the assessing body the schedule names (ACSA); evaluator_other (MNE) is refused
  { name: 'POST compute', req: () => ({ method: 'POST', url: '/api/campaigns/1/compute', payload: {} }), allowed: ['admin', 'methodologist', 'evaluator'] },
  { name: 'POST what-if', req: () => ({ method: 'POST', url: '/api/campaigns/1/what-if', payload: { readings: { D4: 'sum' } } }), allowed: ['admin', 'methodologist'] },
  { name: 'GET snapshots', req: () => ({ method: 'GET', url: '/api/campaigns/1/snapshots' }), allowed: ALL },
  { name: 'GET published ranking', req: () => ({ method: 'GET', url: '/api/campaigns/1/snapshots/1/ranking' }), allowed: ALL },
  { name: 'GET unpublished ranking', req: () => ({ method: 'GET', url: '/api/campaigns/1/snapshots/2/ranking' }), allowed: INSIDERS },
  { name: 'GET published scorecard', req: () => ({ method: 'GET', url: '/api/campaigns/1/snapshots/published/bodies/MIA' }), allowed: ALL },
  { name: 'GET released own scorecard', req: () => ({ method: 'GET', url: '/api/campaigns/1/snapshots/2/bodies/MOJ' }), allowed: [...INSIDERS, 'officer'] },
  { name: 'GET released another body scorecard', req: () => ({ method: 'GET', url: '/api/campaigns/1/snapshots/2/bodies/MIA' }), allowed: INSIDERS },
  { name: 'GET released own trace', req: () => ({ method: 'GET', url: '/api/campaigns/1/snapshots/2/bodies/MOJ/nodes/O' }), allowed: [...INSIDERS, 'officer'] },
  { name: 'GET released another body trace', req: () => ({ method: 'GET', url: '/api/campaigns/1/snapshots/2/bodies/MIA/nodes/O' }), allowed: INSIDERS },
  { name: 'GET unreleased own scorecard', req: () => ({ method: 'GET', url: '/api/campaigns/1/snapshots/3/bodies/MOJ' }), allowed: INSIDERS },
  { name: 'GET calendar', req: () => ({ method: 'GET', url: '/api/calendar/2019' }), allowed: ALL },
  { name: 'PUT calendar', req: () => ({ method: 'PUT', url: '/api/calendar/2019', payload: { daysOff: ['2019-03-08'], workingDays: [] } }), allowed: ['admin'] },
  { name: 'GET timeliness', req: () => ({ method: 'GET', url: '/api/campaigns/1/timeliness' }), allowed: [...INSIDERS, 'officer'] },
  { name: 'GET status.xlsx', req: () => ({ method: 'GET', url: '/api/campaigns/1/status.xlsx?lang=kk' }), allowed: [...INSIDERS, 'officer'] },
  { name: 'GET risk subjects', req: () => ({ method: 'GET', url: '/api/risk/subjects' }), allowed: ['admin', 'methodologist', 'commission', 'inspector'] },
  { name: 'PUT risk subject', req: () => ({ method: 'PUT', url: '/api/risk/subjects/SYNTH-77', payload: { id: 'SYNTH-77', name: 'Synthetic subject', kind: 'CSB' } }), allowed: ['admin', 'inspector'] },
  { name: 'GET risk assessment', req: () => ({ method: 'GET', url: '/api/risk/subjects/SYNTH-01/assessment?date=2026-12-08' }), allowed: ['admin', 'methodologist', 'commission', 'inspector'] },
  { name: 'PUT risk list approval', req: () => ({ method: 'PUT', url: '/api/risk/lists/2028H1/approval', payload: { approvedOn: '2027-12-09', approvedBy: { name: 'SYNTHETIC', position: 'Head', role: 'head' } } }), allowed: ['admin', 'inspector'] },
  { name: 'POST risk list', req: () => ({ method: 'POST', url: '/api/risk/lists/2027H1', payload: {} }), allowed: ['admin', 'inspector'] },
  { name: 'GET risk list', req: () => ({ method: 'GET', url: '/api/risk/lists/2027H1/1' }), allowed: ['admin', 'methodologist', 'commission', 'inspector'] },
  { name: 'GET risk edition', req: () => ({ method: 'GET', url: '/api/risk/edition' }), allowed: ['admin', 'methodologist', 'commission', 'inspector'] },
  { name: 'GET risk subject', req: () => ({ method: 'GET', url: '/api/risk/subjects/SYNTH-01' }), allowed: ['admin', 'methodologist', 'commission', 'inspector'] },
  {
    name: 'PUT risk subject control',
    req: () => ({ method: 'PUT', url: '/api/risk/subjects/SYNTH-03/controls/INSP-AUTHZ', payload: { date: '2027-03-01', kind: 'inspection', violations: [4] } }),
    allowed: ['admin', 'inspector'],
  },
  { name: 'GET risk lists of a half', req: () => ({ method: 'GET', url: '/api/risk/lists/2027H1' }), allowed: ['admin', 'methodologist', 'commission', 'inspector'] },
  { name: 'GET audit', req: () => ({ method: 'GET', url: '/api/audit' }), allowed: ['admin'] },
  { name: 'GET audit verify', req: () => ({ method: 'GET', url: '/api/audit/verify' }), allowed: ['admin'] },
  // after computing (issue 7): re-verification, objections, the commission, documents
  {
    name: 'POST reconciliation act',
    req: () => ({ method: 'POST', url: '/api/campaigns/1/bodies/MOJ/reconciliation-acts', payload: { edition: E, facts: [{ form: 'D1.quality', field: 'unjustified_refusals', reported: 1, verified: 2, document: 'SYNTHETIC letter' }] } }),
    allowed: ['admin', 'evaluator'],
  },
  { name: 'GET own reconciliation acts', req: () => ({ method: 'GET', url: '/api/campaigns/1/bodies/MOJ/reconciliation-acts' }), allowed: [...INSIDERS, 'officer'] },
  { name: 'GET another body reconciliation acts', req: () => ({ method: 'GET', url: '/api/campaigns/1/bodies/MIA/reconciliation-acts' }), allowed: INSIDERS },
  { name: 'GET own reconciliation act document', req: () => ({ method: 'GET', url: `/api/campaigns/1/bodies/MOJ/reconciliation-acts/${E}/document?format=txt&lang=ru` }), allowed: [...INSIDERS, 'officer'] },
  { name: 'GET another body reconciliation act document', req: () => ({ method: 'GET', url: `/api/campaigns/1/bodies/MIA/reconciliation-acts/${E}/document?format=txt` }), allowed: INSIDERS },
  { name: 'POST objection own body', req: () => ({ method: 'POST', url: '/api/campaigns/1/bodies/MOJ/objections', payload: { node: 'D1.PEN', text: 'SYNTHETIC objection' } }), allowed: ['officer'] },
  { name: 'POST objection another body', req: () => ({ method: 'POST', url: '/api/campaigns/1/bodies/MIA/objections', payload: { node: 'D1.PEN', text: 'SYNTHETIC objection' } }), allowed: [] },
  { name: 'POST no-disagreement notice own body', req: () => ({ method: 'POST', url: '/api/campaigns/1/bodies/MOJ/no-disagreement', payload: { text: 'SYNTHETIC: agreed' } }), allowed: ['officer'] },
  { name: 'POST no-disagreement notice another body', req: () => ({ method: 'POST', url: '/api/campaigns/1/bodies/MIA/no-disagreement', payload: {} }), allowed: [] },
  { name: 'GET own no-disagreement notices', req: () => ({ method: 'GET', url: '/api/campaigns/1/bodies/MOJ/no-disagreement' }), allowed: [...INSIDERS, 'officer'] },
  { name: 'GET another body no-disagreement notices', req: () => ({ method: 'GET', url: '/api/campaigns/1/bodies/MIA/no-disagreement' }), allowed: INSIDERS },
  { name: 'PUT body assessors', req: () => ({ method: 'PUT', url: '/api/campaigns/1/bodies/MIA/assessors', payload: { logins: ['evaluator'] } }), allowed: ['admin'] },
  { name: 'GET body assessors', req: () => ({ method: 'GET', url: '/api/campaigns/1/bodies/MIA/assessors' }), allowed: INSIDERS },
  { name: 'GET objections', req: () => ({ method: 'GET', url: '/api/campaigns/1/objections' }), allowed: [...INSIDERS, 'officer'] },
  { name: 'GET own body objection', req: () => ({ method: 'GET', url: '/api/campaigns/1/objections/1' }), allowed: [...INSIDERS, 'officer'] },
  { name: 'POST objection position', req: () => ({ method: 'POST', url: '/api/campaigns/1/objections/1/position', payload: { text: 'SYNTHETIC position' } }), allowed: ['admin', 'evaluator'] },
  { name: 'POST objection vote', req: () => ({ method: 'POST', url: '/api/campaigns/1/objections/1/votes', payload: { vote: 'reject' } }), allowed: ['commission'] },
  { name: 'POST objection decision', req: () => ({ method: 'POST', url: '/api/campaigns/1/objections/1/decision', payload: { changes: [] } }), allowed: ['commission'] },
  { name: 'GET own disagreement table', req: () => ({ method: 'GET', url: '/api/campaigns/1/bodies/MOJ/disagreements?format=txt' }), allowed: [...INSIDERS, 'officer'] },
  { name: 'GET another body disagreement table', req: () => ({ method: 'GET', url: '/api/campaigns/1/bodies/MIA/disagreements' }), allowed: INSIDERS },
  { name: 'PUT campaign date', req: () => ({ method: 'PUT', url: '/api/campaigns/1/dates/objection-review', payload: { from: '2019-03-01', to: '2019-03-15' } }), allowed: ['admin'] },
  { name: 'GET conclusion forms of a body', req: () => ({ method: 'GET', url: `/api/campaigns/1/bodies/MOJ/conclusions?edition=${E}` }), allowed: ALL },
  { name: 'GET published conclusion', req: () => ({ method: 'GET', url: '/api/campaigns/1/bodies/MIA/conclusions/App19?snapshot=published&format=txt' }), allowed: ALL },
  { name: 'GET released own conclusion', req: () => ({ method: 'GET', url: '/api/campaigns/1/bodies/MOJ/conclusions/App19?snapshot=2&format=txt' }), allowed: [...INSIDERS, 'officer'] },
  { name: 'GET released another body conclusion', req: () => ({ method: 'GET', url: '/api/campaigns/1/bodies/MIA/conclusions/App19?snapshot=2&format=txt' }), allowed: INSIDERS },
  { name: 'GET released own findings', req: () => ({ method: 'GET', url: '/api/campaigns/1/bodies/MOJ/conclusions/App19/findings?snapshot=2&lang=ru' }), allowed: [...INSIDERS, 'officer'] },
  { name: 'GET released another body findings', req: () => ({ method: 'GET', url: '/api/campaigns/1/bodies/MIA/conclusions/App19/findings?snapshot=2' }), allowed: INSIDERS },
  { name: 'POST conclusion text', req: () => ({ method: 'POST', url: '/api/campaigns/1/bodies/MOJ/conclusions/App19', payload: { lang: 'ru', analysis: ['a', 'b', 'c'], conclusions: 'SYNTHETIC text' } }), allowed: ['admin', 'evaluator'] },
  { name: 'GET published rankings.xlsx', req: () => ({ method: 'GET', url: '/api/campaigns/1/rankings.xlsx?snapshot=published' }), allowed: ALL },
  { name: 'GET unpublished rankings.xlsx', req: () => ({ method: 'GET', url: '/api/campaigns/1/rankings.xlsx?snapshot=2' }), allowed: INSIDERS },
  { name: 'GET released own scorecard.xlsx', req: () => ({ method: 'GET', url: '/api/campaigns/1/bodies/MOJ/scorecard.xlsx?snapshot=2' }), allowed: [...INSIDERS, 'officer'] },
  { name: 'GET released another body scorecard.xlsx', req: () => ({ method: 'GET', url: '/api/campaigns/1/bodies/MIA/scorecard.xlsx?snapshot=2' }), allowed: INSIDERS },
  { name: 'POST release', req: () => ({ method: 'POST', url: '/api/campaigns/1/snapshots/2/release' }), allowed: ['admin'] },
  { name: 'POST publish', req: () => ({ method: 'POST', url: '/api/campaigns/1/snapshots/1/publish' }), allowed: ['admin'] },
];

describe.each(backends)('authorization matrix on $name', (b) => {
  let w: World;
  beforeAll(async () => {
    w = await world(b);
    const admin = w.cookies.admin!;
    const r = await w.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin },
      payload: { login: 'evaluator_other', displayName: 'Evaluator of another assessing body', password: 'long-enough-password', role: 'evaluator', assessingBodies: ['MNE'] },
    });
    expect(r.statusCode).toBe(201);
    w.cookies.evaluator_other = await login(w.app, 'evaluator_other', 'long-enough-password');
    blank = (await w.app.inject({ method: 'GET', url: `/api/campaigns/2/templates/${E}/App1`, headers: { cookie: admin } })).rawPayload;
    // Snapshot 2 released to the bodies, snapshot 3 neither; snapshot 1 is the published one.
    for (const _ of [2, 3]) expect((await w.app.inject({ method: 'POST', url: '/api/campaigns/1/compute', headers: { cookie: admin }, payload: {} })).statusCode).toBe(201);
    expect((await w.app.inject({ method: 'POST', url: '/api/campaigns/1/snapshots/2/release', headers: { cookie: admin } })).statusCode).toBe(200);
    // Something to return and accept: MOJ and MIA forms of campaign 2, submitted.
    for (const body of ['MOJ', 'MIA'])
      expect((await w.app.inject({ method: 'PUT', url: sub(2, body), headers: { cookie: admin }, payload: { data: facts, submit: true } })).statusCode).toBe(200);
  }, 180_000);
  afterAll(async () => w?.close());

  const cases = MATRIX.flatMap((row) => WHO.map((who) => ({ row, who, allowed: row.allowed.includes(who) })));
  it.each(cases)('$row.name as $who → allowed: $allowed', async ({ row, who, allowed }) => {
    const r = await call(w, who === 'anonymous' ? null : who, row.req());
    if (allowed) expect([401, 403], `${r.statusCode} ${r.body.slice(0, 300)}`).not.toContain(r.statusCode);
    else {
      expect(r.statusCode, r.body.slice(0, 300)).toBe(who === 'anonymous' ? 401 : 403);
      expect(r.json().error.code).toBe(who === 'anonymous' ? 'unauthenticated' : 'forbidden');
    }
  });

  it('covers every route of the API', async () => {
    const spec = (await call(w, null, { method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const reqs = MATRIX.map((r) => r.req());
    // Signing in and out are open to everyone by nature; api.test.ts covers them.
    const open = new Set(['POST /api/auth/login', 'POST /api/auth/logout']);
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(spec.paths)) {
      const re = new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/?]+')}(\\?.*)?$`);
      for (const method of Object.keys(ops)) if (!reqs.some((q) => q.method === method.toUpperCase() && re.test(q.url))) {
          if (!open.has(`${method.toUpperCase()} ${path}`)) missing.push(`${method.toUpperCase()} ${path}`);
        }
    }
    expect(missing).toEqual([]);
  });

  it('lists only what each role may see', async () => {
    const list = async (who: string) => (await call(w, who, { method: 'GET', url: '/api/campaigns/2/submissions' })).json() as { bodyId: string }[];
    expect(new Set((await list('officer')).map((s) => s.bodyId))).toEqual(new Set(['MOJ']));
    expect(await list('evaluator_other')).toEqual([]);
    expect(await list('public')).toEqual([]);
    expect((await list('admin')).length).toBeGreaterThanOrEqual(2);
  });
});
