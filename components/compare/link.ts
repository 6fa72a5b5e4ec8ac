import * as z from 'zod/mini';
import { facilityFits, partsFit } from '@/lib/model/claim-rules';
import { EMPLOYEE_MEMBERS, RESIDENT_MEMBERS } from '@/lib/model/labels';
import type { EmployeeMember, Facility, HospitalLevel, ResidentMember } from '@/lib/model/types';
import {
  admission,
  amount,
  billHash,
  date,
  detailFields,
  detailsFit,
  detailsOf,
  detailsQuery,
  facility,
  level,
  query,
  readLink,
  type BillAmounts,
  type LinkDetails,
  type LinkReading,
} from '@/components/share/link-codec';

/** The comparison's share link: the member types and grade in the query; the benefit, its details and the bill after '#'. */

export interface CompareLink {
  members: { employee: EmployeeMember; resident: ResidentMember };
  hospitalLevel: HospitalLevel;
  facility?: Facility;
  admission: number;
  details: LinkDetails;
  /** Only from the fragment. */
  bill?: BillAmounts;
}

const compareQuery = z.strictObject({
  employee: z.optional(z.enum(EMPLOYEE_MEMBERS)),
  resident: z.optional(z.enum(RESIDENT_MEMBERS)),
  level: z.optional(level),
  facility: z.optional(facility),
  admission: z.optional(admission),
});
const compareFragment = z.strictObject({ ...detailFields, date: z.optional(date), total: z.optional(amount), outOfScope: z.optional(amount), selfPayFirst: z.optional(amount) });

export function readCompareLink(search: string, hash: string): LinkReading<CompareLink> {
  return readLink(search, hash, { keys: ['employee', 'resident', 'level', 'facility', 'admission'], schema: compareQuery }, compareFragment, (q, f) => {
    const hospitalLevel = q.level ?? 3;
    if (!facilityFits(hospitalLevel, q.facility)) return null;
    const choices: CompareLink = {
      members: { employee: q.employee ?? EMPLOYEE_MEMBERS[0]!, resident: q.resident ?? RESIDENT_MEMBERS[0]! },
      hospitalLevel,
      ...(q.facility ? { facility: q.facility } : {}),
      admission: q.admission ?? 1,
      details: f ? detailsOf(f) : {},
    };
    if (!f) return choices;
    if (!detailsFit(choices.details)) return null;
    // The amounts come together, with the date and the total, or not at all.
    if (f.total === undefined) return f.date || f.outOfScope || f.selfPayFirst ? null : choices;
    if (!f.date || !partsFit({ totalCost: f.total, outOfScope: f.outOfScope, selfPayFirst: f.selfPayFirst })) return null;
    return { ...choices, bill: { date: f.date, totalCost: f.total, outOfScope: f.outOfScope, selfPayFirst: f.selfPayFirst } };
  });
}

export function compareLink(link: CompareLink): string {
  const path = `/compare/${query({
    employee: link.members.employee,
    resident: link.members.resident,
    level: link.hospitalLevel,
    facility: link.facility,
    admission: link.admission,
  })}`;
  if (link.bill) return path + billHash(link.bill, undefined, link.details);
  const details = query(detailsQuery(link.details)).slice(1);
  return details ? `${path}#${details}` : path;
}
