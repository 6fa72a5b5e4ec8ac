#!/usr/bin/env node
// Dependency-free: makes a fresh clone runnable. Used by the `prestart` / `pretest` npm hooks.
//   node scripts/ensure-deps.mjs            -> npm install if node_modules is missing or stale
//   node scripts/ensure-deps.mjs --browser  -> also install the Debian packages the browser tests drive, where missing:
//                                              chromium-headless-shell (Playwright's tests), chromium (the bench), webkit2gtk-driver and xvfb (the WebKit journeys)
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'node_modules', '.ensure-deps-stamp');
/** The browser tests' programs and the Debian packages that install them. */
const BROWSER_PACKAGES = [
  ['/usr/bin/chromium-headless-shell', 'chromium-headless-shell'],
  ['/usr/bin/chromium', 'chromium'],
  ['/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'],
  ['/usr/bin/xvfb-run', 'xvfb'],
];

function mtime(p) {
  try {
    return statSync(p).mtimeMs;
  } catch {
    return -1;
  }
}

function run(cmd, args) {
  console.log(`[ensure-deps] $ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.status !== 0) {
    console.error(`[ensure-deps] failed: ${cmd} ${args.join(' ')} (exit ${r.status ?? r.signal ?? r.error?.message})`);
    process.exit(1);
  }
}

// The stamp is written after a successful install; a newer package.json or lockfile means stale.
const stampTime = mtime(stamp);
const stale =
  stampTime < 0 ||
  stampTime < mtime(path.join(root, 'package-lock.json')) ||
  stampTime < mtime(path.join(root, 'package.json'));
if (stale) {
  // Not `npm ci`: the registry here lacks some non-Linux optional binaries that ci insists on.
  run('npm', ['install', '--no-audit', '--no-fund']);
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}

const missing = process.argv.includes('--browser') ? BROWSER_PACKAGES.filter(([program]) => !existsSync(program)) : [];
if (missing.length > 0) {
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
    console.error(`[ensure-deps] ${missing.map(([program]) => program).join(', ')} missing and apt-get is unavailable: install them there to run the browser tests.`);
    process.exit(1);
  }
  const asRoot = process.getuid?.() === 0;
  const apt = (args) => (asRoot ? run('apt-get', args) : run('sudo', ['-E', 'apt-get', ...args]));
  apt(['update']);
  apt(['install', '-y', ...missing.map(([, pkg]) => pkg)]);
}
