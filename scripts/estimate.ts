/**
 * `npm run -s estimate < claim.json`: one JSON claim on stdin, one JSON result on stdout.
 * Exit 0 with the result; exit 2 with {"error": {...}} for bad input, unknown parameters or dates with no rule.
 */
import { claimSchema, describeIssues, toYearRequest } from '../lib/claim';
import { estimateYear } from '../lib/engine';
import { EstimateError } from '../lib/errors';
import { toJson } from '../lib/output';

function fail(code: string, message: string, details: Record<string, unknown> = {}): never {
  process.stdout.write(`${JSON.stringify({ error: { code, message, ...details } }, null, 2)}\n`);
  process.exit(2);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main() {
  const text = await readStdin();
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    fail('invalid-json', text.trim() ? '输入不是有效的 JSON。' : '没有读到输入：请在标准输入提供一个 JSON 对象。');
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    fail('invalid-input', '输入必须是一个 JSON 对象，例如 {"city": "yantai", ...}。');
  }
  const parsed = claimSchema.safeParse(input);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error);
    fail('invalid-input', `输入有误：${problems.join('；')}`, { problems });
  }
  try {
    process.stdout.write(`${JSON.stringify(toJson(estimateYear(toYearRequest(parsed.data))), null, 2)}\n`);
  } catch (error) {
    if (error instanceof EstimateError) fail(error.code, error.message, error.details);
    fail('internal', '估算时发生内部错误，请把输入发给维护者。');
  }
}

void main();
