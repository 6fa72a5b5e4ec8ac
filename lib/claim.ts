import { z } from 'zod';
import type { Bill, YearRequest } from './engine';
import { billOf, classIdOf, gradeOf } from './engine';
import { CITIES, EMPLOYEE_MEMBERS, RESIDENT_MEMBERS, SCHEME_LABELS, SCHEMES } from './labels';
import { amountMessage, readAmount } from './amount-text';
import { isCalendarDate, todayInShanghai } from './dates';
import { MAX_AMOUNT, ZERO, type Dec } from './money';
import { claimOverrides, type Override } from './overrides';
import { versionOn } from './rules';

/**
 * The JSON claim read by the CLI (and by share links): validated with zod,
 * every message in plain Chinese, then turned into the engine's YearRequest.
 */

const MAX_ADMISSIONS = 366;

/** An amount in yuan, as a JSON number or a numeric string, read by the same rules as the page's inputs. */
function amount(label: string) {
  return z.union([z.number(), z.string()], { error: `${label}请填写数字，例如 12345.67` }).transform((raw, ctx) => {
    const read = readAmount(typeof raw === 'number' ? numberText(raw) : raw);
    if (read && 'value' in read) return read.value;
    ctx.addIssue({ code: 'custom', message: read ? amountMessage(label, read.problem) : `请填写${label}` });
    return z.NEVER;
  });
}

/** A JSON number as plain digits; exponent forms (1e21, 1e-7) are out of range or too precise to be money. */
function numberText(n: number): string {
  const text = String(n);
  if (!text.includes('e')) return text;
  return Math.abs(n) < 1 ? '0.001' : String(MAX_AMOUNT.plus(1));
}

const level = (label: string) =>
  z.union([z.literal(1), z.literal(2), z.literal(3)], {
    error: `${label}必须是 1（一级及以下）、2（二级）或 3（三级）`,
  });

const isoDate = (label: string) =>
  z.string({ error: `${label}必须是 YYYY-MM-DD 格式的日期` }).refine(isCalendarDate, `${label}必须是有效日期，格式 YYYY-MM-DD，例如 2025-03-18`);

const facility = z.enum(['grassroots', 'no-essential-drugs'], {
  error: 'facility 只能是 grassroots（基层医疗机构）或 no-essential-drugs（未实施基本药物制度的一级医院）',
});

function unknownKeys(where: string) {
  return {
    error: (issue: { code?: string; keys?: string[] }) =>
      issue.code === 'unrecognized_keys' ? `${where}含有不认识的字段：${(issue.keys ?? []).join('、')}` : undefined,
  };
}

const earlierAdmission = z.strictObject(
  {
    date: isoDate('此前住院的日期'),
    hospitalLevel: level('此前住院的医院等级'),
    facility: facility.optional(),
    totalCost: amount('此前住院的总费用'),
    outOfScope: amount('此前住院的全自费金额').optional(),
    selfPayFirst: amount('此前住院的先行自付金额').optional(),
  },
  unknownKeys('此前住院'),
);

const rate = z
  .number({ error: '支付比例 rate 必须是 0 到 1 之间的小数，例如 0.85 表示 85%' })
  .min(0, '支付比例 rate 必须是 0 到 1 之间的小数，例如 0.85 表示 85%')
  .max(1, '支付比例 rate 必须是 0 到 1 之间的小数，例如 0.85 表示 85%');

const overridesSchema = z.strictObject(
  {
    deductible: amount('自定义起付线').optional(),
    rates: z
      .array(
        z.strictObject(
          {
            upTo: z.number({ error: '分段上限 upTo 必须是数字，或用 null 表示不设上限' }).positive('分段上限 upTo 必须大于 0').nullable(),
            rate,
          },
          unknownKeys('分段比例'),
        ),
        { error: 'rates 必须是分段数组，例如 [{"upTo": 10000, "rate": 0.85}, {"upTo": null, "rate": 0.9}]' },
      )
      .min(1, 'rates 至少需要一段')
      .refine(ascending, '分段上限 upTo 必须从小到大排列，只有最后一段可以为 null')
      .optional(),
    fundCap: amount('自定义年度限额').optional(),
  },
  unknownKeys('overrides'),
);

function ascending(segments: { upTo: number | null }[]): boolean {
  return segments.every((s, i) => {
    const next = segments[i + 1];
    if (!next) return true;
    return s.upTo !== null && (next.upTo === null || next.upTo > s.upTo);
  });
}

