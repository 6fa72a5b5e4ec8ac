// Must stay first: see zod-config.ts.
import '@/components/forms/zod-config';
import { zodResolver } from '@hookform/resolvers/zod';
import type { DeepPartialSkipArrayKey, Resolver } from 'react-hook-form';
import { isCalendarDate, todayInShanghai } from '@/lib/base/dates';
import type { FieldSpec } from '@/lib/engine/benefit';
import { membersOf } from '@/lib/model/labels';
import type { MemberId } from '@/lib/model/types';
import { planYear, type PlannedAdmission, type YearPlan } from '@/lib/planner';
import { RULES } from '@/lib/rules';
import { benefitOf, billOfEvent, choicesOf, fieldsOf, unavailableBenefits, versionFor } from '@/components/forms/event';
import { detailValues, linkDetails } from '@/components/share/link-codec';
import { emptyEvent, personValues } from '@/components/forms/form-values';
import { personInputs, personSaid } from '@/components/forms/form-schema';
import { readsPersonInputs } from '@/lib/engine/layers';
import { refusalOf, type Incomplete, type Refused } from '@/components/ui/outcome';
import { askedValues, askingEvent, type AskedValue } from '@/components/what-if/asked';
import { editsOf } from '@/components/what-if/edit-reading';
import { officialOf, type FiguresOrRefusal } from '@/components/what-if/editor-view';
import { figuresOrRefusal, formReader, whatIfOf, type Choice, type Reading } from '@/components/what-if/reading';
import type { Edits } from '@/components/what-if/edits';
import { savedReader } from '@/components/forms/saved-schema';
import { keptEdits } from '@/components/what-if/kept-edits';
import { plannerLink, readPlannerLink } from './link';
import { planView, type PlanView } from './plan-view';
import { plannerSchema, type ParsedPlan } from './planner-schema';
import { dateOrder, initialPlannerValues, type PlannerValues } from './planner-values';
import { yearAsStay } from '@/components/forms/earlier';
import { initialValues } from '@/components/forms/form-values';
import type { Handoff } from '@/components/forms/HandoffLink';
import type { KeptEdits } from '@/components/what-if/kept-edits';
import { readChoice } from '@/lib/model/field-text';
import { estimatorLink } from '@/components/estimator/link';

/** The year planner's engine side, loaded with import() after the page's first paint (see components/lazy.ts). */

type Watched = DeepPartialSkipArrayKey<PlannerValues>;

export const resolver: Resolver<PlannerValues> = zodResolver(plannerSchema, undefined, { raw: true });

export const today = todayInShanghai;

/** The form and the parameter edits this page saved on this device, if this release can read them. */
export const readSaved = savedReader(keptEdits);

export type PlanOutcome = Incomplete | { kind: 'plan'; view: PlanView } | Refused;

/** The version in force on the latest listed date: the engine refuses a year that spans two. */
function latestDate(values: Watched): string | undefined {
  return (values.events ?? []).flatMap((a) => (a.date && isCalendarDate(a.date) ? [a.date] : [])).sort().at(-1);
}

const read = formReader<Watched, ParsedPlan>(
  (values) => {
    const parsed = plannerSchema.safeParse(values);
    return parsed.success ? parsed.data : null;
  },
  (values) => ({ city: values.city, scheme: values.scheme, member: values.member, date: latestDate(values), events: (values.events ?? []).map(choicesOf) }),
);


export interface PlannerContext {
  /** Each row's details its benefit reads under the version in force; null before a version is known. */
  rows: (FieldSpec[] | null)[];
  /** Why a benefit cannot be estimated here, by benefit. */
  unavailable: Record<string, string>;
  asked: AskedValue[];
  /** Whether to ask what a resident says of themselves (a raise of the 大病 maximum is in force). */
  person: boolean;
}

function asked(choice: Choice): AskedValue[] {
  const claimable = choice.events.filter((e) => {
    const benefit = benefitOf(e.benefit);
    return benefit.id in choice.version.benefits && !benefit.excludes?.(choice.version, choice.member);
  });
  return askedValues(choice.version, choice.cls, claimable.map(askingEvent), choice.readings);
}

export function describe(values: Watched, edits: Edits): PlannerContext {
  const { choice } = read(values, edits);
  if (!choice) return { rows: (values.events ?? []).map(() => null), unavailable: {}, asked: [], person: false };
  return {
    rows: choice.events.map((e) => fieldsOf(choice.version, e)),
    unavailable: unavailableBenefits(choice.version, choice.member),
    asked: asked(choice),
    person: values.scheme === 'resident' && readsPersonInputs(choice.version),
  };
}

type Complete = Reading<ParsedPlan> & { parsed: ParsedPlan };

/** The year under the edits or the official rules (the same when there are no edits), kept with the reading; settled under the version of its latest date. */
function settle(reading: Complete, edited: boolean): YearPlan {
  const { parsed: form, version, choice } = reading;
  const underEdits = edited && (choice?.overrides.length ?? 0) > 0;
  return reading.once(underEdits ? 'edited' : 'official', () => {
    const events: PlannedAdmission[] = form.events.map((e, i) => ({ id: String(i), ...billOfEvent(e, RULES.versionOn(form.city, form.scheme, e.date)) }));
    return planYear(form.member, events, underEdits ? choice!.rulebook : RULES.rulebook(form.city, form.scheme), personInputs(form, version));
  });
}

