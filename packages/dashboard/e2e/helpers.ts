// What every browser spec needs: its own server on a fresh copy of the demo database (e2e/server.ts),
// one Chromium per file, a fresh context (own cookies) per page, logging in through the form as a
// person does, console errors collected and failing the test, and screenshots at projector and
// phone size in e2e-output/.
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { OUTPUT_DIR, type RunningServer, startServerOnCopy } from './server';

export { OUTPUT_DIR } from './server';
export const DEMO_PASSWORD = 'pantau-demo';

/** One demo user per role (packages/api/src/seed/demo.ts, DEMO_USERS). */
export const USERS = {
  ADMIN: 'admin',
  EXECUTIVE: 'walikota',
  CLUSTER_HEAD: 'klaster1',
  OPD_OPERATOR: 'dinsos',
  REGION_OPERATOR: 'kelurahan',
} as const;
export type Role = keyof typeof USERS;

export const DESKTOP = { width: 1920, height: 1080 } as const;
export const PHONE = { width: 390, height: 844 } as const;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

let server: RunningServer | undefined;

/** This spec file's server, e.g. http://127.0.0.1:40123 (no trailing slash). */
export function baseUrl(): string {
  if (!server) throw new Error('baseUrl(): call browserSession() first; its server is not up yet');
  return server.url;
}

interface Opened {
  context: BrowserContext;
  errors: string[];
  /** Errors a test causes on purpose (a cut network logs failed requests). */
  allowed: RegExp[];
}

const openedByPage = new WeakMap<Page, Opened>();

/** Lets console errors matching `pattern` pass on this page: for a test that breaks something on purpose. */
export function allowConsoleErrors(page: Page, pattern: RegExp): void {
  openedByPage.get(page)?.allowed.push(pattern);
}

/**
 * Registers the hooks of a spec file and returns its page makers. After each test, any console
 * error or uncaught exception on any page the test opened fails it.
 */
export function browserSession() {
  let browser: Browser | undefined;
  const opened: Opened[] = [];

  beforeAll(async () => {
    const spec = basename(expect.getState().testPath ?? 'spec', '.e2e.ts');
    server = await startServerOnCopy(inject('e2eTemplate'), spec);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    server = undefined;
  });
  afterEach(async () => {
    const errors = opened.flatMap((o) => o.errors.filter((e) => !o.allowed.some((p) => p.test(e))));
    for (const o of opened) await o.context.close();
    opened.length = 0;
    expect(errors, 'console errors in the browser').toEqual([]);
  });

  /** A blank page in its own context, at projector size, in Indonesian and WIB. */
  async function newPage(): Promise<Page> {
    if (!browser) throw new Error('browserSession(): the browser is not up yet');
    const context = await browser.newContext({
      viewport: DESKTOP,
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
      acceptDownloads: true,
      baseURL: baseUrl(),
    });
    const errors: string[] = [];
    const record: Opened = { context, errors, allowed: [] };
    opened.push(record);
    const page = await context.newPage();
    openedByPage.set(page, record);
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error on ${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`uncaught on ${page.url()}: ${error.message}`));
    return page;
  }

  /** Signs in through the form as `username` and waits for the page it lands on. */
  async function openPage(user: Role | string, path = '/masuk'): Promise<Page> {
    const username = user in USERS ? USERS[user as Role] : user;
    const page = await newPage();
    await page.goto(path);
    await login(page, username);
    await page.waitForURL((url) => !url.pathname.startsWith('/masuk'));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    return page;
  }

  return { newPage, openPage };
}

export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/** Waits until nothing on the page is loading: no skeletons, no busy regions, charts drawn. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('.skeleton, [aria-busy="true"], .chart__placeholder') && document.fonts.status === 'loaded',
  );
  // A viewport change resizes charts on the next animation frames.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(150);
}

/**
 * Screenshots of the page as it is, at 1920×1080 (the projector, the viewport only: what the room
 * sees) and 390×844 (a phone, the whole page), saved as e2e-output/<name>-<w>x<h>.png. The page
 * is left at projector size.
 */
export async function screenshots(page: Page, name: string): Promise<string[]> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const files: string[] = [];
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    await settle(page);
    const path = join(OUTPUT_DIR, `${name}-${size.width}x${size.height}.png`);
    await page.screenshot({ path, fullPage: size === PHONE });
    files.push(path);
  }
  await page.setViewportSize(DESKTOP);
  await settle(page);
  return files;
}
