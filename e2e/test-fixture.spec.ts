import type { Frame } from '@playwright/test';
import { expect, test } from './test';

/** The page e2e/test.ts hands from one test to the next is as new as a fresh one, or is not handed on. */

test.describe.configure({ mode: 'serial' });

let frame: Frame;
let heard = 0;

test('a test leaves storage, history, an init script, a route, a listener, a viewport and a media type behind', async ({ page }) => {
  await page.setViewportSize({ width: 500, height: 500 });
  await page.emulateMedia({ media: 'print' });
  await page.addInitScript(() => Object.assign(window, { leftBehind: true }));
  await page.route('**/404.html', (route) => route.fulfill({ contentType: 'text/html', body: '<h1>left behind</h1>' }));
  page.on('console', () => heard++);
  await page.goto('/');
  await page.evaluate(() => {
    sessionStorage.setItem('left', '1');
    localStorage.setItem('left', '1');
  });
  await page.goto('/sources/');
  frame = page.mainFrame();
});

test('the next test gets the same page, with none of it', async ({ page }) => {
  expect(page.mainFrame()).toBe(frame);
  expect(page.url()).toBe('about:blank');
  heard = 0;
  await page.goto('/404.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  expect(await page.evaluate(() => [history.length, sessionStorage.length, localStorage.length, 'leftBehind' in window, matchMedia('print').matches])).toEqual([2, 0, 0, false, false]);
  expect(page.viewportSize()).toEqual({ width: 1280, height: 720 });
  await page.evaluate(() => console.log('heard?'));
  expect(heard).toBe(0);
  // Beyond what can be taken back: this page is closed after the test.
  await page.emulateMedia({ colorScheme: 'dark' });
});

test('a page changed beyond a navigation is not handed on', async ({ page }) => {
  expect(page.mainFrame()).not.toBe(frame);
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
  // On the site, so that it is handed on.
  await page.goto('/404.html');
  frame = page.mainFrame();
});

test.describe('with a context of its own', () => {
  test.use({ ownContext: true });

  test('a test gets a new context and its page, not the page handed on, and neither is handed on after it', async ({ page, context }) => {
    expect(page.mainFrame()).not.toBe(frame);
    // Its only page is the test's, compared by identity: a deep comparison of two pages walks all of Playwright's objects.
    expect(context.pages().map((p) => p.mainFrame() === page.mainFrame())).toEqual([true]);
    frame = page.mainFrame();
  });
});

test('the page of a test with a context of its own is not handed on', async ({ page }) => {
  expect(page.mainFrame()).not.toBe(frame);
  expect(page.url()).toBe('about:blank');
});
