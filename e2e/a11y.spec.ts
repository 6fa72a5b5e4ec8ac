import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { choose, fillClaim, fillRates, resultRegion, shownOutOfPocket } from './estimator';

/**
 * axe-core on every page, in the states a person sees: WCAG 2.1 A/AA and axe's best practices, zero
 * violations, and no duplicate id. Each page is checked whole once in its fullest state; a later state
 * of the same page (an error, another preset) only where it changed, to keep the run short. The
 * phone (Pixel 7) repeats the states whose layout differs there: tables as cards, stacked columns.
 */

test.beforeEach(() => {
  // Several whole-page axe runs per test: seconds each on a two-core machine, more when it is busy.
  test.slow();
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const FORM = 'form';
const RESULT = 'section[aria-labelledby="result-title"]';
/** The axe-core that AxeBuilder itself would put into the page (its own dependency, not the one ESLint's plugins bring). */
const AXE_SOURCE: string = createRequire(require.resolve('@axe-core/playwright'))('axe-core').source;

async function expectNoViolations(page: Page, state: string, only: string[] = []) {
  // Legacy mode runs axe in the page itself instead of finishing in a new blank page for frames the site does not have: 1.7 s less per check.
  // Only the violations come back whole (passes and the rest as one node each): the same findings, a quarter less time.
  // AxeBuilder evaluates axe's 650 KB source twice on every check (once itself, once per frame), about 0.15 s of the
  // page's CPU each. The document keeps it between checks, so it goes in once per document and AxeBuilder gets a no-op.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  let axe = new AxeBuilder({ page, axeSource: ';' }).withTags(TAGS).options({ resultTypes: ['violations'] }).setLegacyMode();
  for (const selector of only) axe = axe.include(selector);
  const { violations } = await axe.analyze();
  const found = violations.map((v) => ({
    rule: v.id,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`),
  }));
  expect(found, `axe violations on ${page.url()} (${state})`).toEqual([]);
  // axe 4 no longer reports duplicate ids that nothing refers to; labels and descriptions go by id, so none at all.
  const duplicates = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  });
  expect(duplicates, `duplicate ids on ${page.url()} (${state})`).toEqual([]);
}

/** Everything folded away is checked too: steps, 口径说明, the chart's table. */
async function openAllDetails(page: Page) {
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

test('a11y: the estimator with a result, the what-if editor open, a tampered-link notice; then errors', async ({ page }) => {
  await page.goto('/?member=minor&level=9#total=abc');
  await expect(page.getByRole('status').filter({ hasText: '链接中有无法识别或已被改动的内容' })).toBeVisible();
  await fillClaim(page, { city: 'yantai', scheme: 'employee', member: 'retired', date: '2025-03-01', hospitalLevel: 3, admission: 2, totalCost: '80000', outOfScope: '1000', selfPayFirst: '500' });
  await expect(shownOutOfPocket(page)).toHaveCount(1);
  await page.getByText('试算：修改政策参数').click();
  const name = '修改：起付线（第一次住院）：退休人员 · 三级医院';
  await page.getByRole('button', { name }).click();
  await page.getByRole('group', { name }).getByLabel('您的数值').fill('500');
  await page.getByRole('button', { name: '修改：多次住院的起付线：年度内第二次及以后住院' }).click();
  await page.getByRole('button', { name: '复制分享链接' }).click();
  await openAllDetails(page);
  await expectNoViolations(page, 'a result, edits in the what-if editor, the share link shown');

  await page.getByLabel('住院总费用', { exact: true }).fill('-500');
  await page.getByLabel('先行自付金额', { exact: true }).fill('1.234');
  await page.getByLabel('第1次住院全自费', { exact: true }).fill('1000');
  await expect(page.getByText('住院总费用不能为负数')).toBeVisible();
  await expect(page.getByText('填写了第1次住院全自费，请同时填写第1次住院总费用')).toBeVisible();
  await expectNoViolations(page, 'errors under the fields', [FORM, RESULT]);
});

test('a11y: 济南居民 asks for the values no source gives, then computes', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the same form and result as the estimator');
  await page.goto('/jinan/resident/');
  await page.getByLabel('住院总费用', { exact: true }).fill('50000');
  await page.getByLabel('起付线（第一次住院的标准）').fill('600');
  await page.getByLabel('统筹基金年度最高支付限额').fill('200000');
  await expect(page.getByRole('region', { name: '需要您补充的数值' })).toBeVisible();
  await page.getByLabel('第1段比例（%）', { exact: true }).fill('850');
  await expect(resultRegion(page)).toContainText('还需要您填写数值');
  await expectNoViolations(page, 'asked-for inputs, one with an error');

  await fillRates(page, [{ upTo: 10000, rate: 0.85 }, { upTo: null, rate: 0.9 }]);
  await expect(shownOutOfPocket(page)).toHaveCount(1);
  await openAllDetails(page);
  await expectNoViolations(page, 'computed with the supplied rates', [FORM, RESULT]);
});

test('a11y: the other preset pages, each with a bill', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the same form and result as the estimator');
  for (const path of ['/weihai/employee/', '/weihai/resident/', '/jinan/employee/', '/yantai/employee/', '/yantai/resident/']) {
    await page.goto(path);
    await page.getByLabel('住院总费用', { exact: true }).fill('60000');
    await expect(resultRegion(page).getByText(/个人负担|还需要您填写数值/).first()).toBeVisible();
    await openAllDetails(page);
    // The page around the form and the result is the estimator's, checked whole above.
    await expectNoViolations(page, 'a bill of 60,000', [FORM, RESULT]);
  }
});

test('a11y: the planner with two admissions and the what-if editor open; then an error', async ({ page }) => {
  await page.goto('/planner/');
  await choose(page, '参保城市', { label: '烟台' });
  const row = (n: number) => page.getByRole('group', { name: `第${n}次就医`, exact: true });
  await row(1).getByLabel('住院日期').fill('2025-03-01');
  await row(1).getByLabel('住院总费用').fill('200000');
  await page.getByRole('button', { name: '添加一次就医' }).click();
  await row(2).getByLabel('住院日期').fill('2025-02-01');
  await row(2).getByLabel('住院总费用').fill('30000');
  // 烟台职工 has no known rule for 生育: that row says why, the rest of the year is computed.
  await page.getByRole('button', { name: '添加一次就医' }).click();
  await row(3).getByLabel('就医类型').selectOption('maternity');
  await row(3).getByLabel('分娩或手术日期').fill('2025-04-01');
  await row(3).getByLabel('生育医疗总费用').fill('6000');
  await expect(row(3)).toContainText('这一次无法估算');
  await expect(page.getByRole('img', { name: '各次就医后累计的个人负担' })).toBeVisible();
  await page.getByText('试算：修改政策参数').click();
  await page.getByRole('button', { name: /^修改：/ }).first().click();
  await openAllDetails(page);
  await expectNoViolations(page, 'two admissions out of date order, an event no source computes, an open edit');

  await row(2).getByLabel('住院日期').fill('2024-12-30');
  await expect(row(2).getByLabel('住院日期')).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, 'an admission in another year', [FORM, 'section[aria-labelledby="plan-title"]']);
});

test('a11y: the comparison with a bill, one column unable to compute', async ({ page }) => {
  await page.goto('/compare/');
  await choose(page, '医院等级', { label: '一级及以下' });
  await page.getByLabel('住院总费用').fill('50000');
  await expect(page.getByRole('region', { name: '对比结果' }).getByRole('region')).toHaveCount(6);
  await expect(page.getByRole('region', { name: '济南 · 居民医保' })).toContainText('无法计算');
  await expectNoViolations(page, 'six columns');
});

test('a11y: the contribution page with a result, a value asked for and one unknown; then an error', async ({ page }) => {
  await page.goto('/contribution/');
  await choose(page, '参保城市', { label: '济南' });
  await choose(page, '人员类别', { label: '灵活就业' });
  await page.getByLabel('年份', { exact: true }).fill('2022');
  await choose(page, '缴费比例', { label: '9%（建立个人账户）' });
  await page.getByLabel('山东省上年度全口径月平均工资').fill('8000');
  await expect(page.getByRole('region', { name: '来源没有给出的数值' })).toBeVisible();
  await openAllDetails(page);
  await expectNoViolations(page, 'a result with a typed average wage and an unknown account credit');

  await page.getByLabel('年份', { exact: true }).fill('去年');
  await expect(page.getByText('年份请填写')).toBeVisible();
  await expectNoViolations(page, 'an error under the year', [FORM, RESULT]);
});

test('a11y: the slip check with a difference, its reasons and sums; then an error', async ({ page }) => {
  await page.goto('/check/');
  await page.getByLabel('住院日期', { exact: true }).fill('2025-03-01');
  // 威海职工 在职 三级 as the 2nd stay of the year (see e2e/check.spec.ts); 1,000 + 8,000 is not the 9,660 个人负担.
  const slip: [string, string][] = [['医疗费总额', '50000'], ['全自费', '2000'], ['先行自付', '1000'], ['统筹基金支付', '40340'], ['个人负担', '9660'], ['个人账户支付', '1000'], ['现金支付', '8000']];
  for (const [label, amount] of slip) await page.getByLabel(label, { exact: true }).fill(amount);
  const result = page.getByRole('region', { name: '核对结果' });
  await expect(result.getByRole('region', { name: '可能的原因（最可能的在前）' })).toBeVisible();
  await page.getByRole('button', { name: '复制分享链接' }).click();
  await openAllDetails(page);
  await expectNoViolations(page, 'a slip differing from the rules, with reasons and a sum that fails');

  await page.getByLabel('符合政策范围金额', { exact: true }).fill('60000');
  await expect(page.getByText('符合政策范围金额不能超过医疗费总额')).toBeVisible();
  await expectNoViolations(page, 'an error under a line', [FORM, 'section[aria-labelledby="check-title"]']);
});

test('a11y: the sources page', async ({ page, isMobile }) => {
  await page.goto('/sources/');
  if (!isMobile) {
    await openAllDetails(page);
    await expectNoViolations(page, 'every version and parameter group open');
    return;
  }
  // The phone lays the tables out as cards, the same for every version: one version open shows them
  // (every version whole is checked on the desktop; at 4,000 elements that run is the suite's longest).
  const opened = await page
    .locator('section[id]', { has: page.locator('details table') })
    .first()
    .locator('details')
    .evaluateAll((all) => all.map((d) => ((d as HTMLDetailsElement).open = true)).length);
  expect(opened).toBeGreaterThan(1);
  await expectNoViolations(page, 'one version and its parameter groups open');
});

test('a11y: the 404 page, and the notice to update an old WeChat', async ({ page, isMobile }) => {
  test.skip(isMobile, 'a heading, a paragraph and a link: the same on every screen');
  await page.goto('/no-such-page/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await expectNoViolations(page, '404');

  await page.addInitScript(() => {
    CSS.supports = () => false;
  });
  await page.goto('/');
  await expect(page.getByText('请把微信更新到最新版本')).toBeVisible();
  await expectNoViolations(page, 'the notice for an old browser');
});
