import { editKey } from '@/lib/model/address';
import { missingInpatient } from '@/lib/benefits/inpatient';
import type { Grade, Version } from '@/lib/model/types';
import { startingEdit, type AppliedEdit, type EditIssue } from './edit-reading';
import type { Edit } from './edits';

/**
 * The basic values no source gives for a benefit class and grade (lib/model/tree missingInpatient),
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

/** `nameGrade`: several grades are asked for at once, so each grade's values name it (the annual cap is the class's, named once). */
export function askedValues(version: Version, cls: string, grade: Grade, readings: ReadonlyMap<string, AppliedEdit>, nameGrade = false): AskedValue[] {
  return missingInpatient(version, cls, grade.id).map((m) => {
    const key = editKey(version.id, m.path);
    const param = version.params.get(m.path)!;
    const reading = readings.get(key);
    const perGrade = m.path.startsWith('inpatient/');
    return {
      key,
      label: nameGrade && perGrade ? `${grade.label}：${m.label}` : m.label,
      note: m.note,
      edit: reading?.edit ?? startingEdit(param),
      issues: reading?.issues ?? [],
    };
  });
}
