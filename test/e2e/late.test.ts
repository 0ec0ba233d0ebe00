// A late objection in the browser. The demo's results are released when it is seeded (today); the
// service's clock is then moved 60 days on, past the act's window (2017 p.115: working days from the
// release), and the body's officer tries to object: the page shows the refusal naming the day the
// window closed, in Russian and then in Kazakh, and nothing is filed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, skipReason, startE2E, type E2E } from './harness.js';

const DAY = 86_400_000;

describe.skipIf(skipReason !== null)('a late objection (Chromium, the service clock 60 days on)', () => {
  let e: E2E;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

  beforeAll(async () => {
    const later = Date.now() + 60 * DAY;
    e = await startE2E({ now: () => new Date(later) });
    page = e.page;
  }, 240_000);
  afterAll(async () => e?.close());

  it('refuses the officer\'s objection after the window, naming the closing day in Russian and Kazakh', async () => {
    // The window's last day, as the service states it for the released snapshot.
    await page.goto(e.server.url + '/');
    await page.evaluate(() => localStorage.setItem('tiimdi.lang', 'ru'));
    await page.getByTestId('login-open').click();
    await page.getByTestId('login-name').fill('officer');
    await page.getByTestId('login-password').fill('demo-officer-2018');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('signed-in-as').waitFor();

    await page.goto(e.server.url + '/campaigns/1/scorecard/MOJ');
    await page.getByTestId('object-D1.K2').click();
    await page.waitForURL(/\/workflow\/MOJ\?node=D1\.K2$/);
    await page.getByTestId('obj-text').fill('Filed too late on purpose (synthetic).');
    await page.getByTestId('obj-submit').click();
    const alert = page.getByTestId('wf-error');
    await alert.waitFor();
    const ru = await alert.innerText();
    expect(ru).toMatch(/Срок подачи возражения истёк: он закрылся \d{4}-\d{2}-\d{2}/);
    const closed = ru.match(/\d{4}-\d{2}-\d{2}/)![0];
    // The window closed within the 60 days the clock moved, and not before the release (today).
    const today = new Date().toISOString().slice(0, 10);
    expect(closed >= today).toBe(true);
    expect(closed < new Date(Date.now() + 60 * DAY).toISOString().slice(0, 10)).toBe(true);
    await shot('30-late-objection-ru');

    // The same refusal in Kazakh after switching the language.
    await page.getByTestId('lang-kk').click();
    await page.getByTestId('obj-submit').click();
    await expect.poll(async () => page.getByTestId('wf-error').innerText()).toContain(`Қарсылық мерзімі өтіп кетті: мерзім ${closed} жабылды`);
    await shot('30-late-objection-kk');

    // Nothing was filed: the body's objections list is empty through the API as well.
    const res = await page.request.get(e.server.url + '/api/campaigns/1/objections');
    expect(res.status()).toBe(200);
    const list = (await res.json()) as unknown[];
    expect(list).toHaveLength(0);
  });

  it('raised no script errors in the page', () => {
    expect(e.errors).toEqual([]);
  });
});
