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
    // iPhone 15 defaults to WebKit; only Debian Chromium is available, so emulate the device with it.
    // The same Chromium as Pixel 7 at another size, so it runs only the phone-width checks: Pixel 7
    // covers the phone layout in every other spec.
    {
      name: 'iphone15',
      testMatch: 'mobile.spec.ts',
      // Its three tests in one worker: a second would start a browser for one test. Listed first: the projects'
      // tests are handed out in this order, and its one worker runs beside the other's desktop tests instead of
      // alone at the end with a core idle (5 s).
      workers: 1,
      use: { ...devices['iPhone 15'], browserName: 'chromium', defaultBrowserType: 'chromium' },
    },
    { name: 'desktop', use: { ...devices['Desktop Chrome'] } },
    { name: 'pixel7', use: { ...devices['Pixel 7'] } },
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
