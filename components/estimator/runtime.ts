// Must stay first: see zod-config.ts.
import '@/components/forms/zod-config';
import { zodResolver } from '@hookform/resolvers/zod';
import type { DeepPartialSkipArrayKey, Resolver } from 'react-hook-form';
import { todayInShanghai } from '@/lib/base/dates';
import { EstimateError } from '@/lib/base/errors';
import type { FieldSpec } from '@/lib/engine/benefit';
import type { Bill } from '@/lib/engine/bill';
import { estimateYear, type Rulebook, type YearRequest, type YearResult } from '@/lib/engine/year';
import { applyOverrides, type Override } from '@/lib/model/overrides';
import { classOf } from '@/lib/model/version';
import type { MemberId, Version } from '@/lib/model/types';
import { RULES } from '@/lib/rules';
import { askingEvent, benefitOf, billOfEvent, choicesOf, detailValues, fieldsOf, linkDetails, unavailableBenefits, versionFor } from '@/components/forms/event';
import { choicesSchema, formSchema, personInputs, type ParsedForm } from '@/components/forms/form-schema';
import { readsPersonInputs } from '@/lib/engine/layers';
import { initialValues, personValues, type FormValues, type Preset } from '@/components/forms/form-values';
import { refusalOf, type Incomplete, type Refused } from '@/components/ui/outcome';
import { askedValues, type AskedValue } from '@/components/what-if/asked';
import { applyEdits, editsOf, type AppliedEdit } from '@/components/what-if/edit-reading';
import { compareFigures, editedCount, editorRows, officialOf, type FiguresOrRefusal, type WhatIf } from '@/components/what-if/editor-view';
import type { Edits } from '@/components/what-if/edits';
import { savedReader } from '@/components/forms/saved-schema';
import { keptEdits } from '@/components/what-if/kept-edits';
import { latestChange } from '@/lib/what-changed';
import { changeView } from './change-view';
import { estimateView, type EstimateView } from './estimate-view';
import { estimatorLink, readEstimatorLink } from './link';

/**
 * Everything the estimator needs from the engine and its rule data. The page loads this module
 * with import() after its first paint, so the form shows at once and the first JavaScript stays small.
 */

type Watched = DeepPartialSkipArrayKey<FormValues>;

export const resolver: Resolver<FormValues> = zodResolver(formSchema, undefined, { raw: true });

export const today = todayInShanghai;

/** The form and the parameter edits this page saved on this device, if this release can read them. */
export const readSaved = savedReader(keptEdits);

/** What the page shows besides the form's fixed fields, for the version, member and event chosen. */
export interface FormContext {
  /** The details the chosen benefit reads under the version in force, in the order to ask them; null before a version is known. */
  fields: FieldSpec[] | null;
  /** Why a benefit cannot be estimated here (no known rule, not for this member), by benefit. */
  unavailable: Record<string, string>;
  /** The values no source gives, asked for with their explanations. */
  asked: AskedValue[];
  /** Whether to ask what a resident says of themselves (a raise of the 大病 maximum is in force). */
  person: boolean;
}

export type Outcome = Incomplete | { kind: 'estimate'; view: EstimateView } | Refused;

interface Choice {
  version: Version;
  member: MemberId;
  cls: string;
  event: Partial<Bill>;
  readings: Map<string, AppliedEdit>;
  overrides: Override[];
}

/**
 * The version, class and event the form's choices select, and the edits read under that version.
 * The page asks for its context, its estimate and its what-if view with the same values and edits:
 * the last choice is kept, so the version is looked up once per change, not once per question.
 */
let lastChoice: { values: Watched; edits: Edits; choice: Choice | null } | null = null;

function choose(values: Watched, edits: Edits): Choice | null {
  if (lastChoice?.values === values && lastChoice.edits === edits) return lastChoice.choice;
  const choice = chooseAfresh(values, edits);
  lastChoice = { values, edits, choice };
  return choice;
}

function chooseAfresh(values: Watched, edits: Edits): Choice | null {
  const { city, scheme, member, date } = values;
  const version = versionFor(city, scheme, date);
  if (!version || !member || !version.members.includes(member as MemberId)) return null;
  const { readings, overrides } = applyEdits(version, edits);
  // The class follows an edited member mapping (e.g. 威海未成年居民 → 二档).
  const cls = classOf(applyOverrides(version, overrides), member as MemberId).id;
  return { version, member: member as MemberId, cls, event: choicesOf(values), readings, overrides };
}

/** What the event would be settled by that no source gives; nothing for a benefit that cannot be estimated here. */
function askedOf(choice: Choice): AskedValue[] {
  const benefit = benefitOf(choice.event.benefit);
  if (!(benefit.id in choice.version.benefits) || benefit.excludes?.(choice.version, choice.member)) return [];
  return askedValues(choice.version, choice.cls, [askingEvent(choice.event)], choice.readings);
}

export function describe(values: Watched, edits: Edits): FormContext {
  const choice = choose(values, edits);
  if (!choice) return { fields: null, unavailable: {}, asked: [], person: false };
  return {
    fields: fieldsOf(choice.version, choice.event),
    unavailable: unavailableBenefits(choice.version, choice.member),
    asked: askedOf(choice),
    person: values.scheme === 'resident' && readsPersonInputs(choice.version),
  };
}

