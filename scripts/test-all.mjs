#!/usr/bin/env node
// `npm test`: unit and property tests, lint, typecheck, build, e2e (Chromium), webkit. The steps of a stage run side
// by side (most are one process on one core; the machine has two); a stage starts when the one before has passed.
// The first step of a stage prints as it goes; the others print when they end, so outputs do not interleave.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npmRun = (script) => ['npm', 'run', '--silent', script];
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** Stages in order; a step is a name and the commands it runs one after another. */
const stages = [
  [
    // Unit and property files in one Vitest run, its workers on both cores; the other steps fill the gaps.
    ['unit + property', [['npx', '--no-install', 'vitest', 'run', '--project', 'unit', '--project', 'property']]],
    ['lint', [npmRun('lint')]],
    // next-env.d.ts and .next/types are generated (git-ignored); typegen writes them before tsc on a fresh clone.
    // The build after tsc, not beside it: it writes .next/types again while tsc would read them.
    ['typecheck, build', [['npx', '--no-install', 'next', 'typegen'], npmRun('typecheck'), npmRun('build')]],
  ],
  [
    ['e2e', [npmRun('test:e2e')]],
    // The journeys in WebKitGTK, the engine of WeChat on an iPhone (the Playwright projects are Chromium). Mostly
    // waiting on the browser, so it runs beside e2e.
    ['webkit', [npmRun('test:webkit')]],
  ],
];

const t0 = Date.now();
const secs = (t) => ((Date.now() - t) / 1000).toFixed(1);

/** Runs a step's commands in turn; its output goes to the terminal as it comes when `live`, else at its end. */
function runStep([name, cmds], live) {
  const t = Date.now();
  const chunks = [];
  const say = (text) => (live ? process.stdout.write(text) : chunks.push(text));
  const finish = (failure) => {
    if (!live) process.stdout.write(`\n===== ${name} =====\n${chunks.join('')}`);
    console.log(failure ? `\n===== FAILED: ${name} (${failure}) after ${secs(t)}s =====` : `----- ${name} ok (${secs(t)}s)`);
    return { name, ok: !failure };
  };
  return new Promise((resolve) => {
    const next = (i) => {
      if (i === cmds.length) return resolve(finish(null));
      const [cmd, ...args] = cmds[i];
      say(`$ ${cmd} ${args.join(' ')}\n`);
      const child = spawn(cmd, args, { cwd: root, env, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
      child.stdout?.on('data', (d) => chunks.push(d.toString()));
      child.stderr?.on('data', (d) => chunks.push(d.toString()));
      child.on('error', (e) => resolve(finish(e.message)));
      child.on('close', (code, signal) => (code === 0 ? next(i + 1) : resolve(finish(`exit ${code ?? signal}`))));
    };
    next(0);
  });
}

for (const [i, stage] of stages.entries()) {
  console.log(`\n===== [${i + 1}/${stages.length}] ${stage.map(([name]) => name).join(' | ')} =====`);
  const results = await Promise.all(stage.map((step, j) => runStep(step, j === 0)));
  const failed = results.filter((r) => !r.ok).map((r) => r.name);
  if (failed.length > 0) {
    console.error(`\n===== FAILED: ${failed.join(', ')} after ${secs(t0)}s =====`);
    process.exit(1);
  }
}
console.log(`\n===== all steps ok (${secs(t0)}s) =====`);
