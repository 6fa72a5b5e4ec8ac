import { EstimateError } from '../base/errors';
import { ZERO, constant, fen, percent, yuan, type Dec } from '../base/money';
import { usedParam, worst, type Use } from '../engine/steps';
import { RESIDENT_MEMBER_LABELS } from '../model/labels';
import { paramAt } from '../model/version';
import type { Param, ResidentMember, Trust, Version } from '../model/types';
import { employerMatters, flexibleOptions, type ContributionRequest } from './request';
import {
  CONTRIBUTION_PATHS as P,
  EMPLOYER_LABELS,
  FLEXIBLE_LABELS,
  ageBand,
  ageBandLabel,
  configOf,
  type EmployeeContribution,
  type FlexibleOption,
  type Payer,
  type PensionRule,
  type AgeRule,
  type UnknownRule,
  type WageRule,
} from './tree';

/**
 * One month's lines under one version: who pays what, and what is credited to the account, each
 * with the parameters (and typed figures) it rests on. Nothing here names a city: every rule comes
 * from the version's configuration and parameters.
 */

export interface Line {
  /** Stable across months and versions, so a year's months add up line by line. */
  key: string;
  name: string;
  /** null where the text does not say who pays. */
  payer: Payer | null;
  /** The total it counts toward; 'other' lines (大额 levies, subsidies) are items of their own. */
  role: 'employer' | 'individual' | 'account' | 'other';
  /** month: `amount` is a month's; year: a year's, paid once; year-by-month: a year's, collected monthly. */
  per: 'month' | 'year' | 'year-by-month';
  /** Rounded to the fen; null when a value it needs is unknown. */
  amount: Dec | null;
  uses: Use[];
  /** The arithmetic in words. */
  detail?: string;
  /** What the rule says beyond the figure, or why the figure is unknown and where to ask. */
  note?: string;
}

type Meta = Pick<Line, 'key' | 'name' | 'payer' | 'role' | 'per'>;

/** A figure a share is taken of; null (with the reason) when it is unknown. */
interface Base {
  label: string;
  amount: Dec | null;
  uses: Use[];
  note?: string;
}

const typed = (name: string): Use => ({ name, level: 'user', cite: [] });

function param(version: Version, path: string, shape: 'rate' | 'amount'): Param<number> {
  const found = paramAt(version, path, shape);
  // lib/rules/contribution-data.test.ts checks that every period gives each parameter its tree declares.
  if (!found) throw new Error(`${version.id} has no ${shape} at ${path}`);
  return found;
}

/** What a parameter's citations say besides its value (e.g. that an option builds no account): as trusted as the texts cited. */
function citedFact(name: string, p: Param<number>): Use {
  return { name, level: p.cite.length ? p.cite.map((c): Trust => c.doc.level).reduce(worst) : 'unknown', cite: p.cite };
}

const withNote = (note: string | undefined) => (note ? { note } : {});

/** `rate` of `base`, rounded to the fen; unknown when either is. */
function share(meta: Meta, base: Base, rate: Param<number>, useName: string): Line {
  const uses = [usedParam(useName, rate), ...base.uses];
  if (rate.value === null) return { ...meta, amount: null, uses, ...withNote(rate.note) };
  if (base.amount === null) return { ...meta, amount: null, uses, ...withNote(base.note) };
  return {
    ...meta,
    amount: fen(base.amount.times(constant(rate.value))),
    uses,
    detail: `${base.label} ${yuan(base.amount)} 元 × ${percent(rate.value)}`,
    ...withNote(rate.note),
  };
}

/** A fixed sum from a parameter. */
function fixed(meta: Meta, p: Param<number>, useName: string): Line {
  return { ...meta, amount: p.value === null ? null : constant(p.value), uses: [usedParam(useName, p)], ...withNote(p.note) };
}

const ACCOUNT: Meta = { key: 'account', name: '划入个人账户', payer: 'fund', role: 'account', per: 'month' };

