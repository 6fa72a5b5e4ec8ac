import { printParseErrorCode, visit, type JSONPath, type ParseErrorCode } from 'jsonc-parser';
import { Dec } from './base/money';
import { brief, type CliError } from './cli-error';

/**
 * Reading JSON text for the CLIs, stricter and clearer than JSON.parse alone:
 * a UTF-8 BOM at the start is accepted, a key written twice in one object is
 * refused (JSON.parse would silently keep the last), so is a number with more
 * digits than a double holds (JSON.parse would silently round 99999999.999999999
 * to 100000000), and a syntax error says where it is, by line and column, in Chinese.
 *
 * The common case costs one JSON.parse and one pass over the text: the colons
 * outside strings are counted (in valid JSON each one separates a key from its
 * value) and compared with the keys JSON.parse kept, and the rare number long
 * enough to be rounded is checked. Only when something is wrong does jsonc-parser
 * walk the text to say what and where.
 */

export type JsonRead = { ok: true; value: unknown } | { ok: false; error: CliError };

export interface ReadOptions {
  /** What the text is, for messages; '输入' unless told, e.g. 'earlier 列'. */
  what?: string;
  /** The number of the text's first line in the whole input (1 unless told): the input line in --jsonl. */
  firstLine?: number;
}

const BOM = 0xfeff;
const EMPTY = /^[ \t\n\r]*$/;

export function readJson(text: string, options: ReadOptions = {}): JsonRead {
  if (text.charCodeAt(0) === BOM) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: syntaxError(text, options) };
  }
  const { colons, inexact } = scan(text);
  if (colons !== keyCount(value)) {
    const duplicate = firstDuplicate(text);
    if (duplicate) return { ok: false, error: duplicateError(text, duplicate, options) };
  }
  if (inexact) return { ok: false, error: inexactError(text, inexact, options) };
  return { ok: true, value };
}

/** The number a JSON number token stands for, when a double holds it exactly as written; undefined when it would be rounded. */
export function exactNumber(token: string): number | undefined {
  const n = Number(token);
  return Number.isFinite(n) && new Dec(token).equals(n) ? n : undefined;
}

interface Inexact {
  offset: number;
  token: string;
}

/**
 * One pass over valid JSON: the colons outside string literals (exactly one per key–value pair
 * written), and the first number a double would round. Up to 15 significant digits without an
 * exponent always round-trip, so only longer numbers are looked at closely.
 */
function scan(text: string): { colons: number; inexact?: Inexact } {
  let colons = 0;
  let inexact: Inexact | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: skip to its closing quote, stepping over escapes.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x3a) {
      colons++;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      // A number: digits, and maybe a sign, a point, an exponent.
      let digits = 0;
      let exponent = false;
      let j = i;
      for (; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (d >= 0x30 && d <= 0x39) digits++;
        else if (d === 0x65 || d === 0x45) exponent = true;
        else if (d !== 0x2d && d !== 0x2b && d !== 0x2e) break;
      }
      if (!inexact && (digits > 15 || exponent) && exactNumber(text.slice(i, j)) === undefined) inexact = { offset: i, token: text.slice(i, j) };
      i = j - 1;
    }
  }
  return { colons, inexact };
}

/** Keys of every object in a parsed value, iteratively (JSON.parse takes nesting deeper than the call stack). */
function keyCount(value: unknown): number {
  let keys = 0;
  const pending: unknown[] = [value];
  while (pending.length) {
    const v = pending.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const item of v) if (typeof item === 'object' && item !== null) pending.push(item);
      continue;
    }
    for (const key in v) {
      keys++;
      const item = (v as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) pending.push(item);
    }
  }
  return keys;
}

interface Duplicate {
  key: string;
  path: JSONPath;
  offset: number;
}

/** The first key written twice in one object, in document order, at its second occurrence. */
function firstDuplicate(text: string): Duplicate | undefined {
  const open: Set<string>[] = [];
  let found: Duplicate | undefined;
  try {
    visit(
      text,
      {
        onObjectBegin: () => {
          open.push(new Set());
        },
        onObjectEnd: () => {
          open.pop();
        },
        onObjectProperty: (key, offset, _length, _line, _column, pathSupplier) => {
          const keys = open[open.length - 1];
          if (!keys || found) return;
          if (keys.has(key)) found = { key, path: [...pathSupplier(), key], offset };
          else keys.add(key);
        },
      },
      { disallowComments: true, allowTrailingComma: false },
    );
  } catch {
    // Nesting deeper than jsonc-parser's recursion: nothing more to say than JSON.parse did.
    return undefined;
  }
  return found;
}

