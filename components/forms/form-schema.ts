import * as z from 'zod/mini';
import { amountMessage, readAmount } from '@/lib/base/amount-text';
import { isCalendarDate } from '@/lib/base/dates';
import type { Dec } from '@/lib/base/money';
import { FACILITIES, MAX_ADMISSION, PARTS_MESSAGE, isAdmission, partsFit } from '@/lib/model/claim-rules';
import { membersOf, SCHEMES } from '@/lib/model/labels';
import type { HospitalLevel, MemberId } from '@/lib/model/types';
import { RULES } from '@/lib/rules';

/**
 * The form's validation: every message in plain Chinese, named after the field's label, on the
 * field it concerns. The output is what the engine needs; nothing here knows a policy rule.
 * The pieces are shared with the planner's and the comparison's forms.
 */

/** Text read into a value, or into the field's message: the one shape every typed field takes. */
function readText<T>(read: (text: string) => { value: T } | { message: string }) {
  return z.pipe(
    z.string(),
    z.transform((text: string, ctx) => {
      const r = read(text);
      if ('value' in r) return r.value;
      ctx.issues.push({ code: 'custom', message: r.message, input: text });
      return z.NEVER;
    }),
  );
}

export function requiredAmount(label: string) {
  return readText((text): { value: Dec } | { message: string } => {
    const read = readAmount(text);
    if (read && 'value' in read) return read;
    return { message: read ? amountMessage(label, read.problem) : `请填写${label}` };
  });
}

export function optionalAmount(label: string) {
  return readText((text): { value: Dec | undefined } | { message: string } => {
    const read = readAmount(text);
    if (read === null) return { value: undefined };
    return 'value' in read ? read : { message: amountMessage(label, read.problem) };
  });
}

export const hospitalLevelField = z.pipe(
  z.enum(['1', '2', '3'], { error: '请选择医院等级' }),
  z.transform((l: '1' | '2' | '3') => Number(l) as HospitalLevel),
);

export const facilityField = z.pipe(
  z.enum(['', ...FACILITIES], { error: '请选择医疗机构类别' }),
  z.transform((f: '' | (typeof FACILITIES)[number]) => f || undefined),
);

export const admissionField = readText<number>((text) => {
  const t = text.trim();
  const n = /^\d{1,3}$/.test(t) ? Number(t) : NaN;
  return isAdmission(n) ? { value: n } : { message: `本年第几次住院请填写 1 到 ${MAX_ADMISSION} 之间的整数，例如 1` };
});

export const dateField = z
  .string()
  .check(
    z.refine((d: string) => d !== '', '请选择住院日期'),
    z.refine((d: string) => d === '' || isCalendarDate(d), '住院日期无效，请重新选择'),
  );

/** The three amounts of a bill, checked together. */
export const billFields = {
  totalCost: requiredAmount('住院总费用'),
  outOfScope: optionalAmount('全自费金额'),
  selfPayFirst: optionalAmount('先行自付金额'),
};

/** 全自费 + 先行自付 ≤ 总费用, shown under the part typed last in the form's order, next to the figures to correct. */
export function checkBillParts(
  ctx: z.core.$RefinementCtx,
  bill: { totalCost: Dec; outOfScope?: Dec; selfPayFirst?: Dec },
  path: (string | number)[] = [],
) {
  if (!partsFit(bill)) {
    const field = bill.selfPayFirst && !bill.selfPayFirst.isZero() ? 'selfPayFirst' : 'outOfScope';
    ctx.addIssue({ code: 'custom', path: [...path, field], message: PARTS_MESSAGE });
  }
}

const choiceFields = {
  city: z.enum(RULES.cityIds as [string, ...string[]], { error: '请选择参保城市' }),
  scheme: z.enum(SCHEMES, { error: '请选择险种' }),
  member: z.string(),
  hospitalLevel: hospitalLevelField,
  facility: facilityField,
  admission: admissionField,
};

function checkMember(ctx: z.core.$RefinementCtx, form: { scheme: (typeof SCHEMES)[number]; member: string }) {
  if (!(membersOf(form.scheme) as string[]).includes(form.member)) {
    ctx.addIssue({ code: 'custom', path: ['member'], message: '请选择人员类别' });
  }
}

/** The choices alone (what a link without amounts carries). */
export const choicesSchema = z.pipe(
  z.object(choiceFields).check(z.superRefine((form, ctx) => checkMember(ctx, form))),
  z.transform(<T extends { member: string }>(form: T) => ({ ...form, member: form.member as MemberId })),
);

export const formSchema = z.pipe(
  z.object({ ...choiceFields, date: dateField, ...billFields }).check(
    z.superRefine((form, ctx) => {
      checkMember(ctx, form);
      checkBillParts(ctx, form);
    }),
  ),
  z.transform(<T extends { member: string }>(form: T) => ({ ...form, member: form.member as MemberId })),
);

export type ParsedForm = z.output<typeof formSchema>;
