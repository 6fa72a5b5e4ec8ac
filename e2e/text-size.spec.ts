import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { choose, fillClaim, fillRates, resultRegion, shownOutOfPocket } from './estimator';
import { doubleTextSize } from './large-text';

/**
 * Text at 200 % on a 360 px phone, on every page, without loss of content: the browser's own text
 * size set to twice its default (Chromium's font-size preference, which the site's % root size
 * follows), then no sideways scroll, nothing cut off by a box that hides its overflow, no text past
 * the screen's edge, and the key figures still on screen. One phone project: Pixel 7 at 360 px.
 */

test.use({ viewport: { width: 360, height: 780 } });

const DOUBLE = 2 * 18; // the site's base text is 18 px

/** Every way content can be lost at this size; [] when none. */
async function lostContent(page: Page): Promise<string[]> {
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  // The screen's width, not the page's: a phone widens its layout to fit content that sticks out.
  const width = page.viewportSize()!.width;
  return page.evaluate((width) => {
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    // Visually hidden on purpose (.sr-only: 1 px, clipped), read by screen readers: not lost.
    const hidden = [...document.body.querySelectorAll('*')].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width <= 1 && box.height <= 1 && getComputedStyle(el).overflow === 'hidden';
    });
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${el.getAttribute('class')!.split(' ').slice(0, 3).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 24)}"`;
    for (const el of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (style.display === 'none' || style.visibility === 'hidden' || box.width * box.height === 0) continue;
      if (hidden.some((h) => h.contains(el))) continue;
      // A text field scrolls its own value under the caret; a 9,204-character share link cannot fit any screen.
      const field = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
      const clips = !field && /hidden|clip/.test(`${style.overflowX} ${style.overflowY}`);
      const scrolls = /auto|scroll/.test(style.overflowX);
      if (clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
        problems.push(`cut off (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}): ${name(el)}`);
      }
      if (scrolls && el.scrollWidth > el.clientWidth + 1) problems.push(`scrolls sideways: ${name(el)}`);
      if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth) problems.push(`text ends in …: ${name(el)}`);
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (ownText && (box.right > width + 1 || box.left < -1)) problems.push(`past the screen's edge (${Math.round(box.left)}–${Math.round(box.right)}): ${name(el)}`);
    }
    // A figure too wide for its line wraps after a thousands comma, never inside a group ("¥7,150.0" + "0").
    for (const dd of document.querySelectorAll('dd')) {
      const text = dd.textContent ?? '';
      if (!/^¥[\d,.]+$/.test(text)) continue;
      const range = document.createRange();
      let offset = 0;
      let lastTop: number | null = null;
      const walker = document.createTreeWalker(dd, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.textContent!.length; i++, offset++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const top = range.getBoundingClientRect().top;
          if (lastTop !== null && top > lastTop + 2 && text[offset - 1] !== ',') problems.push(`"${text}" wraps inside a group: "${text.slice(0, offset)}" / "${text.slice(offset)}"`);
          lastTop = top;
        }
      }
    }
    return problems;
  }, width);
}

async function expectOnScreen(page: Page, locator: ReturnType<Page['locator']>) {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
}

async function expectDoubled(page: Page) {
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(`${DOUBLE}px`);
}

