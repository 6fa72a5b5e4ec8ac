import { membersOf } from '@/lib/model/labels';
import type { CityId, Facility, SchemeId } from '@/lib/model/types';

/**
 * What the form holds: every field as the text the person typed or chose.
 * Parsing into amounts happens in form-schema.ts, loaded with the engine. Values for parameters
 * (asked for, or edited to try "what if") are edits, kept beside the form (see what-if/edits.ts).
 */

/** One stay in hospital: the estimator's and the comparison's forms hold one, each row of the planner's another. */
export interface StayValues {
  date: string;
  hospitalLevel: '1' | '2' | '3';
  /** '' = the level's default grade; otherwise a level-1 variant of the version. */
  facility: '' | Facility;
  totalCost: string;
  outOfScope: string;
  selfPayFirst: string;
}

/** A stay on its own, with its place among the year's admissions (the planner counts its rows instead). */
export interface AdmissionValues extends StayValues {
  admission: string;
}

export interface FormValues extends AdmissionValues {
  city: CityId;
  scheme: SchemeId;
  member: string;
}

export interface Preset {
  city: CityId;
  scheme: SchemeId;
}

/** A stay with nothing typed yet. The date stays empty until the browser fills in today: a build-time date would be stale. */
export function emptyStay(date = ''): StayValues {
  return { date, hospitalLevel: '3', facility: '', totalCost: '', outOfScope: '', selfPayFirst: '' };
}

export function initialValues(preset: Preset): FormValues {
  return { city: preset.city, scheme: preset.scheme, member: membersOf(preset.scheme)[0] ?? '', admission: '1', ...emptyStay() };
}
