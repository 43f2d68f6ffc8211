// Screenshots of the secretariat's and the OPDs' desk work: the whole page at the two sizes they
// work at, a projector or wide monitor (1920×1080) and a laptop (1366×768), as
// e2e-output/<name>-<w>x<h>.png. The page is left at projector size.
import type { Page } from 'playwright-core';
import { DESKTOP, OUTPUT_DIR, settle } from './helpers';

const LAPTOP = { width: 1366, height: 768 } as const;

export async function deskShots(page: Page, name: string): Promise<void> {
  for (const size of [DESKTOP, LAPTOP]) {
    await page.setViewportSize(size);
    await settle(page);
    await page.screenshot({ path: `${OUTPUT_DIR}/${name}-${size.width}x${size.height}.png`, fullPage: true });
  }
  await page.setViewportSize(DESKTOP);
}
