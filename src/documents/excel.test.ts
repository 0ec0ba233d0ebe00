// The Excel exports read back with exceljs: rankings per kind with directions and levels, one body's
// scorecard with every node, and the SYNTHETIC banner.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { evaluateCampaign } from '../engine/evaluate.js';
import { demo2017, SYNTHETIC_BANNER } from '../demo/index.js';
import { findEdition } from '../methodologies/index.js';
import { findBody, rankingsWorkbook, scorecardWorkbook } from './index.js';

const edition = findEdition('kz-2017-interaction');
const result = evaluateCampaign(edition, demo2017());
const moj = findBody(result, 'MOJ');

async function read(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}
const rowValues = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);
function findRow(ws: ExcelJS.Worksheet, col: number, value: unknown): number {
  for (let i = 1; i <= ws.rowCount; i++) if (ws.getRow(i).getCell(col).value === value) return i;
  return -1;
}

describe('rankings workbook', () => {
  it('one sheet per kind, ranked, with the score, level, directions and their levels', async () => {
    const wb = await read(await rankingsWorkbook(edition, result, 'ru'));
    expect(wb.worksheets.map((w) => w.name)).toHaveLength(2);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe(`*** ${SYNTHETIC_BANNER.ru} ***`);
    expect(ws.getCell(`A${ws.rowCount}`).value).toBe(`*** ${SYNTHETIC_BANNER.ru} ***`);
    const header = rowValues(ws, 4);
    expect(header.slice(0, 5)).toEqual(['Место', 'Код', 'Государственный орган', 'Оценка', 'Уровень эффективности']);
    expect(header).toContain('D2 Открытость государственного органа');
    const r = findRow(ws, 2, 'MOJ');
    expect(r).toBeGreaterThan(4);
    const v = rowValues(ws, r);
    expect(v[0]).toBe(moj.rank);
    expect(v[2]).toBe('Министерство юстиции');
    expect(v[3]).toBe(Number(moj.score));
    expect(v[4]).toBe(edition.levels!.find((l) => l.id === moj.level)!.label.ru);
    expect(v[5]).toBe(Number(moj.values.D1));
    expect(v[6]).toBe(edition.levels!.find((l) => l.id === moj.levels.D1)!.label.ru);
    // ranks ascend down the sheet
    const ranks: number[] = [];
    for (let i = 5; i < ws.rowCount; i++) ranks.push(ws.getRow(i).getCell(1).value as number);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(ranks).toHaveLength(result.bodies.filter((b) => b.kind === 'central').length);
  });
  it('an official campaign has no banner', async () => {
    const wb = await read(await rankingsWorkbook(edition, { ...result, synthetic: false }, 'kk'));
    expect(String(wb.worksheets[0]!.getCell('A1').value)).not.toContain(SYNTHETIC_BANNER.kk);
  });
});

describe('scorecard workbook', () => {
  it('every node of the body with its label, value, max, formula, reference and provenance', async () => {
    const wb = await read(await scorecardWorkbook(edition, result, moj, 'kk'));
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe(`*** ${SYNTHETIC_BANNER.kk} ***`);
    const ids: unknown[] = [];
    ws.eachRow((row) => ids.push(row.getCell(1).value));
    for (const id of Object.keys(moj.values)) expect(ids, id).toContain(id);
    const r = findRow(ws, 1, 'D1.PEN');
    const v = rowValues(ws, r);
    const t = moj.traces['D1.PEN']!;
    expect(String(v[1]).trim()).toBe('Дәйексіз ақпарат үшін айыппұл');
    expect(v[2]).toBe(Number(t.value));
    expect(v[3]).toBe(Number(t.max));
    expect(v[4]).toBe(t.formula);
    expect(v[5]).toBe('12–15-тармақ, 1-қосымша');
    expect(v[6]).toBe('text');
    expect(rowValues(ws, findRow(ws, 1, 'O'))[2]).toBe(Number(moj.score));
  });
});
