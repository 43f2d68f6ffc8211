// Page-load figures for docs/benchmarks.md: signs in as the mayor and opens each page several
// times in Debian's Chromium, printing the median time to the page's first heading and to the
// page settled (no skeleton, nothing busy, charts drawn: a live page always holds its one
// server-sent-events request open, so "network idle" never comes), and the JavaScript
// transferred. Usage (with `pnpm start` running):
//   node packages/dashboard/scripts/page-load.mjs http://localhost:4000 [runs] [--chunks]
// --chunks also lists each page's JavaScript files with their bytes on the wire (what to split
// next when a page is over its budget; Ringkasan's first visit is budgeted at 200 KB, issue 8).
import { chromium } from 'playwright-core';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const listChunks = process.argv.includes('--chunks');
const base = args[0] ?? 'http://localhost:4000';
const runs = Number(args[1] ?? 5);
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
console.log(`| page | first heading (median of ${runs}) | page settled | JS transferred |`);
console.log('|---|--:|--:|--:|');
const chunksByPage = [];
for (const path of PAGES) {
  const heading = [];
  const idle = [];
  let js = 0;
  let files = [];
  for (let i = 0; i < runs; i++) {
    // A fresh page with the HTTP cache disabled: every load fetches its JS, as a first visit does.
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // Header reads are asynchronous: keep each one and add them up once the page is idle.
    const sizes = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js'))
        sizes.push(r.headerValue('content-length').then((v) => ({ file: new URL(r.url()).pathname, bytes: Number(v ?? 0) })));
    });
    const start = Date.now();
    await page.goto(`${base}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    heading.push(Date.now() - start);
    await page.waitForFunction(() => !document.querySelector('.skeleton, [aria-busy="true"], .chart__placeholder'), null, {
      polling: 50,
      timeout: 60_000,
    });
    idle.push(Date.now() - start);
    // Chunks a settled page asks for late (none expected): half a second to show up in the sum.
    await page.waitForTimeout(500);
    files = await Promise.all(sizes);
    js = files.reduce((a, b) => a + b.bytes, 0);
    await page.close();
  }
  console.log(`| \`${path}\` | ${median(heading)} ms | ${median(idle)} ms | ${Math.round(js / 1024)} KB |`);
  chunksByPage.push({ path, files });
}
if (listChunks) {
  for (const { path, files } of chunksByPage) {
    console.log(`\n${path}`);
    for (const f of [...files].sort((a, b) => b.bytes - a.bytes)) console.log(`  ${(f.bytes / 1024).toFixed(1).padStart(7)} KB  ${f.file}`);
  }
}
await browser.close();
