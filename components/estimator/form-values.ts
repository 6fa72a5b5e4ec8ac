import { membersOf } from '@/lib/labels';
import type { CityId, Facility, SchemeId } from '@/lib/types';

/**
 * What the form holds: every field as the text the person typed or chose.
 * Parsing into amounts happens in form-schema.ts, loaded with the engine. Values for parameters
 * (asked for, or edited to try "what if") are edits, kept beside the form (see what-if/edits.ts).
 */

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
}

export interface Preset {
  city: CityId;
  scheme: SchemeId;
}

export const DEFAULT_PRESET: Preset = { city: 'weihai', scheme: 'employee' };

/** The date stays empty until the browser fills in today: a build-time date would be stale. */
export function initialValues(preset: Preset = DEFAULT_PRESET): FormValues {
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
  };
}
