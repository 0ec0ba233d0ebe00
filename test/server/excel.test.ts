// Excel: templates with kk/ru headings and data validation; uploads validated like the JSON API,
// refusals naming sheet and cell, nothing stored when anything is refused.
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, call, footprint, world, type World } from './harness.js';

const E = 'kz-2017-interaction';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function template(w: World, form: string, lang?: 'kk' | 'ru' | 'en'): Promise<ExcelJS.Workbook> {
  const r = await call(w, 'officer', { method: 'GET', url: `/api/campaigns/2/templates/${E}/${form}${lang ? `?lang=${lang}` : ''}` });
  expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
  expect(r.headers['content-type']).toBe(XLSX);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
  return wb;
}

/** A one-entry zip whose entry inflates to `size` zero bytes (a small zip bomb). */
function zipOfZeros(size: number): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const data = deflateRawSync(Buffer.alloc(size));
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const dir = Buffer.alloc(46);
  dir.writeUInt32LE(0x02014b50, 0);
  dir.writeUInt16LE(20, 6);
  dir.writeUInt16LE(8, 10);
  dir.writeUInt32LE(data.length, 20);
  dir.writeUInt32LE(size, 24);
  dir.writeUInt16LE(name.length, 28);
  const dirOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(dir.length + name.length, 12);
  end.writeUInt32LE(dirOffset, 16);
  return Buffer.concat([local, name, data, dir, name, end]);
}

const rowOf = (ws: ExcelJS.Worksheet, code: string): number => {
  for (let r = 4; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === code) return r;
  throw new Error(`no row ${code}`);
};

async function upload(w: World, form: string, wb: ExcelJS.Workbook | Buffer, as = 'officer', body = 'MOJ') {
  const payload = Buffer.isBuffer(wb) ? wb : Buffer.from(await wb.xlsx.writeBuffer());
  return w.app.inject({ method: 'PUT', url: `/api/campaigns/2/submissions/${body}/${E}/${form}/xlsx`, payload, headers: { cookie: w.cookies[as]!, 'content-type': XLSX } });
}

