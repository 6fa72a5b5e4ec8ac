import { amountMessage, readAmount } from './base/amount-text';
import { isCalendarDate, todayInShanghai } from './base/dates';
import { inputError, listed } from './cli-error';
import { EstimateError } from './base/errors';
import { Dec } from './base/money';
import { INPATIENT_PATHS } from './benefits/inpatient';
import { billOf, type Bill } from './engine/bill';
import type { Rulebook, YearRequest } from './engine/year';
import { PATHS, bookPath } from './model/address';
import { CLI_FIELDS, type CliField } from './cli-fields';
import { EVENT_FIELD_KEYS, EVENT_FIELDS, type EventFieldKey, type EventFieldValue } from './model/fields';
import { MAX_CONTINUOUS_YEARS, PERSON_FIELD_KEYS, PERSON_FIELDS, personOf } from './model/person';
import { INPATIENT } from './engine/year';
import { facilityFits, MAX_ADMISSION, PARTS_MESSAGE, partsFit } from './model/claim-rules';
import { EMPLOYEE_MEMBERS, RESIDENT_MEMBERS, SCHEME_LABELS, SCHEMES } from './model/labels';
import { overrideProblem, type Override } from './model/overrides';
import { MAX_ROWS, RATE_MESSAGE, SEGMENTS_ORDER, UP_TO_MESSAGE, UP_TO_POSITIVE, segmentsAscending } from './model/shapes';
import { classOf, gradeOf } from './model/version';
import type { Facility, Version } from './model/types';
import { RULES, type Rules } from './rules';
import { bounded, chineseErrorsWithin, z } from './zod-chinese';

/**
 * The JSON claim read by the CLI: validated with zod, every message in plain Chinese, then turned
 * into the engine's request and the versions in force on its dates.
 */

/** An amount in yuan, as a JSON number or a numeric string, read by the same rules as the page's inputs. */
export function amount(label: string) {
  return z.union([z.number(), z.string()], { error: `${label}请填写数字，例如 12345.67` }).transform((raw, ctx) => {
    const read = readAmount(typeof raw === 'number' ? numberText(raw) : raw);
    if (read && 'value' in read) return read.value;
    ctx.addIssue({ code: 'custom', message: read ? amountMessage(label, read.problem) : `请填写${label}` });
    return z.NEVER;
  });
}

/** A JSON number as plain digits (1e-7 as 0.0000001), read then by the same rules as the text. */
function numberText(n: number): string {
  const text = String(n);
  return text.includes('e') ? new Dec(n).toFixed() : text;
}

const isoDate = (label: string) =>
  z.string({ error: `${label}必须是 YYYY-MM-DD 格式的日期` }).refine(isCalendarDate, `${label}必须是有效日期，格式 YYYY-MM-DD，例如 2025-03-18`);

export function unknownKeys(where: string) {
  return {
    error: (issue: { code?: string; keys?: string[] }) =>
      issue.code === 'unrecognized_keys' ? `${where}含有不认识的字段：${listed(issue.keys ?? [])}` : undefined,
  };
}

/** What an event of a benefit may say beyond its date and amounts (lib/model/fields.ts); which of these a benefit takes is its module's to say (Benefit.inputs). */
function eventFields(rules: Rules, prefix: string) {
  const benefits = rules.benefits.map((b) => b.id) as [string, ...string[]];
  const details = Object.fromEntries(
    EVENT_FIELD_KEYS.map((key) => {
      return [key, z.literal(EVENT_FIELDS[key].values, { error: CLI_FIELDS[key].invalid(prefix) }).optional()];
    }),
  ) as { [K in EventFieldKey]: z.ZodOptional<z.ZodLiteral<EventFieldValue<K>>> };
  return {
    benefit: z.enum(benefits, { error: `${prefix}待遇类型（benefit）必须是 ${rules.benefits.map((b) => `${b.id}（${b.label}）`).join('、')} 之一` }).optional(),
    ...details,
  };
}

function earlierEvent(rules: Rules) {
  return z.strictObject(
    {
      ...eventFields(rules, '此前'),
      date: isoDate('此前住院的日期'),
      totalCost: amount('此前住院的总费用'),
      outOfScope: amount('此前住院的全自费金额').optional(),
      selfPayFirst: amount('此前住院的先行自付金额').optional(),
    },
    unknownKeys('此前住院'),
  );
}

