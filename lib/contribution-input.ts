import { Dec } from './base/money';
import { amount, cityChoices, unknownKeys } from './claim';
import { INPUT_LABELS, needsOf, YEARS, type ContributionRequest, type InputKey } from './contribution/request';
import { EMPLOYER_KINDS } from './contribution/tree';
import { EMPLOYEE_MEMBERS, MEMBER_LABELS, RESIDENT_MEMBERS, SCHEME_LABELS, SCHEMES } from './model/labels';
import type { MemberId } from './model/types';
import type { Rules } from './rules/registry';
import { z } from './zod-chinese';

/** The contribution CLI's JSON input: validated with zod, every message in plain Chinese, as the estimate CLI's claim is. */

const YEAR_MESSAGE = `年份（year）必须是 ${YEARS.min} 到 ${YEARS.max} 之间的整数，例如 2025`;
const AGE_MESSAGE = '年龄（age）必须是 0 到 120 之间的整数（周岁）';
const RATE_MESSAGE = '缴费比例（flexibleRate）必须是 0 到 1 之间的小数，例如 0.1 表示 10%';

const INPUT_KEYS = Object.keys(INPUT_LABELS) as InputKey[];

/**
 * The inputs some rule asks of a member type, in any city and period: one it never asks for (a
 * resident's wage, a worker's flexible rate) would be silently ignored, so it is refused. One that
 * only this year's rules do without (an age where the account is not by age) is not: the same input
 * stays valid from year to year.
 */
function usableInputs(rules: Rules): (member: MemberId) => ReadonlySet<InputKey> {
  const byMember = new Map<MemberId, Set<InputKey>>();
  for (const city of rules.cityIds) {
    for (const scheme of SCHEMES) {
      for (const period of rules.contributionBook(city, scheme)?.periods ?? []) {
        const version = rules.contributionOn(city, scheme, period.from);
        if (!version) continue;
        for (const member of scheme === 'employee' ? EMPLOYEE_MEMBERS : RESIDENT_MEMBERS) {
          const keys = byMember.get(member) ?? new Set();
          for (const need of needsOf(version, member)) keys.add(need.key);
          byMember.set(member, keys);
        }
      }
    }
  }
  return (member) => byMember.get(member) ?? new Set();
}

export function contributionSchemaFor(rules: Rules) {
  const usable = usableInputs(rules);
  return z
    .strictObject(
      {
        city: z.enum(rules.cityIds as [string, ...string[]], { error: `city 必须是 ${cityChoices(rules)}` }),
        scheme: z.enum(SCHEMES, { error: 'scheme 必须是 employee（职工医保）或 resident（居民医保）' }),
        member: z.enum([...EMPLOYEE_MEMBERS, ...RESIDENT_MEMBERS], { error: `人员类别（member）必须是 ${[...EMPLOYEE_MEMBERS, ...RESIDENT_MEMBERS].join('、')} 之一` }),
        year: z.number({ error: YEAR_MESSAGE }).int(YEAR_MESSAGE).min(YEARS.min, YEAR_MESSAGE).max(YEARS.max, YEAR_MESSAGE),
        employer: z.enum(EMPLOYER_KINDS, { error: 'employer 必须是 enterprise（企业等用人单位）或 public-institution（机关事业单位）' }).optional(),
        monthlyWage: amount('月工资（monthlyWage）').optional(),
        age: z.number({ error: AGE_MESSAGE }).int(AGE_MESSAGE).min(0, AGE_MESSAGE).max(120, AGE_MESSAGE).optional(),
        flexibleRate: z.number({ error: RATE_MESSAGE }).min(0, RATE_MESSAGE).max(1, RATE_MESSAGE).optional(),
        declaredBase: amount('申报的缴费基数（declaredBase）').optional(),
        averageWage: amount('月平均工资（averageWage）').optional(),
        averagePension: amount('月人均基本养老金（averagePension）').optional(),
      },
      unknownKeys('输入'),
    )
    .superRefine((input, ctx) => {
      const members: readonly string[] = input.scheme === 'employee' ? EMPLOYEE_MEMBERS : RESIDENT_MEMBERS;
      if (!members.includes(input.member)) {
        ctx.addIssue({ code: 'custom', path: ['member'], message: `${SCHEME_LABELS[input.scheme]}的人员类别（member）必须是 ${members.join('、')} 之一` });
        return;
      }
      const member = input.member as MemberId;
      const who = `${SCHEME_LABELS[input.scheme]}的${MEMBER_LABELS[member]}${input.scheme === 'employee' ? '人员' : ''}`;
      for (const key of INPUT_KEYS) {
        if (input[key] !== undefined && !usable(member).has(key)) {
          ctx.addIssue({ code: 'custom', path: [key], message: `${INPUT_LABELS[key]}（${key}）不适用于${who}，请删去这一项` });
        }
      }
    })
    .transform(({ flexibleRate, ...rest }): ContributionRequest => ({ ...rest, ...(flexibleRate === undefined ? {} : { flexibleRate: new Dec(flexibleRate) }) }) as ContributionRequest);
}
