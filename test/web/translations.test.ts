// Nothing a user reads is left in one language: every form, field label, unit and enum value of
// every registered edition, every reading and its options, every parameter and its unit, and every
// string of the web application has kk, ru and en — Kazakh and Russian in Cyrillic, not copies of
// the English.
import { describe, expect, it } from 'vitest';
import { editions } from '../../src/methodologies/index.js';
import KZ_2023_RISK from '../../src/methodologies/kz-2023-risk/edition.js';
import { LANGS, type FieldDecl, type Labels } from '../../src/engine/types.js';
import { en } from '../../web/src/locales/en.js';
import { ru } from '../../web/src/locales/ru.js';
import { kk } from '../../web/src/locales/kk.js';

const CYRILLIC = /[\u0400-\u04FF]/;
/** Names that are the same in every language (brands), and labels with no letters at all (%, 1–5). */
const SAME_EVERYWHERE = new Set(['Google', 'Mail.ru', 'Excel']);
const noLetters = (s: string) => !/\p{L}/u.test(s);
/** A formula as a label (a reading's option «max(0, k − Z1 + d)»): symbols, one-letter names and ids. */
const formula = (s: string) => /[−+×/=<>≤≥]/.test(s) && (s.match(/[A-Za-z]{3,}/g) ?? []).every((w) => w === 'max' || w === 'min');

/** What is wrong with a kk/ru/en text, if anything. */
function problems(where: string, l: Labels | undefined): string[] {
  if (!l) return [`${where}: missing`];
  const out: string[] = [];
  for (const lang of LANGS) if (typeof l[lang] !== 'string' || !l[lang].trim()) out.push(`${where}: no ${lang}`);
  if (out.length) return out;
  for (const lang of ['kk', 'ru'] as const) {
    const s = l[lang];
    if (SAME_EVERYWHERE.has(s) || noLetters(s) || formula(s)) continue;
    if (!CYRILLIC.test(s)) out.push(`${where}: ${lang} is not in Cyrillic: «${s}»`);
  }
  return out;
}

function fieldProblems(where: string, fields: readonly FieldDecl[]): string[] {
  return fields.flatMap((f) => {
    const at = `${where}.${f.name}`;
    const out = problems(`${at} label`, f.label);
    if (f.unit !== undefined) {
      out.push(...problems(`${at} unit «${f.unit}»`, f.unitLabel));
      if (f.unitLabel && f.unitLabel.en !== f.unit) out.push(`${at}: unitLabel.en «${f.unitLabel.en}» is not the unit «${f.unit}»`);
    }
    if (f.type === 'enum') {
      for (const v of f.values ?? []) out.push(...problems(`${at} value «${v}»`, f.valueLabels?.[v]));
      for (const v of Object.keys(f.valueLabels ?? {})) if (!f.values?.includes(v)) out.push(`${at}: label for «${v}», which is not a value`);
    }
    for (const c of f.constraints ?? []) out.push(...problems(`${at} rule ${c.rule}`, c.message));
    return [...out, ...fieldProblems(at, f.item ?? [])];
  });
}

