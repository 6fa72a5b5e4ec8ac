// Must stay first: see zod-config.ts.
import '@/components/forms/zod-config';
import { zodResolver } from '@hookform/resolvers/zod';
import type { DeepPartialSkipArrayKey, Resolver } from 'react-hook-form';
import * as z from 'zod/mini';
import { todayInShanghai } from '@/lib/base/dates';
import type { Dec } from '@/lib/base/money';
import { checkSlip } from '@/lib/check/check';
import { SLIP_NAMES, type SlipLine } from '@/lib/check/lines';
import { ELIGIBLE_TOO_LARGE, PARTS_TOO_LARGE, slipProblem, type Slip, type Stay } from '@/lib/check/slip';
import { membersOf, SCHEMES } from '@/lib/model/labels';
import type { Facility, Grade, MemberId, Version } from '@/lib/model/types';
import { facilityChoices, gradeOf } from '@/lib/model/version';
import { RULES } from '@/lib/rules';
import { admissionField, awayField, dateField, facilityField, hospitalLevelField, optionalAmount, personFields, personInputs, requiredAmount } from '@/components/forms/form-schema';
import { personValues } from '@/components/forms/form-values';
import { readsPersonInputs } from '@/lib/engine/layers';
import type { Incomplete } from '@/components/ui/outcome';
import { inpatient } from '@/lib/benefits/inpatient';
import { askedValues, type AskedValue } from '@/components/what-if/asked';
import type { Edits } from '@/components/what-if/edits';
import { savedReader } from '@/components/forms/saved-schema';
import { keptEdits } from '@/components/what-if/kept-edits';
import { formReader } from '@/components/what-if/reading';
import { versionFor } from '@/components/forms/event';
import { detailsOfHeld } from '@/lib/model/field-text';
import { checkView, type CheckView } from './check-view';
import { SLIP_FIELDS, initialCheckValues, type CheckValues } from './check-values';
import { checkLink, readCheckLink } from './link';

/**
 * The slip check's engine side, loaded with import() after the page's first paint: the form's
 * validation, lib/check, and the view the page renders. Nothing typed leaves the page.
 */

type Watched = DeepPartialSkipArrayKey<CheckValues>;

const lineFields = Object.fromEntries(SLIP_FIELDS.map((line) => [line, line === 'total' ? requiredAmount(SLIP_NAMES.total) : optionalAmount(SLIP_NAMES[line])])) as {
  total: ReturnType<typeof requiredAmount>;
} & Record<Exclude<SlipLine, 'total'>, ReturnType<typeof optionalAmount>>;

const choiceFields = {
  city: z.enum(RULES.cityIds as [string, ...string[]], { error: '请选择参保城市' }),
  scheme: z.enum(SCHEMES, { error: '请选择险种' }),
  member: z.string(),
  hospitalLevel: hospitalLevelField,
  facility: facilityField,
  admission: admissionField,
  away: awayField,
  ...personFields,
};

const checkSchema = z.object({ ...choiceFields, date: dateField('住院日期'), ...lineFields }).check(
  z.superRefine((form, ctx) => {
    if (!(membersOf(form.scheme) as string[]).includes(form.member)) ctx.addIssue({ code: 'custom', path: ['member'], message: '请选择人员类别' });
    // Shown under the line to correct: 符合政策范围金额 when typed, else the last part outside the scope typed.
    const problem = slipProblem(slipOf(form));
    if (problem === ELIGIBLE_TOO_LARGE) ctx.addIssue({ code: 'custom', path: ['eligible'], message: problem });
    if (problem === PARTS_TOO_LARGE) {
      const last = (['selfPayFirst', 'overLimit', 'outOfScope'] as const).find((l) => form[l]);
      ctx.addIssue({ code: 'custom', path: [last ?? 'outOfScope'], message: problem });
    }
  }),
);

type ParsedCheck = z.output<typeof checkSchema>;

export const resolver: Resolver<CheckValues> = zodResolver(checkSchema, undefined, { raw: true });

export const today = todayInShanghai;

/** The form and the parameter edits this page saved on this device, if this release can read them. */
export const readSaved = savedReader(keptEdits);

function slipOf(form: { total: Dec } & Partial<Record<SlipLine, Dec | undefined>>): Slip {
  const slip: Slip = { total: form.total };
  for (const line of SLIP_FIELDS) if (line !== 'total' && form[line] !== undefined) slip[line] = form[line];
  return slip;
}

