// Must stay first: see zod-config.ts.
import '@/components/forms/zod-config';
import { zodResolver } from '@hookform/resolvers/zod';
import type { DeepPartialSkipArrayKey, Resolver } from 'react-hook-form';
import { todayInShanghai } from '@/lib/base/dates';
import type { FieldSpec } from '@/lib/engine/benefit';
import { estimateYear, type YearRequest, type YearResult } from '@/lib/engine/year';
import type { Override } from '@/lib/model/overrides';
import type { Version } from '@/lib/model/types';
import { RULES } from '@/lib/rules';
import { benefitOf, billOfEvent, choicesOf, fieldsOf, unavailableBenefits, versionFor } from '@/components/forms/event';
import { detailValues, linkDetails } from '@/components/share/link-codec';
import { choicesSchema, formSchema, personInputs, type ParsedForm } from '@/components/forms/form-schema';
import { readsPersonInputs } from '@/lib/engine/layers';
import { initialValues, personValues, type FormValues, type Preset } from '@/components/forms/form-values';
import { refusalOf, type Incomplete, type Refused } from '@/components/ui/outcome';
import { askedValues, askingEvent, type AskedValue } from '@/components/what-if/asked';
import { editsOf } from '@/components/what-if/edit-reading';
import { officialOf, type FiguresOrRefusal } from '@/components/what-if/editor-view';
import { figuresOrRefusal, formReader, whatIfOf, type Choice, type Reading } from '@/components/what-if/reading';
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

const read = formReader<Watched, ParsedForm>(
  (values) => {
    const parsed = formSchema.safeParse(values);
    return parsed.success ? parsed.data : null;
  },
  (values) => ({ city: values.city, scheme: values.scheme, member: values.member, date: values.date, events: [choicesOf(values)] }),
);

/** What the event would be settled by that no source gives; nothing for a benefit that cannot be estimated here. */
function askedOf(choice: Choice): AskedValue[] {
  const event = choice.events[0]!;
  const benefit = benefitOf(event.benefit);
  if (!(benefit.id in choice.version.benefits) || benefit.excludes?.(choice.version, choice.member)) return [];
  return askedValues(choice.version, choice.cls, [askingEvent(event)], choice.readings);
}

export function describe(values: Watched, edits: Edits): FormContext {
  const { choice } = read(values, edits);
  if (!choice) return { fields: null, unavailable: {}, asked: [], person: false };
  return {
    fields: fieldsOf(choice.version, choice.events[0]!),
    unavailable: unavailableBenefits(choice.version, choice.member),
    asked: askedOf(choice),
    person: values.scheme === 'resident' && readsPersonInputs(choice.version),
  };
}

/** The form's case under a version's rules, dated on a day of that version. */
function requestOn(form: ParsedForm, version: Version | undefined, date: string): YearRequest {
  const dated = { ...form, date };
  return { member: form.member, admissions: [billOfEvent(dated, version)], firstOrdinal: form.admission, person: personInputs(form, version) };
}

/** The year of the one event, under the edits or the official rules (the same when there are no edits); kept with the reading. */
function settle(reading: Reading<ParsedForm> & { parsed: ParsedForm }, edited: boolean): YearResult {
  const { parsed: form, version, choice } = reading;
  const underEdits = edited && (choice?.overrides.length ?? 0) > 0;
  return reading.once(underEdits ? 'edited' : 'official', () =>
    estimateYear(requestOn(form, version, form.date), underEdits ? choice!.rulebook : RULES.rulebook(form.city, form.scheme)),
  );
}

function figuresOf(reading: Reading<ParsedForm> & { parsed: ParsedForm }, edited: boolean): FiguresOrRefusal {
  return figuresOrRefusal(() => {
    const result = settle(reading, edited);
    const current = result.admissions.at(-1)!;
    return { fund: current.fund, supplements: current.supplements, outOfPocket: current.outOfPocket, level: result.provenance.level };
  });
}

/** How the rules' latest change that moves this figure moved it, in words; none where there is no such change. */
function changeOf(form: ParsedForm, overrides: Override[], result: YearResult) {
  const change = latestChange(RULES, form.city, form.scheme, overrides, (version, date) => requestOn(form, version, date), result);
  return change ? { change: changeView(change) } : {};
}

export function estimate(values: Watched, edits: Edits): Outcome {
  const reading = read(values, edits);
  if (!reading.parsed) return { kind: 'incomplete', reason: values.totalCost?.trim() ? 'invalid' : 'empty' };
  const complete = reading as Reading<ParsedForm> & { parsed: ParsedForm };
  try {
    const overrides = reading.choice?.overrides ?? [];
    const edited = overrides.length > 0;
    const result = settle(complete, true);
    const view = { ...estimateView(result, edited), ...changeOf(complete.parsed, overrides, result) };
    return { kind: 'estimate', view: edited ? { ...view, official: officialOf(figuresOf(complete, false)) } : view };
  } catch (error) {
    return refusalOf(error, () => describe(values, edits).asked.filter((a) => !a.filled));
  }
}

export const { edited, whatIf } = whatIfOf(read, figuresOf, askedOf);

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
  const { parsed: form, version, choice } = read(values, edits);
  if (!form) return null;
  return estimatorLink(form.city, form.scheme, {
    choices: linkChoices(form, version),
    details: linkDetails(form, version),
    amounts: {
      date: form.date,
      totalCost: form.totalCost,
      outOfScope: form.outOfScope,
      selfPayFirst: form.selfPayFirst,
      overrides: choice?.overrides ?? [],
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
