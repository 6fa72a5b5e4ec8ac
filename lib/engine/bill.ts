import { ZERO, type Dec } from '../base/money';
import { EVENT_FIELD_KEYS, type EventDetails } from '../model/fields';

/**
 * What a person was billed for one event of the year: which benefit settles it, when, where, the
 * settlement slip's first three lines, and what that benefit needs to know about the event: its
 * details (the hospital's grade, treated out of town…), each as lib/model/fields.ts defines it.
 */
export interface Bill extends EventDetails {
  /** The benefit that settles it: a module's id (lib/benefits); inpatient when not given. */
  benefit?: string;
  date: string;
  totalCost: Dec;
  outOfScope: Dec;
  selfPayFirst: Dec;
}

/**
 * An event as every reader of a claim gives it, once its text is parsed: the CLI's JSON, a page's form,
 * a planner row. The parts a person may leave out are absent.
 */
export type ClaimEvent = Omit<Bill, 'outOfScope' | 'selfPayFirst'> & { outOfScope?: Dec; selfPayFirst?: Dec };

/** A bill from a parsed event, the parts a person may leave out counting as 0. */
export function billOf(b: ClaimEvent): Bill {
  const bill: Bill = { date: b.date, totalCost: b.totalCost, outOfScope: b.outOfScope ?? ZERO, selfPayFirst: b.selfPayFirst ?? ZERO };
  for (const key of ['benefit', ...EVENT_FIELD_KEYS] as const) {
    if (b[key] !== undefined) (bill as unknown as Record<string, unknown>)[key] = b[key];
  }
  return bill;
}
