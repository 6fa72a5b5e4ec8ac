/** `npm run -s estimate < claim.json`: one JSON claim on stdin, one JSON result on stdout (see lib/cli.ts). */
import { answerClaim } from '../lib/cli';

const chunks: Buffer[] = [];
process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
process.stdin.on('end', () => {
  const { exitCode, output } = answerClaim(Buffer.concat(chunks).toString('utf8'));
  process.stdout.write(`${output}\n`);
  process.exitCode = exitCode;
});
