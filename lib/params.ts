import type { Document, Param } from './types';

/** Constructors for rule data, so a data file reads as value + source. */

export function official<T>(value: T, doc: Document, at: string, note?: string): Param<T> {
  return { value, level: 'official', cite: [{ doc, at }], note };
}

export function reported<T>(value: T, docs: Document | Document[], at: string, note?: string): Param<T> {
  const list = Array.isArray(docs) ? docs : [docs];
  return { value, level: 'reported', cite: list.map((doc) => ({ doc, at })), note };
}

/** A value no source gives. `note` says what is missing and where a person can find it. */
export function unknown<T>(note: string, cite: Param<T>['cite'] = []): Param<T> {
  return { value: null, level: 'unknown', cite, note };
}

/** The same param for each key, e.g. one deductible table shared by 在职 and 退休. */
export function each<K extends string, T>(keys: readonly K[], make: (key: K) => T): Record<K, T> {
  return Object.fromEntries(keys.map((k) => [k, make(k)])) as Record<K, T>;
}
