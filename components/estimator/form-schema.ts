import { z } from 'zod';
import { isCalendarDate } from '@/lib/dates';
import { CITIES, membersOf, SCHEMES } from '@/lib/labels';
import { ZERO, type Dec } from '@/lib/money';
import type { HospitalLevel, MemberId, Segment } from '@/lib/types';
import { amountMessage, percentMessage, readAmount, readPercent } from '@/lib/amount-text';

/**
 * The form's validation: every message in plain Chinese, named after the field's label, on the
 * field it concerns. The output is what the engine needs; nothing here knows a policy rule.
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

/**
 * The segment editor's rows. Rows are checked as typed, but the table counts as given only once
 * every row has a rate: a half-filled table leaves the version's own values (or the engine's
 * request for them) in place.
 */
const rates = z.array(z.object({ upTo: z.string(), rate: z.string() })).transform((rows, ctx): Segment[] | undefined => {
  const issue = (i: number, field: 'upTo' | 'rate', message: string) => ctx.addIssue({ code: 'custom', path: [i, field], message });
  const segments: Segment[] = [];
  let complete = rows.length > 0;
  let previous: Dec | null = null;
  rows.forEach((row, i) => {
    const name = `第${i + 1}段`;
    const upTo = readAmount(row.upTo);
    if (upTo && 'problem' in upTo) issue(i, 'upTo', amountMessage(`${name}上限`, upTo.problem));
    else if (upTo === null && i < rows.length - 1) issue(i, 'upTo', '只有最后一段可以不设上限，请填写这一段的上限');
    else if (upTo && upTo.value.isZero()) issue(i, 'upTo', `${name}上限须大于 0`);
    else if (upTo && previous && upTo.value.lessThanOrEqualTo(previous)) issue(i, 'upTo', '各段上限须从小到大填写');
    if (upTo && 'value' in upTo) previous = upTo.value;

    const rate = readPercent(row.rate);
    if (rate && 'problem' in rate) issue(i, 'rate', percentMessage(`${name}比例`, rate.problem));
    if (rate === null) complete = false;
    segments.push({
      upTo: upTo && 'value' in upTo ? upTo.value.toNumber() : null,
      rate: rate && 'value' in rate ? rate.value.toNumber() : null,
    });
  });
  return complete ? segments : undefined;
});

export const formSchema = z
  .object({
    city: z.enum(CITIES, { error: '请选择参保城市' }),
    scheme: z.enum(SCHEMES, { error: '请选择险种' }),
    member: z.string(),
    hospitalLevel: z.enum(['1', '2', '3'], { error: '请选择医院等级' }).transform((l) => Number(l) as HospitalLevel),
    facility: z.enum(['', 'grassroots', 'no-essential-drugs']).transform((f) => f || undefined),
    admission: z.string().transform((text, ctx) => {
      const t = text.trim();
      const n = /^\d{1,3}$/.test(t) ? Number(t) : NaN;
      if (n >= 1 && n <= MAX_ADMISSION) return n;
      ctx.addIssue({ code: 'custom', message: `本年第几次住院请填写 1 到 ${MAX_ADMISSION} 之间的整数，例如 1` });
      return z.NEVER;
    }),
    date: z
      .string()
      .refine((d) => d !== '', '请选择住院日期')
      .refine((d) => d === '' || isCalendarDate(d), '住院日期无效，请重新选择'),
    totalCost: requiredAmount('住院总费用'),
    outOfScope: optionalAmount('全自费金额'),
    selfPayFirst: optionalAmount('先行自付金额'),
    deductible: optionalAmount('起付线'),
    fundCap: optionalAmount('年度最高支付限额'),
    rates,
  })
  .superRefine((form, ctx) => {
    if (!(membersOf(form.scheme) as string[]).includes(form.member)) {
      ctx.addIssue({ code: 'custom', path: ['member'], message: '请选择人员类别' });
    }
    const parts = [form.outOfScope, form.selfPayFirst].reduce<Dec>((sum, p) => (p ? sum.plus(p) : sum), ZERO);
    if (parts.greaterThan(form.totalCost)) {
      // Shown under the part typed last in the form's order, next to the figures to correct.
      const path = form.selfPayFirst && !form.selfPayFirst.isZero() ? 'selfPayFirst' : 'outOfScope';
      ctx.addIssue({ code: 'custom', path: [path], message: '全自费与先行自付之和不能超过住院总费用' });
    }
  })
  .transform((form) => ({ ...form, member: form.member as MemberId }));

export type ParsedForm = z.output<typeof formSchema>;
