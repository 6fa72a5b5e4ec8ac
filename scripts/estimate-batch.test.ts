import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { withReaderGone } from './test-support';

/** The real command's batch modes: `npm run -s estimate -- --jsonl` / `-- --csv`, as a spawned process. */

const dir = mkdtempSync(path.join(tmpdir(), 'estimate-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LINES = 20_000;
const isBad = (n: number) => n % 997 === 0;
const isBlank = (n: number) => n % 1009 === 0 && !isBad(n);

/** Line n's claim: its totalCost (1000 + n) is its fingerprint in the output; members, grades and years vary. */
function claimLine(n: number): string {
  if (isBlank(n)) return '';
  if (isBad(n)) return `{"city": "yantai", "totalCost": ${n},}`;
  const resident = n % 2 === 1;
  const members = resident ? ['adult-tier1', 'adult-tier2', 'minor', 'student'] : ['working', 'retired', 'flexible'];
  return JSON.stringify({
    city: 'yantai',
    scheme: resident ? 'resident' : 'employee',
    member: members[n % members.length],
    date: n % 3 === 0 ? '2020-06-01' : '2025-06-01',
    hospitalLevel: (n % 3) + 1,
    admission: 1,
    totalCost: 1000 + n,
  });
}

// Real processes: on a busy two-core machine each can take several seconds.
describe('npm run -s estimate -- --jsonl', { timeout: 60_000 }, () => {
  it(`answers ${LINES.toLocaleString('en')} lines in order, one output line each (blank ones skipped), exit code 2 for the bad ones`, async () => {
    const file = path.join(dir, 'claims.jsonl');
    writeFileSync(file, `${Array.from({ length: LINES }, (_, i) => claimLine(i + 1)).join('\n')}\n`);
    const child = spawn('npm', ['run', '-s', 'estimate', '--', '--jsonl'], { stdio: ['pipe', 'pipe', 'inherit'] });
    createReadStream(file).pipe(child.stdin);
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));

    const seen: number[] = [];
    const errors: number[] = [];
    let mismatched = 0;
    for await (const text of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
      const out = JSON.parse(text);
      seen.push(out.line);
      if (out.error) errors.push(out.line);
      else if (out.totalCost !== `${1000 + out.line}.00`) mismatched++;
    }
    const expected = Array.from({ length: LINES }, (_, i) => i + 1).filter((n) => !isBlank(n));
    expect(seen.length).toBe(expected.length);
    expect(seen).toEqual(expected);
    expect(errors).toEqual(expected.filter(isBad));
    expect(mismatched).toBe(0);
    expect(await exit).toBe(2);
  }, 180_000);

  it('exits 0 when every line is estimated', () => {
    const input = [1, 2, 4].map(claimLine).join('\n');
    const r = spawnSync('npm', ['run', '-s', 'estimate', '--', '--jsonl'], { input, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).line)).toEqual([1, 2, 3]);
  });
});

describe('npm run -s estimate -- --csv', { timeout: 30_000 }, () => {
  it('answers a CSV table, and says on stderr why it stopped at a broken one', () => {
    // Yantai employee 2020, tier 3: (5000 − 800) × 80% + 5000 × 85% + 10000 × 90% = 16610; 20000 − 16610 = 3390.
    const header = 'city,scheme,member,date,hospitalLevel,admission,totalCost';
    const ok = spawnSync('npm', ['run', '-s', 'estimate', '--', '--csv'], { input: `${header}\r\nyantai,employee,working,2020-06-01,3,1,20000\r\n`, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(
      `${header},eligibleCost,deductible,fundPayment,supplementPayment,outOfPocket,policy,error\r\n` +
        'yantai,employee,working,2020-06-01,3,1,20000,20000.00,800.00,16610.00,0.00,3390.00,yantai-employee-2018,\r\n',
    );
    const broken = spawnSync('npm', ['run', '-s', 'estimate', '--', '--csv'], { input: 'city,city\n', encoding: 'utf8' });
    expect(broken.status).toBe(2);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain('city 列出现了不止一次');
  });

  it('refuses an unknown flag with exit code 2 and a JSON error', () => {
    const r = spawnSync('npm', ['run', '-s', 'estimate', '--', '--xml'], { input: '', encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: 'invalid-arguments', message: expect.stringContaining('--xml') });
  });
});

describe('npm run -s estimate, a reader that leaves early', { timeout: 60_000 }, () => {
  it.each([['--jsonl'], ['--csv'], ['--xml']])('%s ends quietly with exit code 2', async (flag) => {
    const stdin = flag === '--csv' ? 'city,totalCost\nyantai,1\n' : `${claimLine(1)}\n`;
    expect(await withReaderGone(['estimate', '--', flag], stdin)).toEqual({ status: 2, stderr: '' });
  });
});
