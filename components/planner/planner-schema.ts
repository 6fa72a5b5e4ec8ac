import * as z from 'zod/mini';
import { membersOf, SCHEMES } from '@/lib/model/labels';
import { RULES } from '@/lib/rules';
import type { MemberId } from '@/lib/model/types';
import { billFields, checkBillParts, dateField, facilityField, hospitalLevelField } from '@/components/forms/form-schema';
import { MAX_ROWS } from './planner-values';

/** The planner's validation: each admission as on the estimator, and all of them in one calendar year (the annual limits are per year). */

const admission = z
  .object({ date: dateField, hospitalLevel: hospitalLevelField, facility: facilityField, ...billFields })
  .check(z.superRefine((a, ctx) => checkBillParts(ctx, a)));

/** Every admission has a date string: the one-year check can run even while another field is wrong. */
const datesReadable = ({ value }: { value: unknown }) => {
  const admissions = (value as { admissions?: unknown })?.admissions;
  return Array.isArray(admissions) && admissions.every((a) => typeof (a as { date?: unknown })?.date === 'string');
};

export const plannerSchema = z.pipe(
  z
    .object({
      city: z.enum(RULES.cityIds as [string, ...string[]], { error: '请选择参保城市' }),
      scheme: z.enum(SCHEMES, { error: '请选择险种' }),
      member: z.string(),
      admissions: z.array(admission).check(z.minLength(1, '请至少填写一次住院'), z.maxLength(MAX_ROWS, `最多填写 ${MAX_ROWS} 次住院`)),
    })
    .check(
      z.superRefine((form, ctx) => {
        if (!(membersOf(form.scheme) as string[]).includes(form.member)) {
          ctx.addIssue({ code: 'custom', path: ['member'], message: '请选择人员类别' });
        }
      }),
      // Checked even while another field is wrong, so the message shows as soon as a date leaves the year.
      z.superRefine(
        (form, ctx) => {
          const first = form.admissions.findIndex((a) => a.date);
          const year = form.admissions[first]?.date.slice(0, 4);
          form.admissions.forEach((a, i) => {
            if (a.date && a.date.slice(0, 4) !== year) {
              ctx.addIssue({
                code: 'custom',
                path: ['admissions', i, 'date'],
                message: `各次住院须在同一年内（年度限额按自然年计算），第${first + 1}次住院在 ${year} 年`,
              });
            }
          });
        },
        { when: datesReadable },
      ),
    ),
  z.transform(<T extends { member: string }>(form: T) => ({ ...form, member: form.member as MemberId })),
);

export type ParsedPlan = z.output<typeof plannerSchema>;
