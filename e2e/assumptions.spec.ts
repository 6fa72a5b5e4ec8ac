import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { formatYuan } from '@/components/ui/format';
import { shareWords } from '@/components/ui/plain-answer';
import { choose, type Claim, cli, fillClaim, fillStays, resultRegion, shownOutOfPocket, shownYearOutOfPocket } from './estimator';
import { doubleTextSize } from './large-text';

/**
 * The figure carries its assumptions (issue 20, item 2): one plain sentence leads the result; beside
 * 个人负担, in the one-line summary and in the phone's bar it says when earlier stays are taken as
 * unused, when a layer no source gives is left out (the figure then 最多, the layer never drawn as
 * ¥0.00), and when values are reported or edited; the parameter lists fold behind their count.
 * On the estimator, the planner and the slip checker; at 200 % text the bar keeps to a quarter of the screen.
 */

const lead = (page: Page) => resultRegion(page).locator('dt:text-is("个人负担") ~ dd').last();
const bar = (page: Page) => page.getByRole('complementary', { name: '估算摘要' });

/** The sentence for a claim, from the CLI's figures: the funds are what the person does not pay. */
async function sentenceFor(claim: Claim, what: string, atMost = false): Promise<string> {
  const { outOfPocket } = await cli(claim);
  const funds = (Number(claim.totalCost) - Number(outOfPocket)).toFixed(2);
  const [paid, pays] = atMost ? ['至少付', '最多付'] : ['大约付', '大约付'];
  return `${what}医保${paid} ${formatYuan(funds)}，您自己${pays} ${formatYuan(outOfPocket)}（${shareWords(outOfPocket, claim.totalCost)}）。`;
}

test('a second stay: the sentence leads, and the earlier stays taken as unused are said beside the figure, in the summary and in the bar', async ({ page, isMobile }) => {
  const claim: Claim = { city: 'weihai', scheme: 'resident', member: 'adult-tier1', date: '2024-06-01', hospitalLevel: 3, admission: 2, totalCost: '30000' };
  const sentence = sentenceFor(claim, '这次住院');
  await page.goto('/weihai/resident/');
  await fillClaim(page, claim);
  // By hand: the second stay's deductible halved from 2024, 400; (30,000 − 400) × 50 % = 14,800 from the fund; 15,200 / 30,000 = 50.7 %.
  await expect(shownOutOfPocket(page)).toHaveText('¥15,200.00');
  expect(await sentence).toBe('这次住院医保大约付 ¥14,800.00，您自己大约付 ¥15,200.00（约占 51%）。');
  const live = resultRegion(page).locator('[aria-live]');
  await expect(live.locator('p').first()).toHaveText(await sentence);
  await expect(lead(page)).toContainText('假设本年此前住院没有用过年度额度');
  await expect(resultRegion(page).getByText(/^威海居民医保，/)).toContainText('假设本年此前住院没有用过年度额度；含公开报道的参数。');
  // The reported parameters are named behind their count, not listed in the figure's band.
  const names = lead(page).locator('details').filter({ hasText: '哪些参数' }).first();
  await expect(names.locator('summary')).toHaveText(/^哪些参数（\d+ 项）$/);
  await expect(names.getByText(/分段支付比例/)).toBeHidden();
  await names.locator('summary').click();
  await expect(names.getByText(/分段支付比例/)).toBeVisible();
  if (isMobile) {
    await page.getByLabel('住院总费用', { exact: true }).scrollIntoViewIfNeeded();
    await expect(bar(page)).toContainText('假设此前住院没用过额度 · 含公开报道参数');
  }
  // The first stay of the year assumes nothing of earlier ones.
  await page.getByLabel('本年第几次住院', { exact: true }).fill('1');
  await expect(shownOutOfPocket(page)).toHaveText('¥15,400.00');
  await expect(resultRegion(page)).not.toContainText('假设本年此前住院');
});

