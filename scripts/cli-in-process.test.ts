import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contributionOutput, estimateOutput } from '../e2e/cli';

/**
 * The e2e specs compare the pages with the CLIs' answers worked out in their own process (e2e/cli.ts):
 * the real commands print exactly those bytes, and a newline, for inputs like the specs'.
 */

const SCRIPTS: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
const PATH = `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH}`;

/** The stdout and exit code of `npm run -s <script>` for one input on stdin: the script's command, as npm runs it, without npm's own start-up. */
function run(script: string, input: unknown): Promise<{ stdout: string; status: number | null }> {
  const [command, ...args] = SCRIPTS[script]!.split(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(command!, args, { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, PATH } });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ stdout, status }));
    child.stdin.end(JSON.stringify(input));
  });
}

const CLAIMS = [
  // A planner's year: earlier stays, the fund cap crossed.
  { city: 'yantai', scheme: 'employee', member: 'working', date: '2025-04-10', hospitalLevel: 3, admission: 3, totalCost: '150000', earlier: [{ date: '2025-01-10', hospitalLevel: 3, totalCost: '200000' }, { date: '2025-02-10', hospitalLevel: 2, totalCost: '30000', outOfScope: '1000' }] },
  // The values no source gives, supplied.
  { city: 'jinan', scheme: 'resident', member: 'minor', date: '2025-09-12', hospitalLevel: 2, admission: 1, totalCost: '40000', outOfScope: '1200', overrides: { deductible: '600', rates: [{ upTo: null, rate: 0.7 }], fundCap: '200000' } },
  { city: 'jinan', scheme: 'resident', member: 'adult-tier1', benefit: 'maternity', date: '2025-05-01', maternityEvent: 'delivery', totalCost: '6000', outOfScope: '800' },
  // A refusal.
  { city: 'jinan', scheme: 'resident', member: 'adult-tier1', date: '2025-03-01', hospitalLevel: 3, admission: 1, totalCost: '50000' },
];

const INPUTS = [
  { city: 'yantai', scheme: 'employee', member: 'working', year: 2020, monthlyWage: 5000, age: 40 },
  { city: 'jinan', scheme: 'employee', member: 'flexible', year: 2022, flexibleRate: 0.09, averageWage: 8000 },
];

// Real processes, started together: on a busy two-core machine they can take several seconds.
describe('the CLIs print what e2e/cli.ts works out', { timeout: 60_000 }, () => {
  it('npm run -s estimate', async () => {
    const printed = await Promise.all(CLAIMS.map((claim) => run('estimate', claim)));
    for (const [i, claim] of CLAIMS.entries()) {
      expect(printed[i]!.stdout).toBe(`${estimateOutput(claim)}\n`);
      expect(printed[i]!.status).toBe(i === CLAIMS.length - 1 ? 2 : 0);
    }
  });

  it('npm run -s contribution', async () => {
    const printed = await Promise.all(INPUTS.map((input) => run('contribution', input)));
    for (const [i, input] of INPUTS.entries()) {
      expect(printed[i]!.stdout).toBe(`${contributionOutput(input)}\n`);
      expect(printed[i]!.status).toBe(0);
    }
  });
});