export const claimSchema = z
  .strictObject(
    {
      city: z.enum(CITIES, { error: 'city 必须是 weihai（威海）、jinan（济南）或 yantai（烟台）' }),
      scheme: z.enum(SCHEMES, { error: 'scheme 必须是 employee（职工医保）或 resident（居民医保）' }),
      member: z.enum([...EMPLOYEE_MEMBERS, ...RESIDENT_MEMBERS], {
        error: `人员类别（member）必须是 ${[...EMPLOYEE_MEMBERS, ...RESIDENT_MEMBERS].join('、')} 之一`,
      }),
      date: isoDate('住院日期（date）').optional(),
      hospitalLevel: level('医院等级（hospitalLevel）'),
      facility: facility.optional(),
      admission: z
        .number({ error: '本年第几次住院（admission）必须是整数' })
        .int('本年第几次住院（admission）必须是整数')
        .min(1, '本年第几次住院（admission）至少为 1')
        .max(MAX_ADMISSIONS, `本年第几次住院（admission）不能超过 ${MAX_ADMISSIONS}`),
      totalCost: amount('住院总费用（totalCost）'),
      outOfScope: amount('全自费金额（outOfScope）').optional(),
      selfPayFirst: amount('先行自付金额（selfPayFirst）').optional(),
      earlier: z.array(earlierAdmission, { error: '此前住院（earlier）必须是数组' }).optional(),
      overrides: overridesSchema.optional(),
    },
    unknownKeys('输入'),
  )
  .superRefine((claim, ctx) => {
    const members: readonly string[] = claim.scheme === 'employee' ? EMPLOYEE_MEMBERS : RESIDENT_MEMBERS;
    if (!members.includes(claim.member)) {
      ctx.addIssue({
        code: 'custom',
        path: ['member'],
        message: `${SCHEME_LABELS[claim.scheme]}的人员类别（member）必须是 ${members.join('、')} 之一`,
      });
    }
    checkParts(ctx, claim, [], '');
    if (claim.earlier && claim.earlier.length !== claim.admission - 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['earlier'],
        message: `这是本年第${claim.admission}次住院，earlier 应列出此前的 ${claim.admission - 1} 次住院，实际列出 ${claim.earlier.length} 次`,
      });
    }
    const date = claim.date ?? todayInShanghai();
    claim.earlier?.forEach((e, i) => {
      checkParts(ctx, e, ['earlier', i], '此前住院的');
      if (e.date.slice(0, 4) !== date.slice(0, 4) || e.date > date) {
        ctx.addIssue({
          code: 'custom',
          path: ['earlier', i, 'date'],
          message: `此前住院的日期 ${e.date} 必须与本次住院（${date}）在同一年，且不晚于本次住院`,
        });
      }
    });
  });

function checkParts(
  ctx: z.RefinementCtx,
  bill: { totalCost: Dec; outOfScope?: Dec; selfPayFirst?: Dec },
  path: (string | number)[],
  prefix: string,
) {
  const parts = (bill.outOfScope ?? ZERO).plus(bill.selfPayFirst ?? ZERO);
  if (parts.greaterThan(bill.totalCost)) {
    ctx.addIssue({ code: 'custom', path: [...path, 'totalCost'], message: `${prefix}全自费与先行自付之和不能超过住院总费用` });
  }
}

export type Claim = z.output<typeof claimSchema>;

/** Chinese lines for every problem zod found, each with the field it concerns. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    // Top-level messages already name their field; nested ones (earlier.0.date) need the path.
    const where = issue.path.length > 1 ? `${issue.path.join('.')}：` : '';
    return `${where}${issue.message}`;
  });
}

/** The engine request for a validated claim: the year's admissions in date order, the CLI's overrides aimed at this claim's grade and member. */
export function toYearRequest(claim: Claim): YearRequest {
  const date = claim.date ?? todayInShanghai();
  const current = billOf({ ...claim, date });
  const earlier = [...(claim.earlier ?? [])].sort((a, b) => a.date.localeCompare(b.date)).map(billOf);
  const { member } = claim;
  return {
    city: claim.city,
    scheme: claim.scheme,
    member,
    admissions: [...earlier, current],
    firstOrdinal: claim.earlier ? 1 : claim.admission,
    overrides: claim.overrides ? cliOverrides(claim, member, current) : [],
  };
}

/** The CLI's `overrides` target this claim's grade and member (and its class's annual limit). */
function cliOverrides(claim: Claim, member: Claim['member'], current: Bill): Override[] {
  const version = versionOn(claim.city, claim.scheme, current.date);
  const o = claim.overrides;
  if (!version || !o) return [];
  return claimOverrides(version, classIdOf(version, member), gradeOf(version, current), {
    deductible: o.deductible?.toNumber(),
    rates: o.rates,
    fundCap: o.fundCap?.toNumber(),
  });
}
