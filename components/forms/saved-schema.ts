// Must stay first: see zod-config.ts.
import '@/components/forms/zod-config';
import * as z from 'zod/mini';
import { SAVED_VERSION, type Saved } from './saved-state';

/**
 * The one way back from a saved state to a page: its text through a schema of this release's format.
 * A state saved by another release, or damaged, is dropped rather than restored (restoring what the
 * page does not expect broke it on every reload until the tab was closed).
 */

/** What the page finds: its state, nothing for it (nothing saved, or saved at another address), or a state it drops. */
export type SavedReading<V, E> = { kind: 'saved'; saved: Saved<V, E> } | { kind: 'none' } | { kind: 'dropped' };

export type SavedReader<E> = <V>(text: string | null, address: string, defaults: V) => SavedReading<V, E>;

/**
 * The schema of a form holding what `model` holds: the same keys with values of the same kinds (a
 * select's value and a text field's are both strings: what they say, the form's resolver checks); an
 * array's items as its first item, at least one where the model has one. An array the model holds
 * empty (rows the person adds, none at first) has its items as `rows` gives them under its key.
 */
export function shapeOf(model: unknown, rows: Record<string, unknown> = {}): z.ZodMiniType {
  if (Array.isArray(model)) return z.array(shapeOf(model[0], rows)).check(z.minLength(Math.min(model.length, 1)));
  if (model === null) return z.null();
  switch (typeof model) {
    case 'object':
      return z.strictObject(
        Object.fromEntries(Object.entries(model).map(([k, v]) => [k, Array.isArray(v) && v.length === 0 && k in rows ? z.array(shapeOf(rows[k], rows)) : shapeOf(v, rows)])),
      );
    case 'string':
      return z.string();
    case 'boolean':
      return z.boolean();
    case 'number':
      return z.number();
    default:
      return z.undefined();
  }
}

/**
 * A state saved by an earlier format this release still reads, brought to this one. Format 2 is
 * format 3 without the estimator's earlier stays: it reads as having none typed.
 */
function migrated(data: unknown, defaults: unknown): unknown {
  const saved = data as { version?: unknown; values?: unknown } | null;
  if (saved?.version !== 2 || typeof saved.values !== 'object' || saved.values === null) return data;
  const added = typeof defaults === 'object' && defaults !== null && 'earlier' in defaults && !('earlier' in saved.values) ? { earlier: [] } : {};
  return { ...saved, version: SAVED_VERSION, values: { ...saved.values, ...added } };
}

/** A page's reader of its saved state, given the schema of what it keeps besides the form (`extra`) and the item of each list of rows its form starts without (see shapeOf). */
export function savedReader<E>(extra: z.ZodMiniType<E>, rows: Record<string, unknown> = {}): SavedReader<E> {
  return <V>(text: string | null, address: string, defaults: V): SavedReading<V, E> => {
    if (text === null) return { kind: 'none' };
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { kind: 'dropped' };
    }
    // Saved at another address (another city's page, another link opened in this tab): not this page's.
    const at = (data as { address?: unknown } | null)?.address;
    if (typeof at === 'string' && at !== address) return { kind: 'none' };
    const schema = z.strictObject({ version: z.literal(SAVED_VERSION), address: z.string(), values: shapeOf(defaults, rows), extra });
    const parsed = schema.safeParse(migrated(data, defaults));
    return parsed.success ? { kind: 'saved', saved: parsed.data as Saved<V, E> } : { kind: 'dropped' };
  };
}

/** For a page that keeps nothing besides its form. */
export const readFormOnly = savedReader(z.optional(z.undefined()));
