import { expect, test } from '@playwright/test';
import { cliOutOfPocket, fillClaim, resultRegion, shownOutOfPocket, type Claim } from './estimator';

/** What a result says about itself: edited values beside the figure, the heading and summary naming the scheme, the asked values still missing. */

const claim: Claim = { city: 'yantai', scheme: 'employee', member: 'working', date: '2026-03-01', hospitalLevel: 3, admission: 1, totalCost: '22000' };
const editedLink = () =>
  `/yantai/employee/?member=working&level=3&admission=1#date=2026-03-01&total=22000&edits=${encodeURIComponent(
    JSON.stringify([{ path: 'yantai/employee/inpatient/segments/working/3', value: [{ upTo: null, rate: 1 }] }]),
  )}`;

test('a shared link with an edited rate says so beside 个人负担, with the official figure next to it', async ({ page, isMobile }) => {
  const official = await cliOutOfPocket(claim);
  expect(official).toBe('¥3,380.00');
  await page.goto(editedLink());
  // 100 % from the deductible up: only the 800 deductible is left to the person.
  await expect(shownOutOfPocket(page)).toHaveText('¥800.00');
  const beside = resultRegion(page).locator('dt:text-is("个人负担") ~ dd').last();
  await expect(beside).toContainText('用了分享链接中修改过的数值');
  await expect(beside).toContainText('这不是按官方规则算出的结果');
  await expect(beside).toContainText(`按官方规则，个人负担为 ${official}`);
  // Beside it, not somewhere below: the notice starts within a line or two of the figure.
  const [figure, notice] = [await shownOutOfPocket(page).boundingBox(), await beside.getByText('用了分享链接中修改过的数值').boundingBox()];
  expect(notice!.y - (figure!.y + figure!.height)).toBeLessThan(80);
  // The badge of the version no longer says the reader filled anything in.
  await expect(resultRegion(page)).not.toContainText('含您填写的数值');
  if (isMobile) {
    await page.getByLabel('住院总费用', { exact: true }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('complementary', { name: '估算摘要' })).toContainText('用了分享链接中修改过的数值');
  }
});

test('a preset page’s heading, title and summary follow the city and scheme chosen', async ({ page }) => {
  await page.goto('/yantai/employee/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('烟台职工医保报销估算');
  await fillClaim(page, { city: 'weihai', scheme: 'resident', member: 'adult-tier1', date: '2026-04-02', hospitalLevel: 2, admission: 1, totalCost: '30000' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('威海居民医保报销估算');
  await expect(page).toHaveTitle('威海居民医保报销估算');
  const summary = resultRegion(page).getByText(/^威海居民医保，/);
  await expect(summary).toContainText('一档缴费');
  await expect(summary).toContainText('二级');
  await expect(summary).toContainText('2026-04-02');
  await expect(summary).toContainText('¥30,000.00');
});

test('还需要您填写数值 lists only the values still missing', async ({ page }) => {
  await page.goto('/jinan/resident/');
  await fillClaim(page, { city: 'jinan', scheme: 'resident', member: 'adult-tier1', date: '2025-03-01', hospitalLevel: 3, admission: 1, totalCost: '50000' });
  await expect(resultRegion(page)).toContainText('还需要您填写数值');
  const missing = resultRegion(page).getByText(/^请在上方“需要您补充的数值”中填写/);
  await expect(missing).toContainText('起付线');
  await expect(missing).toContainText('分段支付比例');
  await expect(missing).toContainText('统筹基金年度最高支付限额');
  await page.getByLabel('起付线（第一次住院的标准）').fill('1000');
  await expect(missing).not.toContainText('起付线');
  await expect(missing).toContainText('统筹基金年度最高支付限额');
  await page.getByLabel('统筹基金年度最高支付限额').fill('200000');
  await expect(missing).not.toContainText('统筹基金年度最高支付限额');
  await expect(missing).toContainText('分段支付比例');
});
