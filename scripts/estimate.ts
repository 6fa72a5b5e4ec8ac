/**
 * `npm run -s estimate < claim.json`: one JSON claim on stdin, one JSON result on stdout (see lib/cli.ts).
 * `npm run -s estimate -- --jsonl` / `-- --csv`: a batch, one claim per line or CSV record (see lib/batch.ts).
 */
import { runCsv, runJsonl } from '../lib/batch';
import { answerClaim } from '../lib/cli';

const args = process.argv.slice(2);

if (args.length === 0) {
  const chunks: Buffer[] = [];
  process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
  process.stdin.on('end', () => {
    const { exitCode, output } = answerClaim(Buffer.concat(chunks).toString('utf8'));
    process.stdout.write(`${output}\n`);
    process.exitCode = exitCode;
  });
} else if (args.length === 1 && (args[0] === '--jsonl' || args[0] === '--csv')) {
  // The reader went away (`| head`): stop quietly; not every claim was answered.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(2);
    throw error;
  });
  const run = args[0] === '--jsonl' ? runJsonl : runCsv;
  run(process.stdin, process.stdout).then(
    ({ exitCode, problem }) => {
      if (problem) process.stderr.write(`${problem}\n`);
      process.exitCode = exitCode;
    },
    () => {
      process.stderr.write('读写标准输入或输出时出错，批量估算未完成。\n');
      process.exitCode = 2;
    },
  );
} else {
  const error = { code: 'invalid-arguments', message: `不认识的参数：${args.join(' ')}。不带参数读一份 JSON；--jsonl 每行一份 JSON；--csv 读 CSV 表格。` };
  process.stdout.write(`${JSON.stringify({ error }, null, 2)}\n`);
  process.exitCode = 2;
}
