import Decimal from 'decimal.js';

/**
 * All money in the engine is a Dec: decimal.js with enough precision that no
 * intermediate product or quotient loses a fen, and half-up rounding, which is
 * how settlement slips round to the fen.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);

/** No hospital bill reaches a hundred million yuan; larger figures are typing errors. */
export const MAX_AMOUNT = new Dec(100_000_000);

/** Round a money line half-up to the fen (0.01 yuan). */
export function fen(x: Dec): Dec {
  return x.decimalPlaces() <= 2 ? x : x.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/** Money as a string with exactly two decimals, e.g. "1234.50". */
export function money(x: Dec): string {
  return fen(x).toFixed(2);
}

const CONSTANTS = new Map<number, Dec>();

/** A rule's number (a bound, a cap, a deductible) as a Dec, made once: rule data holds few distinct numbers. */
export function constant(n: number): Dec {
  let d = CONSTANTS.get(n);
  if (!d) CONSTANTS.set(n, (d = new Dec(n)));
  return d;
}

export function sum(xs: readonly Dec[]): Dec {
  let total = xs[0] ?? ZERO;
  for (let i = 1; i < xs.length; i++) total = total.plus(xs[i]!);
  return total;
}

export function min(a: Dec, b: Dec): Dec {
  return a.lessThan(b) ? a : b;
}

export function max(a: Dec, b: Dec): Dec {
  return a.greaterThan(b) ? a : b;
}

/** Clamp x into [lo, hi]. */
export function clamp(x: Dec, lo: Dec, hi: Dec): Dec {
  return max(lo, min(x, hi));
}

/** Rates are stored as fractions (0.85); shown as percentages ("85%"). */
export function percent(rate: number): string {
  return `${new Dec(rate).times(100).toString()}%`;
}

const GROUPED = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const GROUPED_WHOLE = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** Money for people: thousands separators and two decimals, e.g. "1,234.50". */
export function yuan(x: Dec): string {
  return GROUPED.format(fen(x).toNumber());
}

/** A bound or threshold for people: "5,000", or "1,234.5" when not whole. */
export function bound(x: Dec): string {
  return GROUPED_WHOLE.format(fen(x).toNumber());
}
