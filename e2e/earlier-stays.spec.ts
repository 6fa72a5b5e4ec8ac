import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { choiceField, choose, cliOutOfPocket, expectChosen, fillClaim, resultRegion, shownOutOfPocket, type Claim } from './estimator';

/**
 * Earlier stays inline (issue 20, item 3): beside a 2nd or later stay the estimator asks for each earlier
 * stay in a compact row; filled rows are settled as the CLI's `earlier`, empty ones keep the assumption,
 * a partly filled one is told what it lacks, and the rows are kept across a reload.
 */

const lead = (page: Page) => resultRegion(page).locator('dt:text-is("个人负担") ~ dd').last();
const ASSUMPTION = '假设本年此前住院没有用过年度额度';

/** 威海居民 2024, a third stay of ¥30,000 at a 三级 hospital; the first stay took most of the 大病 year. */
const CLAIM: Claim = { city: 'weihai', scheme: 'resident', member: 'adult-tier1', date: '2024-06-01', hospitalLevel: 3, admission: 3, totalCost: '30000' };
const EARLIER: Claim['earlier'] = [
  { date: CLAIM.date, hospitalLevel: 2, totalCost: '250000', outOfScope: '20000' },
  { date: CLAIM.date, hospitalLevel: 3, totalCost: '40000' },
];

test('the figure with the earlier stays typed equals the CLI with earlier; empty rows keep the assumption', async ({ page }) => {
  await page.goto('/weihai/resident/');
  await fillClaim(page, CLAIM);
  // No row typed: the CLI without earlier, and the assumption beside the figure.
  await expect(shownOutOfPocket(page)).toHaveText(await cliOutOfPocket(CLAIM));
  await expect(lead(page)).toContainText(ASSUMPTION);
  await expect(page.getByLabel('第3次住院总费用', { exact: true })).toHaveCount(0);
  await expectChosen(page, '第1次住院医院等级', '');
  await expect(choiceField(page, '第1次住院医院等级').getByRole('radio', { name: '同这次（三级）', exact: true })).toBeChecked();

  await page.getByLabel('第1次住院总费用', { exact: true }).fill(EARLIER[0]!.totalCost);
  await page.getByLabel('第1次住院全自费', { exact: true }).fill(EARLIER[0]!.outOfScope!);
  await choose(page, '第1次住院医院等级', { value: '2' });
  // One row of two typed: the other still assumed unused.
  await expect(lead(page)).toContainText(ASSUMPTION);
  await page.getByLabel('第2次住院总费用', { exact: true }).fill(EARLIER[1]!.totalCost);
  const expected = await cliOutOfPocket({ ...CLAIM, earlier: EARLIER });
  expect(expected).not.toBe(await cliOutOfPocket(CLAIM));
  await expect(shownOutOfPocket(page)).toHaveText(expected);
  await expect(resultRegion(page)).not.toContainText(ASSUMPTION);

  // Kept across a reload, like the other amounts.
  await page.reload();
  await expect(page.getByLabel('第1次住院总费用', { exact: true })).toHaveValue('250000');
  await expectChosen(page, '第1次住院医院等级', '2');
  await expect(page.getByLabel('第2次住院总费用', { exact: true })).toHaveValue('40000');
  await expect(shownOutOfPocket(page)).toHaveText(expected);

  // A first stay asks for none; back to the third, the rows come back as typed.
  await page.getByLabel('本年第几次住院', { exact: true }).fill('1');
  await expect(page.getByLabel('第1次住院总费用', { exact: true })).toHaveCount(0);
  await page.getByLabel('本年第几次住院', { exact: true }).fill('3');
  await expect(page.getByLabel('第1次住院总费用', { exact: true })).toHaveValue('250000');
  await expect(shownOutOfPocket(page)).toHaveText(expected);
});

test('a partly filled row says what it lacks, in Chinese, and shows no figure until it is whole', async ({ page }) => {
  await page.goto('/weihai/resident/');
  await fillClaim(page, { ...CLAIM, admission: 2 });
  await page.getByLabel('第1次住院全自费', { exact: true }).fill('1000');
  await expect(page.getByText('填写了第1次住院全自费，请同时填写第1次住院总费用')).toBeVisible();
  await expect(page.getByLabel('第1次住院总费用', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(shownOutOfPocket(page)).toHaveCount(0);
  await page.getByLabel('第1次住院总费用', { exact: true }).fill('500');
  await expect(page.getByText('第1次住院全自费不能超过第1次住院总费用')).toBeVisible();
  await page.getByLabel('第1次住院总费用', { exact: true }).fill('5000');
  await expect(shownOutOfPocket(page)).toHaveText(await cliOutOfPocket({ ...CLAIM, admission: 2, earlier: [{ date: CLAIM.date, hospitalLevel: 3, totalCost: '5000', outOfScope: '1000' }] }));
});
