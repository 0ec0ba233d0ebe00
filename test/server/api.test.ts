// API integration: the whole workflow on each database — sign-in, a form filled in, submitted,
// returned, corrected, accepted; a campaign computed into a snapshot; scorecard, trace, ranking;
// the audit chain verified and a tampering detected; snapshots and versions immutable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { backends, call, footprint, login, world, type World } from './harness.js';
import { verifyAudit } from '../../src/server/index.js';

const SUB = '/api/campaigns/2/submissions/MOJ/kz-2017-interaction/App1';

describe.each(backends)('service on $name', (b) => {
  let w: World;
  beforeAll(async () => {
    w = await world(b);
  }, 120_000);
  afterAll(async () => w?.close());

  it('serves the OpenAPI document and its UI', async () => {
    const doc = await call(w, null, { method: 'GET', url: '/api/openapi.json' });
    expect(doc.statusCode).toBe(200);
    const spec = doc.json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toContain('/api/campaigns/{campaignId}/snapshots/{n}/bodies/{bodyId}');
    const ui = await call(w, null, { method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('<html');
  });

  it('signs in with an httpOnly sameSite cookie and refuses a wrong password in the error shape', async () => {
    const r = await call(w, null, { method: 'POST', url: '/api/auth/login', payload: { login: 'admin', password: 'demo-admin-2018' } });
    const c = r.cookies.find((x) => x.name === 'tiimdi_session')!;
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe('Strict');
    const me = await call(w, 'officer', { method: 'GET', url: '/api/me' });
    expect(me.json()).toMatchObject({ login: 'officer', role: 'body_officer', bodies: ['MOJ'] });
    const bad = await call(w, null, { method: 'POST', url: '/api/auth/login', payload: { login: 'admin', password: 'wrong-password' } });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error).toMatchObject({ code: 'bad_credentials', messages: { kk: expect.any(String), ru: expect.any(String), en: expect.any(String) } });
  });

  it('marks the cookie secure behind an https proxy', async () => {
    const { buildApp } = await import('../../src/server/app.js');
    const proxied = await buildApp({ db: w.handle.db, trustProxy: true });
    const r = await proxied.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'admin', password: 'demo-admin-2018' }, headers: { 'x-forwarded-proto': 'https' } });
    expect(r.cookies.find((c) => c.name === 'tiimdi_session')!.secure).toBe(true);
    const plain = await call(w, null, { method: 'POST', url: '/api/auth/login', payload: { login: 'admin', password: 'demo-admin-2018' } });
    expect(plain.cookies.find((c) => c.name === 'tiimdi_session')!.secure).toBeFalsy();
    await proxied.close();
  });

  it('throttles repeated failed sign-ins for a login', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await call(w, null, { method: 'POST', url: '/api/auth/login', payload: { login: 'inspector', password: `nope-${i}` } })).statusCode);
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(codes[6]).toBe(429);
    // even the right password waits until the delay is over
    const r = await call(w, null, { method: 'POST', url: '/api/auth/login', payload: { login: 'inspector', password: 'demo-inspector-2018' } });
    expect(r.statusCode).toBe(429);
    expect(r.headers['retry-after']).toBeDefined();
  });

  it('sign-out ends the session', async () => {
    const cookie = await login(w.app, 'commission');
    expect((await w.app.inject({ method: 'GET', url: '/api/users', headers: { cookie } })).statusCode).toBe(403);
    await w.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    const me = await w.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ signedIn: false, role: 'public' });
  });

  it('runs a form through draft → submitted → returned → submitted → accepted, keeping every version', async () => {
    const save = await call(w, 'officer', { method: 'PUT', url: SUB, payload: { data: { unreliable_facts_d1: 2 } } });
    expect(save.statusCode).toBe(200);
    expect(save.json()).toMatchObject({ status: 'draft', version: 1 });
    const submit = await call(w, 'officer', { method: 'PUT', url: SUB, payload: { data: { unreliable_facts_d1: 3, unreliable_facts_d2: 0, unreliable_facts_d3: 1 }, submit: true } });
    expect(submit.statusCode, submit.body).toBe(200);
    expect(submit.json()).toMatchObject({ status: 'submitted', version: 2 });
    // a submitted form is locked for the body
    expect((await call(w, 'officer', { method: 'PUT', url: SUB, payload: { data: { unreliable_facts_d1: 9 } } })).statusCode).toBe(409);
    const ret = await call(w, 'evaluator', { method: 'POST', url: `${SUB}/return`, payload: { note: 'D1 facts do not match the register' } });
    expect(ret.json()).toMatchObject({ status: 'returned', version: 3 });
    const fixed = await call(w, 'officer', { method: 'PUT', url: SUB, payload: { data: { unreliable_facts_d1: 1, unreliable_facts_d2: 0, unreliable_facts_d3: 1 } } });
    expect(fixed.json()).toMatchObject({ status: 'draft', version: 4 });
    expect((await call(w, 'officer', { method: 'POST', url: `${SUB}/submit` })).json()).toMatchObject({ status: 'submitted', version: 5 });
    const acc = await call(w, 'evaluator', { method: 'POST', url: `${SUB}/accept`, payload: {} });
    expect(acc.statusCode).toBe(200);
    const s = acc.json();
    expect(s).toMatchObject({ status: 'accepted', version: 6, data: { unreliable_facts_d1: 1 } });
    expect(s.versions.map((v: { status: string; user: string }) => `${v.status}/${v.user}`)).toEqual([
      'draft/officer',
      'submitted/officer',
      'returned/evaluator',
      'draft/officer',
      'submitted/officer',
      'accepted/evaluator',
    ]);
    expect(s.versions[2].note).toContain('register');
    const list = await call(w, 'officer', { method: 'GET', url: '/api/campaigns/2/submissions' });
    expect(list.json().map((x: { bodyId: string }) => x.bodyId)).toEqual(['MOJ']);
  });

  it('keeps an incomplete draft, and refuses to hand it in naming the missing field', async () => {
    const url = '/api/campaigns/2/submissions/MOJ/kz-2017-interaction/D1.deadlines';
    const draft = await call(w, 'officer', { method: 'PUT', url, payload: { data: { late_services: 1 } } });
    expect(draft.statusCode, draft.body).toBe(200);
    const submit = await call(w, 'officer', { method: 'POST', url: `${url}/submit` });
    expect(submit.statusCode).toBe(422);
    expect(submit.json().error.issues.map((i: { field: string }) => i.field)).toContain('services_rendered');
    expect((await call(w, 'officer', { method: 'GET', url })).json()).toMatchObject({ status: 'draft', version: 1 });
  });

  it('computes a campaign into numbered immutable snapshots, with scorecard, trace and ranking', async () => {
    const before = (await call(w, 'admin', { method: 'GET', url: '/api/campaigns/1/snapshots' })).json();
    expect(before.map((s: { number: number }) => s.number)).toEqual([1]);
    const r = await call(w, 'methodologist', { method: 'POST', url: '/api/campaigns/1/compute', payload: {} });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ number: 2, editions: ['kz-2017-interaction'] });
    const card = (await call(w, 'commission', { method: 'GET', url: '/api/campaigns/1/snapshots/2/bodies/MOJ' })).json();
    const e = card.editions[0];
    expect(e.score).toMatch(/^\d+\.\d\d$/);
    expect(e.nodes.find((n: { id: string }) => n.id === 'O')).toMatchObject({ value: e.score, max: '100' });
    // the same inputs give the same scores as the seeded snapshot
    const card1 = (await call(w, 'commission', { method: 'GET', url: '/api/campaigns/1/snapshots/1/bodies/MOJ' })).json();
    expect(card1.editions[0].score).toBe(e.score);
    const trace = (await call(w, 'evaluator', { method: 'GET', url: '/api/campaigns/1/snapshots/2/bodies/MOJ/nodes/O' })).json();
    expect(trace.trace).toMatchObject({ id: 'O', value: e.score, formula: expect.any(String), ref: { paragraph: 'p.114' } });
    const rank = (await call(w, null, { method: 'GET', url: '/api/campaigns/1/snapshots/published/ranking' })).json();
    const bodies = rank.editions[0].bodies;
    expect(bodies).toHaveLength(40);
    const central = bodies.filter((x: { kind: string }) => x.kind === 'central');
    expect(central.map((x: { rank: number }) => x.rank)[0]).toBe(1);
    // snapshots, their body rows and submission versions refuse changes at the database
    await expect(sql`update snapshots set number = 99 where number = 1`.execute(w.handle.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from snapshot_bodies`.execute(w.handle.db)).rejects.toThrow(/append-only/);
    await expect(sql`update submission_versions set status = 'accepted'`.execute(w.handle.db)).rejects.toThrow(/append-only/);
  });

  it('refuses computing when accepted inputs are missing, naming body, form and field', async () => {
    const r = await call(w, 'admin', { method: 'POST', url: '/api/campaigns/2/compute', payload: {} });
    expect(r.statusCode).toBe(422);
    const issue = r.json().error.issues[0];
    expect(issue).toHaveProperty('body');
    expect(issue).toHaveProperty('form');
    expect(issue).toHaveProperty('field');
  });

  it('release shows a body its own results before they are published', async () => {
    expect((await call(w, 'officer', { method: 'GET', url: '/api/campaigns/1/snapshots/2/bodies/MOJ' })).statusCode).toBe(403);
    expect((await call(w, 'admin', { method: 'POST', url: '/api/campaigns/1/snapshots/2/release' })).json()).toMatchObject({ releasedSnapshot: 2, publishedSnapshot: 1 });
    expect((await call(w, 'officer', { method: 'GET', url: '/api/campaigns/1/snapshots/2/bodies/MOJ' })).statusCode).toBe(200);
    expect((await call(w, 'officer', { method: 'GET', url: '/api/campaigns/1/snapshots/2/bodies/MIA' })).statusCode).toBe(403);
    expect((await call(w, 'officer', { method: 'GET', url: '/api/campaigns/1/snapshots/2/ranking' })).statusCode).toBe(403);
    expect((await call(w, 'public', { method: 'GET', url: '/api/campaigns/1/snapshots/2/bodies/MOJ' })).statusCode).toBe(403);
    expect((await call(w, 'officer', { method: 'GET', url: '/api/campaigns/1/snapshots' })).json().map((s: { number: number }) => s.number)).toEqual([1, 2]);
    expect((await call(w, null, { method: 'GET', url: '/api/campaigns/1/snapshots' })).json().map((s: { number: number }) => s.number)).toEqual([1]);
  });

  it('keeps registries: bodies with vertical, reorganisation and liquidation; services; users with scopes', async () => {
    const nb = await call(w, 'admin', {
      method: 'POST',
      url: '/api/bodies',
      payload: { id: 'AKM.KOK', name: { kk: 'Көкшетау қаласының әкімдігі', ru: 'Акимат города Кокшетау', en: 'Akimat of Kokshetau' }, kind: 'local', level: 'city_oblast', region: 'AKM' },
    });
    expect(nb.statusCode, nb.body).toBe(201);
    const liq = await call(w, 'admin', { method: 'PATCH', url: '/api/bodies/AKM.KOK', payload: { reorganisedOn: '2019-06-01', reorganisedInto: 'AKM', liquidatedOn: '2019-06-01' } });
    expect(liq.json()).toMatchObject({ reorganisedInto: 'AKM', liquidatedOn: '2019-06-01', level: 'city_oblast' });
    const vertical = (await call(w, null, { method: 'GET', url: '/api/bodies/MIA.POL.ALA' })).json();
    expect(vertical).toMatchObject({ parentId: 'MIA', vertical: 'territorial' });
    const svc = (await call(w, null, { method: 'GET', url: '/api/services' })).json();
    expect(svc[0]).toMatchObject({ automation: expect.any(String), channels: expect.any(Array), providers: expect.any(Array) });
    const u = await call(w, 'admin', { method: 'POST', url: '/api/users', payload: { login: 'eval.d1', displayName: 'Evaluator of direction 1', password: 'a-long-enough-password', role: 'evaluator', assessingBodies: ['ACSA'], directions: ['D1'] } });
    expect(u.statusCode, u.body).toBe(201);
    const roles = (await call(w, null, { method: 'GET', url: '/api/roles' })).json();
    expect(roles).toHaveLength(7);
    expect(roles[0].label).toHaveProperty('kk');
  });

  it('records every change in a hash chain that verifies, and detects tampering', async () => {
    const v = (await call(w, 'admin', { method: 'GET', url: '/api/audit/verify' })).json();
    expect(v).toMatchObject({ ok: true });
    expect(v.entries).toBeGreaterThan(10);
    const log = (await call(w, 'admin', { method: 'GET', url: '/api/audit?limit=1000' })).json();
    const actions = log.map((e: { action: string }) => e.action);
    for (const a of ['submission.save', 'submission.submit', 'submission.return', 'submission.accept', 'snapshot.create', 'snapshot.release', 'body.update', 'user.create'])
      expect(actions).toContain(a);
    const upd = log.find((e: { action: string }) => e.action === 'body.update');
    expect(upd.before.liquidatedOn).toBeNull();
    expect(upd.after.liquidatedOn).toBe('2019-06-01');
    // tamper: the trigger refuses; someone with table rights disables it and edits one entry
    await expect(sql`update audit_log set payload = payload where seq = 3`.execute(w.handle.db)).rejects.toThrow(/append-only/);
    await sql`alter table audit_log disable trigger audit_append_only`.execute(w.handle.db);
    await sql`update audit_log set payload = replace(payload, 'officer', 'intruder') where seq = (select min(seq) from audit_log where payload like '%submission.save%')`.execute(w.handle.db);
    const broken = await verifyAudit(w.handle.db);
    expect((await call(w, 'admin', { method: 'GET', url: '/api/audit/verify' })).json()).toMatchObject({ ok: false });
    expect(broken.ok).toBe(false);
    expect(broken.reason).toMatch(/edited/);
    // and deleting an entry breaks the link
    await sql`update audit_log set payload = replace(payload, 'intruder', 'officer')`.execute(w.handle.db);
    expect((await verifyAudit(w.handle.db)).ok).toBe(true);
    await sql`delete from audit_log where seq = 5`.execute(w.handle.db);
    const gap = await verifyAudit(w.handle.db);
    expect(gap).toMatchObject({ ok: false, brokenAt: 6 });
    await sql`alter table audit_log enable trigger audit_append_only`.execute(w.handle.db);
  });

  it('counts timeliness in Kazakhstan working days and keeps it in the snapshot', async () => {
    const rows = (await call(w, 'evaluator', { method: 'GET', url: '/api/campaigns/1/timeliness' })).json() as { bodyId: string; state: string; workingDaysLate: number; due: string }[];
    expect(rows.length).toBeGreaterThan(40);
    const late = rows.filter((r) => r.state === 'late');
    expect(late.length).toBeGreaterThan(0);
    expect(new Set(late.map((r) => r.workingDaysLate))).toEqual(new Set([2]));
    expect(rows.filter((r) => r.state === 'on_time').length).toBeGreaterThan(late.length);
    // the open campaign: MOJ's App1 was handed in; nothing else yet, and not yet due... in 2026 everything is overdue
    const open = (await call(w, 'officer', { method: 'GET', url: '/api/campaigns/2/timeliness' })).json() as { bodyId: string; form: string; state: string }[];
    expect(new Set(open.map((r) => r.bodyId))).toEqual(new Set(['MOJ']));
    expect(open.find((r) => r.form === 'App1')!.state).toBe('late');
    expect(open.filter((r) => r.state === 'missing').length).toBeGreaterThan(0);
    expect((await call(w, 'public', { method: 'GET', url: '/api/campaigns/1/timeliness' })).statusCode).toBe(403);
    const snap = await w.handle.db.selectFrom('snapshots').select('inputs').where('campaign_id', '=', 1).where('number', '=', 2).executeTakeFirstOrThrow();
    expect((snap.inputs as { timeliness: unknown[] }).timeliness.length).toBe(rows.length);
  });

  it('configures a year of the calendar and refuses dates of another year', async () => {
    const put = await call(w, 'admin', { method: 'PUT', url: '/api/calendar/2018', payload: { daysOff: ['2018-03-09', '2018-04-30'], workingDays: ['2018-03-03'] } });
    expect(put.statusCode, put.body).toBe(200);
    const y = (await call(w, null, { method: 'GET', url: '/api/calendar/2018' })).json();
    expect(y.daysOff).toContain('2018-03-09');
    expect(y.workingDays).toEqual(['2018-03-03']);
    expect(y.holidays.map((h: { date: string }) => h.date)).toContain('2018-03-22');
    const bad = await call(w, 'admin', { method: 'PUT', url: '/api/calendar/2018', payload: { daysOff: ['2019-01-01'], workingDays: [] } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.issues[0]).toMatchObject({ field: 'daysOff.0', value: '2019-01-01' });
  });

  it('stores risk-module subjects and facts, refuses bad facts by field, and keeps numbered lists', async () => {
    const subjects = (await call(w, 'inspector', { method: 'GET', url: '/api/risk/subjects' })).json() as { id: string; synthetic: boolean }[];
    expect(subjects.length).toBeGreaterThan(3);
    expect(subjects.every((s) => s.synthetic)).toBe(true);
    const before = await footprint(w);
    const bad = await call(w, 'inspector', { method: 'PUT', url: '/api/risk/subjects/SYNTH-99', payload: { id: 'SYNTH-99', name: 'x', kind: 'CSB', services: [{ date: '2026-13-01', count: 1 }] } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.issues[0]).toMatchObject({ body: 'SYNTH-99', field: 'date', value: '2026-13-01' });
    expect(await footprint(w)).toEqual(before);
    const l1 = await call(w, 'inspector', { method: 'POST', url: '/api/risk/lists/2027H1', payload: {} });
    expect(l1.statusCode, l1.body.slice(0, 300)).toBe(201);
    const l2 = (await call(w, 'admin', { method: 'POST', url: '/api/risk/lists/2027H1?lang=ru', payload: {} })).json();
    expect(l2.number).toBe(l1.json().number + 1);
    expect(l2.list.entries.map((e: { subject: string }) => e.subject)).toEqual(l1.json().list.entries.map((e: { subject: string }) => e.subject));
    const a = (await call(w, 'commission', { method: 'GET', url: '/api/risk/subjects/SYNTH-01/assessment?date=2026-12-08' })).json();
    expect(a).toMatchObject({ synthetic: true, assessment: { subject: { id: 'SYNTH-01' } } });
    await expect(sql`delete from risk_lists`.execute(w.handle.db)).rejects.toThrow(/append-only/);
  });

  it('deactivating a user or changing the password signs the user out', async () => {
    const users = (await call(w, 'admin', { method: 'GET', url: '/api/users' })).json() as { id: number; login: string }[];
    const id = users.find((u) => u.login === 'public')!.id;
    expect((await call(w, 'public', { method: 'GET', url: '/api/me' })).json().signedIn).toBe(true);
    const off = await call(w, 'admin', { method: 'PATCH', url: `/api/users/${id}`, payload: { active: false } });
    expect(off.json()).toMatchObject({ active: false });
    expect((await call(w, 'public', { method: 'GET', url: '/api/me' })).json().signedIn).toBe(false);
    expect((await call(w, null, { method: 'POST', url: '/api/auth/login', payload: { login: 'public', password: 'demo-public-2018' } })).statusCode).toBe(401);
    await call(w, 'admin', { method: 'PATCH', url: `/api/users/${id}`, payload: { active: true, password: 'a-brand-new-password' } });
    expect((await call(w, null, { method: 'POST', url: '/api/auth/login', payload: { login: 'public', password: 'a-brand-new-password' } })).statusCode).toBe(200);
    const self = await call(w, 'admin', { method: 'PATCH', url: '/api/users/1', payload: { active: false } });
    expect(self.json().error.issues[0]).toMatchObject({ field: 'active' });
    const scope = await call(w, 'admin', { method: 'PATCH', url: `/api/users/${id}`, payload: { bodies: ['MOJ'] } });
    expect(scope.json().error.issues[0]).toMatchObject({ field: 'bodies' });
  });

  it('scopes an evaluator to a direction through the schedule', async () => {
    const u = await call(w, 'admin', { method: 'POST', url: '/api/users', payload: { login: 'eval.d2', displayName: 'Evaluator of direction 2', password: 'a-long-enough-password', role: 'evaluator', assessingBodies: ['ACSA'], directions: ['D2'] } });
    expect(u.statusCode, u.body).toBe(201);
    const { login } = await import('./harness.js');
    const d2 = await login(w.app, 'eval.d2', 'a-long-enough-password');
    const d1 = await login(w.app, 'eval.d1', 'a-long-enough-password');
    const url = '/api/campaigns/2/submissions/MIA/kz-2017-interaction/D1.register';
    expect((await call(w, 'admin', { method: 'PUT', url, payload: { data: { new_service_types: 2 }, submit: true } })).statusCode).toBe(200);
    const as = (cookie: string, suffix = '') => w.app.inject({ method: suffix ? 'POST' : 'GET', url: url + suffix, headers: { cookie }, ...(suffix ? { payload: {} } : {}) });
    expect((await as(d2)).statusCode).toBe(403);
    expect((await as(d2, '/accept')).statusCode).toBe(403);
    expect((await as(d1)).statusCode).toBe(200);
    expect((await as(d1, '/accept')).json()).toMatchObject({ status: 'accepted' });
    const sched = (await call(w, null, { method: 'GET', url: '/api/campaigns/2' })).json().schedule as { form: string; direction: string | null }[];
    expect(sched.find((s) => s.form === 'D1.register')!.direction).toBe('D1');
  });

  it('answers unknown routes in the error shape', async () => {
    const r = await call(w, null, { method: 'GET', url: '/api/nope' });
    expect(r.statusCode).toBe(404);
    expect(r.json().error).toMatchObject({ code: 'not_found', issues: [] });
    expect(await footprint(w)).toHaveProperty('audit_log');
  });
});
