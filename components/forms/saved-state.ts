/**
 * A page's form kept on this device across a reload, Back and Forward, and a round trip to another page:
 * in sessionStorage, which stays in the browser tab (it is cleared when the tab is closed) and is never
 * sent anywhere. The address carries the choices only, as a share link does.
 *
 * Only storing lives here (it is in every page's first JavaScript); reading back goes through the
 * schema in saved-schema.ts, loaded with the page's runtime.
 */

/** Every page's key in sessionStorage starts with it. */
export const SAVED_PREFIX = 'yibao-estimate:';

/**
 * The format of a saved state. Change it whenever what a page saves changes shape: a state saved by
 * a release with another number is dropped, with a notice, instead of being restored, unless
 * saved-schema.ts brings that format to this one. 3: the estimator's earlier stays.
 */
export const SAVED_VERSION = 3;

/** Shown when a state is dropped. */
export const SAVED_NOTICE = '本页上次保存的内容无法读取（可能来自旧版本），已按默认设置打开。';

export interface Saved<V, E> {
  version: typeof SAVED_VERSION;
  /** The page's address (path and query) when it was saved: a state belongs to that address only. */
  address: string;
  values: V;
  extra: E;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    // Storage disabled (some in-app browsers' private modes): the page works, it only forgets on reload.
    return null;
  }
}

/** The text saved under `key` in this tab, as stored (null: nothing, or no storage). */
export function savedText(key: string): string | null {
  try {
    return storage()?.getItem(SAVED_PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

export function writeSaved<V, E>(key: string, saved: Omit<Saved<V, E>, 'version'>): void {
  try {
    storage()?.setItem(SAVED_PREFIX + key, JSON.stringify({ version: SAVED_VERSION, ...saved }));
  } catch {
    // Full or disabled: nothing else to do.
  }
}

/**
 * A page's state handed to another page by a link between them (the estimator's stay and its earlier ones
 * to the planner, and back): written in the format the other page saves, at the address the link opens,
 * and taken by that page once, before its own saved state and the link's '#'. It stays in this tab like
 * any saved state: the address carries the choices only.
 */
export function writeHandoff<V, E>(key: string, saved: Omit<Saved<V, E>, 'version'>): void {
  writeSaved(`handoff:${key}`, saved);
}

/** The state handed to page `key`, if any, forgotten as it is taken. */
export function takeHandoff(key: string): string | null {
  const text = savedText(`handoff:${key}`);
  if (text !== null) {
    try {
      storage()?.removeItem(`${SAVED_PREFIX}handoff:${key}`);
    } catch {
      // Disabled: nothing was stored.
    }
  }
  return text;
}

/** Forgets every page's state in this tab, this release's and any earlier one's (their keys share the prefix). */
export function clearSaved(): void {
  try {
    const store = storage();
    if (!store) return;
    const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter((k) => k?.startsWith(SAVED_PREFIX));
    for (const k of keys) store.removeItem(k!);
  } catch {
    // Disabled: there is nothing to clear.
  }
}