describe('every registered edition in kk, ru and en', () => {
  it('registers the editions this test reads', () => {
    expect(editions.map((e) => e.id).sort()).toEqual(['kz-2014-public-services', 'kz-2015-ict', 'kz-2017-interaction', 'kz-2021-operational']);
  });

  for (const e of editions) {
    it(`${e.id}: forms, fields, units and enum values`, () => {
      const out: string[] = [];
      let fields = 0;
      const count = (fs: readonly FieldDecl[]): number => fs.reduce((n, f) => n + 1 + count(f.item ?? []), 0);
      for (const form of e.forms) {
        out.push(...problems(`${form.id} label`, form.label));
        if (form.filledBy) out.push(...problems(`${form.id} filledBy`, form.filledBy));
        for (const c of form.constraints ?? []) out.push(...problems(`${form.id} rule ${c.rule}`, c.message));
        out.push(...fieldProblems(form.id, form.fields));
        fields += count(form.fields);
      }
      expect(out).toEqual([]);
      expect(fields).toBeGreaterThan(3);
    });

    it(`${e.id}: readings and their options, parameters and their units, levels`, () => {
      const out: string[] = [];
      for (const r of e.readings) {
        out.push(...problems(`reading ${r.id}`, r.label));
        for (const o of r.options) out.push(...problems(`reading ${r.id} option ${o.value}`, o.label));
        expect(r.options.map((o) => o.value), `reading ${r.id}`).toContain(r.default);
      }
      for (const [name, p] of Object.entries(e.parameters)) {
        out.push(...problems(`parameter ${name}`, p.label));
        if (p.unit !== undefined) out.push(...problems(`parameter ${name} unit «${p.unit}»`, p.unitLabel));
      }
      for (const l of e.levels ?? []) out.push(...problems(`level ${l.id}`, l.label));
      expect(out).toEqual([]);
    });
  }

  for (const e of [...editions, KZ_2023_RISK]) {
    it(`${e.id}: amendment history, each entry's note and the act that made it`, () => {
      const out: string[] = [];
      for (const h of e.history) {
        out.push(...problems(`history ${h.date} note`, h.note));
        if (h.by !== undefined) out.push(...(typeof h.by === 'string' ? [`history ${h.date}: «by» only in English: «${h.by}»`] : problems(`history ${h.date} by`, h.by)));
      }
      expect(out).toEqual([]);
      expect(e.history.length).toBeGreaterThan(1);
    });
  }

  it('translates the enum values a user picks (a sample, checked by hand)', () => {
    const find = (edition: string, form: string, name: string): FieldDecl => {
      const all = (fs: readonly FieldDecl[]): FieldDecl[] => fs.flatMap((f) => [f, ...all(f.item ?? [])]);
      return all(editions.find((x) => x.id === edition)!.forms.find((f) => f.id === form)!.fields).find((f) => f.name === name)!;
    };
    expect(find('kz-2017-interaction', 'App14', 'english_version').valueLabels?.none).toEqual({ kk: 'жоқ', ru: 'нет', en: 'none' });
    expect(find('kz-2017-interaction', 'App12T1', 'OD1_kz').valueLabels?.present?.kk).toBe('бар');
    expect(find('kz-2014-public-services', 'Register', 'mode').valueLabels?.['5']?.ru).toBe('5 — Государственная услуга, оказываемая традиционным способом только в государственном органе');
    expect(find('kz-2017-interaction', 'App17', 'p_considered').unitLabel).toEqual({ kk: 'шағым мен өтініш', ru: 'жалоб и заявлений', en: 'complaints and applications' });
  });
});

describe('the web application strings', () => {
  type Tree = { [k: string]: string | Tree };
  const flat = (t: Tree, prefix = ''): Record<string, string> =>
    Object.fromEntries(Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v]] : Object.entries(flat(v, `${prefix}${k}.`)))));
  const E = flat(en as unknown as Tree);
  const R = flat(ru as unknown as Tree);
  const K = flat(kk as unknown as Tree);
  /** Strings that are rightly the same in English: the brand, symbols, formats. */
  const SAME = new Set(['app.name', 'formula.if', 'formula.otherwise']);

  it('has the same keys in kk, ru and en', () => {
    expect(Object.keys(K).sort()).toEqual(Object.keys(E).sort());
    expect(Object.keys(R).sort()).toEqual(Object.keys(E).sort());
  });

  it('has no Kazakh or Russian string copied from the English or left out of Cyrillic', () => {
    const out: string[] = [];
    for (const [k, v] of Object.entries(E)) {
      if (SAME.has(k) || noLetters(v)) continue;
      for (const [lang, table] of [['kk', K], ['ru', R]] as const) {
        const s = table[k]!;
        if (!s.trim()) out.push(`${lang} ${k}: empty`);
        else if (SAME_EVERYWHERE.has(s) || noLetters(s)) continue;
        else if (!CYRILLIC.test(s) && !/^[\p{Lu}\d\s.,:;/()«»{}\-–—·]+$/u.test(s)) out.push(`${lang} ${k}: «${s}»`);
      }
    }
    expect(out).toEqual([]);
  });
});
