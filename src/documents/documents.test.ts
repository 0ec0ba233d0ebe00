// The conclusion documents: DOCX text, PDF pages and Kazakh letters, the SYNTHETIC banner, the
// evaluator's text replacing the draft, and every form of every edition rendering its rows.
import { describe, expect, it } from 'vitest';
import { evaluateCampaign } from '../engine/evaluate.js';
import type { CampaignResult } from '../engine/types.js';
import { demo2017, SYNTHETIC_BANNER } from '../demo/index.js';
import { findEdition } from '../methodologies/index.js';
import { demoCampaign as demo2014 } from '../methodologies/kz-2014-public-services/demo.js';
import { demoCampaign as demoIct } from '../methodologies/kz-2015-ict/demo.js';
import { conclusionDocument, conclusionFormsOf, findBody, formsForKind, renderPdf, conclusionModel } from './index.js';
import { num } from './labels.js';
import { docxText, pdfMappedChars, pdfPageCount, pdfToText } from './test-helpers.js';

const edition = findEdition('kz-2017-interaction');
const result = evaluateCampaign(edition, demo2017());
const official: CampaignResult = { ...result, synthetic: false };
const moj = findBody(result, 'MOJ');
const KAZAKH = 'әғқңөұүһіӘҒҚҢӨҰҮҺІ';

describe('DOCX: the App 19 conclusion in Kazakh and Russian', () => {
  it('kk: title, body name, every score, level, analysis headings, conclusions, signatures, banner', async () => {
    const docx = await conclusionDocument({ edition, result, bodyId: 'MOJ', formId: 'App19', lang: 'kk' }, 'docx');
    const text = docxText(docx);
    expect(text).toContain('Мемлекеттік органның азаматтармен өзара іс-қимылын бағалау нәтижелері туралы қорытынды');
    expect(text).toContain('Әділет министрлігі');
    expect(text).toContain('19-қосымша');
    for (const id of ['D1', 'D2', 'D3', 'O']) expect(text).toContain(num(moj.values[id], 'kk'));
    expect(text).toContain('Мемлекеттік қызметтер көрсету сапасы');
    expect(text).toContain(`Тиімділік деңгейі: ${edition.levels!.find((l) => l.id === moj.level)!.label.kk}`);
    expect(text).toContain('Бағалау өлшемдері бойынша мемлекеттік органның қызметінің тиімділігін талдау');
    expect(text).toContain('Қорытындылар мен ұсынымдар');
    expect(text).toContain('Агенттік Төрағасының орынбасары');
    expect(text).not.toContain(SYNTHETIC_BANNER.kk); // it is in the page header and footer
    expect(docxText(docx, true)).toContain(SYNTHETIC_BANNER.kk);
  });
  it('ru: the same form in Russian, with the penalty rows of App 3 filled', async () => {
    const text = docxText(await conclusionDocument({ edition, result, bodyId: 'MOJ', formId: 'App3', lang: 'ru' }, 'docx'), true);
    expect(text).toContain('Заключение о результатах оценки качества оказания государственных услуг центрального государственного органа');
    expect(text).toContain('Министерство юстиции');
    expect(text).toContain('Вычет штрафных баллов');
    for (const id of ['D1.K1', 'D1.K2', 'D1.K7', 'D1.SUM', 'D1.PEN', 'D1']) expect(text).toContain(num(moj.values[id], 'ru'));
    expect(text).toContain('Выводы и рекомендации');
    expect(text).toContain('Соблюдение сроков оказания государственных услуг');
    expect(text).toContain(SYNTHETIC_BANNER.ru);
  });
  it('the evaluator’s final text replaces the draft', async () => {
    const text = docxText(
      await conclusionDocument({ edition, result, bodyId: 'MOJ', formId: 'App19', lang: 'ru', text: { analysis: ['Анализ 1', 'Анализ 2', 'Анализ 3'], conclusions: 'Текст оценщика.\n\nВторой абзац.' } }, 'docx'),
    );
    expect(text).toContain('Текст оценщика.');
    expect(text).toContain('Второй абзац.');
    expect(text).toContain('Анализ 2');
    expect(text).not.toContain('Наиболее слабые показатели');
  });
  it('an official (non-synthetic) campaign carries no banner', async () => {
    const text = docxText(await conclusionDocument({ edition, result: official, bodyId: 'MOJ', formId: 'App19', lang: 'kk' }, 'docx'), true);
    expect(text).not.toContain(SYNTHETIC_BANNER.kk);
    expect(text).toContain('Әділет министрлігі');
  });
});

