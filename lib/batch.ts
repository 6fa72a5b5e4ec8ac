import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { parse as csvParser } from 'csv-parse';
import { stringify as csvText } from 'csv-stringify/sync';
import { answerEstimate } from './cli';
import { brief } from './cli-error';
import { exactNumber, readJson } from './json-text';
import type { CliError } from './cli-error';
import { amountsJson, resultPieces } from './output';

/**
 * The CLI's batch modes, `--jsonl` and `--csv`: many claims on stdin, one answer each on stdout, in
 * input order, read and written as streams (memory stays flat however long the input; a slow reader
 * of stdout slows the reading of stdin). Each claim is estimated by `answerEstimate` exactly as the
 * single-claim CLI estimates it, so a batch line is the single result, compact (written by
 * resultPieces, byte for byte JSON.stringify of it), with its line number.
 * Node only: imported by scripts/estimate.ts, never by a page.
 */

export interface BatchOutcome {
  /** 0 when every claim was estimated, 2 when any was refused (or the input could not be read). */
  exitCode: 0 | 2;
  /** For stderr: why the input could not be read to its end (--csv only: broken quoting, a bad header). */
  problem?: string;
}

/** A line or CSV record longer than this is refused rather than held in memory (a claim with 365 earlier stays is ~40 KB). */
export const MAX_RECORD_CHARS = 1 << 20;

/** Output is encoded into buffers of this many bytes and handed to the stream one buffer at a time. */
const OUT_BYTES = 1 << 18;

type Input = AsyncIterable<Buffer | string>;

// ---------- JSONL ----------

const BLANK = /^[ \t\r\n\ufeff]*$/;

/**
 * One --jsonl input line (1-based number `line`): its output line, or undefined for a blank line. In
 * pieces written one after the other (the answer's 7 KB are never copied into one longer string on
 * their way out), the parts every estimate under a version shares already UTF-8.
 */
function lineParts(text: string, line: number): { ok: boolean; pieces: (string | Buffer)[] } | undefined {
  if (BLANK.test(text)) return undefined;
  const read = readJson(text, { firstLine: line });
  const answer = read.ok ? answerEstimate(read.value) : read;
  if (!answer.ok) return refused(line, answer.error);
  return { ok: true, pieces: [`{"line":${line},`, ...resultPieces(answer.result), '}'] };
}

const refused = (line: number, error: CliError) => ({ ok: false, pieces: [`{"line":${line},"error":${JSON.stringify(error)}}`] });

function tooLong(line: number) {
  return refused(line, { code: 'line-too-long', message: `这一行超过 ${MAX_RECORD_CHARS.toLocaleString('en')} 个字符，未读取。` });
}

/**
 * Encodes text as UTF-8 straight into a buffer, hands full buffers to the stream and, when the
 * stream's own buffer is full, waits for it to drain (backpressure). Concatenating the answers into
 * one long string first costs more than the encoding itself: V8 has to flatten it before encoding.
 */
function writer(output: Writable) {
  let buffer = Buffer.allocUnsafe(OUT_BYTES);
  let used = 0;
  const hand = () => {
    if (!used) return;
    output.write(buffer.subarray(0, used));
    buffer = Buffer.allocUnsafe(OUT_BYTES); // the stream keeps the one it was given
    used = 0;
  };
  return {
    add(text: string | Buffer) {
      // A UTF-16 unit is at most 3 bytes of UTF-8.
      const most = typeof text === 'string' ? text.length * 3 : text.length;
      if (used + most > OUT_BYTES) hand();
      if (most > OUT_BYTES) {
        output.write(text);
        return;
      }
      used += typeof text === 'string' ? buffer.write(text, used) : text.copy(buffer, used);
    },
    /** A promise to await when the stream asks to wait; undefined otherwise. */
    flush(force = false): Promise<unknown> | undefined {
      if (force) hand();
      return output.writableNeedDrain ? once(output, 'drain') : undefined;
    },
  };
}

