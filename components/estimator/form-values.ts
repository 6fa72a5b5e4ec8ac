import { membersOf } from '@/lib/labels';
import type { CityId, Facility, SchemeId } from '@/lib/types';

/**
 * What the form holds: every field as the text the person typed or chose.
 * Parsing into amounts happens in form-schema.ts, loaded with the engine.
 */

/** One row of the segment editor: 上限 in yuan (empty = 不设上限) and 比例 in percent. */
export interface RateRow {
  upTo: string;
  rate: string;
}

export interface FormValues {
  city: CityId;
  scheme: SchemeId;
  member: string;
  hospitalLevel: '1' | '2' | '3';
  /** '' = the level's default grade; otherwise a level-1 variant of the version. */
  facility: '' | Facility;
  admission: string;
  date: string;
  totalCost: string;
  outOfScope: string;
  selfPayFirst: string;
  /** Asked only when no source gives them (see missingValues). */
  deductible: string;
  fundCap: string;
  rates: RateRow[];
}

export const EMPTY_RATE_ROW: RateRow = { upTo: '', rate: '' };

export interface Preset {
  city: CityId;
  scheme: SchemeId;
}

/** The date stays empty until the browser fills in today: a build-time date would be stale. */
export function initialValues(preset: Preset = { city: 'weihai', scheme: 'employee' }): FormValues {
  return {
    city: preset.city,
    scheme: preset.scheme,
    member: membersOf(preset.scheme)[0] ?? '',
    hospitalLevel: '3',
    facility: '',
    admission: '1',
    date: '',
    totalCost: '',
    outOfScope: '',
    selfPayFirst: '',
    deductible: '',
    fundCap: '',
    rates: [EMPTY_RATE_ROW],
  };
}
