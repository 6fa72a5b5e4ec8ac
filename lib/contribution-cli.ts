import { EstimateError } from './base/errors';
import { describeIssues } from './claim';
import { contributionSchemaFor } from './contribution/input';
import { contributionJson } from './contribution/json';
import { contributionYear } from './contribution/year';
import type { CliAnswer } from './cli';
import { RULES } from './rules';

/**
 * `npm run -s contribution` as a function: one JSON input in, one JSON answer and exit code out:
 * 0 with the year's contributions; 2 with {"error": {code, message, ...}} in Chinese. Never throws.
 */

const schema = contributionSchemaFor(RULES);

export function answerContribution(text: string): CliAnswer {
  const fail = (code: string, message: string, details: Record<string, unknown> = {}): CliAnswer => ({
    exitCode: 2,
    output: JSON.stringify({ error: { code, message, ...details } }, null, 2),
  });
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return fail('invalid-json', text.trim() ? '输入不是有效的 JSON。' : '没有读到输入：请在标准输入提供一个 JSON 对象。');
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('invalid-input', '输入必须是一个 JSON 对象，例如 {"city": "yantai", "scheme": "employee", "member": "working", "year": 2020, ...}。');
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error);
    return fail('invalid-input', `输入有误：${problems.join('；')}`, { problems });
  }
  try {
    return { exitCode: 0, output: JSON.stringify(contributionJson(contributionYear(parsed.data, RULES)), null, 2) };
  } catch (error) {
    if (error instanceof EstimateError) return fail(error.code, error.message, error.details);
    return fail('internal', '计算时发生内部错误，请把输入发给维护者。');
  }
}
