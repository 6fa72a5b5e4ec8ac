import { ZERO, type Dec } from '../base/money';
import type { AwayMode, ChronicClass, ChronicDisease, ChronicGroup, ChronicItem, MaternityEvent } from '../model/claim-rules';
import type { Facility, HospitalLevel } from '../model/types';

/**
 * What a person was billed for one event of the year: which benefit settles it, when, where, the
 * settlement slip's first three lines, and what that benefit needs to know about the event.
 */
export interface Bill {
  /** The benefit that settles it: a module's id (lib/benefits); inpatient when not given. */
  benefit?: string;
  date: string;
  /** The hospital's grade, for the benefits whose rules depend on it. */
  hospitalLevel?: HospitalLevel;
  facility?: Facility;
  totalCost: Dec;
  outOfScope: Dec;
  selfPayFirst: Dec;
  /** Treated outside the city (异地就医); at home when not given. */
  away?: AwayMode;
  chronicClass?: ChronicClass;
  chronicItem?: ChronicItem;
  chronicGroup?: ChronicGroup;
  chronicDisease?: ChronicDisease;
  maternityEvent?: MaternityEvent;
}

/** A bill from parsed amounts, the parts a person may leave out counting as 0. */
export function billOf(b: Omit<Bill, 'outOfScope' | 'selfPayFirst'> & { outOfScope?: Dec; selfPayFirst?: Dec }): Bill {
  const bill: Bill = { date: b.date, totalCost: b.totalCost, outOfScope: b.outOfScope ?? ZERO, selfPayFirst: b.selfPayFirst ?? ZERO };
  for (const key of ['benefit', 'hospitalLevel', 'facility', 'away', 'chronicClass', 'chronicItem', 'chronicGroup', 'chronicDisease', 'maternityEvent'] as const) {
    if (b[key] !== undefined) (bill as unknown as Record<string, unknown>)[key] = b[key];
  }
  return bill;
}
