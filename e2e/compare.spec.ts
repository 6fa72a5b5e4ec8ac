import { expect, test } from './test';
import { SCHEME_LABELS, SCHEMES } from '../lib/model/labels';
import { RULES } from '../lib/rules';
import { PROVENANCE_LABELS } from '../components/ui/levels';
import { choose, type Claim, cli, cliOutOfPocket, expectChosen, resultRegion, shownOutOfPocket } from './estimator';

/** The same bill in 威海、济南、烟台 × 职工、居民: six columns, each with its version and level, or why it cannot compute. */

test('compare: six columns with versions and levels; a column that cannot compute says why and where to supply the values', async ({ page, isMobile }) => {
  const bill = { date: '2025-06-01', hospitalLevel: 3, admission: 1, totalCost: '50000', outOfScope: '2000' } as const;
  const yantai: Claim = { city: 'yantai', scheme: 'resident', member: 'adult-tier2', ...bill };
  const expected = cliOutOfPocket(yantai);
  await page.goto('/compare/');
  await expectChosen(page, '职工医保人员类别', 'working');
  await expectChosen(page, '居民医保人员类别', 'adult-tier1');
  await choose(page, '居民医保人员类别', { label: '二档成人' });
  await page.getByLabel('住院日期').fill(bill.date);
  await page.getByLabel('住院总费用').fill(bill.totalCost);
  await page.getByLabel('全自费金额').fill(bill.outOfScope);

  const results = page.getByRole('region', { name: '对比结果' });
  const columns = results.getByRole('region');
  await expect(columns).toHaveCount(RULES.cityIds.length * SCHEMES.length);
  for (const scheme of SCHEMES) {
    for (const city of RULES.cityIds) {
      await expect(results.getByRole('region', { name: `${RULES.cityLabel(city)} · ${SCHEME_LABELS[scheme]}` })).toBeVisible();
    }
  }
  const column = (name: string) => results.getByRole('region', { name });
  await expect(column('烟台 · 居民医保').locator('dt:text-is("个人负担") + dd')).toHaveText(await expected);
  await expect(column('烟台 · 居民医保')).toContainText('二档成人，按三级医院');
  // Each column's version at the level its figure rests on: the CLI's policy.level for the same claim.
  const weihai = await cli({ city: 'weihai', scheme: 'employee', member: 'working', ...bill });
  await expect(column('威海 · 职工医保')).toContainText(PROVENANCE_LABELS[weihai.policy.level]);
  // Beside each figure, what it rests on: 威海职工 wholly on official texts, 威海居民 partly on reports, 济南职工 wholly on a report.
  await expect(column('威海 · 职工医保')).toContainText('所用参数都来自官方文件');
  await expect(column('威海 · 职工医保')).not.toContainText('公开报道');
  await expect(column('威海 · 居民医保')).toContainText('部分参数来自公开报道，待核实');
  await expect(column('济南 · 职工医保')).toContainText('参数来自公开报道，待核实');

  // 济南居民: no source gives the base table. The column says so, and links to the page that asks for it, with the bill.
  const jinan = column('济南 · 居民医保');
  await expect(jinan).toContainText('无法计算');
  await expect(jinan).toContainText('12393');
  if (isMobile) return; // the link's target is checked once
  const link = jinan.getByRole('link', { name: '到济南 · 居民医保估算页填写二档成人·三级医院·起付线（第一次住院的标准）、二档成人·三级医院·统筹基金分段支付比例、二档成人·统筹基金年度最高支付限额' });
  // The bill goes after '#', which the estimator takes out of the address as soon as it has read it.
  await expect(link).toHaveAttribute('href', /^\/jinan\/resident\/\?member=adult-tier2&level=3&admission=1#./);
  await link.click();
  await expect(page).toHaveURL(/\/jinan\/resident\/\?member=adult-tier2&level=3&admission=1$/);
  await expect(page.getByLabel('住院总费用', { exact: true })).toHaveValue('50000');
  await expect(page.getByLabel('全自费金额', { exact: true })).toHaveValue('2000');
  await expect(page.getByRole('group', { name: '统筹基金分段支付比例' })).toBeVisible();
  await expect(resultRegion(page)).toContainText('还需要您填写数值');
  await expect(shownOutOfPocket(page)).toHaveCount(0);
});
