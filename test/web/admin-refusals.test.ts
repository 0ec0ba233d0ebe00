// The administration page's refusals in the user's language. Every sentence here is produced by the
// real service (a seeded PGlite, the real routes), not copied: each refused request of the
// registries, campaigns and calendar routes is sent, and each of its issues must translate in kk, ru
// and en (kk and ru in Cyrillic) and land on the form field it names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInstance, type TFunction } from 'i18next';
import { applyRefusal, fieldPath, issueLine, refusalText, SHAPES, type ApiIssue, type Failure } from '../../web/src/pages/admin/refusals.js';
import { en } from '../../web/src/locales/en.js';
import { ru } from '../../web/src/locales/ru.js';
import { kk } from '../../web/src/locales/kk.js';
import { backends, call, type Req, type World, world } from '../server/harness.js';

async function tOf(lng: 'kk' | 'ru' | 'en'): Promise<TFunction> {
  const i = createInstance();
  await i.init({ lng, resources: { en: { translation: en }, ru: { translation: ru }, kk: { translation: kk } }, fallbackLng: 'en', interpolation: { escapeValue: false } });
  return i.t;
}

const campaign = (over: Record<string, unknown>) => ({
  code: 'refusals-2026',
  title: { kk: 'Сынақ', ru: 'Проверка', en: 'Check' },
  periodFrom: '2026-01-01',
  periodTo: '2026-06-30',
  bodies: ['MOJ'],
  ...over,
});
const body = (over: Record<string, unknown>) => ({ id: 'REF.TEST', name: { kk: 'Орган', ru: 'Орган', en: 'Body' }, kind: 'central', level: 'republic', ...over });
const user = (over: Record<string, unknown>) => ({ login: 'ref.user', displayName: 'Ref', password: 'long-enough-password', role: 'public', ...over });

/** Refused requests, each with the field its first issue names (the page's form field). */
const REFUSED: { req: Req; fields: string[] }[] = [
  { req: { method: 'POST', url: '/api/campaigns', payload: campaign({ code: 'demo-2019' }) }, fields: ['code'] },
  { req: { method: 'POST', url: '/api/campaigns', payload: campaign({ bodies: ['MOJ', 'MOJ', 'NOPE'] }) }, fields: ['bodies'] },
  { req: { method: 'POST', url: '/api/campaigns', payload: campaign({ periodTo: '2025-12-31' }) }, fields: ['periodTo'] },
  { req: { method: 'POST', url: '/api/campaigns', payload: campaign({ editions: ['kz-1999-none'] }) }, fields: ['editions'] },
  { req: { method: 'POST', url: '/api/campaigns', payload: campaign({ periodFrom: '1990-01-01', periodTo: '1990-12-31' }) }, fields: ['editions'] },
  { req: { method: 'POST', url: '/api/campaigns', payload: campaign({ editions: ['kz-2021-operational'], readings: { 'NO-SUCH': 'x' } }) }, fields: ['readings'] },
  { req: { method: 'POST', url: '/api/campaigns', payload: campaign({ editions: ['kz-2021-operational'], readings: { 'F003-49.alpha': 'nope' } }) }, fields: ['readings'] },
  {
    req: {
      method: 'POST',
      url: '/api/campaigns',
      payload: campaign({
        editions: ['kz-2021-operational'],
        schedule: [
          { edition: 'kz-2017-interaction', form: 'App1', submitter: 'body', assessingBody: 'ACSA', due: '2026-07-20' },
          { edition: 'kz-2021-operational', form: 'Nope', submitter: 'body', assessingBody: 'ACSA', due: '2026-07-20' },
          { edition: 'kz-2021-operational', form: 'Services', submitter: 'NOPE', assessingBody: 'NOPE2', due: '2026-07-20' },
          { edition: 'kz-2021-operational', form: 'Services', submitter: 'body', assessingBody: 'ACSA', due: '2026-07-20' },
        ],
      }),
    },
    fields: ['schedule'],
  },
  { req: { method: 'POST', url: '/api/campaigns', payload: campaign({ code: 'bad code!', title: { kk: '=1', ru: 'ok', en: 'ok' }, periodFrom: '2026-02-30' }) }, fields: ['code'] },
  { req: { method: 'POST', url: '/api/bodies', payload: body({ id: 'MOJ' }) }, fields: ['id'] },
  { req: { method: 'POST', url: '/api/bodies', payload: body({ parentId: 'REF.TEST' }) }, fields: ['parentId'] },
  { req: { method: 'POST', url: '/api/bodies', payload: body({ vertical: 'territorial', reorganisedInto: 'NOPE' }) }, fields: ['reorganisedInto'] },
  { req: { method: 'POST', url: '/api/bodies', payload: body({ reorganisedInto: 'MOJ' }) }, fields: ['reorganisedOn'] },
  { req: { method: 'POST', url: '/api/services', payload: { code: '900001', name: { kk: 'Қызмет', ru: 'Услуга' }, automation: 'full' } }, fields: ['code'] },
  { req: { method: 'POST', url: '/api/services', payload: { code: '12', name: { kk: 'Қызмет', ru: 'Услуга' }, automation: 'full' } }, fields: ['code'] },
  { req: { method: 'POST', url: '/api/services', payload: { code: '900099', name: { kk: 'Қызмет', ru: 'Услуга' }, automation: 'full', providers: ['NOPE'], channels: ['egov', 'egov'] } }, fields: ['providers'] },
  { req: { method: 'POST', url: '/api/users', payload: user({ login: 'admin' }) }, fields: ['login'] },
  { req: { method: 'POST', url: '/api/users', payload: user({ login: 'A', password: 'short' }) }, fields: ['login'] },
  { req: { method: 'POST', url: '/api/users', payload: user({ role: 'body_officer' }) }, fields: ['bodies'] },
  { req: { method: 'POST', url: '/api/users', payload: user({ role: 'evaluator' }) }, fields: ['assessingBodies'] },
  { req: { method: 'POST', url: '/api/users', payload: user({ bodies: ['MOJ'], assessingBodies: ['ACSA'] }) }, fields: ['bodies'] },
  { req: { method: 'POST', url: '/api/users', payload: user({ role: 'body_officer', bodies: ['NOPE'] }) }, fields: ['bodies'] },
  { req: { method: 'PATCH', url: '/api/users/1', payload: { active: false } }, fields: ['active'] },
  { req: { method: 'PUT', url: '/api/calendar/2026', payload: { daysOff: ['2027-01-04'], workingDays: [] } }, fields: ['daysOff'] },
];

