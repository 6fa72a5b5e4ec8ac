import { expect, test } from './test';
import { formatYuan } from '@/components/ui/format';
import { choose, type Claim, cli, fillClaim, resultRegion, shownOutOfPocket } from './estimator';

/**
 * Each benefit besides inpatient care, on a phone: the estimator shows only the fields that benefit reads,
 * and its figures equal the CLI's for the same claim; a benefit with no known rule says so. The planner
 * settles several benefits over one year's pots, and the comparison takes the same choice.
 */

const shownFund = (page: Parameters<typeof resultRegion>[0]) => resultRegion(page).locator('dt:text-is("统筹基金支付") + dd');

const JOURNEYS: [string, string, Claim][] = [
  [
    '门诊慢特病：威海职工，恶性肿瘤门诊放化疗，按住院比例',
    '/weihai/employee/',
    { city: 'weihai', scheme: 'employee', member: 'retired', benefit: 'outpatient-chronic', date: '2025-05-01', chronicGroup: 'cancer-radio-chemo', hospitalLevel: 2, totalCost: '12000', outOfScope: '500' },
  ],
  [
    '门诊慢特病：烟台职工 2018，甲类血液透析另加 10 个百分点',
    '/yantai/employee/',
    { city: 'yantai', scheme: 'employee', member: 'working', benefit: 'outpatient-chronic', date: '2020-05-01', chronicClass: 'A', chronicItem: 'dialysis-or-transplant', totalCost: '30000' },
  ],
  [
    '普通门诊：烟台职工，一级医院，省内临时外出',
    '/yantai/employee/',
    { city: 'yantai', scheme: 'employee', member: 'working', benefit: 'outpatient-general', date: '2025-05-01', hospitalLevel: 1, away: 'temporary-in-province', totalCost: '3000' },
  ],
  [
    '生育：济南居民，分娩定额',
    '/jinan/resident/',
    { city: 'jinan', scheme: 'resident', member: 'adult-tier1', benefit: 'maternity', date: '2025-05-01', maternityEvent: 'delivery', totalCost: '6000', outOfScope: '800' },
  ],
  [
    '未成年人意外伤害门诊：烟台居民 2018',
    '/yantai/resident/',
    { city: 'yantai', scheme: 'resident', member: 'minor', benefit: 'minor-accident', date: '2020-05-01', totalCost: '2000' },
  ],
];

for (const [name, path, claim] of JOURNEYS) {
  test(`journey: ${name}`, async ({ page }) => {
    const expected = cli(claim);
    await page.goto(path);
    await fillClaim(page, claim);
    const result = await expected;
    if (result.error) throw new Error(result.error.message);
    await expect(shownOutOfPocket(page)).toHaveText(formatYuan(result.outOfPocket));
    await expect(shownFund(page)).toHaveText(formatYuan(result.fundPayment));
    // A stay number is asked for stays in hospital only.
    await expect(page.getByLabel('本年第几次住院', { exact: true })).toHaveCount(0);
  });
}

test('the fields follow the benefit: 烟台职工门诊慢特病 asks the class, no hospital grade, and the second 乙类 disease only for 乙类', async ({ page }) => {
  await page.goto('/yantai/employee/');
  await page.getByLabel('就医类型', { exact: true }).selectOption('outpatient-chronic');
  await expect(page.getByLabel('慢性病类别', { exact: true })).toBeVisible();
  await expect(page.getByLabel('医院等级', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('第几种乙类慢性病', { exact: true })).toHaveCount(0);
  await choose(page, '慢性病类别', { label: '乙类慢性病' });
  await expect(page.getByLabel('第几种乙类慢性病', { exact: true })).toBeVisible();
  await page.getByLabel('门诊总费用', { exact: true }).fill('5000');
  // 烟台职工乙类慢性病的年度限额未见来源：it is asked for, never guessed.
  await expect(page.getByRole('region', { name: '需要您补充的数值' })).toContainText('乙类慢性病·年度最高支付限额');
});

test('a benefit with no known rule stays offered, saying so, and the result says why there is no figure', async ({ page }) => {
  await page.goto('/weihai/employee/');
  const benefit = page.getByLabel('就医类型', { exact: true });
  await expect(benefit.locator('option[value="maternity"]')).toHaveText('生育（暂无已知规定）');
  await benefit.selectOption('maternity');
  await page.getByLabel('生育医疗总费用', { exact: true }).fill('5000');
  await expect(resultRegion(page)).toContainText('这项待遇暂无已知规定');
  await expect(shownOutOfPocket(page)).toHaveCount(0);
});

test('planner: a chronic-disease bill and a stay draw on one fund cap, each card showing what is left', async ({ page }) => {
  // 烟台职工 2018：门诊慢特病与住院共用统筹基金年度最高支付限额（第十三条、第十八条）
  const expected = cli({
    city: 'yantai',
    scheme: 'employee',
    member: 'working',
    date: '2020-03-01',
    hospitalLevel: 3,
    admission: 1,
    totalCost: '300000',
    earlier: [{ benefit: 'outpatient-chronic', chronicClass: 'A', date: '2020-02-01', totalCost: '100000' }],
  });
  await page.goto('/planner/');
  await choose(page, '参保城市', { label: '烟台' });
  const first = page.getByRole('group', { name: '第1次就医', exact: true });
  await first.getByLabel('就医类型').selectOption('outpatient-chronic');
  await first.getByLabel('就诊日期').fill('2020-02-01');
  await choose(first, '慢性病类别', { label: '甲类慢性病' });
  await first.getByLabel('门诊总费用').fill('100000');
  await page.getByRole('button', { name: '添加一次就医' }).click();
  const second = page.getByRole('group', { name: '第2次就医', exact: true });
  await second.getByLabel('住院日期').fill('2020-03-01');
  await second.getByLabel('住院总费用').fill('300000');

  const year = (await expected).year.admissions;
  const region = page.getByRole('region', { name: '全年估算结果' });
  const card = (title: string) => region.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`^${title}`) }) });
  await expect(card('门诊慢特病').locator('dt:text-is("统筹基金支付") + dd').first()).toHaveText(formatYuan(year[0]!.fundPayment));
  await expect(card('第1次住院').locator('dt:text-is("统筹基金支付") + dd').first()).toHaveText(formatYuan(year[1]!.fundPayment));
  await expect(card('门诊慢特病')).toContainText('统筹基金本年已支付 85,000.00 元，限额 250,000.00 元，还剩 165,000.00 元');
  await expect(card('第1次住院')).toContainText('还剩 0.00 元');
  await expect(region).toContainText('本年共 1 次门诊慢特病、1 次住院');
});

test('comparison: the same birth under every city and scheme, each column as the CLI or saying it has no rule', async ({ page }) => {
  const expected = cli({ city: 'jinan', scheme: 'resident', member: 'adult-tier1', benefit: 'maternity', date: '2025-06-01', maternityEvent: 'delivery', totalCost: '6000' });
  await page.goto('/compare/');
  await page.getByLabel('就医类型', { exact: true }).selectOption('maternity');
  await page.getByLabel('分娩或手术日期', { exact: true }).fill('2025-06-01');
  await choose(page, '生育类别', { label: '分娩' });
  await page.getByLabel('生育医疗总费用', { exact: true }).fill('6000');
  const jinan = page.getByRole('region', { name: '济南 · 居民医保' });
  await expect(jinan.locator('dt:text-is("个人负担") + dd')).toHaveText(formatYuan((await expected).outOfPocket));
  await expect(page.getByRole('region', { name: '威海 · 职工医保' })).toContainText('没有生育的已知规定');
});
