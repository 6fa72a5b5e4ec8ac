import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { choose } from './estimator';

/**
 * 核对结算单 on a phone (Pixel 7): a real Weihai slip typed line by line, explained and set beside
 * the rules; one figure changed, the likely reason named; nothing typed in any request or link, and
 * nothing asked of another origin. The figures do not depend on the screen: the phone only.
 */

const region = (page: Page) => page.getByRole('region', { name: '核对结果' });

test('journey: a Weihai slip agrees line by line; with 统筹基金支付 lowered, 异地就医 is the likely reason', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/check/');
  await choose(page, '参保城市', { label: '威海' });
  await choose(page, '险种', { label: '职工医保' });
  await choose(page, '人员类别', { label: '在职' });
  await choose(page, '医院等级', { label: '三级' });
  await page.getByLabel('住院日期', { exact: true }).fill('2025-03-01');
  // 威医保发〔2023〕56号, 在职 三级: 50,000 − 1,500 − 500 − 1,000 = 47,000 in scope; 起付线 900;
  // (10,000 − 900) × 80% = 7,280, 30,000 × 88% = 26,400, 7,000 × 90% = 6,300: 统筹 39,980; no 大额补助.
  const slip: [string, string][] = [
    ['医疗费总额', '50000'],
    ['全自费', '1500'],
    ['超限价自费', '500'],
    ['先行自付', '1000'],
    ['实际支付起付线', '900'],
    ['统筹基金支付', '39980'],
    ['大病保险 / 大额补助', '0'],
  ];
  for (const [label, amount] of slip) await page.getByLabel(label, { exact: true }).fill(amount);

  const result = region(page);
  await expect(result).toContainText('填写的 3 项与按规定重算的结果一致');
  const fund = result.getByRole('row', { name: /^统筹基金支付/ });
  await expect(fund).toContainText('¥39,980.00');
  await expect(fund).toContainText('一致');
  // Each line in plain words, with the articles of the version's parameters.
  const lines = result.getByRole('region', { name: '结算单上每一项是什么' });
  await expect(lines).toContainText('超限价自费');
  await expect(lines).toContainText('依据：威医保发〔2023〕56号');
  // The rates: the 医保局's disclosure of 2024-04-10, official like the rest of the stay's rules.
  await expect(lines).toContainText('索引号 11371000004359010J-DSJ/2024-01048');
  await expect(lines).not.toContainText('公开报道');

  // Out of town for a while, the first 10% (4,700) is the person's: 42,300 left, 7,280 + 26,400 + 2,300 × 90% = 35,750.
  await page.getByLabel('统筹基金支付', { exact: true }).fill('35750');
  await expect(result).toContainText('有 1 项与按规定重算的结果不同');
  await expect(result).toContainText('最可能的原因：可能按异地就医“临时外出，在山东省内”或“临时外出，在山东省外”结算');
  await expect(fund).toContainText('不同，相差 −¥4,230.00');
  const first = result.getByRole('region', { name: '可能的原因（最可能的在前）' }).getByRole('listitem').first();
  await expect(first).toContainText('政策范围内费用的 10%（4,700.00 元）先由个人负担');
  await expect(first).toContainText('可以这样问：');

  // Taking that reason as the choice, the slip agrees.
  await choose(page, '就医地', { label: '临时外出，在山东省内' });
  await expect(result).toContainText('填写的 3 项与按规定重算的结果一致');

  await page.getByRole('button', { name: '复制分享链接' }).click();
  const link = await page.getByLabel('分享链接（不含金额）').inputValue();
  expect(link).toContain('/check/?city=weihai&scheme=employee&member=working&level=3&admission=1&away=temporary-in-province');
  expect(link).not.toMatch(/50000|35750|#/);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => !u.startsWith(baseURL!) && !u.startsWith('data:'))).toEqual([]);
  expect(requests.filter((u) => /50000|35750|39980/.test(u))).toEqual([]);
});
