// The administrator's job in the browser, end to end: in Russian the administrator adds a body to
// the register, a body officer of that body, sets a transfer of a day off on the calendar (the
// year's working days count drops by one) and creates a campaign with that body and a schedule
// filled from the edition's forms — a duplicate code is first refused at its field in Russian —;
// then the new officer signs in and sees the new campaign's form to fill in. The users tab is
// shown in Kazakh; the administration page is shot at 1280 and 768 px and must not scroll sideways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, skipReason, startE2E, type E2E } from './harness.js';

const BODY = 'E2E.AGENCY';
const OFFICER = { login: 'e2e.officer', password: 'e2e-officer-pass-2026' };
const CODE = 'e2e-2026';
/** A Friday in 2026 that is no holiday: declared an extra day off. */
const EXTRA_OFF = '2026-06-05';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** axe's rules on labels and accessible names of controls, valid ARIA and keyboard reach (as test/e2e/layout.test.ts runs them). */
const AXE_RULES = ['label', 'label-title-only', 'form-field-multiple-labels', 'button-name', 'link-name', 'select-name', 'input-button-name', 'nested-interactive', 'duplicate-id-aria', 'aria-allowed-attr', 'aria-allowed-role', 'aria-command-name', 'aria-dialog-name', 'aria-hidden-focus', 'aria-input-field-name', 'aria-prohibited-attr', 'aria-required-attr', 'aria-required-children', 'aria-required-parent', 'aria-roles', 'aria-toggle-field-name', 'aria-valid-attr', 'aria-valid-attr-value', 'tabindex', 'scrollable-region-focusable'];
type Violation = { id: string; nodes: { target: unknown; html: string }[] };

