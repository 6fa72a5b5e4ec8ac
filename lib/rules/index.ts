import type { CityId, SchemeId, Version } from '../types';
import { jinanEmployee2024 } from './jinan-employee-2024';
import { jinanResident2024 } from './jinan-resident-2024';
import { weihaiEmployee2024 } from './weihai-employee-2024';
import { weihaiResident2023 } from './weihai-resident-2023';
import { yantaiEmployee2018 } from './yantai-employee-2018';
import { yantaiEmployee2024 } from './yantai-employee-2024';
import { yantaiResident2018 } from './yantai-resident-2018';
import { yantaiResident2024 } from './yantai-resident-2024';

/** Every policy version the engine knows. A new city or year is a new file added here. */
export const VERSIONS: readonly Version[] = [
  weihaiEmployee2024,
  weihaiResident2023,
  jinanEmployee2024,
  jinanResident2024,
  yantaiEmployee2018,
  yantaiResident2018,
  yantaiEmployee2024,
  yantaiResident2024,
];

const BY_SCHEME = new Map<string, Version[]>();
for (const v of [...VERSIONS].sort((a, b) => a.validFrom.localeCompare(b.validFrom))) {
  const key = `${v.city}/${v.scheme}`;
  BY_SCHEME.set(key, [...(BY_SCHEME.get(key) ?? []), v]);
}

/** A city's versions of one scheme, oldest first. */
export function versionsOf(city: CityId, scheme: SchemeId): readonly Version[] {
  return BY_SCHEME.get(`${city}/${scheme}`) ?? [];
}

/** The version in force on an ISO date, or undefined when no rule is known for that day. */
export function versionOn(city: CityId, scheme: SchemeId, date: string): Version | undefined {
  return versionsOf(city, scheme).find((v) => v.validFrom <= date && (v.validTo === null || date <= v.validTo));
}
