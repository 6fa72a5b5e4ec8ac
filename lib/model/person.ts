/**
 * What the person says of themselves, beyond their member type, that a layer's annual maximum may
 * depend on: the years of continuous enrolment up to and including this one, and whether the fund
 * paid nothing for them last year. Absent: not said, and the maximum is not raised. A resident's only.
 */
export interface PersonInputs {
  continuousYears?: number;
  noClaimLastYear?: boolean;
}

/** The most continuous years of enrolment a person may give. */
export const MAX_CONTINUOUS_YEARS = 100;

export function isContinuousYears(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= MAX_CONTINUOUS_YEARS;
}

/** The person's fields: the CLI's words for each (the engine's notes name them so too), the page's label, and the key a link's query gives it. */
export const PERSON_FIELDS = {
  continuousYears: { words: '连续参保年数', label: '连续参保年数', link: 'years' },
  noClaimLastYear: { words: '上一年度未发生医保报销', label: '上一年度有没有医保报销', link: 'noClaim' },
} as const satisfies Record<keyof PersonInputs, { words: string; label: string; link: string }>;

export const PERSON_FIELD_KEYS = Object.keys(PERSON_FIELDS) as (keyof PersonInputs)[];

/** Only the inputs given. */
export function personOf(p: PersonInputs): PersonInputs {
  return {
    ...(p.continuousYears !== undefined ? { continuousYears: p.continuousYears } : {}),
    ...(p.noClaimLastYear !== undefined ? { noClaimLastYear: p.noClaimLastYear } : {}),
  };
}
