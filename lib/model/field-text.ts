import { entry, EVENT_FIELD_KEYS, EVENT_FIELDS, type EventDetails, type EventFieldKey, type EventFieldValue } from './fields';

/**
 * The fields of lib/model/fields.ts read from what a page holds: a form's select or checkbox, a link's
 * query or fragment. Only the pages' runtimes read these, so this stays out of the pages' first JavaScript.
 */

/** The fields that a link carries after '#' only: all but the hospital's grade. */
export type MedicalFieldKey = { [K in EventFieldKey]: (typeof EVENT_FIELDS)[K]['medical'] extends true ? K : never }[EventFieldKey];
export const MEDICAL_FIELD_KEYS = EVENT_FIELD_KEYS.filter((k): k is MedicalFieldKey => EVENT_FIELDS[k].medical);

/** A choice from its text (a link's, a form's select's): undefined for text that names none. */
export function readChoice<K extends EventFieldKey>(key: K, text: string | undefined): EventFieldValue<K> | undefined {
  return entry(key).values.find((v) => String(v) === text) as EventFieldValue<K> | undefined;
}

/** A choice as a form holds it, read: a select's text, a checkbox's state (checked: its one value); undefined for none. */
export function choiceOf<K extends EventFieldKey>(key: K, held: string | boolean | undefined): EventFieldValue<K> | undefined {
  if (typeof held === 'boolean') return held && entry(key).input === 'checkbox' ? (entry(key).values[0] as EventFieldValue<K>) : undefined;
  return readChoice(key, held);
}

/** The details a form holds, read into choices: what is chosen and names a choice, nothing else. */
export function detailsOfHeld(held: Partial<Record<EventFieldKey, string | boolean>>): EventDetails {
  const details: Record<string, string | number> = {};
  for (const key of EVENT_FIELD_KEYS) {
    const value = choiceOf(key, held[key]);
    if (value !== undefined) details[key] = value;
  }
  return details as EventDetails;
}
