import { spawn } from 'node:child_process';

/**
 * Runs `npm run -s <args>` with `stdin` whose reader of stdout has already gone (`| head`, `| true`):
 * the command's write fails with EPIPE. Its exit code and what it said on stderr.
 */
export async function withReaderGone(args: readonly string[], stdin: string): Promise<{ status: number | null; stderr: string }> {
  const child = spawn('npm', ['run', '-s', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.end(stdin);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, stderr };
}
