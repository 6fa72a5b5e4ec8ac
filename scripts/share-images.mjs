#!/usr/bin/env node
// Draws the site's share card and PNG icons once, with the Chromium the e2e tests use: public/share-card.png
// (every page's og:image, components/page-metadata.ts) and app/icon.png, app/apple-icon.png (Next.js links
// them as the pages' icons). The PNGs are committed; run again only when their words or look change:
//   node scripts/share-images.mjs
// Needs a Chinese font for the card's words (Debian: fonts-wqy-microhei).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const app = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'app');

// The cross of app/icon.svg, white on the site's blue.
const CROSS = (size) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}"><rect width="32" height="32" rx="6" fill="#1e40af"/><path d="M13 6h6v7h7v6h-7v7h-6v-7H6v-6h7z" fill="#fff"/></svg>`;

const FONT = "'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', sans-serif";

const CARD = `<!doctype html><html lang="zh-CN"><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;padding:72px 80px;background:#fff;font-family:${FONT};color:#111827;display:flex;flex-direction:column;justify-content:space-between;border-bottom:24px solid #1e40af">
  <div style="display:flex;align-items:center;gap:36px">${CROSS(128)}<div style="font-size:88px;font-weight:700">医保报销估算</div></div>
  <div style="font-size:46px;line-height:1.45">山东职工医保、居民医保<br>住院、门诊、生育：医保付多少，自己付多少</div>
  <div style="font-size:34px;color:#374151">每一步都有政策出处 · 全部在浏览器内计算，金额不离开您的手机</div>
</div></body></html>`;

const ICON = (size) => `<!doctype html><html><body style="margin:0">${CROSS(size)}</body></html>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const [file, html, width, height] of [
    ['../public/share-card.png', CARD, 1200, 630],
    ['icon.png', ICON(192), 192, 192],
    ['apple-icon.png', ICON(180), 180, 180],
  ]) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    await page.setContent(html);
    await page.screenshot({ path: path.join(app, file), omitBackground: !file.includes('share-card') });
    await page.close();
    console.log(`wrote ${path.relative(path.dirname(app), path.join(app, file))} (${width}×${height})`);
  }
} finally {
  await browser.close();
}
