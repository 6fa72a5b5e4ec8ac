import { EstimateError } from '../base/errors';
import { Dec, ZERO, bound, constant, fen, max, min } from '../base/money';
import type { Segment } from '../model/types';

/** 分段累进: the parts of the eligible cost between the deductible and where the fund's cover ends, each at its segment's rate. */

export const INFINITY = new Dec(Infinity);

export interface Part {
  from: Dec;
  to: Dec;
  rate: number;
  exact: Dec;
  pay: Dec;
}

/**
 * The parts of [start + D, start + end] that each segment covers, with the exact and the rounded payment
 * of each. Segment bounds count from 0; `start` is where this event begins on the axis they are measured
 * on (0 for bounds on this admission's eligible cost, the year's earlier eligible cost for bounds on the year's).
 * `rateOf` turns a segment's rate into the one paid (out of town some points lower).
 */
export function segmentParts(segments: Segment[], D: Dec, end: Dec, where: string, note: string | undefined, start: Dec = ZERO, rateOf: (rate: number) => number = (r) => r): Part[] {
  const parts: Part[] = [];
  const [low, high] = start.isZero() ? [D, end] : [start.plus(D), start.plus(end)];
  let lower = ZERO;
  for (const segment of segments) {
    if (lower.greaterThanOrEqualTo(high)) return parts;
    const upper = segment.upTo === null ? INFINITY : constant(segment.upTo);
    if (upper.lessThanOrEqualTo(low)) {
      lower = upper;
      continue;
    }
    const from = max(lower, low);
    const to = min(upper, high);
    if (to.greaterThan(from)) {
      if (segment.rate === null) {
        throw new EstimateError(
          'unknown-parameter',
          `缺少参数：${where}·政策范围内费用 ${bound(lower)} 元以上部分的支付比例。${note ?? ''}`,
          { parameter: `${where}·${bound(lower)}元以上部分的支付比例` },
        );
      }
      const rate = rateOf(segment.rate);
      const exact = to.minus(from).times(constant(rate));
      parts.push({ from, to, rate, exact, pay: fen(exact) });
    }
    lower = upper;
  }
  if (lower.lessThan(high)) {
    throw new EstimateError('unknown-parameter', `缺少参数：${where}·政策范围内费用 ${bound(lower)} 元以上部分的支付比例。`, {
      parameter: `${where}·${bound(lower)}元以上部分的支付比例`,
    });
  }
  return parts;
}

/** "起付线至10,000元部分" or "10,000元以上部分": a part in words; `low` is where the deductible ends. */
export function partLabel(part: Part, low: Dec): string {
  const from = part.from.equals(low) ? '起付线' : `${bound(part.from)}元`;
  return part.to.equals(INFINITY) ? `${from}以上部分` : `${from}至${bound(part.to)}元部分`;
}

/** The eligible cost at which the fund's payments for this event reach `target` (> 0), on this event's own axis. */
export function pointWhereReached(parts: Part[], target: Dec, start: Dec = ZERO): Dec {
  let paid = ZERO;
  for (const part of parts) {
    if (paid.plus(part.exact).greaterThanOrEqualTo(target)) return onThisEvent(part.from.plus(target.minus(paid).dividedBy(constant(part.rate))), start);
    paid = paid.plus(part.exact);
  }
  return onThisEvent(parts.at(-1)?.to ?? start, start);
}

function onThisEvent(x: Dec, start: Dec): Dec {
  return start.isZero() ? x : x.minus(start);
}
