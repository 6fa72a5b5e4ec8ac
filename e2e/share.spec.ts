import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { choose, type Claim, expectChosen, fillClaim, fillRates, resultRegion, shownOutOfPocket, shownYearOutOfPocket } from './estimator';

/**
 * Share links: the plain link carries choices only; the one with amounts keeps them after '#', which
 * never reaches the server; a tampered link opens with the defaults and a notice, never a wrong figure.
 */

async function shareUrl(page: Page, button: '复制分享链接' | '分享含金额的链接'): Promise<URL> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const field = page.getByLabel(button === '复制分享链接' ? '分享链接（不含金额）' : '含金额的链接');
  await expect(field).toHaveValue(/^http/);
  return new URL(await field.inputValue());
}

/** Every request the page makes, to check that no amount reaches the server. */
function requests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

// A link opened in a new tab of the same browser: a context of the test's own.
test.use({ ownContext: true });

test.describe('share links', () => {
  const claim: Claim = {
    city: 'jinan',
    scheme: 'resident',
    member: 'adult-tier2',
    date: '2025-03-01',
    hospitalLevel: 2,
    admission: 2,
    totalCost: '87654.32',
    outOfScope: '1234.56',
    overrides: { deductible: '600', rates: [{ upTo: 20000, rate: 0.86 }, { upTo: null, rate: 0.91 }], fundCap: '250000' },
  };

  test('the plain link carries the choices and no amount', async ({ page, context }) => {
    await page.goto('/');
    await fillClaim(page, claim);
    await expect(page.getByText('隐私提示：含金额的链接')).toBeVisible();
    const url = await shareUrl(page, '复制分享链接');
    expect(url.pathname).toBe('/jinan/resident/');
    expect(url.search).toBe('?member=adult-tier2&level=2&admission=2');
    expect(url.hash).toBe('');
    expect(url.href).not.toMatch(/87654|1234|2025-03-01/);

    const other = await context.newPage();
    await other.goto(url.href);
    await expectChosen(other, '人员类别', 'adult-tier2');
    await expectChosen(other, '医院等级', '2');
    await expect(other.getByLabel('本年第几次住院', { exact: true })).toHaveValue('2');
    await expect(other.getByLabel('住院总费用', { exact: true })).toHaveValue('');
  });

  test('the link with amounts restores the figures and the supplied rates from the fragment; the server sees none of them', async ({ page, context }) => {
    await page.goto('/jinan/resident/');
    await fillClaim(page, claim);
    await page.getByLabel('起付线（第一次住院的标准）').fill(claim.overrides!.deductible!);
    await page.getByLabel('统筹基金年度最高支付限额').fill(claim.overrides!.fundCap!);
    await fillRates(page, claim.overrides!.rates!);
    const shown = await shownOutOfPocket(page).textContent();
    expect(shown).toMatch(/^¥/);
    const url = await shareUrl(page, '分享含金额的链接');
    expect(url.search).toBe('?member=adult-tier2&level=2&admission=2');
    expect(url.hash).toContain('total=87654.32');
    expect(url.hash).toContain('edits=');

    const other = await context.newPage();
    const seen = requests(other);
    await other.goto(url.href);
    await expect(shownOutOfPocket(other)).toHaveText(shown!);
    await expect(other.getByLabel('第2段比例（%）')).toHaveValue('91');
    await expect(resultRegion(other)).toContainText('用了分享链接中修改过的数值');
    await other.waitForLoadState('networkidle');
    expect(seen.filter((u) => /87654|1234\.?56|2025-03-01|edits/.test(u))).toEqual([]);
  });

  test('the planner shares its admissions only after #', async ({ page, context }) => {
    await page.goto('/planner/');
    await choose(page, '参保城市', { label: '烟台' });
    await choose(page, '险种', { label: '居民医保' });
    const first = page.getByRole('group', { name: '第1次就医', exact: true });
    await first.getByLabel('住院日期').fill('2025-02-01');
    await first.getByLabel('住院总费用').fill('23456');
    await page.getByRole('button', { name: '添加一次就医' }).click();
    await page.getByRole('group', { name: '第2次就医', exact: true }).getByLabel('住院总费用').fill('34567');
    const total = shownYearOutOfPocket(page);
    await expect(total).toHaveText(/^¥/);
    const shown = await total.textContent();

    const plain = await shareUrl(page, '复制分享链接');
    expect(plain.href).toMatch(/\/planner\/\?city=yantai&scheme=resident&member=adult-tier1$/);
    const url = await shareUrl(page, '分享含金额的链接');
    expect(url.search).toBe(plain.search);
    expect(url.hash).toContain('23456');

    const other = await context.newPage();
    await other.goto(url.href);
    await expect(shownYearOutOfPocket(other)).toHaveText(shown!);
  });
});

test('a tampered or malformed link opens with the defaults and a notice: no error page, no figure', async ({ page }) => {
  const notice = page.getByRole('status').filter({ hasText: '链接中有无法识别或已被改动的内容，已按默认设置打开。' });
  const links = [
    '/weihai/employee/?member=minor&level=9#date=2025-02-30&total=abc',
    '/yantai/resident/?member=adult-tier1#date=2025-03-01&total=50000&outOfScope=60000',
    `/yantai/employee/?level=3#date=2025-03-01&total=50000&edits=${encodeURIComponent('[{"kind":"deductible","cls":"working","grade":"3","value":-5}]')}`,
    '/planner/?city=atlantis#admissions=%5B%7B',
    '/compare/?employee=minor#total=%E0%A4%A',
  ];
  for (const link of links) {
    const response = await page.goto(link);
    expect(response?.status()).toBe(200);
    await expect(notice).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('页面不存在');
    await expect(page.getByLabel('住院总费用', { exact: true }).first()).toHaveValue('');
    await expect(page.locator('dt:text-is("个人负担") + dd, dt:text-is("全年个人负担") + dd')).toHaveCount(0);
  }
  // Keys the page does not know (WeChat adds some) are no tampering.
  await page.goto('/yantai/employee/?member=retired&from=singlemessage&isappinstalled=0');
  await expectChosen(page, '人员类别', 'retired');
  await expect(notice).toHaveCount(0);
});