describe.each(backends)('Excel on $name', (b) => {
  let w: World;
  beforeAll(async () => {
    w = await world(b);
  }, 120_000);
  afterAll(async () => w?.close());

  it('exports the dashboard as Excel: every body × form with status, due date and working days late', async () => {
    const load = async (as: string, url: string) => {
      const r = await call(w, as, { method: 'GET', url });
      expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
      expect(r.headers['content-type']).toBe(XLSX);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      return { ws, rows: ws.getSheetValues().slice(5).filter((v) => Array.isArray(v) && typeof v[1] === 'string' && !String(v[1]).startsWith('***')) as unknown[][] };
    };
    // The demo campaign: every form accepted; every 13th body handed in two working days late (seed).
    const all = await load('evaluator', '/api/campaigns/1/status.xlsx?lang=ru');
    expect(String(all.ws.getCell(1, 1).value)).toContain('СИНТЕТИЧ');
    expect(all.ws.getRow(4).values).toEqual([undefined, 'Код', 'Государственный орган', 'Форма', '', 'Статус', 'Срок сдачи', 'Впервые сдана', 'Просрочено рабочих дней', 'Своевременность']);
    const timeliness = (await call(w, 'evaluator', { method: 'GET', url: '/api/campaigns/1/timeliness' })).json() as { bodyId: string; form: string; workingDaysLate: number; state: string }[];
    expect(all.rows.length).toBeGreaterThanOrEqual(timeliness.length);
    expect(all.rows.every((r) => r[5] === 'принята')).toBe(true);
    const late = all.rows.filter((r) => r[9] === 'с опозданием');
    expect(late.length).toBe(timeliness.filter((t) => t.state === 'late').length);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((r) => r[8] === 2)).toBe(true);
    // A body's officer gets only the own body's rows, here in Kazakh.
    const own = await load('officer', '/api/campaigns/1/status.xlsx?lang=kk');
    expect(own.rows.length).toBeGreaterThan(0);
    expect(own.rows.every((r) => r[1] === 'MOJ' && r[5] === 'қабылданды')).toBe(true);
    expect(own.ws.getRow(4).values).toContain('Кешіктірілген жұмыс күндері');
  });

  it('writes a template with kk/ru headings, one sheet per table and data validation', async () => {
    const wb = await template(w, 'D1.satisfaction');
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Form', 'service_types']);
    const form = wb.getWorksheet('Form')!;
    const r = rowOf(form, 'reference_mean');
    expect(String(form.getCell(r, 2).value)).not.toBe('');
    expect(String(form.getCell(r, 3).value)).not.toBe('');
    expect(form.getCell(r, 4).dataValidation).toMatchObject({ type: 'decimal' });
    const list = wb.getWorksheet('service_types')!;
    expect(list.getRow(1).values).toEqual([undefined, 'service', 'satisfaction']);
  });

  it("lists an enum's values by their labels in the template's language, and reads back a code or a label in any language", async () => {
    const kk = await template(w, 'App14', 'kk');
    const form = kk.getWorksheet('Form')!;
    const r = rowOf(form, 'english_version');
    expect(form.getCell(r, 4).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"ақпараттық материалдардың 100 % аудармасы,басты бет пен барлық беттердің интерфейсі,тек басты беттің интерфейсі,жоқ"'],
    });
    expect(String(form.getCell(r, 5).value)).toBe('ақпараттық материалдардың 100 % аудармасы | басты бет пен барлық беттердің интерфейсі | тек басты беттің интерфейсі | жоқ');
    const sites = kk.getWorksheet('department_sites')!;
    const col = (sites.getRow(1).values as unknown[]).indexOf('site_form');
    expect(col).toBeGreaterThan(0);
    // the list sheet's column validation (exceljs keeps it by range)
    const dv = (sites as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
    expect(Object.values(dv).map((v) => v.formulae[0])).toContain('"жеке интернет-ресурс,төртінші деңгейлі домен,ОМО негізгі ресурсындағы бөлім"');
    // Russian (the default) and English lists
    const ru = await template(w, 'App14');
    expect(ru.getWorksheet('Form')!.getCell(rowOf(ru.getWorksheet('Form')!, 'english_version'), 4).dataValidation.formulae?.[0]).toBe('"перевод 100 % информационных материалов,интерфейс главной страницы и всех страниц,только интерфейс главной страницы,нет"');
    const en = await template(w, 'App14', 'en');
    expect(String(en.getWorksheet('Form')!.getCell(rowOf(en.getWorksheet('Form')!, 'english_version'), 5).value)).toBe('100 % of the informational materials | the home page and the interfaces of all pages | the home-page interface only | none');
    // Filled in with a Kazakh label, a Russian label in another case and spacing, and a code: stored as codes.
    form.getCell(r, 4).value = 'жоқ';
    sites.getRow(4).getCell(col).value = '  Домен   четвертого уровня ';
    sites.getRow(4).getCell(1).value = 'Комитет';
    sites.getRow(5).getCell(col).value = 'separate';
    sites.getRow(5).getCell(1).value = 'Департамент';
    const up = await upload(w, 'App14', kk);
    expect(up.statusCode, up.body.slice(0, 400)).toBe(200);
    const data = up.json().data as { english_version: string; department_sites: { name: string; site_form: string }[] };
    expect(data.english_version).toBe('none');
    expect(data.department_sites.map((x) => [x.name, x.site_form])).toEqual([['Комитет', 'subdomain'], ['Департамент', 'separate']]);
    // A word that is neither a code nor a label is refused by the cell, as before.
    form.getCell(r, 4).value = 'иногда';
    const bad = await upload(w, 'App14', kk);
    expect(bad.statusCode).toBe(422);
    expect((bad.json().error.issues as { field: string; sheet: string; cell: string }[]).find((i) => i.field === 'english_version')).toMatchObject({ sheet: 'Form', cell: `D${r}` });
  });

  it('takes a filled template as a draft, the same as the JSON API', async () => {
    const wb = await template(w, 'D1.satisfaction');
    const form = wb.getWorksheet('Form')!;
    form.getCell(rowOf(form, 'reference_mean'), 4).value = 20.5;
    form.getCell(rowOf(form, 'barrier_measures_taken'), 4).value = true;
    const list = wb.getWorksheet('service_types')!;
    list.getRow(4).values = ['Справка о несудимости', 4.2];
    list.getRow(5).values = ['Лицензия', '3.9'];
    const r = await upload(w, 'D1.satisfaction', wb);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'draft', data: { reference_mean: 20.5, barrier_measures_taken: true, service_types: [{ service: 'Справка о несудимости', satisfaction: 4.2 }, { service: 'Лицензия', satisfaction: '3.9' }] } });
  });

  type Spoil = { name: string; form: string; spoil(wb: ExcelJS.Workbook): void | Buffer; sheet: string; cell: RegExp; field: string; status?: number };
  const spoils: Spoil[] = [
    { name: 'text in a count cell', form: 'App1', spoil: (wb) => void (wb.getWorksheet('Form')!.getCell(rowOf(wb.getWorksheet('Form')!, 'unreliable_facts_d1'), 4).value = 'три'), sheet: 'Form', cell: /^D\d+$/, field: 'unreliable_facts_d1' },
    { name: 'a formula instead of a value', form: 'App1', spoil: (wb) => void (wb.getWorksheet('Form')!.getCell(rowOf(wb.getWorksheet('Form')!, 'unreliable_facts_d2'), 4).value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue), sheet: 'Form', cell: /^D\d+$/, field: 'unreliable_facts_d2' },
    { name: 'negative count', form: 'App1', spoil: (wb) => void (wb.getWorksheet('Form')!.getCell(rowOf(wb.getWorksheet('Form')!, 'unreliable_facts_d3'), 4).value = -4), sheet: 'Form', cell: /^D\d+$/, field: 'unreliable_facts_d3' },
    { name: 'unknown field code', form: 'App1', spoil: (wb) => void (wb.getWorksheet('Form')!.getRow(40).values = ['bonus_points', '', '', 100]), sheet: 'Form', cell: /^A40$/, field: 'bonus_points' },
    { name: 'a field twice', form: 'App1', spoil: (wb) => void (wb.getWorksheet('Form')!.getRow(40).values = ['unreliable_facts_d1', '', '', 1]), sheet: 'Form', cell: /^A40$/, field: 'unreliable_facts_d1' },
    { name: 'formula-injection text in a table', form: 'D1.satisfaction', spoil: (wb) => void (wb.getWorksheet('service_types')!.getRow(6).values = ['=HYPERLINK("http://x","y")', 4]), sheet: 'service_types', cell: /^A6$/, field: 'service_types.service' },
    { name: 'a word for a number in a table', form: 'D1.satisfaction', spoil: (wb) => void (wb.getWorksheet('service_types')!.getRow(9).values = ['Справка', 'good']), sheet: 'service_types', cell: /^B9$/, field: 'service_types.satisfaction' },
    { name: 'duplicate table rows', form: 'D1.satisfaction', spoil: (wb) => void [4, 5].forEach((r) => (wb.getWorksheet('service_types')!.getRow(r).values = ['Справка', 4])), sheet: 'service_types', cell: /^A5$/, field: 'service_types' },
    { name: 'a moved column', form: 'D1.satisfaction', spoil: (wb) => void (wb.getWorksheet('service_types')!.getRow(1).values = ['satisfaction', 'service']), sheet: 'service_types', cell: /^A1$/, field: 'service_types.service' },
    { name: 'not a workbook', form: 'App1', spoil: () => Buffer.from('PK\u0003\u0004 this is not a zip'), sheet: '-', cell: /^-$/, field: 'file' },
    { name: 'a zip bomb (200 MiB of zeros in 200 KB)', form: 'App1', spoil: () => zipOfZeros(200 * 1024 * 1024), sheet: '-', cell: /^-$/, field: 'file' },
    { name: 'a 6 MB upload', form: 'App1', spoil: () => Buffer.alloc(6 * 1024 * 1024, 1), sheet: '', cell: /.*/, field: 'body', status: 413 },
  ];

  it.each(spoils)('refuses $name by sheet and cell, storing nothing', async (s) => {
    const wb = await template(w, s.form);
    const form = wb.getWorksheet('Form')!;
    if (s.form === 'App1') for (const f of ['unreliable_facts_d1', 'unreliable_facts_d2', 'unreliable_facts_d3']) form.getCell(rowOf(form, f), 4).value = 1;
    else {
      form.getCell(rowOf(form, 'reference_mean'), 4).value = 20;
      form.getCell(rowOf(form, 'barrier_measures_taken'), 4).value = 'TRUE';
      wb.getWorksheet('service_types')!.getRow(4).values = ['Справка', 4];
    }
    const spoilt = s.spoil(wb);
    const before = await footprint(w);
    const r = await upload(w, s.form, spoilt ?? wb);
    expect(r.statusCode, r.body.slice(0, 300)).toBe(s.status ?? 422);
    const issues = r.json().error.issues as { field: string; sheet?: string; cell?: string }[];
    const hit = issues.find((i) => i.field === s.field);
    expect(hit, JSON.stringify(issues).slice(0, 300)).toBeDefined();
    if (s.sheet) {
      expect(hit!.sheet).toBe(s.sheet);
      expect(hit!.cell).toMatch(s.cell);
    }
    expect(await footprint(w)).toEqual(before);
  });

  it('takes one table as CSV (semicolons, BOM) and keeps the other fields of the draft', async () => {
    const url = `/api/campaigns/2/submissions/MOJ/${E}/D1.satisfaction/csv/service_types`;
    const r = await w.app.inject({ method: 'PUT', url, payload: '\uFEFFservice;satisfaction\r\n"Справка; о несудимости";4.5\r\nЛицензия;3\r\n', headers: { cookie: w.cookies.officer!, 'content-type': 'text/csv' } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().data).toMatchObject({ reference_mean: 20.5, service_types: [{ service: 'Справка; о несудимости', satisfaction: '4.5' }, { service: 'Лицензия', satisfaction: '3' }] });
  });

  it("refuses another body's upload before reading it", async () => {
    const wb = await template(w, 'App1');
    expect((await upload(w, 'App1', wb, 'officer', 'MIA')).statusCode).toBe(403);
  });
});
