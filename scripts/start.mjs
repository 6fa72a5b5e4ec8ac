#!/usr/bin/env node
// `npm start`: build the static export unless out/ is newer than everything that goes into it, then
// serve it (scripts/serve.mjs). Dependency-free. FORCE_BUILD=1 npm start builds regardless.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What `npm run build` reads, relative to the repository root (missing ones are skipped). */
export const BUILD_INPUTS = [
  'app',
  'components',
  'lib',
  'public',
  'next.config.js',
  'postcss.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'scripts/postbuild.mjs',
  '.env',
  '.env.local',
  '.env.production',
  '.env.production.local',
];

/** Written last by scripts/postbuild.mjs, so its mtime is when the last complete build finished. */
export const BUILD_MARK = 'out/_headers';

function mtime(p) {
  try {
    return statSync(p).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * The most recently modified input, directories included (deleting a file changes its directory).
 * @param {string} root
 * @param {readonly string[]} [inputs]
 * @returns {{ file: string, mtimeMs: number } | null}
 */
export function newestInput(root, inputs = BUILD_INPUTS) {
  let newest = null;
  const visit = (rel) => {
    const abs = path.join(root, rel);
    let s;
    try {
      s = statSync(abs);
    } catch {
      return;
    }
    if (!newest || s.mtimeMs > newest.mtimeMs) newest = { file: rel, mtimeMs: s.mtimeMs };
    if (s.isDirectory()) for (const name of readdirSync(abs)) visit(path.join(rel, name));
  };
  for (const rel of inputs) visit(rel);
  return newest;
}

/**
 * Whether `npm start` must build, and why (one line, for the console).
 * @param {string} [root]
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ build: boolean, reason: string }}
 */
export function buildDecision(root = repoRoot, env = process.env) {
  if (env.FORCE_BUILD && env.FORCE_BUILD !== '0') return { build: true, reason: 'FORCE_BUILD 已设置' };
  const built = mtime(path.join(root, BUILD_MARK));
  if (built < 0) return { build: true, reason: `还没有完整的构建（缺少 ${BUILD_MARK}）` };
  const newest = newestInput(root);
  if (newest && newest.mtimeMs > built) return { build: true, reason: `${newest.file} 在上次构建之后有改动` };
  const latest = newest ? `（最近改动的源文件：${newest.file}）` : '';
  return { build: false, reason: `out/ 比所有源文件都新${latest}` };
}

async function main() {
  const { build, reason } = buildDecision();
  if (build) {
    console.log(`[start] 构建：${reason}`);
    const r = spawnSync('npm', ['run', 'build'], {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (r.status !== 0) process.exit(r.status || 1);
  } else {
    console.log(`[start] 跳过构建：${reason}。强制重新构建：FORCE_BUILD=1 npm start 或 npm run build`);
  }
  await import('./serve.mjs');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