describe.skipIf(skipReason !== null)('administration (Chromium)', () => {
  let e: E2E;
  let page: Page;
  /** A screenshot once the toasts have gone and the tabs' ink bar has moved. */
  const shot = async (name: string) => {
    await page.locator('.ant-message-notice').last().waitFor({ state: 'detached', timeout: 8000 }).catch(() => undefined);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
  };
  /** Pick an option of an antd select with the keyboard: focus, type, Enter. */
  const choose = async (testId: string, text: string) => {
    await page.getByTestId(testId).click();
    await page.keyboard.type(text);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: text }).waitFor();
    await page.keyboard.press('Enter');
    // A multiple select keeps its list open: click a neutral spot (the dialog's title, else the page's), as Escape would close a dialog.
    await page.locator('main h2, .ant-modal-title').last().click();
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
  };
  const violations: Record<string, Violation[]> = {};
  /** Run axe on the page as it is now; its findings are asserted at the end. */
  const axe = async (name: string) => {
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
    const v = await page.evaluate(async (rules) => {
      const w = window as unknown as { axe: { getRules(): { ruleId: string }[]; run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown; html: string }[] }[] }> } };
      const known = new Set(w.axe.getRules().map((r) => r.ruleId));
      const r = await w.axe.run(document, { runOnly: { type: 'rule', values: rules.filter((x) => known.has(x)) }, resultTypes: ['violations'] });
      return r.violations.map((x) => ({ id: x.id, nodes: x.nodes.slice(0, 4).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) }));
    }, AXE_RULES);
    if (v.length) violations[name] = v;
  };
  const noSidewaysScroll = async () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  const signIn = async (login: string, password: string) => {
    await page.getByTestId('login-open').click();
    await page.getByTestId('login-name').fill(login);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('signed-in-as').waitFor();
  };

  /** The menu's link to the administration page: shown, or folded into the "…" submenu when the header is full. */
  const openFromMenu = async () => {
    const rest = page.locator('.shell-nav > li.ant-menu-overflow-item-rest');
    const folded = await rest.evaluate((x) => getComputedStyle(x).display !== 'none' && getComputedStyle(x).opacity !== '0').catch(() => false);
    if (folded) {
      await rest.hover();
      const popup = page.locator('.ant-menu-submenu-popup:not(.ant-menu-submenu-hidden)');
      await popup.waitFor();
      if (await popup.locator('a[href="/admin"]').count()) return popup.locator('a[href="/admin"]').click();
      await page.mouse.move(5, 600);
    }
    await page.locator('.shell-nav a[href="/admin"]').click();
  };

  beforeAll(async () => {
    e = await startE2E();
    page = e.page;
  }, 240_000);
  afterAll(async () => e?.close());

  it('opens the administration page from the menu, for the administrator only', async () => {
    await page.goto(e.server.url + '/');
    await page.evaluate(() => localStorage.setItem('tiimdi.lang', 'ru'));
    await page.goto(e.server.url + '/admin');
    expect(await page.getByTestId('admin-refused').innerText()).toContain('только администратор');
    await signIn('admin', 'demo-admin-2018');
    await openFromMenu();
    await page.waitForURL(/\/admin$/);
    await page.getByTestId('campaign-list').waitFor();
    expect(await page.getByRole('tab').allInnerTexts()).toEqual(['Кампании', 'Органы', 'Госуслуги', 'Пользователи', 'Календарь', 'Журнал аудита']);
    expect(await page.getByTestId('campaign-row-demo-2019').innerText()).toBe('demo-2019');
  });

  it('adds a body to the register; the same code again is refused at the field in Russian', async () => {
    await page.getByTestId('admin-tab-bodies').click();
    await page.getByTestId('bodies-table').waitFor();
    const add = async (check: boolean) => {
      await page.getByTestId('body-add').click();
      await page.getByTestId('body-id').fill(BODY);
      await page.getByTestId('body-name-kk').fill('E2E сынақ агенттігі');
      await page.getByTestId('body-name-ru').fill('Агентство E2E-проверки');
      await page.getByTestId('body-name-en').fill('E2E Test Agency');
      await page.getByTestId('body-region').fill('AST');
      if (check) await axe('body dialog');
      await page.getByTestId('body-save').click();
    };
    await add(true);
    await page.getByTestId('body-form').waitFor({ state: 'detached' });
    await page.getByTestId('bodies-search').fill('E2E');
    await page.getByTestId(`body-row-${BODY}`).waitFor();
    const row = await page.locator('tr', { has: page.getByTestId(`body-row-${BODY}`) }).innerText();
    expect(row).toContain('Агентство E2E-проверки');
    expect(row).toContain('центральный');
    expect(row).toContain('AST');

    await add(false);
    const field = page.locator('.ant-form-item', { has: page.getByTestId('body-id') });
    await field.locator('.ant-form-item-explain-error').waitFor();
    expect(await field.locator('.ant-form-item-explain-error').innerText()).toBe(`Орган с таким кодом уже существует: «${BODY}»`);
    expect(await page.getByTestId('body-error').innerText()).toContain('В данных есть ошибки');
    await page.waitForTimeout(300);
    await shot('40-admin-body-refused-ru');
    await page.getByRole('button', { name: 'Отмена' }).click();
    await page.getByTestId('body-form').waitFor({ state: 'detached' });

    // A change: the English name, through the row's edit button (PATCH sends only what changed).
    await page.getByTestId(`body-edit-${BODY}`).click();
    await page.getByTestId('body-name-en').fill('E2E Verification Agency');
    await page.getByTestId('body-save').click();
    await page.getByTestId('body-form').waitFor({ state: 'detached' });

    // The register as the service keeps it.
    const b = (await (await page.request.get(`${e.server.url}/api/bodies/${BODY}`)).json()) as { name: { kk: string }; kind: string; region: string; level: string };
    expect(b).toMatchObject({ name: { kk: 'E2E сынақ агенттігі', en: 'E2E Verification Agency' }, kind: 'central', level: 'republic', region: 'AST' });
  });

  it('adds a body officer of the new body', async () => {
    await page.getByTestId('admin-tab-users').click();
    await page.getByTestId('users-table').waitFor();
    await page.getByTestId('user-add').click();
    await page.getByTestId('user-login').fill(OFFICER.login);
    await page.getByTestId('user-password').fill(OFFICER.password);
    await page.getByTestId('user-name').fill('Сотрудник агентства E2E');
    await choose('user-role', 'Сотрудник государственного');
    await choose('user-bodies', BODY);
    await axe('user dialog');
    await page.getByTestId('user-save').click();
    await page.getByTestId('user-form').waitFor({ state: 'detached' });
    const row = await page.locator('tr', { has: page.getByTestId(`user-row-${OFFICER.login}`) }).innerText();
    expect(row).toContain('Сотрудник государственного органа');
    expect(row).toContain(BODY);

    // A change of the name; login and role stay, an empty password keeps the password.
    await page.getByTestId(`user-edit-${OFFICER.login}`).click();
    expect(await page.getByTestId('user-login').isDisabled()).toBe(true);
    expect(await page.getByTestId('user-login').inputValue()).toBe(OFFICER.login);
    await page.getByTestId('user-name').fill('Главный специалист агентства E2E');
    await page.getByTestId('user-save').click();
    await page.getByTestId('user-form').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('tr', { has: page.getByTestId(`user-row-${OFFICER.login}`) }).innerText()).toContain('Главный специалист агентства E2E');
  });

  it('shows the users tab in Kazakh, at 1280 and 768 px', async () => {
    await page.getByTestId('lang-kk').click();
    await expect.poll(() => page.getByTestId('admin-tab-users').innerText()).toBe('Пайдаланушылар');
    const row = await page.locator('tr', { has: page.getByTestId(`user-row-${OFFICER.login}`) }).innerText();
    expect(row).toContain('Мемлекеттік орган қызметкері');
    expect(await page.getByRole('columnheader').allInnerTexts()).toEqual(expect.arrayContaining(['Аты-жөні', 'Рөлі', 'Қолжетімділік аясы', 'Белсенді']));
    expect(await noSidewaysScroll()).toBe(true);
    await shot('41-admin-users-1280-kk');
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.waitForTimeout(300);
    expect(await noSidewaysScroll()).toBe(true);
    await shot('41-admin-users-768-kk');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByTestId('lang-ru').click();
    await expect.poll(() => page.getByTestId('admin-tab-users').innerText()).toBe('Пользователи');
  });

  it('adds a public service the new body provides, in English', async () => {
    await page.getByTestId('lang-en').click();
    await page.getByTestId('admin-tab-services').click();
    await page.getByTestId('services-table').waitFor();
    expect(await page.getByRole('tab').allInnerTexts()).toEqual(['Campaigns', 'Bodies', 'Public services', 'Users', 'Calendar', 'Audit log']);
    await page.getByTestId('service-add').click();
    await page.getByTestId('service-code').fill('900777');
    await page.getByTestId('service-name-kk').fill('SYNTHETIC: E2E сынақ қызметі');
    await page.getByTestId('service-name-ru').fill('SYNTHETIC: Услуга E2E-проверки');
    await choose('service-providers', BODY);
    await axe('service dialog');
    await page.getByTestId('service-save').click();
    await page.getByTestId('service-form').waitFor({ state: 'detached' });
    const row = await page.locator('tr', { hasText: '900777' }).innerText();
    expect(row).toContain(BODY);
    expect(row).toContain('e-government portal');
    expect(row).toContain('fully automated');
    await shot('47-admin-services-en');
    await page.getByTestId('lang-ru').click();
    await expect.poll(() => page.getByTestId('admin-tab-services').innerText()).toBe('Госуслуги');
  });

  it('declares an extra day off in 2026: the working days count drops by one', async () => {
    await page.getByTestId('admin-tab-calendar').click();
    await page.getByTestId('calendar-year').fill('2026');
    await page.getByTestId('calendar-holidays').getByText('Наурыз мейрамы').first().waitFor();
    const before = Number(await page.getByTestId('calendar-count').innerText());
    await axe('calendar');
    expect(before).toBeGreaterThan(240);
    await page.getByTestId('calendar-off-input').fill(EXTRA_OFF);
    await page.getByTestId('calendar-off-add').click();
    expect(await page.getByTestId('calendar-off-list').innerText()).toContain(EXTRA_OFF);
    await page.getByTestId('calendar-save').click();
    await expect.poll(async () => Number(await page.getByTestId('calendar-count').innerText())).toBe(before - 1);
    expect(await page.getByTestId('calendar-days-off').innerText()).toContain(EXTRA_OFF);
    await page.getByTestId('calendar-off-list').scrollIntoViewIfNeeded();
    await shot('42-admin-calendar-ru');
    const y = (await (await page.request.get(`${e.server.url}/api/calendar/2026`)).json()) as { transferredDaysOff: string[]; workingDaysCount: number };
    expect(y.transferredDaysOff).toEqual([EXTRA_OFF]);
    expect(y.workingDaysCount).toBe(before - 1);
  });

  it('creates a campaign with the new body and a schedule; a duplicate code is refused at its field in Russian', async () => {
    await page.getByTestId('admin-tab-campaigns').click();
    await page.getByTestId('campaign-new-open').click();
    await page.getByTestId('campaign-code').fill('demo-2019'); // the demo's own campaign: refused
    await page.getByTestId('campaign-title-kk').fill('E2E науқаны 2026');
    await page.getByTestId('campaign-title-ru').fill('Кампания E2E 2026');
    await page.getByTestId('campaign-title-en').fill('E2E campaign 2026');
    await page.getByTestId('campaign-from').fill('2026-01-01');
    await page.getByTestId('campaign-to').fill('2026-05-29');
    // The editions in force on the end of the period are filled in.
    await expect.poll(() => page.getByTestId('campaign-editions').innerText()).toContain('kz-2021-operational');
    await choose('campaign-bodies', BODY);
    await page.getByTestId('campaign-fill-schedule').click();
    await page.getByTestId('schedule-due-0').waitFor();
    const rows = await page.getByTestId('campaign-schedule').locator('tbody tr.ant-table-row').count();
    expect(rows).toBeGreaterThan(0);
    // 15 working days after Friday 29 May 2026 on the service's calendar, the new day off (5 June) skipped.
    expect(await page.getByTestId('schedule-due-0').inputValue()).toBe('2026-06-22');
    await axe('new campaign');
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.waitForTimeout(300);
    expect(await noSidewaysScroll()).toBe(true);
    await shot('43-admin-campaign-form-768-ru');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByTestId('campaign-submit').click();
    const code = page.locator('.ant-form-item', { has: page.getByTestId('campaign-code') });
    await code.locator('.ant-form-item-explain-error').waitFor();
    expect(await code.locator('.ant-form-item-explain-error').innerText()).toBe('Кампания с таким кодом уже существует: «demo-2019»');
    await page.getByTestId('campaign-code').scrollIntoViewIfNeeded();
    await shot('44-admin-campaign-refused-ru');

    await page.getByTestId('campaign-code').fill(CODE);
    await page.getByTestId('campaign-submit').click();
    await page.getByTestId(`campaign-row-${CODE}`).waitFor();
    await page.locator('tr', { has: page.getByTestId(`campaign-row-${CODE}`) }).getByRole('button').first().click(); // expand: bodies and schedule
    const detail = page.getByTestId(`campaign-detail-${CODE}`);
    await detail.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await detail.innerText()).toContain(BODY);
    expect(await detail.innerText()).toContain('2026-06-22');
    await shot('45-admin-campaign-created-ru');

    // As the service stored it.
    const list = (await (await page.request.get(`${e.server.url}/api/campaigns`)).json()) as { id: number; code: string }[];
    const id = list.find((c) => c.code === CODE)!.id;
    const c = (await (await page.request.get(`${e.server.url}/api/campaigns/${id}`)).json()) as { editions: string[]; bodies: { id: string }[]; schedule: { submitter: string; assessingBody: string; due: string }[]; asOf: string };
    expect(c.bodies.map((b) => b.id)).toEqual([BODY]);
    expect(c.editions).toContain('kz-2021-operational');
    expect(c.asOf).toBe('2026-05-29');
    expect(c.schedule).toHaveLength(rows);
    expect(c.schedule.every((s) => s.submitter === 'body' && s.assessingBody === 'ACSA' && s.due === '2026-06-22')).toBe(true);
  });

  it('verifies the audit chain, which holds the changes just made', async () => {
    await page.getByTestId('admin-tab-audit').click();
    await page.getByTestId('audit-verify').click();
    expect(await page.getByTestId('audit-verdict').innerText()).toMatch(/Цепочка цела: записей \d+/);
    const table = await page.getByTestId('audit-table').innerText();
    for (const action of ['campaign.create', 'calendar.set', 'user.create', 'user.update', 'service.create', 'body.create', 'body.update']) expect(table).toContain(action);
  });

  it('lets the new officer sign in and open the new campaign\'s form to fill in', async () => {
    await page.getByTestId('logout').click();
    await page.getByTestId('login-open').waitFor();
    await signIn(OFFICER.login, OFFICER.password);
    expect(await page.locator('.shell-nav a[href="/admin"]').count()).toBe(0);
    await page.getByTestId(`campaign-${CODE}`).waitFor();
    expect(await page.getByTestId(`campaign-${CODE}`).innerText()).toContain('Кампания E2E 2026');
    await page.getByTestId(`open-entry-${CODE}`).click();
    await page.waitForURL(new RegExp(`/entry/${BODY.replace('.', '\\.')}$`));
    await page.getByTestId('entry-form').waitFor();
    expect(await page.locator('#entry-body').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').innerText()).toContain('Агентство E2E-проверки');
    expect(await page.getByTestId('entry-form-select').innerText()).toMatch(/\S/);
    expect(await page.locator('main').innerText()).toContain('2026-06-22');
    await shot('46-officer-new-campaign-ru');
  });

  it('found no axe label/name/ARIA/keyboard violations on the tabs and dialogs', () => {
    expect(violations).toEqual({});
  });

  it('raised no script errors in the page', () => {
    expect(e.errors).toEqual([]);
  });
});
