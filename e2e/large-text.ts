import type { Page } from '@playwright/test';

/** Chromium's text-size setting (Settings → Appearance → Font size), doubled: 16 px → 32 px, so the page's 112.5 % root becomes 36 px. */
export async function doubleTextSize(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
}
