/**
 * A page's form kept on this device across a reload, Back and Forward, and a round trip to another page:
 * in sessionStorage, which stays in the browser tab (it is cleared when the tab is closed) and is never
 * sent anywhere. The address carries the choices only, as a share link does.
 */

const PREFIX = 'yibao-estimate:v1:';

export interface Saved<V, E> {
  values: V;
  extra: E;
  /** The page's address (path and query) when it was saved: a state belongs to that address only. */
  address: string;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    // Storage disabled (some in-app browsers' private modes): the page works, it only forgets on reload.
    return null;
  }
}

/**
 * The state saved under `key` for this address (a reload, Back or Forward comes back to the address the
 * page last wrote; another link opened in the tab has its own), if its form has the shape of `defaults`
 * (a state saved by an older page is dropped).
 */
export function readSaved<V, E>(key: string, address: string, defaults: V): Saved<V, E> | null {
  try {
    const text = storage()?.getItem(PREFIX + key);
    if (!text) return null;
    const saved = JSON.parse(text) as Saved<V, E>;
    return saved?.address === address && sameShape(defaults, saved.values) ? saved : null;
  } catch {
    return null;
  }
}

export function writeSaved<V, E>(key: string, saved: Saved<V, E>): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(saved));
  } catch {
    // Full or disabled: nothing else to do.
  }
}

/** Whether `value` has the keys and kinds of `model`; an array's items are checked against the model's first item. */
export function sameShape(model: unknown, value: unknown): boolean {
  if (Array.isArray(model)) {
    return Array.isArray(value) && (model.length === 0 || value.every((item) => sameShape(model[0], item)));
  }
  if (model !== null && typeof model === 'object') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    const keys = Object.keys(model);
    return keys.length === Object.keys(value).length && keys.every((k) => sameShape((model as Record<string, unknown>)[k], (value as Record<string, unknown>)[k]));
  }
  return typeof model === typeof value;
}
