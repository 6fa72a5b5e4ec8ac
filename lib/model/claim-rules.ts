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

/** Level-1 variants a claim may name; a version that splits level 1 names its own grades after them. */
export const FACILITIES = ['grassroots', 'no-essential-drugs'] as const satisfies readonly Facility[];

/** A facility names a level-1 variant: it goes with 一级及以下 only. */
export function facilityFits(hospitalLevel: number | undefined, facility: Facility | undefined): boolean {
  return facility === undefined || hospitalLevel === 1;
}

/** The benefit a claim is settled by when it names none. */
export const INPATIENT = 'inpatient';

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

/** Where a bill was run up: at home, out of town with a filing (异地长期居住备案), or out of town for a while, inside or outside the province. */
export const AWAY_MODES = ['local', 'registered', 'temporary-in-province', 'temporary-out-of-province'] as const;
export type AwayMode = (typeof AWAY_MODES)[number];

/** 门诊慢特病: the class of the disease (甲类 / 乙类), the item that earns an uplift, the group whose deductible differs. */
export const CHRONIC_CLASSES = ['A', 'B'] as const;
export type ChronicClass = (typeof CHRONIC_CLASSES)[number];
export const CHRONIC_ITEMS = ['dialysis-or-transplant'] as const;
export type ChronicItem = (typeof CHRONIC_ITEMS)[number];
export const CHRONIC_GROUPS = ['general', 'cancer-radio-chemo', 'severe-mental'] as const;
export type ChronicGroup = (typeof CHRONIC_GROUPS)[number];
/** Up to two 乙类 diseases, each with its own deductible (烟台职工 第十三条). */
export const CHRONIC_DISEASES = [1, 2] as const;
export type ChronicDisease = (typeof CHRONIC_DISEASES)[number];

export const MATERNITY_EVENTS = ['prenatal-and-delivery', 'abortion', 'induced', 'delivery'] as const;
export type MaternityEvent = (typeof MATERNITY_EVENTS)[number];
