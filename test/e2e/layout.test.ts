// Layout, accessibility and language end to end: the header holds on one row at 1280, 1024 and
// 768 px for every role and language; no page overflows horizontally at 1280 or 768 px (wide
// tables scroll inside their own container); axe-core (injected from node_modules, no network)
// finds no label/name/ARIA/keyboard violations; a data-entry form is filled and submitted with the
// keyboard alone, with the focus visible; and in Kazakh the pages show no Latin-only words beyond
// a short allowlist of ids, codes and names. Screenshots go to test/e2e/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, skipReason, startE2E, type E2E } from './harness.js';

if (skipReason) console.warn(skipReason);

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The axe rules run: those about labels and accessible names of controls, links, buttons, dialogs
 * and images; valid ARIA (roles, attributes, values, hidden focusable content); keyboard reach
 * (tabindex, scrollable regions, nested interactive controls); ids referenced by ARIA; the page's
 * language. Left out: colour contrast (antd's palette, not this forms), landmarks/regions
 * and heading order (best practices about page structure rather than forms).
 */
const RULES = [
  'label',
  'label-title-only',
  'form-field-multiple-labels',
  'button-name',
  'link-name',
  'select-name',
  'input-button-name',
  'input-image-alt',
  'image-alt',
  'role-img-alt',
  'svg-img-alt',
  'nested-interactive',
  'duplicate-id-aria',
  'aria-allowed-attr',
  'aria-allowed-role',
  'aria-command-name',
  'aria-dialog-name',
  'aria-hidden-body',
  'aria-hidden-focus',
  'aria-input-field-name',
  'aria-prohibited-attr',
  'aria-required-attr',
  'aria-required-children',
  'aria-required-parent',
  'aria-roles',
  'aria-toggle-field-name',
  'aria-tooltip-name',
  'aria-valid-attr',
  'aria-valid-attr-value',
  'aria-progressbar-name',
  'tabindex',
  'scrollable-region-focusable',
  'frame-focusable-content',
  'accesskeys',
  'html-has-lang',
  'html-lang-valid',
  'valid-lang',
];

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[]; html: string }[];
}

const ROLES = {
  admin: 'demo-admin-2018',
  methodologist: 'demo-method-2018',
  evaluator: 'demo-evaluator-2018',
  officer: 'demo-officer-2018',
  commission: 'demo-commission-2018',
  inspector: 'demo-inspector-2018',
  public: 'demo-public-2018',
} as const;
type Login = keyof typeof ROLES;

/** The pages each role reaches from its navigation and campaign cards (campaign 1 = demo-2018, 2 = demo-2019). */
const PAGES: Record<Login, string[]> = {
  admin: ['/', '/public', '/admin', '/methodology/kz-2017-interaction', '/risk', '/campaigns/1/scorecard/MOJ', '/campaigns/1/rankings', '/campaigns/1/what-if', '/campaigns/2/dashboard', '/campaigns/2/entry', '/campaigns/1/workflow/MOJ'],
  methodologist: ['/', '/methodology/kz-2017-interaction', '/risk', '/campaigns/1/scorecard/MOJ', '/campaigns/1/rankings', '/campaigns/1/what-if', '/campaigns/2/dashboard'],
  evaluator: ['/', '/methodology/kz-2017-interaction', '/campaigns/1/scorecard/MOJ', '/campaigns/1/rankings', '/campaigns/2/dashboard', '/campaigns/1/workflow/MOJ'],
  officer: ['/', '/methodology/kz-2017-interaction', '/campaigns/1/scorecard/MOJ', '/campaigns/2/entry', '/campaigns/1/workflow/MOJ'],
  commission: ['/', '/risk', '/campaigns/1/scorecard/MOJ', '/campaigns/1/rankings', '/campaigns/1/workflow/MOJ'],
  inspector: ['/', '/public', '/risk'],
  public: ['/', '/public', '/methodology/kz-2017-interaction'],
};

