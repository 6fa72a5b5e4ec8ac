'use client';

import { startTransition, useEffect, useEffectEvent, useState } from 'react';

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

/** A new task: the browser may paint and take input before the next step (scheduler.yield where there is one). */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * What every runtime is built on, heaviest first, each fetched and evaluated in a task of its own: a
 * runtime's chunk evaluated at once is one long task (zod, decimal.js, the rules of every city, the
 * engine and the form's schemas: ~450 ms at 4× CPU), during which the page takes no input.
 */
const FOUNDATIONS: (() => Promise<unknown>)[] = [
  () => import('./zod-config'),
  () => import('@/lib/base/money'),
  () => import('@/lib/rules'),
  () => import('./form-schema'),
];

/**
 * A page's runtime with the parts of the page shown only from its answers (results, the what-if editor's
 * rows, sharing): the foundations, the runtime, what the runtime asks to have ready before its first
 * render (e.g. the rule books it shows, which are built on first use), then the parts, each in its own task.
 */
export function lazilyWithUi<R, U>(runtime: () => Promise<R>, ui: () => Promise<U>, ready: (runtime: R) => (() => unknown)[] = () => []): () => Promise<R & { ui: U }> {
  return lazily(async () => {
    for (const step of FOUNDATIONS) {
      await step();
      await nextTask();
    }
    const r = await runtime();
    await nextTask();
    for (const step of ready(r)) {
      step();
      await nextTask();
    }
    const u = await ui();
    await nextTask();
    return { ...r, ui: u };
  });
}

/** The module once loaded (null before), and whether loading failed; `onLoad` runs first, e.g. to read a shared link. */
export function useLazy<T>(load: () => Promise<T>, onLoad?: (runtime: T) => void): { runtime: T | null; failed: boolean } {
  const [state, setState] = useState<{ runtime: T | null; failed: boolean }>({ runtime: null, failed: false });
  const loaded = useEffectEvent((runtime: T) => {
    onLoad?.(runtime);
    // A transition: the page's first render with the runtime (its result, its fields) yields to input.
    startTransition(() => setState({ runtime, failed: false }));
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
