import type { FieldSpec } from '../engine/benefit';
import type { Bill } from '../engine/bill';
import { choicesOfField } from '../model/fields';
import type { Version } from '../model/types';
import { facilityChoices } from '../model/version';

/** The fields several benefits ask for in the same words: where the bill was run up. */

/** 医院等级, and the version's level-1 variants once 一级及以下 is chosen. */
export function gradeFields(version: Version, bill: Partial<Bill>): FieldSpec[] {
  const facilities = bill.hospitalLevel === 1 ? facilityChoices(version) : [];
  return [
    { field: 'hospitalLevel', required: true, choices: choicesOfField('hospitalLevel') },
    ...(facilities.length ? [{ field: 'facility' as const, required: false, choices: facilities }] : []),
  ];
}

/** 就医地: every mode is offered; a version that gives no rule for one says so when it is chosen. */
export const AWAY_FIELD: FieldSpec = { field: 'away', required: false, choices: choicesOfField('away') };
