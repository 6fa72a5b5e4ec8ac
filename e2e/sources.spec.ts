import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test';
import { fillClaim, resultRegion } from './estimator';

/** The sources page folds each version and each parameter group; its contents and links to a version open it. */

const version = (page: Page, title: RegExp | string) => page.getByRole('region', { name: title });
const jinanResident = (page: Page) => version(page, /济南市居民基本医疗保险住院待遇/);
const isOpen = (region: Locator) => region.locator(':scope > details').evaluate((d) => (d as HTMLDetailsElement).open);

test('folded, the sources page is under ten screens tall', async ({ page }) => {
  await page.goto('/sources/');
  await expect(page.locator('details[open]')).toHaveCount(0);
  const { height, screen } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, screen: window.innerHeight }));
  expect(height / screen).toBeLessThan(10);
});

test('a link in the contents opens the version it points to, again after it was closed', async ({ page }) => {
  await page.goto('/sources/');
  const region = jinanResident(page);
  const link = page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: '济南市居民基本医疗保险住院待遇（2024年起，公开报道）' });
  expect(await isOpen(region)).toBe(false);
  await link.click();
  await expect(page).toHaveURL(/#jinan-resident-2024$/);
  await expect(region.getByRole('heading', { name: '依据的文件' })).toBeVisible();
  await expect(region.getByRole('heading', { level: 2 })).toBeInViewport();

  // The same link once more, with its fragment already in the address (no hashchange).
  await region.getByText(/^文件、参数/).click();
  await expect(region.getByRole('heading', { name: '依据的文件' })).toBeHidden();
  await page.evaluate(() => window.scrollTo(0, 0));
  await link.click();
  await expect(region.getByRole('heading', { name: '依据的文件' })).toBeVisible();
});

test('the link from an estimate to its version opens that version', async ({ page }) => {
  await page.goto('/weihai/employee/');
  await fillClaim(page, { city: 'weihai', scheme: 'employee', member: 'working', date: '2025-03-01', hospitalLevel: 3, admission: 1, totalCost: '20000' });
  await resultRegion(page).getByRole('link', { name: '查看这一政策的全部参数和来源' }).click();
  await expect(page).toHaveURL(/\/sources\/#weihai-employee-2024$/);
  const region = version(page, '威海市职工基本医疗保险住院待遇（2024—2028年）');
  await expect(region.getByRole('heading', { name: '依据的文件' })).toBeVisible();
  await expect(region.getByRole('heading', { level: 2 })).toBeInViewport();
  // Only the version: its parameter groups stay folded.
  await expect(region.getByRole('table')).toHaveCount(0);
});

test('arriving at a version’s address opens it', async ({ page }) => {
  await page.goto('/sources/#jinan-resident-2024');
  await expect(jinanResident(page).getByRole('heading', { name: '依据的文件' })).toBeVisible();
});

test('a value that changes inside a version is listed under the first one, from the day it begins, with its own source and level', async ({ page }) => {
  await page.goto('/sources/#weihai-resident-2023');
  const region = version(page, /威海市居民基本医疗保险住院待遇/);
  await region.locator('summary', { hasText: '多次住院的起付线' }).click();
  const row = region.getByRole('table', { name: '多次住院的起付线' }).getByRole('row', { name: /^年度内第二次及以后住院/ });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('公开报道，待核实');
  await expect(row).toContainText('2024-01-01 起：第2次住院起按 50% 计；第3次住院起不设起付线');
  await expect(row).toContainText('索引号 11371000004359010J-DSJ/2024-01048');
  await expect(row.getByText(/^2024-01-01 起/).filter({ hasText: '官方文件' })).toHaveCount(1);
});
