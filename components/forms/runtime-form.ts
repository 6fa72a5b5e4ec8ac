'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  createFormControl,
  type DeepPartialSkipArrayKey,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  get,
  type Path,
  type PathValue,
  type Resolver,
  type UseFormRegister,
  type UseFormReturn,
} from 'react-hook-form';
import { useLazy } from '@/components/forms/lazy';
import type { SavedReader } from './saved-schema';
import { SAVED_NOTICE, savedText, takeHandoff, writeSaved } from './saved-state';

/** What a page's lazily loaded runtime gives its form. */
interface FormRuntime<V extends FieldValues, E> {
  resolver: Resolver<V>;
  today: () => string;
  /** Reads back what the page saved on this device: a schema, so it comes with the runtime. */
  readSaved: SavedReader<E>;
}

/** A shared link as a runtime reads it: the values it carries (null: keep the defaults), and why it was not followed. */
interface Link<V> {
  values: V | null;
  notice: string | null;
}

/**
 * What the page keeps on this device besides the form (its parameter edits), and its address for the
 * form as it is (the choices only; null keeps the address).
 */
export interface Keep<V, E, R> {
  key: string;
  extra: E;
  restore: (extra: E) => void;
  address?: (runtime: R, values: V, extra: E) => string | null;
}

/**
 * The form control with its values and errors as a store for useSyncExternalStore. Not useForm and
 * useWatch: useForm sets state in a layout effect on mount (isReady), which renders the whole page
 * again right after hydration; a store read at hydration as it was rendered on the server renders
 * only when a value or an error changes.
 */
function formStore<V extends FieldValues>(options: { defaultValues: DefaultValues<V>; resolver: Resolver<V> }) {
  const form = createFormControl<V>({ mode: 'onChange', ...options });
  let state = { values: form.getValues() as DeepPartialSkipArrayKey<V>, errors: form.getErrors() as FieldErrors<V> };
  const subscribe = (changed: () => void) => {
    // Mounted, as useForm marks it: until then a field registered keeps what was typed into the server's
    // HTML; after, it takes the form's value (a reset restoring a saved state among them).
    form.control._formState.isReady = true;
    const offValues = form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        state = { ...state, values: values as DeepPartialSkipArrayKey<V> };
        changed();
      },
    });
    const offErrors = form.subscribe({
      formState: { errors: true },
      callback: ({ errors = {} }) => {
        if (errors === state.errors) return;
        state = { ...state, errors };
        changed();
      },
    });
    return () => {
      offValues();
      offErrors();
    };
  };
  return { form, subscribe, snapshot: () => state };
}

