// The service's field refusals in the user's language: every message shape the engine's validation
// actually produces (generated here from a real edition, not copied) is translated in kk, ru and en;
// an unknown message stays as the service wrote it.
import { describe, expect, it } from 'vitest';
import { createInstance } from 'i18next';
import { issueText, splitCell } from '../../web/src/issues.js';
import { en } from '../../web/src/locales/en.js';
import { ru } from '../../web/src/locales/ru.js';
import { kk } from '../../web/src/locales/kk.js';
import { InputError, missingRequired, validateBody } from '../../src/engine/validate.js';
import { findEdition } from '../../src/methodologies/index.js';

const edition = findEdition('kz-2017-interaction');

function messages(): string[] {
  const forms = {
    App17: { p_considered: -1, f_late: 1.5, b_considered: 'many', zzz: 1 },
    'D1.satisfaction': { reference_mean: 36, barrier_measures_taken: 'yes', service_types: 'none' },
    'D1.deadlines': { late_services: 5, services_rendered: 4, late_services_prev: 0 },
  };
  try {
    validateBody(edition, { id: 'MOJ', name: 'MOJ', kind: 'central', forms });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return [...e.issues.map((i) => i.message), ...missingRequired(edition, { id: 'MOJ', name: 'MOJ', kind: 'central', forms: {} }).map((i) => i.message)];
  }
  throw new Error('expected refusals');
}

async function t(lng: 'kk' | 'ru' | 'en') {
  const i = createInstance();
  await i.init({ lng, resources: { en: { translation: en }, ru: { translation: ru }, kk: { translation: kk } }, fallbackLng: 'en', interpolation: { escapeValue: false } });
  return i.t;
}

describe('field refusals in the user\'s language', () => {
  it('translates every shape the engine produces', async () => {
    const all = messages();
    for (const shape of ['below the minimum', 'above the maximum', 'expected a whole number', 'expected true or false', 'expected a list of rows', 'is larger than its total', 'unknown field', 'required field is missing'])
      expect(all.some((m) => m.startsWith(shape)), `${shape} in ${all.join(' | ')}`).toBe(true);
    const [tk, tr, te] = await Promise.all([t('kk'), t('ru'), t('en')]);
    for (const m of all) {
      const r = issueText(m, tr);
      const k = issueText(m, tk);
      expect(r, m).not.toBe(m);
      expect(k, m).not.toBe(m);
      expect(r).not.toBe(k);
      expect(issueText(m, te).length).toBeGreaterThan(10);
    }
  });

  it('carries the values over', async () => {
    const tr = await t('ru');
    expect(issueText('below the minimum 0', tr)).toBe('Меньше минимума 0');
    expect(issueText('is larger than its total services_rendered = 4', tr)).toBe('Больше своего итога «services_rendered» = 4');
    expect(issueText('expected the column "service" here; download the template again', await t('kk'))).toBe('Мұнда «service» бағаны күтіледі; үлгіні қайта жүктеп алыңыз');
  });

  it('puts a broken consistency rule in the language of the form\'s own message', async () => {
    const form = edition.forms.find((f) => f.id === 'App17')!;
    let message = '';
    try {
      validateBody(edition, { id: 'MOJ', name: 'MOJ', kind: 'central', forms: { App17: { d_considered: 3, s_satisfied: 2, c_explained: 2 } } });
    } catch (e) {
      message = (e as InputError).issues[0]!.message;
    }
    const rules = form.constraints!.map((c) => ({ rule: c.rule, message: c.message }));
    const ru = issueText(message, await t('ru'), rules, 'ru');
    expect(ru.startsWith(form.constraints![0]!.message.ru)).toBe(true);
    expect(ru).toContain('(s_satisfied + c_explained <= d_considered');
    expect(issueText(message, await t('kk'), rules, 'kk').startsWith(form.constraints![0]!.message.kk)).toBe(true);
    expect(issueText(message, await t('kk'))).toBe(message); // without the form's rules: as sent
  });

  it('leaves an unknown message as the service wrote it', async () => {
    expect(issueText('something new', await t('kk'))).toBe('something new');
  });

  it('splits a cell into its column and row', () => {
    expect(splitCell('D7')).toEqual({ column: 'D', row: 7 });
    expect(splitCell('AB120')).toEqual({ column: 'AB', row: 120 });
    expect(splitCell('-')).toBeNull();
    expect(splitCell(undefined)).toBeNull();
  });
});
