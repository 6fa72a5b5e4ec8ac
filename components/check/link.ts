import * as z from 'zod/mini';
import { facilityFits } from '@/lib/model/claim-rules';
import type { AwayMode } from '@/lib/model/fields';
import type { PersonInputs } from '@/lib/model/person';
import { membersOf, SCHEMES } from '@/lib/model/labels';
import type { CityId, Facility, HospitalLevel, MemberId, SchemeId } from '@/lib/model/types';
import { RULES } from '@/lib/rules';
import { admission, away, facility, level, member, PERSON_KEYS, personLinkQuery, personOf, personQuery, query, readLink, type LinkReading } from '@/components/share/link-codec';

/** The slip check's link: its choices in the query, never an amount (no fragment is read: one is tampering). */

export interface CheckChoices {
  city: CityId;
  scheme: SchemeId;
  member: MemberId;
  hospitalLevel: HospitalLevel;
  facility?: Facility;
  admission: number;
  away: AwayMode;
  /** A resident's years of continuous enrolment and last year without claims, where given. */
  person?: PersonInputs;
}

const keys = ['city', 'scheme', 'member', 'level', 'facility', 'admission', 'away', ...PERSON_KEYS] as const;
const choicesSchema = z.strictObject({
  city: z.optional(z.enum(RULES.cityIds as [string, ...string[]])),
  scheme: z.optional(z.enum(SCHEMES)),
  member: z.optional(member),
  level: z.optional(level),
  facility: z.optional(facility),
  admission: z.optional(admission),
  away: z.optional(away),
  ...personQuery,
});

/** Choices default as the page's form does: the first city, 职工医保, its first member type, 三级, the first stay, at home. */
export function readCheckLink(search: string, hash: string): LinkReading<CheckChoices> {
  return readLink(search, hash, { keys, schema: choicesSchema }, z.strictObject({}), (q) => {
    const scheme = q.scheme ?? 'employee';
    const m = q.member ?? membersOf(scheme)[0]!;
    const hospitalLevel = q.level ?? 3;
    const person = personOf(scheme, q);
    if (!membersOf(scheme).includes(m) || !facilityFits(hospitalLevel, q.facility) || !person) return null;
    return {
      city: q.city ?? RULES.cityIds[0]!,
      scheme,
      member: m,
      hospitalLevel,
      ...(q.facility ? { facility: q.facility } : {}),
      admission: q.admission ?? 1,
      away: q.away ?? 'local',
      ...(Object.keys(person).length ? { person } : {}),
    };
  });
}

export function checkLink(c: CheckChoices): string {
  return `/check/${query({ city: c.city, scheme: c.scheme, member: c.member, level: c.hospitalLevel, facility: c.facility, admission: c.admission, away: c.away === 'local' ? undefined : c.away, ...personLinkQuery(c.person ?? {}) })}`;
}
