// The properties check with node:assert: Vitest's expect spends ~7 µs a call on bookkeeping, and the property files make over a million calls a run.
import assert from 'node:assert/strict';
import { Readable, Writable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { RESULT_COLUMNS, runCsv, runJsonl } from './batch';
import { answerClaim } from './cli';
import { RULES } from './rules';

/** A batch answers each line or record exactly as the single-claim CLI answers that claim alone. */

const RUNS = 10_000;

const MEMBERS = { employee: ['working', 'retired', 'flexible'], resident: ['adult-tier1', 'adult-tier2', 'minor', 'student'] } as const;

/** Claims of every city, scheme, member and grade; some with earlier stays, some with overrides, some with no rule in force. */
const claim = fc
  .record({
    city: fc.constantFrom(...RULES.cityIds),
    scheme: fc.constantFrom('employee', 'resident'),
    memberIndex: fc.nat(3),
    year: fc.constantFrom(2020, 2023, 2025, 2025, 2025, 2025),
    level: fc.constantFrom(1, 2, 3),
    facility: fc.option(fc.constantFrom('grassroots', 'no-essential-drugs'), { nil: undefined }),
    totalCost: fc.integer({ min: 0, max: 500_000_00 }).map((fen) => fen / 100),
    outOfScope: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: undefined }),
    asText: fc.boolean(),
    earlier: fc.array(fc.record({ hospitalLevel: fc.constantFrom(1, 2, 3), totalCost: fc.integer({ min: 0, max: 300_000 }) }), { maxLength: 3 }),
    overrides: fc.option(
      fc.record({ deductible: fc.integer({ min: 0, max: 2000 }), rates: fc.constant([{ upTo: 10000, rate: 0.8 }, { upTo: null, rate: 0.9 }]), fundCap: fc.constant(300_000) }),
      { nil: undefined },
    ),
  })
  .map((c) => {
    const members = MEMBERS[c.scheme];
    const total = c.totalCost + (c.outOfScope ?? 0);
    return {
      city: c.city,
      scheme: c.scheme,
      member: members[c.memberIndex % members.length],
      date: `${c.year}-11-20`,
      hospitalLevel: c.level,
      ...(c.facility ? { facility: c.facility } : {}),
      admission: c.earlier.length + 1,
      totalCost: c.asText ? total.toFixed(2) : total,
      ...(c.outOfScope !== undefined ? { outOfScope: c.outOfScope } : {}),
      ...(c.earlier.length ? { earlier: c.earlier.map((e, i) => ({ ...e, date: `${c.year}-0${i + 1}-10` })) } : {}),
      ...(c.overrides ? { overrides: c.overrides } : {}),
    } as Record<string, unknown>;
  });

/** One JSONL line: a claim as JSON, sometimes broken (a field removed or wrong, a key twice, cut short, not JSON at all). */
const line = fc.oneof(
  { weight: 6, arbitrary: claim.map((c) => JSON.stringify(c)) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(claim, fc.constantFrom('city', 'member', 'date', 'hospitalLevel', 'admission', 'totalCost', 'earlier'), fc.jsonValue({ maxDepth: 1 }), fc.boolean())
      .map(([c, field, value, remove]) => {
        const changed = { ...c };
        if (remove) delete changed[field];
        else changed[field] = value;
        return JSON.stringify(changed);
      }),
  },
  { weight: 1, arbitrary: claim.map((c) => JSON.stringify(c).replace(/}$/, ',"hospitalLevel":2}')) },
  { weight: 1, arbitrary: fc.tuple(claim, fc.nat()).map(([c, k]) => { const t = JSON.stringify(c); return t.slice(0, 1 + (k % (t.length - 1))); }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1 }).map((s) => s.replace(/[\r\n]/g, ' ')).filter((s) => s.trim() !== '' && s.replace(/\ufeff/g, '').trim() !== '') },
);

