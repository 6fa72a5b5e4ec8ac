import { expect, test } from './test';
import { fillClaim, resultRegion, shownOutOfPocket, type Claim } from './estimator';

/**
 * What changed (issue 20, item 6): where the rules' latest change moves this case's figure, one line
 * says since when, what changed and how much more or less the same case costs; nothing otherwise.
 */

const stay: Claim = { city: 'weihai', scheme: 'resident', member: 'adult-tier1', date: '2026-03-01', hospitalLevel: 3, admission: 2, totalCost: '30000' };

test('a second stay in Weihai: the deductible halved from 2024, computed for this stay', async ({ page }) => {
  await page.goto('/weihai/resident/');
  await fillClaim(page, stay);
  await expect(shownOutOfPocket(page)).toHaveText('¥15,200.00');
  // By hand: 三级 deductible 800 before 2024, halved to 400 for a second stay since; 400 × 50 % = 200 less.
  await expect(resultRegion(page)).toContainText('2024年起多次住院的起付线（年度内第二次及以后住院）调整：同样情况您少付 ¥200.00。');
  await expect(resultRegion(page)).toContainText('此前为“第3次住院起不设起付线”，现在为“第2次住院起按 50% 计；第3次住院起不设起付线”');

  // A first stay reads no repeat rule: nothing changed for it.
  await page.getByLabel('本年第几次住院', { exact: true }).fill('1');
  await expect(shownOutOfPocket(page)).toHaveText('¥15,400.00');
  await expect(resultRegion(page)).not.toContainText('同样情况您');
});

test('no earlier rules known: nothing is said', async ({ page }) => {
  await page.goto('/weihai/employee/');
  await fillClaim(page, { ...stay, scheme: 'employee', member: 'working' });
  await expect(shownOutOfPocket(page)).toHaveCount(1);
  await expect(resultRegion(page)).not.toContainText('同样情况您');
});
