// The properties check with node:assert: Vitest's expect spends ~7 µs a call on bookkeeping, and the property files make over a million calls a run.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '@/lib/base/dates';
import { MAX_AMOUNT, ZERO } from '@/lib/base/money';
import { earlierRows } from './earlier';
import { formSchema } from './form-schema';
import { RULES } from '@/lib/rules';

/** Fuzzing the form's boundary: whatever is typed, either Chinese messages on fields or values the engine can take. */

const typed = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', '0', '1', '-1', '12,345.67', '１２３', '5000元', '1.005', '1e5', '100000000', '100000000.01', 'NaN', '2025-02-29', '2024-02-29', '2025-13-01', '３'),
  fc.integer({ min: -1000, max: 300000 }).map(String),
  fc.double({ min: 0, max: 1e9, noNaN: true }).map(String),
);

/** A right choice most of the time, anything now and then. */
const mostly = (right: fc.Arbitrary<string>) => fc.oneof({ arbitrary: right, weight: 6 }, { arbitrary: fc.string(), weight: 1 });

const form = fc
  .record({
    city: mostly(fc.constantFrom(...RULES.cityIds)),
    scheme: mostly(fc.constantFrom('employee', 'resident')),
    memberIndex: fc.nat(3),
    hospitalLevel: mostly(fc.constantFrom('1', '2', '3')),
    facility: mostly(fc.constantFrom('', 'grassroots', 'no-essential-drugs')),
    admission: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 5 }).map(String), weight: 4 }, { arbitrary: typed, weight: 1 }),
    date: mostly(fc.constantFrom('2025-03-01', '2020-06-01')),
    totalCost: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 300000 }).map(String), weight: 3 }, { arbitrary: typed, weight: 1 }),
    outOfScope: fc.oneof({ arbitrary: fc.constantFrom('', '0', '500', '1000.5'), weight: 3 }, { arbitrary: typed, weight: 1 }),
    selfPayFirst: fc.oneof({ arbitrary: fc.constantFrom('', '0', '300', '20,000'), weight: 3 }, { arbitrary: typed, weight: 1 }),
    benefit: mostly(fc.constantFrom('inpatient', 'outpatient-chronic', 'outpatient-general', 'maternity', 'minor-accident')),
    away: mostly(fc.constantFrom('local', 'registered', 'temporary-in-province', 'temporary-out-of-province')),
    chronicClass: mostly(fc.constantFrom('', 'A', 'B')),
    chronicGroup: mostly(fc.constantFrom('general', 'cancer-radio-chemo', 'severe-mental')),
    chronicDisease: mostly(fc.constantFrom('1', '2')),
    chronicItem: fc.boolean(),
    maternityEvent: mostly(fc.constantFrom('', 'prenatal-and-delivery', 'abortion', 'induced', 'delivery')),
    // Optional and mostly left empty or typed right, as the other optional fields.
    continuousYears: fc.oneof({ arbitrary: fc.constantFrom('', '', '0', '5', '10', '100', '５年'), weight: 12 }, { arbitrary: typed, weight: 1 }),
    noClaimLastYear: fc.oneof({ arbitrary: fc.constantFrom('', 'yes', 'no'), weight: 12 }, { arbitrary: fc.string(), weight: 1 }),
    // The earlier stays' rows, mostly empty or typed right; rows past admission − 1 are held but not read.
    earlier: fc.array(
      fc.record({
        totalCost: fc.oneof({ arbitrary: fc.constantFrom('', '', '8000', '250000'), weight: 6 }, { arbitrary: typed, weight: 1 }),
        outOfScope: fc.oneof({ arbitrary: fc.constantFrom('', '', '1000'), weight: 6 }, { arbitrary: typed, weight: 1 }),
        hospitalLevel: fc.constantFrom('', '1', '2', '3'),
      }),
      { maxLength: 5 },
    ),
  })
  .map(({ memberIndex, ...values }) => {
    const members = values.scheme === 'resident' ? ['adult-tier1', 'adult-tier2', 'minor', 'student'] : ['working', 'retired', 'flexible'];
    return { ...values, member: members[memberIndex % members.length]! };
  });

describe('form schema fuzzing', () => {
  it('never throws; accepts only values the engine can take; names the field of every problem in Chinese', () => {
    let accepted = 0;
    fc.assert(
      fc.property(form, (values) => {
        const r = formSchema.safeParse(values);
        if (!r.success) {
          for (const issue of r.error.issues) {
            assert.ok(issue.path.length > 0, `a problem on no field: ${issue.message}`);
            assert.match(issue.message, /[\u4e00-\u9fff]/);
          }
          return;
        }
        const f = r.data;
        accepted += 1;
        assert.equal(isCalendarDate(f.date), true, `not a calendar date: ${f.date}`);
        assert.equal(Number.isInteger(f.admission) && f.admission >= 1 && f.admission <= 366, true, `admission outside 1–366: ${f.admission}`);
        for (const x of [f.totalCost, f.outOfScope ?? ZERO, f.selfPayFirst ?? ZERO]) {
          assert.equal(x.isNegative() || x.greaterThan(MAX_AMOUNT) || x.decimalPlaces() > 2, false, `an amount negative, too large or finer than a fen: ${x}`);
        }
        assert.equal((f.outOfScope ?? ZERO).plus(f.selfPayFirst ?? ZERO).lessThanOrEqualTo(f.totalCost), true, 'out of scope + self-pay first above the total');
        if (f.continuousYears !== undefined) assert.equal(Number.isInteger(f.continuousYears) && f.continuousYears >= 0 && f.continuousYears <= 100, true, `continuous years outside 0–100: ${f.continuousYears}`);
        assert.ok([undefined, true, false].includes(f.noClaimLastYear), `noClaimLastYear neither true, false nor unanswered: ${String(f.noClaimLastYear)}`);
        // A row for each stay before this one, each empty or a bill the engine can take.
        assert.equal(f.earlier.length, f.benefit === 'inpatient' ? earlierRows(f.admission) : 0);
        for (const stay of f.earlier) {
          if (stay) assert.equal((stay.outOfScope ?? ZERO).lessThanOrEqualTo(stay.totalCost) && !stay.totalCost.isNegative(), true, 'an earlier stay negative, or its out-of-scope part above its total');
        }
      }),
      { numRuns: 10_000 },
    );
    // The generator mostly makes forms a person could fill in: a fair share must pass, or the test checks nothing.
    expect(accepted).toBeGreaterThan(500);
  });
});
