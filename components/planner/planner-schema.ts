import * as z from 'zod/mini';
import { membersOf, SCHEMES } from '@/lib/model/labels';
import { RULES } from '@/lib/rules';
import type { MemberId } from '@/lib/model/types';
import { checkEvent, eventUnion, personFields } from '@/components/forms/form-schema';
import { MAX_ROWS } from './planner-values';

/** The planner's validation: each event as on the estimator, and all of them in one calendar year (the annual limits are per year). */

/** Every event has a date string: the one-year check can run even while another field is wrong. */
const datesReadable = ({ value }: { value: unknown }) => {
  const events = (value as { events?: unknown })?.events;
  return Array.isArray(events) && events.every((a) => typeof (a as { date?: unknown })?.date === 'string');
};

export const plannerSchema = z.pipe(
  z
    .object({
      city: z.enum(RULES.cityIds as [string, ...string[]], { error: '请选择参保城市' }),
      scheme: z.enum(SCHEMES, { error: '请选择险种' }),
      member: z.string(),
      ...personFields,
      events: z.array(eventUnion({})).check(z.minLength(1, '请至少填写一次就医'), z.maxLength(MAX_ROWS, `最多填写 ${MAX_ROWS} 次就医`)),
    })
    .check(
      z.superRefine((form, ctx) => {
        if (!(membersOf(form.scheme) as string[]).includes(form.member)) {
          ctx.addIssue({ code: 'custom', path: ['member'], message: '请选择人员类别' });
        }
        form.events.forEach((event, i) => checkEvent(ctx, form, event, ['events', i]));
      }),
      // Checked even while another field is wrong, so the message shows as soon as a date leaves the year.
      z.superRefine(
        (form, ctx) => {
          const first = form.events.findIndex((a) => a.date);
          const year = form.events[first]?.date.slice(0, 4);
          form.events.forEach((a, i) => {
            if (a.date && a.date.slice(0, 4) !== year) {
              ctx.addIssue({
                code: 'custom',
                path: ['events', i, 'date'],
                message: `各次就医须在同一年内（年度限额按自然年计算），第${first + 1}次在 ${year} 年`,
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
