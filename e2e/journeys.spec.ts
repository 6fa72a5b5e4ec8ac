import { expect, test } from './test';
import { cliOutOfPocket, expectOutOfPocket, fillClaim, fillRates, resultRegion, shownOutOfPocket, type Claim } from './estimator';
import { JINAN_RESIDENT_ASKED } from './journey-claims';

/**
 * One full journey per city × scheme: the page's 个人负担 equals the CLI's outOfPocket for the same claim.
 * The figures do not depend on the screen, so they run on the desktop only (the layout specs cover the phones).
 */

test.describe('on the desktop', () => {
  test('journey: 威海职工医保 estimates at once, every step resting on official texts', async ({ page }) => {
    const claim: Claim = {
      city: 'weihai',
      scheme: 'employee',
      member: 'working',
      date: '2025-03-01',
      hospitalLevel: 3,
      admission: 1,
      totalCost: '50000',
      outOfScope: '2000',
      selfPayFirst: '1000',
    };
    const expected = cliOutOfPocket(claim);
    await page.goto('/weihai/employee/');
    await fillClaim(page, claim);
    await expectOutOfPocket(page, expected);
    await expect(page.getByRole('region', { name: '需要您补充的数值' })).toHaveCount(0);

    const region = resultRegion(page);
    // Beside the figure: official texts only (56号 and the 医保局's disclosure of 2024-04-10), in force on the stay's date.
    const beside = region.locator('dt:text-is("个人负担") ~ dd').last();
    await expect(beside).toContainText('所用参数都来自官方文件');
    await expect(beside).not.toContainText('公开报道');
    await expect(beside).not.toContainText('规定可能已调整');
    // Every step of the slip: the bill, arithmetic on it, or an official text; the rates cite the disclosure by its index number.
    const sources = await region.locator('details:has(> summary:text-is("计算过程（按结算单顺序）")) li p').filter({ hasText: /^依据：/ }).allTextContents();
    expect(sources.length).toBeGreaterThan(8);
    for (const source of sources) expect(source).toMatch(/^依据：(您填写的费用|由以上各项计算|威医保发〔2023〕56号《.+》.+|威海市医疗保障局《.+》（2024-04-10，索引号 .+）.+)$/);
    expect(sources.join('\n')).not.toContain('公开报道');
    expect(sources.filter((s) => s.includes('索引号 11371000004359010J-DSJ/2024-01048'))).toHaveLength(3);
    // The version with its dates and level, the split in words, the supplements by name, the disclaimer.
    await expect(region).toContainText('施行期间：2024-01-01 至 2028-12-31');
    await expect(region).toContainText(/统筹基金支付¥[\d,]+\.\d\d（\d+\.\d%）/);
    await expect(region.getByRole('term')).toContainText(['个人负担', '统筹基金支付', '大额补助（24万元以上部分）', '大额补助（个人负担部分）']);
    await expect(region).toContainText('估算结果仅供参考，以定点医疗机构实际结算为准');
  });

  test('journey: 济南居民医保 asks for deductible, rates and annual cap, then says the figure rests on them', async ({ page }) => {
    const claim: Claim = JINAN_RESIDENT_ASKED;
    const expected = cliOutOfPocket(claim);
    await page.goto('/jinan/resident/');
    await fillClaim(page, claim);
    const asked = page.getByRole('region', { name: '需要您补充的数值' });
    await expect(asked).toContainText('12393');
    await expect(resultRegion(page)).toContainText('还需要您填写数值');
    await expect(shownOutOfPocket(page)).toHaveCount(0);
    await page.getByLabel('起付线（第一次住院的标准）').fill('600');
    await page.getByLabel('统筹基金年度最高支付限额').fill('200000');
    await fillRates(page, claim.overrides!.rates!);
    await expectOutOfPocket(page, expected);
    const region = resultRegion(page);
    await expect(region.locator('dt:text-is("个人负担") ~ dd').last()).toContainText('用了您填写或修改的数值');
    await expect(region).toContainText('您填写的参数（非官方数值）');
  });

  const JOURNEYS: { name: string; claim: Claim }[] = [
    {
      name: '烟台职工医保 2020（官方文件）',
      claim: { city: 'yantai', scheme: 'employee', member: 'retired', date: '2020-06-15', hospitalLevel: 2, admission: 1, totalCost: '30000', outOfScope: '1500', selfPayFirst: '800.5' },
    },
    {
      name: '烟台居民医保 2025，本年第二次住院',
      claim: { city: 'yantai', scheme: 'resident', member: 'adult-tier2', date: '2025-04-10', hospitalLevel: 3, admission: 2, totalCost: '120000', outOfScope: '5000', selfPayFirst: '3000' },
    },
    {
      name: '威海居民医保 2025，基层医疗机构',
      claim: { city: 'weihai', scheme: 'resident', member: 'adult-tier1', date: '2025-05-20', hospitalLevel: 1, facility: 'grassroots', admission: 1, totalCost: '20000', outOfScope: '300' },
    },
    {
      name: '济南职工医保 2025，灵活就业',
      claim: { city: 'jinan', scheme: 'employee', member: 'flexible', date: '2025-07-01', hospitalLevel: 3, admission: 1, totalCost: '80000', outOfScope: '2000', selfPayFirst: '1000' },
    },
  ];

  for (const { name, claim } of JOURNEYS) {
    test(`journey: ${name}`, async ({ page }) => {
      const expected = cliOutOfPocket(claim);
      await page.goto('/');
      await fillClaim(page, claim);
      await expectOutOfPocket(page, expected);
    });
  }

  test('journey: 威海居民二档 estimates a single stay above 300,000: the fund’s annual cap stops the 70%, nothing is asked', async ({ page }) => {
    const claim: Claim = { city: 'weihai', scheme: 'resident', member: 'adult-tier2', date: '2025-02-03', hospitalLevel: 3, admission: 1, totalCost: '500000' };
    const expected = cliOutOfPocket(claim);
    await page.goto('/weihai/resident/');
    await fillClaim(page, claim);
    await expectOutOfPocket(page, expected);
    await expect(page.getByRole('region', { name: '需要您补充的数值' })).toHaveCount(0);
    await expect(resultRegion(page)).toContainText('统筹基金每年最多支付 300,000 元');
  });

  test('journey: 济南职工 asks for the rate beyond 600,000 only when the bill reaches it', async ({ page }) => {
    const small: Claim = { city: 'jinan', scheme: 'employee', member: 'working', date: '2025-02-03', hospitalLevel: 3, admission: 1, totalCost: '60000' };
    const large: Claim = {
      ...small,
      totalCost: '650000',
      overrides: { rates: [{ upTo: 10000, rate: 0.85 }, { upTo: 400000, rate: 0.88 }, { upTo: 600000, rate: 0.9 }, { upTo: null, rate: 0.9 }] },
    };
    const [expectedSmall, expectedLarge] = [cliOutOfPocket(small), cliOutOfPocket(large)];
    await page.goto('/jinan/employee/');
    await fillClaim(page, small);
    // The known part of the table is filled in; only the last rate is empty.
    await expect(page.getByLabel('第3段上限（元）')).toHaveValue('600000');
    await expect(page.getByLabel('第4段比例（%）')).toHaveValue('');
    await expectOutOfPocket(page, expectedSmall);

    await page.getByLabel('住院总费用', { exact: true }).fill(large.totalCost);
    await expect(resultRegion(page)).toContainText('600,000 元以上部分的支付比例');
    await page.getByLabel('第4段比例（%）').fill('90');
    await expectOutOfPocket(page, expectedLarge);
  });
});
