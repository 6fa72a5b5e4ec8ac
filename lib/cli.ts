import { EstimateError } from './base/errors';
import { claimSchema, describeIssues, toEstimate } from './claim';
import { estimateYear } from './engine/year';
import { toJson } from './output';

/**
 * The JSON CLI as a function: claim text in, result text and exit code out.
 * 0 with the result; 2 with {"error": {code, message, ...}} for anything the
 * engine refuses. Never throws, so no stack trace reaches a billing desk.
 */
export interface CliAnswer {
  exitCode: 0 | 2;
  output: string;
}

export function answerClaim(text: string): CliAnswer {
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
    return fail('invalid-input', '输入必须是一个 JSON 对象，例如 {"city": "yantai", "scheme": "employee", ...}。');
  }
  const parsed = claimSchema.safeParse(input);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error);
    return fail('invalid-input', `输入有误：${problems.join('；')}`, { problems });
  }
  try {
    const { request, rulebook } = toEstimate(parsed.data);
    return { exitCode: 0, output: JSON.stringify(toJson(estimateYear(request, rulebook)), null, 2) };
  } catch (error) {
    if (error instanceof EstimateError) return fail(error.code, error.message, error.details);
    return fail('internal', '估算时发生内部错误，请把输入发给维护者。');
  }
}
