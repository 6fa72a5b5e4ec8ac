import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { choose, fillClaim, resultRegion } from './estimator';

/** Printing on A4: no form controls or navigation, every <details> open, nothing wider than the paper. Desktop only: print does not depend on the screen. */

// A4 (210 mm) less 12 mm margins each side, at 96 px per inch.
const A4_CONTENT = Math.floor(((210 - 24) / 25.4) * 96);

async function print(page: Page) {
  await page.setViewportSize({ width: A4_CONTENT, height: 1100 });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
}

async function expectNothingWider(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test('print: the estimate without the form, with the steps and 口径说明 open, the version and the disclaimer', async ({ page }) => {
  await page.goto('/');
  await fillClaim(page, { city: 'yantai', scheme: 'resident', member: 'adult-tier1', date: '2025-04-01', hospitalLevel: 3, admission: 1, totalCost: '60000' });
  await expect(resultRegion(page).locator('dt:text-is("个人负担") + dd')).toHaveText(/^¥/);
  await print(page);

  await expect(page.getByRole('form', { name: '就医情况' })).toBeHidden();
  await expect(page.getByRole('region', { name: '分享' })).toBeHidden();
  await expect(page.getByText('试算：修改政策参数')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '网站导航' })).toBeHidden();
  const region = resultRegion(page);
  await expect(region).toBeVisible();
  await expect(region.getByText('依据：').first()).toBeVisible();
  await expect(region.getByText('分段按单次住院计算')).toBeVisible();
  await expect(region).toContainText('烟台市居民基本医疗保险住院待遇');
  await expect(region.getByText('估算结果仅供参考，以定点医疗机构实际结算为准')).toBeVisible();
  await expectNothingWider(page);

  // Back on screen, what was closed is closed again.
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(region.getByText('分段按单次住院计算')).toBeHidden();
});

test('print: the planner and the comparison keep their results and drop their forms', async ({ page }) => {
  await page.goto('/planner/');
  await page.getByRole('group', { name: '第1次就医', exact: true }).getByLabel('住院总费用').fill('30000');
  await choose(page, '参保城市', { label: '烟台' });
  const plan = page.getByRole('region', { name: '全年估算结果' });
  await expect(plan.locator('dt:text-is("全年个人负担") + dd')).toHaveText(/^¥/);
  await print(page);
  await expect(page.getByRole('form', { name: '全年就医情况' })).toBeHidden();
  await expect(plan.getByRole('img', { name: '各次就医后累计的个人负担' })).toBeVisible();
  await expect(plan.getByRole('table', { name: '各次就医后累计的个人负担' })).toBeVisible();
  await expectNothingWider(page);

  await page.emulateMedia({ media: 'screen' });
  await page.goto('/compare/');
  await page.getByLabel('住院总费用').fill('50000');
  await expect(page.getByRole('region', { name: '对比结果' }).getByRole('region')).toHaveCount(6);
  await print(page);
  await expect(page.getByRole('form', { name: '就医情况' })).toBeHidden();
  await expect(page.getByRole('region', { name: '对比结果' }).getByRole('region')).toHaveCount(6);
  await expectNothingWider(page);
});

test('print: the sources page with every version, parameter group and 口径说明 open, with or without scripts', async ({ page, browser }) => {
  await page.goto('/sources/');
  await expect(page.locator('details[open]')).toHaveCount(0);
  // Its script opens them on beforeprint once it has hydrated: printed before, the print CSS shows them (below).
  await expect(async () => {
    await print(page);
    expect(await page.locator('details:not([open])').count()).toBe(0);
  }).toPass();
  await expect(page.getByRole('table', { name: '统筹基金支付比例' }).first()).toBeVisible();
  await expectNothingWider(page);

  // Read without JavaScript: no PrintSupport, the print CSS shows the folded content.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const bare = await context.newPage();
  await bare.goto(page.url());
  await bare.setViewportSize({ width: A4_CONTENT, height: 1100 });
  await bare.emulateMedia({ media: 'print' });
  expect(await bare.locator('details[open]').count()).toBe(0);
  await expect(bare.getByText('未知，需要您填写').first()).toBeVisible();
  await expect(bare.getByText('24万元是年度政策范围内费用的额度')).toBeVisible();
  await context.close();
});
