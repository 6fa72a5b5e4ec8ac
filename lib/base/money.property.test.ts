// The properties check with node:assert: Vitest's expect spends ~7 µs a call on bookkeeping, and the property files make over a million calls a run.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { Dec, bound, fen, money, percent, yuan } from './money';

/** The hand-written money texts say exactly what decimal.js's toFixed and Intl.NumberFormat('zh-CN') say. */

const RUNS = 10_000;
const GROUPED = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const GROUPED_WHOLE = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** Amounts as the engine makes them, and more (Intl reads a float, exact to the fen below 10^13 yuan): any decimals, either sign, the zeros. */
const amount = fc.oneof(
  fc.tuple(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), fc.integer({ min: 0, max: 6 })).map(([n, places]) => new Dec(n.toString()).dividedBy(new Dec(10).pow(places))),
  fc.constantFrom(new Dec(0), new Dec('-0'), new Dec('0.005'), new Dec('-0.005'), new Dec('-0.004'), new Dec('999.995'), new Dec('1e-9'), new Dec('100000000')),
);

describe('money texts', () => {
  it('money is toFixed(2) of the amount rounded to the fen', () => {
    fc.assert(
      fc.property(amount, (x) => {
        assert.equal(money(x), fen(x).toFixed(2));
      }),
      { numRuns: RUNS },
    );
  });

  it('yuan and bound are what Intl writes for zh-CN', () => {
    fc.assert(
      fc.property(amount, (x) => {
        assert.equal(yuan(x), GROUPED.format(fen(x).toNumber()));
        assert.equal(bound(x), GROUPED_WHOLE.format(fen(x).toNumber()));
      }),
      { numRuns: RUNS },
    );
  });

  it('percent is the rate times 100, the same text every time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (bp) => {
        const rate = bp / 10_000;
        assert.equal(percent(rate), `${new Dec(rate).times(100).toString()}%`);
        assert.equal(percent(rate), percent(rate));
      }),
      { numRuns: RUNS },
    );
  });
});
