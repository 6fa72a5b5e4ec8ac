import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

/**
 * The WebKit journeys' world: the static export served on a free port (scripts/serve.mjs, as the
 * Chromium e2e does), and WebKitGTK's WebDriver under a virtual X display (xvfb-run: WebKitGTK has no
 * headless mode). Both are installed by `node scripts/ensure-deps.mjs --browser` (npm's pretest hooks).
 */

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    driverUrl: string;
  }
}

const root = fileURLToPath(new URL('..', import.meta.url));
const TOOLS = ['/usr/bin/WebKitWebDriver', '/usr/bin/xvfb-run'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers; fails with what the process printed if it exits or takes too long. */
async function answering(url: string, child: ChildProcess, name: string): Promise<void> {
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}): ${output}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not answer at ${url} within 30 s: ${output}`);
}

/** Each in a process group of its own: xvfb-run's Xvfb and the driver's browser go with it. */
const started = (cmd: string, args: string[], env: Record<string, string> = {}) =>
  spawn(cmd, args, { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });

function stop(child: ChildProcess) {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(path.join(root, 'out/index.html'))) throw new Error('out/ is missing: run `npm run build` first.');
  const missing = TOOLS.filter((tool) => !existsSync(tool));
  if (missing.length) throw new Error(`${missing.join(', ')} missing: run \`node scripts/ensure-deps.mjs --browser\`.`);

  const [sitePort, driverPort] = [await freePort(), await freePort()];
  const site = started('node', ['scripts/serve.mjs'], { PORT: String(sitePort), HOST: '127.0.0.1' });
  // Without a GPU, WebKitGTK's accelerated compositing draws its layers through Mesa's software GL: the same pages
  // and scripts cost about 15 % more CPU than drawn directly (25.2–25.8 → 21.1–22.9 CPU-s for the journeys). The journeys check what
  // the page does, not its pixels.
  const driver = started('xvfb-run', ['--auto-servernum', '--server-args=-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${driverPort}`], {
    WEBKIT_DISABLE_COMPOSITING_MODE: '1',
  });
  const baseUrl = `http://127.0.0.1:${sitePort}`;
  const driverUrl = `http://127.0.0.1:${driverPort}`;
  try {
    await Promise.all([answering(`${baseUrl}/`, site, 'scripts/serve.mjs'), answering(`${driverUrl}/status`, driver, 'WebKitWebDriver')]);
  } catch (error) {
    stop(site);
    stop(driver);
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('driverUrl', driverUrl);
  return () => {
    stop(site);
    stop(driver);
  };
}