/** `--jsonl`: one claim per line; blank lines are skipped but counted; a bad line is answered and the batch goes on. */
export async function runJsonl(input: Input, output: Writable): Promise<BatchOutcome> {
  const decoder = new StringDecoder('utf8');
  const out = writer(output);
  let line = 0;
  let failed = false;
  let pending = '';
  let skipping = false; // inside a line that was too long, until its newline

  const take = (raw: string) => {
    line++;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const answer = text.length > MAX_RECORD_CHARS ? tooLong(line) : lineParts(text, line);
    if (!answer) return;
    for (const piece of answer.pieces) out.add(piece);
    out.add('\n');
    if (!answer.ok) failed = true;
  };

  const feed = async (text: string) => {
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      if (skipping) skipping = false;
      else take(pending ? pending + text.slice(start, nl) : text.slice(start, nl));
      pending = '';
      start = nl + 1;
      const wait = out.flush();
      if (wait) await wait;
    }
    if (skipping) return;
    pending += text.slice(start);
    // One more for the \r of a CRLF whose \n is still to come.
    if (pending.length > MAX_RECORD_CHARS + (pending.endsWith('\r') ? 1 : 0)) {
      // Answered now, its remainder dropped up to its newline: a line with no end never fills memory.
      take(pending);
      pending = '';
      skipping = true;
    }
  };

  for await (const chunk of input) await feed(typeof chunk === 'string' ? chunk : decoder.write(chunk));
  await feed(decoder.end());
  if (pending && !skipping) take(pending);
  await out.flush(true);
  return { exitCode: failed ? 2 : 0 };
}

// ---------- CSV ----------

/** Columns the CSV output adds after the input's own. */
const MONEY_COLUMNS = ['eligibleCost', 'deductible', 'fundPayment', 'supplementPayment', 'outOfPocket'] as const;
export const RESULT_COLUMNS = [...MONEY_COLUMNS, 'policy', 'error'] as const;

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

export type Cell = { ok: true; value: unknown } | { ok: false; error: CliError } | undefined;

/**
 * What a CSV cell stands for, by one rule for every column (no knowledge of the claim's fields):
 * empty → the field is absent; a JSON number, true or false → that value; text starting with { or [
 * → that JSON object or array (read like any JSON input, so a syntax error or a repeated key is
 * reported); anything else → the text itself. So `3` → 3, `2025-01-01` → "2025-01-01", and a number
 * with more digits than a double holds stays text, for the field's own rules to refuse.
 */
export function cellValue(cell: string, column: string): Cell {
  if (cell === '') return undefined;
  if (cell === 'true') return { ok: true, value: true };
  if (cell === 'false') return { ok: true, value: false };
  const n = JSON_NUMBER.test(cell) ? exactNumber(cell) : undefined;
  if (n !== undefined) return { ok: true, value: n };
  const first = cell.trimStart().charCodeAt(0);
  if (first === 0x7b || first === 0x5b) return readJson(cell, { what: `${brief(column)} 列` });
  return { ok: true, value: cell };
}

/** More columns than a claim has fields, several times over: each row's answer is as wide as the header, however short the row. */
export const MAX_COLUMNS = 64;

/** Names that would reach an object's prototype rather than be one of its fields. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** The claim's field names from the header row, or why they cannot be. */
export function readHeader(cells: readonly string[]): { ok: true; fields: string[] } | { ok: false; problem: string } {
  if (cells.length > MAX_COLUMNS) return { ok: false, problem: `CSV 表头有 ${cells.length} 列，最多 ${MAX_COLUMNS} 列。` };
  const fields = cells.map((c) => c.trim());
  const empty = fields.indexOf('');
  if (empty !== -1) return { ok: false, problem: `CSV 表头第 ${empty + 1} 列没有字段名。` };
  const reserved = fields.findIndex((f) => RESERVED.has(f));
  if (reserved !== -1) return { ok: false, problem: `CSV 表头第 ${reserved + 1} 列的字段名 ${fields[reserved]} 不能使用。` };
  const twice = fields.find((f, i) => fields.indexOf(f) !== i);
  if (twice !== undefined) return { ok: false, problem: `CSV 表头中 ${twice} 列出现了不止一次：每个字段只能有一列。` };
  return { ok: true, fields };
}

export interface RowAnswer {
  ok: boolean;
  /** The input's cells (as many as the header has columns), then one cell per RESULT_COLUMNS. */
  cells: string[];
}

/** One CSV record under the header's fields: its output row. */
export function answerRow(fields: readonly string[], cells: readonly string[]): RowAnswer {
  const given = fields.map((_, i) => cells[i] ?? '');
  const refuse = (message: string): RowAnswer => ({ ok: false, cells: [...given, ...MONEY_COLUMNS.map(() => ''), '', message] });
  if (cells.length !== fields.length) return refuse(`这一行有 ${cells.length} 个单元格，表头有 ${fields.length} 列。`);
  const claim: Record<string, unknown> = {};
  for (let i = 0; i < fields.length; i++) {
    const cell = cellValue(given[i]!, fields[i]!);
    if (cell === undefined) continue;
    if (!cell.ok) return refuse(cell.error.message);
    claim[fields[i]!] = cell.value;
  }
  const answer = answerEstimate(claim);
  if (!answer.ok) return refuse(answer.error.message);
  const amounts = amountsJson(answer.result.admissions.at(-1)!);
  return { ok: true, cells: [...given, ...MONEY_COLUMNS.map((k) => amounts[k]), answer.result.version.id, ''] };
}

