#!/usr/bin/env node
// `npm run bench [-- --no-lighthouse | --cli-only]`: builds the site and prints, against the product's speed and size targets,
//  - first-load JavaScript (gzip -9) of every exported page, and its ratio to a bare Next.js page
//    built in the same run with the same Next.js;
//  - engine throughput: single-admission estimates per second on one core, mean 12-admission year;
//  - the CLI's --jsonl batch: claims per second for 100,000 generated claims through the real command
//    (`npm run estimate`'s own `node scripts/estimate.mjs --jsonl`), beside answerValue in-process on
//    the same claims, so that the cost of reading, parsing and printing is visible;
//  - every page (each distinct HTML file in out/): Lighthouse mobile, median of 5 runs (Debian Chromium,
//    out/ served compressed by serve.mjs), and the renders of its form after hydration
//    (scripts/bench-browser.mjs);
//  - keystroke to next frame on the estimator at 4× CPU, Pixel 7 profile (scripts/bench-browser.mjs);
//  - every page's main-thread blocking at load (long tasks beyond 50 ms, 4× CPU, Pixel 7), the bare page
//    loaded in turn with the pages, round after round, and the app's own long tasks after hydration.
// --cli-only measures only the engine and the CLI (no build, no browser).
// Then appends a row to BENCHMARKS.md, and a row per page to its table of pages. Lighthouse is installed on demand into
// the user's cache ($XDG_CACHE_HOME or ~/.cache, yibao-bench/), outside the repository and its node_modules
// (which may be shared between checkouts), never into the app's dependencies.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { blockingRounds, blockingSummary, CPU_SLOWDOWN, formRenders, keystrokes, KEYS, launch, LONG_TASK_MS, median, QUIET_MS } from './bench-browser.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const cliOnly = args.has('--cli-only');
const withLighthouse = !args.has('--no-lighthouse') && !cliOnly;
const withBrowser = !cliOnly;

// Lighthouse 13 needs Node >= 22.19; 12.8 runs on the Node >= 20.9 this project supports.
// Pinned so that figures stay comparable from run to run.
const LIGHTHOUSE_VERSION = '12.8.2';
const LIGHTHOUSE_DIR = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'yibao-bench', `lighthouse-${LIGHTHOUSE_VERSION}`);
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const LIGHTHOUSE_RUNS = 5;
/** Rounds of the blocking measure: in each, the bare page and every page once. */
const BLOCKING_ROUNDS = 5;

// Lighthouse and blocking targets are relative to the bare page measured in the same run: on a shared
// machine its figures say what the machine gives a page with nothing of the app's.
const TARGET = {
  ratio: 1.12,
  perSecond: 150_000,
  yearMs: 1,
  performanceBelowBare: 2,
  tbtRatio: 1.5,
  blockingRatio: 1.3,
  appTaskMs: LONG_TASK_MS,
  keyMedianMs: 50,
  keyWorstMs: 80,
  jsonlPerSecond: 30_000,
};
const BATCH_CLAIMS = 100_000;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const t0 = Date.now();
const log = (msg) => console.log(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(3)}s] ${msg}`);

function run(cmd, cmdArgs, { allowExit = false, ...opts } = {}) {
  const r = spawnSync(cmd, cmdArgs, { cwd: repoRoot, env, encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  if (r.status !== 0 && !(allowExit && r.status !== null)) {
    process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (exit ${r.status ?? r.signal ?? r.error?.message})`);
  }
  return r.stdout;
}

// ---------- first-load JS ----------

async function htmlPages(outDir) {
  const pages = [];
  async function walk(dir) {
    for (const e of await fs.readdir(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name === 'index.html' || (dir === outDir && e.name === '404.html')) pages.push(p);
    }
  }
  await walk(outDir);
  return pages.sort();
}

const gzCache = new Map();
async function gzSize(file) {
  if (!gzCache.has(file)) gzCache.set(file, zlib.gzipSync(await fs.readFile(file), { level: 9 }).length);
  return gzCache.get(file);
}

/** Gzip size of the distinct /_next/static JS a page loads by <script src>. noModule polyfills are
 *  left out: every browser that can run the app supports modules and skips them. */
async function firstLoadJs(outDir, htmlFile) {
  const html = await fs.readFile(htmlFile, 'utf8');
  const srcs = new Set();
  for (const [tag, src] of html.matchAll(/<script\b[^>]*\ssrc="(\/_next\/static\/[^"]+\.js)"[^>]*>/g)) {
    if (!/\snomodule\b/i.test(tag)) srcs.add(src);
  }
  let bytes = 0;
  for (const src of srcs) bytes += await gzSize(path.join(outDir, src));
  return { bytes, files: srcs.size };
}

