import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { watchCsp } from './csp';
import { choose, shownYearOutOfPocket } from './estimator';

// Every exported page under its own policy (see csp.ts), its inline code hashed and nothing else run.

// Each page's policy, its hydration and its first computation are the same on every screen (no component
// renders by the screen's width): desktop only.

async function expectPolicy(page: Page) {
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const policy = (await meta.getAttribute('content')) ?? '';
  const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc).toContain("'sha256-");
  expect(policy).not.toContain('unsafe-eval');
  expect(scriptSrc).not.toContain('unsafe-inline');
}

// React attaches its fiber to every DOM node it hydrates; the inline RSC payload scripts fill __next_f.
async function expectHydrated(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const h1 = document.querySelector('h1');
        return !!h1 && Object.keys(h1).some((k) => k.startsWith('__reactFiber$')) && Array.isArray(
          (window as { __next_f?: unknown }).__next_f,
        );
      }),
    )
    .toBe(true);
}

// The lazily loaded engine must compute under the policy too (zod must not probe for eval): a bill in, a figure out.
const computes: Record<string, (page: Page) => Promise<void>> = {
  '/': async (page) => {
    await choose(page, '参保城市', { label: '烟台' });
    await page.getByLabel('住院总费用', { exact: true }).fill('20000');
    await expect(page.getByRole('region', { name: '估算结果' }).locator('dt:text-is("个人负担") + dd')).toHaveCount(1);
  },
  '/planner/': async (page) => {
    await choose(page, '参保城市', { label: '烟台' });
    await page.getByLabel('住院总费用').fill('20000');
    await expect(shownYearOutOfPocket(page)).toHaveCount(1);
  },
  '/compare/': async (page) => {
    await page.getByLabel('住院总费用').fill('20000');
    await expect(page.getByRole('region', { name: '对比结果' }).getByRole('region')).toHaveCount(6);
  },
  '/contribution/': async (page) => {
    await page.getByLabel('月工资（缴费工资）').fill('6000');
    await expect(page.getByRole('region', { name: '计算结果' }).locator('dt:text-is("单位每月缴费") + dd')).toHaveCount(1);
  },
  '/check/': async (page) => {
    await page.getByLabel('医疗费总额', { exact: true }).fill('20000');
    await page.getByLabel('统筹基金支付', { exact: true }).fill('10000');
    await expect(page.getByRole('region', { name: '核对结果' })).toContainText('与按规定重算的结果');
  },
};

for (const url of ['/', '/sources/', '/weihai/employee/', '/planner/', '/compare/', '/contribution/', '/check/']) {
  test(`${url} runs under its CSP with no violation and hydrates`, async ({ page }) => {
    const violations = await watchCsp(page);
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expectPolicy(page);
    await expectHydrated(page);
    await page.waitForLoadState('networkidle');
    await computes[url]?.(page);
    expect(await violations()).toEqual([]);
  });
}

// The site's links are plain anchors (components/ui/PageLink.tsx): following one loads the page whole, under its own policy.
test('404 page runs under its CSP, and the link home opens home under its own', async ({ page }) => {
  const violations = await watchCsp(page);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expectPolicy(page);
  await expectHydrated(page);
  // The 404 page's own, before it is left (the next document collects its own).
  expect(await violations()).toEqual([]);
  const home = page.waitForResponse((r) => r.request().resourceType() === 'document' && new URL(r.url()).pathname === '/');
  await page.getByRole('main').getByRole('link', { name: /首页/ }).click();
  expect((await home).headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  // Home, whatever choices the estimator has written into the query by then.
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await expectPolicy(page);
  await expectHydrated(page);
  await page.waitForLoadState('networkidle');
  expect(await violations()).toEqual([]);
});
