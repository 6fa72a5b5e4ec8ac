import { amountMessage, readAmount, readCount } from '@/lib/base/amount-text';
import { ZERO, type Dec } from '@/lib/base/money';
import type { ClaimEvent } from '@/lib/engine/bill';
import { isAdmission, partsFit } from '@/lib/model/claim-rules';
import { choiceOf } from '@/lib/model/field-text';
import { EVENT_FIELD_KEYS, INPATIENT } from '@/lib/model/fields';
import type { HospitalLevel } from '@/lib/model/types';
import { EMPTY_EARLIER, earlierLabel, emptyEvent, MAX_EVENTS, type EarlierValues, type EventValues, type FormValues } from './form-values';

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

// ---------- between the estimator and the planner ----------

type Held = { [K in keyof EventValues]?: EventValues[K] };

/** An event as a form holds it, each field as held or as a new event starts. */
function eventValues(held: Held): EventValues {
  const event = emptyEvent();
  const keys = ['benefit', 'date', 'totalCost', 'outOfScope', 'selfPayFirst', ...EVENT_FIELD_KEYS] as const;
  return Object.fromEntries(keys.map((k) => [k, held[k] ?? event[k]])) as unknown as EventValues;
}

/**
 * The estimator's case as the planner's rows: a stay in hospital after the rows for the stays before it
 * (each on this stay's date, at its grade or this stay's; those left empty stay empty for the planner to
 * ask, so this stay keeps its place in the year), another event on its own.
 */
export function stayAsYear(values: Held & { admission?: string; earlier?: Partial<EarlierValues>[] }): EventValues[] {
  const event = eventValues(values);
  if (event.benefit !== INPATIENT) return [event];
  const rows = Array.from({ length: earlierCount(values.admission) }, (_, i) => ({ ...EMPTY_EARLIER, ...values.earlier?.[i] }));
  const earlier = rows.map((r) => ({
    ...emptyEvent(event.date),
    hospitalLevel: r.hospitalLevel || event.hospitalLevel,
    facility: r.hospitalLevel ? ('' as const) : event.facility,
    totalCost: r.totalCost,
    outOfScope: r.outOfScope,
  }));
  return [...earlier, event];
}

/**
 * The planner's year as the estimator's case: its latest event (`order`: the rows in date order); when that
 * is a stay in hospital, the stays before it as the rows and its place among them. An earlier stay's 先行自付
 * joins its 全自费, the row's one part outside the policy range: both leave the year's limits alike.
 */
export function yearAsStay(events: readonly Held[], order: readonly number[]): Pick<FormValues, 'admission' | 'earlier'> & EventValues {
  const last = eventValues(events[order.at(-1) ?? 0] ?? {});
  if (last.benefit !== INPATIENT) return { ...last, admission: '1', earlier: [] };
  const stays = order.slice(0, -1).map((i) => eventValues(events[i]!)).filter((e) => e.benefit === INPATIENT);
  const earlier = stays.map((e): EarlierValues => {
    const same = e.hospitalLevel === last.hospitalLevel && e.facility === last.facility;
    return { totalCost: e.totalCost, outOfScope: outsideRange(e.outOfScope, e.selfPayFirst), hospitalLevel: same ? '' : e.hospitalLevel };
  });
  return { ...last, admission: String(stays.length + 1), earlier };
}

/** 全自费 and 先行自付 together, as typed while either cannot be read (the estimator then says what is wrong). */
function outsideRange(outOfScope: string, selfPayFirst: string): string {
  const out = readAmount(outOfScope);
  const first = readAmount(selfPayFirst);
  if (!first || !('value' in first) || first.value.isZero()) return outOfScope;
  if (out && !('value' in out)) return outOfScope;
  return (out ? out.value.plus(first.value) : first.value).toFixed();
}
