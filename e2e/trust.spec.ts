import { expect, test } from './test';
import { PROVENANCE_LABELS } from '../components/ui/levels';
import { choose, type Claim, cli, cliOutOfPocket, fillClaim, resultRegion, shownOutOfPocket } from './estimator';

/** What a result says about itself: edited values beside the figure, the heading and summary naming the scheme, the asked values still missing. */

const claim: Claim = { city: 'yantai', scheme: 'employee', member: 'working', date: '2026-03-01', hospitalLevel: 3, admission: 1, totalCost: '22000' };
const editedLink = () =>
  `/yantai/employee/?member=working&level=3&admission=1#date=2026-03-01&total=22000&edits=${encodeURIComponent(
    JSON.stringify([{ path: 'yantai/employee/inpatient/segments/working/3', value: [{ upTo: null, rate: 1 }] }]),
  )}`;

test('a shared link with an edited rate says so beside 个人负担, with the figure without the edit next to it', async ({ page, isMobile }) => {
  const official = await cliOutOfPocket(claim);
  expect(official).toBe('¥3,380.00');
  await page.goto(editedLink());
  // 100 % from the deductible up: only the 800 deductible is left to the person.
  await expect(shownOutOfPocket(page)).toHaveText('¥800.00');
  const beside = resultRegion(page).locator('dt:text-is("个人负担") ~ dd').last();
  await expect(beside).toContainText('用了分享链接中修改过的数值');
  // 烟台职工 2026 rests on reports: the figure without the edit is 按所用规则, never 按官方规则.
  await expect(beside).toContainText('这不是按所用规则算出的结果');
  await expect(beside).toContainText(`按所用规则，个人负担为 ${official}`);
  await expect(beside).not.toContainText('官方规则');
  // Beside it, not somewhere below: the notice starts within a line or two of the figure.
  const [figure, notice] = [await shownOutOfPocket(page).boundingBox(), await beside.getByText('用了分享链接中修改过的数值').boundingBox()];
  expect(notice!.y - (figure!.y + figure!.height)).toBeLessThan(80);
  // The badge of the version no longer says the reader filled anything in.
  await expect(resultRegion(page)).not.toContainText('含您填写的数值');
  if (isMobile) {
    await page.getByLabel('住院总费用', { exact: true }).scrollIntoViewIfNeeded();
    // The phone's bar says it in a few words, with the left-out 大病保险 (烟台职工).
    await expect(page.getByRole('complementary', { name: '估算摘要' })).toContainText('未计入职工大病保险 · 含修改过的参数');
  }
});

test.describe('on the desktop', () => {
  test.skip(({ isMobile }) => isMobile, 'what it checks is the same on every screen: the desktop runs it');

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

  test('a flexible worker’s figure rests on a 口径说明, never shown as official; an in-service worker’s on official texts only', async ({ page }) => {
    // 烟台职工 2018—2022 is an official text, which regulates flexible workers' contributions only.
    const flexible: Claim = { city: 'yantai', scheme: 'employee', member: 'flexible', date: '2020-06-01', hospitalLevel: 3, admission: 1, totalCost: '20000' };
    const [asFlexible, asWorking] = [cli(flexible), cli({ ...flexible, member: 'working' })];
    await page.goto('/yantai/employee/');
    await fillClaim(page, flexible);
    await expect(shownOutOfPocket(page)).toHaveText(await cliOutOfPocket(flexible));
    const beside = resultRegion(page).locator('dt:text-is("个人负担") ~ dd').last();
    await expect(beside).toContainText('部分按口径说明计算');
    await expect(beside).toContainText('灵活就业按“在职职工”待遇');
    await expect(beside).not.toContainText('所用参数都来自官方文件');
    const policy = resultRegion(page).getByRole('region', { name: '所用政策' });
    expect((await asFlexible).policy.level).toBe('interpretation');
    await expect(policy).toContainText(PROVENANCE_LABELS.interpretation);
    await expect(policy).not.toContainText('官方文件');

    await choose(page, '人员类别', { label: '在职' });
    expect((await asWorking).policy.level).toBe('official');
    await expect(beside).toContainText('所用参数都来自官方文件');
    await expect(policy).toContainText('官方文件');
  });

  test('济南职工: 职工大额医疗费用补助 beside the figure, and no warning that the figure is an upper bound', async ({ page }) => {
    // 500,000 at a 三级 hospital: the fund pays 440,850; the 补助 (59,150 − 6,000) × 80 % = 42,520; 16,630 left.
    const claim: Claim = { city: 'jinan', scheme: 'employee', member: 'working', date: '2025-06-01', hospitalLevel: 3, admission: 1, totalCost: '500000' };
    await page.goto('/jinan/employee/');
    await fillClaim(page, claim);
    await expect(shownOutOfPocket(page)).toHaveText(await cliOutOfPocket(claim));
    await expect(shownOutOfPocket(page)).toHaveText('¥16,630.00');
    const region = resultRegion(page);
    await expect(region.locator('dt', { hasText: '职工大额医疗费用补助' }).first()).toBeVisible();
    await expect(region).not.toContainText('显示的个人负担是上限');
    await expect(region).toContainText('不设年度最高支付限额');
  });

  test('the provincial draft is listed as a 征求意见稿 on the sources page, never as an official text', async ({ page }) => {
    await page.goto('/sources/');
    const draft = page.getByRole('region', { name: '其他参考文件' }).getByRole('listitem').filter({ hasText: '山东省职工基本医疗保险省级统筹实施意见（征求意见稿）' });
    await expect(draft).toHaveCount(1);
    await expect(draft).toContainText('征求意见稿');
    await expect(draft).not.toContainText('官方文件');
  });
});

