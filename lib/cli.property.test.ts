// The properties check with node:assert: Vitest's expect spends ~7 µs a call on bookkeeping, and the property files make over a million calls a run.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { answerClaim } from './cli';
import { Dec } from './base/money';
import { ZOD_ENGLISH } from './test-support';
import { RULES } from './rules';

/** Fuzzing the CLI's input boundary: whatever comes in, a clear refusal or a correct result comes out, never a crash. */

const RUNS = 10_000;

function check(text: string) {
  const { exitCode, output } = answerClaim(text);
  const json = JSON.parse(output);
  if (exitCode === 2) {
    assert.equal(typeof json.error.code, 'string');
    assert.match(json.error.message, /[\u4e00-\u9fff]/);
    assert.doesNotMatch(json.error.message, ZOD_ENGLISH);
    return;
  }
  assert.equal(exitCode, 0);
  const [total, fund, supplements, own] = [json.totalCost, json.fundPayment, json.supplementPayment, json.outOfPocket].map((x: string) => {
    assert.match(x, /^\d+\.\d{2}$/);
    return new Dec(x);
  });
  assert.equal(fund!.plus(supplements!).plus(own!).equals(total!), true, 'total ≠ fund + supplements + out-of-pocket');
}

/** Values that a hand-typed or machine-made claim might carry in any field. */
const anyValue = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(0, 1, 2, 3, 4, 0.005, 1.1, 1e21, -0.01, 99999999.99, 100000000.01),
  fc.string(),
  fc.constantFrom('', '12.5', '1e3', ' 100 ', '１００', '-0', '2025-02-29', '2024-02-29', 'NaN', 'Infinity'),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.jsonValue({ maxDepth: 2 }),
);

const FIELDS = ['city', 'scheme', 'member', 'date', 'hospitalLevel', 'facility', 'admission', 'totalCost', 'outOfScope', 'selfPayFirst', 'overrides', 'earlier'];

/** A claim the CLI should answer: consistent choices, a year with rules, and the values no source gives filled in. */
const validClaim = fc
  .record({
    scheme: fc.constantFrom('employee', 'resident'),
    city: fc.constantFrom(...RULES.cityIds),
    year: fc.constantFrom(2020, 2025),
    level: fc.constantFrom(1, 2, 3),
    memberIndex: fc.nat(3),
    totalCost: fc.integer({ min: 0, max: 2_000_000 }),
    outOfScope: fc.integer({ min: 0, max: 20_000 }),
    earlier: fc.array(fc.record({ hospitalLevel: fc.constantFrom(1, 2, 3), totalCost: fc.integer({ min: 0, max: 300_000 }) }), { maxLength: 3 }),
  })
  .map(({ scheme, city, year, level, memberIndex, totalCost, outOfScope, earlier }) => {
    const members = scheme === 'employee' ? ['working', 'retired', 'flexible'] : ['adult-tier1', 'adult-tier2', 'minor', 'student'];
    return {
      city: year === 2020 ? 'yantai' : city,
      scheme,
      member: members[memberIndex % members.length],
      date: `${year}-12-01`,
      hospitalLevel: level,
      admission: earlier.length + 1,
      totalCost: totalCost + outOfScope,
      outOfScope,
      earlier: earlier.map((e, i) => ({ ...e, date: `${year}-0${i + 1}-15`, hospitalLevel: level })),
      overrides: { deductible: 500, rates: [{ upTo: null, rate: 0.7 }], fundCap: 300000 },
    };
  });

/** Valid claims with up to two fields replaced by anything or removed. */
const claimish = validClaim.chain((claim) =>
  fc
    .array(fc.tuple(fc.constantFrom(...FIELDS), fc.option(anyValue, { nil: undefined })), { maxLength: 2 })
    .map((changes) => {
      const changed: Record<string, unknown> = { ...claim };
      for (const [field, value] of changes) {
        if (value === undefined) delete changed[field];
        else changed[field] = value;
      }
      return changed;
    }),
);

describe('CLI input fuzzing', () => {
  it('any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), check), { numRuns: RUNS });
  });

  it('any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => check(JSON.stringify(value))), { numRuns: RUNS });
  });

  it('claims with any field right, wrong or missing', () => {
    fc.assert(fc.property(claimish, (claim) => check(JSON.stringify(claim))), { numRuns: RUNS });
  });
});
