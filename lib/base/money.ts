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

/**
 * Money as a string with exactly two decimals, e.g. "1234.50": what toFixed(2) gives, without the
 * rounded copy it builds first. After fen() at most two decimals remain, and toString() writes plain
 * digits below 1e21 (decimal.js's toExpPos), so padding them is all that is left.
 */
export function money(x: Dec): string {
  const f = fen(x);
  if (f.e >= 21) return f.toFixed(2);
  const text = f.toString();
  const dot = text.indexOf('.');
  return dot === -1 ? `${text}.00` : dot === text.length - 2 ? `${text}0` : text;
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

const PERCENTS = new Map<number, string>();

/** Rates are stored as fractions (0.85); shown as percentages ("85%"). Rule data holds few distinct rates. */
export function percent(rate: number): string {
  let text = PERCENTS.get(rate);
  if (text === undefined) PERCENTS.set(rate, (text = `${new Dec(rate).times(100).toString()}%`));
  return text;
}

/**
 * Digits with thousands separators and the sign, as Intl.NumberFormat('zh-CN') writes them ("-1,234.5";
 * a negative zero keeps its sign), from the exact decimal text rather than a float: written by hand, as
 * the step texts of every estimate of a batch use it and Intl costs more than the rest of a step.
 */
function grouped(negative: boolean, plain: string): string {
  const digits = plain.charCodeAt(0) === 0x2d ? plain.slice(1) : plain;
  const dot = digits.indexOf('.');
  const whole = dot === -1 ? digits : digits.slice(0, dot);
  let out = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let i = out.length; i < whole.length; i += 3) out += `,${whole.slice(i, i + 3)}`;
  return `${negative ? '-' : ''}${out}${dot === -1 ? '' : digits.slice(dot)}`;
}

/** Money for people: thousands separators and two decimals, e.g. "1,234.50". */
export function yuan(x: Dec): string {
  return grouped(x.isNeg(), money(x));
}

/** A bound or threshold for people: "5,000", or "1,234.5" when not whole. */
export function bound(x: Dec): string {
  const f = fen(x);
  return grouped(f.isNeg(), f.e >= 21 ? f.toFixed() : f.toString());
}
