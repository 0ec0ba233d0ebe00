// Risk control in the browser, as an inspector: compute the semi-annual list for a half-year and
// see who is on it and why, record its approval after the deadline (LATE_APPROVAL), then fill the
// Appendix 2 checklist on a tablet (768×1024) by keyboard and by touch, meet the inline validation,
// save, and see the subject's next assessment change and the subject join the recomputed list.
// Then the same in Kazakh. Screenshots go to test/e2e/screenshots/ (13-risk-*).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, skipReason, startE2E, type E2E } from './harness.js';

if (skipReason) console.warn(skipReason);

describe.skipIf(skipReason !== null)('risk control (Chromium)', () => {
  let e: E2E;
  let page: Page;
  const shot = (name: string, fullPage = false) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
  /** No horizontal scroll: measured after two animation frames, so the layout has settled. */
  const noHorizontalScroll = () =>
    page.evaluate(() => new Promise<boolean>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(document.documentElement.scrollWidth <= document.documentElement.clientWidth)))));

  beforeAll(async () => {
    e = await startE2E();
    page = e.page;
    await page.goto(e.server.url + '/');
    await page.getByTestId('lang-en').click();
    await page.getByTestId('login-open').click();
    await page.getByTestId('login-name').fill('inspector');
    await page.getByTestId('login-password').fill('demo-inspector-2018');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('signed-in-as').waitFor();
  }, 240_000);
  afterAll(async () => e?.close());

  it('computes the list for a half-year and shows who is on it and why', async () => {
    await page.goto(e.server.url + '/risk');
    await page.getByTestId('risk-final-SYNTH-01').waitFor();
    await page.getByTestId('risk-tab-list').click();
    await page.waitForURL(/tab=list/);
    // Choose the half-year with the keyboard: type into the searchable select, Enter.
    await page.locator('#risk-half').click();
    await page.keyboard.type('2028H1');
    await page.keyboard.press('Enter');
    await page.getByTestId('risk-approval-none').waitFor();
    await page.getByTestId('risk-list-compute').click();
    await page.getByTestId('risk-list-entry-SYNTH-01').waitFor();
    expect(await page.getByTestId('risk-list-deadline').innerText()).toBe('2027-12-10');
    expect(await page.getByTestId('risk-list-number').innerText()).toBe('#1');
    expect(await page.getByTestId('risk-list-status').innerText()).toContain('draft');
    expect(await page.getByTestId('risk-list-late').count()).toBe(0);
    const entries = await page.getByTestId('risk-list-entries').innerText();
    expect(entries).toContain('Ministry of Synthetic Services (SYNTHETIC)');
    expect(entries).toContain('100.00');
    expect(entries).toContain('SP 100: gross violation, row 16');
    // Both at SP 100: the tie and what broke it are shown.
    expect(await page.getByTestId('risk-list-tie-SYNTH-01').innerText()).toMatch(/same SP as SYNTH-10: placed first by/);
    expect(await page.getByTestId('risk-list-entry-SYNTH-10').count()).toBe(1);
    expect(await page.getByTestId('risk-list-entry-SYNTH-02').count()).toBe(0);
    expect(await page.getByTestId('risk-list-excluded').innerText()).toContain('not high under the subjective criteria');
    expect(await page.getByTestId('risk-list-versions').innerText()).toContain('SYNTH-01, SYNTH-10');
    expect(await noHorizontalScroll()).toBe(true);
    await shot('13-risk-list-en');
  });

  it('records the approval after the deadline and shows LATE_APPROVAL', async () => {
    await page.getByTestId('risk-approval-save').click();
    // Nothing filled: every field says so, in English.
    await page.locator('[data-testid="risk-approval-form"] .ant-form-item-explain-error').first().waitFor();
    expect(await page.locator('[data-testid="risk-approval-form"] .ant-form-item-explain-error').allInnerTexts()).toContain('Required: fill this in');
    await page.getByTestId('risk-approval-date').fill('2027-12-14');
    await page.getByTestId('risk-approval-name').fill('A. Synthetic-Head (SYNTHETIC)');
    await page.getByTestId('risk-approval-position').fill('Head of the authorized body');
    await page.getByTestId('risk-approval-save').click();
    await page.getByTestId('risk-list-late').waitFor();
    expect(await page.getByTestId('risk-list-number').innerText()).toBe('#2');
    expect(await page.getByTestId('risk-list-status').innerText()).toContain('approved');
    expect(await page.getByTestId('risk-list-late').innerText()).toContain('LATE_APPROVAL');
    expect(await page.getByTestId('risk-list').innerText()).toContain('2027-12-14 · A. Synthetic-Head (SYNTHETIC), Head of the authorized body');
    await page.getByTestId('risk-approval-recorded').waitFor();
    expect(await page.getByTestId('risk-approval-recorded').innerText()).toContain('2027-12-14');
    const versions = await page.getByTestId('risk-list-versions').innerText();
    expect(versions).toContain('#1');
    expect(versions).toContain('#2');
    // An older version opens from the list of versions.
    await page.getByTestId('risk-list-version-1').click();
    await page.getByTestId('risk-list-number').filter({ hasText: '#1' }).waitFor();
    expect(await page.getByTestId('risk-list-status').innerText()).toContain('draft');
    await page.getByTestId('risk-list-version-2').click();
    await page.getByTestId('risk-list-number').filter({ hasText: '#2' }).waitFor();
    await page.waitForTimeout(300);
    await shot('13b-risk-list-approved-en', true);
  });

  it('fills the checklist on a tablet by keyboard and touch, validates, saves and the assessment changes', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(e.server.url + '/risk?tab=checklist&subject=SYNTH-02');
    await page.getByTestId('cl-row-19').waitFor();
    // Header prefilled from the subject's facts.
    expect(await page.getByTestId('cl-H5').inputValue()).toBe('990140000027');
    expect(await page.getByTestId('cl-H4').inputValue()).toBe('Akimat of Synthetic District (SYNTHETIC)');
    await page.getByTestId('cl-date').fill('2027-06-01');
    await page.getByTestId('cl-next').filter({ hasText: 'list 2028H1, reference date 2027-12-10' }).waitFor();
    await page.getByTestId('cl-now').filter({ hasText: 'SP 0.00' }).waitFor();
    expect(await page.getByTestId('cl-now').innerText()).toContain('not high');
    await page.getByTestId('cl-H3number').fill('PCV-SYNTH-02');
    await page.getByTestId('cl-H3date').fill('2027-05-20');
    // Rows 1–8 by keyboard: Space answers "complies", Tab goes to the next row, → moves to "does not comply".
    await page.locator('#cl-row-1 input[type=radio]').first().focus();
    await page.keyboard.press('Space');
    for (let i = 2; i <= 8; i++) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
    }
    await page.keyboard.press('ArrowRight');
    for (let i = 1; i <= 7; i++) expect(await page.locator(`#cl-row-${i} .ant-radio-button-wrapper-checked`).innerText()).toBe('Complies');
    expect(await page.locator('#cl-row-8 .ant-radio-button-wrapper-checked').innerText()).toBe('Does not comply');
    // Rows 2 and 3 apply only to central state bodies: "not applicable" is offered there only.
    expect(await page.locator('#cl-row-2 .ant-radio-button-wrapper').allInnerTexts()).toEqual(['Complies', 'Does not comply', 'Not applicable']);
    expect(await page.locator('#cl-row-4 .ant-radio-button-wrapper').allInnerTexts()).toEqual(['Complies', 'Does not comply']);
    // Row 16 by touch; the rest with the one button.
    await page.locator('#cl-row-16 .ant-radio-button-wrapper', { hasText: 'Does not comply' }).click();
    await page.getByTestId('cl-rest-comply').click();
    expect(await page.locator('.risk-cl-row .ant-radio-button-wrapper-checked').count()).toBe(19);
    expect(await page.locator('#cl-row-16 .ant-radio-button-wrapper-checked').innerText()).toBe('Does not comply');
    await page.getByTestId('cl-official-0-name').fill('C. Synthetic-Inspector (SYNTHETIC)');
    await page.getByTestId('cl-official-0-position').fill('Chief inspector');
    await page.getByTestId('cl-official-0-signed').click();
    await page.getByTestId('cl-head-name').fill('E. Synthetic-Akim (SYNTHETIC)');
    await page.getByTestId('cl-head-position').fill('Akim of the district');
    await page.getByTestId('cl-head-signed').click();
    // H2 left blank: saving is refused inline, in English, next to the field.
    await page.getByTestId('cl-save').click();
    const h2error = page.locator('.ant-form-item', { has: page.getByTestId('cl-H2') }).locator('.ant-form-item-explain-error');
    await h2error.waitFor();
    expect(await h2error.innerText()).toBe('Required: fill this in');
    expect(await page.getByTestId('cl-after').count()).toBe(0);
    await page.waitForTimeout(500);
    await shot('13c-risk-checklist-768-invalid-en');
    await page.getByTestId('cl-H2').fill('Authorized body for the quality of public services (SYNTHETIC)');
    await page.getByTestId('cl-save').click();
    await page.getByTestId('cl-after').filter({ hasText: 'SP 100.00' }).waitFor();
    const after = await page.getByTestId('cl-after').innerText();
    expect(after).toContain('with checklist PCV-2027-06-01');
    expect(after).toMatch(/: high SP 100\.00/);
    expect(after).not.toContain('not high');
    expect(after).toContain('S1: PCV-2027-06-01');
    expect(after).toContain('S1 rows: 8, 16');
    expect(await page.getByTestId('cl-before').innerText()).toContain('not high');
    expect(await page.getByTestId('cl-before').innerText()).toContain('SP 0.00');
    expect(await noHorizontalScroll()).toBe(true);
    await page.getByTestId('cl-next').scrollIntoViewIfNeeded();
    await shot('13d-risk-checklist-768-saved-en');
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(noHorizontalScroll, { timeout: 3000 }).toBe(true); // layout settles after the resize
    await page.locator('#cl-row-1').scrollIntoViewIfNeeded();
    await shot('13e-risk-checklist-1024-en');
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(noHorizontalScroll, { timeout: 3000 }).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('13f-risk-checklist-1280-en');
  });

  it('the saved checklist puts the subject on the recomputed list', async () => {
    await page.goto(e.server.url + '/risk?tab=list');
    await page.locator('#risk-half').click();
    await page.keyboard.type('2028H1');
    await page.keyboard.press('Enter');
    await page.getByTestId('risk-approval-recorded').waitFor();
    await page.getByTestId('risk-list-compute').click();
    await page.getByTestId('risk-list-number').filter({ hasText: '#3' }).waitFor();
    await page.getByTestId('risk-list-entry-SYNTH-02').waitFor();
    expect(await page.getByTestId('risk-list-late').count()).toBe(1);
    expect(await page.getByTestId('risk-list-versions').innerText()).toContain('SYNTH-01, SYNTH-10, SYNTH-02');
    // The subjects tab shows the same: SYNTH-02 high on the list's reference date.
    await page.getByTestId('risk-tab-subjects').click();
    await page.locator('#risk-date').fill('2027-12-14');
    await page.getByTestId('risk-final-SYNTH-02').filter({ hasText: /^high$/ }).waitFor();
  });

  it('works in Kazakh on a tablet: labels, criteria texts and validation', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.getByTestId('lang-kk').click();
    await page.goto(e.server.url + '/risk?tab=checklist');
    // The subject chosen with the keyboard: type into the searchable select, Enter.
    await page.locator('#cl-subject').click();
    await page.keyboard.type('SYNTH-04');
    await page.keyboard.press('Enter');
    await page.waitForURL(/subject=SYNTH-04$/);
    await page.getByTestId('cl-row-19').waitFor();
    expect(await page.getByTestId('cl-H5').inputValue()).toBe('990140000047');
    const text = await page.getByTestId('cl-form').innerText();
    expect(text).toContain('Тексеру парағы');
    expect(text).toContain('Сәйкес келмейді');
    expect(text).toContain('Орналасқан жерінің мекенжайы'); // H6 as in Appendix 2
    expect(await page.getByTestId('cl-row-4').innerText()).toContain('"Электрондық үкіметтің" веб-порталында');
    await page.getByTestId('cl-save').click();
    const err = page.locator('.ant-form-item', { has: page.getByTestId('cl-H2') }).locator('.ant-form-item-explain-error');
    await err.waitFor();
    expect(await err.innerText()).toBe('Міндетті өріс: толтырыңыз');
    expect(await page.locator('.ant-form-item-explain-error', { hasText: /^1-жолға жауап беріңіз$/ }).count()).toBe(1);
    expect(await noHorizontalScroll()).toBe(true);
    await page.locator('#cl-row-1').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await shot('13g-risk-checklist-768-kk');
    await page.goto(e.server.url + '/risk?tab=list');
    await page.getByTestId('risk-tab-list').filter({ hasText: 'Жартыжылдық тізім' }).waitFor();
    expect(await noHorizontalScroll()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(e.server.url + '/risk');
    await page.getByTestId('risk-final-SYNTH-01').waitFor();
    expect(await page.getByTestId('risk-table').innerText()).toContain('Орталық мемлекеттік орган');
    await shot('13h-risk-subjects-1280-kk');
  });

  it('shows a commission member the lists and checklists read-only', async () => {
    await page.getByTestId('logout').click();
    await page.getByTestId('login-open').click();
    await page.getByTestId('login-name').fill('commission');
    await page.getByTestId('login-password').fill('demo-commission-2018');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('signed-in-as').waitFor();
    await page.goto(e.server.url + '/risk?tab=list');
    await page.locator('#risk-half').click();
    await page.keyboard.type('2028H1');
    await page.keyboard.press('Enter');
    await page.getByTestId('risk-list-version-3').click();
    await page.getByTestId('risk-list-entry-SYNTH-02').waitFor();
    expect(await page.getByTestId('risk-list-compute').count()).toBe(0);
    expect(await page.getByTestId('risk-approval-form').count()).toBe(0);
    await page.getByText('Тек қарау: тізімдерді, бекітулерді және тексеру парақтарын инспекторлар мен әкімші жазады.').waitFor();
    await page.goto(e.server.url + '/risk?tab=checklist&subject=SYNTH-02');
    await page.getByTestId('cl-row-19').waitFor();
    expect(await page.getByTestId('cl-save').count()).toBe(0);
    expect(await page.getByTestId('cl-H2').isDisabled()).toBe(true);
    // The latest recorded checklist is shown: the one the inspector saved above.
    expect(await page.getByTestId('cl-H2').inputValue()).toBe('Authorized body for the quality of public services (SYNTHETIC)');
    expect(await page.locator('#cl-row-16 .ant-radio-button-wrapper-checked').innerText()).toBe('Сәйкес келмейді');
    expect(e.errors).toEqual([]);
  });
});