const rate = z.number({ error: RATE_MESSAGE }).min(0, RATE_MESSAGE).max(1, RATE_MESSAGE);

const OVERRIDES_FORM = '自定义参数（overrides）必须是对象 {"deductible": …, "rates": …, "fundCap": …} 或 [{"path": …, "value": …}] 数组';

/** The basic values for this claim's own grade and member, by name: filling what no source gives, or trying another. */
const namedOverrides = z.strictObject(
  {
    deductible: amount('自定义起付线').optional(),
    rates: bounded(
      MAX_ROWS,
      z
        .array(z.strictObject({ upTo: z.number({ error: UP_TO_MESSAGE }).positive(UP_TO_POSITIVE).nullable(), rate }, unknownKeys('分段比例')), {
          error: 'rates 必须是分段数组，例如 [{"upTo": 10000, "rate": 0.85}, {"upTo": null, "rate": 0.9}]',
        })
        .min(1, 'rates 至少需要一段')
        .refine(segmentsAscending, SEGMENTS_ORDER),
      `分段比例（rates）最多 ${MAX_ROWS} 段`,
    ).optional(),
    fundCap: amount('自定义年度限额').optional(),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? OVERRIDES_FORM : undefined) },
);

/** Any parameter by its full path, e.g. {"path": "yantai/employee/inpatient/deductible/working/3", "value": 600}; checked against the version once it is known. */
const pathOverrides = bounded(
  64,
  z.array(z.strictObject({ path: z.string({ error: 'path 必须是参数的路径，例如 "yantai/employee/inpatient/deductible/working/3"' }), value: z.unknown() }, unknownKeys('overrides 的一项')), {
    error: OVERRIDES_FORM,
  }),
  'overrides 最多 64 项',
);

/**
 * Either form of overrides, each read with its own messages (a zod union would say only that neither
 * matched); parsed on their own, so told where they are for the messages that name their field.
 */
const overridesErrors = { error: chineseErrorsWithin(['overrides']) };
const overrides = z.unknown().transform((raw, ctx) => {
  const parsed = Array.isArray(raw) ? pathOverrides.safeParse(raw, overridesErrors) : namedOverrides.safeParse(raw, overridesErrors);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path as (string | number)[] });
  return z.NEVER;
});

/** More than three visits a day all year: a longer list is a mistake, refused before its items are read. */
const MAX_EARLIER = 1000;

const ADMISSION_MESSAGE = '本年第几次住院（admission）必须是整数';

const CONTINUOUS_YEARS_MESSAGE = `${PERSON_FIELDS.continuousYears.words}（continuousYears）必须是不小于 0 的整数`;

/** The person's fields as the CLI's messages name them: 连续参保年数（continuousYears）. */
const PERSON_FIELD_NAMES = Object.fromEntries(PERSON_FIELD_KEYS.map((k) => [k, `${PERSON_FIELDS[k].words}（${k}）`])) as Record<(typeof PERSON_FIELD_KEYS)[number], string>;

function labelOf(rules: Rules, benefit: string | undefined): string {
  return rules.benefits.find((b) => b.id === (benefit ?? INPATIENT))?.label ?? '这项待遇';
}

/** "weihai（威海）、jinan（济南）或 yantai（烟台）" */
export function cityChoices(rules: Rules): string {
  const names = rules.cities.map((c) => `${c.id}（${c.label}）`);
  return names.length > 1 ? `${names.slice(0, -1).join('、')}或 ${names.at(-1)}` : (names[0] ?? '');
}

