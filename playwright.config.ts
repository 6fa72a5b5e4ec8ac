import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two checkouts run their suites side by side without sharing a server.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Specs whose every check is the same on both screens run on one of them: what a page says, computes, requests or
 * keeps, on the desktop; the phone journeys and the 360 px checks, on Pixel 7. A spec that checks layout runs on
 * both and skips in itself the tests that need only one. Decided here rather than by a skip in the spec: a skipped
 * test still costs its project a worker, a browser and its fixtures.
 */
const DESKTOP_ONLY = ['before-script', 'context', 'csp', 'earlier-stays', 'forgiving', 'form-later', 'help', 'journeys', 'keyboard', 'network', 'person', 'plain-words', 'print', 'saved-state', 'share', 'smoke', 'sources', 'test-fixture', 'validation', 'what-changed', 'what-if'];
const PHONE_ONLY = ['benefits', 'check', 'contribution', 'mobile', 'text-size'];
const specs = (names: string[]) => names.map((name) => `${name}.spec.ts`);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // A trace (each action with the page's DOM before and after, no film of the screen) only when a failed test is
    // run again (CI retries once; locally add --trace on): recording one for every test cost the suite ~40 % of
    // its time, each action's DOM snapshots being taken whether the test fails or not.
    trace: { mode: 'on-first-retry', screenshots: false },
    launchOptions: {
      // Chromium's headless shell (Debian's chromium-headless-shell: the same engine without the browser's windowing
      // layer): a fresh context and its first page load take a third less time than under /usr/bin/chromium --headless
      // (e2e 363 → 270 s; BENCHMARKS.md § Test suite time).
      executablePath: '/usr/bin/chromium-headless-shell',
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'desktop', testIgnore: specs(PHONE_ONLY), use: { ...devices['Desktop Chrome'] } },
    // The phone. No emulated iPhone: it would be this same Chromium, and the phone-width checks set 360 px on any
    // phone (e2e/mobile.spec.ts, text-size.spec.ts); the iPhone's own engine, WebKit, walks the journeys in webkit/.
    { name: 'pixel7', testIgnore: specs(DESKTOP_ONLY), use: { ...devices['Pixel 7'] } },
  ],
  webServer: {
    // Serves the static export; `npm run build` must have produced out/ (scripts/test-all.mjs does).
    command: 'node scripts/serve.mjs',
    env: { PORT: String(PORT), HOST: '127.0.0.1' },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
