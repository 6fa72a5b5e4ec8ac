import type { Override } from '@/lib/overrides';
import type { Coverage, MemberId } from '@/lib/types';

/**
 * A person's edit of one policy parameter, as typed: the parameter it replaces (an Override's
 * target) and the value as text. Edits of all pages live in one record keyed by version and target,
 * so the values asked for an unknown parameter and the what-if editor's edits are the same thing.
 * Reading the text into an Override is in edit-reading.ts, loaded with the engine.
 */

type WithoutValue<T> = T extends unknown ? Omit<T, 'value'> : never;

/** Which parameter an Override replaces. */
export type EditTarget = WithoutValue<Override>;

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
  | { kind: 'deductible'; cls: string; grade: string; amount: string }
  | { kind: 'coverage'; cls: string; coverageKind: Coverage['kind']; amount: string }
  | { kind: 'segments'; cls: string; grade: string; rows: SegmentRowText[] }
  | { kind: 'layer'; layer: string; rows: BandRowText[]; annualMax: string }
  | { kind: 'repeat'; rows: RepeatRowText[] }
  | { kind: 'member'; member: MemberId; choice: string };

/** Edits keyed by editKey(version id, target): an edit made under one version never applies to another. */
export type Edits = Readonly<Record<string, Edit>>;

export function editKey(versionId: string, target: EditTarget): string {
  switch (target.kind) {
    case 'deductible':
    case 'segments':
      return [versionId, target.kind, target.cls, target.grade].join('/');
    case 'coverage':
      return [versionId, target.kind, target.cls].join('/');
    case 'repeat':
      return [versionId, target.kind].join('/');
    case 'layer':
      return [versionId, target.kind, target.layer].join('/');
    case 'member':
      return [versionId, target.kind, target.member].join('/');
  }
}

/** The edits made under one version. */
export function editsOf(edits: Edits, versionId: string): [key: string, edit: Edit][] {
  return Object.entries(edits).filter(([key]) => key.startsWith(`${versionId}/`));
}

export const EMPTY_SEGMENT_ROW: SegmentRowText = { upTo: '', rate: '' };
export const EMPTY_BAND_ROW: BandRowText = { from: '', upTo: '', rate: '' };
export const EMPTY_REPEAT_ROW: RepeatRowText = { from: '', percent: '', amount: '' };