const FORMULA = /^[=+\-@\t\r]/;

/**
 * A cell as a spreadsheet will not run it: one starting with =, +, -, @, a tab or a carriage return
 * gets a leading ' (OWASP's advice against CSV injection), so `=HYPERLINK(…)` copied from the input
 * is shown, not followed. A plain number (-5) is no formula and stays as it is.
 */
export const inert = (cell: string) => (FORMULA.test(cell) && !JSON_NUMBER.test(cell) ? `'${cell}` : cell);

/** A record with nothing in it (an empty line, or only commas and spaces, as spreadsheets leave at the end). */
const isBlankRecord = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

function csvProblem(error: { code?: string; lines?: number }): string {
  const at = error.lines ? `第 ${error.lines} 行附近` : '';
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return `CSV 格式有误：读到输入末尾（${at}）仍在一对双引号之内，最后一条记录缺少结尾的双引号，未读取。`;
  if (error.code === 'CSV_MAX_RECORD_SIZE') {
    return `CSV 格式有误：${at}的一条记录超过 1 MB（可能是双引号没有配对），其后的内容未读取。`;
  }
  return `CSV 格式有误（${error.code ?? '无法解析'}）：${at}，其后的内容未读取。`;
}

/**
 * `--csv`: a header row naming the claim's fields, then one claim per record (RFC 4180: quoted cells
 * may hold commas, doubled quotes and line breaks; CRLF or LF; a BOM). Output: the input's columns
 * as given, then RESULT_COLUMNS, CRLF-terminated, starting with a BOM when the input did; every cell
 * made inert for spreadsheets.
 */
export async function runCsv(input: Input, output: Writable): Promise<BatchOutcome> {
  // csv-parse hands each record (and each unreadable one) to these hooks in input order, synchronously
  // while it parses a chunk; they queue it and return null so that nothing piles up in the stream.
  const queue: ({ cells: string[] } | { problem: string })[] = [];
  const parser = csvParser({
    bom: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_CHARS,
    on_record: (cells: string[]) => {
      queue.push({ cells });
      return null;
    },
    on_skip: (error: { code?: string; lines?: number } | undefined) => {
      queue.push({ problem: csvProblem(error ?? {}) });
    },
  });
  parser.on('error', () => {
    // Reported through the promises of write()/end() below.
  });
  const parse = (chunk: Buffer | string | null) =>
    new Promise<void>((resolve, reject) => {
      const done = (error?: Error | null) => (error ? reject(error) : resolve());
      if (chunk === null) parser.end(done);
      else parser.write(chunk, done);
    });

  const out = writer(output);
  let head = Buffer.alloc(0); // the input's first bytes, to see whether it starts with a BOM
  let fields: string[] | undefined;
  let failed = false;

  /** Answers what the parser queued; the problem that stops the batch, if one came. */
  const drain = (): string | undefined => {
    const rows: string[][] = [];
    let stop: string | undefined;
    for (const item of queue) {
      if ('problem' in item) {
        stop = item.problem;
        break;
      }
      if (isBlankRecord(item.cells)) continue;
      if (!fields) {
        const header = readHeader(item.cells);
        if (!header.ok) {
          stop = header.problem;
          break;
        }
        fields = header.fields;
        if (head.subarray(0, 3).equals(UTF8_BOM)) out.add('\ufeff');
        rows.push([...item.cells, ...RESULT_COLUMNS]);
        continue;
      }
      const row = answerRow(fields, item.cells);
      if (!row.ok) failed = true;
      rows.push(row.cells);
    }
    queue.length = 0;
    // csv-stringify quotes only its own record delimiter; a lone \n or \r in a cell must be quoted too.
    if (rows.length) out.add(csvText(rows.map((row) => row.map(inert)), { record_delimiter: 'windows', quoted_match: /[\r\n]/ }));
    return stop;
  };

  let problem: string | undefined;
  try {
    for await (const chunk of input) {
      if (head.length < 3) head = Buffer.concat([head, typeof chunk === 'string' ? Buffer.from(chunk) : chunk]).subarray(0, 3);
      await parse(chunk);
      problem = drain();
      const wait = out.flush();
      if (wait) await wait;
      if (problem) break;
    }
    if (!problem) {
      await parse(null);
      problem = drain();
    }
  } catch (error) {
    problem = csvProblem(error as { code?: string; lines?: number });
  }
  await out.flush(true);
  if (problem) return { exitCode: 2, problem };
  return { exitCode: failed ? 2 : 0 };
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