describe('administration refusals in the user\'s language', () => {
  let w: World;
  const failures: Failure[] = [];
  beforeAll(async () => {
    w = await world(backends[0]!);
    for (const r of REFUSED) {
      const res = await call(w, 'admin', r.req);
      expect(res.statusCode, `${r.req.method} ${r.req.url} ${res.body}`).toBeGreaterThanOrEqual(400);
      const e = res.json().error;
      // as api.ts's ApiFailure carries it
      failures.push({ status: res.statusCode, code: e.code, message: e.message, messages: e.messages, issues: e.issues, text: (l) => e.messages?.[l] ?? e.message });
    }
  }, 120_000);
  afterAll(async () => w?.close());

  it('translates every sentence the routes produce, in kk, ru and en', async () => {
    const issues: ApiIssue[] = failures.flatMap((f) => (f.issues.length ? f.issues : [{ body: '-', form: '-', field: 'login', value: null, message: f.message }]));
    const messages = [...new Set(issues.map((i) => i.message))];
    expect(messages.length).toBeGreaterThanOrEqual(25);
    const untranslated: string[] = [];
    for (const lng of ['kk', 'ru', 'en'] as const) {
      const t = await tOf(lng);
      for (const m of messages) {
        const out = refusalText(m, t);
        if (lng !== 'en' && (out === m || !/[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/.test(out))) untranslated.push(`${lng}: ${m}`);
        if (lng === 'en' && out === m && !SHAPES.some(([re]) => re.test(m)) && !/^expected a date/.test(m)) untranslated.push(`en: ${m}`);
        expect(out).not.toContain('admin.issues.');
      }
    }
    expect(untranslated).toEqual([]);
  });

  it('names the values: the duplicate campaign code in Russian and Kazakh', async () => {
    const dup = failures[0]!.issues[0]!;
    expect(issueLine(dup, await tOf('ru'))).toBe('Кампания с таким кодом уже существует: «demo-2019»');
    expect(issueLine(dup, await tOf('kk'))).toBe('Мұндай кодпен науқан бар: «demo-2019»');
    const taken = failures.find((f) => f.message === 'login admin is taken')!;
    expect(refusalText(taken.message, await tOf('ru'))).toBe('Логин admin уже занят');
  });

  it('puts each refusal on the form field it names', async () => {
    const t = await tOf('ru');
    const fields = ['code', 'title', 'periodFrom', 'periodTo', 'editions', 'readings', 'bodies', 'schedule', 'id', 'parentId', 'reorganisedOn', 'reorganisedInto', 'providers', 'channels', 'login', 'password', 'assessingBodies', 'directions', 'active', 'daysOff'];
    REFUSED.forEach((r, k) => {
      const set: { name: (string | number)[]; errors: string[] }[] = [];
      const form = { setFields: (x: typeof set) => set.push(...x) } as never;
      const out = applyRefusal(form, failures[k], t, 'ru', fields, ['schedule']);
      expect(set.map((s) => String(s.name[0])), `${r.req.url} ${JSON.stringify(failures[k]!.issues)}`).toContain(r.fields[0]);
      expect(out.title).toMatch(/[А-Яа-я]/);
    });
    // The schedule keeps the row: the third row's assessing body, the first row's edition.
    expect(fieldPath('schedule.2.assessingBody', ['schedule'])).toEqual(['schedule', 2, 'assessingBody']);
    expect(fieldPath('body.title.kk')).toEqual(['title', 'kk']);
    expect(fieldPath('bodies.2')).toEqual(['bodies']);
  });
});
