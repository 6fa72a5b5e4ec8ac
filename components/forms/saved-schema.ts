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
 * array's items as its first item, at least one where the model has one.
 */
export function shapeOf(model: unknown): z.ZodMiniType {
  if (Array.isArray(model)) return z.array(shapeOf(model[0])).check(z.minLength(Math.min(model.length, 1)));
  if (model === null) return z.null();
  switch (typeof model) {
    case 'object':
      return z.strictObject(Object.fromEntries(Object.entries(model).map(([k, v]) => [k, shapeOf(v)])));
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

/** A page's reader of its saved state, given the schema of what it keeps besides the form (`extra`). */
export function savedReader<E>(extra: z.ZodMiniType<E>): SavedReader<E> {
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
    const schema = z.strictObject({ version: z.literal(SAVED_VERSION), address: z.string(), values: shapeOf(defaults), extra });
    const parsed = schema.safeParse(data);
    return parsed.success ? { kind: 'saved', saved: parsed.data as Saved<V, E> } : { kind: 'dropped' };
  };
}

/** For a page that keeps nothing besides its form. */
export const readFormOnly = savedReader(z.optional(z.undefined()));
