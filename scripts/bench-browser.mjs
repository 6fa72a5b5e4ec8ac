#!/usr/bin/env node
// The browser figures of `npm run bench`, on a page already served (scripts/serve.mjs), with
// Playwright's Chromium API on Debian's /usr/bin/chromium, Pixel 7 profile, CPU throttled 4× (CDP):
//  - keystroke to next frame: 20 keys typed into the estimator's total field (digits, a decimal
//    point, backspaces back to empty, digits again), each timed from its keydown to the first task
//    after the next animation frame (i.e. after React's work, style, layout and paint of that frame);
//  - the form's renders after hydration: through a stand-in React DevTools hook, the commits in which
//    the component that renders the page's <form> rendered, from hydration until the page is quiet,
//    before any input. Counted twice: with every script asked for after the form hydrated held back (the
//    form's own scripts, fetched as the page hydrates, arrive; the lazily loaded runtime never does, so any
//    render is hydration's own doing: an effect's setState, a store that re-subscribes), and as the page loads (the runtime arriving renders the form: the date it fills in, then its own render).
// Standalone, to compare two builds under the same load:
//   node scripts/bench-browser.mjs http://127.0.0.1:PORT [route ...]
import { fileURLToPath } from 'node:url';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CPU_SLOWDOWN = 4;
export const KEYS = [...'35000.5', ...Array(7).fill('Backspace'), ...'123456'];

/**
 * A stand-in DevTools hook: React calls onCommitFiberRoot after every commit, production builds too. The
 * recorders below add their listener to it; each is its own init script, so the hook is injected before them.
 */
function installCommitHook() {
  const listeners = (window.__BENCH_ON_COMMIT__ = []);
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
      for (const listener of listeners) listener(root);
    },
  };
}

/** The form's renders after hydration, counted on the stand-in hook. */
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
  window.__BENCH_ON_COMMIT__.push((root) => {
    stats.commits++;
    const owner = ownerOfForm(root);
    if (!owner) return;
    if (!stats.hydrated) stats.hydrated = true;
    // A fiber not cloned in this commit is the one seen last time; a clone that bailed out has no PerformedWork.
    else if (!stats.input && owner !== lastOwner && owner.flags & PERFORMED_WORK) stats.formRenders++;
    lastOwner = owner;
  });
}

/**
 * The page's long tasks (PerformanceObserver 'longtask': every task of the main thread over 50 ms, parsing,
 * style and layout included) and when React's hydration of the page committed (through a stand-in DevTools
 * hook: the first commit with the page's <form> in it, the form hydrating after the rest of the page; on a
 * page with no form, the first commit), first paint and the first input, on performance.now()'s clock.
 */
function installLongTaskRecorder() {
  const rec = { tasks: [], hydrated: null, firstCommit: null, firstInput: null };
  const hasForm = (root) => {
    const stack = [root.current];
    while (stack.length) {
      const f = stack.pop();
      if (f.tag === 5 && f.type === 'form') return true;
      if (f.sibling) stack.push(f.sibling);
      if (f.child) stack.push(f.child);
    }
    return false;
  };
  window.__BENCH_LONG_TASKS__ = rec;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) rec.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  for (const type of ['keydown', 'pointerdown']) addEventListener(type, (e) => (rec.firstInput ??= e.timeStamp), { capture: true });
  window.__BENCH_ON_COMMIT__.push((root) => {
    rec.firstCommit ??= performance.now();
    if (rec.hydrated === null && hasForm(root)) rec.hydrated = performance.now();
  });
}

async function throttledPage(browser, devices) {
  const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page };
}

/**
 * Renders of the form after hydration, before input, until two quiet seconds; with `holdBack`, scripts
 * asked for once the form has hydrated never arrive.
 */
