import type { EmployeeMember, ResidentMember } from '@/lib/model/types';
import { emptyEvent, type AdmissionValues } from '@/components/forms/form-values';

/** What the comparison's form holds, as typed: one bill, and a member type for each scheme. */
export interface CompareValues extends AdmissionValues {
  employee: EmployeeMember;
  resident: ResidentMember;
}

export function initialCompareValues(): CompareValues {
  return { employee: 'working', resident: 'adult-tier1', admission: '1', ...emptyEvent() };
}
