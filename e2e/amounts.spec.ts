import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { AMOUNT } from '@/components/ui/text-parts';
import { choose, fillClaim, fillStays, resultRegion, shownOutOfPocket, shownYearOutOfPocket } from './estimator';
import { doubleTextSize } from './large-text';

/**
 * No amount breaks across lines, anywhere a result shows one: the estimator, the planner and the slip
 * checker, their tables, the split bar and the phone's summary bar. Checked by line boxes: every
 * amount is one element (data-amount) with one box per line it takes, so one box is one line; and no
 * amount stands outside such an element, where the browser could break it. On a 360 px phone at 200 %
 * text and on a 1280 px desktop (where /check/'s table once broke "¥17,721." / "97").
 */

async function setUp(page: Page, projectName: string) {
  if (projectName === 'pixel7') {
    await page.setViewportSize({ width: 360, height: 780 });
    await doubleTextSize(page);
  } else {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
}

/** Every amount in the result on more than one line, and every amount written outside an amount element; [] when none. */
async function brokenAmounts(page: Page, region: string): Promise<string[]> {
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  return page.evaluate(
    ({ region, source }) => {
      const problems: string[] = [];
      const root = [...document.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent === region);
      if (!root) return [`no region ${region}`];
      const amounts = [...root.querySelectorAll('[data-amount]'), ...document.querySelectorAll('aside [data-amount]')];
      if (amounts.length === 0) problems.push('no amount shown');
      for (const el of amounts) {
        const lines = el.getClientRects().length;
        if (lines > 1) problems.push(`"${el.textContent}" on ${lines} lines`);
      }
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('[data-amount], title, desc, svg, script')) continue;
        const found = node.textContent!.match(new RegExp(source, 'g'));
        if (found) problems.push(`outside an amount element: ${found.join(', ')} in "${node.textContent!.trim().slice(0, 40)}"`);
      }
      return problems;
    },
    { region, source: AMOUNT.source },
  );
}

test('the estimator: the headline, the summary bar, the split, the steps and the notes keep every amount on one line', async ({ page }, info) => {
  await setUp(page, info.project.name);
  await page.goto('/weihai/resident/');
  await fillClaim(page, { city: 'weihai', scheme: 'resident', member: 'adult-tier2', date: '2024-06-01', hospitalLevel: 3, admission: 2, totalCost: '99999999.99', outOfScope: '1234567.89', selfPayFirst: '17721.97' });
  await expect(shownOutOfPocket(page)).toHaveCount(1);
  // The summary bar is on screen while the form is (phones only).
  if (info.project.name === 'pixel7') {
    await page.getByLabel('住院总费用', { exact: true }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('complementary', { name: '估算摘要' })).toBeVisible();
  }
  expect(await brokenAmounts(page, '估算结果')).toEqual([]);
  await expect(resultRegion(page).locator('[data-amount]').first()).toBeVisible();
});

test('the planner: totals, each event, the pots and the chart table keep every amount on one line', async ({ page }, info) => {
  await setUp(page, info.project.name);
  await page.goto('/planner/');
  await choose(page, '参保城市', { label: '烟台' });
  await fillStays(page, [
    { date: '2025-03-01', totalCost: '99999999.99' },
    { date: '2025-05-01', totalCost: '1234567.89' },
  ]);
  await expect(shownYearOutOfPocket(page)).toHaveCount(1);
  expect(await brokenAmounts(page, '全年估算结果')).toEqual([]);
});

test('the slip checker: the table, the reasons, the sums and the lines keep every amount on one line', async ({ page }, info) => {
  await setUp(page, info.project.name);
  await page.goto('/check/');
  await choose(page, '参保城市', { label: '威海' });
  await choose(page, '险种', { label: '职工医保' });
  await choose(page, '医院等级', { label: '三级' });
  await page.getByLabel('住院日期', { exact: true }).fill('2025-03-01');
  for (const [label, amount] of [
    ['医疗费总额', '250000'],
    ['全自费', '1500'],
    ['实际支付起付线', '900'],
    ['统筹基金支付', '17721.97'],
    ['大病保险 / 大额补助', '0'],
    ['个人负担', '12345.67'],
  ]) {
    await page.getByLabel(label!, { exact: true }).fill(amount!);
  }
  await expect(page.getByRole('region', { name: '核对结果' })).toContainText('与按规定重算的结果不同');
  expect(await brokenAmounts(page, '核对结果')).toEqual([]);
});
