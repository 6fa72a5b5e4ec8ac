import { editKey } from '@/lib/model/address';
import type { Benefit } from '@/lib/engine/benefit';
import type { Bill } from '@/lib/engine/bill';
import type { Version } from '@/lib/model/types';
import { startingEdit, type AppliedEdit, type EditIssue } from './edit-reading';
import type { Edit } from './edits';

/**
 * The values no source gives that an event would be settled by (each benefit module says which:
 * Benefit.missing), as edits: the inputs that ask for them write the same edits the what-if editor does.
 */

export interface AskedValue {
  key: string;
  label: string;
  /** Why it is asked and where to find it. */
  note: string;
  /** What the inputs show: the person's edit, or where to start. */
  edit: Edit;
  issues: EditIssue[];
  /** A value is typed in full and fits the parameter. */
  filled: boolean;
}

/** One event's benefit and details, with the words that tell it apart from the year's other events (its grade, or its benefit). */
export interface AskingEvent {
  benefit: Benefit;
  bill: Partial<Bill>;
  name: string;
}

/**
 * What the events ask for, each parameter once. Where two events ask for different parameters under
 * the same words (a deductible at two grades), each is named after its event.
 */
export function askedValues(version: Version, cls: string, events: readonly AskingEvent[], readings: ReadonlyMap<string, AppliedEdit>): AskedValue[] {
  const found = new Map<string, { label: string; note: string; path: string; name: string }>();
  for (const e of events) {
    for (const m of e.benefit.missing(version, cls, e.bill)) {
      const key = editKey(version.id, m.path);
      if (!found.has(key)) found.set(key, { ...m, name: e.name });
    }
  }
  const labels = [...found.values()].map((m) => m.label);
  return [...found].map(([key, m]) => {
    const reading = readings.get(key);
    const shared = labels.indexOf(m.label) !== labels.lastIndexOf(m.label);
    return {
      key,
      label: shared ? `${m.name}：${m.label}` : m.label,
      note: m.note,
      edit: reading?.edit ?? startingEdit(version.params.get(m.path)!),
      issues: reading?.issues ?? [],
      filled: reading?.applied ?? false,
    };
  });
}
