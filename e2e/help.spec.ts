import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { CHOICE_HELP } from '@/components/forms/claim-fields';
import { EVENT_FIELDS } from '@/lib/model/fields';
import { choose, fillClaim, resultRegion } from './estimator';

/**
 * Help for the first choices (issue 20, item 8): one line each on 职工 or 居民, 一档 or 二档 (and 在职,
 * 退休 or 灵活就业), and the hospital's grade, read with their fields. And the hotline 12393 is a
 * tap-to-call link wherever a page names it.
 */

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Every "12393" the page shows (details opened) is the text of a link to call it; how many there are. */
async function hotlinesAreLinks(page: Page): Promise<number> {
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const named = await page.locator('main').evaluate((main) => {
    const found: { linked: boolean; text: string }[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent!.includes('12393')) continue;
      const link = node.parentElement?.closest('a');
      found.push({ linked: link?.getAttribute('href') === 'tel:12393' && node.textContent!.trim() === '12393', text: node.textContent!.trim().slice(0, 40) });
    }
    return found;
  });
  expect(named.filter((n) => !n.linked)).toEqual([]);
  return named.length;
}

test('the estimator and the slip checker help with the scheme, the member type and the hospital grade', async ({ page }) => {
  await page.goto('/weihai/resident/');
  await expect(field(page, '险种')).toHaveAccessibleDescription(CHOICE_HELP.scheme);
  await expect(field(page, '人员类别')).toHaveAccessibleDescription(CHOICE_HELP.member.resident);
  await expect(field(page, '医院等级')).toHaveAccessibleDescription(EVENT_FIELDS.hospitalLevel.hint!);
  await choose(page, '险种', { label: '职工医保' });
  await expect(field(page, '人员类别')).toHaveAccessibleDescription(CHOICE_HELP.member.employee);

  await page.goto('/check/');
  await expect(field(page, '险种')).toHaveAccessibleDescription(CHOICE_HELP.scheme);
  await expect(field(page, '医院等级')).toHaveAccessibleDescription(EVENT_FIELDS.hospitalLevel.hint!);
});

test('12393 is a link to call it wherever it is named: the slip checker, the values asked for, the sources', async ({ page }) => {
  await page.goto('/check/');
  await expect(page.getByRole('link', { name: '12393' }).first()).toHaveAttribute('href', 'tel:12393');
  await page.getByLabel('住院日期', { exact: true }).fill('2025-03-01');
  await page.getByLabel('医疗费总额', { exact: true }).fill('50000');
  await page.getByLabel('本年第几次住院', { exact: true }).fill('2');
  await page.getByLabel('统筹基金支付', { exact: true }).fill('30000');
  await expect(page.getByRole('region', { name: '核对结果' })).toContainText('与按规定重算的结果不同');
  expect(await hotlinesAreLinks(page)).toBeGreaterThanOrEqual(3);

  // 济南居民: the values no source gives, and where to ask for them.
  await page.goto('/jinan/resident/');
  await fillClaim(page, { city: 'jinan', scheme: 'resident', member: 'adult-tier1', date: '2025-03-01', hospitalLevel: 2, admission: 1, totalCost: '20000' });
  await expect(resultRegion(page)).toContainText('还需要您填写数值');
  expect(await hotlinesAreLinks(page)).toBeGreaterThanOrEqual(1);

  await page.goto('/sources/');
  expect(await hotlinesAreLinks(page)).toBeGreaterThanOrEqual(5);
});
