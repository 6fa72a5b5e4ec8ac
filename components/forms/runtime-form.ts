'use client';

import { useMemo, useState } from 'react';
import { useForm, useWatch, type DefaultValues, type FieldValues, type Path, type PathValue, type Resolver } from 'react-hook-form';
import { useLazy } from '@/components/forms/lazy';

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
 * A page's form, checked on every change by its runtime (validation lives with the engine, loaded after
 * the first paint; resolvers are async anyway). Once the runtime is here: what a shared link carries,
 * then today's date (in China, in the browser: the page was built on another day) if the link gave none.
 */
export function useRuntimeForm<V extends FieldValues, R extends FormRuntime<V>, L extends Link<V>>({
  load,
  defaultValues,
  readLink,
  onLink,
  datePath,
}: {
  load: () => Promise<R>;
  defaultValues: DefaultValues<V>;
  readLink: (runtime: R, search: string, hash: string) => L;
  /** Takes what else the link carries. */
  onLink?: (link: L) => void;
  /** The field that starts at today. */
  datePath: Path<V>;
}) {
  const resolver = useMemo<Resolver<V>>(() => async (values, context, options) => (await load()).resolver(values, context, options), [load]);
  const form = useForm<V>({ mode: 'onChange', defaultValues, resolver });
  const values = useWatch({ control: form.control });
  const [notice, setNotice] = useState<string | null>(null);
  const { runtime, failed } = useLazy(load, (r) => {
    const link = readLink(r, window.location.search, window.location.hash);
    if (link.values) form.reset(link.values);
    onLink?.(link);
    setNotice(link.notice);
    if (!form.getValues(datePath)) form.setValue(datePath, r.today() as PathValue<V, Path<V>>);
  });
  return { ...form, errors: form.formState.errors, values, notice, runtime, failed };
}