test('200 % text at 360 px: the estimator, with asked-for values, a result and the what-if editor open', async ({ page }) => {
  await doubleTextSize(page);
  await page.goto('/');
  await expectDoubled(page);
  await fillClaim(page, { city: 'jinan', scheme: 'resident', member: 'minor', date: '2025-03-01', hospitalLevel: 3, admission: 2, totalCost: '99999999.99', outOfScope: '12345678.9', selfPayFirst: '1' });
  await page.getByLabel('起付线（第一次住院的标准）').fill('1000');
  await page.getByLabel('统筹基金年度最高支付限额').fill('200000');
  await fillRates(page, [{ upTo: 10000, rate: 0.85 }, { upTo: null, rate: 0.9 }]);
  await expect(shownOutOfPocket(page)).toHaveCount(1);
  await page.getByText('试算：修改政策参数').click();
  await page.getByRole('button', { name: '修改：补充保障：居民大病保险 · 分段比例' }).click();
  await page.getByRole('button', { name: '分享含金额的链接' }).click();
  expect(await lostContent(page)).toEqual([]);
  await expectOnScreen(page, page.getByRole('heading', { level: 1 }));
  await expectOnScreen(page, shownOutOfPocket(page));
  await expectOnScreen(page, resultRegion(page).getByText('估算结果仅供参考，以定点医疗机构实际结算为准'));

  // An error under a field, and a refusal in the result.
  await page.getByLabel('住院总费用', { exact: true }).fill('123.456');
  await expect(page.getByText('住院总费用最多保留两位小数（到分）')).toBeVisible();
  expect(await lostContent(page)).toEqual([]);
  await expectOnScreen(page, page.getByText('住院总费用最多保留两位小数（到分）'));
});

test('200 % text at 360 px: the six city × scheme pages with a result or the values they ask for', async ({ page }) => {
  await doubleTextSize(page);
  for (const path of ['/weihai/employee/', '/weihai/resident/', '/jinan/employee/', '/jinan/resident/', '/yantai/employee/', '/yantai/resident/']) {
    await page.goto(path);
    await expectDoubled(page);
    await page.getByLabel('住院总费用', { exact: true }).fill('99999999.99');
    const figure = shownOutOfPocket(page).or(page.getByRole('region', { name: '需要您补充的数值' }));
    await expect(figure).toBeVisible();
    expect(await lostContent(page), path).toEqual([]);
    await expectOnScreen(page, page.getByRole('heading', { level: 1 }));
    await expectOnScreen(page, figure.first());
  }
});

test('200 % text at 360 px: the planner, the comparison, the sources page and the 404 page', async ({ page }) => {
  await doubleTextSize(page);
  await page.goto('/planner/');
  await expectDoubled(page);
  await choose(page, '参保城市', { label: '烟台' });
  const row = (n: number) => page.getByRole('group', { name: `第${n}次就医`, exact: true });
  await row(1).getByLabel('住院日期').fill('2025-03-01');
  await row(1).getByLabel('住院总费用').fill('99999999.99');
  await page.getByRole('button', { name: '添加一次就医' }).click();
  await row(2).getByLabel('住院日期').fill('2025-02-01');
  await row(2).getByLabel('住院总费用').fill('1234567.89');
  await expect(page.getByRole('img', { name: '各次就医后累计的个人负担' })).toBeVisible();
  await page.getByText('试算：修改政策参数').click();
  await page.getByRole('button', { name: /^修改：/ }).first().click();
  expect(await lostContent(page)).toEqual([]);
  const plan = page.getByRole('region', { name: '全年估算结果' });
  await expectOnScreen(page, plan.locator('dt:text-is("全年个人负担") + dd'));
  await expectOnScreen(page, page.getByRole('button', { name: '按日期重新排列' }));

  // An everyday bill: its figures are the ones that once wrapped as "¥7,150.0" and "0".
  await page.goto('/compare/');
  await page.getByLabel('住院总费用').fill('50000');
  const columns = page.getByRole('region', { name: '对比结果' }).getByRole('region');
  await expect(columns).toHaveCount(6);
  expect(await lostContent(page)).toEqual([]);
  for (const column of await columns.all()) await expectOnScreen(page, column.getByRole('heading'));
  await expectOnScreen(page, page.getByRole('region', { name: '烟台 · 居民医保' }).locator('dt:text-is("个人负担") + dd'));

  await page.goto('/sources/');
  await expectDoubled(page);
  expect(await lostContent(page)).toEqual([]);
  await expectOnScreen(page, page.getByRole('table', { name: '统筹基金支付比例' }).getByText('未知，需要您填写').first());

  await page.goto('/no-such-page/');
  expect(await lostContent(page)).toEqual([]);
  await expectOnScreen(page, page.getByRole('link', { name: '返回首页' }));
});
