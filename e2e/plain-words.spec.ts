import { expect, test } from './test';
import { fillClaim, resultRegion, shownOutOfPocket } from './estimator';

/** Plain words for a citizen: what 口径说明 means, each explanation once, asked values saying whom they are for. */

const MEANING = '我们怎样理解政策中不明确的地方';

test('口径说明 says what it means on the estimate and on the contribution result', async ({ page }) => {
  await page.goto('/weihai/employee/');
  await fillClaim(page, { city: 'weihai', scheme: 'employee', member: 'working', date: '2025-03-01', hospitalLevel: 3, admission: 1, totalCost: '20000' });
  await expect(shownOutOfPocket(page)).toHaveCount(1);
  await expect(resultRegion(page).locator('summary').filter({ hasText: '口径说明' })).toContainText(MEANING);

  await page.goto('/contribution/');
  await page.getByLabel('月工资（缴费工资）').fill('5000');
  await expect(page.getByRole('region', { name: '计算结果' }).locator('summary').filter({ hasText: '口径说明' })).toContainText(MEANING);
});

test('济南: each explanation once on the estimator, asked values naming the class and grade they are for', async ({ page }) => {
  // The phone's summary bar (shown only while the result is out of view) restates the figure's note in a few words: not counted.
  const count = async (text: string) =>
    ((await page.getByRole('main').evaluate((m) => [...m.children].filter((c) => c.getAttribute('aria-label') !== '估算摘要').map((c) => (c as HTMLElement).innerText).join('\n'))).match(new RegExp(text, 'g')) ?? []).length;

  await page.goto('/jinan/resident/');
  await fillClaim(page, { city: 'jinan', scheme: 'resident', member: 'adult-tier1', date: '2025-03-01', hospitalLevel: 2, admission: 1, totalCost: '20000' });
  await expect(resultRegion(page)).toContainText('还需要您填写数值');
  const asked = page.getByRole('region', { name: '需要您补充的数值' });
  await expect(asked.getByLabel('一档成人·二级医院·起付线（第一次住院的标准）', { exact: true })).toBeVisible();
  await expect(asked.getByRole('group', { name: '一档成人·二级医院·统筹基金分段支付比例' })).toBeVisible();
  await expect(asked.getByLabel('一档成人·统筹基金年度最高支付限额', { exact: true })).toBeVisible();
  expect(await count('未能找到可信来源')).toBe(1);

  await page.goto('/jinan/employee/');
  await fillClaim(page, { city: 'jinan', scheme: 'employee', member: 'working', date: '2025-06-01', hospitalLevel: 3, admission: 1, totalCost: '20000' });
  await expect(shownOutOfPocket(page)).toHaveCount(1);
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  expect(await count('参数来自公开报道')).toBe(1);
  expect(await count('年的规定可能已调整')).toBe(1);
});
