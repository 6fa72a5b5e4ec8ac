import * as z from 'zod/mini';
import { facilityFits, partsFit } from '@/lib/model/claim-rules';
import { membersOf } from '@/lib/model/labels';
import type { PersonInputs } from '@/lib/model/person';
import type { Override } from '@/lib/model/overrides';
import type { CityId, Facility, HospitalLevel, MemberId, SchemeId } from '@/lib/model/types';
import {
  admission,
  amount,
  billHash,
  date,
  detailFields,
  detailsFit,
  detailsOf,
  detailsQuery,
  edits,
  editsText,
  facility,
  level,
  member,
  overridesFit,
  PERSON_KEYS,
  personLinkQuery,
  personOf,
  personQuery,
  query,
  readLink,
  type BillAmounts,
  type LinkDetails,
  type LinkReading,
} from '@/components/share/link-codec';

/** The estimator's share link: the choices in the query; the benefit and its details, the bill and the parameter edits after '#'. */

export interface EstimatorChoices {
  member: MemberId;
  hospitalLevel: HospitalLevel;
  facility?: Facility;
  admission: number;
  /** A resident's years of continuous enrolment and last year without claims, where given. */
  person?: PersonInputs;
}

export interface EstimatorLink {
  choices: EstimatorChoices;
  details: LinkDetails;
  /** Only from the fragment; the overrides by path within the book. */
  amounts?: BillAmounts & { overrides: Override[] };
}

const choiceKeys = ['member', 'level', 'facility', 'admission', ...PERSON_KEYS] as const;
const choicesSchema = z.strictObject({
  member: z.optional(member),
  level: z.optional(level),
  facility: z.optional(facility),
  admission: z.optional(admission),
  ...personQuery,
});
const fragment = z.strictObject({
  ...detailFields,
  date: z.optional(date),
  total: z.optional(amount),
  outOfScope: z.optional(amount),
  selfPayFirst: z.optional(amount),
  edits: z.optional(edits),
});

/** Choices default as the page's form does: the scheme's first member type, 三级, first admission. */
function queryChoices(scheme: SchemeId, q: z.output<typeof choicesSchema>): EstimatorChoices | null {
  const m = q.member ?? membersOf(scheme)[0]!;
  if (!membersOf(scheme).includes(m)) return null;
  const hospitalLevel = q.level ?? 3;
  if (!facilityFits(hospitalLevel, q.facility)) return null;
  const person = personOf(scheme, q);
  if (!person) return null;
  return { member: m, hospitalLevel, ...(q.facility ? { facility: q.facility } : {}), admission: q.admission ?? 1, ...(Object.keys(person).length ? { person } : {}) };
}

export function readEstimatorLink(city: CityId, scheme: SchemeId, search: string, hash: string): LinkReading<EstimatorLink> {
  return readLink(search, hash, { keys: choiceKeys, schema: choicesSchema }, fragment, (q, f) => {
    const choices = queryChoices(scheme, q);
    if (!choices) return null;
    if (!f) return { choices, details: {} };
    const details = detailsOf(f);
    if (!detailsFit(details)) return null;
    // The amounts come together, with the date and the total, or not at all.
    if (f.total === undefined) return f.date || f.outOfScope || f.selfPayFirst || f.edits ? null : { choices, details };
    if (!f.date || !partsFit({ totalCost: f.total, outOfScope: f.outOfScope, selfPayFirst: f.selfPayFirst })) return null;
    const overrides = overridesFit(city, scheme, f.date, f.edits ?? []);
    if (!overrides) return null;
    return { choices, details, amounts: { date: f.date, totalCost: f.total, outOfScope: f.outOfScope, selfPayFirst: f.selfPayFirst, overrides } };
  });
}

/** The estimator's preset page for the city and scheme, with the choices; the amounts and edits only after '#'. */
export function estimatorLink(city: CityId, scheme: SchemeId, link: EstimatorLink): string {
  const c = link.choices;
  const path = `/${city}/${scheme}/${query({ member: c.member, level: c.hospitalLevel, facility: c.facility, admission: c.admission, ...personLinkQuery(c.person ?? {}) })}`;
  if (link.amounts) return path + billHash(link.amounts, editsText(city, scheme, link.amounts.overrides), link.details);
  const details = query(detailsQuery(link.details)).slice(1);
  return details ? `${path}#${details}` : path;
}