describe('PDF', () => {
  it('App 19 in Kazakh: two A4 pages, Kazakh letters embedded and extractable', async () => {
    const pdf = await conclusionDocument({ edition, result, bodyId: 'MOJ', formId: 'App19', lang: 'kk' }, 'pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(2);
    const mapped = pdfMappedChars(pdf);
    for (const c of 'әғқңөұүі') expect(mapped.has(c), c).toBe(true);
    const text = pdfToText(pdf);
    if (text !== null) {
      expect(text).toContain('Әділет министрлігі');
      expect(text).toContain(SYNTHETIC_BANNER.kk);
      expect(text).toContain(num(moj.score, 'kk'));
    }
  });
  it('the page count follows the text: one A4 page with a short conclusion, four with sixty paragraphs', async () => {
    const para = (i: number) => `${i}. Қорытынды мәтін: бағалаушының ұсынымы осы жерде жазылады, ол бірнеше жолға созылуы мүмкін.`;
    const pages = async (n: number) => {
      const text = { analysis: ['А.', 'Б.', 'В.'], conclusions: Array.from({ length: n }, (_, i) => para(i + 1)).join('\n\n') };
      const pdf = await conclusionDocument({ edition, result, bodyId: 'MOJ', formId: 'App19', lang: 'kk', text }, 'pdf');
      const viaText = pdfToText(pdf);
      if (viaText !== null) expect(viaText.split('\f').filter((p) => p.trim()).length).toBe(pdfPageCount(pdf));
      return pdfPageCount(pdf);
    };
    expect(await pages(1)).toBe(1);
    expect(await pages(60)).toBe(4);
  });
  it('all nine Kazakh letters, both cases, come out of the PDF as drawn', async () => {
    const d = conclusionModel({ edition, result, bodyId: 'MOJ', formId: 'App19', lang: 'kk' });
    const pdf = await renderPdf({ ...d, bodyName: `Сынақ: ${KAZAKH}` });
    const mapped = pdfMappedChars(pdf);
    for (const c of KAZAKH) expect(mapped.has(c), c).toBe(true);
    const text = pdfToText(pdf);
    if (text !== null) expect(text).toContain(KAZAKH);
  });
  it('the banner is on every page of a synthetic campaign and absent from an official one', async () => {
    const syn = pdfToText(await conclusionDocument({ edition, result, bodyId: 'MOJ', formId: 'App3', lang: 'ru' }, 'pdf'));
    const off = pdfToText(await conclusionDocument({ edition, result: official, bodyId: 'MOJ', formId: 'App3', lang: 'ru' }, 'pdf'));
    if (syn === null || off === null) return;
    const pages = syn.split('\f').filter((p) => p.trim());
    for (const p of pages) expect(p).toContain(SYNTHETIC_BANNER.ru);
    expect(off).not.toContain(SYNTHETIC_BANNER.ru);
  });
});

describe('every conclusion form of every edition prints its rows', () => {
  const campaigns = [demo2017(), demo2014(), demoIct()];
  it('2017 App 3, 4, 5, 11, 18, 19; 2014 App 3, 4, 5, 9; ICT App 2', () => {
    expect(conclusionFormsOf('kz-2017-interaction').map((f) => f.id).sort()).toEqual(['App11', 'App18', 'App19', 'App3', 'App4', 'App5']);
    expect(conclusionFormsOf('kz-2014-public-services').map((f) => f.id)).toEqual(expect.arrayContaining(['App3', 'App4', 'App5']));
    expect(conclusionFormsOf('kz-2015-ict').map((f) => f.id)).toContain('App2');
  });
  for (const c of campaigns)
    it(`${c.edition}: one central and one local body, every form, kk/ru/en`, async () => {
      const e = findEdition(c.edition);
      const r = evaluateCampaign(e, c);
      for (const kind of ['central', 'local']) {
        const b = r.bodies.find((x) => x.kind === kind)!;
        for (const f of formsForKind(e.id, kind))
          for (const lang of ['kk', 'ru', 'en'] as const) {
            const text = (await conclusionDocument({ edition: e, result: r, bodyId: b.id, formId: f.id, lang }, 'txt')).toString('utf8');
            expect(text).toContain(f.title[lang]);
            for (const row of f.rows) {
              expect(text).toContain(row.label[lang]);
              if (row.node && b.values[row.node] !== undefined) expect(text).toContain(`| ${num(b.values[row.node], lang)}`);
            }
            expect(text.startsWith(`*** ${SYNTHETIC_BANNER[lang]} ***`)).toBe(c.synthetic === true);
          }
      }
    });
  it('2014 App 3 and ICT App 2 as DOCX in Russian', async () => {
    for (const [c, formId] of [[demo2014(), 'App3'], [demoIct(), 'App2']] as const) {
      const e = findEdition(c.edition);
      const r = evaluateCampaign(e, c);
      const b = r.bodies.find((x) => x.kind === 'central')!;
      const text = docxText(await conclusionDocument({ edition: e, result: r, bodyId: b.id, formId, lang: 'ru' }, 'docx'));
      expect(text).toContain(typeof b.name === 'string' ? b.name : b.name.ru!);
      expect(text).toContain(num(b.score, 'ru'));
      expect(text).toContain('Выводы и рекомендации');
    }
  });
  it('a form is refused for a body of the wrong kind', async () => {
    await expect(conclusionDocument({ edition, result, bodyId: 'AKM', formId: 'App3', lang: 'ru' }, 'txt')).rejects.toThrow(/not for a body of kind local/);
  });
});
