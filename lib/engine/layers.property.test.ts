// The properties check with node:assert: Vitest's expect spends ~7 µs a call on bookkeeping, and the property files make over a million calls a run.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { Dec, ZERO, sum } from '../base/money';
import { GENERAL } from '../benefits/general';
import { RULES } from '../rules';
import { checkEvery } from '../test-support';
import type { Bill } from './bill';
import { estimateYear, type YearResult } from './year';

/**
 * Invariants of the supplementary layers with what is new in them: 济南职工大额医疗费用补助 (no annual
 * maximum, paid on 住院 and 普通门诊 alike) and the residents' 大病 maximum raised for the person from 2025.
 * 10,000 runs each.
 */

const RUNS = 10_000;
const SUBSIDY = 'large-subsidy';
// The rate of the part of a stay above 600,000 is not reported: filled in, as a person would.
const BEYOND_600K = (['working', 'retired'] as const).flatMap((c) =>
  ['1', '1g', '2', '3'].map((g) => ({
    path: `inpatient/segments/${c}/${g}`,
    value: RULES.versionOn('jinan', 'employee', '2025-01-01')!.params.get(`inpatient/segments/${c}/${g}`)!.value as { upTo: number | null; rate: number | null }[],
  })),
).map(({ path, value }) => ({ path, value: value.map((s) => ({ ...s, rate: s.rate ?? 0.8 })) }));
const jinan = RULES.rulebook('jinan', 'employee', BEYOND_600K);

const money = (maxYuan: number) => fc.integer({ min: 0, max: maxYuan * 100 }).map((f) => new Dec(f).dividedBy(100));

const billArb = (date: string): fc.Arbitrary<Bill> =>
  fc
    .record({
      general: fc.boolean(),
      hospitalLevel: fc.constantFrom(1 as const, 2 as const, 3 as const),
      totalCost: fc.oneof(money(8_000), money(150_000), money(900_000)),
      outShare: fc.integer({ min: 0, max: 50 }),
      firstShare: fc.integer({ min: 0, max: 50 }),
    })
    .map(({ general, hospitalLevel, totalCost, outShare, firstShare }) => {
      const outOfScope = totalCost.times(outShare).dividedBy(100).toDecimalPlaces(2, Dec.ROUND_DOWN);
      const selfPayFirst = totalCost.minus(outOfScope).times(firstShare).dividedBy(100).toDecimalPlaces(2, Dec.ROUND_DOWN);
      return { ...(general ? { benefit: GENERAL } : {}), date, hospitalLevel, totalCost, outOfScope, selfPayFirst };
    });

type Member = 'working' | 'retired' | 'flexible';

interface Year {
  member: Member;
  bills: Bill[];
}

const yearArb: fc.Arbitrary<Year> = fc
  .record({ member: fc.constantFrom<Member>('working', 'retired', 'flexible'), days: fc.array(fc.integer({ min: 0, max: 364 }), { minLength: 1, maxLength: 5 }) })
  .chain(({ member, days }) =>
    fc
      .tuple(...[...days].sort((a, b) => a - b).map((d) => billArb(new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10))))
      .map((bills) => ({ member, bills })),
  );

const settle = (member: Member, bills: Bill[]): YearResult => estimateYear({ member, admissions: bills, firstOrdinal: 1 }, jinan);
const subsidyOf = (a: YearResult['admissions'][number]) => a.supplements.find((s) => s.id === SUBSIDY)?.amount ?? ZERO;
/** The reported rule on a year's cumulative burden: 80 % from 6,000 to 200,000, 90 % above. */
const byRule = (burden: Dec) => Dec.max(0, Dec.min(burden, 200000).minus(6000)).times(0.8).plus(Dec.max(0, burden.minus(200000)).times(0.9));

/** One invariant of a settled year (`more` is added to its last bill where one asks): throws when the year breaks it. */
type Invariant = (year: Year, result: YearResult, more: Dec) => void;

