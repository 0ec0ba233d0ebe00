// The acts' original text: paragraphs, ranges, sub-points and appendices checked against phrases
// read in the seeds; unknown references give nothing; every reference of every registered edition
// resolves; the committed data is what the extraction makes of the seeds (when they are at hand).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LegalRef, NodeDecl } from '../engine/types.js';
import { editions } from '../methodologies/index.js';
import { acts, actSource, actText, PASSAGE_CAP } from './index.js';
import { extract, relink, render, SEEDS } from './extract.js';

const one = (edition: string, paragraph?: string, appendix?: string) => actText(edition, { paragraph, appendix });
const text = (edition: string, paragraph?: string, appendix?: string) => one(edition, paragraph, appendix).map((p) => p.text).join('\n');

describe('languages the seeds carry', () => {
  it('2017 interaction is Russian, the others Kazakh', () => {
    expect(actSource('kz-2017-interaction')?.langs).toEqual(['ru']);
    for (const id of ['kz-2014-public-services', 'kz-2015-ict', 'kz-2021-operational', 'kz-2023-risk']) expect(actSource(id)?.langs).toEqual(['kk']);
    expect(actSource('nope')).toBeNull();
  });
});

describe('kz-2017-interaction (seed 004, Russian)', () => {
  it('p.31: one paragraph, labelled in Russian', () => {
    const r = one('kz-2017-interaction', 'p.31');
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ lang: 'ru', ref: 'p.31', label: 'п. 31', truncated: false });
    expect(r[0]!.text).toMatch(/^31\. В случае отсутствия видов государственных услуг оцениваемого государственного органа в общественном мониторинге/);
    expect(r[0]!.text).not.toContain('32.');
  });
  it('p.30: the hyperlinked words the PDF moved to the line end are put back', () => {
    expect(text('kz-2017-interaction', 'p.30')).toContain('согласно приложению 6 к настоящей Методике.');
    expect(text('kz-2017-interaction', 'p.76')).toContain('в соответствие с приложением 10.');
    expect(text('kz-2017-interaction', 'p.22')).toContain('приведены в приложении 2 к настоящей Методике.');
    // adilet's PDFs do not hyphenate: a hyphen at a line end is the word's own.
    expect(text('kz-2017-interaction', undefined, 'App 12')).toContain('на интернет-порталах открытого правительства');
  });
  it('ranges and lists: p.29–31 holds the three paragraphs in order; "p.5, p.69–100" gives two passages', () => {
    const r = text('kz-2017-interaction', 'p.29–31');
    expect(r.indexOf('29. ')).toBe(0);
    expect(r.indexOf('\n\n30. ')).toBeGreaterThan(0);
    expect(r.indexOf('\n\n31. ')).toBeGreaterThan(r.indexOf('30. '));
    const list = one('kz-2017-interaction', 'p.5, p.69–100');
    expect(list.map((p) => [p.ref, p.label])).toEqual([['p.5', 'п. 5'], ['p.69–100', 'пп. 69–100']]);
  });
  it('a long range is capped with a marker', () => {
    const [r] = one('kz-2017-interaction', 'p.19–68');
    expect(r!.truncated).toBe(true);
    expect(r!.text.length).toBeLessThanOrEqual(PASSAGE_CAP + 4);
    expect(r!.text.endsWith('[…]')).toBe(true);
  });
  it('appendices: title first; "App 2; App 7" gives both', () => {
    const [a6] = one('kz-2017-interaction', undefined, 'App 6');
    expect(a6).toMatchObject({ ref: 'App 6', label: 'Приложение 6' });
    expect(a6!.text).toMatch(/^Уровень удовлетворенности качеством оказания государственных услуг\n/);
    expect(a6!.text).not.toContain('к Методике оценки');
    expect(one('kz-2017-interaction', undefined, 'App 2; App 7').map((p) => p.ref)).toEqual(['App 2', 'App 7']);
    expect(text('kz-2017-interaction', undefined, 'App 10 row 2.1')).toContain('Критерии и показатели для оценки открытости государственного органа');
  });
  it('a note in parentheses is not a reference: "p.83 (not covered; seed-004b A-4)" is p.83', () => {
    expect(one('kz-2017-interaction', 'p.83 (not covered; seed-004b A-4)').map((p) => p.ref)).toEqual(['p.83']);
  });
});

