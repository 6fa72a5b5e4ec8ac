import { expect, test } from './test';
import { choiceField, expectChosen, fillClaim, resultRegion, shownOutOfPocket } from './estimator';

test('the step list starts open on wide screens and closed on phones', async ({ page }) => {
  await page.goto('/');
  await fillClaim(page, { city: 'yantai', scheme: 'employee', member: 'working', date: '2025-01-20', hospitalLevel: 3, admission: 1, totalCost: '20000' });
  const steps = resultRegion(page).locator('details', { hasText: '计算过程' });
  await expect(steps).toBeVisible();
  const wide = page.viewportSize()!.width >= 768;
  await expect(steps).toHaveJSProperty('open', wide);
  await expect(resultRegion(page).getByText('依据：', { exact: false }).first()).toBeVisible({ visible: wide });
});

test('the first screen computes: with only a total typed, every preset with known rules shows an estimate, not a request for values', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the same rules on every screen');
  for (const path of ['/', '/weihai/employee/', '/weihai/resident/', '/jinan/employee/', '/yantai/employee/', '/yantai/resident/']) {
    await page.goto(path);
    await page.getByLabel('住院总费用', { exact: true }).fill('20000');
    await expect(shownOutOfPocket(page), path).toHaveCount(1);
    await expect(resultRegion(page), path).not.toContainText('还需要您填写数值');
    // 济南职工 and 威海居民二档 still offer the rate beyond the reported segments; 威海职工 needs nothing.
    if (path.startsWith('/weihai/employee/') || path === '/') await expect(page.getByRole('region', { name: '需要您补充的数值' }), path).toHaveCount(0);
  }
});

test.describe('page content', () => {
  test.skip(({ isMobile }) => isMobile, 'the same on every screen: desktop only');

  test('a preset page has its own title, description and Open Graph tags, and starts with its city and scheme', async ({ page }) => {
    await page.goto('/weihai/employee/');
    await expect(page).toHaveTitle('威海职工医保报销估算');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('威海职工医保报销估算');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', '威海职工医保报销估算');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /威海职工医保/);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /威海职工医保/);
    await expectChosen(page, '参保城市', 'weihai');
    await expectChosen(page, '险种', 'employee');

    await page.goto('/jinan/resident/');
    await expect(page).toHaveTitle('济南居民医保报销估算');
    await expect(choiceField(page, '人员类别').locator('label')).toHaveText(['一档成人', '二档成人', '未成年', '在校学生']);
  });

  test('the sources page lists every version with its documents, parameters and 口径说明', async ({ page }) => {
    await page.goto('/sources/');
    await expect(page).toHaveTitle('政策来源 · 医保报销估算');
    const versions = page.getByRole('region').filter({ has: page.getByRole('heading', { level: 2, name: /住院待遇/ }) });
    await expect(versions).toHaveCount(8);

    // Each version folded under its title, dates and level; opened, its documents, parameter groups and 口径说明.
    const weihai = page.getByRole('region', { name: '威海市职工基本医疗保险住院待遇（2024—2028年）' });
    await expect(weihai).toContainText('2024-01-01 至 2028-12-31');
    // Official inpatient values beside reported outpatient ones: the version says so, and when its newest source is dated.
    await expect(weihai).toContainText('部分参数来自公开报道，待核实');
    await expect(weihai.getByRole('table')).toHaveCount(0);
    await weihai.getByText(/^文件、参数（\d+ 项）和口径说明（\d+ 条）$/).click();
    await expect(weihai).toContainText('威医保发〔2023〕56号');
    // The disclosure with no 文号 is known by its index number.
    await expect(weihai).toContainText('无文号，索引号 11371000004359010J-DSJ/2024-01048 《2024年一季度……待遇支付……情况》，威海市医疗保障局，2024-04-10');
    await expect(weihai).toContainText('最近核实2024-04-10');
    const rates = weihai.locator('summary', { hasText: '统筹基金支付比例' });
    await expect(rates).toHaveText('统筹基金支付比例（6 项）');
    await rates.click();
    await expect(weihai.getByRole('table', { name: '统筹基金支付比例' })).toContainText('40,000 元以上部分 90%');
    const interpretations = weihai.locator('summary', { hasText: /^口径说明/ });
    await expect(interpretations).toContainText('我们怎样理解政策中不明确的地方');
    await interpretations.click();
    await expect(weihai.getByText('24万元是年度政策范围内费用的额度')).toBeVisible();

    const jinan = page.getByRole('region', { name: /济南市职工基本医疗保险住院待遇/ });
    await expect(jinan).toContainText('公开报道，待核实');
    await expect(jinan).toContainText('2024-01-01 至 今（未见截止日期）');
    const resident = page.getByRole('region', { name: /济南市居民基本医疗保险住院待遇/ });
    await resident.getByText(/^文件、参数/).click();
    await resident.locator('summary', { hasText: '统筹基金支付比例' }).click();
    await expect(resident.getByRole('table', { name: '统筹基金支付比例' })).toContainText('未知，需要您填写');
  });

  test('no request leaves the site and no typed figure appears in any request', async ({ page, baseURL }) => {
    const urls: string[] = [];
    page.on('request', (req) => urls.push(req.url()));
    await page.goto('/');
    await fillClaim(page, { city: 'yantai', scheme: 'employee', member: 'working', date: '2025-01-20', hospitalLevel: 3, admission: 1, totalCost: '98765.43', outOfScope: '1234.56' });
    await expect(shownOutOfPocket(page)).toHaveCount(1);
    await page.getByRole('link', { name: '政策来源' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('政策来源');
    await page.goto('/yantai/resident/');
    await page.waitForLoadState('networkidle');

    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !u.startsWith(baseURL!) && !u.startsWith('data:'))).toEqual([]);
    expect(urls.filter((u) => /98765|1234\.?56/.test(u))).toEqual([]);
    expect(page.url()).not.toContain('98765');
  });

  test('an engine older than Chromium 111 / Safari 16.4 gets a notice to update WeChat', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('请把微信更新到最新版本')).toBeHidden();
    // color-mix() is what such an engine lacks; pretend it is missing.
    await page.addInitScript(() => {
      CSS.supports = () => false;
    });
    await page.reload();
    await expect(page.getByText('请把微信更新到最新版本')).toBeVisible();
  });
});
