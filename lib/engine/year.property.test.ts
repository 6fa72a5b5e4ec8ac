import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, ZERO } from '../base/money';
import { membersOf } from '../model/labels';
import type { Override } from '../model/overrides';
import { missingInpatient } from '../benefits/inpatient';
import type { Segment, Version } from '../model/types';
import { classOf } from '../model/version';
import { RULES } from '../rules';
import type { Bill } from './bill';
import { estimateYear, type YearRequest, type YearResult } from './year';

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
  overrides: Override[];
}

const settle = ({ version, request, overrides }: Scenario, admissions = request.admissions) =>
  estimateYear({ ...request, admissions }, RULES.rulebook(version.city, version.scheme, overrides));

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
  .constantFrom(...RULES.periods())
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
      const cls = classOf(version, member).id;
      // Every value no source gives, filled for the member's class and every grade, as a person would.
      const fills = { deductible: fill.deductible, segments: fill.rates, fund: fill.fundCap };
      const paths = new Map(version.grades.flatMap((g) => missingInpatient(version, cls, g.id)).map((m) => [m.path, m.path.split('/')[1]]));
      const overrides: Override[] = [...paths].map(([path, kind]) => ({ path, value: fills[kind as keyof typeof fills] }));
      return { version, request: { member, admissions, firstOrdinal: 1 }, overrides };
    }),
  );

function amounts(result: YearResult): Dec[] {
  return result.admissions.flatMap((a) => [a.eligibleCost, a.deductible, a.fund, a.supplementTotal, a.outOfPocket, ...a.supplements.map((s) => s.amount)]);
}

describe('engine invariants', () => {
  it('total = fund + supplements + out-of-pocket, for every admission', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        for (const a of settle(scenario).admissions) {
          expect(a.fund.plus(a.supplementTotal).plus(a.outOfPocket).equals(a.totalCost)).toBe(true);
          expect(a.supplements.reduce((s, x) => s.plus(x.amount), ZERO).equals(a.supplementTotal)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('nothing negative or NaN; the funds never pay more than the eligible cost', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = settle(scenario);
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
      fc.property(scenarioArb, (scenario) => {
        const result = settle(scenario);
        let fund = ZERO;
        let inBand = ZERO;
        for (const a of result.admissions) {
          fund = fund.plus(a.fund);
          // A band counts the eligible cost the fund pays on (the cap step's amount); a cap counts the fund's payments.
          inBand = inBand.plus(a.steps.find((s) => s.key === 'cap')?.amount ?? ZERO);
          const { coverage, layers } = a.usage;
          expect((coverage.kind === 'fundCap' ? fund : inBand).lessThanOrEqualTo(coverage.amount)).toBe(true);
          for (const layer of layers) expect(layer.paid.lessThanOrEqualTo(layer.annualMax)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('out-of-pocket never decreases when the cost rises', () => {
    fc.assert(
      fc.property(scenarioArb, money(50_000), (scenario, extra) => {
        const { admissions } = scenario.request;
        const last = admissions.at(-1) as Bill;
        const dearer = [...admissions.slice(0, -1), { ...last, totalCost: last.totalCost.plus(extra) }];
        const before = settle(scenario).admissions.at(-1)!.outOfPocket;
        const after = settle(scenario, dearer).admissions.at(-1)!.outOfPocket;
        expect(after.greaterThanOrEqualTo(before)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
