import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { cliOutOfPocket, fillClaim, fillRates, resultRegion, type Claim } from './estimator';

/** The what-if editor: the official rules beside the person's values, the difference, and every edited value marked. Desktop: the same on every screen. */

function editor(page: Page) {
  return page.locator('details', { has: page.locator('summary', { hasText: '试算：修改政策参数' }) });
}

const line = (page: Page, label: string) => editor(page).getByRole('table', { name: '本次住院的估算' }).getByRole('row', { name: new RegExp(`^${label}`) });

test('what-if: 济南居民 with the unknown values supplied — the official rules cannot compute, the edited ones can', async ({ page }) => {
  const claim: Claim = {
    city: 'jinan',
    scheme: 'resident',
    member: 'adult-tier1',
    date: '2025-03-01',
    hospitalLevel: 3,
    admission: 1,
    totalCost: '50000',
    overrides: { deductible: '1000', rates: [{ upTo: 10000, rate: 0.85 }, { upTo: null, rate: 0.9 }], fundCap: '200000' },
  };
  const expected = cliOutOfPocket(claim);
  await page.goto('/jinan/resident/');
  await fillClaim(page, claim);
  await page.getByLabel('起付线（第一次住院的标准）').fill('1000');
  await page.getByLabel('统筹基金年度最高支付限额').fill('200000');
  await fillRates(page, claim.overrides!.rates!);

  await expect(editor(page)).not.toHaveAttribute('open');
  await page.getByText('试算：修改政策参数').click();
  // The rules without the edits rest on reports: they are named 按所用规则, never 按官方规则.
  await expect(editor(page)).toContainText('按所用规则无法计算：缺少参数');
  await expect(editor(page)).not.toContainText('官方规则');
  const own = line(page, '个人负担');
  await expect(own.getByRole('cell').nth(0)).toHaveText(/无法计算/);
  await expect(own.getByRole('cell').nth(1)).toHaveText(new RegExp(`${(await expected).replace(/[.$]/g, '\\$&')}$`));
  await expect(own.getByRole('cell').nth(2)).toHaveText(/无法比较/);
  // The rates are one value: typed above, shown here as edited, not asked twice.
  await expect(editor(page)).toContainText('您的修改：起付线至 10,000 元部分 85%；10,000 元以上部分 90%');
  await expect(editor(page)).toContainText('这一项请在上方“需要您补充的数值”中填写');
  await expect(editor(page)).toContainText('已修改');
});

test('what-if: an edit of a known value (烟台职工 起付线) shows the difference and is marked as edited everywhere', async ({ page }) => {
  const claim: Claim = { city: 'yantai', scheme: 'employee', member: 'working', date: '2025-05-01', hospitalLevel: 3, admission: 1, totalCost: '50000', outOfScope: '1000' };
  const [official, edited] = [cliOutOfPocket(claim), cliOutOfPocket({ ...claim, overrides: { deductible: '500' } })];
  await page.goto('/yantai/employee/');
  await fillClaim(page, claim);
  await page.getByText('试算：修改政策参数').click();
  await expect(editor(page)).toContainText('修改下面任何一个参数后');

  await page.getByRole('button', { name: '修改：起付线（第一次住院）：在职职工 · 三级医院' }).click();
  const group = page.getByRole('group', { name: '修改：起付线（第一次住院）：在职职工 · 三级医院' });
  await expect(group.getByLabel('您的数值')).toHaveValue('800');
  await group.getByLabel('您的数值').fill('500');
  await expect(group).toContainText('已计入试算');
  await expect(page.getByText('试算：修改政策参数（已修改 1 项）')).toBeVisible();

  const own = line(page, '个人负担');
  await expect(own.getByRole('cell').nth(0)).toHaveText(new RegExp(`${(await official).replace(/[.$]/g, '\\$&')}$`));
  await expect(own.getByRole('cell').nth(1)).toHaveText(new RegExp(`${(await edited).replace(/[.$]/g, '\\$&')}$`));
  // 300 less deductible, paid at 85%: 255 less for the person.
  await expect(own.getByRole('cell').nth(2)).toHaveText(/−¥255\.00$/);
  // 烟台职工 2024 on rests on reports: the value before the edit is named by its level.
  await expect(editor(page)).toContainText('公开报道的数值：800 元');
  await expect(editor(page)).toContainText('所用规则与您的修改对比');
  await expect(editor(page)).toContainText('您的修改：500 元');

  // The result itself uses the edit, and says so: the badge, and the step resting on it.
  const region = resultRegion(page);
  await expect(region.locator('dt:text-is("个人负担") + dd')).toHaveText(await edited);
  await expect(region).toContainText('用了您填写或修改的数值');
  await expect(region.getByRole('listitem').filter({ hasText: '起付线（本年第1次住院）' })).toContainText('已修改');

  await page.getByRole('button', { name: '恢复公开报道的数值：起付线（第一次住院）：在职职工 · 三级医院' }).click();
  await expect(region.locator('dt:text-is("个人负担") + dd')).toHaveText(await official);
  await expect(region).not.toContainText('用了您填写或修改的数值');
});
