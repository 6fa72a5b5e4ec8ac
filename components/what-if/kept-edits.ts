// Must stay first: see zod-config.ts.
import '@/components/forms/zod-config';
import * as z from 'zod/mini';
import type { Edit, Edits } from './edits';

/**
 * The schema of the edits a page keeps on this device beside its form (see forms/saved-schema.ts):
 * each edit as typed, by shape, every text a string; and which of them came with a shared link.
 * Whether an edit names a parameter of the version in force is not checked here: the engine skips
 * one that does not (edit-reading.ts applyEdits).
 */

const text = z.string();
const rows = <S extends Record<string, z.ZodMiniString>>(row: S) => z.array(z.strictObject(row));

const edit: z.ZodMiniType<Edit> = z.discriminatedUnion('shape', [
  z.strictObject({ shape: z.literal('amount'), amount: text }),
  z.strictObject({ shape: z.literal('rate'), rate: text }),
  z.strictObject({ shape: z.literal('segments'), rows: rows({ upTo: text, rate: text }) }),
  z.strictObject({ shape: z.literal('bands'), rows: rows({ from: text, upTo: text, rate: text }) }),
  z.strictObject({ shape: z.literal('repeat'), rows: rows({ from: text, percent: text, amount: text }) }),
  z.strictObject({ shape: z.literal('choice'), choice: text }),
]);

export interface KeptEdits {
  edits: Edits;
  fromLink: readonly string[];
}

export const keptEdits: z.ZodMiniType<KeptEdits> = z.strictObject({ edits: z.record(z.string(), edit), fromLink: z.array(z.string()) });
