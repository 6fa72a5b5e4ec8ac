import { expect, test } from './test';
import { cliOutOfPocket, fillClaim, shownOutOfPocket, type Claim } from './estimator';

/** Input as people type it: currency signs, commas, full-width digits, a decimal on its way; rates typed as fractions; dates that do not exist. */

const claim: Claim = { city: 'yantai', scheme: 'employee', member: 'working', date: '2026-03-01', hospitalLevel: 3, admission: 2, totalCost: '20000' };

test('¥, ￥, commas, full-width digits and a trailing point are read as the number they mean', async ({ page }) => {
  const expected = await cliOutOfPocket(claim);
  await page.goto('/');
  await fillClaim(page, { ...claim, totalCost: '¥20000', admission: undefined });
  // 本年第几次住院 in full-width digits, as a Chinese input method gives them.
  await page.getByLabel('本年第几次住院', { exact: true }).fill('２');
  await expect(shownOutOfPocket(page)).toHaveText(expected);
  const total = page.getByLabel('住院总费用', { exact: true });
  for (const typed of ['￥20000', '20,000', '２００００', '20000.']) {
    await total.fill(typed);
    await expect(shownOutOfPocket(page)).toHaveText(expected);
    await expect(total).not.toHaveAttribute('aria-invalid');
  }
  // A decimal being typed shows no error on the way.
  await total.fill('');
  await total.pressSequentially('1.', { delay: 30 });
  await expect(shownOutOfPocket(page)).toHaveText('¥1.00');
  await expect(total).not.toHaveAttribute('aria-invalid');
  await total.pressSequentially('55', { delay: 30 });
  await expect(shownOutOfPocket(page)).toHaveText('¥1.55');
});

test('a rate typed as a fraction is asked about, not read as 0.9 %', async ({ page }) => {
  await page.goto('/yantai/employee/');
  await fillClaim(page, claim);
  const official = (await shownOutOfPocket(page).textContent())!;
  await page.getByText('试算：修改政策参数').click();
  await page.getByRole('button', { name: '修改：统筹基金支付比例：在职职工 · 三级医院' }).click();
  const group = page.getByRole('group', { name: '修改：统筹基金支付比例：在职职工 · 三级医院' });
  await group.getByLabel('第1段比例（%）').fill('0.9');
  await expect(group).toContainText('0.9 会被读作 0.9%。您是指 90% 吗？是的话请填写 90。');
  // The question stops the edit: the figure stays the official one.
  await expect(shownOutOfPocket(page)).toHaveText(official);
});

test('a date typed in part or impossible says it is invalid, not that none was chosen', async ({ page }) => {
  await page.goto('/');
  const date = page.getByLabel('住院日期', { exact: true });
  await expect(date).not.toHaveValue('');
  // One part of the date cleared (the segments' order follows the browser's language): the browser holds no value, but knows it is bad input.
  await date.click({ position: { x: 24, y: 20 } });
  await page.keyboard.press('Backspace');
  await expect(date).toHaveValue('');
  await page.getByLabel('住院总费用', { exact: true }).click();
  await expect(page.getByText('住院日期无效，请检查年、月、日')).toBeVisible();
  await expect(page.getByText('请选择住院日期')).toHaveCount(0);
  // Cleared on purpose, it asks for a date.
  await date.fill('');
  await date.blur();
  await expect(page.getByText('请选择住院日期')).toBeVisible();
});
