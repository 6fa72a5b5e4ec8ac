import { expect, test } from './test';

test('home page is Chinese and makes no external requests', async ({ page, baseURL }) => {
  const external: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('data:')) external.push(url);
  });

  await page.goto('/');
  await expect(page.locator('html[lang="zh-CN"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('医保报销估算');
  await page.waitForLoadState('networkidle');
  expect(external).toEqual([]);
});

test('unknown path shows the Chinese 404 page', async ({ page }) => {
  const response = await page.goto('/does-not-exist/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await page.getByRole('link', { name: /首页/ }).click();
  // Home, whatever choices the estimator has written into the query by then.
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('医保报销估算');
});
