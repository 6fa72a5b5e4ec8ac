import { membersOf } from '@/lib/model/labels';
import { initialDetails, INPATIENT, type HeldDetails } from '@/lib/model/fields';
import type { CityId, HospitalLevel, SchemeId } from '@/lib/model/types';

/**
 * What the form holds: every field as the text the person typed or chose.
 * Parsing into amounts happens in form-schema.ts, loaded with the engine. Values for parameters
 * (asked for, or edited to try "what if") are edits, kept beside the form (see what-if/edits.ts).
 */

/**
 * One event of the year (a stay in hospital, an outpatient bill, a birth): the estimator's and the
 * comparison's forms hold one, each row of the planner's another. Every detail field (lib/model/fields.ts)
 * is held whatever the benefit; the page shows, and the bill takes, only those the benefit's rules read.
 */
export interface EventValues extends HeldDetails {
  /** 就医类型: a benefit module's id. */
  benefit: string;
  date: string;
  totalCost: string;
  outOfScope: string;
  selfPayFirst: string;
}

/** An event on its own, with its place among the year's admissions (the planner counts its rows instead). */
export interface AdmissionValues extends EventValues {
  admission: string;
}

/**
 * What a resident may say of themselves for the 大病 maximum (asked only where a raise is in force):
 * the years of continuous enrolment up to this one ('' = not said), and whether the fund paid nothing
 * for them last year ('' = not said).
 */
export interface PersonValues {
  continuousYears: string;
  noClaimLastYear: '' | 'yes' | 'no';
}

export const EMPTY_PERSON: PersonValues = { continuousYears: '', noClaimLastYear: '' };

/** The person's inputs as the form holds them (a link's, read back). */
export function personValues(p: { continuousYears?: number; noClaimLastYear?: boolean }): PersonValues {
  return { continuousYears: p.continuousYears === undefined ? '' : String(p.continuousYears), noClaimLastYear: p.noClaimLastYear === undefined ? '' : p.noClaimLastYear ? 'yes' : 'no' };
}

/**
 * A stay earlier in the year, as the estimator asks for it beside a 2nd or later stay: its total, its
 * 全自费 and its hospital's grade ('' = this stay's). A row left empty keeps the assumption that it
 * used none of the year's limits (see components/forms/earlier.ts).
 */
export interface EarlierValues {
  totalCost: string;
  outOfScope: string;
  hospitalLevel: '' | `${HospitalLevel}`;
}

export const EMPTY_EARLIER: EarlierValues = { totalCost: '', outOfScope: '', hospitalLevel: '' };

/** Each part of the n-th stay's row, as the form labels it and its messages name it. */
export function earlierLabel(n: number, field: keyof EarlierValues): string {
  return `第${n}次住院${{ totalCost: '总费用', outOfScope: '全自费', hospitalLevel: '医院等级' }[field]}`;
}

/** The most events a year's form holds (the planner's rows): a stay and at most this less one earlier stays. */
export const MAX_EVENTS = 30;

export interface FormValues extends AdmissionValues, PersonValues {
  city: CityId;
  scheme: SchemeId;
  member: string;
  /** The year's earlier stays, one row per stay before this one; rows past `admission − 1` are kept but not read. */
  earlier: EarlierValues[];
}

export interface Preset {
  city: CityId;
  scheme: SchemeId;
}

/** An event with nothing typed yet. The date stays empty until the browser fills in today: a build-time date would be stale. */
export function emptyEvent(date = '', benefit = INPATIENT): EventValues {
  return { benefit, date, totalCost: '', outOfScope: '', selfPayFirst: '', ...initialDetails() };
}

export function initialValues(preset: Preset): FormValues {
  return { city: preset.city, scheme: preset.scheme, member: membersOf(preset.scheme)[0] ?? '', admission: '1', earlier: [], ...emptyEvent(), ...EMPTY_PERSON };
}
