import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './test';
import { formatYuan } from '@/components/ui/format';
import { choose, type Claim, cli, cliOutOfPocket, fillClaim, fillRates, fillStays, resultRegion, shownOutOfPocket, shownYearOutOfPocket } from './estimator';

/**
 * A weak mobile connection: once a page has loaded, everything it computes works with the network
 * gone (the engine and rule data are fetched right after the first paint, not on first use); and no
 * page, nor any chunk it loads later, asks anything of another origin. The same on every screen: desktop only.
 */

/**
 * Every request from the moment the network drops, but the router's prefetches of pages that links
 * point to (a link to 政策来源 scrolls into view with the result): they fail quietly, and following
 * such a link needs the network anyway; and the browser's own requests for the site's icon, made again
 * each time the address follows the form. Nothing the page computes with may be among them.
 */
async function goOffline(page: Page, context: BrowserContext): Promise<string[]> {
  // The engine chunk and the prefetches of visible links are in by now.
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    const pagePrefetch = r.resourceType() === 'fetch' && (pathname.endsWith('/') || pathname.includes('/__next.'));
    const icon = /^\/(apple-)?icon\.(svg|png)$/.test(pathname);
    if (!pagePrefetch && !icon) requests.push(`${r.resourceType()} ${r.url()}`);
  });
  await context.setOffline(true);
  return requests;
}

// Offline and every request: the context's, so a context of the test's own (its cache cold, as a visitor's).
test.use({ ownContext: true });

/** The rules are loaded once the browser has filled in today's date. */
async function engineReady(page: Page) {
  await expect(page.getByLabel('住院日期', { exact: true }).first()).not.toHaveValue('');
}

