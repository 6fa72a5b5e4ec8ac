import { test as base, type Browser, type BrowserContext, type BrowserContextOptions, type CDPSession, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * `test` whose `page` is handed on from one test to the next of the same worker with the same context options: a
 * fresh context costs each test a new renderer and a cold load of every script (about 0.6 s of CPU; the e2e step went
 * from 270 to 217 s, BENCHMARKS.md § Test suite time). Between two tests the page becomes what a new one is: the init
 * scripts, routes, bindings, listeners, viewport and media type the test changed taken back, the site's storage
 * emptied (the old document unable to write again), a blank document, no history. A test that changed what cannot be
 * taken back (other media features, the clock, the context), failed, or is a retry has its page closed: the next
 * test opens another. A spec whose tests need a context of their own says `test.use({ ownContext: true })`: its
 * tests get a fresh one, closed after them, in the same workers (a spec on Playwright's own `test` would need
 * workers, and browsers, of its own). e2e/test-fixture.spec.ts checks the handing on.
 */

/** Page members after whose use the page is not a new page any more (their effect outlives the test's documents). */
const CHANGES_PAGE = new Set<PropertyKey>([
  'addLocatorHandler',
  'clock',
  'close',
  'context',
  'coverage',
  'routeFromHAR',
  'routeWebSocket',
  'setDefaultNavigationTimeout',
  'setDefaultTimeout',
  'setExtraHTTPHeaders',
]);
/** Members whose effect a Disposable they return takes back (routes, the viewport and the media type are taken back below). */
const DISPOSABLE = new Set<PropertyKey>(['addInitScript', 'exposeBinding', 'exposeFunction']);
/** Members that add a listener, taken off again with `off`. */
const LISTENS = new Set<PropertyKey>(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);

type Kept = { context: BrowserContext; page: Page; cdp: CDPSession };

async function open(browser: Browser, options: BrowserContextOptions): Promise<Kept> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  return { context, page, cdp: await context.newCDPSession(page) };
}

/** Undoes what the test added, last first; false if something would not be undone. */
async function takeBack(undo: (() => Promise<unknown>)[]): Promise<boolean> {
  try {
    for (const step of undo.reverse()) await step();
    return true;
  } catch {
    return false;
  }
}

/** Makes the page what a new one is; false where it cannot (then it is closed). */
async function renew({ page, cdp }: Kept, origin: string): Promise<boolean> {
  if (page.isClosed() || new URL(page.url()).origin !== origin) return false;
  try {
    await page.evaluate(() => {
      sessionStorage.clear();
      localStorage.clear();
      // A write the old document still had pending (a runtime arriving late) would reach the next test.
      Storage.prototype.setItem = () => {};
    });
    await page.goto('about:blank');
    await cdp.send('Page.resetNavigationHistory');
    return true;
  } catch {
    return false;
  }
}

export const test = base.extend<{ ownContext: boolean }, { keptPages: Map<string, Kept> }>({
  ownContext: [false, { option: true }],
  keptPages: [
    async ({}, provide) => {
      const kept = new Map<string, Kept>();
      await provide(kept);
      for (const { context } of kept.values()) await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ page, ownContext }, provide) => {
    if (!ownContext) throw new Error('These tests share one page per worker: a test that needs a context of its own says `test.use({ ownContext: true })`.');
    await provide(page.context());
  },
  page: async (
    { browser, keptPages, ownContext, baseURL, viewport, screen, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, timezoneId, javaScriptEnabled, colorScheme, reducedMotion, forcedColors, contrast, offline, permissions, geolocation, extraHTTPHeaders, httpCredentials, ignoreHTTPSErrors, bypassCSP, acceptDownloads, serviceWorkers, storageState, proxy, contextOptions },
    provide,
    testInfo,
  ) => {
    // Every option a test can set, as Playwright's own context fixture passes them: the same options share a page.
    const given = { baseURL, viewport, screen, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, timezoneId, javaScriptEnabled, colorScheme, reducedMotion, forcedColors, contrast, offline, permissions, geolocation, extraHTTPHeaders, httpCredentials, ignoreHTTPSErrors, bypassCSP, acceptDownloads, serviceWorkers, storageState, proxy };
    const options: BrowserContextOptions = { ...contextOptions, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) };
    const key = JSON.stringify(options);
    // A retry starts afresh: its trace then covers the whole context.
    const reused = testInfo.retry === 0 && !ownContext ? keptPages.get(key) : undefined;
    if (reused) keptPages.delete(key);
    const kept = reused ?? (await open(browser, options));
    const { context, page } = kept;
    let changed = false;
    const undo: (() => Promise<unknown>)[] = [];
    const handed: Page = new Proxy(page, {
      get(target, name) {
        const value: unknown = Reflect.get(target, name, target);
        if (typeof value !== 'function') {
          if (CHANGES_PAGE.has(name)) changed = true;
          return value;
        }
        if (name === 'route')
          return async (...args: unknown[]) => {
            // All of them at once, without waiting for a handler still running (a request held until the test ended).
            undo.push(() => target.unrouteAll({ behavior: 'ignoreErrors' }));
            return value.apply(target, args);
          };
        if (DISPOSABLE.has(name))
          return async (...args: unknown[]) => {
            const disposable = (await value.apply(target, args)) as { dispose(): Promise<void> };
            undo.push(() => disposable.dispose());
            return disposable;
          };
        if (name === 'setViewportSize') {
          const before = target.viewportSize();
          return async (size: { width: number; height: number }) => {
            undo.push(() => (before ? target.setViewportSize(before) : Promise.reject(new Error('no viewport to go back to'))));
            return target.setViewportSize(size);
          };
        }
        // The media type goes back to none emulated; any other media feature makes the page a changed one.
        if (name === 'emulateMedia')
          return async (media: Parameters<Page['emulateMedia']>[0]) => {
            if (Object.keys(media ?? {}).some((key) => key !== 'media')) changed = true;
            undo.push(() => target.emulateMedia({ media: null }));
            return target.emulateMedia(media);
          };
        if (LISTENS.has(name))
          return (event: string, listener: (...args: unknown[]) => void) => {
            value.call(target, event, listener);
            undo.push(async () => target.off(event as 'load', listener));
            return handed;
          };
        if (CHANGES_PAGE.has(name)) changed = true;
        return value.bind(target);
      },
    });
    await provide(handed);
    const passed = testInfo.status === testInfo.expectedStatus;
    if (!ownContext && !changed && passed && testInfo.retry === 0 && baseURL && (await takeBack(undo)) && (await renew(kept, new URL(baseURL).origin))) keptPages.set(key, kept);
    else await context.close();
  },
});
