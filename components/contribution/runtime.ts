// Must stay first: see zod-config.ts.
import '@/components/forms/zod-config';
import { zodResolver } from '@hookform/resolvers/zod';
import type { DeepPartialSkipArrayKey, Resolver } from 'react-hook-form';
import * as z from 'zod/mini';
import { amountMessage, percentMessage, readAmount, readPercent } from '@/lib/base/amount-text';
import { todayInShanghai } from '@/lib/base/dates';
import { Dec } from '@/lib/base/money';
import type { ContributionRequest, Need } from '@/lib/contribution/request';
import { EMPLOYER_KINDS, EMPLOYER_LABELS } from '@/lib/contribution/tree';
import { YEARS } from '@/lib/contribution/request';
import { contributionYear, yearNeeds } from '@/lib/contribution/year';
import { membersOf, SCHEMES } from '@/lib/model/labels';
import type { MemberId } from '@/lib/model/types';
import { RULES } from '@/lib/rules';
import { readText } from '@/components/forms/form-schema';
import { refusalOf, type Incomplete, type Refused } from '@/components/ui/outcome';
import type { ContributionValues, FieldNeed } from './contribution-values';
import { contributionView, type ContributionView } from './contribution-view';

/**
 * Everything the contribution page needs from the rules: which inputs the chosen year's rules need,
 * the form's validation (zod/mini, Chinese messages on the fields), and the year's figures as a view.
 * Loaded with import() after the page's first paint.
 */

type Watched = DeepPartialSkipArrayKey<ContributionValues>;

const YEAR_MESSAGE = `年份请填写 ${YEARS.min} 到 ${YEARS.max} 之间的四位数，例如 2025`;
const AGE_MESSAGE = '年龄请填写 0 到 120 之间的整数（周岁）';

/** A whole number typed the way amounts are (full-width digits accepted) within bounds; null otherwise. */
function whole(text: string, min: number, max: number): number | null {
  const read = readAmount(text);
  return read && 'value' in read && read.value.isInteger() && read.value.gte(min) && read.value.lte(max) ? read.value.toNumber() : null;
}

const yearField = readText<number>((text) => {
  const year = whole(text, YEARS.min, YEARS.max);
  return year === null ? { message: YEAR_MESSAGE } : { value: year };
});

const ageField = readText<number | undefined>((text) => {
  if (text.trim() === '') return { value: undefined };
  const age = whole(text, 0, 120);
  return age === null ? { message: AGE_MESSAGE } : { value: age };
});

function optionalAmount(label: string) {
  return readText<Dec | undefined>((text) => {
    const read = readAmount(text);
    if (read === null) return { value: undefined };
    return 'value' in read ? read : { message: amountMessage(label, read.problem) };
  });
}

const optionalPercent = readText<Dec | undefined>((text) => {
  const read = readPercent(text);
  if (read === null) return { value: undefined };
  return 'value' in read ? read : { message: percentMessage('缴费比例', read.problem, text) };
});

const choiceFields = {
  city: z.enum(RULES.cityIds as [string, ...string[]], { error: '请选择参保城市' }),
  scheme: z.enum(SCHEMES, { error: '请选择险种' }),
  member: z.string(),
  year: yearField,
};

const choicesSchema = z.object(choiceFields);

type Choices = { city: string; scheme: (typeof SCHEMES)[number]; member: string; year: number };

const validMember = (c: { scheme: (typeof SCHEMES)[number]; member: string }) => (membersOf(c.scheme) as string[]).includes(c.member);

/** The inputs the year's rules need from this member type; none while the choices are incomplete. */
function needsOf(c: Choices): Need[] {
  return validMember(c) ? yearNeeds({ ...c, member: c.member as MemberId }, RULES) : [];
}

export const formSchema = z.pipe(
  z
    .object({
      ...choiceFields,
      employer: z.enum(EMPLOYER_KINDS as ['enterprise', 'public-institution'], { error: '请选择用人单位类型' }),
      monthlyWage: optionalAmount('月工资'),
      age: ageField,
      flexibleRate: optionalPercent,
      declaredBase: optionalAmount('缴费基数'),
      averageWage: optionalAmount('月平均工资'),
      averagePension: optionalAmount('月人均基本养老金'),
    })
    .check(
      z.superRefine((form, ctx) => {
        if (!validMember(form)) ctx.addIssue({ code: 'custom', path: ['member'], message: '请选择人员类别' });
        for (const need of needsOf(form)) {
          if (need.kind === 'required' && form[need.key] === undefined) {
            ctx.addIssue({ code: 'custom', path: [need.key], message: `${need.choices ? '请选择' : '请填写'}${need.label}` });
          }
        }
      }),
    ),
  z.transform((form): ContributionRequest => {
    const given = Object.entries(form).filter(([, v]) => v !== undefined);
    return Object.fromEntries(given) as unknown as ContributionRequest;
  }),
);

export const resolver: Resolver<ContributionValues> = zodResolver(formSchema, undefined, { raw: true });

/** The year field starts at this year in China. */
export const today = () => todayInShanghai().slice(0, 4);

/** The form this page saved on this device, if this release can read it. */
export { readFormOnly as readSaved } from '@/components/forms/saved-schema';

/** The inputs to show besides city, scheme, member type and year, in the rules' own words. */
export function fields(values: Watched): FieldNeed[] {
  const choices = choicesSchema.safeParse(values);
  if (!choices.success) return [];
  return needsOf(choices.data).map((n) => ({
    key: n.key,
    label: n.label,
    hint: n.hint,
    ...(n.key === 'employer' ? { choices: EMPLOYER_KINDS.map((k) => ({ value: k, label: EMPLOYER_LABELS[k] })) } : {}),
    ...(n.choices ? { choices: n.choices.map((c) => ({ value: new Dec(c.rate).times(100).toString(), label: c.label })) } : {}),
  }));
}

export type Outcome = Incomplete | { kind: 'result'; view: ContributionView } | Refused;

export function compute(values: Watched): Outcome {
  const choices = choicesSchema.safeParse(values);
  if (!choices.success) return { kind: 'incomplete', reason: values.year?.trim() ? 'invalid' : 'empty' };
  // A required input not yet typed: nothing to show yet, but nothing wrong either.
  const unfilled = needsOf(choices.data).some((n) => n.kind === 'required' && !values[n.key]?.trim());
  const parsed = formSchema.safeParse(values);
  if (!parsed.success) return { kind: 'incomplete', reason: unfilled ? 'empty' : 'invalid' };
  try {
    return { kind: 'result', view: contributionView(contributionYear(parsed.data, RULES), RULES.cityLabel(parsed.data.city)) };
  } catch (error) {
    return refusalOf(error, () => []);
  }
}
