import { EstimateError } from './base/errors';
import { claimSchema, describeIssues, toEstimate } from './claim';
import { inputError } from './cli-error';
import { estimateYear, type YearResult } from './engine/year';
import { readJson } from './json-text';
import type { CliError } from './cli-error';
import { toJson } from './output';

export type { CliError } from './cli-error';

/**
 * The JSON CLI as a function: claim text in, result text and exit code out.
 * 0 with the result; 2 with {"error": {code, message, ...}} for anything the
 * engine refuses. Never throws, so no stack trace reaches a billing desk.
 */
export interface CliAnswer {
  exitCode: 0 | 2;
  output: string;
}

/** One claim, already parsed from JSON: the result the CLI prints, or the error it prints. Never throws. */
export type ValueAnswer = { ok: true; result: unknown } | { ok: false; error: CliError };

export function answerClaim(text: string): CliAnswer {
  const read = readJson(text);
  const answer = read.ok ? answerValue(read.value) : read;
  return answer.ok
    ? { exitCode: 0, output: JSON.stringify(answer.result, null, 2) }
    : { exitCode: 2, output: JSON.stringify({ error: answer.error }, null, 2) };
}

export function answerValue(input: unknown): ValueAnswer {
  const answer = answerEstimate(input);
  return answer.ok ? { ok: true, result: toJson(answer.result) } : answer;
}

export type EstimateAnswer = { ok: true; result: YearResult } | { ok: false; error: CliError };

/** The estimate behind answerValue's result, for callers that print it their own way (the batch modes). Never throws. */
export function answerEstimate(input: unknown): EstimateAnswer {
  const fail = (code: string, message: string, details: Record<string, unknown> = {}) => ({
    ok: false as const,
    error: { code, message, ...details },
  });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('invalid-input', '输入必须是一个 JSON 对象，例如 {"city": "yantai", "scheme": "employee", ...}。');
  }
  const parsed = claimSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: inputError(describeIssues(parsed.error)) };
  try {
    const { request, rulebook } = toEstimate(parsed.data);
    return { ok: true, result: estimateYear(request, rulebook) };
  } catch (error) {
    if (error instanceof EstimateError) return fail(error.code, error.message, error.details);
    return fail('internal', '估算时发生内部错误，请把输入发给维护者。');
  }
}