/** Input lines: claims, blank lines, CRLF or LF, a BOM at the start or not. */
const input = fc.record({
  lines: fc.array(fc.oneof({ weight: 5, arbitrary: line }, { weight: 1, arbitrary: fc.constantFrom('', '  ', '\t') }), { minLength: 1, maxLength: 6 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
});

function collector() {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  return { stream, text: () => text };
}

/** Splits the input at arbitrary byte boundaries, as pipes do. */
const toStream = (text: string, size: number) => {
  const bytes = Buffer.from(text);
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts);
};

describe('batch ≡ single-claim CLI', () => {
  it('--jsonl: each line answers as the single CLI answers it, with its line number first; blank lines answer nothing', async () => {
    await fc.assert(
      fc.asyncProperty(input, fc.integer({ min: 1, max: 4096 }), async ({ lines, crlf, bom, finalNewline }, size) => {
        const text = (bom ? '\ufeff' : '') + lines.join(crlf ? '\r\n' : '\n') + (finalNewline ? '\n' : '');
        const out = collector();
        const { exitCode } = await runJsonl(toStream(text, size), out.stream);
        const answers = out.text().split('\n');
        assert.equal(answers.pop(), '');

        const expected = lines.flatMap((l, i) => (l.trim() === '' ? [] : [{ line: i + 1, text: i === 0 && bom ? `\ufeff${l}` : l }]));
        assert.equal(answers.length, expected.length);
        let failed = false;
        expected.forEach(({ line, text }, i) => {
          const batch = JSON.parse(answers[i]!);
          assert.equal(Object.keys(batch)[0], 'line');
          assert.equal(batch.line, line);
          // The single CLI reads the same bytes (a lone surrogate in the text becomes U+FFFD in both).
          const single = answerClaim(Buffer.from(text).toString('utf8'));
          if (single.exitCode !== 0) failed = true;
          const rest = { ...batch };
          delete rest.line;
          // The line of a syntax error or a repeated key is the input line in a batch, 1 for a claim alone; all else is the same.
          if (rest.error?.line !== undefined) {
            assert.equal(rest.error.line, line);
            rest.error.line = 1;
            rest.error.message = rest.error.message.replace(`第 ${line} 行`, '第 1 行');
          }
          // The same text: the same keys in the same order with the same values. The deep comparison only shows where they differ.
          const want = JSON.stringify(JSON.parse(single.output));
          const got = JSON.stringify(rest);
          if (got !== want) assert.deepEqual(rest, JSON.parse(want));
          assert.equal(got, want);
        });
        assert.equal(exitCode, failed ? 2 : 0);
      }),
      { numRuns: RUNS },
    );
  });

  it('--csv: each record answers as the single CLI answers the claim its cells stand for', async () => {
    const FIELDS = ['city', 'scheme', 'member', 'date', 'hospitalLevel', 'facility', 'admission', 'totalCost', 'outOfScope', 'earlier', 'overrides'];
    const cell = (v: unknown) => (v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
    await fc.assert(
      fc.asyncProperty(fc.array(claim, { minLength: 1, maxLength: 4 }), fc.shuffledSubarray(FIELDS, { minLength: FIELDS.length }), fc.integer({ min: 1, max: 2048 }), async (claims, header, size) => {
        const rows = [header, ...claims.map((c) => header.map((f) => cell(c[f])))];
        const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
        const text = `${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
        const out = collector();
        const { exitCode, problem } = await runCsv(toStream(text, size), out.stream);
        assert.equal(problem, undefined);
        const got = parseCsv(out.text()) as string[][];
        assert.deepEqual(got[0], [...header, ...RESULT_COLUMNS]);
        assert.equal(got.length, claims.length + 1);
        let failed = false;
        claims.forEach((c, i) => {
          const row = got[i + 1]!;
          assert.deepEqual(row.slice(0, header.length), rows[i + 1]);
          const single = JSON.parse(answerClaim(JSON.stringify(c)).output);
          if (single.error) failed = true;
          const want = single.error
            ? ['', '', '', '', '', '', single.error.message]
            : [single.eligibleCost, single.deductible, single.fundPayment, single.supplementPayment, single.outOfPocket, single.policy.id, ''];
          assert.deepEqual(row.slice(header.length), want);
        });
        assert.equal(exitCode, failed ? 2 : 0);
      }),
      { numRuns: RUNS / 5 },
    );
  });
});
