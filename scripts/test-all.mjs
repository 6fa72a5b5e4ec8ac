#!/usr/bin/env node
// `npm test`: lint, typecheck, unit, property, build, e2e (Chromium), webkit — in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npmRun = (script) => ['npm', 'run', '--silent', script];
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const steps = [
  ['lint', [npmRun('lint')]],
  // next-env.d.ts is generated (and git-ignored); typegen writes it before tsc on a fresh clone.
  ['typecheck', [['npx', '--no-install', 'next', 'typegen'], npmRun('typecheck')]],
  ['unit', [npmRun('test:unit')]],
  ['property', [npmRun('test:property')]],
  ['build', [npmRun('build')]],
  ['e2e', [npmRun('test:e2e')]],
  // The journeys in WebKitGTK, the engine of WeChat on an iPhone (the Playwright projects are Chromium).
  ['webkit', [npmRun('test:webkit')]],
];

const t0 = Date.now();
const secs = (t) => ((Date.now() - t) / 1000).toFixed(1);
for (const [i, [name, cmds]] of steps.entries()) {
  console.log(`\n===== [${i + 1}/${steps.length}] ${name} =====`);
  const t = Date.now();
  for (const [cmd, ...args] of cmds) {
    console.log(`$ ${cmd} ${args.join(' ')}`);
    const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error(`\n===== FAILED: ${name} (exit ${r.status ?? r.signal ?? r.error?.message}) after ${secs(t)}s =====`);
      process.exit(r.status || 1);
    }
  }
  console.log(`----- ${name} ok (${secs(t)}s)`);
}
console.log(`\n===== all ${steps.length} steps ok (${secs(t0)}s) =====`);
