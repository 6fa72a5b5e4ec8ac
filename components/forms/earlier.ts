import { amountMessage, readAmount, readCount } from '@/lib/base/amount-text';
import { ZERO, type Dec } from '@/lib/base/money';
import type { ClaimEvent } from '@/lib/engine/bill';
import { isAdmission, partsFit } from '@/lib/model/claim-rules';
import { choiceOf } from '@/lib/model/field-text';
import { INPATIENT } from '@/lib/model/fields';
import type { HospitalLevel } from '@/lib/model/types';
import { earlierLabel, MAX_EVENTS, type EarlierValues } from './form-values';

/**
 * The estimator's earlier stays of the year, read from their rows into the events the engine settles
 * before this stay, as the CLI's `earlier` gives them: a filled row is a stay of its total and 全自费 at
 * its grade (this stay's unless the row says), dated on this stay's day (the rows ask no date, so the
 * year's rules are this stay's). Rows left empty keep the assumption that those stays used none of the
 * year's limits. Loaded with the runtime: it reads amounts.
 */

/** How many earlier stays are asked for beside stay `admission`: one row each, while the year's form can hold them all. */
export function earlierRows(admission: number): number {
  return isAdmission(admission) && admission <= MAX_EVENTS ? admission - 1 : 0;
}

/** earlierRows of the form's text for 本年第几次住院; none while it is not a stay's number. */
export function earlierCount(admission: string | undefined): number {
  const n = readCount(admission ?? '');
  return n === null ? 0 : earlierRows(n);
}

/** An earlier stay as typed: its bill's amounts, and its grade where it is not this stay's. */
export interface EarlierStay {
  totalCost: Dec;
  outOfScope?: Dec;
  hospitalLevel?: HospitalLevel;
}

export interface EarlierProblem {
  /** 0-based row. */
  row: number;
  field: keyof EarlierValues;
  message: string;
}

/** The first `count` rows read: each a stay, or null where it is left empty; what cannot be read, in words, on its field. */
export function readEarlier(rows: readonly { totalCost?: string; outOfScope?: string; hospitalLevel?: string }[], count: number): { stays: (EarlierStay | null)[]; problems: EarlierProblem[] } {
  const stays: (EarlierStay | null)[] = [];
  const problems: EarlierProblem[] = [];
  for (let row = 0; row < count; row++) {
    const typed = rows[row] ?? {};
    const label = (field: keyof EarlierValues) => earlierLabel(row + 1, field);
    const total = readAmount(typed.totalCost ?? '');
    const out = readAmount(typed.outOfScope ?? '');
    if (total && 'problem' in total) problems.push({ row, field: 'totalCost', message: amountMessage(label('totalCost'), total.problem) });
    if (out && 'problem' in out) problems.push({ row, field: 'outOfScope', message: amountMessage(label('outOfScope'), out.problem) });
    if (!total && out) problems.push({ row, field: 'totalCost', message: `填写了${label('outOfScope')}，请同时填写${label('totalCost')}` });
    if (!total || 'problem' in total || (out && 'problem' in out)) {
      stays.push(null);
      continue;
    }
    const stay: EarlierStay = { totalCost: total.value, ...(out ? { outOfScope: out.value } : {}) };
    if (!partsFit(stay)) problems.push({ row, field: 'outOfScope', message: `${label('outOfScope')}不能超过${label('totalCost')}` });
    const level = choiceOf('hospitalLevel', typed.hospitalLevel ?? '');
    stays.push(level === undefined ? stay : { ...stay, hospitalLevel: level });
  }
  return { stays, problems };
}

/**
 * This stay's year as the engine takes it: the earlier stays typed, then this one. With none typed, this
 * stay alone at its place in the year (the engine assumes the stays before it used nothing); with some, an
 * empty row is a stay of nothing at this stay's grade, which uses nothing of the year's limits either.
 * `assumed`: some stay before this one is not typed.
 */
export function yearOfStay(current: ClaimEvent, admission: number, stays: readonly (EarlierStay | null)[]): { events: ClaimEvent[]; firstOrdinal: number; assumed: boolean } {
  const typed = stays.filter((s) => s !== null).length;
  if (typed === 0) return { events: [current], firstOrdinal: admission, assumed: admission > 1 };
  const asThis = { benefit: INPATIENT, date: current.date, hospitalLevel: current.hospitalLevel, ...(current.facility ? { facility: current.facility } : {}) };
  const events = stays.map((s): ClaimEvent => {
    if (!s) return { ...asThis, totalCost: ZERO };
    const { hospitalLevel, ...bill } = s;
    // A grade of its own names no level-1 variant: that stay's default grade.
    return hospitalLevel === undefined ? { ...asThis, ...bill } : { benefit: INPATIENT, date: current.date, hospitalLevel, ...bill };
  });
  return { events: [...events, current], firstOrdinal: admission - stays.length, assumed: typed < admission - 1 };
}
