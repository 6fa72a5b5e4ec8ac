/**
 * `npm run -s estimate < claim.json`: one JSON claim on stdin, one JSON result on stdout (see lib/cli.ts).
 * `npm run -s estimate -- --jsonl` / `-- --csv`: a batch, one claim per line or CSV record (see lib/batch.ts).
 */
import { runCsv, runJsonl } from '../lib/batch';
import { answerClaim } from '../lib/cli';
import { readStdin, stopQuietlyWhenStdoutCloses } from './cli-io';

const args = process.argv.slice(2);
stopQuietlyWhenStdoutCloses();

if (args.length === 0) {
  void readStdin().then((text) => {
    const { exitCode, output } = answerClaim(text);
    process.stdout.write(`${output}\n`);
    process.exitCode = exitCode;
  });
} else if (args.length === 1 && (args[0] === '--jsonl' || args[0] === '--csv')) {
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