describe('kz-2014-public-services (seed 000, Kazakh)', () => {
  it('§36: the formula lines survive', () => {
    const [r] = one('kz-2014-public-services', '§36');
    expect(r).toMatchObject({ lang: 'kk', ref: '§36', label: '36-тармақ' });
    expect(r!.text).toMatch(/^36\. Мемлекеттік органдардың қорытынды бағасы барлық өлшемдер бойынша есептеуден/);
    expect(r!.text).toContain('О1 = (К1 + К2 + К3 + К4 + К5 + К6 + К7) * РС');
  });
  it('§12 runs across a page: no page header, the word hyphenated at the break mended', () => {
    const r = text('kz-2014-public-services', '§12');
    expect(r).toContain('сапасын бағалау нәтижелері жөніндегі қорытындылар осы Әдістеменің 5-қосымшасындағы нысанға сәйкес әзірленеді');
    expect(r).not.toMatch(/эталонды бақылау банкі|Дата скачивания|Сақтау күні/);
  });
  it('a chapter heading between paragraphs is not part of either', () => {
    expect(text('kz-2014-public-services', '§6')).not.toContain('Мемлекеттік қызметтердің сапасына бағалауды жүргізу');
    expect(text('kz-2014-public-services', '§7')).toMatch(/^7\. Мемлекеттік көрсетілетін қызметтердің сапасын бағалау мынадай өлшемдер/);
  });
  it('a "Параграф" heading broken by a blank line is not glued to the paragraph before it (§30)', () => {
    const r = text('kz-2014-public-services', '§30');
    expect(r).not.toContain('өлшемі бойынша бағалау');
    expect(r).not.toContain('Параграф');
  });
  it('§1 is the paragraph, not the chapter heading "1. Жалпы ережелер" numbered like it', () => {
    expect(text('kz-2014-public-services', '§1')).toMatch(/^1\. Осы Мемлекеттiк көрсетілетін қызметтердің сапасын бағалау әдiстемесi \(бұдан әрі – Әдістеме\)/);
  });
  it('§7(1): the sub-point with the paragraph\'s opening line, not the next sub-point', () => {
    const [r] = one('kz-2014-public-services', '§7(1)');
    expect(r!.label).toBe('7-тармақтың 1) тармақшасы');
    expect(r!.text).toContain('1) Үдерісті өлшемдер');
    expect(r!.text).not.toContain('2) Нәтижелі өлшемдер');
  });
  it('§29–§30 and App 6', () => {
    expect(one('kz-2014-public-services', '§29–§30')[0]!.label).toBe('29–30-тармақтар');
    expect(text('kz-2014-public-services', undefined, 'App 6')).toContain('Дәстүрлі әдіспен тек ғана мемлекеттік органда көрсетілетін мемлекеттік қызмет 0');
  });
});

describe('kz-2015-ict (seed 002, Kazakh)', () => {
  it('¶64–65 and the definition ¶4.10', () => {
    const r = text('kz-2015-ict', '¶64–65');
    expect(r).toMatch(/^64\. Осы көрсеткіш бойынша бағалауға ЭҚАБЖ арқылы электрондық нысанда ғана/);
    expect(r).toContain('\n\n65. Осы көрсеткіш бойынша бағалау ЭҚАБЖ арқылы электрондық нысанда');
    expect(text('kz-2015-ict', '¶4.10')).toContain('10) толықтай автоматтандырылған функция – ақпараттық жүйелерде');
    expect(text('kz-2015-ict', '¶4.10')).not.toContain('11) ішінара');
  });
  it('the link words of 002 are put back ("7-бабы 25) тармақшасына")', () => {
    expect(text('kz-2015-ict', '¶1')).toContain('Заңының (бұдан әрі – Заң) 7-бабы 25) тармақшасына сәйкес әзірленген');
  });
});

