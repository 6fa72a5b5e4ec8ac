// The properties check with node:assert: Vitest's expect spends ~7 µs a call on bookkeeping, and the property files make over a million calls a run.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { Dec } from '../base/money';
import { answerContribution } from '../contribution-cli';
import type { Version } from '../model/types';
import { RULES } from '../rules';

/**
 * The contribution CLI's invariants over any input: a clear refusal or an answer, never a crash;
 * nothing negative; no account credit above what the rule's own parameters allow; a year is twelve
 * of its months.
 */

const RUNS = 10_000;
const MEMBERS = { employee: ['working', 'retired', 'flexible'], resident: ['adult-tier1', 'adult-tier2', 'minor', 'student'] } as const;

const FIELDS_OF: Record<string, string[]> = { working: ['employer', 'monthlyWage', 'age'], retired: ['age', 'averagePension'], flexible: ['flexibleRate', 'declaredBase', 'averageWage'] };

const input = fc
  .record({
    city: fc.constantFrom(...RULES.cityIds),
    scheme: fc.constantFrom('employee', 'resident'),
    memberIndex: fc.nat(3),
    // Mostly years with rules, now and then any.
    year: fc.oneof({ arbitrary: fc.constantFrom(2018, 2020, 2022, 2024, 2025, 2026, 2028), weight: 4 }, { arbitrary: fc.integer({ min: 2017, max: 2030 }), weight: 1 }),
    employer: fc.option(fc.constantFrom('enterprise', 'public-institution'), { nil: undefined }),
    monthlyWage: fc.option(fc.integer({ min: 0, max: 10_000_000 }).map((fen) => fen / 100), { nil: undefined }),
    age: fc.option(fc.integer({ min: 16, max: 110 }), { nil: undefined }),
    flexibleRate: fc.option(fc.constantFrom(0.05, 0.08, 0.09, 0.1, 0.123), { nil: undefined }),
    declaredBase: fc.option(fc.integer({ min: 0, max: 5_000_000 }).map((fen) => fen / 100), { nil: undefined }),
    averageWage: fc.option(fc.integer({ min: 0, max: 3_000_000 }).map((fen) => fen / 100), { nil: undefined }),
    averagePension: fc.option(fc.integer({ min: 0, max: 2_000_000 }).map((fen) => fen / 100), { nil: undefined }),
  })
  .map(({ memberIndex, city, scheme, year, ...inputs }) => {
    const member = MEMBERS[scheme][memberIndex % MEMBERS[scheme].length]!;
    // Only the inputs the member type's rules ask for: the CLI refuses the others.
    const used = Object.fromEntries(Object.entries(inputs).filter(([key]) => FIELDS_OF[member]?.includes(key)));
    return JSON.parse(JSON.stringify({ city, scheme, member, year, ...used })) as Record<string, unknown>;
  });

const dec = (x: string | null) => (x === null ? null : new Dec(x));

/** The highest monthly credit the rule's parameters allow this person: the largest of its rates on the figure it is reckoned on. */
function allowedCredit(version: Version, x: Record<string, unknown>): Dec {
  const values = (prefix: string) => [...version.params.values()].filter((p) => p.path.startsWith(prefix) && p.value !== null).map((p) => new Dec(p.value as number));
  const largest = (xs: Dec[]) => xs.reduce((a, b) => (a.greaterThan(b) ? a : b), new Dec(0));
  const of = (key: string) => new Dec((x[key] as number | undefined) ?? 0);
  if (x.member === 'working') return of('monthlyWage').times(largest(values('contribution/account/working/')));
  if (x.member === 'retired') {
    const perYear = version.params.get('contribution/account/retired/per-year-of-age');
    return perYear ? of('age').times(perYear.value as number) : of('averagePension').times(largest(values('contribution/account/retired/')));
  }
  const share = version.params.get('contribution/flexible/base-share');
  const base = share ? of('averageWage').times((share.value as number | null) ?? 0) : of('declaredBase');
  return base.times(largest(values('contribution/flexible/account')));
}

describe('contribution CLI invariants', () => {
  it('answers or refuses in Chinese; nothing negative; no credit above what the rule allows; a year is twelve months', () => {
    fc.assert(
      fc.property(input, (x) => {
        const { exitCode, output } = answerContribution(JSON.stringify(x));
        const json = JSON.parse(output);
        if (exitCode === 2) {
          assert.notEqual(json.error.code, 'internal');
          assert.match(json.error.message, /[\u4e00-\u9fff]/);
          return;
        }
        const figures = [...Object.values(json.monthly), ...Object.values(json.yearly), ...json.items.flatMap((i: { monthly: string | null; yearly: string | null }) => [i.monthly, i.yearly])];
        for (const f of figures) if (f !== null) assert.match(f, /^\d+\.\d{2}$/);

        const credit = dec(json.monthly.accountCredit);
        if (credit && x.scheme === 'employee') {
          const month = [...Array(12).keys()].map((m) => `${x.year}-${String(m + 1).padStart(2, '0')}-01`).find((d) => RULES.contributionOn(x.city as string, 'employee', d));
          const version = RULES.contributionOn(x.city as string, 'employee', month!)!;
          assert.equal(credit.lessThanOrEqualTo(allowedCredit(version, x).toDecimalPlaces(2, Dec.ROUND_HALF_UP)), true, `account credit ${credit} above what the rule allows`);
        }
        for (const key of ['employer', 'individual', 'accountCredit'] as const) {
          const [monthly, yearly] = [dec(json.monthly[key]), dec(json.yearly[key])];
          // An employee's months add up to the year; a resident pays nothing monthly.
          if (x.scheme === 'resident') assert.equal(monthly?.isZero(), true, `a resident's monthly ${key} is not zero`);
          else if (monthly && yearly) assert.equal(yearly.equals(monthly.times(12)), true, `${key}: ${yearly} a year, not 12 × ${monthly}`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never crashes on any value in any field', () => {
    const anyValue = fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.double(), fc.string(), fc.constantFrom('', '１２', '5,000', '-0', '1e3', null, true, [], {}), fc.constant(undefined));
    const fields = ['city', 'scheme', 'member', 'year', 'employer', 'monthlyWage', 'age', 'flexibleRate', 'declaredBase', 'averageWage', 'averagePension'];
    const noisy = fc.tuple(input, fc.constantFrom(...fields), anyValue).map(([x, field, value]) => ({ ...x, [field]: value }));
    fc.assert(
      fc.property(noisy, (x) => {
        const { exitCode, output } = answerContribution(JSON.stringify(x));
        const json = JSON.parse(output);
        if (exitCode === 2) {
          assert.notEqual(json.error.code, 'internal');
          assert.match(json.error.message, /[\u4e00-\u9fff]/);
        } else {
          assert.deepEqual(Object.keys(json), ['policy', 'monthly', 'yearly', 'items', 'notes']);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
