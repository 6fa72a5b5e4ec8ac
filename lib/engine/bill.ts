import { ZERO, type Dec } from '../base/money';
import type { Facility, HospitalLevel } from '../model/types';

/** What a person was billed for one event of the year: when, where, and the settlement slip's first three lines. */
export interface Bill {
  /** The benefit that settles it: a module's id (lib/benefits); inpatient when not given. */
  benefit?: string;
  date: string;
  hospitalLevel: HospitalLevel;
  facility?: Facility;
  totalCost: Dec;
  outOfScope: Dec;
  selfPayFirst: Dec;
}

/** A bill from parsed amounts, the parts a person may leave out counting as 0. */
export function billOf(b: Omit<Bill, 'outOfScope' | 'selfPayFirst'> & { outOfScope?: Dec; selfPayFirst?: Dec }): Bill {
  return {
    ...(b.benefit ? { benefit: b.benefit } : {}),
    date: b.date,
    hospitalLevel: b.hospitalLevel,
    ...(b.facility ? { facility: b.facility } : {}),
    totalCost: b.totalCost,
    outOfScope: b.outOfScope ?? ZERO,
    selfPayFirst: b.selfPayFirst ?? ZERO,
  };
}