function figuresOf(reading: Complete, edited: boolean): FiguresOrRefusal {
  return figuresOrRefusal(() => {
    const { totals, result } = settle(reading, edited);
    return { fund: totals.fund, supplements: totals.supplements, outOfPocket: totals.outOfPocket, level: result.provenance.level };
  });
}

export function plan(values: Watched, edits: Edits): PlanOutcome {
  const reading = read(values, edits);
  if (!reading.parsed) {
    const typed = (values.events ?? []).some((a) => a.totalCost?.trim());
    return { kind: 'incomplete', reason: typed ? 'invalid' : 'empty' };
  }
  const complete = reading as Complete;
  const edited = (reading.choice?.overrides.length ?? 0) > 0;
  try {
    const view = planView(settle(complete, true), edited);
    return { kind: 'plan', view: edited ? { ...view, official: officialOf(figuresOf(complete, false)) } : view };
  } catch (error) {
    return refusalOf(error, () => describe(values, edits).asked.filter((a) => !a.filled));
  }
}

export const { edited, whatIf } = whatIfOf(read, figuresOf, asked);

export function readLink(search: string, hash: string): { values: PlannerValues | null; edits: Edits; notice: string | null } {
  const { state, notice } = readPlannerLink(search, hash);
  if (!state) return { values: null, edits: {}, notice };
  const values: PlannerValues = { ...initialPlannerValues(state.city), scheme: state.scheme, member: state.member, ...personValues(state.person ?? {}) };
  if (!state.year) return { values, edits: {}, notice: null };
  const { events, overrides } = state.year;
  const version = RULES.versionOn(state.city, state.scheme, events.map((a) => a.date).sort().at(-1)!);
  return {
    values: {
      ...values,
      events: events.map((a) => ({
        ...emptyEvent(a.date),
        ...detailValues(a.details),
        hospitalLevel: String(a.hospitalLevel) as '1' | '2' | '3',
        facility: a.facility ?? '',
        totalCost: a.totalCost.toFixed(),
        outOfScope: a.outOfScope?.toFixed() ?? '',
        selfPayFirst: a.selfPayFirst?.toFixed() ?? '',
      })),
    },
    edits: version ? editsOf(version, overrides) : {},
    notice: null,
  };
}

/** A link to this plan: the choices only, or with every event and the edits after '#'. Null while the form has errors. */
export function shareLink(values: Watched, edits: Edits, withAmounts: boolean): string | null {
  const { city, scheme, member } = values;
  const reading = read(values, edits);
  if (!withAmounts) {
    if (!city || !scheme || !member || !(membersOf(scheme) as string[]).includes(member)) return null;
    // The person's inputs go where the form holds them readably and the year's version reads them.
    const said = personSaid.safeParse(values);
    const person = said.success ? personInputs({ ...said.data, scheme }, reading.version) : {};
    return plannerLink({ city, scheme, member: member as MemberId, ...(Object.keys(person).length ? { person } : {}) });
  }
  const form = reading.parsed;
  if (!form) return null;
  const person = personInputs(form, reading.version);
  return plannerLink({
    city: form.city,
    scheme: form.scheme,
    member: form.member,
    ...(Object.keys(person).length ? { person } : {}),
    year: {
      events: form.events.map((a) => ({
        date: a.date,
        hospitalLevel: a.hospitalLevel,
        // A level-1 variant chosen before the level changed is not part of the bill.
        ...(a.facility && a.hospitalLevel === 1 ? { facility: a.facility } : {}),
        totalCost: a.totalCost,
        ...(a.outOfScope ? { outOfScope: a.outOfScope } : {}),
        ...(a.selfPayFirst ? { selfPayFirst: a.selfPayFirst } : {}),
        details: linkDetails(a, RULES.versionOn(form.city, form.scheme, a.date)),
      })),
      overrides: reading.choice?.overrides ?? [],
    },
  });
}

/**
 * The estimator with this year's latest event: its choices in the estimator's address (as its share link
 * without amounts), and the event with the stays before it, the person's inputs and the edits handed over.
 * Null until a member type of the scheme is chosen.
 */
export function toEstimator(values: Watched, kept: KeptEdits): Handoff | null {
  const { city, scheme, member } = values;
  const rows = values.events ?? [];
  if (!city || !scheme || !member || !(membersOf(scheme) as string[]).includes(member) || rows.length === 0) return null;
  const stay = yearAsStay(rows, dateOrder(rows.map((r) => ({ date: r.date ?? '' }))));
  const version = versionFor(city, scheme, stay.date);
  const said = personSaid.safeParse(values);
  const person = said.success ? personInputs({ ...said.data, scheme }, version) : {};
  const hospitalLevel = readChoice('hospitalLevel', stay.hospitalLevel) ?? 3;
  const facility = hospitalLevel === 1 ? readChoice('facility', stay.facility) : undefined;
  const href = estimatorLink(city, scheme, {
    choices: { member: member as MemberId, hospitalLevel, ...(facility ? { facility } : {}), admission: Number(stay.admission), ...(Object.keys(person).length ? { person } : {}) },
    details: linkDetails(choicesOf(stay), version),
  });
  return {
    href,
    key: 'estimator',
    values: { ...initialValues({ city, scheme }), member, continuousYears: values.continuousYears ?? '', noClaimLastYear: values.noClaimLastYear ?? '', ...stay },
    extra: kept,
  };
}
