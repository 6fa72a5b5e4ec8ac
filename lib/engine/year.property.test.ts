// The properties check with node:assert: Vitest's expect spends ~7 µs a call on bookkeeping, and the property files make over a million calls a run.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { Dec, ZERO } from '../base/money';
import { CHRONIC } from '../benefits/chronic';
import { MATERNITY, type MaternityConfig } from '../benefits/maternity';
import { MINOR_ACCIDENT, type MinorAccidentConfig } from '../benefits/minor-accident';
import { AWAY_MODES, CHRONIC_CLASSES, CHRONIC_GROUPS } from '../model/fields';
import { membersOf } from '../model/labels';
import type { Override } from '../model/overrides';
import type { MemberId, Param, Segment, Version } from '../model/types';
import { RULES } from '../rules';
import { checkEvery } from '../test-support';
import type { Bill } from './bill';
import { INPATIENT, estimateYear, type YearRequest, type YearResult } from './year';

/**
 * Invariants of the engine over random years of events of every benefit each version offers, with
 * any value the sources do not give filled by random values (as a person would fill them): 10,000 runs each.
 */

const RUNS = 10_000;

const money = (maxYuan: number) => fc.integer({ min: 0, max: maxYuan * 100 }).map((f) => new Dec(f).dividedBy(100));

const segmentsArb: fc.Arbitrary<Segment[]> = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 1, max: 600 }), { maxLength: 3 }), fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }))
  .map(([bounds, rates]) => [
    ...[...bounds].sort((a, b) => a - b).map((b, i) => ({ upTo: b * 1000, rate: (rates[i] ?? 0) / 100 })),
    { upTo: null, rate: (rates[3] ?? 0) / 100 },
  ]);

