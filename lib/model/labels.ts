import type { EmployeeMember, HospitalLevel, MemberId, ResidentMember, SchemeId } from './types';

/** Chinese names of the choices every city shares, for the engine's messages, the CLI and the page. A city's own name is in its folder. */

export const SCHEME_LABELS: Record<SchemeId, string> = { employee: '职工医保', resident: '居民医保' };

export const EMPLOYEE_MEMBER_LABELS: Record<EmployeeMember, string> = {
  working: '在职',
  retired: '退休',
  flexible: '灵活就业',
};

export const RESIDENT_MEMBER_LABELS: Record<ResidentMember, string> = {
  'adult-tier1': '一档成人',
  'adult-tier2': '二档成人',
  minor: '未成年',
  student: '在校学生',
};

export const MEMBER_LABELS: Record<MemberId, string> = { ...EMPLOYEE_MEMBER_LABELS, ...RESIDENT_MEMBER_LABELS };

export const HOSPITAL_LEVEL_LABELS: Record<HospitalLevel, string> = { 1: '一级及以下', 2: '二级', 3: '三级' };

export const SCHEMES = Object.keys(SCHEME_LABELS) as SchemeId[];
export const EMPLOYEE_MEMBERS = Object.keys(EMPLOYEE_MEMBER_LABELS) as EmployeeMember[];
export const RESIDENT_MEMBERS = Object.keys(RESIDENT_MEMBER_LABELS) as ResidentMember[];
export const MEMBERS: MemberId[] = [...EMPLOYEE_MEMBERS, ...RESIDENT_MEMBERS];

export function membersOf(scheme: SchemeId): MemberId[] {
  return scheme === 'employee' ? EMPLOYEE_MEMBERS : RESIDENT_MEMBERS;
}
