import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { choose, type Claim, expectChosen, fillClaim, fillStays, plannerRow, resultRegion, shownOutOfPocket, shownYearOutOfPocket } from './estimator';

/** What is typed survives a reload, Back and Forward and a round trip through the planner, on this device only; the answer stays in view. */

const claim: Claim = { city: 'jinan', scheme: 'employee', member: 'retired', date: '2026-02-03', hospitalLevel: 2, admission: 2, totalCost: '¥34,567.89', outOfScope: '1,234' };

async function expectClaimKept(page: Page) {
  await expectChosen(page, '参保城市', 'jinan');
  await expectChosen(page, '人员类别', 'retired');
  await expect(page.getByLabel('住院日期', { exact: true })).toHaveValue('2026-02-03');
  await expect(page.getByLabel('本年第几次住院', { exact: true })).toHaveValue('2');
  await expect(page.getByLabel('住院总费用', { exact: true })).toHaveValue('¥34,567.89');
  await expect(page.getByLabel('全自费金额', { exact: true })).toHaveValue('1,234');
}

/** No amount and no date in the address: they stay on the device. */
function expectNoAmountIn(page: Page) {
  expect(page.url()).not.toMatch(/34567|34,567|1234|1,234|2026-02-03|#/);
}

test.describe('on the desktop', () => {
  test.skip(({ isMobile }) => isMobile, 'what it checks is the same on every screen: the desktop runs it');

  test('reload, Back and Forward keep the estimator’s form; the address carries the choices only', async ({ page }) => {
    await page.goto('/');
    await fillClaim(page, claim);
    const shown = await shownOutOfPocket(page).textContent();
    await expect(page).toHaveURL(/\/jinan\/employee\/\?member=retired&level=2&admission=2$/);
    expectNoAmountIn(page);

    await page.reload();
    await expectClaimKept(page);
    await expect(shownOutOfPocket(page)).toHaveText(shown!);

    await page.goto('/sources/');
    await page.goBack();
    await expectClaimKept(page);
    await page.goForward();
    await expect(page).toHaveURL(/\/sources\/$/);
    await page.goBack();
    await expect(shownOutOfPocket(page)).toHaveText(shown!);
  });

  test('a link opened later in the same tab opens as the link says, not as the tab last was', async ({ page }) => {
    await page.goto('/');
    await fillClaim(page, claim);
    await page.goto('/yantai/employee/?member=working&level=3');
    await expectChosen(page, '人员类别', 'working');
    await expect(page.getByLabel('住院总费用', { exact: true })).toHaveValue('');
  });

  test('after changing a shared link’s figures, a reload keeps the change instead of bringing the link back', async ({ page }) => {
    await page.goto('/yantai/employee/?member=working&level=3&admission=1#date=2026-03-01&total=22000');
    await expect(page.getByLabel('住院总费用', { exact: true })).toHaveValue('22000');
    // The fragment's amounts leave the address once read.
    await expect(page).toHaveURL(/\/yantai\/employee\/\?member=working&level=3&admission=1$/);
    await page.getByLabel('住院总费用', { exact: true }).fill('25000');
    await page.reload();
    await expect(page.getByLabel('住院总费用', { exact: true })).toHaveValue('25000');
    await expect(page.getByLabel('住院日期', { exact: true })).toHaveValue('2026-03-01');
  });

  test('the planner keeps its year through a round trip to the estimator and back', async ({ page }) => {
    await page.goto('/planner/');
    const row = (n: number) => plannerRow(page, n);
    await choose(page, '参保城市', { label: '烟台' });
    await fillStays(page, [
      { date: '2025-01-10', totalCost: '200000' },
      { date: '2025-04-10', totalCost: '150000' },
    ]);
    const total = shownYearOutOfPocket(page);
    const shown = await total.textContent();
    expect(page.url()).not.toMatch(/200000|150000|2025-0/);

    await page.goto('/');
    await page.goBack();
    await expect(row(2).getByLabel('住院总费用')).toHaveValue('150000');
    await expect(row(1).getByLabel('住院日期')).toHaveValue('2025-01-10');
    await expect(total).toHaveText(shown!);
  });
});

test('the answer stays in view while the form is filled in', async ({ page, isMobile }) => {
  await page.goto('/');
  await page.getByLabel('住院总费用', { exact: true }).fill('50000');
  await expect(shownOutOfPocket(page)).toHaveText(/^¥/);
  const figure = (await shownOutOfPocket(page).textContent())!;
  if (isMobile) {
    // The result starts below the form: a summary at the bottom of the screen carries the figure, linked to it.
    const summary = page.getByRole('complementary', { name: '估算摘要' });
    await expect(summary).toBeInViewport();
    await expect(summary.locator('dt:text-is("个人负担") + dd')).toHaveText(figure);
    await expect(summary.locator('dt:text-is("统筹基金") + dd')).toHaveText(/^¥/);
    await summary.getByRole('link', { name: '查看完整结果和计算过程' }).click();
    await expect(shownOutOfPocket(page)).toBeInViewport();
    await expect(summary).toHaveCount(0);
  } else {
    // The result column stays beside the form as the page scrolls down to its last field.
    const last = page.getByLabel('先行自付金额', { exact: true });
    await last.evaluate((e) => e.scrollIntoView({ block: 'end' }));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect(shownOutOfPocket(page)).toBeInViewport();
    await expect(resultRegion(page).getByRole('heading', { name: '估算结果' })).toBeInViewport();
  }
});
