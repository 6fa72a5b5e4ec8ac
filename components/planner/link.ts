import * as z from 'zod/mini';
import { facilityFits, partsFit } from '@/lib/model/claim-rules';
import { SCHEMES, membersOf } from '@/lib/model/labels';
import type { PersonInputs } from '@/lib/model/person';
import type { Override } from '@/lib/model/overrides';
import type { CityId, Facility, HospitalLevel, MemberId, SchemeId } from '@/lib/model/types';
import { RULES } from '@/lib/rules';
import {
  amount,
  date,
  detailFields,
  detailsFit,
  detailsOf,
  detailsQuery,
  edits,
  editsText,
  facility,
  json,
  member,
  overridesFit,
  PERSON_KEYS,
  plannerPath,
  personOf,
  personQuery,
  plain,
  query,
  readLink,
  type BillAmounts,
  type LinkDetails,
  type LinkReading,
} from '@/components/share/link-codec';
import { MAX_ROWS } from './planner-values';

/** The planner's share link: city, scheme and member type in the query; the year's events and the edits after '#'. */

export interface PlannedBill extends BillAmounts {
  hospitalLevel: HospitalLevel;
  facility?: Facility;
  details: LinkDetails;
}

export interface PlannerLink {
  city: CityId;
  scheme: SchemeId;
  member: MemberId;
  /** A resident's years of continuous enrolment and last year without claims, where given: in the query, like the member type. */
  person?: PersonInputs;
  /** Only from the fragment; the overrides by path within the book. */
  year?: { events: PlannedBill[]; overrides: Override[] };
}

const plannerQuery = z.strictObject({ city: z.optional(z.enum(RULES.cityIds as [string, ...string[]])), scheme: z.optional(z.enum(SCHEMES)), member: z.optional(member), ...personQuery });
const plannedBill = z.strictObject({
  ...detailFields,
  date,
  level: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
  facility: z.optional(facility),
  total: amount,
  outOfScope: z.optional(amount),
  selfPayFirst: z.optional(amount),
});
// The key keeps its first name, so links shared before other benefits were offered still open.
const plannerFragment = z.strictObject({
  admissions: json(z.array(plannedBill).check(z.minLength(1), z.maxLength(MAX_ROWS))),
  edits: z.optional(edits),
});

export function readPlannerLink(search: string, hash: string): LinkReading<PlannerLink> {
  return readLink(search, hash, { keys: ['city', 'scheme', 'member', ...PERSON_KEYS], schema: plannerQuery }, plannerFragment, (q, f) => {
    const city = q.city ?? RULES.cityIds[0]!;
    const scheme = q.scheme ?? 'employee';
    const m = q.member ?? membersOf(scheme)[0]!;
    const person = personOf(scheme, q);
    if (!membersOf(scheme).includes(m) || !person) return null;
    const who = { city, scheme, member: m, ...(Object.keys(person).length ? { person } : {}) };
    if (!f) return who;
    const bills = f.admissions.map((b) => ({ ...b, level: b.level ?? 3, details: detailsOf(b) }));
    if (bills.some((b) => !partsFit({ totalCost: b.total, outOfScope: b.outOfScope, selfPayFirst: b.selfPayFirst }) || !facilityFits(b.level, b.facility) || !detailsFit(b.details))) return null;
    if (new Set(bills.map((b) => b.date.slice(0, 4))).size > 1) return null;
    const last = bills.map((b) => b.date).sort().at(-1)!;
    const overrides = overridesFit(city, scheme, last, f.edits ?? []);
    if (!overrides) return null;
    const events = bills.map((b) => ({
      date: b.date,
      hospitalLevel: b.level,
      ...(b.facility ? { facility: b.facility } : {}),
      totalCost: b.total,
      outOfScope: b.outOfScope,
      selfPayFirst: b.selfPayFirst,
      details: b.details,
    }));
    return { ...who, year: { events, overrides } };
  });
}

export function plannerLink(link: PlannerLink): string {
  const path = plannerPath(link);
  if (!link.year) return path;
  const rows = link.year.events.map((a) => ({
    ...Object.fromEntries(Object.entries(detailsQuery(a.details)).filter(([, v]) => v !== undefined)),
    date: a.date,
    level: a.hospitalLevel,
    ...(a.facility ? { facility: a.facility } : {}),
    total: plain(a.totalCost),
    ...(a.outOfScope ? { outOfScope: plain(a.outOfScope) } : {}),
    ...(a.selfPayFirst ? { selfPayFirst: plain(a.selfPayFirst) } : {}),
  }));
  return `${path}#${query({ admissions: JSON.stringify(rows), edits: editsText(link.city, link.scheme, link.year.overrides) }).slice(1)}`;
}
