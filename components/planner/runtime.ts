// Must stay first: see zod-config.ts.
import '@/components/forms/zod-config';
import { zodResolver } from '@hookform/resolvers/zod';
import type { DeepPartialSkipArrayKey, Resolver } from 'react-hook-form';
import { isCalendarDate, todayInShanghai } from '@/lib/base/dates';
import { EstimateError } from '@/lib/base/errors';
import type { FieldSpec } from '@/lib/engine/benefit';
import type { Bill } from '@/lib/engine/bill';
import { membersOf } from '@/lib/model/labels';
import { applyOverrides, type Override } from '@/lib/model/overrides';
import { classOf } from '@/lib/model/version';
import type { MemberId, Version } from '@/lib/model/types';
import { planYear, type PlannedAdmission } from '@/lib/planner';
import { RULES } from '@/lib/rules';
import { askingEvent, benefitOf, billOfEvent, choicesOf, detailValues, fieldsOf, linkDetails, unavailableBenefits, versionFor } from '@/components/forms/event';
import { emptyEvent, personValues } from '@/components/forms/form-values';
import { personFields, personInputs } from '@/components/forms/form-schema';
import { readsPersonInputs } from '@/lib/engine/layers';
import * as z from 'zod/mini';
import { refusalOf, type Incomplete, type Refused } from '@/components/ui/outcome';
import { askedValues, type AskedValue } from '@/components/what-if/asked';
import { applyEdits, editsOf, type AppliedEdit } from '@/components/what-if/edit-reading';
import { compareFigures, editedCount, editorRows, officialOf, type FiguresOrRefusal, type WhatIf } from '@/components/what-if/editor-view';
import type { Edits } from '@/components/what-if/edits';
import { savedReader } from '@/components/forms/saved-schema';
import { keptEdits } from '@/components/what-if/kept-edits';
import { plannerLink, readPlannerLink } from './link';
import { planView, type PlanView } from './plan-view';
import { plannerSchema, type ParsedPlan } from './planner-schema';
import { initialPlannerValues, type PlannerValues } from './planner-values';

/** The year planner's engine side, loaded with import() after the page's first paint (see components/lazy.ts). */

type Watched = DeepPartialSkipArrayKey<PlannerValues>;

export const resolver: Resolver<PlannerValues> = zodResolver(plannerSchema, undefined, { raw: true });

export const today = todayInShanghai;

/** The form and the parameter edits this page saved on this device, if this release can read them. */
export const readSaved = savedReader(keptEdits);

export type PlanOutcome = Incomplete | { kind: 'plan'; view: PlanView } | Refused;

interface Choice {
  version: Version;
  member: MemberId;
  cls: string;
  /** Each row's choices as the rules read them, in the person's order. */
  events: Partial<Bill>[];
  readings: Map<string, AppliedEdit>;
  overrides: Override[];
}

/** The version in force on the latest listed date: the engine refuses a year that spans two. */
function versionOfWatched(values: Watched): Version | undefined {
  const latest = (values.events ?? []).flatMap((a) => (a.date && isCalendarDate(a.date) ? [a.date] : [])).sort().at(-1);
  return versionFor(values.city, values.scheme, latest);
}

/** The person's inputs alone, read whatever else the form holds (for the link without amounts). */
const plannerChoices = z.object(personFields);

/** The version of the year, the member's class, each row's choices. */
function choose(values: Watched, edits: Edits): Choice | null {
  const { member } = values;
  const rows = values.events ?? [];
  const version = versionOfWatched(values);
  if (!version || !member || !version.members.includes(member as MemberId)) return null;
  const { readings, overrides } = applyEdits(version, edits);
  const cls = classOf(applyOverrides(version, overrides), member as MemberId).id;
  return { version, member: member as MemberId, cls, events: rows.map(choicesOf), readings, overrides };
}

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
  const choice = choose(values, edits);
  if (!choice) return { rows: (values.events ?? []).map(() => null), unavailable: {}, asked: [], person: false };
  return {
    rows: choice.events.map((e) => fieldsOf(choice.version, e)),
    unavailable: unavailableBenefits(choice.version, choice.member),
    asked: asked(choice),
    person: values.scheme === 'resident' && readsPersonInputs(choice.version),
  };
}

function eventsOf(form: ParsedPlan): PlannedAdmission[] {
  return form.events.map((e, i) => ({ id: String(i), ...billOfEvent(e, RULES.versionOn(form.city, form.scheme, e.date)) }));
}

/** The version the year is settled under: the one in force on its latest date (the engine refuses a year across two). */
function versionOfYear(form: ParsedPlan): Version | undefined {
  return RULES.versionOn(form.city, form.scheme, form.events.map((e) => e.date).sort().at(-1)!);
}

function run(form: ParsedPlan, overrides: Override[]) {
  return planYear(form.member, eventsOf(form), RULES.rulebook(form.city, form.scheme, overrides), personInputs(form, versionOfYear(form)));
}

export function plan(values: Watched, edits: Edits): PlanOutcome {
  const parsed = plannerSchema.safeParse(values);
  if (!parsed.success) {
    const typed = (values.events ?? []).some((a) => a.totalCost?.trim());
    return { kind: 'incomplete', reason: typed ? 'invalid' : 'empty' };
  }
  const overrides = choose(values, edits)?.overrides ?? [];
  try {
    const view = planView(run(parsed.data, overrides), overrides.length > 0);
    return { kind: 'plan', view: overrides.length ? { ...view, official: officialOf(figuresOf(parsed.data, [])) } : view };
  } catch (error) {
    return refusalOf(error, () => describe(values, edits).asked.filter((a) => !a.filled));
  }
}

function figuresOf(form: ParsedPlan, overrides: Override[]): FiguresOrRefusal {
  try {
    const { totals, result } = run(form, overrides);
    return { figures: { fund: totals.fund, supplements: totals.supplements, outOfPocket: totals.outOfPocket, level: result.provenance.level } };
  } catch (error) {
    return { refusal: error instanceof EstimateError ? error.message : '无法估算。' };
  }
}

/** How many of the editor's parameters the edits change, for its summary while it is closed. */
export function edited(values: Watched, edits: Edits): number {
  const choice = choose(values, edits);
  return choice ? editedCount(choice.version, choice.overrides) : 0;
}

/** The what-if editor's rows and comparison: built only while it is open. */
export function whatIf(values: Watched, edits: Edits): WhatIf | null {
  const choice = choose(values, edits);
  if (!choice) return null;
  const parsed = plannerSchema.safeParse(values);
  return {
    versionTitle: choice.version.title,
    rows: editorRows(choice.version, choice.readings, new Set(asked(choice).map((a) => a.key))),
    comparison: parsed.success && choice.overrides.length > 0 ? compareFigures(figuresOf(parsed.data, []), figuresOf(parsed.data, choice.overrides)) : null,
  };
}

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
  if (!withAmounts) {
    if (!city || !scheme || !member || !(membersOf(scheme) as string[]).includes(member)) return null;
    // The person's inputs go where the form holds them readably and the year's version reads them.
    const read = plannerChoices.safeParse(values);
    const person = read.success ? personInputs({ ...read.data, scheme }, versionOfWatched(values)) : {};
    return plannerLink({ city, scheme, member: member as MemberId, ...(Object.keys(person).length ? { person } : {}) });
  }
  const parsed = plannerSchema.safeParse(values);
  if (!parsed.success) return null;
  const form = parsed.data;
  const person = personInputs(form, versionOfYear(form));
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
      overrides: choose(values, edits)?.overrides ?? [],
    },
  });
}
