import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { fillClaim, fillStays, resultRegion, shownOutOfPocket, shownYearOutOfPocket, type Claim } from './estimator';
import { watchCsp } from './csp';

/**
 * Keep and send (issue 20, item 5): 保存图片 draws the answer in the browser and shows it as an image
 * (long-press on a phone, a download on a computer); 复制文字 puts the same in plain text. Nothing is
 * made before a button is pressed, nothing is asked of the network, the page's policy allows it, and
 * a picture made for another result is not left standing. On the estimator, the planner and the slip checker.
 */

// 复制文字 is read back from the clipboard.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const claim: Claim = { city: 'weihai', scheme: 'resident', member: 'adult-tier1', date: '2024-06-01', hospitalLevel: 3, admission: 2, totalCost: '30000' };
const SENTENCE = '这次住院医保大约付 ¥14,800.00，您自己大约付 ¥15,200.00（约占 51%）。';

/** The picture made: a PNG drawn here, its size, and the link to download it. */
async function expectPicture(page: Page, name: RegExp) {
  const picture = page.getByRole('img', { name });
  await expect(picture).toBeVisible();
  const src = (await picture.getAttribute('src'))!;
  expect(src).toMatch(/^data:image\/png;base64,/);
  const size = await picture.evaluate((img: HTMLImageElement) => ({ width: img.naturalWidth, height: img.naturalHeight }));
  expect(size.width).toBe(1440);
  expect(size.height).toBeGreaterThan(800);
  const download = page.getByRole('link', { name: '下载图片' });
  await expect(download).toHaveAttribute('href', src);
  await expect(download).toHaveAttribute('download', /\.png$/);
}

/** The text 复制文字 shows, and what reached the clipboard. */
async function copiedText(page: Page): Promise<string> {
  await page.getByRole('button', { name: '复制文字' }).click();
  const field = page.getByLabel(/^已复制，可以粘贴到微信发给家人/);
  await expect(field).toBeVisible();
  const text = await field.inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  return text;
}

test('the estimator: a picture of the answer to keep, the same in text to send, made only on a press and never off the device', async ({ page, baseURL }) => {
  const violations = await watchCsp(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/weihai/resident/');
  await fillClaim(page, claim);
  await expect(shownOutOfPocket(page)).toHaveText('¥15,200.00');
  await expect(resultRegion(page).getByRole('img')).toHaveCount(0);

  await page.getByRole('button', { name: '保存图片' }).click();
  await expectPicture(page, /^医保报销估算：这次住院医保大约付/);
  await expect(page.getByRole('img', { name: /医保报销估算/ })).toHaveAccessibleName(`医保报销估算：${SENTENCE}请注意：假设本年此前住院没有用过年度额度；含公开报道的参数。`);

  const text = (await copiedText(page)).split('\n');
  expect(text.slice(0, 8)).toEqual([
    '【医保报销估算】估算，以实际结算为准',
    SENTENCE,
    '个人负担：¥15,200.00',
    '统筹基金支付：¥14,800.00',
    '居民大病保险：¥0.00',
    '威海居民医保，一档缴费，三级医院，本年第2次住院，2024-06-01',
    '住院总费用 ¥30,000.00',
    '请注意：假设本年此前住院没有用过年度额度；含公开报道的参数。',
  ]);
  expect(text).toContain('2024年起多次住院的起付线（年度内第二次及以后住院）调整：同样情况您少付 ¥200.00。');
  expect(text.some((l) => l.startsWith('所用规定：威海市居民基本医疗保险住院待遇'))).toBe(true);
  // The site's address, without the choices or anything after '#'.
  expect(text.at(-1)).toBe(`估算，以实际结算为准。${new URL('/weihai/resident/', baseURL).href}`);

  // Another bill: the picture and text of the old one go.
  await page.getByLabel('住院总费用', { exact: true }).fill('40000');
  await expect(page.getByRole('img', { name: /医保报销估算/ })).toHaveCount(0);
  await expect(page.getByLabel(/^已复制/)).toHaveCount(0);

  expect(requests.filter((u) => !u.startsWith(baseURL!) && !u.startsWith('data:'))).toEqual([]);
  expect(requests.filter((u) => /30000|15200|15,200/.test(u))).toEqual([]);
  expect(await violations()).toEqual([]);
});

test('a picture of a result on edited values says so', async ({ page }) => {
  await page.goto(`/yantai/employee/?member=working&level=3&admission=1#date=2026-03-01&total=22000&edits=${encodeURIComponent(JSON.stringify([{ path: 'yantai/employee/inpatient/segments/working/3', value: [{ upTo: null, rate: 1 }] }]))}`);
  await expect(shownOutOfPocket(page)).toHaveText('¥800.00');
  await page.getByRole('button', { name: '保存图片' }).click();
  await expectPicture(page, /含分享链接中修改过的参数/);
  const text = await copiedText(page);
  expect(text).toContain('个人负担（最多）：¥800.00');
  expect(text).toContain('请注意：未计入职工大病保险，实际可能更少；含分享链接中修改过的参数；含公开报道的参数。');
  expect(text).toMatch(/所用规定：.*含修改过的数值/);
});

test('the planner and the slip checker: their answers kept and sent the same way', async ({ page }) => {
  await page.goto('/planner/');
  await fillStays(page, [
    { date: '2025-03-01', totalCost: '30000' },
    { date: '2025-05-01', totalCost: '20000' },
  ]);
  await expect(shownYearOutOfPocket(page)).toHaveText(/^¥/);
  await page.getByRole('button', { name: '保存图片' }).click();
  await expectPicture(page, /^全年医保报销估算：本年 2 次住院医保大约付/);
  const year = await copiedText(page);
  expect(year).toContain(`全年个人负担：${await shownYearOutOfPocket(page).textContent()}`);
  expect(year).toMatch(/第2次住院（2025-05-01，三级医院）：住院总费用 ¥20,000\.00，个人负担 ¥/);

  await page.goto('/check/');
  await page.getByLabel('住院日期', { exact: true }).fill('2025-03-01');
  await page.getByLabel('医疗费总额', { exact: true }).fill('50000');
  await page.getByLabel('统筹基金支付', { exact: true }).fill('39980');
  await expect(page.getByRole('region', { name: '核对结果' })).toContainText('按规定重算的结果');
  await page.getByRole('button', { name: '保存图片' }).click();
  await expectPicture(page, /^结算单核对：结算单上/);
  const check = await copiedText(page);
  expect(check).toMatch(/^【结算单核对】/);
  expect(check).toMatch(/统筹基金支付：结算单 ¥39,980\.00，按规定重算 ¥[\d,.]+，/);
});

test('a pasted link shows a card: every page names its picture and PNG icons, served from the site', async ({ page, request }) => {
  for (const path of ['/', '/weihai/resident/', '/planner/', '/check/']) {
    await page.goto(path);
    const card = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
    expect(card.pathname, path).toBe('/share-card.png');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', (await page.title()).replace(/ · 医保报销估算$/, ''));
    const icons = await page.locator('link[rel="icon"][type="image/png"], link[rel="apple-touch-icon"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(icons.length, path).toBe(2);
    for (const href of [card.pathname, ...icons.map((h) => new URL(h).pathname)]) {
      const response = await request.get(href);
      expect(response.ok(), href).toBe(true);
      expect(response.headers()['content-type']).toBe('image/png');
    }
  }
});

