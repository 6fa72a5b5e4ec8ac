#!/usr/bin/env node
// The browser figures of `npm run bench`, on a page already served (scripts/serve.mjs), with
// Playwright's Chromium API on Debian's /usr/bin/chromium, Pixel 7 profile, CPU throttled 4× (CDP):
//  - keystroke to next frame: 20 keys typed into the estimator's total field (digits, a decimal
//    point, backspaces back to empty, digits again), each timed from its keydown to the first task
//    after the next animation frame (i.e. after React's work, style, layout and paint of that frame);
//  - the form's renders after hydration: through a stand-in React DevTools hook, the commits in which
//    the component that renders the page's <form> rendered, from hydration until the page is quiet,
//    before any input. Counted twice: with every script the HTML does not name held back (the lazily
//    loaded runtime never arrives, so any render is hydration's own doing: an effect's setState, a
//    store that re-subscribes), and as the page loads (the runtime arriving renders the form once).
// Standalone, to compare two builds under the same load:
//   node scripts/bench-browser.mjs http://127.0.0.1:PORT [route ...]
import { fileURLToPath } from 'node:url';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CPU_SLOWDOWN = 4;
export const KEYS = [...'35000.5', ...Array(7).fill('Backspace'), ...'123456'];

/** A stand-in DevTools hook: React calls onCommitFiberRoot after every commit, production builds too. */
function installCommitCounter() {
  const PERFORMED_WORK = 1;
  const FUNCTION_TAGS = new Set([0, 11, 14, 15]); // function, forwardRef, memo, simple memo
  const stats = { commits: 0, formRenders: 0, hydrated: false, input: false };
  let lastOwner = null;
  const ownerOfForm = (root) => {
    const stack = [root.current];
    while (stack.length) {
      const f = stack.pop();
      if (f.tag === 5 && f.type === 'form') {
        let o = f.return;
        while (o && !FUNCTION_TAGS.has(o.tag)) o = o.return;
        return o;
      }
      if (f.sibling) stack.push(f.sibling);
      if (f.child) stack.push(f.child);
    }
    return null;
  };
  window.__BENCH_COMMITS__ = stats;
  for (const type of ['keydown', 'pointerdown']) addEventListener(type, () => (stats.input = true), { capture: true });
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    isDisabled: false,
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) {
      this.renderers.set(this.renderers.size + 1, renderer);
      return this.renderers.size;
    },
    onScheduleFiberRoot() {},
    onPostCommitFiberRoot() {},
    onCommitFiberUnmount() {},
    checkDCE() {},
    onCommitFiberRoot(_id, root) {
      stats.commits++;
      const owner = ownerOfForm(root);
      if (!owner) return;
      if (!stats.hydrated) stats.hydrated = true;
      // A fiber not cloned in this commit is the one seen last time; a clone that bailed out has no PerformedWork.
      else if (!stats.input && owner !== lastOwner && owner.flags & PERFORMED_WORK) stats.formRenders++;
      lastOwner = owner;
    },
  };
}

async function throttledPage(browser, devices) {
  const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page };
}

/** The scripts a page's HTML loads by <script src>: what it needs to hydrate. */
async function htmlScripts(url) {
  const html = await (await fetch(url)).text();
  return new Set([...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => new URL(m[1], url).pathname));
}

/** Renders of the form after hydration, before input, until two quiet seconds; with `only`, scripts not in it never arrive. */
async function countRenders(browser, devices, url, only) {
  const { context, page } = await throttledPage(browser, devices);
  try {
    await page.addInitScript(installCommitCounter);
    // Left unanswered: the request stays pending, as on a network that never delivers it.
    if (only) await page.route('**/*.js', (route) => (only.has(new URL(route.request().url()).pathname) ? route.continue() : undefined));
    await page.goto(url, { waitUntil: only ? 'load' : 'networkidle' });
    let last = -1;
    for (let i = 0; i < 20; i++) {
      const n = await page.evaluate(() => window.__BENCH_COMMITS__.commits);
      if (n === last) break;
      last = n;
      await page.waitForTimeout(2000);
    }
    const s = await page.evaluate(() => window.__BENCH_COMMITS__);
    return s.hydrated ? s.formRenders : null;
  } finally {
    await context.close();
  }
}

/**
 * Renders of the page's form after hydration and before input (null: no form): `hydration`, with the
 * lazily loaded scripts held back (target 0); `loaded`, as the page loads (the runtime's arrival: 1).
 */
export async function formRenders(browser, devices, url) {
  const hydration = await countRenders(browser, devices, url, await htmlScripts(url));
  if (hydration === null) return null;
  return { hydration, loaded: await countRenders(browser, devices, url, null) };
}

/** Keydown to the first task after the next frame, for each of KEYS typed into 住院总费用 on `url` (the estimator). */
export async function keystrokes(browser, devices, url) {
  const { context, page } = await throttledPage(browser, devices);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.getByText('填写总费用后，这里会立即显示估算结果。').waitFor();
    const field = page.getByRole('textbox', { name: '住院总费用' });
    await field.focus();
    await page.evaluate(() => {
      window.__BENCH_KEYS__ = [];
      addEventListener(
        'keydown',
        (e) => {
          const start = e.timeStamp;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => window.__BENCH_KEYS__.push(performance.now() - start);
            channel.port2.postMessage(null);
          });
        },
        { capture: true },
      );
    });
    for (const [i, key] of KEYS.entries()) {
      await page.keyboard.press(key);
      await page.waitForFunction((n) => window.__BENCH_KEYS__.length > n, i);
      await page.waitForTimeout(150);
    }
    const value = await field.inputValue();
    if (value !== '123456') throw new Error(`typed ${KEYS.join(' ')} but the field holds “${value}”`);
    await page.getByText('个人负担').first().waitFor();
    return page.evaluate(() => window.__BENCH_KEYS__);
  } finally {
    await context.close();
  }
}

export async function launch() {
  const { chromium, devices } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  return { browser, devices };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [base, ...routes] = process.argv.slice(2);
  if (!base) {
    console.error('usage: node scripts/bench-browser.mjs http://127.0.0.1:PORT [route ...]');
    process.exit(2);
  }
  const { browser, devices } = await launch();
  try {
    for (const route of routes.length ? routes : ['/']) {
      const r = await formRenders(browser, devices, base + route);
      console.log(`${route}: form renders after hydration ${r ? `${r.hydration} with the lazy scripts held back, ${r.loaded} as it loads` : '— (no form)'}`);
    }
    const ks = await keystrokes(browser, devices, base + '/');
    console.log(`keystroke → next frame at ${CPU_SLOWDOWN}× CPU: median ${median(ks).toFixed(0)} ms, worst ${Math.max(...ks).toFixed(0)} ms; ${ks.map((x) => x.toFixed(0)).join(' ')}`);
  } finally {
    await browser.close();
  }
}
