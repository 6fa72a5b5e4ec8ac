// Must stay first: see zod-config.ts.
import './zod-config';
import { zodResolver } from '@hookform/resolvers/zod';
import type { DeepPartialSkipArrayKey, Resolver } from 'react-hook-form';
import { isCalendarDate, todayInShanghai } from '@/lib/dates';
import { classIdOf, estimateYear, gradeOf, type Bill } from '@/lib/engine';
import { EstimateError, type ErrorCode } from '@/lib/errors';
import { Dec, ZERO } from '@/lib/money';
import { claimOverrides, missingValues, type MissingValue, type Override } from '@/lib/overrides';
import { versionOn } from '@/lib/rules';
import type { Facility, Grade, HospitalLevel, MemberId, Version } from '@/lib/types';
import { estimateView, type EstimateView } from './estimate-view';
import { formSchema, type ParsedForm } from './form-schema';
import { EMPTY_RATE_ROW, type FormValues, type RateRow } from './form-values';

/**
 * Everything the estimator needs from the engine and its rule data. The page loads this module
 * with import() after its first paint, so the form shows at once and the first JavaScript stays small.
 */

type Watched = DeepPartialSkipArrayKey<FormValues>;

export const resolver: Resolver<FormValues> = zodResolver(formSchema, undefined, { raw: true });

export const today = todayInShanghai;

/** What the form shows besides its fixed fields, for the version, member and grade chosen. */
export interface FormContext {
  /** Changes with the version, benefit class or grade: values asked for one do not carry to another. */
  key: string;
  /** Level-1 variants to choose from ('' = the default grade); empty when there is no choice to make. */
  facilities: { value: '' | Facility; label: string }[];
  /** The basic values no source gives, asked for with their explanations. */
  missing: MissingValue[];
  /** The segment editor's starting rows: the known part of a partly known table, else one empty row. */
  ratesPrefill: RateRow[];
}

export type Outcome =
  | { kind: 'incomplete'; reason: 'empty' | 'invalid' }
  | { kind: 'estimate'; view: EstimateView }
  | { kind: 'refusal'; code: ErrorCode | 'internal'; message: string; missing: string[] };

interface Choice {
  version: Version;
  cls: string;
  grade: Grade;
}

function choose(city: FormValues['city'], scheme: FormValues['scheme'], member: string, date: string, level: HospitalLevel, facility?: Facility): Choice | null {
  const version = versionOn(city, scheme, date);
  if (!version || !(member in version.members)) return null;
  return { version, cls: classIdOf(version, member as MemberId), grade: gradeOf(version, { hospitalLevel: level, facility }) };
}

function chooseFromWatched(values: Watched): Choice | null {
  const { city, scheme, member, date, hospitalLevel, facility } = values;
  if (!city || !scheme || !member || !date || !isCalendarDate(date) || !hospitalLevel) return null;
  return choose(city, scheme, member, date, Number(hospitalLevel) as HospitalLevel, facility || undefined);
}

function prefill(choice: Choice): RateRow[] {
  const known = choice.version.segments[choice.cls]?.[choice.grade.id]?.value;
  if (!known?.length) return [EMPTY_RATE_ROW];
  return known.map((s) => ({
    upTo: s.upTo === null ? '' : String(s.upTo),
    // The editor takes percentages; the data holds fractions.
    rate: s.rate === null ? '' : new Dec(s.rate).times(100).toString(),
  }));
}

export function describe(values: Watched): FormContext {
  const choice = chooseFromWatched(values);
  if (!choice) return { key: 'none', facilities: [], missing: [], ratesPrefill: [EMPTY_RATE_ROW] };
  const levelOne = choice.version.grades.filter((g) => g.level === 1);
  const facilities =
    values.hospitalLevel === '1' && levelOne.some((g) => g.facility)
      ? levelOne.map((g) => ({ value: g.facility ?? ('' as const), label: g.label }))
      : [];
  return {
    key: `${choice.version.id}|${choice.cls}|${choice.grade.id}`,
    facilities,
    missing: missingValues(choice.version, choice.cls, choice.grade),
    ratesPrefill: prefill(choice),
  };
}

/** The person's values, for exactly the parameters the sources leave out. */
function userOverrides(form: ParsedForm): Override[] {
  const choice = choose(form.city, form.scheme, form.member, form.date, form.hospitalLevel, form.facility);
  if (!choice) return [];
  const asked = new Set(missingValues(choice.version, choice.cls, choice.grade).map((m) => m.kind));
  return claimOverrides(choice.version, choice.cls, choice.grade, {
    deductible: asked.has('deductible') ? form.deductible?.toNumber() : undefined,
    rates: asked.has('rates') ? form.rates : undefined,
    fundCap: asked.has('fundCap') ? form.fundCap?.toNumber() : undefined,
  });
}

export function estimate(values: Watched): Outcome {
  const parsed = formSchema.safeParse(values);
  if (!parsed.success) return { kind: 'incomplete', reason: values.totalCost?.trim() ? 'invalid' : 'empty' };
  const form = parsed.data;
  try {
    const overrides = userOverrides(form);
    const bill: Bill = {
      date: form.date,
      hospitalLevel: form.hospitalLevel,
      facility: form.facility,
      totalCost: form.totalCost,
      outOfScope: form.outOfScope ?? ZERO,
      selfPayFirst: form.selfPayFirst ?? ZERO,
    };
    const result = estimateYear({
      city: form.city,
      scheme: form.scheme,
      member: form.member,
      admissions: [bill],
      firstOrdinal: form.admission,
      overrides,
    });
    return { kind: 'estimate', view: estimateView(result, overrides.length > 0) };
  } catch (error) {
    if (error instanceof EstimateError) {
      const missing = error.code === 'unknown-parameter' ? describe(values).missing.map((m) => m.label) : [];
      return { kind: 'refusal', code: error.code, message: error.message, missing };
    }
    return { kind: 'refusal', code: 'internal', message: '估算时出现意外错误。请检查填写的内容，或刷新页面后重试。', missing: [] };
  }
}