describe('kz-2021-operational (seed 003, the amended wording only)', () => {
  it('p.49, p.52, p.114 are there; p.50 is not', () => {
    expect(text('kz-2021-operational', 'p.49')).toMatch(/^49\. "Мемлекеттік қызметтерді автоматтандыру дәрежесі" көрсеткіші/);
    expect(text('kz-2021-operational', 'p.114')).toBe('114. Арнайы комиссияның бағаланатын мемлекеттік органдардан келіп түскен қарсылықтарды қарауы операциялық бағалау жүргізу кестесімен бекітілген мерзімдерге сәйкес жүзеге асырылады.');
    expect(one('kz-2021-operational', 'p.49, p.52, p.114').map((p) => p.ref)).toEqual(['p.49', 'p.52', 'p.114']);
    expect(one('kz-2021-operational', 'p.50')).toEqual([]);
  });
});

describe('kz-2023-risk (seed 001, Kazakh)', () => {
  it('p.4(5) is a sub-point of the criteria, not of the approving order', () => {
    expect(text('kz-2023-risk', 'p.4(5)')).toContain('5) бір жыл ішінде Заңның');
  });
  it('chapter headings ("2-тарау. Объективті өлшемшарттар") are not part of the paragraph before them', () => {
    expect(text('kz-2023-risk', 'p.2')).not.toMatch(/\d-тарау/);
    expect(text('kz-2023-risk', 'p.9')).not.toContain('Қорытынды ережелер');
  });
});

describe('unknown references give nothing', () => {
  it.each([
    ['kz-2017-interaction', 'p.999', undefined],
    ['kz-2017-interaction', 'p.30–20', undefined],
    ['kz-2017-interaction', 'p.1–900', undefined],
    ['kz-2017-interaction', undefined, 'App 99'],
    ['kz-2017-interaction', 'Order p.1(2) vs Criteria', undefined],
    ['kz-2014-public-services', '§7(9)', undefined],
    ['no-such-edition', 'p.31', undefined],
  ])('%s %s %s', (edition, paragraph, appendix) => {
    expect(actText(edition, { paragraph, appendix })).toEqual([]);
  });
  it('no reference at all', () => expect(actText('kz-2017-interaction', null)).toEqual([]));
});

describe('every reference of every registered edition resolves', () => {
  for (const e of editions) {
    it(e.id, () => {
      const refs: [string, LegalRef][] = [];
      const walk = (n: NodeDecl) => {
        refs.push([`node ${n.id}`, n.ref]);
        n.children?.forEach(walk);
      };
      walk(e.root);
      for (const f of e.forms) {
        refs.push([`form ${f.id}`, f.ref]);
        for (const d of f.fields) if (d.ref) refs.push([`field ${f.id}.${d.name}`, d.ref]);
      }
      for (const [k, p] of Object.entries(e.parameters)) refs.push([`parameter ${k}`, p.ref]);
      for (const r of e.readings) refs.push([`reading ${r.id}`, r.ref]);
      const missing = refs.filter(([, r]) => (r.paragraph || r.appendix) && actText(e.id, r).length === 0).map(([w, r]) => `${w}: ${r.paragraph ?? ''} ${r.appendix ?? ''}`);
      expect(missing).toEqual([]);
      // Every node's paragraph, specifically, gives text.
      const nodes = refs.filter(([w, r]) => w.startsWith('node ') && r.paragraph);
      for (const [w, r] of nodes) expect(actText(e.id, { paragraph: r.paragraph }).length, `${w} ${r.paragraph}`).toBeGreaterThan(0);
    });
  }
});

describe('extraction', () => {
  it('relink puts a moved link back and leaves other double spaces alone', () => {
    expect(relink('услуги согласно  к настоящей Методике.приложению 6')).toBe('услуги согласно приложению 6 к настоящей Методике.');
    expect(relink('      P  – i-дегі критерий мәні')).toBe('      P  – i-дегі критерий мәні');
    expect(relink('Қазақстан Республикасының         Қазақстан Республикасының')).toBe('Қазақстан Республикасының         Қазақстан Республикасының');
  });
  const seeds = '/work/shared/seeds';
  it.skipIf(!existsSync(seeds))('the committed data is what the extraction makes of the seeds', () => {
    for (const cfg of SEEDS) {
      const data = acts[cfg.edition]!;
      expect(JSON.parse(JSON.stringify(data)), cfg.edition).toEqual(JSON.parse(render(cfg, extract(cfg, seeds)).replace(/^[\s\S]*?= /m, '').replace(/;\s*$/, '')));
    }
  });
});
