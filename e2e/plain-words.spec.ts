import { expect, test } from '@playwright/test';
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
