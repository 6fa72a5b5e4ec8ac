import type { DeepPartialSkipArrayKey } from 'react-hook-form';
import { isCalendarDate } from '@/lib/base/dates';
import type { Benefit, FieldSpec } from '@/lib/engine/benefit';
import { billOf, type Bill, type ClaimEvent } from '@/lib/engine/bill';
import { detailsOfHeld } from '@/lib/model/field-text';
import { INPATIENT } from '@/lib/model/fields';
import type { MemberId, SchemeId, Version } from '@/lib/model/types';
import { RULES } from '@/lib/rules';
import type { EventValues } from './form-values';

/**
 * An event as the forms hold it, read against the rules: which fields its benefit's rules read under
 * the version in force (the page shows those, the bill takes those), and which benefits the chosen
 * city, scheme and member have no rule for. Shared by the estimator's, the planner's and the comparison's runtimes.
 */

type Watched = DeepPartialSkipArrayKey<EventValues>;

export function benefitOf(id: string | undefined): Benefit {
  return RULES.benefits.find((b) => b.id === (id ?? INPATIENT)) ?? RULES.benefits.find((b) => b.id === INPATIENT)!;
}

/** The event's choices as the rules read them, whatever else is typed. */
export function choicesOf(values: Watched): Partial<Bill> {
  return { benefit: values.benefit ?? INPATIENT, ...detailsOfHeld(values) };
}

/** The fields the event's benefit reads under the version: none when the version has no rule for it. */
export function fieldsOf(version: Version, event: Partial<Bill>): FieldSpec[] {
  const benefit = benefitOf(event.benefit);
  return benefit.id in version.benefits ? benefit.fields(version, event) : [];
}

/** The bill of a parsed event: its amounts, and of its details only those its benefit's rules read under the version. */
export function billOfEvent(event: ClaimEvent, version: Version | undefined): Bill {
  const benefit = benefitOf(event.benefit);
  const read = version ? fieldsOf(version, event).map((f) => f.field) : benefit.inputs.required;
  const details = Object.fromEntries(read.flatMap((f) => (event[f] === undefined ? [] : [[f, event[f]]])));
  return billOf({ benefit: benefit.id, date: event.date, totalCost: event.totalCost, outOfScope: event.outOfScope, selfPayFirst: event.selfPayFirst, ...details });
}

/** Why a benefit cannot be estimated for this member under this version, by benefit; benefits it can are absent. */
export function unavailableBenefits(version: Version, member: MemberId): Record<string, string> {
  return Object.fromEntries(
    RULES.benefits.flatMap((b) => {
      if (!(b.id in version.benefits)) return [[b.id, '暂无已知规定']];
      const excluded = b.excludes?.(version, member);
      return excluded ? [[b.id, '不适用于所选人员类别']] : [];
    }),
  );
}

/** The version in force on the event's date, if its date is a date and a version is known. */
export function versionFor(city: string | undefined, scheme: SchemeId | undefined, date: string | undefined): Version | undefined {
  return city && scheme && date && isCalendarDate(date) ? RULES.versionOn(city, scheme, date) : undefined;
}