function stayOf(form: ParsedCheck, version: Version | undefined): Stay {
  return {
    city: form.city,
    scheme: form.scheme,
    member: form.member as MemberId,
    date: form.date,
    hospitalLevel: form.hospitalLevel,
    ...(form.facility ? { facility: form.facility } : {}),
    admission: form.admission,
    ...(form.away === 'local' ? {} : { away: form.away }),
    person: personInputs(form, version),
  };
}

const read = formReader<Watched, ParsedCheck>(
  (values) => {
    const parsed = checkSchema.safeParse(values);
    return parsed.success ? parsed.data : null;
  },
  (values) => ({ ...values, events: [{ benefit: inpatient.id, ...detailsOfHeld({ hospitalLevel: values.hospitalLevel, facility: values.facility }) }] }),
);

export interface FormContext {
  facilities: { value: '' | Facility; label: string }[];
  asked: AskedValue[];
  /** Whether to ask what a resident says of themselves (a raise of the 大病 maximum is in force). */
  person: boolean;
}

export function describe(values: Watched, edits: Edits): FormContext {
  const { choice } = read(values, edits);
  const stay = choice?.events[0];
  if (!choice || !stay?.hospitalLevel) return { facilities: [], asked: [], person: false };
  return {
    person: values.scheme === 'resident' && readsPersonInputs(choice.version),
    facilities: stay.hospitalLevel === 1 ? facilityChoices(choice.version) : [],
    asked: askedValues(choice.version, choice.cls, [{ benefit: inpatient, bill: gradeBill(gradeOf(choice.version, stay)) }], choice.readings),
  };
}

/** The stay's grade as a bill names it: the level-1 variant chosen, where the version has it. */
const gradeBill = (grade: Grade) => ({ hospitalLevel: grade.level, ...(grade.facility ? { facility: grade.facility } : {}) });

export type CheckOutcome = Incomplete | { kind: 'check'; view: CheckView } | { kind: 'refusal'; code: 'internal'; message: string; missing: string[] };

export function check(values: Watched, edits: Edits): CheckOutcome {
  const { parsed, version, choice } = read(values, edits);
  if (!parsed) return { kind: 'incomplete', reason: values.total?.trim() ? 'invalid' : 'empty' };
  try {
    const overrides = choice?.overrides ?? [];
    const slip = slipOf(parsed);
    const result = checkSlip(slip, stayOf(parsed, version), { overrides });
    return { kind: 'check', view: checkView(result, slip, overrides.length > 0, () => describe(values, edits).asked.filter((a) => !a.filled)) };
  } catch {
    return { kind: 'refusal', code: 'internal', message: '核对时出现意外错误。请检查填写的内容，或刷新页面后重试。', missing: [] };
  }
}

/** The choices a link carries (never an amount), or the defaults with a notice. */
export function readLink(search: string, hash: string): { values: CheckValues | null; notice: string | null } {
  const { state, notice } = readCheckLink(search, hash);
  if (!state) return { values: null, notice };
  return {
    values: {
      ...initialCheckValues(state.city),
      scheme: state.scheme,
      member: state.member,
      hospitalLevel: String(state.hospitalLevel) as CheckValues['hospitalLevel'],
      facility: state.facility ?? '',
      admission: String(state.admission),
      away: state.away,
      ...personValues(state.person ?? {}),
    },
    notice: null,
  };
}

const choicesSchema = z.object(choiceFields);

/** A link with the choices only; null while a choice is wrong. */
export function shareLink(values: Watched): string | null {
  const parsed = choicesSchema.safeParse(values);
  if (!parsed.success || !(membersOf(parsed.data.scheme) as string[]).includes(parsed.data.member)) return null;
  const c = parsed.data;
  const person = personInputs(c, versionFor(c.city, c.scheme, values.date));
  return checkLink({
    ...(Object.keys(person).length ? { person } : {}),
    city: c.city,
    scheme: c.scheme,
    member: c.member as MemberId,
    hospitalLevel: c.hospitalLevel,
    ...(c.facility && c.hospitalLevel === 1 ? { facility: c.facility } : {}),
    admission: c.admission,
    away: c.away,
  });
}
