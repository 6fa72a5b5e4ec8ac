import type { EmployeeMember, Facility, ResidentMember } from '@/lib/model/types';
import { emptyEvent, type AdmissionValues } from '@/components/forms/form-values';

/** What the comparison's form holds, as typed: one bill, and a member type for each scheme. */
export interface CompareValues extends AdmissionValues {
  employee: EmployeeMember;
  resident: ResidentMember;
}

export function initialCompareValues(): CompareValues {
  return { employee: 'working', resident: 'adult-tier1', admission: '1', ...emptyEvent() };
}

/** The level-1 variants in words that fit every city (each version names its own; see lib/rules). */
export const FACILITY_LABELS: Record<'' | Facility, string> = {
  '': '一级医院（默认）',
  grassroots: '基层医疗机构（社区卫生服务中心、乡镇卫生院等）',
  'no-essential-drugs': '未实施基本药物制度的一级医院',
};
