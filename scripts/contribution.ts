/** `npm run -s contribution < input.json`: one JSON input on stdin, one JSON answer on stdout (see lib/contribution-cli.ts). */
import { answerContribution } from '../lib/contribution-cli';

const chunks: Buffer[] = [];
process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
process.stdin.on('end', () => {
  const { exitCode, output } = answerContribution(Buffer.concat(chunks).toString('utf8'));
  process.stdout.write(`${output}\n`);
  process.exitCode = exitCode;
});
