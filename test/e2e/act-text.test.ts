// The act's original text beside the reference, end to end: the explanation of a scorecard number
// shows the paragraph in the language the repository holds (the 2017 edition: Russian) — in Russian
// directly, in Kazakh with a note that only the Russian text is held, in English beside the English
// reference (also at tablet width); the methodology browser opens a Kazakh paragraph of the 2015
// ICT edition in Kazakh. Phrases are the seeds' own words. Screenshots in test/e2e/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, skipReason, startE2E, type E2E } from './harness.js';

if (skipReason) console.warn(skipReason);

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.skipIf(skipReason !== null)("the act's original text (Chromium)", () => {
  let e: E2E;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

  beforeAll(async () => {
    e = await startE2E();
    page = e.page;
  }, 240_000);
  afterAll(async () => e?.close());

  const openExplanation = async () => {
    await page.getByTestId('score-D1.K2').click();
    const drawer = page.getByTestId('explanation');
    await drawer.getByTestId('act-text').waitFor();
    await page.waitForTimeout(500); // the drawer slides in
    return drawer;
  };
  /** axe-core's WCAG 2 A/AA rules (colour contrast aside: antd's palette) on the act's text block. */
  const axeViolations = async (): Promise<string[]> => {
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
    return page.evaluate(async () => {
      const w = window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } };
      const r = await w.axe.run({ include: [['[data-testid=act-text]']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, rules: { 'color-contrast': { enabled: false } } });
      return r.violations.map((v) => `${v.id}: ${v.nodes[0]?.html.slice(0, 120) ?? ''}`);
    });
  };
  const closeExplanation = async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('explanation').waitFor({ state: 'detached' });
  };

  it('in Russian: the explanation of D1.K2 shows p.33–40 of the 2017 methodology in Russian', async () => {
    await page.goto(e.server.url + '/');
    await page.getByTestId('login-open').click();
    await page.getByTestId('login-name').fill('evaluator');
    await page.getByTestId('login-password').fill('demo-evaluator-2018');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('signed-in-as').waitFor();
    await page.getByTestId('open-scorecard-demo-2018').click();
    await page.locator('#body-select').click();
    await page.keyboard.type('MOJ');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/scorecard\/MOJ$/);
    await page.getByTestId('score-D1.K2').waitFor();
    await page.keyboard.press('Escape');

    const drawer = await openExplanation();
    const act = drawer.getByTestId('act-text');
    expect(await act.getByTestId('act-heading-ru').first().innerText()).toContain('Оригинальный текст акта (на русском языке), п. 33–40');
    const passage = act.getByTestId('act-passage-ru').first();
    expect(await passage.getAttribute('lang')).toBe('ru');
    const text = await passage.innerText();
    expect(text).toMatch(/^33\. По критерию "Соблюдение сроков оказания государственных услуг" оценивается соблюдение сроков/);
    expect(text).not.toMatch(/эталонный контрольный банк/i);
    // The appendices of the reference are there too, collapsed: App 2 and App 7.
    expect(await act.getByTestId('act-heading-ru').count()).toBe(3);
    expect(await act.innerText()).toContain('Приложение 7');
    expect(await axeViolations()).toEqual([]);
    await act.scrollIntoViewIfNeeded();
    await shot('30-act-text-ru');
  });

  it('in Kazakh: the same paragraph, with a note that the repository holds the Russian text only', async () => {
    await closeExplanation();
    await page.getByTestId('lang-kk').click();
    await page.waitForFunction(() => document.documentElement.lang === 'kk');
    const drawer = await openExplanation();
    const act = drawer.getByTestId('act-text');
    const all = await act.innerText();
    expect(all).toContain('Бұл актінің мәтіні репозиторийде тек орыс тілінде бар.');
    expect(await act.getByTestId('act-heading-ru').first().innerText()).toContain('Актінің түпнұсқа мәтіні (орыс тілінде), 33–40-тармақ');
    expect(await act.getByTestId('act-passage-ru').first().innerText()).toContain('33. По критерию "Соблюдение сроков оказания государственных услуг"');
    await act.scrollIntoViewIfNeeded();
    await shot('31-act-text-kk');
  });

  it('in English: the English reference beside the original Russian text; at tablet width it stacks', async () => {
    await closeExplanation();
    await page.getByTestId('lang-en').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const drawer = await openExplanation();
    const act = drawer.getByTestId('act-text');
    expect(await act.getByTestId('act-english').innerText()).toContain('p.33–40 · App 2; App 7');
    expect(await act.getByTestId('act-heading-ru').first().innerText()).toContain('Original text of the act (Russian), p.33–40');
    expect(await act.getByTestId('act-passage-ru').first().innerText()).toContain('33. По критерию');
    // Beside: the English column is left of the original at 1280 px.
    const eng = (await act.getByTestId('act-english').boundingBox())!;
    const orig = (await act.getByTestId('act-passage-ru').first().boundingBox())!;
    expect(orig.x).toBeGreaterThan(eng.x + eng.width - 1);
    // Collapsible: the panel closes and opens again from the keyboard.
    const header = act.locator('.ant-collapse-header').first();
    await header.focus();
    await page.keyboard.press('Enter');
    await act.getByTestId('act-passage-ru').first().waitFor({ state: 'hidden' });
    await page.keyboard.press('Enter');
    await act.getByTestId('act-passage-ru').first().waitFor();
    expect(await axeViolations()).toEqual([]);
    await act.scrollIntoViewIfNeeded();
    await shot('32-act-text-en');

    await page.setViewportSize({ width: 768, height: 1024 });
    await page.waitForTimeout(300);
    const eng2 = (await act.getByTestId('act-english').boundingBox())!;
    const orig2 = (await act.getByTestId('act-passage-ru').first().boundingBox())!;
    expect(orig2.y).toBeGreaterThan(eng2.y); // stacked
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await act.scrollIntoViewIfNeeded();
    await shot('33-act-text-tablet-en');
    await page.setViewportSize({ width: 1280, height: 900 });
    await closeExplanation();
  });

  it('in the methodology browser, in Kazakh: ¶30–38 of the 2015 ICT methodology in Kazakh', async () => {
    await page.getByTestId('lang-kk').click();
    await page.waitForFunction(() => document.documentElement.lang === 'kk');
    await page.goto(e.server.url + '/methodology/kz-2015-ict');
    await page.getByRole('tab', { name: 'Ағаш' }).click(); // the tree
    await page.getByTestId('act-ref-C2').click();
    const dialog = page.locator('.ant-modal');
    const passage = dialog.getByTestId('act-passage-kk').first();
    await passage.waitFor();
    expect(await passage.getAttribute('lang')).toBe('kk');
    expect(await passage.innerText()).toMatch(/^30\. "Ведомстволық ақпараттық жүйелерді интеграциялау үлесі" критерийі бойынша/);
    expect(await dialog.getByTestId('act-heading-kk').first().innerText()).toContain('Актінің түпнұсқа мәтіні (қазақ тілінде), 30–38-тармақ');
    expect(await dialog.locator('.ant-alert').count()).toBe(0); // Kazakh in Kazakh: no "held only in …" note
    await page.waitForTimeout(400); // the dialog's opening animation
    await shot('34-act-text-methodology-kk');
    await page.keyboard.press('Escape');
    expect(e.errors).toEqual([]);
  });
});
