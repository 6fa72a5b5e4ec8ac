import { editKey } from '@/lib/model/address';
import type { Benefit } from '@/lib/engine/benefit';
import type { Bill } from '@/lib/engine/bill';
import type { Missing } from '@/lib/model/tree';
import type { Version } from '@/lib/model/types';
import { benefitOf } from '@/components/forms/event';
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

/** One event's benefit and details. */
export interface AskingEvent {
  benefit: Benefit;
  bill: Partial<Bill>;
}

/**
 * What the events ask for, each parameter once. Each is named with the class and grade it applies to
 * (missingOf), so the same words never ask for two parameters.
 */
export function askedValues(version: Version, cls: string, events: readonly AskingEvent[], readings: ReadonlyMap<string, AppliedEdit>): AskedValue[] {
  const found = new Map<string, Missing>();
  for (const e of events) {
    for (const m of e.benefit.missing(version, cls, e.bill)) {
      const key = editKey(version.id, m.path);
      if (!found.has(key)) found.set(key, m);
    }
  }
  return [...found].map(([key, m]) => {
    const reading = readings.get(key);
    return {
      key,
      label: m.label,
      note: m.note,
      edit: reading?.edit ?? startingEdit(version.params.get(m.path)!),
      issues: reading?.issues ?? [],
      filled: reading?.applied ?? false,
    };
  });
}

/** The event as asking for values: its benefit's module and what the form holds of its bill. */
export function askingEvent(event: Partial<Bill>): AskingEvent {
  return { benefit: benefitOf(event.benefit), bill: event };
}
