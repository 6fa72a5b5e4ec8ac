import type { CityId, MemberId, SchemeId } from './types';

/**
 * Where each parameter lives in a policy book. A path within the book reads like the settlement
 * slip it feeds: `inpatient/deductible/working/3` is the in-service first-admission deductible at a
 * tier-3 hospital. Outside the book, the full path adds city and scheme:
 * `yantai/employee/inpatient/deductible/working/3`. The rule data, the engine, the editor, the asked
 * values, the share links and the CLI's overrides all use these addresses and nothing else. These
 * are the paths every benefit shares; each benefit module adds its own (lib/benefits).
 */
export const PATHS = {
  member: (member: MemberId) => `members/${member}`,
  fund: (cls: string) => `pots/fund/${cls}`,
  layerBands: (layer: string) => `layers/${layer}/bands`,
  layerMax: (layer: string) => `layers/${layer}/max`,
  layerReward: (layer: string, part: 'per-year' | 'after-years' | 'max-share') => `layers/${layer}/reward/${part}`,
} as const;

export function fullPath(city: CityId, scheme: SchemeId, path: string): string {
  return `${city}/${scheme}/${path}`;
}

/** The path within the book of a full path for this city and scheme; null when it names another book. */
export function bookPath(city: CityId, scheme: SchemeId, full: string): string | null {
  const prefix = `${city}/${scheme}/`;
  return full.startsWith(prefix) ? full.slice(prefix.length) : null;
}

/** The key of a person's edit: the version it was made under and the parameter, so an edit never leaks into another version. */
export function editKey(versionId: string, path: string): string {
  return `${versionId}/${path}`;
}

/** The path of the parameter an edit key names under this version; null for an edit made under another. */
export function pathOfKey(versionId: string, key: string): string | null {
  return key.startsWith(`${versionId}/`) ? key.slice(versionId.length + 1) : null;
}
