// The web application end to end: an evaluator signs in, opens a scorecard and the explanation of
// a node (formula rendered by KaTeX, inputs, reference), switches to Kazakh and sees the labels
// change; the public page opens without signing in. Screenshots go to test/e2e/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, skipReason, startE2E, type E2E } from './harness.js';
import { publicPageSize, TARGET_BYTES } from '../../bench/web-size.js';

if (skipReason) console.warn(skipReason);

describe.skipIf(skipReason !== null)('web application (Chromium)', () => {
  let e: E2E;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

  beforeAll(async () => {
    e = await startE2E();
    page = e.page;
  }, 240_000);
  afterAll(async () => e?.close());

  it('signs in as the evaluator and sees the campaigns with the synthetic banner', async () => {
    await page.goto(e.server.url + '/');
    await page.getByTestId('login-open').click();
    await page.getByTestId('login-name').fill('evaluator');
    await page.getByTestId('login-password').fill('demo-evaluator-2018');
    await page.waitForTimeout(300); // the dialog's opening animation
    await shot('00-login-ru');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('signed-in-as').waitFor();
    expect(await page.getByTestId('signed-in-as').innerText()).toContain('evaluator');
    await page.getByTestId('campaign-demo-2018').waitFor();
    expect(await page.getByTestId('synthetic-banner').first().innerText()).toContain('СИНТЕТИЧЕСКИЕ ДАННЫЕ');
    await shot('01-campaigns-ru');
  });

  it('opens a scorecard and the explanation of a node', async () => {
    await page.getByTestId('open-scorecard-demo-2018').click();
    // Choose the Ministry of Justice with the keyboard: type into the searchable select, Enter.
    await page.locator('#body-select').click();
    await page.keyboard.type('MOJ');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/scorecard\/MOJ$/);
    await page.getByTestId('score-D1.K2').waitFor();
    await page.keyboard.press('Escape'); // leave the select's list closed for the screenshot
    await page.waitForTimeout(300);
    await shot('02-scorecard-ru');
    await page.getByTestId('score-D1.K2').click();
    const drawer = page.getByTestId('explanation');
    await drawer.waitFor();
    await drawer.getByTestId('katex-formula').first().waitFor();
    expect(await drawer.locator('.katex').count()).toBeGreaterThan(0);
    const text = await drawer.innerText();
    expect(text).toContain('d1.k2.k'); // the parameter, with the date it took effect
    expect(text).toContain('2017-12-28');
    expect(text).toContain('AMB-29'); // the reading used
    expect(text).toContain('п. 33'); // the paragraph reference of K2, in Russian (the default language)
    expect(text).toContain('D1.K2.Z1'); // the parts it is made of
    expect(await drawer.getByTestId('explain-value').innerText()).toMatch(/^\d+\.\d{2}$/);
    await page.waitForTimeout(500); // the drawer slides in
    await shot('03-explanation-ru');
    // Follow the chain: Z1, one of K2's parts, explained in turn; then back to K2.
    await drawer.getByTestId('explain-part-D1.K2.Z1').click();
    await page.getByTestId('explain-back').waitFor();
    await page.getByText('D1.K2.a', { exact: true }).first().waitFor();
    expect(await page.getByTestId('explanation').locator('.katex').count()).toBeGreaterThan(0); // the cases brace renders too
    await shot('03b-explanation-part-ru');
    await page.getByTestId('explain-back').click();
    await page.getByTestId('explain-back').waitFor({ state: 'detached' });
    await page.getByTestId('explain-part-D1.K2.Z1').waitFor();
  });

  it('switches to Kazakh and the visible labels change', async () => {
    const drawerBefore = await page.getByTestId('explanation').innerText();
    await page.keyboard.press('Escape');
    await page.getByTestId('explanation').waitFor({ state: 'detached' });
    const before = await page.locator('header').innerText();
    const mainBefore = await page.locator('main').innerText();
    await page.getByTestId('lang-kk').click();
    await page.waitForFunction(() => document.documentElement.lang === 'kk');
    const after = await page.locator('header').innerText();
    expect(after).not.toEqual(before);
    expect(after).toContain('Науқандар');
    expect(after).toContain('Шығу');
    expect(after).not.toContain('Кампании');
    const mainAfter = await page.locator('main').innerText();
    expect(mainAfter).not.toEqual(mainBefore);
    expect(mainAfter).toContain('Бағалау парағы');
    expect(await page.getByTestId('synthetic-banner').first().innerText()).toContain('СИНТЕТИКАЛЫҚ ДЕРЕКТЕР');
    await shot('04-scorecard-kk');
    await page.getByTestId('score-D1.K2').click();
    await page.getByTestId('explanation').locator('.katex').first().waitFor();
    const drawerAfter = await page.getByTestId('explanation').innerText();
    expect(drawerAfter).not.toEqual(drawerBefore);
    expect(drawerAfter).toContain('Формула');
    expect(drawerAfter).toContain('Бастапқы деректер');
    expect(drawerAfter).toContain('Параметрлер');
    await page.waitForTimeout(500);
    await shot('05-explanation-kk');
    await page.keyboard.press('Escape');
    await page.getByTestId('explanation').waitFor({ state: 'detached' });
  });

  it('shows the dashboard, the rankings and the methodology browser', async () => {
    await page.getByTestId('lang-en').click();
    await page.goto(e.server.url + '/');
    await page.getByTestId('open-dashboard-demo-2019').click();
    const rows = page.getByTestId('dashboard-table').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(10);
    expect(await page.locator('main').innerText()).toContain('not started');
    await shot('06-dashboard-en');
    // The dashboard as Excel from the service: a row per body × form, headings in English.
    const [status] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dashboard-export-xlsx').click()]);
    expect(status.suggestedFilename()).toMatch(/^status-2-\d{4}-\d{2}-\d{2}-en\.xlsx$/);
    const sb = new ExcelJS.Workbook();
    await sb.xlsx.readFile((await status.path())!);
    const sheet = sb.worksheets[0]!;
    expect(sheet.getRow(4).values).toEqual([undefined, 'Id', 'State body', 'Form', '', 'Status', 'Due', 'First handed in', 'Working days late', 'Timeliness']);
    expect(sheet.rowCount).toBeGreaterThan(4 + (await rows.count()));
    // Campaign 1: the forms handed in two working days late (the demo's every 13th body) say so.
    await page.goto(e.server.url + '/campaigns/1/dashboard');
    const lateTags = page.locator('[data-testid^=late-]');
    await lateTags.first().waitFor();
    expect(await lateTags.first().getAttribute('data-working-days')).toBe('2');
    expect(await lateTags.first().innerText()).toBe('late · 2');
    await page.goto(e.server.url + '/campaigns/1/rankings');
    await page.locator('canvas').first().waitFor();
    expect(await page.getByTestId('synthetic-banner').first().innerText()).toContain('SYNTHETIC DATA');
    await shot('06b-rankings-en');
    // Per body: the radar of its directions against the pool's mean, and its scores year over year.
    await page.getByRole('tab', { name: 'Per body' }).click();
    await page.locator('#rank-body').waitFor({ timeout: 60_000 }); // every body's scorecard is read first
    await page.locator('#rank-body').click();
    await page.keyboard.type('MOJ');
    await page.keyboard.press('Enter');
    await page.getByTestId('radar').locator('canvas').waitFor();
    await page.getByTestId('years').locator('canvas').waitFor();
    expect(await page.getByRole('img', { name: /Directions as a share of the maximum: Ministry of Justice/ }).count()).toBe(1);
    expect(await page.getByTestId('years-one').innerText()).toContain('one campaign'); // only demo-2018 has results
    await page.waitForTimeout(600); // the charts' entry animation
    await shot('06c-rankings-body-en');
    await page.getByTestId('lang-kk').click();
    await page.waitForFunction(() => document.documentElement.lang === 'kk');
    expect(await page.locator('main').innerText()).toContain('Жылдар бойынша');
    await page.getByTestId('lang-en').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    // The table, exported as CSV for Excel (UTF-8 BOM, semicolons), in the order of the ranks.
    await page.getByRole('tab', { name: 'Table' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rankings-export').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\ufeffRank;Body;ID;Score;Level;D1;D2;D3')).toBe(true);
    expect(text.split('\r\n')[1]).toMatch(/^1;/);
    expect(text).toContain(';MOJ;');
    // …and as the service's workbook: one sheet per body kind, ranked, with the SYNTHETIC banner.
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rankings-export-xlsx').click()]);
    const rb = new ExcelJS.Workbook();
    await rb.xlsx.readFile((await xlsx.path())!);
    const ranked = rb.worksheets[0]!;
    expect(String(ranked.getCell(1, 1).value)).toContain('SYNTHETIC');
    expect(ranked.getRow(4).values).toEqual(expect.arrayContaining(['Rank', 'Id', 'State body', 'Score']));
    expect(ranked.getCell(5, 1).value).toBe(1);
    await page.goto(e.server.url + '/methodology/kz-2017-interaction');
    await page.getByTestId('edition-title').waitFor();
    expect(await page.locator('main').innerText()).toContain('Amendment history');
    await shot('07-methodology-en');
  });

  it('lets a body officer open the own body\'s scorecard', async () => {
    await page.getByTestId('logout').click();
    await page.getByTestId('login-open').click();
    await page.getByTestId('login-name').fill('officer');
    await page.getByTestId('login-password').fill('demo-officer-2018');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('signed-in-as').waitFor();
    await page.getByTestId('open-scorecard-demo-2018').click();
    await page.waitForURL(/\/scorecard\/MOJ$/);
    await page.getByTestId('overall-score').waitFor();
    // Officers see no rankings link for the campaign that is not published.
    await page.goto(e.server.url + '/');
    await page.getByTestId('campaign-demo-2019').waitFor();
    expect(await page.getByTestId('open-scorecard-demo-2019').count()).toBe(0);
    await shot('08-officer-home-en');
  });

  it('lets the officer fill in a form: a validation error, then a successful submission', async () => {
    await page.getByTestId('open-entry-demo-2019').click();
    await page.getByTestId('entry-form').waitFor();
    // Choose App 1 with the keyboard in the searchable list of the body's forms.
    await page.locator('#entry-form').click();
    await page.keyboard.type('App1 —');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    const field = page.locator('#unreliable_facts_d1');
    await field.waitFor();
    await field.fill('-1');
    await page.getByTestId('entry-submit').click();
    await page.getByText('At least 0').first().waitFor(); // checked in the browser, in the user's language
    await shot('08b-entry-error-en');
    await field.fill('2');
    await page.locator('#unreliable_facts_d2').fill('0');
    await page.locator('#unreliable_facts_d3').fill('1');
    await page.getByTestId('entry-submit').click();
    await page.getByTestId('entry-status').filter({ hasText: 'submitted' }).waitFor();
    expect(await page.getByText('At least 0').count()).toBe(0);
    await shot('08c-entry-submitted-en');
  });

  it('lets the officer fill in a form with its Excel template: a refusal shown at its cell in Russian and Kazakh, then a saved draft', async () => {
    await page.getByTestId('lang-ru').click();
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    await page.locator('#entry-form').click();
    await page.keyboard.type('App17 —');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.locator('#p_considered').waitFor();
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByTestId('entry-template').click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await template.path())!);
    const ws = wb.getWorksheet('Form')!;
    expect(ws.getCell('A4').value).toBe('p_considered');
    ws.getCell('D4').value = -5;
    // d_considered, s_satisfied, c_explained: satisfied + explained may not exceed considered (App 17's rule)
    expect([ws.getCell('A9').value, ws.getCell('A10').value, ws.getCell('A11').value]).toEqual(['d_considered', 's_satisfied', 'c_explained']);
    ws.getCell('D9').value = 3;
    ws.getCell('D10').value = 2;
    ws.getCell('D11').value = 2;
    const dir = mkdtempSync(join(tmpdir(), 'tiimdi-e2e-xlsx-'));
    const bad = join(dir, 'App17-bad.xlsx');
    await wb.xlsx.writeFile(bad);
    await page.getByTestId('entry-upload').locator('input[type=file]').setInputFiles(bad);
    const issues = page.getByTestId('xlsx-issues');
    await issues.waitFor();
    const ru = await issues.innerText();
    expect(ru).toContain('Form');
    expect(ru).toContain('D4');
    expect(ru).toContain('Меньше минимума 0'); // the service's "below the minimum 0", in Russian
    expect(ru).toContain('D10');
    expect(ru).toContain('не может превышать общее количество рассмотренных'); // the rule's own Russian message
    expect(await page.getByTestId('entry-error').innerText()).toContain('каждая ошибка указана у своей ячейки');
    await issues.scrollIntoViewIfNeeded();
    await shot('08c2-entry-xlsx-refused-ru');
    await page.getByTestId('lang-kk').click();
    await page.waitForFunction(() => document.documentElement.lang === 'kk');
    const kk = await issues.innerText();
    expect(kk).toContain('Ең аз мәннен 0 кем');
    expect(kk).toContain('Ұяшық');
    expect(await page.getByTestId('entry-error').innerText()).toContain('әр қате өз ұяшығында');
    await page.locator('#p_considered').scrollIntoViewIfNeeded();
    expect(await page.getByText('Ең аз мәннен 0 кем').count()).toBe(2); // on the field and in the table
    await page.waitForTimeout(400); // the field message's transition
    await shot('08c3-entry-xlsx-refused-kk');
    // Corrected and uploaded again: saved as a draft, the refusals gone.
    ws.getCell('D4').value = 3;
    ws.getCell('D11').value = 1;
    const good = join(dir, 'App17.xlsx');
    await wb.xlsx.writeFile(good);
    await page.getByTestId('entry-upload').locator('input[type=file]').setInputFiles(good);
    await page.getByTestId('entry-status').filter({ hasText: 'v1' }).waitFor();
    expect(await page.getByTestId('xlsx-issues').count()).toBe(0);
    expect(await page.locator('#p_considered').inputValue()).toBe('3');
    rmSync(dir, { recursive: true, force: true });
    await page.getByTestId('lang-en').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });

  it('lets the evaluator review the submitted form from the dashboard and accept it', async () => {
    await page.getByTestId('logout').click();
    await page.getByTestId('login-open').click();
    await page.getByTestId('login-name').fill('evaluator');
    await page.getByTestId('login-password').fill('demo-evaluator-2018');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('signed-in-as').waitFor();
    await page.getByTestId('open-dashboard-demo-2019').click();
    // In Kazakh: the values with their units' Kazakh labels (the unit's code is «facts»).
    await page.getByTestId('lang-kk').click();
    await page.waitForFunction(() => document.documentElement.lang === 'kk');
    await page.getByTestId('cell-MOJ-App1').click();
    await page.getByTestId('review-data').waitFor();
    const review = await page.getByTestId('review-data').innerText();
    expect(review).toContain('unreliable_facts_d1');
    expect(review).toMatch(/\d факт/);
    expect(review).not.toMatch(/\bfacts\b/);
    await page.waitForTimeout(400); // the dialog's opening animation
    await shot('08d-review-kk');
    await page.getByTestId('review-accept').click();
    await page.getByTestId('lang-en').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByTestId('cell-MOJ-App1').filter({ hasText: 'accepted' }).waitFor();
  });

  it('lets the methodologist try another reading and parameters (what-if), in Russian, Kazakh and English, storing nothing', async () => {
    await page.getByTestId('logout').click();
    await page.getByTestId('lang-ru').click();
    await page.getByTestId('login-open').click();
    await page.getByTestId('login-name').fill('methodologist');
    await page.getByTestId('login-password').fill('demo-method-2018');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('signed-in-as').waitFor();
    await page.getByTestId('open-what-if-demo-2018').click();
    await page.locator('#reading-D4').waitFor();
    // The reading with the keyboard: type into the searchable select, Enter.
    await page.locator('#reading-D4').click();
    await page.keyboard.type('Взвешенная');
    await page.keyboard.press('Enter');
    // Three parameters, each chosen with the keyboard; the value in force is shown with its date.
    for (const [d, w] of [['d1', '0.6'], ['d2', '0.2'], ['d3', '0.2']] as const) {
      await page.locator('#param-add').click();
      await page.keyboard.type(`overall.weight.${d}`);
      await page.keyboard.press('Enter');
      const input = page.locator(`[id="param-overall.weight.${d}"]`);
      await input.waitFor();
      expect(await page.getByTestId(`in-force-overall.weight.${d}`).innerText()).toMatch(/действует: 0\.333.* \(с \d{4}-\d{2}-\d{2}\)/);
      await input.fill(w);
      await input.press('Tab');
    }
    await page.getByTestId('what-if-run').click();
    const rows = page.getByTestId('what-if-table').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(10);
    const summary = await page.getByTestId('what-if-summary').innerText();
    expect(summary).toMatch(/^У [1-9]\d* из \d+ органов/);
    // Sorted by the largest change: the first row's change is the largest in absolute value.
    const diffs = (await page.getByTestId('what-if-table').locator('[data-testid^="diff-"]').allInnerTexts()).map((x) => Math.abs(Number(x.replace('−', '-'))));
    expect(diffs[0]).toBeGreaterThan(0);
    expect(diffs[0]).toBe(Math.max(...diffs));
    expect(await page.locator('main').innerText()).toContain('ничего не сохранено');
    await page.keyboard.press('Escape');
    await shot('08f-what-if-ru');
    await page.getByTestId('lang-kk').click();
    await page.waitForFunction(() => document.documentElement.lang === 'kk');
    const kk = await page.locator('main').innerText();
    expect(kk).toContain('Кесіндідегі баға');
    expect(kk).toContain('ештеңе сақталған жоқ');
    await page.getByTestId('what-if-summary').scrollIntoViewIfNeeded();
    await shot('08g-what-if-kk');
    // Tablet width: nothing sticks out of the page (the table scrolls inside its card).
    await page.setViewportSize({ width: 820, height: 1100 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
    await page.getByTestId('what-if-summary').scrollIntoViewIfNeeded();
    await shot('08h-what-if-tablet-kk');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByTestId('lang-en').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.locator('main').innerText()).toContain('What-if score');
    // The stored ranking is untouched: the rankings page still shows snapshot 1 (published).
    await page.goto(e.server.url + '/campaigns/1/rankings');
    await page.locator('canvas').first().waitFor();
    expect(await page.locator('main').innerText()).toContain('Snapshot 1');
  });

  it('shows the inspector every control subject\'s risk degree and why', async () => {
    await page.getByTestId('logout').click();
    await page.getByTestId('login-open').click();
    await page.getByTestId('login-name').fill('inspector');
    await page.getByTestId('login-password').fill('demo-inspector-2018');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('signed-in-as').waitFor();
    await page.goto(e.server.url + '/risk');
    await page.getByTestId('risk-final-SYNTH-01').waitFor();
    await page.locator('.ant-table-row-expand-icon').first().click();
    await page.getByText('OBJ-1 (p.4(1))').first().waitFor();
    await shot('08e-risk-en');
  });

  const signIn = async (login: string, password: string) => {
    if (await page.getByTestId('logout').count()) await page.getByTestId('logout').click();
    await page.getByTestId('login-open').click();
    await page.getByTestId('login-name').fill(login);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('signed-in-as').waitFor();
  };
  /** A download from a link: its bytes, checked to be a DOCX (a zip) of some size. */
  const docxFrom = async (testId: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    const bytes = readFileSync((await download.path())!);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(bytes.length).toBeGreaterThan(2000);
  };

  it('shows each demo role its navigation', async () => {
    await page.getByTestId('lang-en').click();
    const roles: [string, string, string[], string[]][] = [
      ['admin', 'demo-admin-2018', ['Campaigns', 'Published results', 'Methodology', 'Risk control'], []],
      ['methodologist', 'demo-method-2018', ['Campaigns', 'Methodology', 'Risk control'], []],
      ['evaluator', 'demo-evaluator-2018', ['Campaigns', 'Methodology'], ['Risk control']],
      ['officer', 'demo-officer-2018', ['Campaigns', 'Methodology'], ['Risk control']],
      ['commission', 'demo-commission-2018', ['Campaigns', 'Risk control'], []],
      ['inspector', 'demo-inspector-2018', ['Published results', 'Risk control'], ['Campaigns']],
      ['public', 'demo-public-2018', ['Published results', 'Methodology'], ['Campaigns', 'Risk control']],
    ];
    for (const [login, password, shown, hidden] of roles) {
      await signIn(login, password);
      await page.goto(e.server.url + '/');
      await page.getByTestId('signed-in-as').waitFor();
      // textContent: an item the menu folded into its "…" (when the header is short of room) still counts
      const nav = (await page.locator('.shell-nav').textContent()) ?? '';
      for (const s of shown) expect(nav, `${login} sees ${s}`).toContain(s);
      for (const s of hidden) expect(nav, `${login} does not see ${s}`).not.toContain(s);
    }
  });

  /** MOJ's D1.K2 in snapshot 2 (the evaluator's recomputation), compared after the commission's decision. */
  let k2Before = '';

  it('lets the evaluator compute the campaign and open an explanation of the new snapshot', async () => {
    await signIn('evaluator', 'demo-evaluator-2018');
    await page.goto(e.server.url + '/');
    // the evaluator's assessing body (ACSA) is the schedule's: the button is there
    await page.getByTestId('compute-demo-2018').click();
    await page.getByTestId('campaign-demo-2018').getByText('Snapshot 2').first().waitFor();
    await shot('09b-evaluator-computed-en');
    await page.goto(e.server.url + '/campaigns/1/scorecard/MOJ');
    await page.getByTestId('score-D1.K2').click();
    await page.getByTestId('explanation').locator('.katex').first().waitFor();
    k2Before = await page.getByTestId('explain-value').innerText();
    expect(k2Before).toMatch(/^\d+\.\d{2}$/);
    await page.keyboard.press('Escape');
    await page.getByTestId('explanation').waitFor({ state: 'detached' });
  });

  it('lets the body officer object to a value of its released results and see the objection listed', async () => {
    await signIn('officer', 'demo-officer-2018');
    await page.goto(e.server.url + '/campaigns/1/scorecard/MOJ');
    await page.getByTestId('object-D1.K2').click();
    await page.waitForURL(/\/workflow\/MOJ\?node=D1\.K2$/);
    expect(await page.getByTestId('obj-node').inputValue()).toBe('D1.K2');
    // By keyboard: the text, then the documents, then the button.
    await page.getByTestId('obj-text').focus();
    await page.keyboard.type('The 2018 appeals register was not counted (synthetic).');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Letter No. 12-3/45 of 2019-01-10; register extract');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const row = page.getByTestId('objections').locator('tbody tr.ant-table-row').first();
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('D1.K2');
    expect(text).toContain('register extract');
    expect(text).toContain('awaiting the commission');
    await shot('10-objection-filed-en');
    await page.setViewportSize({ width: 820, height: 1100 });
    await page.waitForTimeout(300);
    await shot('10b-objection-tablet-en');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('lets the evaluator state the position, record and print a reconciliation act, and write the conclusion', async () => {
    await signIn('evaluator', 'demo-evaluator-2018');
    await page.goto(e.server.url + '/campaigns/1/workflow/MOJ');
    const position = page.locator('[data-testid^="position-"]:not([data-testid^="position-save"])').first();
    await position.fill('The register was received after the deadline (synthetic).');
    await page.locator('[data-testid^="position-save-"]').first().click();
    await page.getByTestId('objections').getByText('received after the deadline').waitFor();
    // Verification: a fact on a field picked from the edition's forms, with the keyboard.
    await page.getByRole('tab', { name: 'Verification' }).click();
    await page.locator('#fact-form').click();
    await page.keyboard.type('D1.quality');
    await page.keyboard.press('Enter');
    await page.locator('#fact-field').click();
    await page.keyboard.type('unjustified_refusals');
    await page.keyboard.press('Enter');
    // The reported value comes from the body's submission of that form.
    await expect.poll(() => page.getByTestId('fact-reported').inputValue()).toMatch(/^\d+$/);
    await page.getByTestId('fact-verified').fill('3');
    await page.getByTestId('fact-doc').fill('Act of verification No. 7 (synthetic)');
    await page.getByTestId('fact-add').click();
    expect(await page.getByTestId('facts').locator('tbody tr.ant-table-row').count()).toBe(1);
    await page.getByTestId('act-record').click();
    await page.locator('[data-testid="act-docx"], .ant-alert-error').first().waitFor();
    expect(await page.locator('main .ant-alert-error').count(), await page.locator('main').innerText()).toBe(0);
    await shot('11-reconciliation-en');
    await docxFrom('act-docx');
    // Conclusions: the draft findings, edited and saved as the final text, then the DOCX.
    await page.getByRole('tab', { name: 'Conclusions' }).click();
    await page.getByTestId('findings').waitFor();
    expect(await page.getByTestId('findings').innerText()).toContain('Draft findings');
    await page.getByTestId('concl-text').fill('The body met the criteria in part (synthetic final text).');
    await page.getByTestId('concl-save').click();
    await page.getByTestId('findings').getByText('Final text', { exact: true }).waitFor();
    await shot('12-conclusion-en');
    await docxFrom('concl-docx');
  });

  it('lets a commission member vote; the decision waits for the quorum; Kazakh labels', async () => {
    await signIn('commission', 'demo-commission-2018');
    await page.goto(e.server.url + '/campaigns/1/workflow/MOJ');
    await page.locator('[data-testid$="-uphold"]').first().click();
    await page.getByTestId('objections').getByText('Uphold: 1').waitFor();
    expect(await page.getByTestId('objections').innerText()).toContain('received after the deadline'); // the assessing body's position
    await page.locator('[data-testid^="decide-"]').first().click();
    const panel = page.getByTestId('decision-panel');
    await panel.waitFor();
    expect(await page.getByTestId('decision-tally').innerText()).toContain('1 voted; quorum 5');
    expect(await page.getByTestId('decision-outcome').innerText()).toContain('Below the quorum: 1 of the 5');
    await page.getByTestId('decision-submit').click();
    await page.getByTestId('decision-error').waitFor(); // the service's refusal: fewer votes than the quorum
    await panel.scrollIntoViewIfNeeded();
    await shot('13-commission-vote-en');
    const before = await page.locator('main').innerText();
    await page.getByTestId('lang-kk').click();
    await page.waitForFunction(() => document.documentElement.lang === 'kk');
    const after = await page.locator('main').innerText();
    expect(after).not.toEqual(before);
    expect(after).toContain('Қарсылықтар');
    expect(after).toContain('Қанағаттандыру: 1');
    expect(await page.getByTestId('decision-outcome').innerText()).toContain('Кворум жоқ');
    expect(await page.getByTestId('decision-error').innerText()).not.toContain('No quorum'); // the refusal, too, in Kazakh
    await shot('14-commission-kk');
    await page.getByTestId('lang-en').click();
  });

  it('lets four more members vote; the votes uphold; a member decides with a changed input and the new snapshot shows the changed value', async () => {
    for (const [k, v] of [[2, 'uphold'], [3, 'uphold'], [4, 'uphold'], [5, 'reject']] as const) {
      await signIn(`commission${k}`, `demo-commission${k}-2018`);
      await page.goto(e.server.url + '/campaigns/1/workflow/MOJ');
      await page.locator(`[data-testid^="vote-"][data-testid$="-${v}"]`).first().click();
      await page.getByTestId('objections').getByText(v === 'reject' ? 'Reject: 1' : `Uphold: ${k}`).waitFor();
    }
    await signIn('commission', 'demo-commission-2018');
    await page.goto(e.server.url + '/campaigns/1/workflow/MOJ');
    await page.locator('[data-testid^="decide-"]').first().click();
    await page.getByTestId('decision-panel').waitFor();
    const tally = await page.getByTestId('decision-tally').innerText();
    expect(tally).toContain('Uphold: 4');
    expect(tally).toContain('Reject: 1');
    expect(tally).toContain('5 voted; quorum 5');
    expect(await page.getByTestId('decision-outcome').innerText()).toContain('The votes uphold the objection');
    // Upheld with nothing stated: the button waits for a change.
    expect(await page.getByTestId('decision-submit').isDisabled()).toBe(true);
    // A change the edition refuses: more "of which during a failure" than late services at all.
    const pickField = async (form: string, field: string) => {
      await page.locator('#dec-form').click();
      await page.keyboard.type(form);
      await page.keyboard.press('Enter');
      await page.locator('#dec-field').click();
      await page.keyboard.type(field);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('dec-reported').innerText()).toMatch(/^\d+$/);
      return Number(await page.getByTestId('dec-reported').innerText());
    };
    const late = await pickField('D1.deadlines', 'late_during_is_failure');
    expect(late).toBeGreaterThanOrEqual(0);
    await page.locator('#dec-value').fill('999999');
    await page.getByTestId('dec-add').click();
    await page.getByTestId('decision-submit').click();
    await page.getByTestId('dec-issue-0').waitFor();
    expect(await page.getByTestId('dec-issue-0').innerText()).toMatch(/late_services/);
    expect(await page.getByTestId('decision-error').innerText()).toContain('The computation cannot be done'); // the service's refusal, its issue at the change
    await page.getByTestId('dec-changes').scrollIntoViewIfNeeded();
    await shot('15-decision-refused-en');
    await page.getByTestId('lang-ru').click();
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    expect(await page.getByTestId('dec-issue-0').innerText()).toMatch(/больше/i); // the refusal at its change, in Russian
    expect(await page.getByTestId('decision-outcome').innerText()).toContain('Голоса за удовлетворение');
    await shot('15b-decision-refused-ru');
    await page.getByTestId('lang-en').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    // Remove it; state the change the objection is about: the late entries into IS "Monitoring".
    await page.getByTestId('dec-changes').getByRole('button', { name: 'Remove' }).click();
    const entries = await pickField('D1.deadlines', 'late_entries');
    expect(entries).toBeGreaterThan(0);
    await page.locator('#dec-value').fill('0');
    await page.locator('#dec-value').press('Tab');
    await page.getByTestId('dec-add').click();
    expect(await page.getByTestId('dec-changes').innerText()).toContain('D1.deadlines.late_entries');
    expect(await page.getByTestId('decision-error').count()).toBe(0); // the earlier refusal went with its change
    await shot('16-decision-changes-en');
    // Tablet width: the panel's controls wrap, nothing sticks out of the page.
    await page.setViewportSize({ width: 820, height: 1100 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
    await page.getByTestId('decision-panel').scrollIntoViewIfNeeded();
    await shot('16b-decision-tablet-en');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByTestId('decision-submit').click();
    await page.getByTestId('decision-done').waitFor();
    expect(await page.getByTestId('decision-snapshot').innerText()).toBe('New snapshot No. 3');
    await shot('17-decision-done-en');
    // The decided objection lists its change and the snapshot it made.
    const row = page.getByTestId('objections').locator('[data-testid^="decision-"]').first();
    await row.getByText('D1.deadlines.late_entries').waitFor();
    expect(await row.innerText()).toContain('→ 0');
    expect(await page.getByTestId('objections').innerText()).toContain('upheld');
    // The body's scorecard in snapshot 3: D1.K2 changed (the late-entry penalty is gone).
    await page.getByTestId('decision-scorecard').click();
    await page.waitForURL(/\/scorecard\/MOJ\?snapshot=3$/);
    await page.getByTestId('scorecard-snapshot').getByText('Snapshot 3').waitFor();
    const k2After = await page.getByTestId('score-D1.K2').innerText();
    expect(k2After).toMatch(/^\d+\.\d{2}$/);
    expect(Number(k2After)).toBeGreaterThan(Number(k2Before));
    await page.getByTestId('score-D1.K2').click();
    await page.getByTestId('explanation').locator('.katex').first().waitFor();
    expect(await page.getByTestId('explain-value').innerText()).toBe(k2After);
    await page.waitForTimeout(400);
    await shot('18-scorecard-after-decision-en');
    await page.keyboard.press('Escape');
    await page.getByTestId('explanation').waitFor({ state: 'detached' });
    // Tablet width: the decided objection's row fits (the table scrolls in its card).
    await page.goto(e.server.url + '/campaigns/1/workflow/MOJ');
    await page.getByTestId('objections').locator('[data-testid^="decision-"]').first().waitFor();
    await page.setViewportSize({ width: 820, height: 1100 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
    await shot('19-objection-decided-tablet-en');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('records a rejected decision without changes: the results stand, no new snapshot', async () => {
    await signIn('officer', 'demo-officer-2018');
    await page.goto(e.server.url + '/campaigns/1/workflow/MOJ?node=D1.K3');
    await page.getByTestId('obj-text').fill('The quality criterion ignored our own survey (synthetic).');
    await page.getByTestId('obj-submit').click();
    await page.getByTestId('vote-2-uphold').or(page.getByTestId('status-2')).first().waitFor();
    for (const [login, password] of [['commission', 'demo-commission-2018'], ...[2, 3, 4, 5].map((k) => [`commission${k}`, `demo-commission${k}-2018`])] as const) {
      await signIn(login, password);
      await page.goto(e.server.url + '/campaigns/1/workflow/MOJ');
      await page.getByTestId('vote-2-reject').click();
      await page.getByTestId('votes-2').getByText(`Reject: ${login === 'commission' ? 1 : Number(login.slice(-1))}`).waitFor();
    }
    await page.getByTestId('decide-2').click();
    expect(await page.getByTestId('decision-outcome').innerText()).toContain('The votes reject the objection');
    expect(await page.getByTestId('dec-form').count()).toBe(0); // nothing to state
    await page.getByTestId('decision-submit').click();
    await page.getByTestId('decision-done').waitFor();
    expect(await page.getByTestId('decision-done').innerText()).toContain('Decision recorded: rejected.');
    expect(await page.getByTestId('decision-done').innerText()).toContain('no new snapshot');
    expect(await page.getByTestId('status-2').innerText()).toContain('rejected');
    await shot('19b-decision-rejected-en');
    await page.goto(e.server.url + '/');
    await page.getByTestId('campaign-demo-2018').getByText('Snapshot 3').waitFor();
    expect(await page.getByTestId('campaign-demo-2018').innerText()).not.toContain('Snapshot 4');
  });

  it('opens the public page without signing in', async () => {
    await page.getByTestId('logout').click();
    await page.getByTestId('login-open').waitFor();
    await e.browser.clearCookies();
    await page.goto(e.server.url + '/public');
    await page.getByTestId('public-campaign-demo-2018').waitFor();
    const rows = page.getByTestId('public-ranking').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(3);
    expect(await page.getByTestId('synthetic-banner').first().innerText()).toContain('SYNTHETIC DATA');
    // The unpublished 2019 campaign is not on the public page.
    expect(await page.getByTestId('public-campaign-demo-2019').count()).toBe(0);
    await shot('09-public-en');
    // A published scorecard and its explanations are public too.
    await page.getByTestId('public-ranking').locator('tbody tr a').first().click();
    await page.getByTestId('overall-score').click();
    await page.getByTestId('explanation').locator('.katex').first().waitFor();
    expect(await page.getByTestId('login-open').count()).toBe(1); // still not signed in
  });

  it('keeps the public page\'s JavaScript within 400 KB gzipped (bench/web-size.ts)', () => {
    // The build is the one startE2E made (ensureWebBuild), so this costs no second build.
    const size = publicPageSize();
    expect(size.gz9, `public page JS ${(size.gz9 / 1024).toFixed(1)} KB gzipped`).toBeLessThanOrEqual(TARGET_BYTES);
  });

  it('raised no script errors in the page', () => {
    expect(e.errors).toEqual([]);
  });
});
