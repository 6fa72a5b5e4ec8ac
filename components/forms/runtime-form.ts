'use client';

import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch, type DefaultValues, type FieldValues, type Path, type PathValue, type Resolver } from 'react-hook-form';
import { useLazy } from '@/components/forms/lazy';
import { readSaved, writeSaved } from './saved-state';

/** What a page's lazily loaded runtime gives its form. */
interface FormRuntime<V extends FieldValues> {
  resolver: Resolver<V>;
  today: () => string;
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

/** A fragment with content: a link someone shared, with its amounts or details after '#'. */
const sharedFragment = (hash: string) => hash.replace(/^#/, '') !== '';

/**
 * A page's form, checked on every change by its runtime (validation lives with the engine, loaded after
 * the first paint; resolvers are async anyway). Once the runtime is here the form starts from, in order:
 * a shared link's fragment (then taken out of the address, so a reload does not bring it back over later
 * changes); the state saved on this device at this address; the link's query; the defaults. Today's date
 * (in China, in the browser: the page was built on another day) fills an empty date.
 */
export function useRuntimeForm<V extends FieldValues, R extends FormRuntime<V>, L extends Link<V>, E = undefined>({
  load,
  defaultValues,
  readLink,
  onLink,
  datePath,
  keep,
}: {
  load: () => Promise<R>;
  defaultValues: DefaultValues<V>;
  readLink: (runtime: R, search: string, hash: string) => L;
  /** Takes what else the link carries. */
  onLink?: (link: L) => void;
  /** The field that starts at today. */
  datePath: Path<V>;
  keep?: Keep<V, E, R>;
}) {
  const resolver = useMemo<Resolver<V>>(() => async (values, context, options) => (await load()).resolver(values, context, options), [load]);
  const form = useForm<V>({ mode: 'onChange', defaultValues, resolver });
  const values = useWatch({ control: form.control });
  const [notice, setNotice] = useState<string | null>(null);
  const { runtime, failed } = useLazy(load, (r) => {
    const { pathname, search, hash } = window.location;
    const saved = keep && !sharedFragment(hash) ? readSaved<V, E>(keep.key, pathname + search, defaultValues as V) : null;
    if (saved) {
      form.reset(saved.values);
      keep!.restore(saved.extra);
    } else {
      const link = readLink(r, search, hash);
      if (link.values) form.reset(link.values);
      onLink?.(link);
      setNotice(link.notice);
    }
    if (keep && sharedFragment(hash)) window.history.replaceState(window.history.state, '', pathname + search);
    if (!form.getValues(datePath)) form.setValue(datePath, r.today() as PathValue<V, Path<V>>);
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

  return { ...form, errors: form.formState.errors, values, notice, runtime, failed };
}