async function countRenders(browser, devices, url, holdBack) {
  const { context, page } = await throttledPage(browser, devices);
  try {
    await page.addInitScript(installCommitHook);
    await page.addInitScript(installCommitCounter);
    // Left unanswered: the request stays pending, as on a network that never delivers it.
    if (holdBack) await page.route('**/*.js', async (route) => ((await page.evaluate(() => window.__BENCH_COMMITS__?.hydrated)) ? undefined : route.continue()));
    await page.goto(url, { waitUntil: holdBack ? 'load' : 'networkidle' });
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
 * scripts asked for after the form hydrated held back (target 0); `loaded`, as the page loads (the runtime's arrival: 2, the date
 * it fills in and then its own render, a transition).
 */
export async function formRenders(browser, devices, url) {
  const hydration = await countRenders(browser, devices, url, true);
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

export const LONG_TASK_MS = 50;
/** After the network is idle, how long the page is watched for more long tasks (and, from its last request, at least). */
export const QUIET_MS = 3000;

/**
 * One load of `url` (a fresh context, nothing cached) at 4× CPU: the main thread's blocking (the sum over
 * long tasks of their time beyond 50 ms, from navigation until 3 s after the network is idle) and the long
 * tasks that began after React's hydration committed and after first paint, before any input: the app's
 * own work (loading and evaluating its runtime, rendering what it computes), not hydration's.
 */
export async function blocking(browser, devices, url) {
  const { context, page } = await throttledPage(browser, devices);
  try {
    await page.addInitScript(installCommitHook);
    await page.addInitScript(installLongTaskRecorder);
    let requests = 0;
    page.on('request', () => requests++);
    await page.goto(url, { waitUntil: 'networkidle' });
    // Until 3 s pass with no request: a runtime fetched in steps may ask for its next one later than
    // Playwright's 500 ms of network idle, and its tasks must fall inside the window.
    for (let seen = -1; seen !== requests; ) {
      seen = requests;
      await page.waitForTimeout(QUIET_MS);
    }
    const rec = await page.evaluate(() => ({
      ...window.__BENCH_LONG_TASKS__,
      firstPaint: performance.getEntriesByType('paint').find((e) => e.name === 'first-paint')?.startTime ?? null,
    }));
    const blockingMs = rec.tasks.reduce((sum, t) => sum + Math.max(0, t.duration - LONG_TASK_MS), 0);
    const hydrated = rec.hydrated ?? rec.firstCommit;
    const from = Math.max(rec.firstPaint ?? 0, hydrated ?? Infinity);
    const appTasks = rec.tasks.filter((t) => t.start >= from && (rec.firstInput === null || t.start < rec.firstInput)).map((t) => Math.round(t.duration));
    return { blockingMs, appTasks, hydrated: hydrated !== null };
  } finally {
    await context.close();
  }
}

/**
 * `targets` ({ name, url }) loaded in turn, round after round, so that the machine's drift and other
 * people's load fall on all of them alike; per target, each round's figures.
 */
export async function blockingRounds(browser, devices, targets, rounds, onRound = () => {}) {
  const runs = new Map(targets.map((t) => [t.name, []]));
  for (let i = 0; i < rounds; i++) {
    for (const t of targets) runs.get(t.name).push(await blocking(browser, devices, t.url));
    onRound(i + 1);
  }
  return runs;
}

/** Median, lowest and highest of a target's blocking over the rounds, and its longest task of the app's own. */
export function blockingSummary(runs) {
  const ms = runs.map((r) => r.blockingMs);
  const app = runs.flatMap((r) => r.appTasks);
  return { median: median(ms), min: Math.min(...ms), max: Math.max(...ms), appWorst: app.length ? Math.max(...app) : 0, appTasks: runs.map((r) => r.appTasks) };
}

export async function launch() {
  const { chromium, devices } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  return { browser, devices };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const USAGE = `usage: node scripts/bench-browser.mjs http://127.0.0.1:PORT [route ...]
       node scripts/bench-browser.mjs blocking|keys [--rounds=N] NAME=URL ...   (A/B: the targets in turn, round after round)`;

/** NAME=URL arguments (a bare URL is its own name). */
const targetsOf = (args) => args.map((a) => (/^[^=:]+=/.test(a) ? { name: a.slice(0, a.indexOf('=')), url: a.slice(a.indexOf('=') + 1) } : { name: a, url: a }));
const spread = (xs) => `median ${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;

async function compare(mode, args) {
  const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length) ?? 5);
  const targets = targetsOf(args.filter((a) => !a.startsWith('--')));
  const { browser, devices } = await launch();
  try {
    if (mode === 'blocking') {
      const runs = await blockingRounds(browser, devices, targets, rounds, (i) => console.error(`round ${i} of ${rounds}`));
      for (const t of targets) {
        const s = blockingSummary(runs.get(t.name));
        console.log(`${t.name.padEnd(24)} blocking ${spread(runs.get(t.name).map((r) => r.blockingMs))} ms; app's own tasks > ${LONG_TASK_MS} ms after hydration: ${s.appTasks.map((ts) => ts.join('+') || '0').join(' | ')}`);
      }
    } else {
      const runs = new Map(targets.map((t) => [t.name, []]));
      for (let i = 0; i < rounds; i++) {
        for (const t of targets) runs.get(t.name).push(await keystrokes(browser, devices, t.url));
        console.error(`round ${i + 1} of ${rounds}`);
      }
      for (const t of targets) {
        const r = runs.get(t.name);
        console.log(`${t.name.padEnd(24)} keystroke median ${spread(r.map(median))} ms, worst ${spread(r.map((ks) => Math.max(...ks)))} ms, first ${spread(r.map((ks) => ks[0]))} ms`);
      }
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [first, ...rest] = process.argv.slice(2);
  if (first === 'blocking' || first === 'keys') {
    await compare(first, rest);
    process.exit(0);
  }
  const [base, ...routes] = [first, ...rest];
  if (!base) {
    console.error(USAGE);
    process.exit(2);
  }
  const { browser, devices } = await launch();
  try {
    for (const route of routes.length ? routes : ['/']) {
      const r = await formRenders(browser, devices, base + route);
      console.log(`${route}: form renders after hydration ${r ? `${r.hydration} with the runtime held back, ${r.loaded} as it loads` : '— (no form)'}`);
    }
    const ks = await keystrokes(browser, devices, base + '/');
    console.log(`keystroke → next frame at ${CPU_SLOWDOWN}× CPU: median ${median(ks).toFixed(0)} ms, worst ${Math.max(...ks).toFixed(0)} ms; ${ks.map((x) => x.toFixed(0)).join(' ')}`);
  } finally {
    await browser.close();
  }
}
