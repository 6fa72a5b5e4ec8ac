import { EstimateError } from '../base/errors';
import { PATHS } from './address';
import { MEMBER_LABELS } from './labels';
import { standInClass } from './resolve';
import type { Facility, Grade, HospitalLevel, MemberId, Param, ShapeValues, Version } from './types';

/** Reading a resolved version: a parameter by path, the class of a member type, the grade of a hospital. */

/** A parameter of this shape at this path; undefined where the version has no such parameter (or one of another shape). */
export function paramAt<S extends keyof ShapeValues>(version: Version, path: string, shape: S): Param<ShapeValues[S]> | undefined {
  const param = version.params.get(path);
  return param?.shape === shape ? (param as Param<ShapeValues[S]>) : undefined;
}

export interface ClassRef {
  id: string;
  label: string;
  /** The member type's mapping to this class (with its citations, or why it is unknown). */
  mapping: Param<string>;
  /** No source says which class the member type gets: this class stands in, every value unknown. */
  standIn: boolean;
}

/** The benefit class of a member type; a stand-in class of its own when no source says which applies. */
export function classOf(version: Version, member: MemberId): ClassRef {
  const mapping = paramAt(version, PATHS.member(member), 'choice');
  if (!mapping) {
    throw new EstimateError('invalid-input', `“${version.title}”没有“${MEMBER_LABELS[member]}”这一人员类别。`, { member });
  }
  if (mapping.value === null) return { ...standInClass(member), mapping, standIn: true };
  const found = version.classes.find((c) => c.id === mapping.value);
  return { id: mapping.value, label: found?.label ?? MEMBER_LABELS[member], mapping, standIn: false };
}

/** The grade a hospital level (and facility, for level-1 variants) selects in this version. */
export function gradeOf(version: Version, bill: { hospitalLevel?: HospitalLevel; facility?: Facility }): Grade {
  if (bill.hospitalLevel === undefined) throw new EstimateError('invalid-input', '请填写医院等级（hospitalLevel）：这项待遇的标准按医院等级区分。', { field: 'hospitalLevel' });
  const ofLevel = version.grades.filter((g) => g.level === bill.hospitalLevel);
  const chosen = bill.facility ? ofLevel.find((g) => g.facility === bill.facility) : undefined;
  const grade = chosen ?? ofLevel.find((g) => !g.facility);
  if (!grade) throw new EstimateError('invalid-input', `“${version.title}”没有该医院等级。`, { hospitalLevel: bill.hospitalLevel });
  return grade;
}

/** The level-1 variants of a version, as choices ('' = the level's default grade); empty when it has none. */
export function facilityChoices(version: Version): { value: '' | Facility; label: string }[] {
  const levelOne = version.grades.filter((g) => g.level === 1);
  return levelOne.some((g) => g.facility) ? levelOne.map((g) => ({ value: g.facility ?? '', label: g.label })) : [];
}

const MEMOS = new WeakMap<Version, Map<string, unknown>>();

/**
 * Something read off a version once and kept with it, e.g. the parameters one class at one grade
 * settles by. Versions never change (overrides make new ones), so what is read stays true.
 */
export function memoOf<T>(version: Version, key: string, make: () => T): T {
  let memo = MEMOS.get(version);
  if (!memo) MEMOS.set(version, (memo = new Map()));
  if (!memo.has(key)) memo.set(key, make());
  return memo.get(key) as T;
}
