import { expect, test } from './test';
import { choose, type Claim, cliOutOfPocket, fillClaim, resultRegion, shownOutOfPocket } from './estimator';

/**
 * Residents' 大病 maximum from 2025, raised for years of continuous enrolment and a year without claims:
 * the estimator asks for the two inputs only where the raise is in force, for residents only, and gives
 * the CLI's figure with them; without them it says the original maximum applies.
 */

// 烟台居民 一档 三级 2,000,000: 大病 pays its maximum, 400,000, raised by 3,000 × (6 beyond 4 + 1 without claims) = 21,000.
const claim: Claim = { city: 'yantai', scheme: 'resident', member: 'adult-tier1', date: '2025-06-01', hospitalLevel: 3, admission: 1, totalCost: '2000000' };

test('the estimator asks residents for their years of enrolment and last year’s claims, and computes the raised 大病 maximum as the CLI does', async ({ page }) => {
  const [original, raised] = [cliOutOfPocket(claim), cliOutOfPocket({ ...claim, continuousYears: 10, noClaimLastYear: true })];
  await page.goto('/yantai/resident/');
  await fillClaim(page, claim);
  await expect(shownOutOfPocket(page)).toHaveText(await original);
  await expect(resultRegion(page)).toContainText('居民大病保险年度最高支付限额按原标准计算');

  await fillClaim(page, { ...claim, continuousYears: 10, noClaimLastYear: true });
  await expect(shownOutOfPocket(page)).toHaveText(await raised);
  expect(await raised).toBe('¥1,399,000.00');
  await expect(resultRegion(page)).toContainText('提高 21,000 元，为 421,000 元');
  // The choices go in the address, like the member type; no amount does.
  await expect(page).toHaveURL(/years=10&noClaim=1$/);
});

test('the two inputs are not asked of employees, nor of residents before 2025', async ({ page }) => {
  await page.goto('/yantai/resident/');
  await fillClaim(page, { ...claim, date: '2024-06-01' });
  await expect(page.getByLabel('连续参保年数')).toHaveCount(0);
  await page.getByLabel('住院日期', { exact: true }).fill('2025-01-01');
  await expect(page.getByLabel('连续参保年数')).toBeVisible();
  await choose(page, '险种', { label: '职工医保' });
  await expect(page.getByLabel('连续参保年数')).toHaveCount(0);
  await expect(page.getByLabel('上一年度有没有医保报销')).toHaveCount(0);
});