function wageCredit(version: Version, rule: WageRule, r: ContributionRequest): Line {
  const band = rule.fromAges.length ? ageBand(rule.fromAges, r.age!) : 0;
  const key = `from-${[0, ...rule.fromAges][band]}`;
  const ages = rule.fromAges.length ? `（${ageBandLabel(rule.fromAges, band)}）` : '';
  return share(ACCOUNT, { label: '本人月缴费工资', amount: r.monthlyWage!, uses: [] }, param(version, P.account('working', key), 'rate'), `在职职工个人账户划入比例${ages}`);
}

function pensionCredit(version: Version, rule: PensionRule, r: ContributionRequest): Line {
  const band = ageBand(rule.fromAges, r.age!);
  const rate = param(version, P.account('retired', `from-${[0, ...rule.fromAges][band]}`), 'rate');
  const label = rule.pension.label;
  const base: Base = r.averagePension
    ? { label, amount: r.averagePension, uses: [typed(label)] }
    : { label, amount: null, uses: [], note: `请填写${label}：个人账户按它的一定比例划入，来源没有给出这一数额。` };
  return share(ACCOUNT, base, rate, `退休人员个人账户划入比例（${ageBandLabel(rule.fromAges, band)}）`);
}

function ageCredit(version: Version, r: ContributionRequest): Line {
  const p = param(version, P.account('retired', 'per-year-of-age'), 'amount');
  const line = fixed(ACCOUNT, p, '退休人员个人账户每周岁划入额');
  if (p.value === null) return line;
  return { ...line, amount: fen(constant(p.value).times(r.age!)), detail: `年龄 ${r.age} 周岁 × ${yuan(constant(p.value))} 元` };
}

function credit(version: Version, member: 'working' | 'retired', rule: WageRule | PensionRule | AgeRule | UnknownRule, r: ContributionRequest): Line {
  switch (rule.per) {
    case 'wage':
      return wageCredit(version, rule, r);
    case 'average-pension':
      return pensionCredit(version, rule, r);
    case 'year-of-age':
      return ageCredit(version, r);
    case 'unknown':
      return fixed(ACCOUNT, param(version, P.account(member, 'monthly'), 'amount'), `${member === 'working' ? '在职职工' : '退休人员'}个人账户划入`);
  }
}

function large(version: Version, c: EmployeeContribution): Line[] {
  return c.large.parts.map((part) => {
    const name = `${c.large.name}（${part.label}）`;
    return fixed({ key: `large/${part.id}`, name, payer: part.payer, role: 'other', per: part.per }, param(version, P.large(part.id), 'amount'), name);
  });
}

function working(version: Version, c: EmployeeContribution, r: ContributionRequest): Line[] {
  const wage: Base = { label: '本人工资', amount: r.monthlyWage!, uses: [] };
  const kind = r.employer ?? 'enterprise';
  const which = employerMatters(version) ? `（${EMPLOYER_LABELS[kind]}）` : '';
  return [
    share({ key: 'employer', name: `单位缴费${which}`, payer: 'employer', role: 'employer', per: 'month' }, wage, param(version, P.employer(kind), 'rate'), `单位缴费比例${which}`),
    share({ key: 'individual', name: '个人缴费', payer: 'individual', role: 'individual', per: 'month' }, wage, param(version, P.individual(), 'rate'), '个人缴费比例'),
    credit(version, 'working', c.account.working, r),
    ...large(version, c),
  ];
}

/** Retirees pay no contribution of their own (each period's 口径说明 says why): only their account and the levy. */
function retired(version: Version, c: EmployeeContribution, r: ContributionRequest): Line[] {
  return [credit(version, 'retired', c.account.retired, r), ...large(version, c)];
}

