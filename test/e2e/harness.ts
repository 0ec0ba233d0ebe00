// End-to-end harness: the real service (PGlite in a temp folder, demo seeded) on a free port,
// serving the built web app, driven by Debian's Chromium through playwright-core. No browser is
// ever downloaded: without /usr/bin/chromium the suite is skipped locally and fails in CI.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/index.js';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SHOTS = join(ROOT, 'test/e2e/screenshots');

/** Run the suite when Chromium is there; in CI its absence is a failure, not a skip. */
export const haveChromium = existsSync(CHROMIUM);
export const skipReason = !haveChromium && !process.env.CI ? `e2e skipped: ${CHROMIUM} is absent (apt-get install -y chromium); CI is not set` : null;

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Build web/dist when it is missing or older than the sources (CI starts without it). */
export function ensureWebBuild(): void {
  const index = join(ROOT, 'web/dist/index.html');
  const src = Math.max(newest(join(ROOT, 'web/src')), statSync(join(ROOT, 'web/index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= src) return;
  // NODE_ENV=production explicitly: vitest sets NODE_ENV=test, which Vite would keep, bundling
  // React's development build (larger, slower) instead of what users get.
  // Several e2e files may start at once: flock(1) lets one build while the others wait, and the
  // waiting ones then build again only if the sources are still newer (a cheap no-op otherwise).
  const build = `[ -f web/dist/index.html ] && [ -z "$(find web/src web/index.html -newer web/dist/index.html -print -quit)" ] || "${process.execPath}" node_modules/vite/bin/vite.js build web --logLevel warn`;
  execFileSync('flock', [join(tmpdir(), 'tiimdi-web-build.lock'), 'sh', '-c', build], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

export interface E2E {
  server: RunningServer;
  /** One persistent context on a fresh profile folder; clearCookies() makes it anonymous again. */
  browser: BrowserContext;
  /** The context's first page, with a 20 s default timeout; its script errors go to `errors`. */
  page: Page;
  /** Script errors of every page, each with the address it happened on. */
  errors: string[];
  dataDir: string;
  profileDir: string;
  close(): Promise<void>;
}

/** `now`: the service's clock (the demo is seeded at the real time; a later clock makes windows close). */
export async function startE2E(o: { now?: () => Date } = {}): Promise<E2E> {
  ensureWebBuild();
  mkdirSync(SHOTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'tiimdi-e2e-data-'));
  const profileDir = mkdtempSync(join(tmpdir(), 'tiimdi-e2e-profile-'));
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, databaseUrl: '', demo: true, quiet: true, now: o.now });
  const browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    locale: 'ru-RU',
  });
  const errors: string[] = [];
  const watch = (p: Page) => p.on('pageerror', (err) => errors.push(`${p.url()}: ${err.message}`));
  const page = browser.pages()[0] ?? (await browser.newPage());
  watch(page);
  browser.on('page', watch);
  page.setDefaultTimeout(20_000);
  return {
    server,
    browser,
    page,
    errors,
    dataDir,
    profileDir,
    close: async () => {
      await browser.close().catch(() => undefined);
      await server.close().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