/** What jsonc-parser found, in words a person can act on. */
const HINTS: Record<string, string> = {
  InvalidSymbol: '这里有无法识别的内容；字符串须用英文双引号括起',
  InvalidNumberFormat: '数字的写法不对',
  PropertyNameExpected: '这里应是用英文双引号括起的字段名',
  ValueExpected: '这里缺少一个值',
  ColonExpected: '字段名后应有英文冒号',
  CommaExpected: '这里应有英文逗号',
  CloseBraceExpected: '对象缺少结尾的 }，或这里缺少逗号',
  CloseBracketExpected: '数组缺少结尾的 ]，或这里缺少逗号',
  EndOfFileExpected: 'JSON 已经结束，后面还有多余的内容',
  InvalidCommentToken: 'JSON 不允许注释',
  UnexpectedEndOfComment: 'JSON 不允许注释',
  UnexpectedEndOfString: '字符串缺少结尾的双引号',
  UnexpectedEndOfNumber: '数字不完整',
  InvalidUnicode: '\\u 转义后应有四位十六进制数字',
  InvalidEscapeCharacter: '反斜杠后的转义字符无效',
  InvalidCharacter: '字符串中不能直接包含换行、制表符等控制字符',
};

function syntaxError(text: string, options: ReadOptions): CliError {
  if (EMPTY.test(text)) return { code: 'invalid-json', message: '没有读到输入：请在标准输入提供一个 JSON 对象。' };
  const what = options.what ?? '输入';
  let first: { code: ParseErrorCode; offset: number } | undefined;
  try {
    visit(
      text,
      {
        onError: (code, offset) => {
          first ??= { code, offset };
        },
      },
      { disallowComments: true, allowTrailingComma: false },
    );
  } catch {
    // Deeper than jsonc-parser's recursion: no position to give.
  }
  if (!first) return { code: 'invalid-json', message: `${what}不是有效的 JSON。` };
  const { line, column } = position(text, first.offset, options.firstLine ?? 1);
  const hint = HINTS[printParseErrorCode(first.code)];
  return {
    code: 'invalid-json',
    message: `${what}不是有效的 JSON：第 ${line} 行第 ${column} 列附近有语法错误${hint ? `（${hint}）` : ''}。`,
    line,
    column,
  };
}

function duplicateError(text: string, duplicate: Duplicate, options: ReadOptions): CliError {
  const what = options.what ?? '输入';
  const { line, column } = position(text, duplicate.offset, options.firstLine ?? 1);
  return {
    code: 'duplicate-key',
    message: `${what}中字段 ${duplicate.path.join('.')} 重复出现（第 ${line} 行第 ${column} 列）：同一个对象中每个字段只能写一次。`,
    key: duplicate.key,
    path: duplicate.path,
    line,
    column,
  };
}

function inexactError(text: string, inexact: Inexact, options: ReadOptions): CliError {
  const what = options.what ?? '输入';
  const { line, column } = position(text, inexact.offset, options.firstLine ?? 1);
  const n = Number(inexact.token);
  const problem = Number.isFinite(n) ? `位数太多，无法照原样读取（会被读作 ${n}）` : '超出了能读取的范围';
  return {
    code: 'inexact-number',
    message: `${what}第 ${line} 行第 ${column} 列的数字 ${brief(inexact.token)} ${problem}：金额最多两位小数，其他数字请检查是否写错。`,
    ...pathAt(text, inexact.offset),
    line,
    column,
  };
}

/** The path of the value at an offset, as {path}; nothing when the nesting is deeper than jsonc-parser reaches. */
function pathAt(text: string, offset: number): { path?: JSONPath } {
  let path: JSONPath | undefined;
  try {
    visit(text, {
      onLiteralValue: (_value, at, _length, _line, _column, pathSupplier) => {
        if (at === offset) path = pathSupplier();
      },
    });
  } catch {
    // Deeper than jsonc-parser's recursion: the line and column still say where.
  }
  return path ? { path } : {};
}

/** 1-based line and column (in characters, as an editor counts them) of an offset; lines end at \n (or \r\n). */
function position(text: string, offset: number, firstLine: number): { line: number; column: number } {
  let line = firstLine;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  // Characters, not UTF-16 units: a character outside the BMP counts once.
  const column = [...text.slice(lineStart, offset)].length + 1;
  return { line, column };
}
