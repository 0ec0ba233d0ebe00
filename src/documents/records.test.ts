// The workflow's printed records: the reconciliation act (2017 App 1, 2014 and ICT App 9) and the
// disagreement table (App 10 of the 2014 and ICT acts), in the three languages, as DOCX, PDF and text.
import { describe, expect, it } from 'vitest';
import { findEdition } from '../methodologies/index.js';
import { disagreementTableModel, reconciliationActModel, renderRecord, type ActFact } from './records.js';
import { docxText, pdfPageCount, unzipEntry } from './test-helpers.js';

const e2017 = findEdition('kz-2017-interaction');
const eIct = findEdition('kz-2015-ict');
const label = e2017.forms.find((f) => f.id === 'D1.quality')!.fields.find((f) => f.name === 'unjustified_refusals')!.label;
const facts: ActFact[] = [
  { form: 'D1.quality', field: 'unjustified_refusals', label, reported: 3, verified: 6, document: 'SYNTHETIC letter 01-17/123', direction: 1 },
  { form: 'App14', field: 'search_google', reported: 10, verified: null, document: 'SYNTHETIC screenshot', direction: 2 },
];

describe('reconciliation act', () => {
  it('one row per fact with reported → verified, the document and the direction, and the total (2017 App 1)', () => {
    const m = reconciliationActModel({ edition: e2017, formId: 'App1', bodyName: 'Министерство юстиции', asOf: '2018-12-31', actNo: '№ 4/2', facts, recalculate: false, synthetic: true, lang: 'ru' });
    expect(m.appendix).toBe('Приложение 1');
    expect(m.title).toContain('№ 4/2');
    expect(m.period).toBe('2018 год');
    expect(m.rows).toHaveLength(3);
    expect(m.rows[0]).toMatchObject({ no: '1', value: '1', total: false });
    expect(m.rows[0]!.label).toContain(`${label.ru} (unjustified_refusals): 3 → 6; SYNTHETIC letter 01-17/123`);
    expect(m.rows[1]!.label).toContain('10 → —');
    expect(m.rows[2]).toMatchObject({ value: '2', total: true });
    expect(m.level).toBe('За факты недостоверности вычитаются штрафные баллы');
    expect(m.signatures).toHaveLength(2);
    expect(m.banner).not.toBeNull();
  });

  it('says the score is recalculated under the ICT act (¶94) and prints in Kazakh as DOCX and PDF', async () => {
    const m = reconciliationActModel({ edition: eIct, formId: 'App9', bodyName: 'Әділет министрлігі', asOf: '2016-12-31', actNo: '№ 1/1', facts: [facts[0]!], recalculate: true, synthetic: false, lang: 'kk' });
    expect(m.appendix).toBe('9-қосымша');
    expect(m.level).toBe('Балл тексерілген мәндермен қайта есептеледі');
    const text = docxText(await renderRecord(m, 'docx'));
    expect(text).toContain('Әділет министрлігі');
    expect(text).toContain('SYNTHETIC letter 01-17/123');
    expect(pdfPageCount(await renderRecord(m, 'pdf'))).toBe(1);
  });
});

describe('disagreement table', () => {
  const rows = [
    { id: 3, node: 'D1.PEN', nodeLabel: 'Penalty', bodyPosition: 'justified refusal', assessorPosition: 'unjustified', decision: 'upheld' as const },
    { id: 4, node: 'D1.K2', nodeLabel: 'Deadlines', bodyPosition: 'wrong count', assessorPosition: null, decision: null },
  ];
  it('rows: node, both positions, decision; App 10 where the act numbers it', async () => {
    const m = disagreementTableModel({ edition: eIct, bodyName: 'MOJ', asOf: '2016-12-31', appendix: '10', rows, synthetic: true, lang: 'en' });
    expect(m.appendix).toBe('Appendix 10');
    expect(m.rows.map((r) => [r.no, r.value])).toEqual([['3', 'upheld'], ['4', 'pending']]);
    expect(m.rows[0]!.label).toBe('D1.PEN Penalty. Body’s position: justified refusal / Assessing body’s position: unjustified');
    expect(m.rows[1]!.label).toContain('(none)');
    const none = disagreementTableModel({ edition: e2017, bodyName: 'MOJ', asOf: '2018-12-31', appendix: null, rows, synthetic: false, lang: 'ru' });
    expect(none.appendix).toBe('');
    expect((await renderRecord(none, 'txt')).toString()).toContain('удовлетворено');
  });

  it('App 10 has its own columns in the DOCX (word/document.xml), PDF and text, in Kazakh and Russian', async () => {
    const full = [{ ...rows[0]!, filedOn: '2016-03-02', attachments: ['SYNTHETIC letter 7'], votes: { uphold: 4, reject: 1, abstain: 0 }, snapshot: 3 }, rows[1]!];
    const cases = [
      { lang: 'ru' as const, heads: ['Критерий / показатель оценки', 'Возражение оцениваемого органа', 'Позиция (предложение) уполномоченного органа', 'Решение по результатам обжалования', 'Примечание'], decided: 'удовлетворено (голоса: 4 за, 1 против, 0 воздержались)', note: 'подано 2016-03-02; приложения: SYNTHETIC letter 7; результаты пересчитаны (снимок № 3)' },
      { lang: 'kk' as const, heads: ['Бағалау өлшемшарты / көрсеткіші', 'Бағаланатын органның наразылығы', 'Бағалаушы органның ұстанымы (ұсынысы)', 'Шағымдану нәтижелері бойынша шешім', 'Ескертпе'], decided: 'қанағаттандырылды', note: 'берілді 2016-03-02' },
    ];
    for (const k of cases) {
      const m = disagreementTableModel({ edition: eIct, bodyName: 'MOJ', asOf: '2016-12-31', appendix: '10', rows: full, synthetic: false, lang: k.lang });
      const xml = unzipEntry(await renderRecord(m, 'docx'), 'word/document.xml').toString('utf8');
      // the header row: six cells in the form's order
      const cells = [...xml.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => [...c[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
      expect(cells.slice(0, 6)).toEqual(['№', ...k.heads.map((h) => expect.stringContaining(h))]);
      // the first row: №, criterion, the objection, the position, the decision, the note
      expect(cells.slice(6, 12)).toEqual(['3', 'D1.PEN Penalty', 'justified refusal', 'unjustified', expect.stringContaining(k.decided), expect.stringContaining(k.note)]);
      expect(cells[15]).toBe(k.lang === 'ru' ? '(нет)' : '(жоқ)');
      expect(pdfPageCount(await renderRecord(m, 'pdf'))).toBe(1);
      expect((await renderRecord(m, 'txt')).toString()).toContain(`3 | D1.PEN Penalty | justified refusal | unjustified | ${k.decided}`);
    }
    // the 2017 edition has no own form and prints on the same layout, without an appendix number
    const m17 = disagreementTableModel({ edition: e2017, bodyName: 'MOJ', asOf: '2018-12-31', appendix: null, rows: full, synthetic: false, lang: 'ru' });
    expect(m17.table?.columns).toHaveLength(6);
  });
});
