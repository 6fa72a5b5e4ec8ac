import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { withReaderGone } from './test-support';

/** The real command: `npm run -s contribution` reads stdin, prints JSON, exits 0 or 2. */

function run(stdin: string) {
  const r = spawnSync('npm', ['run', '-s', 'contribution'], { input: stdin, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// A real process (tsx's start-up included): on a busy two-core machine a run can take several seconds.
describe('npm run -s contribution', { timeout: 30_000 }, () => {
  it('answers an input on stdin with JSON and exit code 0', () => {
    // 烟台居民 2018 二档：第七条（一）380 元
    const r = run('{"city":"yantai","scheme":"resident","member":"adult-tier2","year":2018}');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).yearly.resident).toBe('380.00');
  });

  it('refuses bad input with exit code 2, a Chinese message on stdout and no stack trace', () => {
    const r = run('{"city":"yantai","scheme":"employee","member":"working","year":"去年"}');
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).error.message).toContain('年份（year）');
    expect(r.stdout + r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('ends quietly, exit code 2, when the reader has gone away (`| head`, `| true`)', async () => {
    expect(await withReaderGone(['contribution'], '{"city":"yantai","scheme":"resident","member":"adult-tier2","year":2018}')).toEqual({ status: 2, stderr: '' });
  });
});