function routeOf(outDir, file) {
  const rel = '/' + path.relative(outDir, file).split(path.sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/**
 * A minimal App Router app (root layout + one <h1>) built with this repo's Next.js, post-built as the
 * site is (CSP, precompressed files), its out/ kept in `dir` so that Lighthouse can measure it beside the
 * pages: on a busy or slow machine the bare page's TBT says how much of a page's TBT is the machine's.
 */
async function buildBarePage(dir) {
  await fs.mkdir(path.join(dir, 'app'));
  await fs.symlink(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  await fs.writeFile(path.join(dir, 'package.json'), '{ "private": true }\n');
  // turbopack.root '/': Turbopack refuses to read files outside its root, and node_modules here is a
  // symlink into the repo; the root only widens what the bundler may read, not what it bundles.
  await fs.writeFile(
    path.join(dir, 'next.config.js'),
    "module.exports = { output: 'export', turbopack: { root: '/' } };\n",
  );
  await fs.writeFile(
    path.join(dir, 'app', 'layout.jsx'),
    'export default function RootLayout({ children }) {\n  return <html lang="zh-CN"><body>{children}</body></html>;\n}\n',
  );
  await fs.writeFile(
    path.join(dir, 'app', 'page.jsx'),
    'export default function Page() {\n  return <h1>Hello</h1>;\n}\n',
  );
  run(process.execPath, [path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], { cwd: dir });
  const outDir = path.join(dir, 'out');
  run(process.execPath, [path.join(repoRoot, 'scripts', 'postbuild.mjs'), outDir]);
  return { route: '(bare Next.js page)', also: [], outDir, ...(await firstLoadJs(outDir, path.join(outDir, 'index.html'))) };
}

// ---------- engine throughput ----------

/** Compiles the engine with its rules (lib/engine/year.ts, lib/rules) with esbuild (a dependency of tsx and
 *  vitest) and measures it in this process: one thread, i.e. one core. */
async function engineBench() {
  const { build } = await import('esbuild');
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'yibao-engine-'));
  try {
    const outfile = path.join(dir, 'engine.mjs');
    await build({
      stdin: {
        contents: "export { estimateYear } from './lib/engine/year';\nexport { RULES } from './lib/rules';\nexport { Dec } from './lib/base/money';\n",
        resolveDir: repoRoot,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'error',
    });
    const { estimateYear: estimate, RULES, Dec } = await import(pathToFileURL(outfile).href);
    // The rules a page or the CLI hands the engine: looked up once per date, as they are there.
    const rulebook = RULES.rulebook('yantai', 'employee');
    const estimateYear = (request) => estimate(request, rulebook);

    // The headline claim is a typical stay (a 20,000 yuan bill at a tier-3 hospital); the capped one
    // (300,000, past the fund's annual cap into 大额救助金) is the engine's longest single-admission path.
    const claim = (total) => ({
      member: 'working',
      firstOrdinal: 1,
      admissions: [
        {
          date: '2020-06-01',
          hospitalLevel: 3,
          totalCost: new Dec(total),
          outOfScope: new Dec(100),
          selfPayFirst: new Dec(50),
        },
      ],
    });
    const single = claim(20000);
    const capped = claim(300000);
    // Twelve admissions in one year, one a month, at varied levels and costs.
    const year = {
      ...single,
      admissions: Array.from({ length: 12 }, (_, i) => ({
        date: `2020-${String(i + 1).padStart(2, '0')}-10`,
        hospitalLevel: (i % 3) + 1,
        totalCost: new Dec(8000 + 7000 * i),
        outOfScope: new Dec(100 * i),
        selfPayFirst: new Dec(50 * i),
      })),
    };

    let sink = 0;
    const timeFor = (request, ms) => {
      let n = 0;
      const start = performance.now();
      let now = start;
      do {
        for (let i = 0; i < 64; i++) sink += estimateYear(request).admissions.length;
        n += 64;
        now = performance.now();
      } while (now - start < ms);
      return { n, ms: now - start };
    };
    const check = estimateYear(single).admissions[0];
    timeFor(single, 1000); // warm-up: let the JIT settle
    const s = timeFor(single, 2500);
    timeFor(capped, 500);
    const c = timeFor(capped, 1500);
    timeFor(year, 500);
    const y = timeFor(year, 1500);
    if (sink === 0) throw new Error('engine returned nothing');
    return {
      perSecond: (s.n / s.ms) * 1000,
      cappedPerSecond: (c.n / c.ms) * 1000,
      yearMs: y.ms / y.n,
      sample: `total ${check.totalCost} → out of pocket ${check.outOfPocket}`,
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

// ---------- the CLI's --jsonl batch ----------

/** Bundles what the CLI is made of (answerValue: validation, engine and result, no I/O; and each stage of it) for the in-process figures. */
async function bundleCli(dir) {
  const { build } = await import('esbuild');
  const outfile = path.join(dir, 'cli.mjs');
  await build({
    stdin: {
      contents: [
        "export { answerValue } from './lib/cli';",
        "export { readJson } from './lib/json-text';",
        "export { claimSchema, toEstimate } from './lib/claim';",
        "export { estimateYear } from './lib/engine/year';",
        "export { resultPieces } from './lib/output';",
      ].join('\n'),
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    outfile,
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}

/** Runs `node scripts/estimate.mjs --jsonl < file`, counting output lines and errors as they stream by. */
function timeJsonl(file) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'estimate.mjs'), '--jsonl'], {
      cwd: repoRoot,
      env,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    fs.open(file).then((h) => {
      const input = h.createReadStream();
      input.pipe(child.stdin);
    }, reject);
    let lines = 0;
    let errors = 0;
    let bytes = 0;
    // {"line":123,"error":{...}} — the key after the line number says which. A line's first bytes are
    // kept until they say it, as a chunk may end anywhere, even inside them.
    const ERROR = Buffer.from('"error":');
    const HEAD = '{"line":'.length + 10 + 1 + ERROR.length;
    let head = Buffer.alloc(0); // the current line's first bytes, while they are still needed
    let judged = false;
    const judge = (last) => {
      const comma = head.indexOf(0x2c);
      if (comma === -1 ? !last && head.length < HEAD : !last && head.length < comma + 1 + ERROR.length) return;
      if (comma !== -1 && head.subarray(comma + 1, comma + 1 + ERROR.length).equals(ERROR)) errors++;
      judged = true;
    };
    child.stdout.on('data', (chunk) => {
      bytes += chunk.length;
      let i = 0;
      while (i < chunk.length) {
        const nl = chunk.indexOf(0x0a, i);
        const end = nl === -1 ? chunk.length : nl;
        if (!judged) {
          head = Buffer.concat([head, chunk.subarray(i, Math.min(end, i + HEAD))]);
          judge(nl !== -1);
        }
        if (nl === -1) break;
        lines++;
        head = Buffer.alloc(0);
        judged = false;
        i = nl + 1;
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, lines, errors, bytes, ms: performance.now() - start }));
  });
}

/**
 * Where a line's time goes, stage by stage as the batch runs them: reading its JSON, validating the
 * claim (zod, then the request and its versions), the engine, and writing the result's pieces. In
 * chunks, so that no more than a chunk's results are held at once. Microseconds per line read.
 */
function stages(cli, lines) {
  const ms = { read: 0, validate: 0, engine: 0, result: 0 };
  const timed = (stage, f) => {
    const t = performance.now();
    const out = f();
    ms[stage] += performance.now() - t;
    return out;
  };
  const attempt = (f) => {
    try {
      return f();
    } catch {
      return null; // refused: the CLI answers it with its error
    }
  };
  const CHUNK = 1000;
  for (let i = 0; i < lines.length; i += CHUNK) {
    const reads = timed('read', () => lines.slice(i, i + CHUNK).map((l) => cli.readJson(l)));
    const estimates = timed('validate', () =>
      reads.map((r) => {
        const parsed = r.ok ? cli.claimSchema.safeParse(r.value) : null;
        return parsed?.success ? attempt(() => cli.toEstimate(parsed.data)) : null;
      }),
    );
    const results = timed('engine', () => estimates.map((e) => e && attempt(() => cli.estimateYear(e.request, e.rulebook))));
    timed('result', () => results.forEach((r) => r && cli.resultPieces(r)));
  }
  return Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, (v / lines.length) * 1000]));
}

async function batchBench() {
  const { claimLines } = await import(pathToFileURL(path.join(repoRoot, 'scripts', 'batch-claims.mjs')).href);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'yibao-batch-'));
  try {
    const lines = claimLines(BATCH_CLAIMS);
    const file = path.join(dir, 'claims.jsonl');
    await fs.writeFile(file, lines.join('\n') + '\n');
    const empty = path.join(dir, 'empty.jsonl');
    await fs.writeFile(empty, '');

    // Builds the bundle if a source changed, so that no timed run includes esbuild.
    run(process.execPath, [path.join(repoRoot, 'scripts', 'estimate.mjs')], { input: '{}', allowExit: true });
    const startup = [];
    for (let i = 0; i < 3; i++) startup.push((await timeJsonl(empty)).ms);
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await timeJsonl(file));
    const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    if (best.lines !== BATCH_CLAIMS || best.code !== 2) {
      throw new Error(`--jsonl answered ${best.lines} of ${BATCH_CLAIMS} lines, exit ${best.code} (expected 2: the mix has bad lines)`);
    }

    // The same claims answered in this process, parsed beforehand: validation, engine and result only.
    const cli = await bundleCli(dir);
    const { answerValue } = cli;
    const values = [];
    for (const l of lines) {
      try {
        values.push(JSON.parse(l));
      } catch {
        // not JSON: the CLI's reading refuses it before any answer
      }
    }
    let sink = 0;
    const pass = () => {
      const t = performance.now();
      for (const v of values) sink += answerValue(v).ok ? 1 : 0;
      return performance.now() - t;
    };
    pass(); // warm-up
    const inProcessMs = Math.min(pass(), pass());
    if (sink === 0) throw new Error('answerValue estimated nothing');
    stages(cli, lines); // warm-up
    const stage = stages(cli, lines);
    return {
      perSecond: (BATCH_CLAIMS / best.ms) * 1000,
      ms: best.ms,
      startupMs: Math.min(...startup),
      errors: best.errors,
      bytesPerLine: best.bytes / best.lines,
      inProcessPerSecond: (values.length / inProcessMs) * 1000,
      stage,
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

// ---------- Lighthouse ----------

async function ensureLighthouse() {
  const pkg = path.join(LIGHTHOUSE_DIR, 'node_modules', 'lighthouse', 'package.json');
  const have = existsSync(pkg) ? JSON.parse(await fs.readFile(pkg, 'utf8')).version : null;
  if (have !== LIGHTHOUSE_VERSION) {
    log(`installing lighthouse@${LIGHTHOUSE_VERSION} into ${LIGHTHOUSE_DIR}/`);
    await fs.mkdir(LIGHTHOUSE_DIR, { recursive: true });
    run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', LIGHTHOUSE_DIR, `lighthouse@${LIGHTHOUSE_VERSION}`]);
  }
  return path.join(LIGHTHOUSE_DIR, 'node_modules', 'lighthouse', 'cli', 'index.js');
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

/** scripts/serve.mjs on a free port, serving `dir` (the site's out/ by default). */
async function startServer(dir) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'serve.mjs'), ...(dir ? [dir] : [])], {
    cwd: repoRoot,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base + '/')).ok) return { base, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('scripts/serve.mjs did not start');
}

