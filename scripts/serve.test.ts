import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** scripts/serve.mjs on a throwaway export, on a port the system picks (PORT=0). */

const SERVE = fileURLToPath(new URL('./serve.mjs', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'serve-test-'));
const files: Record<string, string> = {
  'index.html': '<!doctype html><title>home</title>',
  '404.html': '<!doctype html><title>not found</title>',
  'a/index.html': '<!doctype html><title>a</title>',
  '_headers': '/*\n  X-Frame-Options: DENY\n',
  '_nginx-csp.conf': 'map $uri $yibao_csp {\n}\n',
  '.secret': 'internal',
  '.well-known/x.txt': 'internal',
  'a/.hidden.html': 'internal',
  'app.js': 'console.log(1)',
  'app.js.gz': 'not really gzip',
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), text);
}

function start(port: number) {
  const child = spawn(process.execPath, [SERVE, dir], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<number>((resolve, reject) => {
    child.stdout.on('data', () => {
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout);
      if (m) resolve(Number(m[1]));
    });
    void exited.then((code) => reject(new Error(`serve.mjs exited ${code}: ${stderr}`)));
  });
  listening.catch(() => {}); // the port-taken case awaits `exited` instead
  return { child, listening, exited, output: () => stdout + stderr };
}

describe('scripts/serve.mjs', () => {
  let server: ChildProcess;
  let base = '';
  beforeAll(async () => {
    const s = start(0);
    server = s.child;
    base = `http://127.0.0.1:${await s.listening}`;
  });
  afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves pages', async () => {
    expect((await fetch(`${base}/`)).status).toBe(200);
    expect((await fetch(`${base}/a/`)).status).toBe(200);
    expect((await fetch(`${base}/app.js`)).status).toBe(200);
  });

  it('answers 404 with the 404 page for the host files and dotfiles', async () => {
    for (const p of [
      '/_headers',
      '/_HEADERS',
      '/%5Fheaders',
      '/_nginx-csp.conf',
      '/a/../_headers',
      '/.secret',
      '/.well-known/x.txt',
      '/a/.hidden',
      '/a/.hidden.html',
    ]) {
      const r = await fetch(base + p, { redirect: 'manual' });
      expect([p, r.status]).toEqual([p, 404]);
      expect(await r.text()).toContain('not found');
    }
  });

  it('serves a precompressed sibling asked for by name, as nginx does', async () => {
    const r = await fetch(`${base}/app.js.gz`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-encoding')).toBeNull();
  });

  it('still applies _headers to the responses', async () => {
    expect((await fetch(`${base}/`)).headers.get('x-frame-options')).toBe('DENY');
  });

  it('answers a link too long to read with a page in Chinese, not an empty 431', async () => {
    const long = await fetch(`${base}/a/?x=${'y'.repeat(100_000)}`);
    expect(long.status).toBe(414);
    expect(long.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await long.text();
    expect(page).toContain('链接太长');
    expect(page).toContain('<a href="/">');
    const cookies = await fetch(`${base}/a/`, { headers: { cookie: `c=${'z'.repeat(20_000)}` } });
    expect(cookies.status).toBe(431);
    expect(await cookies.text()).toContain('Cookie');
    expect((await fetch(`${base}/a/?x=${'y'.repeat(1000)}`)).status).toBe(200);
  });

  it('says in Chinese which port is taken and how to choose another, without a stack trace', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const s = start(port);
      const code = await s.exited;
      expect(code).not.toBe(0);
      expect(s.output()).toContain(`端口 ${port} 已被占用`);
      expect(s.output()).toContain(`PORT=${port + 1} npm start`);
      expect(s.output()).not.toMatch(/\n\s+at |EADDRINUSE|node:events/);
    } finally {
      blocker.close();
    }
  });
});
