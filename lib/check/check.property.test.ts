// The properties check with node:assert: Vitest's expect spends ~7 µs a call on bookkeeping, and the property files make over a million calls a run.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { Dec, ZERO } from '../base/money';
import { inpatient } from '../benefits/inpatient';
import { estimateYear } from '../engine/year';
import { AWAY_MODES, type AwayMode } from '../model/fields';
import type { Override } from '../model/overrides';
import type { Grade, MemberId, Segment, Version } from '../model/types';
import { classOf, paramAt } from '../model/version';
import { INPATIENT_PATHS } from '../benefits/inpatient';
import { RULES } from '../rules';
import { checkSlip } from './check';
import type { Slip, Stay } from './slip';

/**
 * Slips written from the engine's own settlement, over every version, member type, grade, place of
 * treatment, place among the year's stays and amounts, each line present or left out as on a real
 * slip: checked against the rules they show no difference. Written under one other circumstance
 * than the one the person chose, they list that circumstance as a reason that fits exactly.
 */

const RUNS = 10_000;
/** The reasons search settles the stay a few hundred times: fewer runs keep it to seconds. */
const REASON_RUNS = 2_000;

const money = (maxYuan: number) => fc.integer({ min: 0, max: maxYuan * 100 }).map((f) => new Dec(f).dividedBy(100));
const share = fc.integer({ min: 0, max: 100 });
const part = (x: Dec, pct: number) => x.times(pct).dividedBy(100).toDecimalPlaces(2, Dec.ROUND_DOWN);

const segmentsArb: fc.Arbitrary<Segment[]> = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 1, max: 600 }), { maxLength: 3 }), fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }))
  .map(([bounds, rates]) => [...[...bounds].sort((a, b) => a - b).map((b, i) => ({ upTo: b * 1000, rate: (rates[i] ?? 0) / 100 })), { upTo: null, rate: (rates[3] ?? 0) / 100 }]);

const fillArb = fc.record({ deductible: fc.integer({ min: 0, max: 3000 }), segments: segmentsArb, fund: fc.integer({ min: 1, max: 800 }).map((k) => k * 1000) });

interface Case {
  version: Version;
  stay: Stay;
  grade: Grade;
  overrides: Override[];
  amounts: { total: Dec; outShare: number; overShare: number; firstShare: number; assistShare: number; accountShare: number };
  /** Which optional lines the slip prints. */
  shown: { eligible: boolean; deductible: boolean; supplement: boolean; assistance: boolean; account: boolean };
}

function dateIn(version: Version, day: number): string {
  const year = Math.min(Number(version.validFrom.slice(0, 4)) + (day % 3), Number((version.validTo ?? '2028').slice(0, 4)), 2028);
  const date = new Date(Date.UTC(year, 0, 1 + (day % 365))).toISOString().slice(0, 10);
  return date < version.validFrom ? version.validFrom : version.validTo && date > version.validTo ? version.validTo : date;
}

/** Away modes the version settles: out of town only where its rules say how. */
function awayModes(version: Version): AwayMode[] {
  return 'away' in version.benefits ? [...AWAY_MODES] : ['local', 'registered'];
}

const caseArb: fc.Arbitrary<Case> = fc
  .constantFrom(...RULES.periods())
  .chain((version) =>
    fc.record({
      version: fc.constant(version),
      member: fc.constantFrom(...version.members),
      grade: fc.constantFrom(...version.grades),
      day: fc.integer({ min: 0, max: 2000 }),
      admission: fc.integer({ min: 1, max: 4 }),
      away: fc.constantFrom(...awayModes(version)),
      fill: fillArb,
      amounts: fc.record({ total: fc.oneof(money(5_000), money(150_000), money(1_500_000)), outShare: share, overShare: share, firstShare: share, assistShare: share, accountShare: share }),
      shown: fc.record({ eligible: fc.boolean(), deductible: fc.boolean(), supplement: fc.boolean(), assistance: fc.boolean(), account: fc.boolean() }),
    }),
  )
  .map(({ version, member, grade, day, admission, away, fill, amounts, shown }) => {
    // Every value no source gives, for every member type's class and every grade, as a person would fill it in.
    const paths = new Set(version.members.flatMap((m) => version.grades.flatMap((g) => inpatient.missing(version, classOf(version, m).id, { hospitalLevel: g.level, ...(g.facility ? { facility: g.facility } : {}) }).map((x) => x.path))));
    const overrides = [...paths].map((path) => ({ path, value: fill[path.split('/')[1] as keyof typeof fill] }));
    const stay: Stay = {
      city: version.city,
      scheme: version.scheme,
      member: member as MemberId,
      date: dateIn(version, day),
      hospitalLevel: grade.level,
      ...(grade.facility ? { facility: grade.facility } : {}),
      admission,
      ...(away === 'local' ? {} : { away }),
    };
    return { version, stay, grade, overrides, amounts, shown };
  });

