import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { formatYuan } from '@/components/ui/format';
import { choose, cli, plannerRow } from './estimator';

/**
 * The year planner: several admissions listed out of date order, settled in date order; the fund's
 * annual cap crossed in the middle of the last one; every figure equal to the CLI's for the same
 * year (its `earlier`); the chart present and readable as text. Runs on every screen: the cards stack on phones.
 */

const YEAR = {
  city: 'yantai',
  scheme: 'employee',
  member: 'working',
  date: '2025-04-10',
  hospitalLevel: 3,
  admission: 3,
  totalCost: '150000',
  earlier: [
    { date: '2025-01-10', hospitalLevel: 3, totalCost: '200000' },
    { date: '2025-02-10', hospitalLevel: 2, totalCost: '30000', outOfScope: '1000' },
  ],
} as const;

const row = plannerRow;

function card(page: Page, ordinal: number) {
  return page
    .getByRole('region', { name: '全年估算结果' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: new RegExp(`^第${ordinal}次住院`) }) });
}

const amount = (scope: ReturnType<typeof card>, term: string) => scope.locator(`dt:text-is("${term}") + dd`).first();

test.describe('on the desktop', () => {
  test.skip(({ isMobile }) => isMobile, 'the same messages on every screen');

  test('planner: three admissions in date order, the fund cap crossed mid-admission, totals and chart as the engine computes them', async ({ page }) => {
    const expected = cli({ ...YEAR, earlier: [...YEAR.earlier] });
    await page.goto('/planner/');
    await choose(page, '参保城市', { label: '烟台' });

    // Listed in the order the person remembers them, not the order they happened.
    await row(page, 1).getByLabel('住院日期').fill('2025-01-10');
    await row(page, 1).getByLabel('住院总费用').fill('200000');
    await page.getByRole('button', { name: '添加一次就医' }).click();
    await row(page, 2).getByLabel('住院日期').fill('2025-04-10');
    await row(page, 2).getByLabel('住院总费用').fill('150000');
    await page.getByRole('button', { name: '添加一次就医' }).click();
    await row(page, 3).getByLabel('住院日期').fill('2025-02-10');
    await choose(row(page, 3), '医院等级', { label: '二级' });
    await row(page, 3).getByLabel('住院总费用').fill('30000');
    await row(page, 3).getByLabel('全自费金额').fill('1000');

    const year = (await expected).year.admissions;
    const region = page.getByRole('region', { name: '全年估算结果' });
    await expect(card(page, 2).getByRole('heading')).toHaveText('第2次住院：2025-02-10，二级医院');
    let running = 0;
    for (const [i, a] of year.entries()) {
      const c = card(page, i + 1);
      await expect(amount(c, '起付线')).toHaveText(formatYuan(a.deductible));
      await expect(amount(c, '统筹基金支付')).toHaveText(formatYuan(a.fundPayment));
      await expect(amount(c, '个人负担')).toHaveText(formatYuan(a.outOfPocket));
      running += Number(a.outOfPocket); // whole yuan here: no float rounding
      await expect(amount(c, '累计个人负担')).toHaveText(formatYuan(String(running)));
    }
    // Why each deductible: the repeat-admission rule in words.
    await expect(card(page, 2)).toContainText('年度内第2次住院按 50% 计');
    await expect(card(page, 3)).toContainText('年度内第3次起不设起付线');

    await expect(region.locator('dt:text-is("全年个人负担") + dd')).toHaveText(formatYuan(String(running)));
    const fund = year.reduce((s, a) => s + Number(a.fundPayment), 0);
    await expect(region.locator('dt:text-is("统筹基金支付合计") + dd')).toHaveText(formatYuan(String(fund)));
    // The cap of 250,000 is used up during the third admission; 大额救助金 pays on beyond it.
    await expect(region).toContainText('统筹基金本年已支付 250,000.00 元，限额 250,000.00 元，还剩 0.00 元');
    await expect(region).toContainText('大额救助金');

    const chart = page.getByRole('img', { name: '各次就医后累计的个人负担' });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleDescription(new RegExp(`第3次住院（2025-04-10）后累计 ${formatYuan(String(running)).replace(/[.$]/g, '\\$&')}`));
    await page.getByText('用表格查看').click();
    const table = page.getByRole('table', { name: '各次就医后累计的个人负担' });
    // A row on a wide screen, a card with each cell's head on a phone.
    await expect(table.getByRole('row').last()).toContainText(new RegExp(`^第3次住院.*2025-04-10.*${formatYuan(String(running)).replace(/[.$]/g, '\\$&')}$`));

    // The form can be put in date order too.
    await page.getByRole('button', { name: '按日期重新排列' }).click();
    await expect(row(page, 2).getByLabel('住院日期')).toHaveValue('2025-02-10');
    await expect(page.getByRole('button', { name: '按日期重新排列' })).toHaveCount(0);
  });

  test('planner: an admission in another year is refused under its date, in words; a row can be removed', async ({ page }) => {
    await page.goto('/planner/');
    await row(page, 1).getByLabel('住院日期').fill('2025-03-01');
    await row(page, 1).getByLabel('住院总费用').fill('20000');
    await page.getByRole('button', { name: '添加一次就医' }).click();
    await row(page, 2).getByLabel('住院日期').fill('2024-12-30');
    await row(page, 2).getByLabel('住院总费用').fill('10000');
    const date = row(page, 2).getByLabel('住院日期');
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(date).toHaveAccessibleDescription(/各次就医须在同一年内（年度限额按自然年计算），第1次在 2025 年/);
    await expect(page.getByRole('region', { name: '全年估算结果' })).toContainText('请先改正');

    await page.getByRole('button', { name: '删除第2次就医' }).click();
    await expect(row(page, 2)).toHaveCount(0);
    // 威海职工: every value has a source, so the year computes at once.
    await expect(page.getByRole('region', { name: '全年估算结果' })).toContainText('全年个人负担');
  });
});