test('a layer no source gives: 最多, said beside the figure and in the split, never drawn as ¥0.00', async ({ page, isMobile }) => {
  // 烟台居民 2018–2022: 居民大病保险 has no known bands.
  const claim: Claim = { city: 'yantai', scheme: 'resident', member: 'adult-tier1', date: '2020-06-01', hospitalLevel: 3, admission: 1, totalCost: '30000' };
  const sentence = sentenceFor(claim, '这次住院', true);
  await page.goto('/yantai/resident/');
  await fillClaim(page, claim);
  await expect(resultRegion(page).locator('[aria-live] p').first()).toHaveText(await sentence);
  await expect(lead(page)).toContainText('未计入居民大病保险，实际可能更少');
  const split = resultRegion(page).getByRole('figure', { name: '住院总费用的分担' });
  await expect(split).toContainText('未计入居民大病保险');
  await expect(split).not.toContainText('补充保障支付');
  await expect(resultRegion(page).locator('dt', { hasText: '大病' })).toHaveCount(0);
  if (isMobile) {
    await page.getByLabel('住院总费用', { exact: true }).scrollIntoViewIfNeeded();
    await expect(bar(page)).toContainText('未计入居民大病保险');
    await expect(bar(page)).not.toContainText('补充保障');
  }
});

test('the planner: the year in one sentence, 最多 with a layer left out, said beside the year’s figure', async ({ page }) => {
  await page.goto('/planner/');
  await choose(page, '参保城市', { label: '烟台' });
  await choose(page, '险种', { label: '居民医保' });
  await fillStays(page, [
    { date: '2020-03-01', totalCost: '30000' },
    { date: '2020-05-01', totalCost: '20000' },
  ]);
  const year = await cli({ city: 'yantai', scheme: 'resident', member: 'adult-tier1', date: '2020-05-01', hospitalLevel: 3, admission: 2, totalCost: '20000', earlier: [{ date: '2020-03-01', hospitalLevel: 3, totalCost: '30000' }] });
  const own = year.year.admissions.reduce((s, a) => s + Number(a.outOfPocket), 0).toFixed(2);
  await expect(shownYearOutOfPocket(page)).toHaveText(formatYuan(own));
  const region = page.getByRole('region', { name: '全年估算结果' });
  await expect(region.locator('[aria-live] p').first()).toHaveText(
    `本年 2 次住院医保至少付 ${formatYuan((50000 - Number(own)).toFixed(2))}，您自己最多付 ${formatYuan(own)}（${shareWords(own, '50000')}）。`,
  );
  await expect(region.locator('dt:text-is("全年个人负担") ~ dd').last()).toContainText('未计入居民大病保险，实际可能更少');
  await expect(region).not.toContainText('假设本年此前住院');
});

test('the slip checker: a second stay’s figures are said to take the earlier stays as unused', async ({ page }) => {
  await page.goto('/check/');
  await choose(page, '参保城市', { label: '威海' });
  await choose(page, '险种', { label: '职工医保' });
  await choose(page, '医院等级', { label: '三级' });
  await page.getByLabel('住院日期', { exact: true }).fill('2025-03-01');
  await page.getByLabel('医疗费总额', { exact: true }).fill('50000');
  await page.getByLabel('统筹基金支付', { exact: true }).fill('39980');
  const region = page.getByRole('region', { name: '核对结果' });
  await expect(region).toContainText('与按规定重算的结果');
  await expect(region).not.toContainText('按规定重算时');
  await page.getByLabel('本年第几次住院', { exact: true }).fill('2');
  // Said in the live region that announces the check's outcome (the region also holds keep-and-send's own).
  await expect(region.locator('[aria-live]', { hasText: '按规定重算时：假设本年此前住院没有用过年度额度。' })).toHaveCount(1);
});

test('at 200 % text the phone’s bar keeps to a quarter of the screen, with its figure and every assumption', async ({ page }, info) => {
  test.skip(info.project.name !== 'pixel7', 'the bar is on phones only');
  await page.setViewportSize({ width: 360, height: 780 });
  await doubleTextSize(page);
  // The most the bar says: a second stay, a layer left out, an edit from a link, the largest amount.
  await page.goto(
    `/yantai/resident/?member=adult-tier1&level=3&admission=2#date=2020-06-01&total=99999999.99&edits=${encodeURIComponent(JSON.stringify([{ path: 'yantai/resident/pots/fund/tier1', value: 190000 }]))}`,
  );
  await page.getByLabel('住院总费用', { exact: true }).scrollIntoViewIfNeeded();
  await expect(bar(page)).toContainText('假设此前住院没用过额度 · 未计入居民大病保险 · 含修改过的参数');
  const box = (await bar(page).boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(780 / 4);
  // 个人负担 alone, on one line; the other figures wait for the full result.
  await expect(bar(page).locator('[data-amount]:visible')).toHaveCount(1);
  expect(await bar(page).locator('[data-amount]:visible').evaluate((e) => e.getClientRects().length)).toBe(1);
});
