// The explanation drawer's branches in the user's language: the engine's own branch texts (a
// reading's option, the floor at 0, the cap, a band lookup) are rebuilt from the edition's labels;
// the edition's free English text is kept and flagged as English.
import { describe, expect, it } from 'vitest';
import { findEdition } from '../../src/methodologies/index.js';
import { branchView, type BranchEdition } from '../../web/src/branches.js';
import { en } from '../../web/src/locales/en.js';
import { ru } from '../../web/src/locales/ru.js';
import { kk } from '../../web/src/locales/kk.js';

const strings = { en, ru, kk } as const;
type Lang = keyof typeof strings;
/** i18next's t, for the keys used here: `explain.x` with {{name}} interpolation. */
const tOf = (lang: Lang) => (k: string, o: Record<string, string> = {}) => {
  const s = (strings[lang].explain as Record<string, string>)[k.replace(/^explain\./, '')];
  if (s === undefined) throw new Error(`no string ${k}`);
  return s.replace(/\{\{(\w+)\}\}/g, (_, n: string) => o[n] ?? `{{${n}}}`);
};

const decl = findEdition('kz-2017-interaction');
const edition: BranchEdition = { readings: decl.readings, parameters: Object.entries(decl.parameters).map(([name, p]) => ({ name, label: p.label })) };

describe('branchView', () => {
  it('names a reading and its option by their labels, not their codes', () => {
    expect(branchView('reading AMB-29 = whole', edition, 'ru', tOf('ru'))).toEqual({
      text: 'прочтение «Правило "если результат отрицательный — 0": к k − Z1 + d целиком или до прибавления d (п. 38)» (AMB-29): max(0, k − Z1 + d)',
      english: false,
    });
    expect(branchView('reading D4 = mean', edition, 'kk', tOf('kk'))).toEqual({ text: '«Жалпы бағаны есептеу тәсілі (114-т.)» оқылымы (D4): Үш бағыттың орташа мәні', english: false });
    expect(branchView('reading D4 = sum', edition, 'en', tOf('en')).text).toBe('reading “How the overall score is formed (p.114)” (D4): Literal sum of the directions (0–300)');
  });

  it('an unknown reading or option keeps its code', () => {
    expect(branchView('reading X-1 = odd', edition, 'ru', tOf('ru')).text).toBe('прочтение «X-1» (X-1): odd');
  });

  it('the floor at 0 and the cap at the maximum', () => {
    expect(branchView('negative result -2.5 → 0 (floor at 0)', edition, 'kk', tOf('kk'))).toEqual({ text: 'теріс нәтиже -2.5 → 0 (нөлден төмен емес)', english: false });
    expect(branchView('result 31 above the maximum → 30 (cap)', edition, 'ru', tOf('ru'))).toEqual({ text: 'результат 31 выше максимума → 30 (ограничен максимумом)', english: false });
  });

  it('a band lookup is named by its parameter', () => {
    const [name, p] = Object.entries(decl.parameters).find(([, x]) => Array.isArray(x.values[0]?.value))!;
    expect(branchView(`${name}: 12.50 → 3`, edition, 'kk', tOf('kk'))).toEqual({ text: `${p.label.kk}: 12.50 → 3`, english: false });
  });

  it("the edition's own English text is kept and flagged", () => {
    const b = 'no documents due: maximum 3 (BR-51-ZERO, by analogy with ¶69)';
    expect(branchView(b, edition, 'kk', tOf('kk'))).toEqual({ text: b, english: true });
    expect(branchView('unknown_param: 1.00 → 2', edition, 'ru', tOf('ru')).english).toBe(true);
  });
});