async function lighthouse(cli, url, dir) {
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const report = path.join(dir, `lh-${runs.length}-${Date.now()}.json`);
    run(
      process.execPath,
      [
        cli,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${report}`,
        '--only-categories=performance,accessibility,best-practices',
        `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      ],
      { env: { ...env, CHROME_PATH } },
    );
    const lhr = JSON.parse(await fs.readFile(report, 'utf8'));
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    runs.push({
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
      bytes: lhr.audits['total-byte-weight'].numericValue,
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
    });
  }
  // Median of each figure separately over the runs.
  return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
}

// ---------- report ----------

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const verdict = (ok) => (ok ? 'PASS' : 'MISS');
const dash = '—';

async function commitId() {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) return 'unknown';
  // BENCHMARKS.md itself is left out: every run appends to it.
  const st = spawnSync('git', ['status', '--porcelain', '--', '.', ':(exclude)BENCHMARKS.md'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return r.stdout.trim() + (st.stdout.trim() ? '+dirty' : '');
}

const PAGES_HEADING = '## Every page';

const BENCH_HEADER = `# Benchmarks

Appended by \`npm run bench\` (scripts/bench.mjs): one row per run in the first table, one row per
page per run in the table of pages below it.

- First-load JS: gzip -9 of the distinct \`/_next/static\` scripts in the page's HTML (noModule
  polyfills excluded). "bare": a one-\`<h1>\` App Router page built in the same run with the same
  Next.js. Target: ratio ≤ ${TARGET.ratio}× on every page.
- Engine, one core: \`estimateYear\` on a typical single-admission claim (Yantai employee, 2020, a 20,000
  yuan tier-3 bill; in brackets a 300,000 bill past the fund's annual cap, the longest path), target
  ≥ ${TARGET.perSecond.toLocaleString('en')}/s; mean time of a 12-admission year, target < ${TARGET.yearMs} ms.
- Lighthouse ${LIGHTHOUSE_VERSION}, mobile preset, median of ${LIGHTHOUSE_RUNS} runs of every page (pages with the same HTML,
  such as 404.html and /404/, once; of the city × scheme pages, one template, the first), Debian Chromium,
  \`out/\` served precompressed by scripts/serve.mjs.
  The bare page is measured too (its row in the table of pages), as the reference: on this machine, as loaded
  then, the TBT and score of a page with nothing of the app's.
  Targets, every page: performance ≥ the bare page's − ${TARGET.performanceBelowBare}, TBT ≤ ${TARGET.tbtRatio}× the bare page's. The run's row gives \`/\` and the
  lowest score and highest TBT of all pages.
- blocking: the main thread's long tasks as the page loads (PerformanceObserver 'longtask'), Pixel 7 at ${CPU_SLOWDOWN}× CPU,
  a fresh context each load, from navigation until ${QUIET_MS / 1000} s pass with no request: the sum of each task's time beyond
  ${LONG_TASK_MS} ms; median of ${BLOCKING_ROUNDS} rounds, each loading the bare page and then every page, so that drift and other
  load fall on all alike. Target: ≤ ${TARGET.blockingRatio}× the bare page's, every page. app's tasks: the longest task that
  began after React's hydration of the page (its form included: the form hydrates after the rest) committed and after first paint, before any input (the app's own work: its runtime's
  loading and evaluation, the render of what it computes), over all rounds; target none over ${TARGET.appTaskMs} ms.
- keystroke: Pixel 7 profile, CPU throttled ${CPU_SLOWDOWN}× (CDP), ${KEYS.length} keys typed into the estimator's 住院总费用
  (\`${KEYS.map((k) => (k === 'Backspace' ? '⌫' : k)).join('')}\`), each from keydown to the first task after the next animation frame; median / worst,
  target ≤ ${TARGET.keyMedianMs} / ${TARGET.keyWorstMs} ms.
- form renders: renders of the component holding the page's \`<form>\` after hydration and before any
  input, counted through a stand-in React DevTools hook, Pixel 7 at ${CPU_SLOWDOWN}× CPU: first with every script asked
  for after the form hydrated held back, so that the lazily loaded runtime never arrives and any render is caused by
  hydration itself (target 0), then as the page loads (the runtime's arrival renders it: 2, today's date it fills in,
  then its own first render, a transition).
- load: the machine's 1-minute load average before / after the run. Engine figures, TBT and
  keystrokes are comparable between runs only on an otherwise idle machine (load well under the core count).
- --jsonl claims/s: ${BATCH_CLAIMS.toLocaleString('en')} generated claims (scripts/batch-claims.mjs: every city, scheme,
  member and grade, a third with earlier stays, ~6 % bad lines) through \`node scripts/estimate.mjs --jsonl\`
  (what \`npm run estimate -- --jsonl\` runs), wall clock including start-up, best of 3; target
  ≥ ${TARGET.jsonlPerSecond.toLocaleString('en')}/s. In brackets: answerValue on the same claims in-process (no reading, parsing or
  printing). Rows without a page figure come from \`--cli-only\`.

| date (UTC) | commit | / first-load JS gz | bare gz | ratio | estimates/s | 12-admission year | perf | a11y | BP | total bytes | LCP | TBT | load | cores | --jsonl claims/s | keystroke median / worst | lowest perf / highest TBT | form renders caused by hydration | blocking, highest ratio to bare | app's longest task |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
`;

const PAGES_HEADER = `
${PAGES_HEADING}

| date (UTC) | commit | page | first-load JS gz | ratio | perf | TBT | LCP | total bytes | form renders: runtime held / loaded | load | blocking median (min–max), ratio | app's longest task |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
`;

/** `lines` with `rows` added at the end of the first table after the line `heading`. */
function appendToTable(lines, heading, rows) {
  let i = lines.indexOf(heading);
  while (i < lines.length && !lines[i].startsWith('|')) i++;
  while (i < lines.length && lines[i].startsWith('|')) i++;
  lines.splice(i, 0, ...rows.map((cells) => `| ${cells.join(' | ')} |`));
}

/** The run's row at the end of the first table, the pages' rows at the end of theirs; text elsewhere (§ Levers) stays. */
async function appendRows(runCells, pageRows) {
  const file = path.join(repoRoot, 'BENCHMARKS.md');
  let text = existsSync(file) ? await fs.readFile(file, 'utf8') : BENCH_HEADER;
  if (!text.split('\n').includes(PAGES_HEADING)) text = text.replace(/\n*$/, '\n') + PAGES_HEADER;
  const lines = text.split('\n');
  appendToTable(lines, '# Benchmarks', [runCells]);
  appendToTable(lines, PAGES_HEADING, pageRows);
  await fs.writeFile(file, lines.join('\n'));
}

const loadNow = () => os.loadavg()[0].toFixed(1);
const loadBefore = loadNow();

/** The city × scheme pages (app/[city]/[scheme]): one template with the same scripts. */
const isPresetPage = (route) => /^\/[^/]+\/[^/]+\/$/.test(route);

/**
 * Pages with the same HTML (404.html, /404/, /_not-found/) are one page, measured once; so are the
 * city × scheme pages, the first standing for the others (their first-load JS is checked to be the same).
 */
async function distinctPages(outDir) {
  const byKey = new Map();
  for (const file of await htmlPages(outDir)) {
    const route = routeOf(outDir, file);
    const key = isPresetPage(route) ? 'preset' : await fs.readFile(file, 'utf8');
    const js = await firstLoadJs(outDir, file);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { route, also: [], ...js });
    else if (seen.bytes === js.bytes) seen.also.push(route);
    else throw new Error(`${route} loads ${kb(js.bytes)} of JS, ${seen.route} ${kb(seen.bytes)}: no longer one template`);
  }
  return [...byKey.values()];
}