/** A value for each shape, as a person would type it for a parameter no source gives. */
const fillArb = fc.record({
  amount: fc.integer({ min: 0, max: 800 }).map((k) => k * 500),
  rate: fc.integer({ min: 0, max: 100 }).map((r) => r / 100),
  segments: segmentsArb,
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
    .chain((year) => fc.array(fc.integer({ min: 0, max: 364 }), { minLength: 1, maxLength: 5 }).map((days) => ({ year, days })))
    .map(({ year, days }) =>
      [...days]
        .sort((a, b) => a - b)
        .map((d) => new Date(Date.UTC(year, 0, 1 + d)).toISOString().slice(0, 10))
        .map((date) => (date < version.validFrom ? version.validFrom : date)),
    );
}

/** The benefits a member may claim under a version: those it offers, the minors' one only for the members it names. */
function benefitsFor(version: Version, member: MemberId): string[] {
  return Object.keys(version.benefits).filter((id) => {
    if (id === 'away') return false;
    if (id === MINOR_ACCIDENT) return (version.benefits[id] as MinorAccidentConfig).members.includes(member);
    return true;
  });
}

function billArb(version: Version, member: MemberId, date: string): fc.Arbitrary<Bill> {
  const facilities = version.grades.flatMap((g) => (g.facility ? [g.facility] : []));
  const events = (version.benefits[MATERNITY] as MaternityConfig | undefined)?.events ?? ['delivery'];
  return fc
    .record({
      benefit: fc.constantFrom(...benefitsFor(version, member)),
      hospitalLevel: fc.constantFrom(1 as const, 2 as const, 3 as const),
      facility: fc.option(fc.constantFrom(...(facilities.length ? facilities : [undefined])), { nil: undefined }),
      away: fc.constantFrom(...('away' in version.benefits ? AWAY_MODES : (['local'] as const))),
      chronicClass: fc.constantFrom(...CHRONIC_CLASSES),
      chronicGroup: fc.constantFrom(...CHRONIC_GROUPS),
      chronicDisease: fc.constantFrom(1 as const, 2 as const),
      dialysis: fc.boolean(),
      maternityEvent: fc.constantFrom(...events),
      totalCost: fc.oneof(money(3_000), money(150_000), money(1_500_000)),
      outShare: fc.integer({ min: 0, max: 100 }),
      firstShare: fc.integer({ min: 0, max: 100 }),
    })
    .map(({ benefit, hospitalLevel, facility, away, chronicClass, chronicGroup, chronicDisease, dialysis, maternityEvent, totalCost, outShare, firstShare }): Bill => {
      const outOfScope = totalCost.times(outShare).dividedBy(200).toDecimalPlaces(2, Dec.ROUND_DOWN);
      const selfPayFirst = totalCost.minus(outOfScope).times(firstShare).dividedBy(100).toDecimalPlaces(2, Dec.ROUND_DOWN);
      const base = { benefit, date, totalCost, outOfScope, selfPayFirst };
      if (benefit === MATERNITY) return { ...base, maternityEvent };
      if (benefit === MINOR_ACCIDENT) return { ...base, away };
      const grade = { hospitalLevel, ...(facility && hospitalLevel === 1 ? { facility } : {}), away };
      if (benefit === CHRONIC) return { ...base, ...grade, chronicClass, chronicGroup, chronicDisease, ...(dialysis ? { chronicItem: 'dialysis-or-transplant' as const } : {}) };
      return { ...base, ...grade };
    });
}

/** Every parameter no source gives (and every rate a table leaves open), filled with one random value of its shape. */
function fillUnknowns(version: Version, fill: { amount: number; rate: number; segments: Segment[] }): Override[] {
  return [...version.params.values()].flatMap((p: Param): Override[] => {
    const open = p.value === null || (p.shape === 'segments' && (p.value as Segment[]).some((s) => s.rate === null));
    if (!open) return [];
    if (p.shape === 'amount' || p.shape === 'rate' || p.shape === 'segments') return [{ path: p.path, value: fill[p.shape] }];
    if (p.shape === 'choice') return [{ path: p.path, value: p.choices![0]!.value }];
    return [];
  });
}

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .constantFrom(...RULES.periods())
  .chain((version) => fc.record({ version: fc.constant(version), member: fc.constantFrom(...membersOf(version.scheme)), dates: datesIn(version), fill: fillArb }))
  .chain(({ version, member, dates, fill }) =>
    fc.tuple(...dates.map((d) => billArb(version, member, d))).map((admissions) => ({ version, request: { member, admissions, firstOrdinal: 1 }, overrides: fillUnknowns(version, fill) })),
  );

function amounts(result: YearResult): Dec[] {
  return result.admissions.flatMap((a) => [a.eligibleCost, a.deductible, a.fund, a.supplementTotal, a.outOfPocket, ...a.supplements.map((s) => s.amount)]);
}

/** One invariant of a settled year: throws (an assertion) when the year breaks it. */
type Invariant = (scenario: Scenario, result: YearResult, extra: Dec) => void;

const INVARIANTS: Record<string, Invariant> = {
  'total = fund + supplements + out-of-pocket, for every event': (_, result) => {
    for (const a of result.admissions) {
      assert.equal(a.fund.plus(a.supplementTotal).plus(a.outOfPocket).equals(a.totalCost), true);
      assert.equal(a.supplements.reduce((s, x) => s.plus(x.amount), ZERO).equals(a.supplementTotal), true);
    }
  },

  'nothing negative or NaN; the funds never pay more than the eligible cost': (_, result) => {
    for (const x of amounts(result)) assert.equal(x.isFinite() && !x.isNegative(), true);
    for (const a of result.admissions) {
      assert.equal(a.fund.plus(a.supplementTotal).lessThanOrEqualTo(a.eligibleCost), true);
      assert.equal(a.outOfPocket.greaterThanOrEqualTo(a.outOfScope.plus(a.selfPayFirst)), true);
    }
  },

  'no pot is exceeded: the fund’s cap or band, a benefit’s own annual limit, a layer’s maximum': (_, result) => {
    let fund = ZERO;
    let inBand = ZERO;
    const byLimit = new Map<string, Dec>();
    for (const a of result.admissions) {
      const cap = a.steps.find((s) => s.key === 'cap');
      // A band counts the eligible cost the fund pays on (the cap step's amount); a cap counts the fund's payments.
      if (cap) {
        fund = fund.plus(a.fund);
        inBand = inBand.plus(cap.amount);
      }
      const { coverage, layers, own } = a.usage;
      if (cap) assert.equal((coverage.kind === 'fundCap' ? fund : inBand).lessThanOrEqualTo(coverage.amount), true);
      for (const layer of layers) if (layer.annualMax) assert.equal(layer.paid.lessThanOrEqualTo(layer.annualMax), true);
      if (own) {
        // Summed here from the events' payments, not read back from the ledger.
        const paid = (byLimit.get(own.name) ?? ZERO).plus(a.fund);
        byLimit.set(own.name, paid);
        assert.equal(paid.lessThanOrEqualTo(own.annualMax), true);
      }
      const limit = a.steps.find((s) => s.key === 'limit');
      if (limit) assert.equal(a.fund.lessThanOrEqualTo(limit.amount), true);
    }
  },

  'the deductible is the one applied: the step’s amount, at most the rule’s and the eligible cost, none once the cap or band was used up': (_, result) => {
    let fund = ZERO;
    let inBand = ZERO;
    for (const a of result.admissions) {
      const step = a.steps.find((s) => s.key === 'deductible');
      if (step) assert.equal(step.amount.equals(a.deductible), true);
      assert.equal(a.deductible.lessThanOrEqualTo(a.deductibleRule), true);
      assert.equal(a.deductible.lessThanOrEqualTo(a.eligibleCost), true);
      const cap = a.steps.find((s) => s.key === 'cap');
      if (!cap) continue;
      const { kind, amount } = a.usage.coverage;
      if ((kind === 'fundCap' ? fund : inBand).greaterThanOrEqualTo(amount)) {
        assert.equal(a.fund.isZero(), true);
        assert.equal(a.deductible.isZero(), true);
      }
      fund = fund.plus(a.fund);
      inBand = inBand.plus(cap.amount);
    }
  },

  'out-of-pocket never decreases when the cost rises': (scenario, result, extra) => {
    const { admissions } = scenario.request;
    const last = admissions.at(-1) as Bill;
    const dearer = [...admissions.slice(0, -1), { ...last, totalCost: last.totalCost.plus(extra) }];
    const before = result.admissions.at(-1)!.outOfPocket;
    const after = settle(scenario, dearer).admissions.at(-1)!.outOfPocket;
    assert.equal(after.greaterThanOrEqualTo(before), true);
  },

  'inpatient events are numbered as admissions whatever else the year holds': (_, result) => {
    const stays = result.admissions.filter((a) => a.benefit === INPATIENT);
    assert.deepEqual(stays.map((a) => a.ordinal), stays.map((_, i) => i + 1));
  },
};

describe('engine invariants, every benefit', () => {
  // Each year is drawn and settled once and checked against every invariant: 10,000 runs each, at the cost of one.
  it('every year drawn keeps every invariant above', () => {
    fc.assert(
      fc.property(scenarioArb, money(50_000), (scenario, extra) => checkEvery(INVARIANTS, scenario, settle(scenario), extra)),
      { numRuns: RUNS },
    );
  });
});
