import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { formatYuan } from '@/components/ui/format';
import { choose, cli, cliOutOfPocket, expectChosen, fillClaim, plannerRow, shownOutOfPocket, shownYearOutOfPocket, type Claim } from './estimator';

/**
 * Context travels (issue 20, item 4): the estimator's link to the planner opens it with the city, scheme
 * and member type in the address and this stay with the earlier ones as its rows (handed over in this
 * tab's storage, never in the address), and the planner's link back opens the estimator with the year's
 * latest stay and the stays before it. An event no source computes leaves the rest of the year computed.
 */

const CLAIM: Claim = { city: 'weihai', scheme: 'resident', member: 'adult-tier2', date: '2024-06-01', hospitalLevel: 2, admission: 3, totalCost: '30000', outOfScope: '1000' };
const FIRST = { date: CLAIM.date, hospitalLevel: 3, totalCost: '120000' } as const;
const SECOND = { date: CLAIM.date, hospitalLevel: 2, totalCost: '8000' } as const;

/** No amount in the address, now or in the history this tab keeps. */
async function expectNoAmounts(page: Page) {
  for (const amount of ['30000', '120000', '8000', '1000']) expect(decodeURIComponent(page.url())).not.toContain(amount);
}

test('the estimator opens the planner with its choices and stays, and the planner opens the estimator with its latest stay and those before it', async ({ page }) => {
  await page.goto('/weihai/resident/');
  await fillClaim(page, CLAIM);
  await page.getByLabel('第1次住院总费用', { exact: true }).fill(FIRST.totalCost);
  await choose(page, '第1次住院医院等级', { value: '3' });
  // The second stay left empty uses none of the year's limits (a stay of nothing to the CLI), and is said to.
  await expect(shownOutOfPocket(page)).toHaveText(await cliOutOfPocket({ ...CLAIM, earlier: [FIRST, { ...SECOND, totalCost: '0' }] }));
  await expect(page.getByRole('region', { name: '估算结果' })).toContainText('假设本年此前住院没有用过年度额度');

  await page.getByRole('link', { name: '一年多次就医：全年估算' }).click();
  await expect(page).toHaveURL(/\/planner\/\?city=weihai&scheme=resident&member=adult-tier2$/);
  await expectNoAmounts(page);
  await expectChosen(page, '参保城市', 'weihai');
  await expectChosen(page, '险种', 'resident');
  await expectChosen(page, '人员类别', 'adult-tier2');
  await expect(plannerRow(page, 1).getByLabel('住院总费用')).toHaveValue(FIRST.totalCost);
  await expectChosen(plannerRow(page, 1), '医院等级', '3');
  await expect(plannerRow(page, 2).getByLabel('住院总费用')).toHaveValue('');
  await expectChosen(plannerRow(page, 2), '医院等级', '2');
  await expect(plannerRow(page, 3).getByLabel('住院总费用')).toHaveValue(CLAIM.totalCost);
  await expect(plannerRow(page, 3).getByLabel('全自费金额')).toHaveValue(CLAIM.outOfScope!);
  await expectChosen(plannerRow(page, 3), '医院等级', '2');
  for (const n of [1, 2, 3]) await expect(plannerRow(page, n).getByLabel('住院日期')).toHaveValue(CLAIM.date);

  // The planner asks for the second stay rather than count this one as the second. The year, once it is typed, is the CLI's with both earlier stays.
  await plannerRow(page, 2).getByLabel('住院总费用').fill(SECOND.totalCost);
  const withEarlier = { ...CLAIM, earlier: [FIRST, SECOND] };
  const year = (await cli(withEarlier)).year.admissions;
  const total = year.reduce((sum, a) => sum + Number(a.outOfPocket), 0);
  await expect(shownYearOutOfPocket(page)).toHaveText(formatYuan(total.toFixed(2)));

  await page.getByRole('link', { name: '只估算最近一次就医' }).click();
  await expect(page).toHaveURL(/\/weihai\/resident\/\?member=adult-tier2&level=2&admission=3$/);
  await expectNoAmounts(page);
  await expectChosen(page, '人员类别', 'adult-tier2');
  await expect(page.getByLabel('本年第几次住院', { exact: true })).toHaveValue('3');
  await expect(page.getByLabel('第1次住院总费用', { exact: true })).toHaveValue(FIRST.totalCost);
  await expectChosen(page, '第1次住院医院等级', '3');
  await expect(page.getByLabel('第2次住院总费用', { exact: true })).toHaveValue(SECOND.totalCost);
  await expectChosen(page, '第2次住院医院等级', '');
  await expect(shownOutOfPocket(page)).toHaveText(await cliOutOfPocket(withEarlier));
});

test('an event no source computes: the rest of the year is computed, and that row says why', async ({ page }) => {
  // 威海居民 2024 has no known rule for 门诊慢特病.
  await page.goto('/planner/?city=weihai&scheme=resident&member=adult-tier1');
  // The page has read its link (and filled in today) before anything is typed.
  await expect(plannerRow(page, 1).getByLabel('住院日期')).not.toHaveValue('');
  const stays = [
    { date: '2024-02-01', totalCost: '30000' },
    { date: '2024-06-01', totalCost: '20000' },
  ];
  await plannerRow(page, 1).getByLabel('住院日期').fill(stays[0]!.date);
  await plannerRow(page, 1).getByLabel('住院总费用').fill(stays[0]!.totalCost);
  await page.getByRole('button', { name: '添加一次就医' }).click();
  await plannerRow(page, 2).getByLabel('就医类型').selectOption('outpatient-chronic');
  await plannerRow(page, 2).getByLabel('就诊日期').fill('2024-03-01');
  await plannerRow(page, 2).getByLabel('门诊总费用').fill('5000');
  await page.getByRole('button', { name: '添加一次就医' }).click();
  await plannerRow(page, 3).getByLabel('住院日期').fill(stays[1]!.date);
  await plannerRow(page, 3).getByLabel('住院总费用').fill(stays[1]!.totalCost);

  // The two stays as the CLI settles them: the second with the first as earlier.
  const second: Claim = { city: 'weihai', scheme: 'resident', member: 'adult-tier1', hospitalLevel: 3, admission: 2, ...stays[1]!, earlier: [{ ...stays[0]!, hospitalLevel: 3 }] };
  const year = (await cli(second)).year.admissions;
  await expect(shownYearOutOfPocket(page)).toHaveText(formatYuan(year.reduce((sum, a) => sum + Number(a.outOfPocket), 0).toFixed(2)));
  await expect(plannerRow(page, 2)).toContainText('这一次无法估算，全年合计未计入：');
  await expect(plannerRow(page, 2)).toContainText('没有门诊慢特病的已知规定');
  const result = page.getByRole('region', { name: '全年估算结果' });
  await expect(result).toContainText('未计入无法估算的第2次就医（门诊慢特病）');
  await expect(result.getByRole('heading', { name: '无法估算、未计入全年合计的就医' })).toBeVisible();
});