async function main() {
  const bareDir = await fs.mkdtemp(path.join(os.tmpdir(), 'yibao-bare-'));
  try {
    await measure(bareDir);
  } finally {
    await fs.rm(bareDir, { recursive: true, force: true });
  }
}

async function measure(bareDir) {
  const outDir = path.join(repoRoot, 'out');
  log(`load average ${loadBefore} on ${os.availableParallelism()} cores`);

  log('measuring the engine');
  const engine = await engineBench();

  log(`measuring the CLI: ${BATCH_CLAIMS.toLocaleString('en')} generated claims through --jsonl (best of 3)`);
  const batch = await batchBench();

  // Built after the engine and the CLI are timed, so that a build's aftermath (its files still being written
  // out) cannot count against them; `sync` waits for those writes before the pages are measured.
  let pages = [];
  let bare;
  if (!cliOnly) {
    log('building the site (npm run build: next build + scripts/postbuild.mjs)');
    run('npm', ['run', '--silent', 'build']);
    pages = await distinctPages(outDir);
    log('building a bare page with the same Next.js');
    bare = await buildBarePage(bareDir);
    run('sync', []);
  }

  let keys = null;
  if (withBrowser) {
    const server = await startServer();
    const bareServer = await startServer(bare.outDir);
    const { browser, devices } = await launch();
    try {
      for (const p of pages) {
        log(`form renders after hydration ${p.route}`);
        p.renders = await formRenders(browser, devices, server.base + p.route);
      }
      log(`keystrokes on / (${KEYS.length}, Pixel 7, ${CPU_SLOWDOWN}× CPU)`);
      keys = await keystrokes(browser, devices, server.base + '/');
      log(`main-thread blocking, ${BLOCKING_ROUNDS} rounds of the bare page and every page (Pixel 7, ${CPU_SLOWDOWN}× CPU)`);
      const targets = [{ name: bare.route, url: bareServer.base + '/' }, ...pages.map((p) => ({ name: p.route, url: server.base + p.route }))];
      const runs = await blockingRounds(browser, devices, targets, BLOCKING_ROUNDS, (i) => log(`  round ${i} of ${BLOCKING_ROUNDS}`));
      for (const p of [bare, ...pages]) p.blocking = blockingSummary(runs.get(p.route));
    } finally {
      await browser.close();
      server.stop();
      bareServer.stop();
    }
  }

  if (withLighthouse) {
    const cli = await ensureLighthouse();
    const server = await startServer();
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'yibao-lh-'));
    try {
      for (const p of pages) {
        log(`Lighthouse ${p.route} (${LIGHTHOUSE_RUNS} runs)`);
        p.lh = await lighthouse(cli, server.base + p.route, dir);
      }
      // The reference: what this machine, as loaded now, gives a page with nothing of the app's.
      log(`Lighthouse the bare Next.js page (${LIGHTHOUSE_RUNS} runs)`);
      const bareServer = await startServer(bare.outDir);
      try {
        bare.lh = await lighthouse(cli, bareServer.base + '/', dir);
      } finally {
        bareServer.stop();
      }
    } finally {
      server.stop();
      await fs.rm(dir, { recursive: true, force: true });
    }
  }

  const ratio = (p) => p.bytes / bare.bytes;
  const name = (p) => p.route + (p.also.length ? ` (= ${p.also.join(', ')})` : '');
  const rendersText = (r) => (r === undefined ? dash : r === null ? 'no form' : `${r.hydration} / ${r.loaded}`);
  const blockingRatio = (p) => p.blocking.median / Math.max(bare.blocking.median, 1);
  const blockingText = (p) =>
    p.blocking ? `${Math.round(p.blocking.median)} ms (${Math.round(p.blocking.min)}–${Math.round(p.blocking.max)})${p === bare ? '' : `, ${blockingRatio(p).toFixed(2)}×`}` : dash;
  const appTaskText = (p) => (!p.blocking || p === bare ? dash : p.blocking.appWorst ? `${p.blocking.appWorst} ms` : 'none');
  if (pages.length) {
    console.log('\nEvery page: first-load JS (gzip -9, distinct /_next/static scripts; noModule excluded), Lighthouse mobile');
    console.log(`  median of ${LIGHTHOUSE_RUNS}, form renders after hydration (with the runtime held back / as the page loads)`);
    for (const p of [...pages, bare]) {
      const lh = p.lh ? `perf ${String(p.lh.performance).padStart(3)}  TBT ${String(Math.round(p.lh.tbt)).padStart(4)} ms  LCP ${Math.round(p.lh.lcp)} ms` : '';
      const renders = p === bare ? '(reference)' : `renders ${rendersText(p.renders)}`;
      console.log(`  ${name(p).padEnd(40)} ${kb(p.bytes).padStart(9)} ${String(p.files).padStart(2)} files ${ratio(p).toFixed(2)}×  ${lh}  ${renders}`);
    }
    if (bare.blocking) {
      console.log(
        `\nMain-thread blocking at load (long tasks beyond ${LONG_TASK_MS} ms until ${QUIET_MS / 1000} s with no request, Pixel 7, ${CPU_SLOWDOWN}× CPU; median (min–max) of ${BLOCKING_ROUNDS} rounds, ratio to the bare page),`,
      );
      console.log(`  and the app's own long tasks after hydration and first paint, per round`);
      for (const p of [...pages, bare]) {
        const tasks = p === bare ? '' : `  app's tasks ${p.blocking.appTasks.map((ts) => ts.join('+') || '0').join(' | ')} ms`;
        console.log(`  ${p.route.padEnd(40)} ${blockingText(p).padEnd(28)}${tasks}`);
      }
    }
  }

  console.log(`\nEngine (one core): sample estimate ${engine.sample}`);
  console.log(
    `  ${Math.round(engine.perSecond).toLocaleString('en')} single-admission estimates/s (a 300,000 bill past the cap: ${Math.round(engine.cappedPerSecond).toLocaleString('en')}/s); 12-admission year ${engine.yearMs.toFixed(3)} ms`,
  );

  const per = (x) => `${Math.round(x).toLocaleString('en')}/s`;
  console.log(
    `\nCLI --jsonl (one process, one JS thread): ${BATCH_CLAIMS.toLocaleString('en')} generated claims, ${batch.errors.toLocaleString('en')} of them refused, ` +
      `${(batch.bytesPerLine / 1024).toFixed(1)} KB of JSON per answer`,
  );
  console.log(`  ${'engine, single-admission claim'.padEnd(44)} ${per(engine.perSecond).padStart(10)}`);
  console.log(`  ${'answerValue in-process, same claims'.padEnd(44)} ${per(batch.inProcessPerSecond).padStart(10)}  (validation + engine + result; no reading, parsing or printing)`);
  const st = batch.stage;
  console.log(
    `  ${'per line, in-process, stage by stage'.padEnd(44)} reading ${st.read.toFixed(1)} µs · validation ${st.validate.toFixed(1)} µs · engine ${st.engine.toFixed(1)} µs · result ${st.result.toFixed(1)} µs` +
      ` (the engine alone: ${per(1e6 / st.engine)})`,
  );
  console.log(
    `  ${'npm run estimate -- --jsonl, end to end'.padEnd(44)} ${per(batch.perSecond).padStart(10)}  (${(batch.ms / 1000).toFixed(2)} s, of which start-up ${Math.round(batch.startupMs)} ms)`,
  );

  const keyMedian = keys && median(keys);
  const keyWorst = keys && Math.max(...keys);
  if (keys) {
    console.log(`\nKeystroke → next frame on / (Pixel 7, ${CPU_SLOWDOWN}× CPU, ${KEYS.length} keys): median ${Math.round(keyMedian)} ms, worst ${Math.round(keyWorst)} ms`);
    console.log(`  ${keys.map((k) => Math.round(k)).join(' ')}`);
  }

  const lhPages = pages.filter((p) => p.lh);
  const lowest = lhPages.length ? lhPages.reduce((a, b) => (b.lh.performance < a.lh.performance ? b : a)) : null;
  const slowest = lhPages.length ? lhPages.reduce((a, b) => (b.lh.tbt > a.lh.tbt ? b : a)) : null;
  const widest = pages.length ? pages.reduce((a, b) => (b.bytes > a.bytes ? b : a)) : null;
  const rerendered = pages.filter((p) => p.renders?.hydration > 0);
  const mostBlocking = bare?.blocking ? pages.reduce((a, b) => (blockingRatio(b) > blockingRatio(a) ? b : a)) : null;
  const appWorst = bare?.blocking ? pages.reduce((a, b) => (b.blocking.appWorst > a.blocking.appWorst ? b : a)) : null;
  const tbtRatio = (p) => p.lh.tbt / Math.max(bare.lh.tbt, 1);
  const tbtWorst = lhPages.length ? lhPages.reduce((a, b) => (tbtRatio(b) > tbtRatio(a) ? b : a)) : null;
  const rows = [
    ...(widest ? [[`first-load JS, largest (${widest.route})`, `${ratio(widest).toFixed(2)}× (${kb(widest.bytes)} / ${kb(bare.bytes)})`, `≤ ${TARGET.ratio}×`, ratio(widest) <= TARGET.ratio]] : []),
    ['estimates per second', Math.round(engine.perSecond).toLocaleString('en'), `≥ ${TARGET.perSecond.toLocaleString('en')}`, engine.perSecond >= TARGET.perSecond],
    ['12-admission year', `${engine.yearMs.toFixed(3)} ms`, `< ${TARGET.yearMs} ms`, engine.yearMs < TARGET.yearMs],
    ['--jsonl claims per second', Math.round(batch.perSecond).toLocaleString('en'), `≥ ${TARGET.jsonlPerSecond.toLocaleString('en')}`, batch.perSecond >= TARGET.jsonlPerSecond],
    ...(lowest
      ? [[`Lighthouse perf, lowest (${lowest.route})`, `${lowest.lh.performance} (bare ${bare.lh.performance})`, `≥ bare − ${TARGET.performanceBelowBare}`, lowest.lh.performance >= bare.lh.performance - TARGET.performanceBelowBare]]
      : []),
    ...(tbtWorst
      ? [[`TBT, highest ratio (${tbtWorst.route})`, `${tbtRatio(tbtWorst).toFixed(2)}× (${Math.round(tbtWorst.lh.tbt)} / ${Math.round(bare.lh.tbt)} ms)`, `≤ ${TARGET.tbtRatio}× bare`, tbtRatio(tbtWorst) <= TARGET.tbtRatio]]
      : []),
    ...(mostBlocking
      ? [[`blocking, highest ratio (${mostBlocking.route})`, `${blockingRatio(mostBlocking).toFixed(2)}× (${Math.round(mostBlocking.blocking.median)} / ${Math.round(bare.blocking.median)} ms)`, `≤ ${TARGET.blockingRatio}× bare`, blockingRatio(mostBlocking) <= TARGET.blockingRatio]]
      : []),
    ...(appWorst
      ? [[`app's longest task after hydration (${appWorst.route})`, appWorst.blocking.appWorst ? `${appWorst.blocking.appWorst} ms` : 'none', `none > ${TARGET.appTaskMs} ms`, appWorst.blocking.appWorst <= TARGET.appTaskMs]]
      : []),
    ...(keys ? [['keystroke → next frame, median / worst', `${Math.round(keyMedian)} / ${Math.round(keyWorst)} ms`, `≤ ${TARGET.keyMedianMs} / ${TARGET.keyWorstMs} ms`, keyMedian <= TARGET.keyMedianMs && keyWorst <= TARGET.keyWorstMs]] : []),
    ...(withBrowser ? [['form renders caused by hydration', rerendered.length ? rerendered.map((p) => `${p.route} ${p.renders.hydration}`).join(', ') : 'none', 'none', rerendered.length === 0]] : []),
  ];
  console.log(`\nSummary (load average ${loadBefore} before, ${loadNow()} now, ${os.availableParallelism()} cores)`);
  for (const [label, value, target, ok] of rows) {
    console.log(`  ${verdict(ok)}  ${label.padEnd(40)} ${value.padEnd(28)} target ${target}`);
  }
  if (rows.some((r) => !r[3])) console.log('  For a MISS, BENCHMARKS.md § Levers says which levers were tried and what each measured.');

  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const commit = await commitId();
  const load = `${loadBefore} / ${loadNow()}`;
  const home = pages.find((p) => p.route === '/');
  const r = home?.lh;
  await appendRows(
    [
      date,
      commit,
      home ? kb(home.bytes) : dash,
      home ? kb(bare.bytes) : dash,
      home ? `${ratio(home).toFixed(2)}×` : dash,
      `${Math.round(engine.perSecond).toLocaleString('en')} (capped ${Math.round(engine.cappedPerSecond).toLocaleString('en')})`,
      `${engine.yearMs.toFixed(3)} ms`,
      r ? r.performance : dash,
      r ? r.accessibility : dash,
      r ? r.bestPractices : dash,
      r ? kb(r.bytes) : dash,
      r ? `${(r.lcp / 1000).toFixed(2)} s` : dash,
      r ? `${Math.round(r.tbt)} ms` : dash,
      load,
      os.availableParallelism(),
      `${Math.round(batch.perSecond).toLocaleString('en')} (in-process ${Math.round(batch.inProcessPerSecond).toLocaleString('en')})`,
      keys ? `${Math.round(keyMedian)} / ${Math.round(keyWorst)} ms` : dash,
      lowest ? `${lowest.lh.performance} (${lowest.route}) / ${Math.round(slowest.lh.tbt)} ms (${slowest.route})` : dash,
      withBrowser ? rerendered.map((p) => `${p.route} ${p.renders.hydration}`).join(', ') || 'none' : dash,
      mostBlocking ? `${blockingRatio(mostBlocking).toFixed(2)}× (${mostBlocking.route})` : dash,
      appWorst ? (appWorst.blocking.appWorst ? `${appWorst.blocking.appWorst} ms (${appWorst.route})` : 'none') : dash,
    ],
    [...pages, ...(bare ? [bare] : [])].map((p) => [
      date,
      commit,
      name(p),
      kb(p.bytes),
      `${ratio(p).toFixed(2)}×`,
      p.lh ? p.lh.performance : dash,
      p.lh ? `${Math.round(p.lh.tbt)} ms` : dash,
      p.lh ? `${(p.lh.lcp / 1000).toFixed(2)} s` : dash,
      p.lh ? kb(p.lh.bytes) : dash,
      rendersText(p.renders),
      load,
      blockingText(p),
      appTaskText(p),
    ]),
  );
  log('rows appended to BENCHMARKS.md');
}

main().catch((err) => {
  console.error(`bench: ${err.stack ?? err}`);
  process.exit(1);
});