export function claimSchemaFor(rules: Rules) {
  return z
    .strictObject(
      {
        city: z.enum(rules.cityIds as [string, ...string[]], { error: `city 必须是 ${cityChoices(rules)}` }),
        scheme: z.enum(SCHEMES, { error: 'scheme 必须是 employee（职工医保）或 resident（居民医保）' }),
        member: z.enum([...EMPLOYEE_MEMBERS, ...RESIDENT_MEMBERS], {
          error: `人员类别（member）必须是 ${[...EMPLOYEE_MEMBERS, ...RESIDENT_MEMBERS].join('、')} 之一`,
        }),
        ...eventFields(rules, ''),
        date: isoDate('住院日期（date）').optional(),
        admission: z
          .number({ error: ADMISSION_MESSAGE })
          .int(ADMISSION_MESSAGE)
          .min(1, '本年第几次住院（admission）至少为 1')
          .max(MAX_ADMISSION, `本年第几次住院（admission）不能超过 ${MAX_ADMISSION}`)
          .optional(),
        totalCost: amount('住院总费用（totalCost）'),
        outOfScope: amount('全自费金额（outOfScope）').optional(),
        selfPayFirst: amount('先行自付金额（selfPayFirst）').optional(),
        earlier: bounded(MAX_EARLIER, z.array(earlierEvent(rules), { error: '此前住院（earlier）必须是数组' })).optional(),
        continuousYears: z
          .number({ error: CONTINUOUS_YEARS_MESSAGE })
          .int(CONTINUOUS_YEARS_MESSAGE)
          .min(0, CONTINUOUS_YEARS_MESSAGE)
          .max(MAX_CONTINUOUS_YEARS, `${PERSON_FIELD_NAMES.continuousYears}不能超过 ${MAX_CONTINUOUS_YEARS}`)
          .optional(),
        noClaimLastYear: z.boolean({ error: `${PERSON_FIELD_NAMES.noClaimLastYear}必须是 true 或 false` }).optional(),
        overrides: overrides.optional(),
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
      checkInputs(ctx, rules, claim, [], '');
      if (claim.scheme !== 'resident') {
        for (const field of PERSON_FIELD_KEYS) {
          if (claim[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: `${PERSON_FIELD_NAMES[field]}只用于居民医保（大病保险的年度最高支付限额），${SCHEME_LABELS[claim.scheme]}不使用这一项，请删去` });
        }
      }
      const inpatient = (claim.benefit ?? INPATIENT) === INPATIENT;
      if (inpatient && claim.admission === undefined) ctx.addIssue({ code: 'custom', path: ['admission'], message: ADMISSION_MESSAGE });
      if (!inpatient && claim.admission !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['admission'], message: `本年第几次住院（admission）只用于住院，${labelOf(rules, claim.benefit)}不使用这一项` });
      }
      if (!inpatient && claim.overrides && !Array.isArray(claim.overrides)) {
        ctx.addIssue({ code: 'custom', path: ['overrides'], message: `按名称的 overrides（deductible、rates、fundCap）只用于住院；${labelOf(rules, claim.benefit)}的参数请用 [{"path": …, "value": …}] 填写` });
      }
      const earlierStays = claim.earlier?.filter((e) => (e.benefit ?? INPATIENT) === INPATIENT).length;
      if (inpatient && claim.admission !== undefined && earlierStays !== undefined && earlierStays !== claim.admission - 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['earlier'],
          message: `这是本年第${claim.admission}次住院，earlier 应列出此前的 ${claim.admission - 1} 次住院，实际列出 ${earlierStays} 次`,
        });
      }
      const date = claim.date ?? todayInShanghai();
      claim.earlier?.forEach((e, i) => {
        checkParts(ctx, e, ['earlier', i], '此前住院的');
        checkInputs(ctx, rules, e, ['earlier', i], '此前');
        if (e.date.slice(0, 4) !== date.slice(0, 4) || e.date > date) {
          ctx.addIssue({
            code: 'custom',
            path: ['earlier', i, 'date'],
            message: `此前住院的日期 ${e.date} 必须与本次住院（${date}）在同一年，且不晚于本次住院`,
          });
        }
      });
    });
}

export const claimSchema = claimSchemaFor(RULES);

type EventInputs = { [K in EventFieldKey | 'benefit']?: unknown } & { hospitalLevel?: number; facility?: Facility };

