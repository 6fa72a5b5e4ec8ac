import { percent, type Dec } from '../base/money';
import { paramAt } from '../model/version';
import type { CityId, MemberId, SchemeId, Version } from '../model/types';
import { CONTRIBUTION_PATHS as P, FLEXIBLE_LABELS, configOf, type AccountRule, type EmployerKind, type FlexibleOption } from './tree';

/** The years a contribution may be asked for (the CLI, the page). */
export const YEARS = { min: 2000, max: 2100 } as const;

/** What the contribution of one person over one year is asked for, and which inputs a version's rules need. */

export interface ContributionRequest {
  city: CityId;
  scheme: SchemeId;
  member: MemberId;
  /** Employees: the calendar year paid for; residents: the coverage year the contribution buys. */
  year: number;
  employer?: EmployerKind;
  /** The employee's monthly wage the contributions are reckoned on (缴费工资). */
  monthlyWage?: Dec;
  /** 周岁. */
  age?: number;
  /** The share of the base a flexible worker pays, e.g. 0.1. */
  flexibleRate?: Dec;
  /** The base a flexible worker declared. */
  declaredBase?: Dec;
  /** The average monthly wage a flexible worker's base is reckoned from, where the text refers to one. */
  averageWage?: Dec;
  /** The average monthly pension a retiree's account credit is reckoned from, where the text refers to one. */
  averagePension?: Dec;
}

export type InputKey = 'employer' | 'monthlyWage' | 'age' | 'flexibleRate' | 'declaredBase' | 'averageWage' | 'averagePension';

/**
 * An input a version's rules need. required: a fact about the person, without which the rules cannot
 * be applied; asked: a figure the rules are reckoned on that no source gives: without it the lines
 * resting on it are unknown, and the rest is still computed.
 */
export interface Need {
  key: InputKey;
  kind: 'required' | 'asked';
  label: string;
  hint: string;
  /** For the flexible rate, the rates the rules offer (fractions as text), to pick one. */
  choices?: { rate: string; label: string }[];
}

export const INPUT_LABELS: Record<InputKey, string> = {
  employer: '用人单位类型',
  monthlyWage: '月工资（缴费工资）',
  age: '年龄（周岁）',
  flexibleRate: '缴费比例',
  declaredBase: '申报的缴费基数（每月）',
  averageWage: '月平均工资',
  averagePension: '月人均基本养老金',
};

function ageNeed(rule: AccountRule): Need[] {
  const banded = (rule.per === 'wage' || rule.per === 'average-pension') && rule.fromAges.length > 0;
  return banded || rule.per === 'year-of-age'
    ? [{ key: 'age', kind: 'required', label: INPUT_LABELS.age, hint: '个人账户按年龄划入：请填写当年的周岁。' }]
    : [];
}

/** The flexible worker's options with the rate each has (null: no source gives it). */
export function flexibleOptions(version: Version): { option: FlexibleOption; rate: number | null }[] {
  const c = configOf(version);
  if (c.kind !== 'employee') return [];
  return c.flexible.options.map((option) => ({ option, rate: paramAt(version, P.flexible(option), 'rate')?.value ?? null }));
}

/** Where both kinds of employer pay the same share, which one the person works for does not matter. */
export function employerMatters(version: Version): boolean {
  const [a, b] = [P.employer('enterprise'), P.employer('public-institution')].map((p) => paramAt(version, p, 'rate')?.value ?? null);
  return a !== b;
}

export function needsOf(version: Version, member: MemberId): Need[] {
  const c = configOf(version);
  if (c.kind !== 'employee') return [];
  if (member === 'working') {
    return [
      ...(employerMatters(version) ? [{ key: 'employer', kind: 'required', label: INPUT_LABELS.employer, hint: '机关事业单位与其他用人单位的缴费比例不同。' } satisfies Need] : []),
      { key: 'monthlyWage', kind: 'required', label: INPUT_LABELS.monthlyWage, hint: '单位和个人都按这一工资的一定比例缴费，例如 6000。' },
      ...ageNeed(c.account.working),
    ];
  }
  if (member === 'retired') {
    const rule = c.account.retired;
    return [
      ...ageNeed(rule),
      ...(rule.per === 'average-pension'
        ? [{ key: 'averagePension', kind: 'asked', label: rule.pension.label, hint: '个人账户按这一平均数的一定比例划入；文件没有给出这一数额，请向医保或人社部门询问后填写。' } satisfies Need]
        : []),
    ];
  }
  const options = flexibleOptions(version);
  const known = options.filter((o) => o.rate !== null);
  const rate: Need[] =
    known.length > 1
      ? [{ key: 'flexibleRate', kind: 'required', label: INPUT_LABELS.flexibleRate, hint: '灵活就业人员可以选择缴费比例。', choices: known.map((o) => ({ rate: String(o.rate), label: `${percent(o.rate!)}（${FLEXIBLE_LABELS[o.option]}）` })) }]
      : known.length === 0
        ? [{ key: 'flexibleRate', kind: 'asked', label: INPUT_LABELS.flexibleRate, hint: '来源没有给出灵活就业人员的缴费比例：请照税务部门的缴费通知填写，例如 8 表示 8%。' }]
        : [];
  const base: Need =
    c.flexible.base.per === 'declared'
      ? { key: 'declaredBase', kind: 'required', label: INPUT_LABELS.declaredBase, hint: '灵活就业人员按自己申报的缴费基数缴费。' }
      : { key: 'averageWage', kind: 'asked', label: c.flexible.base.wage.label, hint: '缴费基数按这一工资的一定比例计算；文件没有给出这一工资，请向税务或人社部门询问后填写。' };
  return [...rate, base];
}
