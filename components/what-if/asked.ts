import { missingValues, type MissingValue } from '@/lib/overrides';
import type { Grade, Version } from '@/lib/types';
import { startingEdit, type AppliedEdit, type EditIssue } from './edit-reading';
import { editKey, type Edit, type EditTarget } from './edits';

/**
 * The basic values no source gives for a benefit class and grade (lib/overrides missingValues),
 * as edits: the inputs that ask for them write the same edits the what-if editor does.
 */

export interface AskedValue {
  key: string;
  label: string;
  /** Why it is asked and where to find it. */
  note: string;
  /** What the inputs show: the person's edit, or where to start. */
  edit: Edit;
  issues: EditIssue[];
}

function targetOf(cls: string, grade: Grade, kind: MissingValue['kind']): EditTarget {
  switch (kind) {
    case 'deductible':
      return { kind: 'deductible', cls, grade: grade.id };
    case 'rates':
      return { kind: 'segments', cls, grade: grade.id };
    case 'fundCap':
      return { kind: 'coverage', cls };
  }
}

/** `nameGrade`: several grades are asked for at once, so each grade's values name it (the annual cap is the class's, named once). */
export function askedValues(
  version: Version,
  cls: string,
  grade: Grade,
  readings: ReadonlyMap<string, AppliedEdit>,
  nameGrade = false,
): AskedValue[] {
  return missingValues(version, cls, grade).map((m) => {
    const target = targetOf(cls, grade, m.kind);
    const key = editKey(version.id, target);
    const reading = readings.get(key);
    const label = nameGrade && target.kind !== 'coverage' ? `${grade.label}：${m.label}` : m.label;
    return { key, label, note: m.note, edit: reading?.edit ?? startingEdit(version, target), issues: reading?.issues ?? [] };
  });
}
