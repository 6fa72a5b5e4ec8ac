import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classIdOf, estimateYear, type Bill, type YearRequest, type YearResult } from './engine';
import { membersOf } from './labels';
import { Dec, ZERO } from './money';
import { claimOverrides, missingValues, type Override } from './overrides';
import { VERSIONS } from './rules';
import type { Segment, Version } from './types';

/**
 * Invariants of the engine over random years of admissions in every version, with any value the
 * sources do not give filled by random values (as a person would fill them): 10,000 runs each.
 */

const RUNS = 10_000;

const money = (maxYuan: number) => fc.integer({ min: 0, max: maxYuan * 100 }).map((f) => new Dec(f).dividedBy(100));

const segmentsArb: fc.Arbitrary<Segment[]> = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 1, max: 600 }), { maxLength: 3 }),
    fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }),
  )
  .map(([bounds, rates]) => [
    ...[...bounds].sort((a, b) => a - b).map((b, i) => ({ upTo: b * 1000, rate: (rates[i] ?? 0) / 100 })),
    { upTo: null, rate: (rates[3] ?? 0) / 100 },
  ]);

const fillArb = fc.record({
  deductible: fc.integer({ min: 0, max: 3000 }),
  rates: segmentsArb,
  fundCap: fc.integer({ min: 1, max: 800 }).map((k) => k * 1000),
});

interface Scenario {
  version: Version;
  request: YearRequest;
}

function datesIn(version: Version): fc.Arbitrary<string[]> {
  const from = Number(version.validFrom.slice(0, 4));
  const to = Math.min(Number((version.validTo ?? '2028').slice(0, 4)), 2028);
  return fc
    .integer({ min: from, max: to })
    .chain((year) => fc.array(fc.integer({ min: 0, max: 364 }), { minLength: 1, maxLength: 4 }).map((days) => ({ year, days })))
    .map(({ year, days }) =>
      [...days]
        .sort((a, b) => a - b)
        .map((d) => new Date(Date.UTC(year, 0, 1 + d)).toISOString().slice(0, 10))
        .map((date) => (date < version.validFrom ? version.validFrom : date)),
    );
}

function billArb(version: Version, date: string): fc.Arbitrary<Bill> {
  const facilities = version.grades.flatMap((g) => (g.facility ? [g.facility] : []));
  return fc
    .record({
      hospitalLevel: fc.constantFrom(1 as const, 2 as const, 3 as const),
      facility: fc.option(fc.constantFrom(...(facilities.length ? facilities : [undefined])), { nil: undefined }),
      totalCost: fc.oneof(money(5_000), money(150_000), money(1_500_000)),
      outShare: fc.integer({ min: 0, max: 100 }),
      firstShare: fc.integer({ min: 0, max: 100 }),
    })
    .map(({ hospitalLevel, facility, totalCost, outShare, firstShare }) => {
      const outOfScope = totalCost.times(outShare).dividedBy(200).toDecimalPlaces(2, Dec.ROUND_DOWN);
      const selfPayFirst = totalCost.minus(outOfScope).times(firstShare).dividedBy(100).toDecimalPlaces(2, Dec.ROUND_DOWN);
      return { date, hospitalLevel, facility, totalCost, outOfScope, selfPayFirst };
    });
}

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .constantFrom(...VERSIONS)
  .chain((version) =>
    fc.record({
      version: fc.constant(version),
      member: fc.constantFrom(...membersOf(version.scheme)),
      dates: datesIn(version),
      fill: fillArb,
    }),
  )
  .chain(({ version, member, dates, fill }) =>
    fc.tuple(...dates.map((d) => billArb(version, d))).map((admissions) => {
      const cls = classIdOf(version, member);
      // Every value no source gives, filled for the member's class and every grade, as a person would.
      const overrides: Override[] = version.grades.flatMap((grade) => {
        const missing = new Set(missingValues(version, cls, grade).map((m) => m.kind));
        return claimOverrides(version, cls, grade, {
          deductible: missing.has('deductible') ? fill.deductible : undefined,
          rates: missing.has('rates') ? fill.rates : undefined,
          fundCap: missing.has('fundCap') ? fill.fundCap : undefined,
        });
      });
      return { version, request: { city: version.city, scheme: version.scheme, member, admissions, firstOrdinal: 1, overrides } };
    }),
  );

function amounts(result: YearResult): Dec[] {
  return result.admissions.flatMap((a) => [a.eligibleCost, a.deductible, a.fund, a.supplementTotal, a.outOfPocket, ...a.supplements.map((s) => s.amount)]);
}

describe('engine invariants', () => {
  it('total = fund + supplements + out-of-pocket, for every admission', () => {
    fc.assert(
      fc.property(scenarioArb, ({ request }) => {
        for (const a of estimateYear(request).admissions) {
          expect(a.fund.plus(a.supplementTotal).plus(a.outOfPocket).equals(a.totalCost)).toBe(true);
          expect(a.supplements.reduce((s, x) => s.plus(x.amount), ZERO).equals(a.supplementTotal)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('nothing negative or NaN; the funds never pay more than the eligible cost', () => {
    fc.assert(
      fc.property(scenarioArb, ({ request }) => {
        const result = estimateYear(request);
        for (const x of amounts(result)) expect(x.isFinite() && !x.isNegative()).toBe(true);
        for (const a of result.admissions) {
          expect(a.fund.plus(a.supplementTotal).lessThanOrEqualTo(a.eligibleCost)).toBe(true);
          expect(a.outOfPocket.greaterThanOrEqualTo(a.outOfScope.plus(a.selfPayFirst))).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('no annual cap, band or supplementary maximum is exceeded', () => {
    fc.assert(
      fc.property(scenarioArb, ({ request }) => {
        const result = estimateYear(request);
        let fund = ZERO;
        for (const a of result.admissions) {
          fund = fund.plus(a.fund);
          const { coverage, layers } = a.usage;
          if (coverage.kind === 'fundCap') expect(fund.lessThanOrEqualTo(coverage.amount)).toBe(true);
          else expect(fund.lessThanOrEqualTo(coverage.amount)).toBe(true); // the band bounds the cost the fund pays on
          for (const layer of layers) expect(layer.paid.lessThanOrEqualTo(layer.annualMax)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('out-of-pocket never decreases when the cost rises', () => {
    fc.assert(
      fc.property(scenarioArb, money(50_000), ({ request }, extra) => {
        const last = request.admissions.at(-1) as Bill;
        const dearer = { ...request, admissions: [...request.admissions.slice(0, -1), { ...last, totalCost: last.totalCost.plus(extra) }] };
        const before = estimateYear(request).admissions.at(-1)!.outOfPocket;
        const after = estimateYear(dearer).admissions.at(-1)!.outOfPocket;
        expect(after.greaterThanOrEqualTo(before)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
