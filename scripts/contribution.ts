/** `npm run -s contribution < input.json`: one JSON input on stdin, one JSON answer on stdout (see lib/contribution-cli.ts). */
import { answerContribution } from '../lib/contribution-cli';
import { readStdin, stopQuietlyWhenStdoutCloses } from './cli-io';

stopQuietlyWhenStdoutCloses();
void readStdin().then((text) => {
  const { exitCode, output } = answerContribution(text);
  process.stdout.write(`${output}\n`);
  process.exitCode = exitCode;
});