/** The flexible worker's way of paying, picked by the rate they pay; a typed rate stands for the one no source gives. */
function flexibleChoice(version: Version, rate: Dec | undefined): { option: FlexibleOption; rate: Param<number> } {
  const options = flexibleOptions(version);
  const known = options.filter((o) => o.rate !== null);
  const of = (option: FlexibleOption) => param(version, P.flexible(option), 'rate');
  const match = rate && known.find((o) => rate.equals(constant(o.rate!)));
  if (match) return { option: match.option, rate: of(match.option) };
  const [only] = options;
  if (options.length === 1 && only && (only.rate === null || !rate)) {
    const p = of(only.option);
    return { option: only.option, rate: rate ? { ...p, value: rate.toNumber(), level: 'user', note: '按您填写的缴费比例计算（来源没有给出这一比例）。' } : p };
  }
  const choices = known.map((o) => `${o.rate}（${percent(o.rate!)}，${FLEXIBLE_LABELS[o.option]}）`).join('或 ');
  throw new EstimateError('invalid-input', `“${version.title}”中灵活就业人员的缴费比例（flexibleRate）只能是 ${choices}。`, { flexibleRate: rate?.toNumber() ?? null });
}

function flexibleBase(version: Version, c: EmployeeContribution, r: ContributionRequest): Base {
  const base = c.flexible.base;
  if (base.per === 'declared') return { label: '申报的缴费基数', amount: r.declaredBase!, uses: [] };
  const shareOf = param(version, P.flexibleBase(), 'rate');
  const wage = base.wage.label;
  const uses = [usedParam('灵活就业人员缴费基数比例', shareOf), ...(r.averageWage ? [typed(wage)] : [])];
  if (shareOf.value === null) return { label: '缴费基数', amount: null, uses, ...withNote(shareOf.note) };
  if (!r.averageWage) return { label: '缴费基数', amount: null, uses, note: `请填写${wage}：缴费基数按它的 ${percent(shareOf.value)} 计算，来源没有给出这一工资。` };
  return { label: `缴费基数（${wage} ${yuan(r.averageWage)} 元 × ${percent(shareOf.value)}）`, amount: fen(r.averageWage.times(constant(shareOf.value))), uses };
}

function flexible(version: Version, c: EmployeeContribution, r: ContributionRequest): Line[] {
  const { option, rate } = flexibleChoice(version, r.flexibleRate);
  const base = flexibleBase(version, c, r);
  const how = FLEXIBLE_LABELS[option];
  const individual = share({ key: 'individual', name: `个人缴费（灵活就业，${how}）`, payer: 'individual', role: 'individual', per: 'month' }, base, rate, `灵活就业人员缴费比例（${how}）`);
  const account: Line =
    option === 'with-account'
      ? share(ACCOUNT, base, param(version, P.flexibleAccount(), 'rate'), '灵活就业人员个人账户划入比例')
      : option === 'without-account'
        ? { ...ACCOUNT, amount: ZERO, uses: [citedFact('灵活就业人员不建立个人账户', rate)], note: '这种缴费方式不建立个人账户，没有账户划入。' }
        : { ...ACCOUNT, amount: null, uses: [], note: '来源没有说明灵活就业人员是否建立个人账户、每月划入多少。' };
  return [individual, account, ...large(version, c)];
}

function resident(version: Version, member: ResidentMember): Line[] {
  const label = RESIDENT_MEMBER_LABELS[member];
  return [
    fixed({ key: 'resident', name: '个人缴费', payer: 'individual', role: 'individual', per: 'year' }, param(version, P.resident(member), 'amount'), `居民个人缴费（${label}）`),
    fixed({ key: 'subsidy', name: '财政补助', payer: 'government', role: 'other', per: 'year' }, param(version, P.subsidy(), 'amount'), '居民医保财政补助'),
  ];
}

/** The lines of one month (residents: of the coverage year) under a version; the request's required inputs are checked before. */
export function linesOf(version: Version, r: ContributionRequest): Line[] {
  const c = configOf(version);
  if (c.kind === 'resident') return resident(version, r.member as ResidentMember);
  if (r.member === 'working') return working(version, c, r);
  if (r.member === 'retired') return retired(version, c, r);
  return flexible(version, c, r);
}
