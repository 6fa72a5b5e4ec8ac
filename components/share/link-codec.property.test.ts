// The properties check with node:assert: Vitest's expect spends ~7 µs a call on bookkeeping, and the property files make over a million calls a run.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EstimateError } from '@/lib/base/errors';
import { Dec, ZERO } from '@/lib/base/money';
import { overrideProblem } from '@/lib/model/overrides';
import { RULES } from '@/lib/rules';
import { settleYear } from '@/lib/test-support';
import { readCompareLink } from '@/components/compare/link';
import { estimatorLink, readEstimatorLink } from '@/components/estimator/link';
import { readPlannerLink } from '@/components/planner/link';
import { LINK_NOTICE, type LinkReading } from './link-codec';

/**
 * Fuzzing what a link can carry: whatever the query and the fragment hold, the reader gives either
 * a valid state or nothing with the notice, never a throw; and a valid state computes or is refused
 * in words by the engine, never crashes it.
 */

const RUNS = 10_000;

function wellFormed(r: LinkReading<unknown>) {
  if (r.state === null) assert.ok(r.notice === null || r.notice === LINK_NOTICE, `no state, and a notice other than none or LINK_NOTICE: ${r.notice}`);
  else assert.equal(r.notice, null);
}

/** Strings shaped like our links, with any piece replaced by anything. */
const piece = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('member', 'level', 'facility', 'admission', 'date', 'total', 'outOfScope', 'selfPayFirst', 'edits', 'city', 'scheme', 'employee', 'resident', 'admissions'),
  fc.constantFrom('working', 'minor', '1', '3', '0', 'grassroots', '2025-03-01', '2024-02-29', '50000', '1e5', '-1', '%', '%E0%A4%A', '[]', '{}', 'null'),
  fc.jsonValue().map((v) => encodeURIComponent(JSON.stringify(v))),
);
const linkish = fc
  .array(fc.tuple(piece, piece), { maxLength: 6 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));

const EDITS = [
  '[{"path":"weihai/employee/inpatient/segments/working/3","value":[{"upTo":10000,"rate":0.85},{"upTo":null,"rate":0.9}]}]',
  '[{"path":"weihai/employee/inpatient/repeat","value":[{"from":2,"amount":100}]}]',
  '[{"path":"weihai/employee/pots/fund/working","value":300000}]',
  '[{"path":"weihai/employee/layers/subsidy-b/bands","value":[{"from":10000,"to":null,"rate":0.75}]},{"path":"weihai/employee/layers/subsidy-b/max","value":1}]',
  '[{"path":"weihai/employee/members/flexible","value":"retired"}]',
];

describe('share link fuzzing', () => {
  it('any query and fragment: a valid state or the defaults with a notice, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), linkish), fc.oneof(fc.string(), linkish), (search, hash) => {
        wellFormed(readEstimatorLink('weihai', 'employee', `?${search}`, `#${hash}`));
        wellFormed(readPlannerLink(`?${search}`, `#${hash}`));
        wellFormed(readCompareLink(`?${search}`, `#${hash}`));
      }),
      { numRuns: RUNS },
    );
  });

  it('links with plausible values: a valid state always computes or is refused in words', () => {
    const plausible = fc.record({
      member: fc.constantFrom('working', 'retired', 'flexible', 'minor', 'x'),
      level: fc.constantFrom('1', '2', '3', '4'),
      date: fc.constantFrom('2019-05-01', '2020-06-01', '2025-02-01', '2025-13-01'),
      total: fc.oneof(fc.integer({ min: 0, max: 3_000_000 }).map(String), fc.constantFrom('0.01', '1.999', '-3', '１２')),
      outOfScope: fc.integer({ min: 0, max: 200_000 }).map(String),
      edits: fc.oneof(fc.constantFrom(...EDITS), fc.jsonValue().map((v) => JSON.stringify(v))),
    });
    fc.assert(
      fc.property(plausible, ({ member, level, date, total, outOfScope, edits }) => {
        const hash = `#${new URLSearchParams({ date, total, outOfScope, edits })}`;
        const read = readEstimatorLink('weihai', 'employee', `?member=${member}&level=${level}`, hash);
        wellFormed(read);
        const { state } = read;
        if (!state?.amounts) return;
        // What was read writes back the same link.
        expect(readEstimatorLink('weihai', 'employee', ...(() => {
          const url = new URL(estimatorLink('weihai', 'employee', state), 'https://example.org');
          return [url.search, url.hash] as const;
        })())).toEqual(read);
        const a = state.amounts;
        try {
          const admissions = [{ date: a.date, hospitalLevel: state.choices.hospitalLevel, totalCost: a.totalCost, outOfScope: a.outOfScope ?? ZERO, selfPayFirst: a.selfPayFirst ?? ZERO }];
          const result = settleYear('weihai', 'employee', state.choices.member, admissions, { firstOrdinal: state.choices.admission, overrides: a.overrides });
          const current = result.admissions[0]!;
          assert.equal(current.fund.plus(current.supplementTotal).plus(current.outOfPocket).equals(a.totalCost), true, 'total ≠ fund + supplements + out-of-pocket');
          assert.equal(current.outOfPocket.greaterThanOrEqualTo(new Dec(0)), true, 'out-of-pocket negative');
        } catch (error) {
          // A refusal in words passes; anything else (a crash, a failed check above) fails as itself.
          if (!(error instanceof EstimateError)) throw error;
        }
        // Edits only ever name parameters of the version in force, each with a value it can take.
        const version = RULES.versionOn('weihai', 'employee', a.date);
        for (const o of a.overrides) assert.equal(overrideProblem(version!, o), null);
      }),
      { numRuns: RUNS },
    );
  });
});
