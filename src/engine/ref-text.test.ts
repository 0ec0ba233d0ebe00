import { describe, expect, it } from 'vitest';
import { refText } from './ref-text.js';
import { editions } from '../methodologies/index.js';

describe('refText', () => {
  it('keeps English as the edition writes it, a bare row named', () => {
    expect(refText({ paragraph: 'p.26–32', appendix: 'App 2', row: 'central 1' }, 'en')).toBe('p.26–32 · App 2 · central 1');
    expect(refText({ paragraph: 'p.38', appendix: 'App 7', row: '2' }, 'en', ', ')).toBe('p.38, App 7, row 2');
    expect(refText({ appendix: 'App 4', row: 'Table 1, row 2' }, 'en')).toBe('App 4 · Table 1, row 2');
    expect(refText(null, 'en')).toBe('');
    expect(refText({ note: 'only a note' }, 'ru')).toBe('');
  });

  it('Russian: п., приложение, таблица, строка, графа, раздел', () => {
    expect(refText({ paragraph: 'p.31' }, 'ru')).toBe('п. 31');
    expect(refText({ paragraph: '§29–§30' }, 'ru')).toBe('п. 29–30');
    expect(refText({ paragraph: '¶36–37' }, 'ru')).toBe('п. 36–37');
    expect(refText({ paragraph: '¶4.10, ¶57' }, 'ru')).toBe('п. 4.10, п. 57');
    expect(refText({ paragraph: '§7(1)' }, 'ru')).toBe('подп. 1) п. 7');
    expect(refText({ paragraph: 'p.83 (not covered; seed-004b A-4)' }, 'ru')).toBe('п. 83');
    expect(refText({ paragraph: 'p.89; App 10 row 2.1' }, 'ru')).toBe('п. 89; приложение 10, строка 2.1');
    expect(refText({ appendix: 'App 6' }, 'ru')).toBe('приложение 6');
    expect(refText({ appendix: 'App 2–9' }, 'ru')).toBe('приложения 2–9');
    expect(refText({ appendix: 'App 2; App 7' }, 'ru')).toBe('приложение 2; приложение 7');
    expect(refText({ appendix: 'App 10 row 2, App 14–16' }, 'ru')).toBe('приложение 10, строка 2, приложения 14–16');
    expect(refText({ appendix: 'App 7, col. 2–6' }, 'ru')).toBe('приложение 7, графы 2–6');
    expect(refText({ appendix: 'App 9, section 3' }, 'ru')).toBe('приложение 9, раздел 3');
    expect(refText({ row: 'central 1' }, 'ru')).toBe('центральные 1');
    expect(refText({ row: 'local 4' }, 'ru')).toBe('местные 4');
    expect(refText({ row: 'Table 1, row 2' }, 'ru')).toBe('таблица 1, строка 2');
    expect(refText({ row: 'Table 1, rows 4–5' }, 'ru')).toBe('таблица 1, строки 4–5');
    expect(refText({ row: 'Table 2, OD1' }, 'ru')).toBe('таблица 2, строка OD1');
    expect(refText({ row: 'Table 3, col. 4' }, 'ru')).toBe('таблица 3, графа 4');
    expect(refText({ row: '3–5' }, 'ru')).toBe('строки 3–5');
    expect(refText({ row: '5.3.1' }, 'ru')).toBe('строка 5.3.1');
    expect(refText({ paragraph: 'p.12–15', appendix: 'App 1', row: '2' }, 'ru', ', ')).toBe('п. 12–15, приложение 1, строка 2');
    expect(refText({ paragraph: 'Order p.5' }, 'ru')).toBe('п. 5 приказа');
  });

  it('Kazakh: -тармақ, -қосымша, -кесте, -жол, -баған, -бөлім', () => {
    expect(refText({ paragraph: 'p.31' }, 'kk')).toBe('31-тармақ');
    expect(refText({ paragraph: '§29–§30' }, 'kk')).toBe('29–30-тармақ');
    expect(refText({ paragraph: 'p.86, p.90–94' }, 'kk')).toBe('86-тармақ, 90–94-тармақ');
    expect(refText({ paragraph: '§7(2)' }, 'kk')).toBe('7-тармақтың 2) тармақшасы');
    expect(refText({ paragraph: 'Order p.4' }, 'kk')).toBe('бұйрықтың 4-тармағы');
    expect(refText({ appendix: 'App 6' }, 'kk')).toBe('6-қосымша');
    expect(refText({ appendix: 'App 10 row 2.1, App 14' }, 'kk')).toBe('10-қосымша, 2.1-жол, 14-қосымша');
    expect(refText({ appendix: 'App 8, col. 3' }, 'kk')).toBe('8-қосымша, 3-баған');
    expect(refText({ appendix: 'App 7, section 1' }, 'kk')).toBe('7-қосымша, 1-бөлім');
    expect(refText({ row: 'Table 1, row 2' }, 'kk')).toBe('1-кесте, 2-жол');
    expect(refText({ row: 'Table 1, NP3' }, 'kk')).toBe('1-кесте, NP3-жол');
    expect(refText({ row: 'central 1' }, 'kk')).toBe('орталық 1');
    expect(refText({ row: 'A' }, 'kk')).toBe('A-жол');
    expect(refText({ paragraph: 'p.26–32', appendix: 'App 2', row: 'central 1' }, 'kk')).toBe('26–32-тармақ · 2-қосымша · орталық 1');
  });

  it('leaves no English word in any reference of any edition in Russian or Kazakh', () => {
    const refs: { paragraph?: string; appendix?: string; row?: string }[] = [];
    const seen = new WeakSet<object>();
    const walk = (x: unknown) => {
      if (!x || typeof x !== 'object' || seen.has(x)) return;
      seen.add(x);
      const r = (x as { ref?: unknown }).ref;
      if (r && typeof r === 'object') refs.push(r as (typeof refs)[number]);
      for (const v of Object.values(x)) walk(v);
    };
    walk(editions);
    expect(refs.length).toBeGreaterThan(300);
    const latin: string[] = [];
    for (const lang of ['ru', 'kk'] as const)
      for (const r of refs) for (const w of refText(r, lang).match(/[A-Za-z][A-Za-z0-9._-]*/g) ?? []) if (!/[\d._-]/.test(w) && !/^[A-Z]{1,3}$/.test(w)) latin.push(`${lang}: ${w} in ${refText(r, lang)}`);
    expect([...new Set(latin)]).toEqual([]);
  });
});
