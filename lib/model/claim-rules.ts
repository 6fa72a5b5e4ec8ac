import type { Dec } from '../base/money';
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

/** A facility names a level-1 variant: it goes with 一级及以下 only. */
export function facilityFits(hospitalLevel: number | undefined, facility: Facility | undefined): boolean {
  return facility === undefined || hospitalLevel === 1;
}

/** 全自费 + 先行自付 > 总费用, in the words of the bill's total (住院总费用, 门诊总费用…). */
export const partsMessage = (total: string) => `全自费与先行自付之和不能超过${total}`;
export const PARTS_MESSAGE = partsMessage('住院总费用');

/**
 * 全自费 + 先行自付 ≤ 总费用. With the bill's own Decs only: a value import of money.ts would put decimal.js
 * into the first JavaScript of every form page, which reads this module for its constants.
 */
export function partsFit(bill: { totalCost: Dec; outOfScope?: Dec; selfPayFirst?: Dec }): boolean {
  return bill.totalCost.greaterThanOrEqualTo(bill.outOfScope?.plus(bill.selfPayFirst ?? 0) ?? bill.selfPayFirst ?? 0);
}
