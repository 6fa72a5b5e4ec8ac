import { membersOf } from '@/lib/model/labels';
import type { CityId, SchemeId } from '@/lib/model/types';
import { EMPTY_PERSON, emptyEvent, MAX_EVENTS, type EventValues, type PersonValues } from '@/components/forms/form-values';

/** What the planner's form holds, as typed: the choices, and the year's events of any benefit in the person's order. */

export interface PlannerValues extends PersonValues {
  city: CityId;
  scheme: SchemeId;
  member: string;
  events: EventValues[];
}

/** The planner's limit on a year's events (the share links' too). */
export const MAX_ROWS = MAX_EVENTS;

/** The planner before anything is chosen: the first city the page lists, employees, one empty stay in hospital. */
export function initialPlannerValues(city: CityId): PlannerValues {
  return { city, scheme: 'employee', member: membersOf('employee')[0] ?? '', ...EMPTY_PERSON, events: [emptyEvent()] };
}

/** Row indices in date order (undated rows last, ties in the person's order): the order the year is settled in. */
export function dateOrder(rows: readonly Pick<EventValues, 'date'>[]): number[] {
  return rows
    .map((r, i) => ({ date: r.date || '9999', i }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.i - b.i)
    .map((r) => r.i);
}
