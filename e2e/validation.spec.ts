import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { fillClaim, resultRegion, shownOutOfPocket } from './estimator';

/** Invalid input: a message in words under the field, tied to it for screen readers, and no result. Screen-independent: desktop only. */

async function expectFieldError(page: Page, label: string, message: string) {
  const field = page.getByLabel(label, { exact: true });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[()（）.]/g, '\\$&')));
  await expect(page.getByText(message)).toBeVisible();
  await expect(shownOutOfPocket(page)).toHaveCount(0);
}

test('invalid amounts show Chinese messages and no result', async ({ page }) => {
  await page.goto('/');
  await fillClaim(page, { city: 'yantai', scheme: 'resident', member: 'adult-tier1', date: '2025-06-01', hospitalLevel: 2, admission: 1, totalCost: '10000' });
  await expect(shownOutOfPocket(page)).toHaveCount(1);

  const total = page.getByLabel('住院总费用', { exact: true });
  const cases: [string, string][] = [
    ['-500', '住院总费用不能为负数'],
    ['123.456', '住院总费用最多保留两位小数（到分）'],
    ['一万元', '住院总费用请填写数字，例如 12345.67'],
    ['100000000.01', '住院总费用不能超过 100,000,000 元'],
    ['', '请填写住院总费用'],
  ];
  for (const [typed, message] of cases) {
    await total.fill(typed);
    await expectFieldError(page, '住院总费用', message);
  }
  await expect(resultRegion(page)).toContainText('填写总费用后');

  // Full-width digits and grouping commas, as Chinese input methods type them, are accepted.
  await total.fill('１０,０００');
  await expect(total).not.toHaveAttribute('aria-invalid');
  await expect(shownOutOfPocket(page)).toHaveCount(1);

  await page.getByLabel('全自费金额', { exact: true }).fill('6000');
  await page.getByLabel('先行自付金额', { exact: true }).fill('5000');
  await expectFieldError(page, '先行自付金额', '全自费与先行自付之和不能超过住院总费用');
  await expect(resultRegion(page)).toContainText('请先改正');
  // Raising the total clears the error on the part: the three amounts are checked together.
  await total.fill('20000');
  await expect(page.getByLabel('先行自付金额', { exact: true })).not.toHaveAttribute('aria-invalid');
  await expect(shownOutOfPocket(page)).toHaveCount(1);

  await page.getByLabel('本年第几次住院', { exact: true }).fill('0');
  await expectFieldError(page, '本年第几次住院', '本年第几次住院请填写 1 到 366 之间的整数，例如 1');
});

test('a date no known policy covers explains itself instead of failing', async ({ page }) => {
  await page.goto('/');
  await fillClaim(page, { city: 'weihai', scheme: 'employee', member: 'retired', date: '2016-05-01', hospitalLevel: 2, admission: 1, totalCost: '10000' });
  const region = resultRegion(page);
  await expect(region).toContainText('这个日期没有已知的报销规定');
  await expect(region).toContainText('已知版本：威海市职工基本医疗保险住院待遇（2024—2028年）');
  await expect(shownOutOfPocket(page)).toHaveCount(0);
});