const SUBSIDY_INVARIANTS: Record<string, Invariant> = {
  'is never negative, never more than the event’s own personal burden of eligible cost, and over the year is the rule on the cumulative burden': (_, result) => {
    let burden = ZERO;
    for (const a of result.admissions) {
      const own = a.eligibleCost.minus(a.fund);
      const paid = subsidyOf(a);
      assert.equal(paid.isNegative(), false);
      assert.equal(paid.lessThanOrEqualTo(own), true);
      burden = burden.plus(own);
    }
    // Each band's part is rounded to the fen on its own: at most half a fen off per part.
    const total = sum(result.admissions.map(subsidyOf));
    assert.equal(total.minus(byRule(burden)).abs().lessThanOrEqualTo(new Dec(0.005).times(2 * result.admissions.length)), true);
    assert.equal(result.admissions.at(-1)!.usage.layers.find((l) => l.id === SUBSIDY)?.annualMax ?? null, null);
  },

  'never pays less when the last bill is larger': ({ member, bills }, before, more) => {
    const last = bills.at(-1)!;
    const after = settle(member, [...bills.slice(0, -1), { ...last, totalCost: last.totalCost.plus(more) }]);
    assert.equal(subsidyOf(after.admissions.at(-1)!).greaterThanOrEqualTo(subsidyOf(before.admissions.at(-1)!)), true);
    assert.equal(sum(after.admissions.map(subsidyOf)).greaterThanOrEqualTo(sum(before.admissions.map(subsidyOf))), true);
  },
};

describe('济南职工大额医疗费用补助', () => {
  // Each year is drawn and settled once and checked against both invariants: 10,000 runs each, at the cost of one.
  it('every year drawn keeps both invariants above', () => {
    fc.assert(
      fc.property(yearArb, money(200_000), (year, more) => checkEvery(SUBSIDY_INVARIANTS, year, settle(year.member, year.bills), more)),
      { numRuns: RUNS },
    );
  });
});

describe('居民大病保险最高支付限额的提高', () => {
  const cities = ['weihai', 'jinan', 'yantai'] as const;
  const FILL = [
    { path: 'inpatient/deductible/tier1/3', value: 1000 },
    { path: 'inpatient/segments/tier1/3', value: [{ upTo: null, rate: 0.5 }] },
    { path: 'pots/fund/tier1', value: 100000 },
  ];
  const personArb = fc.record({ continuousYears: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }), noClaimLastYear: fc.option(fc.boolean(), { nil: undefined }) });

  const rulebooks = new Map(cities.map((city) => [city, RULES.rulebook(city, 'resident', city === 'jinan' ? FILL : [])]));

  function capOf(city: (typeof cities)[number], date: string, cost: Dec, person: { continuousYears?: number; noClaimLastYear?: boolean }) {
    const rules = rulebooks.get(city)!;
    const bill: Bill = { date, hospitalLevel: 3, totalCost: cost, outOfScope: ZERO, selfPayFirst: ZERO };
    const a = estimateYear({ member: 'adult-tier1', admissions: [bill], firstOrdinal: 1, person }, rules).admissions[0]!;
    return { max: a.usage.layers[0]!.annualMax!, paid: a.supplementTotal };
  }

  it('rises by at most 20 % of the original maximum, only from 2025, more for more years and for a year without claims', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cities), fc.integer({ min: 0, max: 729 }), money(3_000_000), personArb, fc.integer({ min: 1, max: 5 }), (city, day, cost, person, extra) => {
        const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
        const original = capOf(city, date, cost, {}).max;
        const { max, paid } = capOf(city, date, cost, person);
        assert.equal(max.greaterThanOrEqualTo(original), true);
        assert.equal(max.lessThanOrEqualTo(original.times(1.2)), true);
        assert.equal(paid.lessThanOrEqualTo(max), true);
        if (date < '2025-01-01') assert.equal(max.equals(original), true);
        const longer = capOf(city, date, cost, { ...person, continuousYears: (person.continuousYears ?? 0) + extra }).max;
        const noClaim = capOf(city, date, cost, { ...person, noClaimLastYear: true }).max;
        assert.equal(longer.greaterThanOrEqualTo(max), true);
        assert.equal(noClaim.greaterThanOrEqualTo(max), true);
      }),
      { numRuns: RUNS },
    );
  });
});
