import { membersOf } from '@/lib/model/labels';
import type { CityId, SchemeId } from '@/lib/model/types';
import { emptyStay, type StayValues } from '@/components/forms/form-values';

/** What the planner's form holds, as typed: the choices, and the year's admissions in the person's order. */

export interface PlannerValues {
  city: CityId;
  scheme: SchemeId;
  member: string;
  admissions: StayValues[];
}

/** The planner's limit on a year's admissions (the share links' too). */
export const MAX_ROWS = 30;

/** The planner before anything is chosen: the first city the page lists, employees, one empty stay. */
export function initialPlannerValues(city: CityId): PlannerValues {
  return { city, scheme: 'employee', member: membersOf('employee')[0] ?? '', admissions: [emptyStay()] };
}

/** Row indices in date order (undated rows last, ties in the person's order): the order the year is settled in. */
export function dateOrder(rows: readonly Pick<StayValues, 'date'>[]): number[] {
  return rows
    .map((r, i) => ({ date: r.date || '9999', i }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.i - b.i)
    .map((r) => r.i);
}
