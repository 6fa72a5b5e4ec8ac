import { z } from 'zod';
import { isCalendarDate } from '@/lib/dates';
import { CITIES, membersOf, SCHEMES } from '@/lib/labels';
import { ZERO, type Dec } from '@/lib/money';
import type { HospitalLevel, MemberId } from '@/lib/types';
import { amountMessage, readAmount } from '@/lib/amount-text';

/**
 * The form's validation: every message in plain Chinese, named after the field's label, on the
 * field it concerns. The output is what the engine needs; nothing here knows a policy rule.
 * The pieces are shared with the planner's and the comparison's forms.
 */

const MAX_ADMISSION = 366;

function requiredAmount(label: string) {
  return z.string().transform((text, ctx): Dec => {
    const read = readAmount(text);
    if (read && 'value' in read) return read.value;
    ctx.addIssue({ code: 'custom', message: read ? amountMessage(label, read.problem) : `请填写${label}` });
    return z.NEVER;
  });
}

function optionalAmount(label: string) {
  return z.string().transform((text, ctx): Dec | undefined => {
    const read = readAmount(text);
    if (read === null) return undefined;
    if ('value' in read) return read.value;
    ctx.addIssue({ code: 'custom', message: amountMessage(label, read.problem) });
    return z.NEVER;
  });
}

export const hospitalLevelField = z.enum(['1', '2', '3'], { error: '请选择医院等级' }).transform((l) => Number(l) as HospitalLevel);

export const facilityField = z.enum(['', 'grassroots', 'no-essential-drugs']).transform((f) => f || undefined);

export const admissionField = z.string().transform((text, ctx) => {
  const t = text.trim();
  const n = /^\d{1,3}$/.test(t) ? Number(t) : NaN;
  if (n >= 1 && n <= MAX_ADMISSION) return n;
  ctx.addIssue({ code: 'custom', message: `本年第几次住院请填写 1 到 ${MAX_ADMISSION} 之间的整数，例如 1` });
  return z.NEVER;
});

export const dateField = z
  .string()
  .refine((d) => d !== '', '请选择住院日期')
  .refine((d) => d === '' || isCalendarDate(d), '住院日期无效，请重新选择');

/** The three amounts of a bill, checked together. */
export const billFields = {
  totalCost: requiredAmount('住院总费用'),
  outOfScope: optionalAmount('全自费金额'),
  selfPayFirst: optionalAmount('先行自付金额'),
};

/** 全自费 + 先行自付 ≤ 总费用, shown under the part typed last in the form's order, next to the figures to correct. */
export function checkBillParts(
  ctx: z.RefinementCtx,
  bill: { totalCost: Dec; outOfScope?: Dec; selfPayFirst?: Dec },
  path: (string | number)[] = [],
) {
  const parts = [bill.outOfScope, bill.selfPayFirst].reduce<Dec>((sum, p) => (p ? sum.plus(p) : sum), ZERO);
  if (parts.greaterThan(bill.totalCost)) {
    const field = bill.selfPayFirst && !bill.selfPayFirst.isZero() ? 'selfPayFirst' : 'outOfScope';
    ctx.addIssue({ code: 'custom', path: [...path, field], message: '全自费与先行自付之和不能超过住院总费用' });
  }
}

const choiceFields = {
  city: z.enum(CITIES, { error: '请选择参保城市' }),
  scheme: z.enum(SCHEMES, { error: '请选择险种' }),
  member: z.string(),
  hospitalLevel: hospitalLevelField,
  facility: facilityField,
  admission: admissionField,
};

function checkMember(ctx: z.RefinementCtx, form: { scheme: (typeof SCHEMES)[number]; member: string }) {
  if (!(membersOf(form.scheme) as string[]).includes(form.member)) {
    ctx.addIssue({ code: 'custom', path: ['member'], message: '请选择人员类别' });
  }
}

/** The choices alone (what a link without amounts carries). */
export const choicesSchema = z
  .object(choiceFields)
  .superRefine((form, ctx) => checkMember(ctx, form))
  .transform((form) => ({ ...form, member: form.member as MemberId }));

export const formSchema = z
  .object({ ...choiceFields, date: dateField, ...billFields })
  .superRefine((form, ctx) => {
    checkMember(ctx, form);
    checkBillParts(ctx, form);
  })
  .transform((form) => ({ ...form, member: form.member as MemberId }));

export type ParsedForm = z.output<typeof formSchema>;
