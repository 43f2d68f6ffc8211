// Page-load figures for docs/benchmarks.md: signs in as the mayor and opens each page several
// times in Debian's Chromium, printing the median time to the page's first heading and to
// network idle, and the JavaScript transferred. Usage (with `pnpm start` running):
//   node packages/dashboard/scripts/page-load.mjs http://localhost:4000 [runs]
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:4000';
const runs = Number(process.argv[3] ?? 5);
const PAGES = ['/', '/kemiskinan', '/kemiskinan-ekstrem', '/anggaran', '/program', '/prioritas', '/tindak-lanjut', '/laporan'];
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'id-ID' });
const login = await context.newPage();
await login.goto(`${base}/masuk`);
await login.getByLabel(/Nama pengguna/i).fill('walikota');
await login.getByLabel(/Kata sandi/i).fill('pantau-demo');
await login.getByRole('button', { name: /Masuk/ }).click();
await login.waitForURL((u) => !u.pathname.startsWith('/masuk'));
await login.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`| page | first heading (median of ${runs}) | network idle | JS transferred |`);
console.log('|---|--:|--:|--:|');
for (const path of PAGES) {
  const heading = [];
  const idle = [];
  let js = 0;
  for (let i = 0; i < runs; i++) {
    // A fresh page with the HTTP cache disabled: every load fetches its JS, as a first visit does.
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // Header reads are asynchronous: keep each one and add them up once the page is idle.
    const sizes = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) sizes.push(r.headerValue('content-length').then((v) => Number(v ?? 0)));
    });
    const start = Date.now();
    await page.goto(`${base}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    heading.push(Date.now() - start);
    await page.waitForLoadState('networkidle');
    idle.push(Date.now() - start);
    js = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    await page.close();
  }
  console.log(`| \`${path}\` | ${median(heading)} ms | ${median(idle)} ms | ${Math.round(js / 1024)} KB |`);
}
await browser.close();
