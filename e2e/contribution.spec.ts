import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { formatYuan } from '@/components/ui/format';
import { contributionOutput } from './cli';
import { choose } from './estimator';

/**
 * The contribution page on a phone: its figures equal the CLI's for the same input, typed the way
 * people type (full-width digits, grouping commas); unknown values said, typed ones and reports marked.
 */

interface Answer {
  monthly: Record<string, string | null>;
  yearly: Record<string, string | null>;
  items: { name: string; monthly: string | null; yearly: string | null; source: string }[];
}

/** The CLI's JSON for an input (`npm run -s contribution`, input on stdin), worked out in this process (see ./cli.ts). */
async function cli(input: Record<string, unknown>): Promise<Answer> {
  return JSON.parse(contributionOutput(input));
}

const result = (page: Page) => page.getByRole('region', { name: '计算结果' });
const figure = (page: Page, term: string) => result(page).locator(`dt:text-is("${term}") + dd`);

async function expectFigures(page: Page, answer: Answer) {
  const shown = (x: string | null) => (x === null ? '来源未给出' : formatYuan(x));
  await expect(figure(page, '单位每月缴费')).toHaveText(shown(answer.monthly.employer!));
  await expect(figure(page, '个人每月缴费')).toHaveText(shown(answer.monthly.individual!));
  await expect(figure(page, '每月划入个人账户')).toHaveText(shown(answer.monthly.accountCredit!));
  await expect(figure(page, '单位全年缴费')).toHaveText(shown(answer.yearly.employer!));
  await expect(figure(page, '个人全年缴费')).toHaveText(shown(answer.yearly.individual!));
  await expect(figure(page, '全年划入个人账户')).toHaveText(shown(answer.yearly.accountCredit!));
  const cards = result(page).getByRole('region', { name: '逐项明细' }).getByRole('listitem');
  await expect(cards).toHaveCount(answer.items.length);
  for (const [i, item] of answer.items.entries()) {
    await expect(cards.nth(i)).toContainText(item.name);
    for (const x of [item.monthly, item.yearly]) if (x !== null) await expect(cards.nth(i)).toContainText(formatYuan(x));
    await expect(cards.nth(i)).toContainText(`出处：${item.source}`);
  }
}

test('contribution: 烟台在职 2020 — the page’s figures are the CLI’s, each line with its article', async ({ page }) => {
  const expected = cli({ city: 'yantai', scheme: 'employee', member: 'working', year: 2020, monthlyWage: 5000, age: 40 });
  await page.goto('/contribution/');
  await choose(page, '参保城市', { label: '烟台' });
  await page.getByLabel('年份', { exact: true }).fill('２０２０');
  await page.getByLabel('月工资（缴费工资）').fill('５,０００');
  await page.getByLabel('年龄（周岁）').fill('40');
  await expectFigures(page, await expected);
  const account = result(page).getByRole('region', { name: '逐项明细' }).getByRole('listitem').filter({ has: page.getByText('划入个人账户', { exact: true }) });
  await expect(account).toContainText('本人月缴费工资 5,000.00 元 × 2.7%');
  await expect(account).toContainText('第十七条');
  await expect(result(page)).toContainText('每缺一年补缴 5,400.00 元');
});

test('contribution: 济南灵活就业 — asks for the provincial average wage, marks it beside the figure, says the account credit is unknown', async ({ page }) => {
  const expected = cli({ city: 'jinan', scheme: 'employee', member: 'flexible', year: 2022, flexibleRate: 0.09, averageWage: 8000 });
  await page.goto('/contribution/');
  await choose(page, '参保城市', { label: '济南' });
  await choose(page, '人员类别', { label: '灵活就业' });
  await page.getByLabel('年份', { exact: true }).fill('2022');
  await choose(page, '缴费比例', { label: '9%（建立个人账户）' });
  // Without it the contribution is unknown, said and asked for; the rest is computed.
  await expect(figure(page, '个人每月缴费')).toHaveText('来源未给出');
  await expect(result(page).getByRole('region', { name: '来源没有给出的数值' })).toContainText('请填写山东省上年度全口径月平均工资');
  await page.getByLabel('山东省上年度全口径月平均工资').fill('8,000');
  await expectFigures(page, await expected);
  await expect(result(page).locator('dt:text-is("个人每月缴费") ~ dd').nth(1)).toHaveText('含您填写的数值');
  await expect(result(page).getByRole('region', { name: '来源没有给出的数值' })).toContainText('12393');
});

test('contribution: residents — a reported figure is marked, a year without rules is said', async ({ page }) => {
  await page.goto('/contribution/');
  await choose(page, '参保城市', { label: '济南' });
  await choose(page, '险种', { label: '居民医保' });
  await page.getByLabel('年份', { exact: true }).fill('2026');
  await expect(figure(page, '个人全年缴费')).toHaveText('¥440.00');
  await expect(result(page).locator('dt:text-is("个人全年缴费") ~ dd').nth(1)).toHaveText('公开报道，待核实');
  await page.getByLabel('年份', { exact: true }).fill('2025');
  await expect(result(page)).toContainText('这一年没有已知的缴费规定');
});
