import type { Shape } from '@/lib/model/types';

/**
 * A person's edit of one policy parameter, as typed, by the parameter's shape. Edits of all pages
 * live in one record keyed by version and path (lib/model/address editKey), so the values asked for
 * an unknown parameter and the what-if editor's edits are the same thing. Reading the text into a
 * value is in edit-reading.ts, loaded with the engine.
 */

export interface SegmentRowText {
  /** 上限 in yuan; empty = no upper bound (last row only). */
  upTo: string;
  /** Percent, e.g. "85". */
  rate: string;
}

export interface BandRowText {
  from: string;
  upTo: string;
  rate: string;
}

export interface RepeatRowText {
  /** From the n-th admission of the year on. */
  from: string;
  /** Percent of the first admission's deductible... */
  percent: string;
  /** ...or a fixed amount in yuan. */
  amount: string;
}

export type Edit =
  | { shape: 'amount'; amount: string }
  | { shape: 'rate'; rate: string }
  | { shape: 'segments'; rows: SegmentRowText[] }
  | { shape: 'bands'; rows: BandRowText[] }
  | { shape: 'repeat'; rows: RepeatRowText[] }
  | { shape: 'choice'; choice: string };

export type EditOf<S extends Shape> = Extract<Edit, { shape: S }>;

/** Edits keyed by editKey(version id, path): an edit made under one version never applies to another. */
export type Edits = Readonly<Record<string, Edit>>;

export const EMPTY_SEGMENT_ROW: SegmentRowText = { upTo: '', rate: '' };
export const EMPTY_BAND_ROW: BandRowText = { from: '', upTo: '', rate: '' };
export const EMPTY_REPEAT_ROW: RepeatRowText = { from: '', percent: '', amount: '' };

/** The edit with nothing typed, where a person starts on a value no source gives. */
export function emptyEdit(shape: Shape): Edit {
  switch (shape) {
    case 'amount':
      return { shape, amount: '' };
    case 'rate':
      return { shape, rate: '' };
    case 'segments':
      return { shape, rows: [EMPTY_SEGMENT_ROW] };
    case 'bands':
      return { shape, rows: [EMPTY_BAND_ROW] };
    case 'repeat':
      return { shape, rows: [EMPTY_REPEAT_ROW] };
    case 'choice':
      return { shape, choice: '' };
  }
}
