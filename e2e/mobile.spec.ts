import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { fillClaim, shownOutOfPocket } from './estimator';

/** Phone use: 360 px wide without sideways scrolling, also with the text at 200 %, and controls large enough to tap. */

/** Against the viewport, not the layout: phone browsers widen the layout to fit what overflows, hiding the scroll. */
async function expectNoSidewaysScroll(page: Page) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(page.viewportSize()!.width);
}

test.use({ viewport: { width: 360, height: 780 } });

test('360 px: no horizontal scroll on the estimator and the sources page, at normal and doubled text size', async ({ page }) => {
  await page.goto('/weihai/employee/');
  await fillClaim(page, { city: 'weihai', scheme: 'employee', member: 'working', date: '2025-03-01', hospitalLevel: 3, admission: 1, totalCost: '99999999.99', outOfScope: '1' });
  await expect(shownOutOfPocket(page)).toHaveCount(1);
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await expectNoSidewaysScroll(page);
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  await expectNoSidewaysScroll(page);

  await page.goto('/sources/');
  await expectNoSidewaysScroll(page);
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await expectNoSidewaysScroll(page);
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  await expectNoSidewaysScroll(page);
});

test('360 px: the planner, the comparison and the open what-if editor fit, at normal and doubled text size', async ({ page }) => {
  await page.goto('/planner/');
  const first = page.getByRole('group', { name: '第1次就医', exact: true });
  await first.getByLabel('住院日期').fill('2025-03-01');
  await first.getByLabel('住院总费用').fill('99999999.99');
  await page.getByRole('button', { name: '添加一次就医' }).click();
  await page.getByRole('group', { name: '第2次就医', exact: true }).getByLabel('住院总费用').fill('1234567.89');
  await expect(page.getByRole('img', { name: '各次就医后累计的个人负担' })).toBeVisible();
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await page.getByRole('button', { name: '修改：多次住院的起付线：年度内第二次及以后住院' }).click();
  await expectNoSidewaysScroll(page);
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  await expectNoSidewaysScroll(page);

  await page.goto('/compare/');
  await page.getByLabel('住院总费用').fill('99999999.99');
  await expect(page.getByRole('region', { name: '对比结果' }).getByRole('region')).toHaveCount(6);
  await expectNoSidewaysScroll(page);
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  await expectNoSidewaysScroll(page);
});

test('touch targets are at least 44 px tall', async ({ page }) => {
  await page.goto('/jinan/resident/');
  await page.getByLabel('住院总费用', { exact: true }).fill('30000');
  await expect(page.getByRole('button', { name: '添加一段' })).toBeVisible();
  // The what-if editor's controls too, open and editing a table.
  await page.getByText('试算：修改政策参数').click();
  await page.getByRole('button', { name: '修改：补充保障：居民大病保险 · 分段比例' }).click();
  const controls = page.locator('main').locator('input, select, button, summary');
  const heights = await controls.evaluateAll((all) =>
    all.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => [el.id || el.textContent, el.getBoundingClientRect().height] as const),
  );
  expect(heights.length).toBeGreaterThan(10);
  expect(heights.filter(([, h]) => h < 44)).toEqual([]);
});
