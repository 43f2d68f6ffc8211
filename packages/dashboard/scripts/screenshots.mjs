// Screenshots of every page at the sizes Pantau is used at, to look at before calling a layout
// done (issue 8): 1920×1080 and 1366×768 (projectors, laptops), 390×844 (a phone, the whole
// page), and the rakor slides at 1024×768 (an old projector). Usage, with `pnpm start` running:
//   node packages/dashboard/scripts/screenshots.mjs http://127.0.0.1:4000 [out-dir] [page-filter]
// Files: <out-dir>/<user>-<page>-<w>x<h>.png (default out-dir: packages/dashboard/e2e-output/pages).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:4000';
const out = resolve(process.argv[3] ?? join(import.meta.dirname, '../e2e-output/pages'));
const only = process.argv[4] ? new RegExp(process.argv[4]) : null;
const PASSWORD = 'pantau-demo';
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
];
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Who looks at which pages: each role's own pages, as the navigation offers them. */
const VISITS = [
  {
    user: 'walikota',
    pages: ['/', '/kemiskinan', '/kemiskinan-ekstrem', '/anggaran', '/program', '/prioritas', '/tindak-lanjut', '/rapat-koordinasi'],
  },
  { user: 'admin', pages: ['/rumah-tangga', '/laporan', '/impor', '/pengaturan', '/audit'] },
  { user: 'kelurahan', pages: ['/'] },
  { user: 'dinsos', pages: ['/laporan'] },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });

async function signIn(user) {
  const context = await browser.newContext({ viewport: SIZES[0], locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const page = await context.newPage();
  await page.goto(`${base}/masuk`);
  await page.getByLabel('Nama pengguna').fill(user);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/masuk'));
  return { context, page };
}

async function settle(page) {
  await page
    .waitForFunction(() => !document.querySelector('.skeleton, [aria-busy="true"], .chart__placeholder'), null, { timeout: 20_000 })
    .catch(() => {});
  await page.waitForTimeout(400);
}

const slug = (path) => (path === '/' ? 'ringkasan' : path.replace(/^\//, '').replace(/\//g, '-'));

for (const { user, pages } of VISITS) {
  const { context, page } = await signIn(user);
  for (const path of pages) {
    if (only && !only.test(path)) continue;
    await page.goto(`${base}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await settle(page);
      const file = join(out, `${user}-${slug(path)}-${size.width}x${size.height}.png`);
      await page.screenshot({ path: file });
      console.log(file);
      // A phone scrolls: the whole page too.
      if (size.width < 500) await page.screenshot({ path: file.replace(/\.png$/, '-full.png'), fullPage: true });
    }
  }
  await context.close();
}

// The deck on a 1024×768 projector: every slide, as the room sees it.
if (!only || only.test('/rakor')) {
  const { context, page } = await signIn('walikota');
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${base}/rakor`);
  await page.getByRole('button', { name: 'Mulai presentasi' }).click();
  await page.locator('.slide').waitFor();
  const total = Number((await page.locator('.rakor__counter').textContent())?.split('/').pop()?.trim() ?? 1);
  for (let i = 1; i <= total; i++) {
    await settle(page);
    const file = join(out, `walikota-rakor-${String(i).padStart(2, '0')}-1024x768.png`);
    await page.screenshot({ path: file });
    console.log(file);
    await page.keyboard.press('ArrowRight');
  }
  await context.close();
}
await browser.close();