function run(form: ParsedForm, rules: Rulebook): YearResult {
  return estimateYear(requestOn(form, RULES.versionOn(form.city, form.scheme, form.date), form.date), rules);
}

/** The form's case under a version's rules, dated on a day of that version. */
function requestOn(form: ParsedForm, version: Version | undefined, date: string): YearRequest {
  const dated = { ...form, date };
  return { member: form.member, admissions: [billOfEvent(dated, version)], firstOrdinal: form.admission, person: personInputs(form, version) };
}

/** How the rules' latest change that moves this figure moved it, in words; none where there is no such change. */
function changeOf(form: ParsedForm, overrides: Override[], result: YearResult) {
  const change = latestChange(RULES, form.city, form.scheme, overrides, (version, date) => requestOn(form, version, date), result);
  return change ? { change: changeView(change) } : {};
}

export function estimate(values: Watched, edits: Edits): Outcome {
  const parsed = formSchema.safeParse(values);
  if (!parsed.success) return { kind: 'incomplete', reason: values.totalCost?.trim() ? 'invalid' : 'empty' };
  try {
    const overrides = choose(values, edits)?.overrides ?? [];
    const result = run(parsed.data, RULES.rulebook(parsed.data.city, parsed.data.scheme, overrides));
    const view = { ...estimateView(result, overrides.length > 0), ...changeOf(parsed.data, overrides, result) };
    return { kind: 'estimate', view: overrides.length ? { ...view, official: officialOf(figuresOf(parsed.data, [])) } : view };
  } catch (error) {
    return refusalOf(error, () => describe(values, edits).asked.filter((a) => !a.filled));
  }
}

function figuresOf(form: ParsedForm, overrides: Override[]): FiguresOrRefusal {
  try {
    const result = run(form, RULES.rulebook(form.city, form.scheme, overrides));
    const current = result.admissions.at(-1)!;
    return { figures: { fund: current.fund, supplements: current.supplements, outOfPocket: current.outOfPocket, level: result.provenance.level } };
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
  const asked = new Set(askedOf(choice).map((a) => a.key));
  const parsed = formSchema.safeParse(values);
  return {
    versionTitle: choice.version.title,
    rows: editorRows(choice.version, choice.readings, asked),
    comparison: parsed.success && choice.overrides.length > 0 ? compareFigures(figuresOf(parsed.data, []), figuresOf(parsed.data, choice.overrides)) : null,
  };
}

/** The form and the edits a shared link carries, or the page's defaults with a notice. */
export function readLink(preset: Preset, search: string, hash: string): { values: FormValues | null; edits: Edits; notice: string | null } {
  const { state, notice } = readEstimatorLink(preset.city, preset.scheme, search, hash);
  if (!state) return { values: null, edits: {}, notice };
  const { choices, details, amounts } = state;
  const values: FormValues = {
    ...initialValues(preset),
    member: choices.member,
    hospitalLevel: String(choices.hospitalLevel) as FormValues['hospitalLevel'],
    facility: choices.facility ?? '',
    admission: String(choices.admission),
    ...detailValues(details),
    ...personValues(choices.person ?? {}),
  };
  if (!amounts) return { values, edits: {}, notice: null };
  const version = RULES.versionOn(preset.city, preset.scheme, amounts.date);
  return {
    values: {
      ...values,
      date: amounts.date,
      totalCost: amounts.totalCost.toFixed(),
      outOfScope: amounts.outOfScope?.toFixed() ?? '',
      selfPayFirst: amounts.selfPayFirst?.toFixed() ?? '',
    },
    edits: version ? editsOf(version, amounts.overrides) : {},
    notice: null,
  };
}

/** A link to this estimate: the choices only, or with the amounts and edits after '#'. Null while the form has errors. */
export function shareLink(values: Watched, edits: Edits, withAmounts: boolean): string | null {
  if (!withAmounts) {
    const choices = choicesSchema.safeParse(values);
    if (!choices.success) return null;
    const c = choices.data;
    const version = versionFor(c.city, c.scheme, values.date);
    return estimatorLink(c.city, c.scheme, { choices: linkChoices(c, version), details: linkDetails(c, version) });
  }
  const parsed = formSchema.safeParse(values);
  if (!parsed.success) return null;
  const form = parsed.data;
  const version = RULES.versionOn(form.city, form.scheme, form.date);
  return estimatorLink(form.city, form.scheme, {
    choices: linkChoices(form, version),
    details: linkDetails(form, version),
    amounts: {
      date: form.date,
      totalCost: form.totalCost,
      outOfScope: form.outOfScope,
      selfPayFirst: form.selfPayFirst,
      overrides: choose(values, edits)?.overrides ?? [],
    },
  });
}

function linkChoices(form: Pick<ParsedForm, 'scheme' | 'member' | 'hospitalLevel' | 'facility' | 'admission' | 'continuousYears' | 'noClaimLastYear'>, version: Version | undefined) {
  const person = personInputs(form, version);
  return {
    member: form.member,
    hospitalLevel: form.hospitalLevel,
    ...(form.facility && form.hospitalLevel === 1 ? { facility: form.facility } : {}),
    admission: form.admission,
    ...(Object.keys(person).length ? { person } : {}),
  };
}
