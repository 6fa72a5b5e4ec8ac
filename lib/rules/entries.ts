import type { Dated, Document, Entry, Interpretation, Params } from '../model/types';

/** Constructors for rule data, so a data file reads as value + source. */

export function official<T>(value: T, doc: Document, at: string, note?: string): Entry<T> {
  return { value, level: 'official', cite: [{ doc, at }], ...(note ? { note } : {}) };
}

export function reported<T>(value: T, docs: Document | Document[], at: string, note?: string): Entry<T> {
  const list = Array.isArray(docs) ? docs : [docs];
  return { value, level: 'reported', cite: list.map((doc) => ({ doc, at })), ...(note ? { note } : {}) };
}

/** The same value resting on a second text too, e.g. the article that keeps a rate and the table that lists it. */
export function alsoCiting<T>(entry: Entry<T>, doc: Document, at: string): Entry<T> {
  return { ...entry, cite: [...entry.cite, { doc, at }] };
}

/** A value from a draft for comment (征求意见稿): cited, but not in force as written. */
export function draft<T>(value: T, doc: Document, at: string, note?: string): Entry<T> {
  return { value, level: 'draft', cite: [{ doc, at }], ...(note ? { note } : {}) };
}

/**
 * A value the sources imply without stating it, our reading shown as a 口径说明: it cites what it reads
 * (the text that covers the case without settling it), and is never shown as that text's own value.
 */
export function interpretation<T>(value: T, docs: Document | Document[], at: string, reading: Interpretation): Entry<T> {
  const list = Array.isArray(docs) ? docs : [docs];
  return { value, level: 'interpretation', cite: list.map((doc) => ({ doc, at })), note: `口径说明“${reading.title}”：${reading.text}` };
}

/** A value no source gives. `note` says what is missing and where a person can find it. */
export function unknown<T>(note: string, cite: Entry<T>['cite'] = []): Entry<T> {
  return { value: null, level: 'unknown', cite, note };
}

/** A value that takes effect later in its period: a new year is one dated entry. */
export function since<T>(from: string, entry: Entry<T>): Entry<T> {
  return { ...entry, from };
}

/** What a part of a period's parameters gives a path: one entry, or a dated list. */
export type Values<T = unknown> = Entry<T> | Dated<T>;

const listOf = (values: Values): Dated => ('value' in values ? [values] : values);
const firstDay = (e: Entry) => e.from ?? '';

/**
 * A period's parameters, each a dated list: the parts' entries for one path join into one list, oldest
 * first. A new year for one value is one more part, e.g.
 * `{ [PATHS.fund('tier2')]: since('2026-01-01', reported(230000, REPORT_2026, '2026年限额')) }`
 * (inside one part a path stands once: a second one spread into it would replace the first).
 */
export function dated(...parts: Readonly<Record<string, Values>>[]): Params {
  const lists: Record<string, Entry[]> = {};
  for (const part of parts) for (const [path, values] of Object.entries(part)) (lists[path] ??= []).push(...listOf(values));
  for (const list of Object.values(lists)) list.sort((a, b) => firstDay(a).localeCompare(firstDay(b)));
  return lists;
}

/** One dated list per key, e.g. one deductible table shared by 在职 and 退休, addressed by path. */
export function each<K extends string>(keys: readonly K[], path: (key: K) => string, make: (key: K) => Values): Params {
  return Object.fromEntries(keys.map((k) => [path(k), listOf(make(k))]));
}

/** One dated list per class × grade. */
export function grid<C extends string, G extends string>(classes: readonly C[], grades: readonly G[], path: (cls: C, grade: G) => string, make: (cls: C, grade: G) => Values): Params {
  return Object.fromEntries(classes.flatMap((c) => grades.map((g) => [path(c, g), listOf(make(c, g))])));
}
