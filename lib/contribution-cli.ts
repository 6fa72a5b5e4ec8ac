import { EstimateError } from './base/errors';
import { describeIssues } from './claim';
import { inputError } from './cli-error';
import { contributionSchemaFor } from './contribution-input';
import { contributionJson } from './contribution/json';
import { contributionYear } from './contribution/year';
import type { CliAnswer } from './cli';
import { readJson } from './json-text';
import type { CliError } from './cli-error';
import { RULES } from './rules';

/**
 * `npm run -s contribution` as a function: one JSON input in, one JSON answer and exit code out:
 * 0 with the year's contributions; 2 with {"error": {code, message, ...}} in Chinese. Never throws.
 * The input is read as the estimate CLI reads its claim (lib/json-text.ts).
 */

const schema = contributionSchemaFor(RULES);

export function answerContribution(text: string): CliAnswer {
  const refused = (error: CliError): CliAnswer => ({ exitCode: 2, output: JSON.stringify({ error }, null, 2) });
  const fail = (code: string, message: string, details: Record<string, unknown> = {}) => refused({ code, message, ...details });
  const read = readJson(text);
  if (!read.ok) return refused(read.error);
  const input = read.value;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('invalid-input', '输入必须是一个 JSON 对象，例如 {"city": "yantai", "scheme": "employee", "member": "working", "year": 2020, ...}。');
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(inputError(describeIssues(parsed.error)));
  try {
    return { exitCode: 0, output: JSON.stringify(contributionJson(contributionYear(parsed.data, RULES)), null, 2) };
  } catch (error) {
    if (error instanceof EstimateError) return fail(error.code, error.message, error.details);
    return fail('internal', '计算时发生内部错误，请把输入发给维护者。');
  }
}