/** The slip the hospital would print for this stay, written from the engine's settlement (not through the page's code). */
function slipFor({ version, stay, overrides, amounts: a, shown }: Case): Slip {
  const outside = part(a.total, a.outShare / 2);
  const overLimit = part(outside, a.overShare);
  const outOfScope = outside.minus(overLimit);
  const selfPayFirst = part(a.total.minus(outside), a.firstShare);
  const bill = {
    date: stay.date,
    hospitalLevel: stay.hospitalLevel,
    ...(stay.facility ? { facility: stay.facility } : {}),
    ...(stay.away ? { away: stay.away } : {}),
    totalCost: a.total,
    outOfScope: outside,
    selfPayFirst,
  };
  const result = estimateYear({ member: stay.member, admissions: [bill], firstOrdinal: stay.admission }, RULES.rulebook(stay.city, stay.scheme, overrides));
  const event = result.admissions[0]!;
  const assistance = shown.assistance ? part(event.outOfPocket, a.assistShare / 4) : undefined;
  const personal = event.outOfPocket.minus(assistance ?? ZERO);
  const account = part(personal, a.accountShare);
  // 大病/大额 is printed where every layer of the version is known (none left out of the engine's figures).
  const allLayers = event.supplements.length === version.layers.length;
  return {
    total: a.total,
    outOfScope,
    overLimit,
    selfPayFirst,
    ...(shown.eligible ? { eligible: event.eligibleCost } : {}),
    // The engine's deductible is the one charged (实际支付起付线), out of town and below the rule's alike.
    ...(shown.deductible ? { deductible: event.deductible } : {}),
    fund: event.fund,
    ...(shown.supplement && allLayers ? { supplement: event.supplementTotal } : {}),
    ...(assistance ? { assistance } : {}),
    personal,
    ...(shown.account ? { account, cash: personal.minus(account) } : {}),
  };
}

describe('slips the rules give', () => {
  it('show no difference, every sum adds up, and no reason is given', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const result = checkSlip(slipFor(c), c.stay, { overrides: c.overrides });
        assert.equal(result.recomputed.kind, 'settled');
        if (result.recomputed.kind !== 'settled') return;
        assert.deepEqual(result.recomputed.differing, []);
        assert.deepEqual(result.sums.filter((s) => !s.ok), []);
        assert.deepEqual(result.recomputed.reasons, []);
      }),
      { numRuns: RUNS },
    );
  });
});

/** The person's stay with one thing different from the one the slip was settled for. */
type Change = { kind: 'earlier-stays' | 'grade' | 'member' | 'away'; stay: Stay };

/** The stay with some choices replaced; an optional one given as undefined is left out, as the form leaves it. */
function withChoice(stay: Stay, choices: Partial<Stay>): Stay {
  const changed = { ...stay, ...choices };
  for (const key of ['facility', 'away'] as const) if (changed[key] === undefined) delete changed[key];
  return changed;
}

function changesOf(c: Case): Change[] {
  const { version, stay, grade } = c;
  const repeat = paramAt(version, INPATIENT_PATHS.repeat(), 'repeat')?.value ?? [];
  const cls = classOf(version, stay.member).id;
  return [
    ...[1, ...repeat.map((s) => s.from)].filter((k) => k !== stay.admission).map((k): Change => ({ kind: 'earlier-stays', stay: { ...stay, admission: k } })),
    ...version.grades
      .filter((g) => g.id !== grade.id)
      .map((g): Change => ({ kind: 'grade', stay: withChoice(stay, { hospitalLevel: g.level, facility: g.facility }) })),
    ...version.members.filter((m) => classOf(version, m).id !== cls).map((m): Change => ({ kind: 'member', stay: { ...stay, member: m } })),
    ...awayModes(version)
      .filter((m) => m !== (stay.away ?? 'local'))
      .map((m): Change => ({ kind: 'away', stay: withChoice(stay, { away: m === 'local' ? undefined : m }) })),
  ];
}

describe('a slip settled under one other circumstance', () => {
  it('lists that circumstance as a reason that fits exactly, wherever the slip differs', () => {
    const withChange = caseArb.chain((c) => {
      const changes = changesOf(c);
      return changes.length ? fc.record({ c: fc.constant(c), change: fc.constantFrom(...changes) }) : fc.constant(null);
    });
    fc.assert(
      fc.property(withChange, (drawn) => {
        if (!drawn) return;
        const { c, change } = drawn;
        // The slip as settled; the person's choices as drawn with one changed.
        const result = checkSlip(slipFor(c), change.stay, { overrides: c.overrides });
        if (result.recomputed.kind !== 'settled' || result.recomputed.differing.length === 0) return;
        const kinds = result.recomputed.reasons.filter((r) => r.fit === 'exact').map((r) => r.kind);
        assert.ok(kinds.includes(change.kind), `${change.kind} is not among the exact reasons [${kinds.join(', ')}]`);
      }),
      { numRuns: REASON_RUNS },
    );
  });
});
