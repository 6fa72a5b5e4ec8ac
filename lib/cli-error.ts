/** The error object of the CLI: `{"error": {code, message, ...details}}`. */
export interface CliError {
  code: string;
  message: string;
  [detail: string]: unknown;
}

/**
 * How the CLIs list what is wrong with an input: each problem once, at most MAX_PROBLEMS of them and
 * then how many more, and the input's own words (field and column names) echoed only in short
 * pieces. So an answer is never much larger than its input: a million bad items, or a header of long
 * unknown column names repeated in every row's error, used to make answers a hundred times the input.
 */

export const MAX_PROBLEMS = 20;

/** The invalid-input error of all three CLIs. */
export function inputError(problems: readonly string[]): CliError & { code: 'invalid-input' } {
  const unique = [...new Set(problems)];
  const shown = unique.slice(0, MAX_PROBLEMS);
  const more = unique.length - shown.length;
  return {
    code: 'invalid-input',
    message: `输入有误：${shown.join('；')}${more ? `；另有 ${more} 处问题未列出` : ''}`,
    problems: shown,
    ...(more ? { more } : {}),
  };
}

const BRIEF = 40;

/** A name from the input as a message quotes it: at most 40 characters, then "…". */
export function brief(text: string): string {
  if (text.length <= BRIEF) return text;
  // Characters, not UTF-16 units: a character outside the BMP is never cut in half.
  const chars = Array.from(text.slice(0, 2 * BRIEF + 1));
  return chars.length > BRIEF ? `${chars.slice(0, BRIEF).join('')}…` : text;
}

/** Names from the input as a message lists them: "a、b、c", or the first 20 and "等 N 个". */
export function listed(names: readonly string[]): string {
  const shown = names.slice(0, MAX_PROBLEMS).map(brief).join('、');
  return names.length > MAX_PROBLEMS ? `${shown} 等 ${names.length} 个` : shown;
}
