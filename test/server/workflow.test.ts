// The whole path after the forms, on each database, with the demo campaign's SYNTHETIC data: a body
// submits, the evaluator accepts and records a reconciliation act with two unreliable facts, the
// campaign is computed and released; one objection is filed on time and one late (refused with the
// closing date); the special commission (5 members) upholds one; the new snapshot's score changed and
// its reason names the decision; it is published; the documents are generated and read back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { WorkingCalendar } from '../../src/server/calendar/kz.js';
import { applyReconciliation } from '../../src/server/domain/workflow-rules.js';
import { tookPart } from '../../src/server/domain/objections.js';
import { findEdition } from '../../src/methodologies/index.js';
import { docxText, pdfPageCount } from '../../src/documents/test-helpers.js';
import { verifyAudit } from '../../src/server/audit.js';
import { backends, login, world, type World } from './harness.js';

const E = 'kz-2017-interaction';
const BODIES = ['MOJ', 'MIA', 'MOF'];

describe('reconciliation rules (pure)', () => {
  it('2015 ICT recalculates with the verified figures; 2017 only counts the facts by direction', () => {
    const ict = findEdition('kz-2015-ict');
    const body = { id: 'X', name: 'X', kind: 'central', forms: { App4: { facts_2_1: 7 }, App9: { false_facts: 0 } } };
    const r = applyReconciliation(ict, body, { id: 5, version: 1, facts: [{ edition: 'kz-2015-ict', form: 'App4', field: 'facts_2_1', reported: 7, verified: 3, document: 'letter 12' }] });
    expect(r.body.forms.App4!.facts_2_1).toBe(3);
    expect(r.body.forms.App9!.false_facts).toBe(1);
    expect(r.notes.find((n) => n.field === 'facts_2_1')!.because).toMatch(/act #5 v1, fact 1: verified value replaces the reported 7/);
    const y2017 = findEdition(E);
    const b17 = { id: 'X', name: 'X', kind: 'central', forms: { App1: { unreliable_facts_d1: 9, unreliable_facts_d2: 1, unreliable_facts_d3: 0 }, 'D1.quality': { unjustified_refusals: 4 } } };
    const r17 = applyReconciliation(y2017, b17, { id: 1, version: 2, facts: [{ edition: E, form: 'D1.quality', field: 'unjustified_refusals', reported: 4, verified: 6, document: 'd', direction: 1 }] });
    expect(r17.body.forms.App1).toEqual({ unreliable_facts_d1: 1, unreliable_facts_d2: 0, unreliable_facts_d3: 0 });
    expect(r17.body.forms['D1.quality']!.unjustified_refusals).toBe(4);
  });
});

describe.each(backends)('workflow on $name', (b) => {
  let w: World;
  let app: FastifyInstance;
  let clock = new Date('2027-03-01T05:00:00Z');
  const cookies: Record<string, string> = {};
  const go = async (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    app.inject({ method, url, payload: payload as never, headers: { cookie: cookies[who] ?? w.cookies[who]! } });

  beforeAll(async () => {
    w = await world(b);
    app = await buildApp({ db: w.handle.db, now: () => clock });
    await app.ready();
    // commission2…commission5 are demo users (the quorum of five); a sixth member is made here
    for (const k of [6]) {
      const r = await go('admin', 'POST', '/api/users', { login: `commission${k}`, displayName: `Commission member ${k}`, password: 'long-enough-password', role: 'commission' });
      expect(r.statusCode, r.body).toBe(201);
      cookies[`commission${k}`] = await login(app, `commission${k}`, 'long-enough-password');
    }
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await w?.close();
  });

  it('runs submit → verify → compute → release → objections → commission → new snapshot → publish → documents', async () => {
    // A campaign of three demo bodies with the demo campaign's SYNTHETIC figures.
    const created = await go('admin', 'POST', '/api/campaigns', {
      code: `wf-${b.name}`,
      title: { kk: 'SYNTHETIC', ru: 'SYNTHETIC', en: 'SYNTHETIC workflow' },
      periodFrom: '2018-01-01',
      periodTo: '2018-12-31',
      editions: [E],
      synthetic: true,
      bodies: BODIES,
    });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json().id as number;
    const demo = (await go('admin', 'GET', '/api/campaigns/1/submissions')).json() as { bodyId: string; editionId: string; formId: string }[];
    const data: Record<string, Record<string, Record<string, unknown>>> = {};
    for (const s of demo.filter((x) => BODIES.includes(x.bodyId))) {
      const url = `/api/campaigns/1/submissions/${s.bodyId}/${s.editionId}/${s.formId}`;
      ((data[s.bodyId] ??= {})[s.formId] = (await go('admin', 'GET', url)).json().data);
    }
    // submit (the officer its own body, the administrator for the others) and accept
    for (const body of BODIES)
      for (const [form, d] of Object.entries(data[body]!)) {
        const url = `/api/campaigns/${c}/submissions/${body}/${E}/${form}`;
        const put = await go(body === 'MOJ' ? 'officer' : 'admin', 'PUT', url, { data: d, submit: true });
        expect(put.statusCode, put.body).toBe(200);
        expect((await go('evaluator', 'POST', `${url}/accept`, {})).statusCode).toBe(200);
      }

    // verification: two unreliable facts in direction 1
    const q = data.MOJ!['D1.quality']!;
    const facts = [
      { form: 'D1.quality', field: 'unjustified_refusals', reported: q.unjustified_refusals as number, verified: (q.unjustified_refusals as number) + 3, document: 'SYNTHETIC: letter of the Agency No. 01-17/123' },
      { form: 'D1.quality', field: 'extra_documents_demanded', reported: q.extra_documents_demanded as number, verified: (q.extra_documents_demanded as number) + 1, document: 'SYNTHETIC: inspection report 7' },
    ];
    expect((await go('officer', 'POST', `/api/campaigns/${c}/bodies/MOJ/reconciliation-acts`, { edition: E, facts })).statusCode).toBe(403);
    // an evaluator of direction 2 only may not record direction-1 facts
    expect((await go('admin', 'POST', '/api/users', { login: 'evaluator_d2', displayName: 'Evaluator D2', password: 'long-enough-password', role: 'evaluator', assessingBodies: ['ACSA'], directions: ['D2'] })).statusCode).toBe(201);
    cookies.evaluator_d2 = await login(app, 'evaluator_d2', 'long-enough-password');
    const d2 = await go('evaluator_d2', 'POST', `/api/campaigns/${c}/bodies/MOJ/reconciliation-acts`, { edition: E, facts });
    expect(d2.statusCode).toBe(403);
    expect(d2.json().error.message).toContain('reviewed by ACSA (D1)');
    const unknown = await go('evaluator', 'POST', `/api/campaigns/${c}/bodies/MOJ/reconciliation-acts`, { edition: E, facts: [{ ...facts[0]!, form: 'D9.nothing' }] });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.issues[0]).toMatchObject({ body: 'MOJ', form: 'D9.nothing', field: 'facts.0.field' });
    const act = await go('evaluator', 'POST', `/api/campaigns/${c}/bodies/MOJ/reconciliation-acts`, { edition: E, facts });
    expect(act.statusCode, act.body).toBe(201);
    expect(act.json().facts.map((f: { direction: number }) => f.direction)).toEqual([1, 1]);
    const actDoc = await go('officer', 'GET', `/api/campaigns/${c}/bodies/MOJ/reconciliation-acts/${E}/document?lang=ru&format=docx`);
    expect(actDoc.statusCode).toBe(200);
    const actText = docxText(actDoc.rawPayload);
    expect(actText).toContain('Акт сверки');
    expect(actText).toContain('letter of the Agency No. 01-17/123');

    // compute (the assessing body's evaluator): the facts are in the penalty input, the used record
    // says which act put them there; an evaluator of a body the schedule does not name is refused
    expect((await go('admin', 'POST', '/api/users', { login: 'evaluator_mne', displayName: 'Evaluator of MNE', password: 'long-enough-password', role: 'evaluator', assessingBodies: ['MNE'] })).statusCode).toBe(201);
    cookies.evaluator_mne = await login(app, 'evaluator_mne', 'long-enough-password');
    const outsider = await go('evaluator_mne', 'POST', `/api/campaigns/${c}/compute`, {});
    expect(outsider.statusCode).toBe(403);
    expect(outsider.json().error.message).toContain('schedule names');
    expect((await go('officer', 'POST', `/api/campaigns/${c}/compute`, {})).statusCode).toBe(403);
    const s1 = await go('evaluator', 'POST', `/api/campaigns/${c}/compute`, {});
    expect(s1.statusCode, s1.body).toBe(201);
    const n1 = s1.json().number as number;
    const penRead = (await go('admin', 'GET', `/api/campaigns/${c}/snapshots/${n1}/bodies/MOJ/nodes/D1.PEN`)).json();
    expect(penRead.inputChanges).toEqual([expect.objectContaining({ form: 'App1', field: 'unreliable_facts_d1', after: 2, source: `reconciliation-act:${act.json().id}:v1` })]);
    const pen = penRead.trace;
    expect(JSON.stringify(pen.inputs)).toContain('unreliable_facts_d1');
    expect(pen.value).toMatch(/^0\.40*$/);
    const used = (await w.handle.db.selectFrom('snapshots').select('inputs').where('campaign_id', '=', c).where('number', '=', n1).executeTakeFirstOrThrow()).inputs as { workflow: { body: string; source: string; changes: { field: string; after: unknown; because: string }[] }[] };
    const mine = used.workflow.find((x) => x.body === 'MOJ')!;
    expect(mine.source).toBe(`reconciliation-act:${act.json().id}:v1`);
    expect(mine.changes.find((x) => x.field === 'unreliable_facts_d1')).toMatchObject({ after: 2 });

    // preliminary release: the body sees its own results, not another's, and no ranking
    clock = new Date('2027-03-01T05:00:00Z');
    expect((await go('admin', 'POST', `/api/campaigns/${c}/snapshots/${n1}/release`)).statusCode).toBe(200);
    const before = (await go('officer', 'GET', `/api/campaigns/${c}/snapshots/latest/bodies/MOJ`)).json();
    expect(before.snapshot).toBe(n1);
    expect((await go('officer', 'GET', `/api/campaigns/${c}/snapshots/${n1}/bodies/MIA`)).statusCode).toBe(403);

    // one objection on time, one late
    clock = new Date('2027-03-02T06:00:00Z');
    const onTime = await go('officer', 'POST', `/api/campaigns/${c}/bodies/MOJ/objections`, { node: 'D1.PEN', text: 'SYNTHETIC: one of the refusals was justified (court decision)', attachments: ['court-decision-2018-11.pdf'] });
    expect(onTime.statusCode, onTime.body).toBe(201);
    const o = onTime.json();
    expect(o.quorum).toBe(5); // the edition's rule, shown beside the tally
    const closes = new WorkingCalendar().addWorkingDays('2027-03-01', 5);
    expect(o.windowClosedOn).toBe(closes);
    expect(o.decideBy).toBe('2027-03-17');
    expect((await go('officer', 'POST', `/api/campaigns/${c}/bodies/MIA/objections`, { node: 'D1.PEN', text: 'not mine' })).statusCode).toBe(403);
    // having objected, the body cannot also send a notice of agreement (2017 p.117)
    const agreeAfter = await go('officer', 'POST', `/api/campaigns/${c}/bodies/MOJ/no-disagreement`, {});
    expect(agreeAfter.statusCode).toBe(409);
    expect(agreeAfter.json().error).toMatchObject({ code: 'objections_filed', messages: { en: expect.stringContaining(`#${o.id}`) } });
    // commission independence (2017 p.118, 2014 §66, ICT ¶108): a member listed as MOJ's assessor may not vote
    expect((await go('commission', 'PUT', `/api/campaigns/${c}/bodies/MOJ/assessors`, { logins: ['commission6'] })).statusCode).toBe(403);
    const listed = await go('admin', 'PUT', `/api/campaigns/${c}/bodies/MOJ/assessors`, { logins: ['commission6'] });
    expect(listed.statusCode, listed.body).toBe(200);
    expect((await go('commission', 'GET', `/api/campaigns/${c}/bodies/MOJ/assessors`)).json().logins).toEqual(['commission6']);
    const dependent = await go('commission6', 'POST', `/api/campaigns/${c}/objections/${o.id}/votes`, { vote: 'uphold' });
    expect(dependent.statusCode).toBe(409);
    expect(dependent.json().error).toMatchObject({
      code: 'not_independent',
      messages: { kk: expect.stringContaining('118-т.'), ru: expect.stringContaining('п.118 методики 2017 г.'), en: expect.stringContaining('commission6 took part in assessing this body (listed as an assessor of MOJ)') },
    });
    expect((await go('commission6', 'GET', `/api/campaigns/${c}/objections/${o.id}`)).json().votes).toEqual([]);
    // the acts, reviews and positions one recorded count as taking part too
    const uid = async (login: string) => (await w.handle.db.selectFrom('users').select('id').where('login', '=', login).executeTakeFirstOrThrow()).id;
    expect(await tookPart(w.handle.db, c, 'MOJ', await uid('evaluator'))).toEqual({ why: "recorded MOJ's reconciliation act" });
    expect(await tookPart(w.handle.db, c, 'MIA', await uid('evaluator'))).toMatchObject({ why: expect.stringMatching(/^accepted MIA's form /) });
    expect(await tookPart(w.handle.db, c, 'MIA', await uid('commission6'))).toBeNull();
    // no final results while the commission has an objection to decide
    const early = await go('admin', 'POST', `/api/campaigns/${c}/snapshots/${n1}/publish`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'objections_pending', messages: { en: expect.stringContaining(`#${o.id}`) } });
    clock = new Date('2027-03-25T06:00:00Z');
    const late = await go('officer', 'POST', `/api/campaigns/${c}/bodies/MOJ/objections`, { node: 'D1.K2', text: 'SYNTHETIC: too late' });
    expect(late.statusCode).toBe(409);
    const err = late.json().error;
    expect(err.code).toBe('objection_late');
    for (const l of ['kk', 'ru', 'en']) expect(err.messages[l]).toContain(closes);

    // the assessing body's position, the disagreement table
    clock = new Date('2027-03-04T06:00:00Z');
    expect((await go('evaluator', 'POST', `/api/campaigns/${c}/objections/${o.id}/position`, { text: 'SYNTHETIC: the refusals were unjustified' })).statusCode).toBe(200);
    const table = (await go('officer', 'GET', `/api/campaigns/${c}/bodies/MOJ/disagreements?lang=ru`)).json();
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]).toMatchObject({ node: 'D1.PEN', assessorPosition: 'SYNTHETIC: the refusals were unjustified', decision: null });
    expect(table.columns).toEqual(['№', 'Критерий / показатель оценки (заключение уполномоченного органа)', 'Возражение оцениваемого органа', 'Позиция (предложение) уполномоченного органа', 'Решение по результатам обжалования', 'Примечание']);
    expect(table.rows[0].cells.slice(2, 5)).toEqual([o.text, 'SYNTHETIC: the refusals were unjustified', 'на рассмотрении']);

    // a second objection, on time, left undecided past the commission's window
    clock = new Date('2027-03-05T06:00:00Z');
    const second = await go('officer', 'POST', `/api/campaigns/${c}/bodies/MOJ/objections`, { node: 'D1.K2', text: 'SYNTHETIC: the deadlines count is wrong' });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().decideBy).toBe('2027-03-20');

    // a third one: the final score should be read with another reading of the lost formula (D4)
    const third = await go('officer', 'POST', `/api/campaigns/${c}/bodies/MOJ/objections`, { node: 'O', text: 'SYNTHETIC: the directions should be summed (D4)' });
    expect(third.statusCode, third.body).toBe(201);

    // the commission: no quorum with four votes, then five, upheld with the changed input
    const change = [{ form: 'App1', field: 'unreliable_facts_d1', value: 1 }];
    for (const m of ['commission', 'commission2', 'commission3', 'commission4']) expect((await go(m, 'POST', `/api/campaigns/${c}/objections/${o.id}/votes`, { vote: 'uphold' })).statusCode).toBe(200);
    const noQuorum = await go('commission', 'POST', `/api/campaigns/${c}/objections/${o.id}/decision`, { changes: change });
    expect(noQuorum.statusCode).toBe(409);
    expect(noQuorum.json().error.code).toBe('no_quorum');
    expect((await go('commission5', 'POST', `/api/campaigns/${c}/objections/${o.id}/votes`, { vote: 'reject' })).statusCode).toBe(200);
    expect((await go('officer', 'POST', `/api/campaigns/${c}/objections/${o.id}/decision`, { changes: change })).statusCode).toBe(403);
    // a change the edition refuses stores neither the decision nor a snapshot
    const bad = await go('commission', 'POST', `/api/campaigns/${c}/objections/${o.id}/decision`, { changes: [{ form: 'App1', field: 'unreliable_facts_d1', value: -1 }] });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.issues[0]).toMatchObject({ body: 'MOJ', form: 'App1', field: 'unreliable_facts_d1' });
    expect((await go('commission', 'GET', `/api/campaigns/${c}/objections/${o.id}`)).json().decision).toBeNull();
    const decided = await go('commission', 'POST', `/api/campaigns/${c}/objections/${o.id}/decision`, { changes: change });
    expect(decided.statusCode, decided.body).toBe(200);
    const d = decided.json();
    expect(d.objection.decision).toMatchObject({ decision: 'upheld' });
    const n2 = d.snapshot.number as number;
    expect(n2).toBe(n1 + 1);
    expect(d.snapshot.reason).toMatchObject({ en: `objection #${o.id} upheld`, objectionId: o.id });
    // final: no second decision
    expect((await go('commission', 'POST', `/api/campaigns/${c}/objections/${o.id}/decision`, { changes: [] })).statusCode).toBe(409);

    // the new snapshot: the score changed, the trace and the used record name the decision
    const after = (await go('admin', 'GET', `/api/campaigns/${c}/snapshots/${n2}/bodies/MOJ`)).json();
    const score = (x: { editions: { score: string }[] }) => x.editions[0]!.score;
    expect(score(after)).not.toBe(score(before));
    const pen2Read = (await go('admin', 'GET', `/api/campaigns/${c}/snapshots/${n2}/bodies/MOJ/nodes/D1.PEN`)).json();
    expect(pen2Read.reason).toMatchObject({ ru: `Возражение №${o.id} удовлетворено`, objectionId: o.id });
    expect(pen2Read.inputChanges.at(-1)).toMatchObject({ field: 'unreliable_facts_d1', after: 1, because: `objection #${o.id} upheld by the special commission`, source: `objection:${o.id}` });
    const pen2 = pen2Read.trace;
    expect(pen2.value).toMatch(/^0\.20*$/);
    const used2 = (await w.handle.db.selectFrom('snapshots').select(['inputs', 'reason']).where('campaign_id', '=', c).where('number', '=', n2).executeTakeFirstOrThrow());
    expect(JSON.stringify(used2.inputs)).toContain(`objection #${o.id} upheld by the special commission`);
    const list = (await go('admin', 'GET', `/api/campaigns/${c}/snapshots`)).json() as { number: number; reason: { en: string } | null }[];
    expect(list.find((s) => s.number === n2)!.reason!.en).toBe(`objection #${o.id} upheld`);
    expect(list.find((s) => s.number === n1)!.reason).toBeNull();

    // the third upheld with another reading for this body only: a third snapshot, the other bodies unchanged
    for (const m of ['commission', 'commission2', 'commission3', 'commission4', 'commission5']) expect((await go(m, 'POST', `/api/campaigns/${c}/objections/${third.json().id}/votes`, { vote: 'uphold' })).statusCode).toBe(200);
    const badReading = await go('commission', 'POST', `/api/campaigns/${c}/objections/${third.json().id}/decision`, { changes: [{ reading: 'D4', value: 'median' }] });
    expect(badReading.statusCode).toBe(422);
    const byReading = await go('commission', 'POST', `/api/campaigns/${c}/objections/${third.json().id}/decision`, { changes: [{ reading: 'D4', value: 'sum' }] });
    expect(byReading.statusCode, byReading.body).toBe(200);
    const n3 = byReading.json().snapshot.number as number;
    expect(n3).toBe(n2 + 1);
    const r2 = (await go('admin', 'GET', `/api/campaigns/${c}/snapshots/${n2}/ranking`)).json().editions[0].bodies as { id: string; score: string }[];
    const r3 = (await go('admin', 'GET', `/api/campaigns/${c}/snapshots/${n3}/ranking`)).json().editions[0].bodies as { id: string; score: string }[];
    expect(r3.find((x) => x.id === 'MOJ')!.score).not.toBe(r2.find((x) => x.id === 'MOJ')!.score);
    for (const other of ['MIA', 'MOF']) expect(r3.find((x) => x.id === other)!.score).toBe(r2.find((x) => x.id === other)!.score);
    const oTrace = (await go('admin', 'GET', `/api/campaigns/${c}/snapshots/${n3}/bodies/MOJ/nodes/O`)).json();
    expect(oTrace.trace.readings).toContainEqual(expect.objectContaining({ id: 'D4', value: 'sum' }));
    expect(oTrace.inputChanges).toContainEqual(expect.objectContaining({ field: 'reading:D4', after: 'sum', because: `objection #${third.json().id} upheld by the special commission` }));
    expect(oTrace.reason.en).toBe(`objection #${third.json().id} upheld`);
    // the input change of the first decision still holds in the third snapshot
    expect((await go('admin', 'GET', `/api/campaigns/${c}/snapshots/${n3}/bodies/MOJ/nodes/D1.PEN`)).json().trace.value).toMatch(/^0\.20*$/);
    const final = (await go('admin', 'GET', `/api/campaigns/${c}/snapshots/${n3}/bodies/MOJ`)).json();

    // past the decision window nobody votes on the second one
    clock = new Date('2027-03-21T06:00:00Z');
    const tooLate = await go('commission', 'POST', `/api/campaigns/${c}/objections/${second.json().id}/votes`, { vote: 'reject' });
    expect(tooLate.statusCode).toBe(409);
    expect(tooLate.json().error).toMatchObject({ code: 'decision_late', messages: { ru: expect.stringContaining('2027-03-20') } });

    // publish; published snapshots never change
    expect((await go('admin', 'POST', `/api/campaigns/${c}/snapshots/${n3}/publish`)).statusCode).toBe(200);
    await expect(w.handle.db.updateTable('snapshots').set({ results: '{}' as never }).where('campaign_id', '=', c).where('number', '=', n3).execute()).rejects.toThrow(/append-only/);

    // the body sees the decision change its score
    const officerView = (await go('officer', 'GET', `/api/campaigns/${c}/snapshots/latest/bodies/MOJ`)).json();
    expect(officerView.snapshot).toBe(n3);
    expect(score(officerView)).toBe(score(final));
    const mineOnly = (await go('officer', 'GET', `/api/campaigns/${c}/objections`)).json() as { id: number; decision: { decision: string } | null }[];
    expect(mineOnly.find((x) => x.id === o.id)!.decision!.decision).toBe('upheld');

    // the conclusion forms that apply: a central body's and a local body's (the edition's declarations)
    const formsOf = async (campaign: number, body: string, who = 'officer') => {
      const r = await go(who, 'GET', `/api/campaigns/${campaign}/bodies/${body}/conclusions?edition=${E}`);
      expect(r.statusCode, r.body).toBe(200);
      return r.json() as { kind: string; editions: { edition: string; forms: { id: string; title: Record<string, string>; appendix: string | null; appliesTo: string[] | null }[] }[] };
    };
    const central = await formsOf(c, 'MOJ');
    expect(central.kind).toBe('central');
    expect(central.editions.map((e) => e.edition)).toEqual([E]);
    expect(central.editions[0]!.forms.map((f) => f.id).sort()).toEqual(['App11', 'App18', 'App19', 'App3', 'App5']);
    const app3 = central.editions[0]!.forms.find((f) => f.id === 'App3')!;
    expect(app3).toMatchObject({ appendix: 'App 3', appliesTo: ['central'], title: { ru: expect.stringContaining('центрального государственного органа'), kk: expect.stringContaining('Орталық мемлекеттік органның'), en: expect.stringContaining('central state body') } });
    const local = await formsOf(1, 'AST', 'public');
    expect(local.kind).toBe('local');
    expect(local.editions[0]!.forms.map((f) => f.id)).toContain('App4');
    expect(local.editions[0]!.forms.map((f) => f.id)).not.toContain('App3');
    expect((await go('officer', 'GET', `/api/campaigns/${c}/bodies/AST/conclusions`)).statusCode).toBe(404);
    const otherEdition = await go('officer', 'GET', `/api/campaigns/${c}/bodies/MOJ/conclusions?edition=kz-2015-ict`);
    expect(otherEdition.statusCode).toBe(422);
    expect(otherEdition.json().error.issues[0]).toMatchObject({ field: 'edition', value: 'kz-2015-ict' });

    // documents: the final text, the conclusion as DOCX with the body's name and the new score
    const findings = await go('evaluator', 'GET', `/api/campaigns/${c}/bodies/MOJ/conclusions/App19/findings?lang=ru`);
    expect(findings.statusCode, findings.body).toBe(200);
    const draft = findings.json().draft as { analysis: string[]; conclusions: string };
    expect(draft.conclusions).toContain('Факты недостоверности, зафиксированные в акте сверки');
    expect(draft.conclusions).toContain('SYNTHETIC: letter of the Agency No. 01-17/123');
    const saved = await go('evaluator', 'POST', `/api/campaigns/${c}/bodies/MOJ/conclusions/App19`, { lang: 'ru', analysis: draft.analysis, conclusions: 'SYNTHETIC: итоговый текст оценщика.' });
    expect(saved.statusCode, saved.body).toBe(201);
    expect((await go('officer', 'POST', `/api/campaigns/${c}/bodies/MOJ/conclusions/App19`, { lang: 'ru', analysis: [], conclusions: 'x' })).statusCode).toBe(403);
    const docx = await app.inject({ method: 'GET', url: `/api/campaigns/${c}/bodies/MOJ/conclusions/App19?lang=ru&format=docx` });
    expect(docx.statusCode, docx.body.slice(0, 300)).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const text = docxText(docx.rawPayload);
    expect(text).toContain('Министерство юстиции');
    expect(text).toContain(score(final).replace('.', ','));
    expect(text).toContain('SYNTHETIC: итоговый текст оценщика.');
    const pdf = await go('officer', 'GET', `/api/campaigns/${c}/bodies/MOJ/conclusions/App19?lang=kk&format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdf.rawPayload)).toBeGreaterThanOrEqual(1);
    const actPdf = await go('evaluator', 'GET', `/api/campaigns/${c}/bodies/MOJ/reconciliation-acts/${E}/document?lang=kk&format=pdf`);
    expect(actPdf.headers['content-type']).toBe('application/pdf');
    expect(pdfPageCount(actPdf.rawPayload)).toBeGreaterThanOrEqual(1);
    // the public reads the published conclusion, not the draft of an unreleased snapshot
    expect((await app.inject({ method: 'GET', url: `/api/campaigns/${c}/bodies/MOJ/conclusions/App19?snapshot=${n1}&format=txt` })).statusCode).toBe(401);
    const xlsx = await app.inject({ method: 'GET', url: `/api/campaigns/${c}/rankings.xlsx?lang=ru` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await go('officer', 'GET', `/api/campaigns/${c}/bodies/MOJ/scorecard.xlsx?lang=kk`)).statusCode).toBe(200);
    const tableDoc = await go('commission', 'GET', `/api/campaigns/${c}/bodies/MOJ/disagreements?lang=ru&format=docx`);
    expect(docxText(tableDoc.rawPayload)).toContain('удовлетворено');
    // the final text is tied to the snapshot it was written for (n3); a correction snapshot shows a marker
    const fin = (await go('evaluator', 'GET', `/api/campaigns/${c}/bodies/MOJ/conclusions/App19/findings?lang=ru`)).json().final;
    expect(fin).toMatchObject({ snapshot: n3, stale: false, conclusions: 'SYNTHETIC: итоговый текст оценщика.' });
    const s4 = await go('admin', 'POST', `/api/campaigns/${c}/compute`, { reason: { kk: 'SYNTHETIC түзету', ru: 'SYNTHETIC исправление', en: 'SYNTHETIC correction' } });
    expect(s4.statusCode, s4.body).toBe(201);
    const n4 = s4.json().number as number;
    const stale = docxText((await go('evaluator', 'GET', `/api/campaigns/${c}/bodies/MOJ/conclusions/App19?lang=ru&format=docx&snapshot=${n4}`)).rawPayload);
    expect(stale).toContain(`текст оценщика написан для снимка № ${n3}; результаты в документе — снимка № ${n4}`);
    expect(stale).toContain('SYNTHETIC: итоговый текст оценщика.');
    expect((await go('evaluator', 'GET', `/api/campaigns/${c}/bodies/MOJ/conclusions/App19/findings?lang=ru&snapshot=${n4}`)).json().final).toMatchObject({ snapshot: n3, stale: true });
    // the snapshot it was written for prints it plainly; an earlier snapshot falls back to the draft
    const own = docxText((await go('evaluator', 'GET', `/api/campaigns/${c}/bodies/MOJ/conclusions/App19?lang=ru&format=docx&snapshot=${n3}`)).rawPayload);
    expect(own).toContain('SYNTHETIC: итоговый текст оценщика.');
    expect(own).not.toContain('написан для снимка');
    const earlier = docxText((await go('evaluator', 'GET', `/api/campaigns/${c}/bodies/MOJ/conclusions/App19?lang=ru&format=docx&snapshot=${n1}`)).rawPayload);
    expect(earlier).not.toContain('SYNTHETIC: итоговый текст оценщика.');
    expect(earlier).toContain('Факты недостоверности, зафиксированные в акте сверки');
    expect((await go('evaluator', 'GET', `/api/campaigns/${c}/bodies/MOJ/conclusions/App19/findings?lang=ru&snapshot=${n1}`)).json().final).toBeNull();
    const stored = await w.handle.db.selectFrom('conclusion_texts').select('snapshot').where('campaign_id', '=', c).execute();
    expect(stored.map((r) => r.snapshot)).toEqual([n3]);
    // every step is in the audit chain, and the chain holds
    const actions = (await w.handle.db.selectFrom('audit_log').select('payload').execute()).map((r) => JSON.parse(r.payload).action as string);
    for (const a of ['body.assessors', 'reconciliation.record', 'objection.file', 'objection.position', 'objection.vote', 'objection.decide', 'conclusion.text']) expect(actions).toContain(a);
    expect((await verifyAudit(w.handle.db)).ok).toBe(true);
  }, 300_000);

  it('takes the commission’s dates from the schedule under p.114 of the 2021 operational assessment (2023 wording)', async () => {
    const OP = 'kz-2021-operational';
    const created = await go('admin', 'POST', '/api/campaigns', { code: `op-${b.name}`, title: { kk: 'SYNTHETIC', ru: 'SYNTHETIC', en: 'SYNTHETIC p.114' }, periodFrom: '2023-01-01', periodTo: '2023-12-31', editions: [OP], synthetic: true, bodies: ['MOJ', 'MIA'] });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json().id as number;
    for (const [body, who, data] of [['MOJ', 'officer', { n: 80, c: 20, d: 30, w: 10 }], ['MIA', 'admin', { n: 60, c: 10, d: 40, w: 5 }]] as const) {
      const url = `/api/campaigns/${c}/submissions/${body}/${OP}/Services`;
      expect((await go(who, 'PUT', url, { data, submit: true })).statusCode).toBe(200);
      expect((await go('evaluator', 'POST', `${url}/accept`, {})).statusCode).toBe(200);
    }
    const s = await go('admin', 'POST', `/api/campaigns/${c}/compute`, {});
    expect(s.statusCode, s.body).toBe(201);
    clock = new Date('2027-06-01T05:00:00Z');
    expect((await go('admin', 'POST', `/api/campaigns/${c}/snapshots/${s.json().number}/release`)).statusCode).toBe(200);
    const node = ((await go('officer', 'GET', `/api/campaigns/${c}/snapshots/latest/bodies/MOJ`)).json().editions[0].nodes as { id: string }[]).at(-1)!.id;
    clock = new Date('2027-06-02T05:00:00Z');
    // no objection-review dates in the schedule: the act gives no default, so the filing is refused
    const noDates = await go('officer', 'POST', `/api/campaigns/${c}/bodies/MOJ/objections`, { node, text: 'SYNTHETIC' });
    expect(noDates.statusCode).toBe(422);
    expect(noDates.body).toContain('p.114');
    expect((await go('admin', 'PUT', `/api/campaigns/${c}/dates/objection-review`, { from: '2027-06-07', to: '2027-06-11' })).statusCode).toBe(200);
    const filed = await go('officer', 'POST', `/api/campaigns/${c}/bodies/MOJ/objections`, { node, text: 'SYNTHETIC' });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json().decideBy).toBe('2027-06-11');
    clock = new Date('2027-06-14T05:00:00Z');
    const late = await go('commission', 'POST', `/api/campaigns/${c}/objections/${filed.json().id}/votes`, { vote: 'uphold' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.messages.kk).toContain('2027-06-11');
  }, 120_000);
});

describe.each(backends)('notice of agreement on $name', (b) => {
  let w: World;
  let app: FastifyInstance;
  let clock = new Date('2027-06-01T05:00:00Z');
  const go = async (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => app.inject({ method, url, payload: payload as never, headers: { cookie: w.cookies[who]! } });
  beforeAll(async () => {
    w = await world(b);
    app = await buildApp({ db: w.handle.db, now: () => clock });
    await app.ready();
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await w?.close();
  });

  it('a body agrees with its results within the window (2017 p.117, ICT ¶107): recorded, seen by insiders, and it closes the window', async () => {
    const OP = 'kz-2021-operational';
    const created = await go('admin', 'POST', '/api/campaigns', { code: `agree-${b.name}`, title: { kk: 'SYNTHETIC', ru: 'SYNTHETIC', en: 'SYNTHETIC p.117' }, periodFrom: '2023-01-01', periodTo: '2023-12-31', editions: [OP], synthetic: true, bodies: ['MOJ', 'MIA'] });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json().id as number;
    for (const [body, who, data] of [['MOJ', 'officer', { n: 80, c: 20, d: 30, w: 10 }], ['MIA', 'admin', { n: 60, c: 10, d: 40, w: 5 }]] as const) {
      const url = `/api/campaigns/${c}/submissions/${body}/${OP}/Services`;
      expect((await go(who, 'PUT', url, { data, submit: true })).statusCode).toBe(200);
      expect((await go('evaluator', 'POST', `${url}/accept`, {})).statusCode).toBe(200);
    }
    // nothing released yet: nothing to agree with
    expect((await go('officer', 'POST', `/api/campaigns/${c}/bodies/MOJ/no-disagreement`, {})).statusCode).toBe(409);
    const s = await go('admin', 'POST', `/api/campaigns/${c}/compute`, {});
    expect(s.statusCode, s.body).toBe(201);
    const n = s.json().number as number;
    expect((await go('admin', 'POST', `/api/campaigns/${c}/snapshots/${n}/release`)).statusCode).toBe(200);
    expect((await go('admin', 'PUT', `/api/campaigns/${c}/dates/objection-review`, { from: '2027-06-07', to: '2027-06-11' })).statusCode).toBe(200);
    const node = ((await go('officer', 'GET', `/api/campaigns/${c}/snapshots/latest/bodies/MOJ`)).json().editions[0].nodes as { id: string }[]).at(-1)!.id;
    clock = new Date('2027-06-03T05:00:00Z');
    expect((await go('officer', 'POST', `/api/campaigns/${c}/bodies/MIA/no-disagreement`, {})).statusCode).toBe(403);
    const sent = await go('officer', 'POST', `/api/campaigns/${c}/bodies/MOJ/no-disagreement`, { text: 'SYNTHETIC: the ministry agrees with the results' });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ bodyId: 'MOJ', snapshot: n, on: '2027-06-03', by: 'officer', text: 'SYNTHETIC: the ministry agrees with the results' });
    expect((await go('officer', 'POST', `/api/campaigns/${c}/bodies/MOJ/no-disagreement`, {})).statusCode).toBe(409);
    // insiders and the body see it; another body's officer... the public does not
    for (const who of ['evaluator', 'commission', 'methodologist', 'officer']) expect((await go(who, 'GET', `/api/campaigns/${c}/bodies/MOJ/no-disagreement`)).json()).toEqual([expect.objectContaining({ snapshot: n, on: '2027-06-03' })]);
    expect((await go('public', 'GET', `/api/campaigns/${c}/bodies/MOJ/no-disagreement`)).statusCode).toBe(403);
    // a later objection, still inside the five working days, is refused naming the notice
    clock = new Date('2027-06-04T05:00:00Z');
    const refused = await go('officer', 'POST', `/api/campaigns/${c}/bodies/MOJ/objections`, { node, text: 'SYNTHETIC: changed our mind' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'objection_window_closed', messages: { kk: expect.stringContaining('2027-06-03'), ru: expect.stringContaining('уведомление о согласии'), en: expect.stringContaining('notice that it agrees with the results on 2027-06-03') } });
    // past the window a notice is refused like an objection
    clock = new Date('2027-06-20T05:00:00Z');
    const MIAofficer = await go('admin', 'POST', '/api/users', { login: 'officer_mia', displayName: 'MIA officer', password: 'long-enough-password', role: 'body_officer', bodies: ['MIA'] });
    expect(MIAofficer.statusCode, MIAofficer.body).toBe(201);
    w.cookies.officer_mia = await login(app, 'officer_mia', 'long-enough-password');
    const late = await go('officer_mia', 'POST', `/api/campaigns/${c}/bodies/MIA/no-disagreement`, {});
    expect(late.statusCode, late.body).toBe(409);
    expect(late.json().error.code).toBe('objection_late');
    const actions = (await w.handle.db.selectFrom('audit_log').select('payload').execute()).map((r) => JSON.parse(r.payload).action as string);
    expect(actions).toContain('objection.no_disagreement');
  }, 120_000);
});

describe('objection rules (pure)', () => {
  it('take 5 working days, 15 calendar (2017 p.119, 2014 §70) or working (ICT ¶112) days and 5 members, and the schedule’s dates under p.114', async () => {
    const { objectionRules, directionOfForm } = await import('../../src/server/domain/workflow-rules.js');
    expect(objectionRules('kz-2017-interaction')).toMatchObject({ fileWithinWorkingDays: 5, decideWithin: { days: 15, unit: 'calendar' }, quorum: 5, ref: 'p.115–116, p.118–119' });
    expect(objectionRules('kz-2015-ict')).toMatchObject({ fileWithinWorkingDays: 5, decideWithin: { days: 15, unit: 'working' }, quorum: 5, tableAppendix: '10' });
    expect(objectionRules('kz-2021-operational')).toMatchObject({ decideWithin: null, scheduleItem: 'objection-review', ref: 'p.114' });
    expect([directionOfForm('D3.appeals', null), directionOfForm('App15T1', null), directionOfForm('App17', null), directionOfForm('App1', 'D2'), directionOfForm('App1', null)]).toEqual([3, 2, 3, 2, null]);
  });
});