test('offline after load: the estimator computes, switches city and scheme, takes asked-for values and what-if edits', async ({ page, context }) => {
  test.slow(); // a long journey: four claims, asked-for values and an edit
  const yantai: Claim = { city: 'yantai', scheme: 'employee', member: 'retired', date: '2025-06-01', hospitalLevel: 2, admission: 1, totalCost: '30000', outOfScope: '1500' };
  const jinan: Claim = { city: 'jinan', scheme: 'employee', member: 'flexible', date: '2025-07-01', hospitalLevel: 3, admission: 2, totalCost: '80000', selfPayFirst: '1000' };
  const asking: Claim = {
    city: 'jinan',
    scheme: 'resident',
    member: 'adult-tier1',
    date: '2025-03-01',
    hospitalLevel: 3,
    admission: 1,
    totalCost: '50000',
    overrides: { deductible: '1000', rates: [{ upTo: 10000, rate: 0.85 }, { upTo: null, rate: 0.9 }], fundCap: '200000' },
  };
  const weihai: Claim = { city: 'weihai', scheme: 'employee', member: 'working', date: '2025-03-01', hospitalLevel: 3, admission: 1, totalCost: '50000' };
  const [forYantai, forJinan, forAsking, forWeihai] = [cliOutOfPocket(yantai), cliOutOfPocket(jinan), cliOutOfPocket(asking), cliOutOfPocket(weihai)] as const;
  await page.goto('/');
  await engineReady(page);
  const requests = await goOffline(page, context);

  await fillClaim(page, yantai);
  await expect(shownOutOfPocket(page)).toHaveText(await forYantai);
  await fillClaim(page, jinan);
  await expect(shownOutOfPocket(page)).toHaveText(await forJinan);
  await fillClaim(page, asking);
  await expect(resultRegion(page)).toContainText('还需要您填写数值');
  await page.getByLabel('起付线（第一次住院的标准）').fill('1000');
  await page.getByLabel('统筹基金年度最高支付限额').fill('200000');
  await fillRates(page, asking.overrides!.rates!);
  await expect(shownOutOfPocket(page)).toHaveText(await forAsking);
  await fillClaim(page, weihai);
  await expect(shownOutOfPocket(page)).toHaveText(await forWeihai);

  await page.getByText('试算：修改政策参数').click();
  const name = '修改：起付线（第一次住院）：在职职工 · 三级医院';
  await page.getByRole('button', { name }).click();
  const group = page.getByRole('group', { name });
  await group.getByLabel('您的数值').fill('100');
  await expect(group).toContainText('已计入试算');
  await expect(shownOutOfPocket(page)).not.toHaveText(await forWeihai);
  await page.getByRole('button', { name: '分享含金额的链接' }).click();
  await expect(page.getByLabel('含金额的链接')).toHaveValue(/#/);

  expect(requests).toEqual([]);
});

test('offline after load: the planner settles a year of admissions', async ({ page, context }) => {
  const year = {
    city: 'yantai',
    scheme: 'employee',
    member: 'working',
    date: '2025-04-10',
    hospitalLevel: 3,
    admission: 2,
    totalCost: '150000',
    earlier: [{ date: '2025-01-10', hospitalLevel: 3, totalCost: '200000' }],
  } as const;
  const expected = cli({ ...year, earlier: [...year.earlier] });
  await page.goto('/planner/');
  await engineReady(page);
  const requests = await goOffline(page, context);

  await choose(page, '参保城市', { label: '烟台' });
  await fillStays(page, [
    { date: '2025-01-10', totalCost: '200000' },
    { date: '2025-04-10', totalCost: '150000' },
  ]);
  const total = (await expected).year.admissions.reduce((s, a) => s + Number(a.outOfPocket), 0);
  await expect(shownYearOutOfPocket(page)).toHaveText(formatYuan(total.toFixed(2)));
  await expect(page.getByRole('img', { name: '各次就医后累计的个人负担' })).toBeVisible();

  expect(requests).toEqual([]);
});

test('offline after load: the comparison fills its six columns', async ({ page, context }) => {
  const bill = { date: '2025-06-01', hospitalLevel: 3, admission: 1, totalCost: '50000', outOfScope: '2000' } as const;
  const expected = cliOutOfPocket({ city: 'yantai', scheme: 'resident', member: 'adult-tier1', ...bill });
  await page.goto('/compare/');
  await engineReady(page);
  const requests = await goOffline(page, context);

  await page.getByLabel('住院日期').fill(bill.date);
  await page.getByLabel('住院总费用').fill(bill.totalCost);
  await page.getByLabel('全自费金额').fill(bill.outOfScope);
  const results = page.getByRole('region', { name: '对比结果' });
  await expect(results.getByRole('region')).toHaveCount(6);
  await expect(results.getByRole('region', { name: '烟台 · 居民医保' }).locator('dt:text-is("个人负担") + dd')).toHaveText(await expected);

  expect(requests).toEqual([]);
});

test('no page requests anything from another origin, lazily loaded chunks and interactions included', async ({ page, context, baseURL }) => {
  test.slow(); // visits every page
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  /** The scripts each page names in its HTML (as served, before any script adds more): any other chunk was loaded later, by import(). */
  const named = new Set<string>();
  const visit = async (path: string) => {
    const html = (await (await page.goto(path))!.text()).replaceAll('\\"', '"');
    for (const [, src] of html.matchAll(/"(\/_next\/static\/[^"]+\.js)"/g)) named.add(new URL(src!, baseURL).href);
  };

  await visit('/');
  await fillClaim(page, { city: 'yantai', scheme: 'employee', member: 'working', date: '2025-01-20', hospitalLevel: 3, admission: 1, totalCost: '98765.43', outOfScope: '1234.56' });
  await expect(shownOutOfPocket(page)).toHaveCount(1);
  await page.getByRole('button', { name: '复制分享链接' }).click();

  for (const path of ['/weihai/employee/', '/weihai/resident/', '/jinan/employee/', '/jinan/resident/', '/yantai/employee/', '/yantai/resident/']) {
    await visit(path);
    await page.getByLabel('住院总费用', { exact: true }).fill('98765.43');
    await expect(shownOutOfPocket(page).or(page.getByRole('region', { name: '需要您补充的数值' })).first()).toBeVisible();
  }
  await page.getByText('试算：修改政策参数').click();
  await page.getByRole('button', { name: /^修改：/ }).first().click();

  await visit('/planner/');
  await page.getByRole('group', { name: '第1次就医', exact: true }).getByLabel('住院总费用').fill('98765.43');
  await page.getByRole('button', { name: '添加一次就医' }).click();
  await page.getByRole('group', { name: '第2次就医', exact: true }).getByLabel('住院总费用').fill('1234.56');
  await page.getByRole('button', { name: '分享含金额的链接' }).click();
  await expect(page.getByLabel('含金额的链接')).toHaveValue(/#/);

  await visit('/compare/');
  await page.getByLabel('住院总费用').fill('98765.43');
  await expect(page.getByRole('region', { name: '对比结果' }).getByRole('region')).toHaveCount(6);

  await visit('/sources/');
  await visit('/no-such-page/');
  await page.getByRole('main').getByRole('link', { name: /首页/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('医保报销估算');
  await page.waitForLoadState('networkidle');

  expect(requests.filter((u) => !u.startsWith(baseURL!) && !u.startsWith('data:'))).toEqual([]);
  expect(requests.filter((u) => /98765|1234\.?56/.test(u))).toEqual([]);
  // The engine chunks were among them: loaded after the first paint, from this origin.
  const lazy = requests.filter((u) => u.startsWith(`${baseURL}/_next/static/chunks/`) && u.endsWith('.js') && !named.has(u));
  expect(lazy.length, `no chunk loaded after the first paint; named in the HTML: ${[...named].join(' ')}`).toBeGreaterThan(0);
});