/** A fragment with content: a link someone shared, with its amounts or details after '#'. */
const sharedFragment = (hash: string) => hash.replace(/^#/, '') !== '';

/**
 * A page's form, checked on every change by its runtime (validation lives with the engine, loaded after
 * the first paint; resolvers are async anyway). Once the runtime is here the form starts from, in order:
 * a state handed over by the link from another page (saved-state.ts, writeHandoff); a shared link's fragment (then taken out of the address, so a reload does not bring it back over later
 * changes); the state saved on this device at this address, if this release can read it (if not, a
 * notice says it was dropped); the link's query; the defaults. Today's date
 * (in China, in the browser: the page was built on another day) fills the empty dates.
 */
export function useRuntimeForm<V extends FieldValues, R extends FormRuntime<V, E>, L extends Link<V>, E = undefined>({
  load,
  defaultValues,
  readLink,
  onLink,
  datePaths,
  keep,
  lists,
}: {
  load: () => Promise<R>;
  defaultValues: DefaultValues<V>;
  readLink: (runtime: R, search: string, hash: string) => L;
  /** Takes what else the link carries. */
  onLink?: (link: L) => void;
  /** The date fields that start at today when empty (a row added before the runtime came has none yet). */
  datePaths: (values: V) => readonly Path<V>[];
  keep?: Keep<V, E, R>;
  /** The form's lists (useFieldArray), by field: a restored list of another length gains or loses rows through them. */
  lists?: () => Record<string, ListRows>;
}) {
  const [{ form, subscribe, snapshot }] = useState(() =>
    formStore<V>({ defaultValues, resolver: async (values, context, options) => (await load()).resolver(values, context, options) }),
  );
  const { values, errors } = useSyncExternalStore(subscribe, snapshot, snapshot);
  const [notice, setNotice] = useState<string | null>(null);
  const { runtime, failed } = useLazy(load, (r) => {
    const { pathname, search, hash } = window.location;
    // What the person typed or chose before the runtime came, into the server's form or the hydrated one: it
    // is their latest word, so it goes back over a restored state or a link's values (below).
    const typed = changedFrom(defaultValues, form.getValues());
    // A state handed over by the link just followed comes first; one for another address is not this page's.
    const handed = keep ? r.readSaved(takeHandoff(keep.key), pathname + search, defaultValues as V) : null;
    const reading =
      handed && handed.kind !== 'none' ? handed : keep && !sharedFragment(hash) ? r.readSaved(savedText(keep.key), pathname + search, defaultValues as V) : null;
    if (reading?.kind === 'saved') {
      restore(form, reading.saved.values, lists?.());
      keep!.restore(reading.saved.extra);
    } else {
      const link = readLink(r, search, hash);
      if (link.values) restore(form, link.values, lists?.());
      onLink?.(link);
      // A state this release cannot read is said so once; the effect below saves the form as it now is over it.
      setNotice([reading?.kind === 'dropped' ? SAVED_NOTICE : null, link.notice].filter(Boolean).join(' ') || null);
    }
    for (const [path, value] of typed) form.setValue(path as Path<V>, value as PathValue<V, Path<V>>);
    if (keep && sharedFragment(hash)) window.history.replaceState(window.history.state, '', pathname + search);
    for (const path of datePaths(form.getValues())) if (!form.getValues(path)) form.setValue(path, r.today() as PathValue<V, Path<V>>);
  });

  // Saved once the runtime has restored what there was: before, the defaults would overwrite it.
  const extra = keep?.extra;
  useEffect(() => {
    if (!keep || !runtime) return;
    const current = form.getValues();
    const address = keep.address?.(runtime, current, keep.extra);
    if (address && address !== window.location.pathname + window.location.search) window.history.replaceState(window.history.state, '', address);
    writeSaved(keep.key, { values: current, extra: keep.extra, address: window.location.pathname + window.location.search });
    // `keep` is a new object each render; what it saves is `values` and `extra`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runtime, values, extra]);

  const [register] = useState(() => withDefaults(form, defaultValues));
  return { ...form, register, errors, values, notice, runtime, failed };
}

/** A list's own row operations (useFieldArray's), which keep the keys of the rows that stay. */
export interface ListRows {
  // never[]: a list takes rows of its own type; the rows restored here have passed the form's schema.
  append: (rows: never[], options: { shouldFocus: false }) => void;
  remove: (indexes: number[]) => void;
}

/**
 * Puts a restored state into the form over the fields as they are. Not a reset: that gives each row of a list
 * (useFieldArray) a new key, so every field of the rows would be a new element, and a person in one of them
 * would lose it and what they were typing. A list's rows are set in place; rows it gains or loses go through its
 * own operations (a list without them is set whole). The fields keep their registration: registered anew, a
 * radio the server's HTML checked (its default) would be read back over the value restored.
 */
function restore<V extends FieldValues>(form: Pick<UseFormReturn<V>, 'getValues' | 'setValue'>, values: V, lists: Record<string, ListRows> = {}) {
  for (const [key, value] of Object.entries(values)) {
    const current: unknown = form.getValues(key as Path<V>);
    const list = lists[key];
    if (Array.isArray(value) && Array.isArray(current) && (list || value.length === current.length)) {
      value.slice(0, current.length).forEach((row, i) => form.setValue(`${key}.${i}` as Path<V>, row as PathValue<V, Path<V>>));
      if (value.length > current.length) list!.append(value.slice(current.length) as never[], { shouldFocus: false });
      if (value.length < current.length) list!.remove(current.map((_, i) => i).slice(value.length));
    } else form.setValue(key as Path<V>, value as PathValue<V, Path<V>>);
  }
}

/**
 * The fields whose value is not their default, as [path, value]: walked along the defaults, so a list goes
 * as far as its default rows (the ones the server's form shows; the planner's first event is its row 1).
 */
function changedFrom(defaults: unknown, values: unknown, path = ''): [string, unknown][] {
  if (defaults !== null && typeof defaults === 'object') {
    const within = (values ?? {}) as Record<string, unknown>;
    return Object.entries(defaults).flatMap(([key, value]) => changedFrom(value, within[key], path ? `${path}.${key}` : key));
  }
  return values !== undefined && values !== defaults ? [[path, values]] : [];
}

/**
 * Each field's default written into the server's HTML (a <select>'s selected option, an input's value, a
 * radio group's checked button), so that before the JavaScript runs a preset page shows its own city and
 * scheme, not the first of each list. Only until the form is ready (hydrated): a field that appears later
 * takes the form's value as it registers, where a checked default would be read back over it.
 * Text only: a checkbox's default is its checked state, which the form sets.
 * What was typed or chosen before then is the form's as it registers the field: react-hook-form reads back
 * typed text and a changed <select>, but of a radio group only the button checked by default (and, that
 * one unchecked, nothing), so a button chosen before is set again once registered.
 */
function withDefaults<V extends FieldValues>(form: Pick<UseFormReturn<V>, 'register' | 'setValue' | 'control'>, defaults: DefaultValues<V>): UseFormRegister<V> {
  return (name, options) => {
    const registration = form.register(name, options);
    if (form.control._formState.isReady) return registration;
    const value: unknown = get(defaults, name);
    return {
      ...registration,
      ...(typeof value === 'string' ? { defaultValue: value } : {}),
      ref: (element: HTMLInputElement | null) => {
        const chosen = element?.type === 'radio' && element.checked && !element.defaultChecked;
        registration.ref(element);
        if (chosen) form.setValue(name, element.value as PathValue<V, typeof name>);
      },
    };
  };
}
