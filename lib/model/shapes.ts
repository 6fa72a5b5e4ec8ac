import { Dec, MAX_AMOUNT } from '../base/money';
import { MAX_ADMISSION } from './claim-rules';
import type { Band, ParamDecl, Segment } from './types';

/**
 * Each shape's rules for a value that arrives as JSON (the CLI's overrides, a share link's edits),
 * with the Chinese message for the first rule broken. The page's inputs read text into the same
 * values (components/what-if/edit-reading.ts) and check them here too, so each rule is written once.
 */

/** Segment and band tables longer than this are typing errors. */
export const MAX_ROWS = 20;

export const RATE_MESSAGE = '支付比例 rate 必须是 0 到 1 之间的小数，例如 0.85 表示 85%';
export const UP_TO_MESSAGE = '分段上限 upTo 必须是数字，或用 null 表示不设上限';
export const UP_TO_POSITIVE = '分段上限 upTo 必须大于 0';
export const SEGMENTS_ORDER = '分段上限 upTo 必须从小到大排列，只有最后一段可以为 null';

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const onlyKeys = (x: Record<string, unknown>, keys: string[]) => Object.keys(x).every((k) => keys.includes(k));

/** An amount in yuan: 0 to 100,000,000, at most two decimals. */
export function amountProblem(x: unknown): string | null {
  if (!isNumber(x) || x < 0) return '金额必须是不小于 0 的数字';
  if (new Dec(x).greaterThan(MAX_AMOUNT)) return '金额不能超过 100,000,000 元';
  if (new Dec(x).decimalPlaces() > 2) return '金额最多保留两位小数（到分）';
  return null;
}

export function rateProblem(x: unknown): string | null {
  return isNumber(x) && x >= 0 && x <= 1 ? null : RATE_MESSAGE;
}

/** Bounds ascending, only the last one open. */
export function segmentsAscending(segments: readonly { upTo: number | null }[]): boolean {
  return segments.every((s, i) => {
    const next = segments[i + 1];
    if (!next) return true;
    return s.upTo !== null && (next.upTo === null || next.upTo > s.upTo);
  });
}

function segmentsProblem(x: unknown): string | null {
  if (!Array.isArray(x) || x.length === 0 || x.length > MAX_ROWS) return `分段比例必须是 1 到 ${MAX_ROWS} 段的数组，例如 [{"upTo": 10000, "rate": 0.85}, {"upTo": null, "rate": 0.9}]`;
  for (const s of x) {
    if (!isObject(s) || !onlyKeys(s, ['upTo', 'rate'])) return '每一段只能有 upTo 和 rate 两项';
    if (s.upTo !== null && !isNumber(s.upTo)) return UP_TO_MESSAGE;
    if (s.upTo !== null && (s.upTo as number) <= 0) return UP_TO_POSITIVE;
    const rate = rateProblem(s.rate);
    if (rate) return rate;
  }
  return segmentsAscending(x as Segment[]) ? null : SEGMENTS_ORDER;
}

/** Bands from low to high: each starts at or above the previous end, ends above its start, only the last open. */
export function bandsProblem(x: unknown): string | null {
  if (!Array.isArray(x) || x.length === 0 || x.length > MAX_ROWS) return `分段必须是 1 到 ${MAX_ROWS} 段的数组，例如 [{"from": 18000, "to": null, "rate": 0.7}]`;
  let previous = 0;
  for (const [i, b] of x.entries()) {
    if (!isObject(b) || !onlyKeys(b, ['from', 'to', 'rate'])) return '每一段只能有 from、to 和 rate 三项';
    if (amountProblem(b.from)) return '分段起点 from 必须是不小于 0 的金额';
    if (b.to !== null && amountProblem(b.to)) return '分段上限 to 必须是金额，或用 null 表示不设上限';
    const rate = rateProblem(b.rate);
    if (rate) return rate;
    const band = b as unknown as Band;
    if (band.from < previous) return '各段起点不能低于上一段的上限';
    if (band.to === null ? i < x.length - 1 : band.to <= band.from) return '各段上限须大于起点，只有最后一段可以不设上限';
    previous = band.to ?? band.from;
  }
  return null;
}

export function repeatProblem(x: unknown): string | null {
  if (!Array.isArray(x) || x.length > MAX_ROWS) return `多次住院的规则必须是最多 ${MAX_ROWS} 条的数组，例如 [{"from": 2, "factor": 0.5}, {"from": 3, "factor": 0}]`;
  let previous = 1;
  for (const r of x) {
    if (!isObject(r) || !onlyKeys(r, ['from', 'factor', 'amount'])) return '每一条只能有 from 和 factor 或 amount';
    if (!Number.isInteger(r.from) || (r.from as number) < 2 || (r.from as number) > MAX_ADMISSION) return `from 必须是 2 到 ${MAX_ADMISSION} 之间的整数`;
    if ((r.from as number) <= previous) return '各条须按住院次数从小到大排列';
    previous = r.from as number;
    if ((r.factor === undefined) === (r.amount === undefined)) return '每一条须给出 factor（按第一次的比例）或 amount（固定金额）之一';
    if (r.factor !== undefined && rateProblem(r.factor)) return 'factor 必须是 0 到 1 之间的小数，例如 0.5 表示减半';
    if (r.amount !== undefined && amountProblem(r.amount)) return 'amount 必须是不小于 0 的金额';
  }
  return null;
}

/** Why a JSON value cannot be this parameter's value; null when it can. */
export function valueProblem(decl: Pick<ParamDecl, 'shape' | 'choices'>, x: unknown): string | null {
  switch (decl.shape) {
    case 'amount':
      return amountProblem(x);
    case 'rate':
      return rateProblem(x);
    case 'segments':
      return segmentsProblem(x);
    case 'bands':
      return bandsProblem(x);
    case 'repeat':
      return repeatProblem(x);
    case 'choice':
      return typeof x === 'string' && (decl.choices ?? []).some((c) => c.value === x)
        ? null
        : `只能是 ${(decl.choices ?? []).map((c) => `${c.value}（${c.label}）`).join('、')} 之一`;
  }
}
