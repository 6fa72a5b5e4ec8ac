import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { withReaderGone } from './test-support';

/** The real command: `npm run -s estimate` reads stdin, prints JSON, exits 0 or 2. */

function run(stdin: string) {
  const r = spawnSync('npm', ['run', '-s', 'estimate'], { input: stdin, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// A real process: on a busy two-core machine a run can take several seconds.
describe('npm run -s estimate', { timeout: 30_000 }, () => {
  it('answers a claim on stdin with JSON and exit code 0', () => {
    const r = run('{"city":"yantai","scheme":"resident","member":"minor","date":"2021-03-03","hospitalLevel":2,"admission":1,"totalCost":10000}');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).outOfPocket).toBe('3350.00');
  });

  it('refuses malformed input with exit code 2, JSON on stdout and no stack trace', () => {
    const r = run('not json');
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe('invalid-json');
    expect(r.stdout + r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('ends quietly, exit code 2, when the reader has gone away (`| head`, `| true`)', async () => {
    expect(await withReaderGone(['estimate'], '{"city":"yantai","scheme":"resident","member":"minor","date":"2021-03-03","hospitalLevel":2,"admission":1,"totalCost":10000}')).toEqual({ status: 2, stderr: '' });
  });
});
