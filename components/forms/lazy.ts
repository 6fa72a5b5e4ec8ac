'use client';

import { useEffect, useEffectEvent, useState } from 'react';

/**
 * The engine, the rule data and each page's schemas are fetched with import() after the page's first
 * paint (a separate chunk), so the form shows at once and the first JavaScript stays small.
 */

/** A module fetched on first use and shared; a failed fetch may succeed on the next try. */
export function lazily<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}

/**
 * A page's runtime with the parts of the page shown only from its answers (results, the what-if editor's
 * rows, sharing): two chunks fetched side by side, evaluated each in its own task, taken together.
 */
export function lazilyWithUi<R, U>(runtime: () => Promise<R>, ui: () => Promise<U>): () => Promise<R & { ui: U }> {
  return lazily(async () => {
    const [r, u] = await Promise.all([runtime(), ui()]);
    return { ...r, ui: u };
  });
}

/** The module once loaded (null before), and whether loading failed; `onLoad` runs first, e.g. to read a shared link. */
export function useLazy<T>(load: () => Promise<T>, onLoad?: (runtime: T) => void): { runtime: T | null; failed: boolean } {
  const [state, setState] = useState<{ runtime: T | null; failed: boolean }>({ runtime: null, failed: false });
  const loaded = useEffectEvent((runtime: T) => {
    onLoad?.(runtime);
    setState({ runtime, failed: false });
  });
  useEffect(() => {
    let live = true;
    load().then(
      (runtime) => live && loaded(runtime),
      () => live && setState({ runtime: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}
