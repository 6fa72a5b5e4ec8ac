// Must stay first: see zod-config.ts.
import '@/components/forms/zod-config';
import { zodResolver } from '@hookform/resolvers/zod';
import type { DeepPartialSkipArrayKey, Resolver } from 'react-hook-form';
import { isCalendarDate, todayInShanghai } from '@/lib/base/dates';
import { EstimateError } from '@/lib/base/errors';
import { billOf } from '@/lib/engine/bill';
import { membersOf } from '@/lib/model/labels';
import { applyOverrides, type Override } from '@/lib/model/overrides';
import { classOf, facilityChoices, gradeOf } from '@/lib/model/version';
import type { Facility, Grade, HospitalLevel, MemberId, Version } from '@/lib/model/types';
import { planYear, type PlannedAdmission } from '@/lib/planner';
import { RULES } from '@/lib/rules';
import { refusalOf, type Incomplete, type Refused } from '@/components/ui/outcome';
import { askedValues, type AskedValue } from '@/components/what-if/asked';
import { applyEdits, editsOf, type AppliedEdit } from '@/components/what-if/edit-reading';
import { compareFigures, editorRows, type FiguresOrRefusal, type WhatIf } from '@/components/what-if/editor-view';
import type { Edits } from '@/components/what-if/edits';
import { plannerLink, readPlannerLink } from './link';
import { planView, type PlanView } from './plan-view';
import { plannerSchema, type ParsedPlan } from './planner-schema';
import { initialPlannerValues, type PlannerValues } from './planner-values';

/** The year planner's engine side, loaded with import() after the page's first paint (see components/lazy.ts). */

type Watched = DeepPartialSkipArrayKey<PlannerValues>;

export const resolver: Resolver<PlannerValues> = zodResolver(plannerSchema, undefined, { raw: true });

export const today = todayInShanghai;

export type PlanOutcome = Incomplete | { kind: 'plan'; view: PlanView } | Refused;

interface Choice {
  version: Version;
  cls: string;
  /** The grades of the listed admissions, each once. */
  grades: Grade[];
  readings: Map<string, AppliedEdit>;
  overrides: Override[];
}

/** The version in force on the latest listed date (the engine refuses a year that spans two), the member's class, the grades listed. */
function choose(values: Watched, edits: Edits): Choice | null {
  const { city, scheme, member } = values;
  const rows = (values.admissions ?? []).filter((a) => a.date && isCalendarDate(a.date));
  const latest = rows.map((a) => a.date!).sort().at(-1);
  if (!city || !scheme || !member || !latest) return null;
  const version = RULES.versionOn(city, scheme, latest);
  if (!version || !version.members.includes(member as MemberId)) return null;
  const { readings, overrides } = applyEdits(version, edits);
  const cls = classOf(applyOverrides(version, overrides), member as MemberId).id;
  const grades = new Map<string, Grade>();
  for (const a of rows) {
    const grade = gradeOf(version, { hospitalLevel: Number(a.hospitalLevel ?? 3) as HospitalLevel, facility: a.facility || undefined });
    grades.set(grade.id, grade);
  }
  return { version, cls, grades: [...grades.values()], readings, overrides };
}

export interface PlannerContext {
  /** The level-1 variants of the version in force ('' = the default); empty when it has none. */
  facilities: { value: '' | Facility; label: string }[];
  asked: AskedValue[];
}

function asked(choice: Choice): AskedValue[] {
  // Several grades may each lack a value: then each input names its grade. A class's value is asked once.
  const named = choice.grades.length > 1;
  const all = choice.grades.flatMap((g) => askedValues(choice.version, choice.cls, g, choice.readings, named));
  return all.filter((a, i) => all.findIndex((b) => b.key === a.key) === i);
}

export function describe(values: Watched, edits: Edits): PlannerContext {
  const choice = choose(values, edits);
  if (!choice) return { facilities: [], asked: [] };
  return { facilities: facilityChoices(choice.version), asked: asked(choice) };
}

function admissionsOf(form: ParsedPlan): PlannedAdmission[] {
  return form.admissions.map((a, i) => ({ id: String(i), ...billOf(a) }));
}

function run(form: ParsedPlan, overrides: Override[]) {
  return planYear(form.member, admissionsOf(form), RULES.rulebook(form.city, form.scheme, overrides));
}

export function plan(values: Watched, edits: Edits): PlanOutcome {
  const parsed = plannerSchema.safeParse(values);
  if (!parsed.success) {
    const typed = (values.admissions ?? []).some((a) => a.totalCost?.trim());
    return { kind: 'incomplete', reason: typed ? 'invalid' : 'empty' };
  }
  const overrides = choose(values, edits)?.overrides ?? [];
  try {
    return { kind: 'plan', view: planView(run(parsed.data, overrides), overrides.length > 0) };
  } catch (error) {
    return refusalOf(error, () => describe(values, edits).asked.map((a) => a.label));
  }
}

function figuresOf(form: ParsedPlan, overrides: Override[]): FiguresOrRefusal {
  try {
    const { totals } = run(form, overrides);
    return { figures: { fund: totals.fund, supplements: totals.supplements, outOfPocket: totals.outOfPocket } };
  } catch (error) {
    return { refusal: error instanceof EstimateError ? error.message : '无法估算。' };
  }
}

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
  const values: PlannerValues = { ...initialPlannerValues(state.city), scheme: state.scheme, member: state.member };
  if (!state.year) return { values, edits: {}, notice: null };
  const { admissions, overrides } = state.year;
  const version = RULES.versionOn(state.city, state.scheme, admissions.map((a) => a.date).sort().at(-1)!);
  return {
    values: {
      ...values,
      admissions: admissions.map((a) => ({
        date: a.date,
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

/** A link to this plan: the choices only, or with every admission and the edits after '#'. Null while the form has errors. */
export function shareLink(values: Watched, edits: Edits, withAmounts: boolean): string | null {
  const { city, scheme, member } = values;
  if (!withAmounts) return city && scheme && member && (membersOf(scheme) as string[]).includes(member) ? plannerLink({ city, scheme, member: member as MemberId }) : null;
  const parsed = plannerSchema.safeParse(values);
  if (!parsed.success) return null;
  const form = parsed.data;
  return plannerLink({
    city: form.city,
    scheme: form.scheme,
    member: form.member,
    year: {
      admissions: form.admissions.map((a) => ({
        date: a.date,
        hospitalLevel: a.hospitalLevel,
        // A level-1 variant chosen before the level changed is not part of the bill.
        ...(a.facility && a.hospitalLevel === 1 ? { facility: a.facility } : {}),
        totalCost: a.totalCost,
        ...(a.outOfScope ? { outOfScope: a.outOfScope } : {}),
        ...(a.selfPayFirst ? { selfPayFirst: a.selfPayFirst } : {}),
      })),
      overrides: choose(values, edits)?.overrides ?? [],
    },
  });
}
