import { ZERO, type Dec } from '../base/money';
import type { Facility } from './types';

/**
 * The rules every input of a claim follows, written once: the CLI's schema, the page's forms and the
 * share links each phrase them in their own words around these.
 */

/** The most admissions a year can hold: one a day. */
export const MAX_ADMISSION = 366;

export function isAdmission(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= MAX_ADMISSION;
}

/** Level-1 variants a claim may name; a version that splits level 1 names its own grades after them. */
export const FACILITIES = ['grassroots', 'no-essential-drugs'] as const satisfies readonly Facility[];

/** A facility names a level-1 variant: it goes with 一级及以下 only. */
export function facilityFits(hospitalLevel: number, facility: Facility | undefined): boolean {
  return facility === undefined || hospitalLevel === 1;
}

export const PARTS_MESSAGE = '全自费与先行自付之和不能超过住院总费用';

/** 全自费 + 先行自付 ≤ 总费用. */
export function partsFit(bill: { totalCost: Dec; outOfScope?: Dec; selfPayFirst?: Dec }): boolean {
  return (bill.outOfScope ?? ZERO).plus(bill.selfPayFirst ?? ZERO).lessThanOrEqualTo(bill.totalCost);
}