/** The fields an event's benefit takes: each one it requires is given, none it does not read is, and a facility goes with level 1. */
function checkInputs(ctx: z.RefinementCtx, rules: Rules, event: EventInputs, path: (string | number)[], prefix: string) {
  const benefit = rules.benefits.find((b) => b.id === ((event.benefit as string | undefined) ?? INPATIENT));
  if (!benefit) return;
  for (const field of benefit.inputs.required) {
    if (event[field] === undefined) {
      const cli: CliField = CLI_FIELDS[field];
      ctx.addIssue({ code: 'custom', path: [...path, field], message: cli.missing?.(prefix) ?? `${prefix}${benefit.label}须填写${cli.name}` });
    }
  }
  for (const field of EVENT_FIELD_KEYS) {
    if (event[field] !== undefined && !benefit.inputs.required.includes(field) && !benefit.inputs.optional.includes(field)) {
      ctx.addIssue({ code: 'custom', path: [...path, field], message: `${prefix}${CLI_FIELDS[field].name}不适用于${benefit.label}（benefit: ${benefit.id}），请删去这一项` });
    }
  }
  // Only level 1 has variants to pick: at another level the facility would be silently ignored.
  const takesFacility = benefit.inputs.required.includes('facility') || benefit.inputs.optional.includes('facility');
  if (takesFacility && !facilityFits(event.hospitalLevel, event.facility)) {
    const only = `${prefix}${CLI_FIELDS.facility.name}只用于一级及以下医院`;
    const message = event.hospitalLevel === undefined ? `${only}：请填写医院等级（hospitalLevel）为 1，或删去这一项` : `${only}（hospitalLevel 为 1），不适用于${event.hospitalLevel === 2 ? '二' : '三'}级医院，请删去这一项`;
    ctx.addIssue({ code: 'custom', path: [...path, 'facility'], message });
  }
}

function checkParts(ctx: z.RefinementCtx, bill: { totalCost: Dec; outOfScope?: Dec; selfPayFirst?: Dec }, path: (string | number)[], prefix: string) {
  if (!partsFit(bill)) ctx.addIssue({ code: 'custom', path: [...path, 'totalCost'], message: `${prefix}${PARTS_MESSAGE}` });
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

/** A validated claim as the engine takes it: the year's admissions in date order, and the versions in force with the claim's overrides. */
export function toEstimate(claim: Claim, rules: Rules = RULES): { request: YearRequest; rulebook: Rulebook } {
  const date = claim.date ?? todayInShanghai();
  const current = billOf({ ...claim, date });
  const earlier = [...(claim.earlier ?? [])].sort((a, b) => a.date.localeCompare(b.date)).map(billOf);
  const version = rules.versionOn(claim.city, claim.scheme, date);
  return {
    request: {
      member: claim.member,
      admissions: [...earlier, current],
      firstOrdinal: claim.earlier || claim.admission === undefined ? 1 : claim.admission,
      person: personOf(claim),
    },
    rulebook: rules.rulebook(claim.city, claim.scheme, version && claim.overrides ? overridesOf(claim, version, current, rules) : []),
  };
}

/** The CLI's overrides as paths: the named ones aim at this claim's grade and member (and its class's annual limit). */
function overridesOf(claim: Claim, version: Version, current: Bill, rules: Rules): Override[] {
  const o = claim.overrides!;
  if (Array.isArray(o)) {
    const list = o.map((x) => ({ path: bookPath(claim.city, claim.scheme, x.path) ?? x.path, value: x.value }));
    const problems = list.flatMap((x, i) => {
      const problem = bookPath(claim.city, claim.scheme, o[i]!.path) === null ? `参数 ${o[i]!.path} 不属于${rules.cityLabel(claim.city)}${SCHEME_LABELS[claim.scheme]}（路径须以 ${claim.city}/${claim.scheme}/ 开头）` : overrideProblem(version, x);
      return problem ? [`overrides.${i}：${problem}`] : [];
    });
    if (problems.length) {
      const { code, message, ...details } = inputError(problems);
      throw new EstimateError(code, message, details);
    }
    return list;
  }
  const cls = classOf(version, claim.member).id;
  const grade = gradeOf(version, current).id;
  // Named overrides are the inpatient basics; the schema refuses them for other benefits.
  return [
    ...(o.deductible !== undefined ? [{ path: INPATIENT_PATHS.deductible(cls, grade), value: o.deductible.toNumber() }] : []),
    ...(o.rates ? [{ path: INPATIENT_PATHS.segments(cls, grade), value: o.rates }] : []),
    ...(o.fundCap !== undefined ? [{ path: PATHS.fund(cls), value: o.fundCap.toNumber() }] : []),
  ];
}

