import * as z from 'zod/mini';
import { facilityFits, partsFit } from '@/lib/model/claim-rules';
import { EMPLOYEE_MEMBERS, RESIDENT_MEMBERS } from '@/lib/model/labels';
import type { EmployeeMember, Facility, HospitalLevel, ResidentMember } from '@/lib/model/types';
import { admission, billFields, billHash, facility, level, query, readLink, type BillAmounts, type LinkReading } from '@/components/share/link-codec';

/** The comparison's share link: the member types and grade in the query, the bill after '#'. */

export interface CompareLink {
  members: { employee: EmployeeMember; resident: ResidentMember };
  hospitalLevel: HospitalLevel;
  facility?: Facility;
  admission: number;
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
const compareFragment = z.strictObject(billFields);

export function readCompareLink(search: string, hash: string): LinkReading<CompareLink> {
  return readLink(search, hash, { keys: ['employee', 'resident', 'level', 'facility', 'admission'], schema: compareQuery }, compareFragment, (q, f) => {
    const hospitalLevel = q.level ?? 3;
    if (!facilityFits(hospitalLevel, q.facility)) return null;
    const choices: CompareLink = {
      members: { employee: q.employee ?? EMPLOYEE_MEMBERS[0]!, resident: q.resident ?? RESIDENT_MEMBERS[0]! },
      hospitalLevel,
      ...(q.facility ? { facility: q.facility } : {}),
      admission: q.admission ?? 1,
    };
    if (!f) return choices;
    if (!partsFit({ totalCost: f.total, outOfScope: f.outOfScope, selfPayFirst: f.selfPayFirst })) return null;
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
  return link.bill ? path + billHash(link.bill) : path;
}