/** Pages whose files belong to other work in progress: measured and reported, not asserted here. */
const NOT_OURS = [/^\/risk/, /\/workflow\//, /^\/methodology/];
const ours = (path: string) => !NOT_OURS.some((r) => r.test(path));

/**
 * Latin words allowed on a Kazakh page: the brand, file formats and the product name users know
 * them by. Anything with a digit, a dot, an underscore or a hyphen is an id or code (K1, D1.K2,
 * App1, v1, kz-2017-interaction, unreliable_facts_d1) and so are short all-capital ids (MOJ, MIA).
 */
/** Names of things that have no other name (a link checker named in App 14). */
const LATIN_PHRASES = ['Xenu Link Sleuth', 'Google Play'];
const LATIN_ALLOWED = new Set([
  ...['tiimdi', 'Excel', 'CSV', 'DOCX', 'PDF', 'XLSX', 'xlsx', 'App', 'max', 'min'],
  // proper names the acts themselves write in Latin: the egov portal, app stores, a search engine, a URL scheme
  ...['egov', 'AppStore', 'PlayMarket', 'Google', 'http', 'https'],
]);
/** Ids and codes, and one-letter variables of the formulas in readings' options («max(0, k − Z1 + d)»). */
const isCode = (w: string) => /[\d._-]/.test(w) || /^[A-Z]{1,5}$/.test(w) || w.length === 1;

describe.skipIf(skipReason !== null)('layout, accessibility and languages (Chromium)', () => {
  let e: E2E;
  let page: Page;
  const headerShot = (name: string) => page.locator('header').screenshot({ path: join(SHOTS, `${name}.png`) });
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

  const signIn = async (login: Login) => {
    await page.goto(e.server.url + '/');
    await page.waitForLoadState('networkidle'); // /api/me has answered: the header shows who is signed in
    if (await page.getByTestId('logout').count()) {
      await page.getByTestId('logout').click();
      await page.getByTestId('login-open').waitFor();
    }
    await page.getByTestId('login-open').click();
    await page.getByTestId('login-name').fill(login);
    await page.getByTestId('login-password').fill(ROLES[login]);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('signed-in-as').waitFor();
  };
  const setLang = async (l: 'kk' | 'ru' | 'en') => {
    await page.getByTestId(`lang-${l}`).click();
    await page.waitForFunction((x) => document.documentElement.lang === x, l);
  };
  /** Open a page and wait until its data has arrived and the spinners are gone. */
  const open = async (path: string) => {
    await page.goto(e.server.url + path);
    await page.waitForLoadState('networkidle');
    await page.locator('main .ant-spin-spinning, main [role=status]').first().waitFor({ state: 'detached', timeout: 60_000 }).catch(() => undefined);
    await page.waitForTimeout(250);
  };
  /** How far the document is wider than the window, and the widest offenders when it is. */
  const overflow = () =>
    page.evaluate(() => {
      const cw = document.documentElement.clientWidth;
      const sw = document.documentElement.scrollWidth;
      const culprits =
        sw <= cw
          ? []
          : [...document.querySelectorAll('body *')]
              .filter((el) => el.getBoundingClientRect().right > cw + 1)
              .slice(0, 6)
              .map((el) => `${el.tagName.toLowerCase()}.${String((el as HTMLElement).className).slice(0, 60)} →${Math.round(el.getBoundingClientRect().right)}`);
      // Controls sticking out of their card (the page may still fit: the card next to it is covered).
      const clippedBy = (el: Element, card: Element) => {
        for (let p = el.parentElement; p && p !== card; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') return true;
        return false;
      };
      const outOfCard = [...document.querySelectorAll('main .ant-card')].flatMap((card) => {
        const r = card.getBoundingClientRect();
        return [...card.querySelectorAll('a, button, label, input, .ant-tag, .ant-select')]
          .filter((el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > r.right + 1 && !clippedBy(el, card))
          .map((el) => `${el.tagName.toLowerCase()} «${(el as HTMLElement).innerText?.slice(0, 40) ?? ''}» out of its card by ${Math.round(el.getBoundingClientRect().right - r.right)} px`);
      });
      return { cw, sw, culprits, outOfCard };
    });
  /** The header on one row: its height, and every part of it inside the window. */
  const header = () =>
    page.evaluate(() => {
      const h = document.querySelector('header')!;
      const cw = document.documentElement.clientWidth;
      const parts = ['.shell-brand', '.shell-navbox', '.shell-tools', '[data-testid=signed-in-as]', '[data-testid=logout]', '[data-testid=login-open]'];
      const out = parts
        .map((s) => [s, h.querySelector(s)?.getBoundingClientRect()] as const)
        .filter(([, r]) => r && (r.right > cw + 0.5 || r.left < -0.5 || r.bottom > h.getBoundingClientRect().bottom + 0.5))
        .map(([s]) => s);
      return { height: h.getBoundingClientRect().height, scroll: h.scrollWidth - h.clientWidth, outside: out };
    });
  const axe = async (exclude: string[] = []): Promise<Violation[]> => {
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
    return page.evaluate(
      async ({ rules, exclude }) => {
        const w = window as unknown as { axe: { getRules(): { ruleId: string }[]; run(ctx: unknown, o: unknown): Promise<{ violations: Violation[] }> } };
        const known = new Set(w.axe.getRules().map((r) => r.ruleId));
        const r = await w.axe.run({ exclude: exclude.map((s) => [s]) }, { runOnly: { type: 'rule', values: rules.filter((x) => known.has(x)) }, resultTypes: ['violations'] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 4).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) }));
      },
      { rules: RULES, exclude },
    );
  };

  beforeAll(async () => {
    e = await startE2E();
    page = e.page;
  }, 240_000);
  afterAll(async () => e?.close());

  it('keeps the header on one row at 1280, 1024 and 768 px for every role in kk, ru and en', async () => {
    const problems: string[] = [];
    const check = async (who: string) => {
      for (const width of [1280, 1024, 768]) {
        await page.setViewportSize({ width, height: 900 });
        for (const l of ['en', 'ru', 'kk'] as const) {
          await setLang(l);
          await page.waitForTimeout(150); // the menu measures its items after a resize
          const h = await header();
          if (h.height > 72 || h.scroll > 0 || h.outside.length) problems.push(`${who} ${width}px ${l}: height ${h.height}, scroll ${h.scroll}, outside ${h.outside.join(' ')}`);
          // Nothing of the navigation is lost: every item is shown or behind the "…" submenu.
          const visible = await page.locator('.shell-nav > li.ant-menu-item:not(.ant-menu-overflow-item-rest)').evaluateAll((els) => els.filter((x) => (x as HTMLElement).offsetParent !== null && getComputedStyle(x).opacity !== '0').length);
          const folded = await page.locator('.shell-nav > li.ant-menu-overflow-item-rest').evaluateAll((els) => els.filter((x) => getComputedStyle(x).display !== 'none' && getComputedStyle(x).opacity !== '0').length);
          if (visible === 0 && folded === 0) problems.push(`${who} ${width}px ${l}: no navigation visible`);
        }
        await headerShot(`20-header-${who}-${width}-kk`);
      }
    };
    await page.goto(e.server.url + '/');
    await check('anonymous');
    for (const login of Object.keys(ROLES) as Login[]) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await signIn(login);
      await check(login);
    }
    // A long login with a long role name (the defect this guards against: the header folded).
    const LONG = 'commission-member.almaty-region-2018';
    await signIn('admin');
    const created = await page.evaluate(
      async (login) => (await fetch('/api/users', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, displayName: 'Synthetic long name', password: 'long-login-password-2018', role: 'commission' }) })).status,
      LONG,
    );
    expect(created).toBe(201);
    await page.getByTestId('logout').click();
    await page.getByTestId('login-open').click();
    await page.getByTestId('login-name').fill(LONG);
    await page.getByTestId('login-password').fill('long-login-password-2018');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('signed-in-as').waitFor();
    await check('long-login');
    expect(problems).toEqual([]);
    // The account label truncates at tablet width; its full text is in the tooltip (on focus too) and the name.
    await page.setViewportSize({ width: 768, height: 900 });
    await setLang('kk');
    const label = page.getByTestId('signed-in-as');
    expect(await label.evaluate((x) => x.scrollWidth > x.clientWidth)).toBe(true); // truncated
    expect(await label.getAttribute('aria-label')).toBe(`${LONG} (комиссия мүшесі) ретінде кірдіңіз`);
    await label.focus();
    await page.locator('.ant-tooltip').filter({ hasText: LONG }).waitFor();
    await page.waitForTimeout(300);
    await shot('21-header-tooltip-768-kk');
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 400_000);

  it('folds the menu into "…" at tablet width and the folded items stay reachable', async () => {
    await signIn('admin');
    await page.setViewportSize({ width: 768, height: 900 });
    await setLang('ru');
    await page.waitForTimeout(200);
    const rest = page.locator('.shell-nav > li.ant-menu-overflow-item-rest');
    expect(await rest.evaluate((x) => getComputedStyle(x).display !== 'none' && getComputedStyle(x).opacity !== '0')).toBe(true);
    await rest.hover();
    const popup = page.locator('.ant-menu-submenu-popup:not(.ant-menu-submenu-hidden)');
    await popup.waitFor();
    await page.waitForTimeout(400); // the popup's fade-in
    const folded = await popup.innerText();
    const shown = await page.locator('.shell-nav > li.ant-menu-item').evaluateAll((els) => els.filter((x) => (x as HTMLElement).offsetParent !== null && getComputedStyle(x).opacity !== '0').map((x) => (x as HTMLElement).innerText));
    // The four items of the administrator, shown or folded.
    for (const s of ['Кампании', 'Опубликованные результаты', 'Методика', 'Контроль рисков'])
      expect(`${shown.join(' ')} ${folded}`, s).toContain(s);
    await shot('22-menu-folded-768-ru');
    await page.mouse.move(5, 600);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('has no horizontal overflow on any page of any role at 1280 and 768 px', async () => {
    const failures: string[] = [];
    const othersReport: string[] = [];
    for (const login of Object.keys(ROLES) as Login[]) {
      await signIn(login);
      await setLang('kk');
      for (const path of PAGES[login]) {
        for (const width of [1280, 768]) {
          await page.setViewportSize({ width, height: 900 });
          await open(path);
          const o = await overflow();
          if (login === 'admin' && width === 768 && ours(path)) await shot(`26-admin${path.replace(/\//g, '_')}-768-kk`);
          if (o.sw > o.cw) (ours(path) ? failures : othersReport).push(`${login} ${path} @${width}: ${o.sw} > ${o.cw} ${o.culprits.join(', ')}`);
          if (o.outOfCard.length) (ours(path) ? failures : othersReport).push(`${login} ${path} @${width}: ${o.outOfCard.join('; ')}`);
        }
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    if (othersReport.length) console.warn(`overflow on pages outside this test's files:\n${othersReport.join('\n')}`);
    expect(failures).toEqual([]);
  }, 600_000);

  it('finds no axe label/name/ARIA/keyboard violations on the pages', async () => {
    const found: Record<string, Violation[]> = {};
    const others: Record<string, Violation[]> = {};
    const record = (name: string, v: Violation[], mine = true) => {
      if (v.length) (mine ? found : others)[name] = v;
    };
    // Public page, anonymous, and the sign-in dialog.
    await open('/');
    if (await page.getByTestId('logout').count()) await page.getByTestId('logout').click();
    await page.getByTestId('login-open').waitFor();
    await open('/public');
    // The check itself: an unlabelled input and a nameless button are found.
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<div id="axe-probe"><input type="text"><button type="button"></button></div>'));
    expect((await axe()).map((v) => v.id).sort()).toEqual(['button-name', 'label']);
    await page.evaluate(() => document.getElementById('axe-probe')!.remove());
    record('public', await axe());
    await page.getByTestId('login-open').click();
    await page.getByTestId('login-name').waitFor();
    await page.waitForTimeout(300);
    record('login dialog', await axe());
    await page.keyboard.press('Escape');
    await signIn('admin');
    await open('/');
    record('home', await axe());
    await open('/campaigns/2/dashboard');
    await page.getByTestId('dashboard-table').locator('tbody tr.ant-table-row').first().waitFor();
    record('dashboard', await axe());
    await open('/campaigns/2/entry/MOJ');
    await page.getByTestId('entry-form').waitFor();
    record('data entry', await axe());
    // Forms with enum selects, units and list rows (each row a card with its own fields and buttons).
    for (const f of ['kz-2017-interaction:App14', 'kz-2017-interaction:App15T1', 'kz-2017-interaction:D1.deadlines']) {
      await page.evaluate((to) => (history.pushState(null, '', to), dispatchEvent(new PopStateEvent('popstate'))), `/campaigns/2/entry/MOJ/${encodeURIComponent(f)}`);
      await page.waitForLoadState('networkidle');
      await page.getByTestId('entry-form').waitFor();
      const add = page.getByTestId('entry-form').locator('.ant-card button:not([disabled])').filter({ hasNotText: /^$/ });
      if (await add.count()) await add.last().click(); // a list's "add a row": the row's fields are checked too
      await page.waitForTimeout(200);
      record(`data entry ${f}`, await axe());
    }
    await open('/campaigns/1/scorecard/MOJ');
    await page.getByTestId('score-D1.K2').click();
    await page.getByTestId('explanation').locator('.katex').first().waitFor();
    await page.waitForTimeout(400);
    // The drawer is the explanation's own file: its findings are reported separately.
    record('scorecard', await axe(['[data-testid=explanation]', '.ant-drawer']));
    record('explanation drawer', await axe(['main', 'header']), false);
    await page.keyboard.press('Escape');
    await open('/campaigns/1/rankings');
    await page.locator('canvas').first().waitFor();
    record('rankings', await axe());
    await open('/campaigns/1/what-if');
    await page.locator('#reading-D4').waitFor();
    record('what-if', await axe());
    await open('/methodology/kz-2017-interaction');
    record('methodology', await axe(), false);
    await open('/risk');
    record('risk', await axe(), false);
    await open('/campaigns/1/workflow/MOJ');
    record('workflow', await axe(), false);
    if (Object.keys(others).length) console.warn(`axe, pages outside this test's files:\n${JSON.stringify(others, null, 1)}`);
    expect(found).toEqual({});
  }, 300_000);

  it('fills in and submits a data-entry form with the keyboard alone, the focus visible', async () => {
    await signIn('officer');
    await setLang('en');
    await open('/campaigns/2/entry/MOJ');
    // Choose the form with the keyboard: focus the select, type, Enter.
    await page.locator('#entry-form').focus();
    await page.keyboard.type('App1 —');
    await page.keyboard.press('Enter');
    await page.locator('#unreliable_facts_d1').waitFor();
    await page.keyboard.press('Escape');
    // Tab from the form select into the form: each field takes the focus in order, with a visible ring.
    await page.locator('#entry-form').focus();
    const visited: string[] = [];
    const values: Record<string, string> = { unreliable_facts_d1: '1', unreliable_facts_d2: '0', unreliable_facts_d3: '2' };
    for (let i = 0; i < 40 && visited.length < 3; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.id ?? '');
      if (!(id in values) || visited.includes(id)) continue;
      visited.push(id);
      await page.waitForTimeout(300); // antd animates the field's border and outline
      const ring = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        // The ring is on the field's box (the input plus its unit), as app.css draws it.
        const box = a.closest('.ant-input-number, .ant-input-affix-wrapper, .ant-select') ?? a;
        const s = getComputedStyle(box);
        return { style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor };
      });
      expect(ring, `focus ring on ${id}`).toEqual({ style: 'solid', width: '2px', color: 'rgb(22, 119, 255)' });
      if (visited.length === 1) await shot('23-entry-keyboard-focus-en');
      await page.keyboard.type(values[id]!);
    }
    expect(visited).toEqual(['unreliable_facts_d1', 'unreliable_facts_d2', 'unreliable_facts_d3']);
    // On to the submit button by Tab, and Enter.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === 'entry-submit') break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('entry-submit');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await shot('24-entry-keyboard-submit-focus-en');
    await page.keyboard.press('Enter');
    await page.getByTestId('entry-status').filter({ hasText: 'submitted' }).waitFor();
    expect(await page.locator('#unreliable_facts_d1').inputValue()).toBe('1');
    expect(await page.locator('#unreliable_facts_d3').inputValue()).toBe('2');
  });

  it('shows no Latin-only words in Kazakh beyond ids, codes and the allowlist', async () => {
    const latin: Record<string, string[]> = {};
    // Left out of the scan: text marked as another language (the language switch's «Eng»), text
    // marked translate="no" (logins), field codes in <code>, KaTeX formulas, and the option codes in
    // antd's hidden listbox, whose aria-label (the translated label) is what is read out.
    const scan = async (name: string, scope = 'body') => {
      // The visible text, less field codes (<code>, shared with the spreadsheet templates) and formulas (KaTeX).
      const text = await page.locator(scope).evaluate((root) => {
        const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
          acceptNode: (n) => {
            const el = n.parentElement;
            if (!el || el.closest('code, .katex, script, style, .legal-ref, [aria-hidden=true], [translate=no], [lang]:not([lang=kk]), [role=option][aria-label]')) return NodeFilter.FILTER_REJECT;
            return el.checkVisibility() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
          },
        });
        const out: string[] = [];
        while (w.nextNode()) out.push(w.currentNode.textContent ?? '');
        return out;
      });
      const words = text.flatMap((t) => (LATIN_PHRASES.reduce((x, p) => x.replaceAll(p, ' '), t).match(/[A-Za-z][A-Za-z0-9._-]*/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w) && !isCode(w)).map((w) => `${w} in «${t.trim().slice(0, 80)}»`));
      // Legal references, in Kazakh since src/engine/ref-text.ts («26–32-тармақ · 2-қосымша · орталық 1»).
      const refs = await page.locator(`${scope} .legal-ref`).allInnerTexts();
      const refWords = refs.flatMap((t) => (t.match(/[A-Za-z][A-Za-z0-9._-]*/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w) && !isCode(w)).map((w) => `${w} in reference «${t.trim().slice(0, 80)}»`));
      if (words.length || refWords.length) latin[name] = [...new Set([...words, ...refWords])];
    };
    await signIn('officer');
    await setLang('kk');
    await open('/campaigns/2/entry/MOJ');
    await page.getByTestId('entry-form').waitFor();
    await scan('data entry App', 'main');
    // Every form the body fills in this campaign (labels, units, enum values, list rows).
    const forms = await page.evaluate(async () => {
      const c = (await (await fetch('/api/campaigns/2')).json()) as { schedule: { edition: string; form: string; submitter: string }[] };
      return c.schedule.filter((s) => s.submitter === 'body').map((s) => `${s.edition}:${s.form}`);
    });
    expect(forms.length).toBeGreaterThan(3);
    for (const f of forms) {
      // In-app navigation, as the form list does: a reload of a path whose last part has a dot
      // (kz-2017-interaction:D1.composite) gets the service's 404 (src/server/web-static.ts).
      await page.evaluate((to) => (history.pushState(null, '', to), dispatchEvent(new PopStateEvent('popstate'))), `/campaigns/2/entry/MOJ/${encodeURIComponent(f)}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(250);
      await page.locator('[data-testid=entry-form], main .ant-alert-error').first().waitFor();
      if (!(await page.getByTestId('entry-form').count())) {
        console.warn(`data entry ${f}: no form (${(await page.locator('main .ant-alert-error').innerText()).replace(/\s+/g, ' ')})`);
        continue;
      }
      // Open the enum selects' lists too: their options are what a user picks from.
      const selects = page.locator('[data-testid=entry-form] .ant-select');
      for (let i = 0; i < Math.min(await selects.count(), 3); i++) {
        await selects.nth(i).click();
        await page.waitForTimeout(300);
        await scan(`data entry ${f} options`, '.ant-select-dropdown:not(.ant-select-dropdown-hidden):not(.ant-slide-up-leave)');
        await page.keyboard.press('Escape');
        await page.waitForTimeout(300);
      }
      await scan(`data entry ${f}`, 'main');
    }
    await signIn('admin');
    await setLang('kk');
    for (const [name, path] of [
      ['home', '/'],
      ['dashboard', '/campaigns/2/dashboard'],
      ['scorecard', '/campaigns/1/scorecard/MOJ'],
      ['rankings', '/campaigns/1/rankings'],
      ['what-if', '/campaigns/1/what-if'],
      ['public', '/public'],
    ] as const) {
      await open(path);
      await scan(name);
    }
    await shot('25-public-kk');
    // The methodology page (amendment history, references) and the explanation drawer (readings,
    // branches, references; the edition's own English notes are marked lang=en).
    await open('/methodology/kz-2017-interaction');
    await scan('methodology', 'main');
    await shot('27-methodology-kk');
    await open('/campaigns/1/scorecard/MOJ');
    await page.getByTestId('score-D1.K2').click();
    await page.getByTestId('explanation').locator('.katex').first().waitFor();
    await scan('explanation drawer', '[data-testid=explanation]');
    await page.waitForTimeout(400); // the drawer slides in
    await shot('28-explanation-kk');
    await page.keyboard.press('Escape');
    // The pages of the other work in progress: reported, not asserted.
    const ownFindings = { ...latin };
    for (const k of Object.keys(latin)) delete latin[k];
    for (const [name, path] of [
      ['risk', '/risk'],
      ['workflow', '/campaigns/1/workflow/MOJ'],
    ] as const) {
      await open(path);
      await scan(name, 'main');
    }
    if (Object.keys(latin).length) console.warn(`Kazakh pages outside this test's files keep Latin words:\n${JSON.stringify(latin, null, 1)}`);
    expect(ownFindings).toEqual({});
  }, 180_000);

  it('raised no script errors in the page', () => {
    expect(e.errors).toEqual([]);
  });
});
