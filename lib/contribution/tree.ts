import type { BenefitTree, Document, Interpretation, ParamDecl, Params, Period, PeriodShape, ResidentMember, SourceLevel } from '../model/types';
import { RESIDENT_MEMBERS, RESIDENT_MEMBER_LABELS } from '../model/labels';

/**
 * What a person pays in and what reaches their personal account, as a parameter tree like a
 * benefit's (lib/benefits): a contribution period says in `benefits.contribution` how its rules are
 * built (which ways a flexible worker may pay, how each member type's account credit is reckoned,
 * the parts of the 大额 levy, the coverage conditions it states), and its params give the numbers.
 * Contribution books keep periods of their own: they rest on other texts than the benefits do.
 */

export type EmployerKind = 'enterprise' | 'public-institution';
export const EMPLOYER_KINDS: readonly EmployerKind[] = ['enterprise', 'public-institution'];
export const EMPLOYER_LABELS: Record<EmployerKind, string> = { enterprise: '企业等用人单位', 'public-institution': '机关事业单位' };

/** Who bears a line: the employer, the person, the insurance fund, public finance. */
export type Payer = 'employer' | 'individual' | 'fund' | 'government';
export const PAYER_LABELS: Record<Payer, string> = { employer: '单位', individual: '个人', fund: '医保基金', government: '财政' };

/** How a flexible worker may pay: with a personal account, without one, or (where no source says) unspecified. */
export type FlexibleOption = 'with-account' | 'without-account' | 'unspecified';
export const FLEXIBLE_LABELS: Record<FlexibleOption, string> = { 'with-account': '建立个人账户', 'without-account': '不建立个人账户', unspecified: '未说明是否建立个人账户' };

/** A public figure a rule is reckoned on that its text does not give: the person is asked for it. */
export interface Referenced {
  /** What the text calls it, e.g. 山东省上年度全口径月平均工资. */
  label: string;
}

/**
 * How a member type's monthly account credit is reckoned:
 * wage / average-pension: a share of the person's monthly wage, or of an average pension the text
 * refers to, one rate per age band (bands start at 0 and at each of `fromAges`, in 周岁);
 * year-of-age: so many yuan for each year of the person's age; unknown: no source gives the rule.
 */
export type WageRule = { per: 'wage'; fromAges: number[] };
export type PensionRule = { per: 'average-pension'; fromAges: number[]; pension: Referenced };
export type AgeRule = { per: 'year-of-age' };
export type UnknownRule = { per: 'unknown' };
export type AccountRule = WageRule | PensionRule | AgeRule | UnknownRule;

/** The age band `i` of bands starting at 0 and at each of `fromAges`, in words: 不满35周岁, 35至不满45周岁, 45周岁及以上. */
export function ageBandLabel(fromAges: readonly number[], i: number): string {
  const from = i === 0 ? 0 : fromAges[i - 1]!;
  const to = fromAges[i];
  return to === undefined ? `${from}周岁及以上` : from === 0 ? `不满${to}周岁` : `${from}至不满${to}周岁`;
}

/** The band a person of this age falls in (bands as above). */
export function ageBand(fromAges: readonly number[], age: number): number {
  return fromAges.filter((from) => age >= from).length;
}

/**
 * A part of the levy for large medical costs (大额补助 / 大额救助金), a fixed sum per person:
 * month: so much a month; year: so much a year, paid once; year-by-month: so much a year, collected monthly.
 */
export interface LargePart {
  id: string;
  label: string;
  /** null where the text does not say who pays. */
  payer: Payer | null;
  per: 'month' | 'year' | 'year-by-month';
}

export type ConditionId = 'waiting' | 'min-years' | 'make-up' | 'newborn';

export interface EmployeeContribution {
  kind: 'employee';
  flexible: { options: FlexibleOption[]; base: { per: 'declared' } | { per: 'average-wage'; wage: Referenced } };
  account: { working: WageRule | UnknownRule; retired: PensionRule | AgeRule | UnknownRule };
  large: { name: string; parts: LargePart[] };
  conditions: ConditionId[];
}

export interface ResidentContribution {
  kind: 'resident';
  conditions: ConditionId[];
}

export type ContributionConfig = EmployeeContribution | ResidentContribution;

export const CONTRIBUTION_PATHS = {
  /** Share of the wage the employer pays for an employee. */
  employer: (kind: EmployerKind) => `contribution/employer/${kind}`,
  /** Share of their own wage an employee pays. */
  individual: () => 'contribution/individual',
  /** Share of the base a flexible worker pays under each option. */
  flexible: (option: FlexibleOption) => `contribution/flexible/${option}`,
  /** Share of the base credited to a flexible worker's account (the with-account option). */
  flexibleAccount: () => 'contribution/flexible/account',
  /** The flexible worker's base as a share of the average wage the text refers to. */
  flexibleBase: () => 'contribution/flexible/base-share',
  /** One value of a member type's account rule: `from-<age>` (a rate), `per-year-of-age` or `monthly` (amounts). */
  account: (member: 'working' | 'retired', key: string) => `contribution/account/${member}/${key}`,
  large: (part: string) => `contribution/large/${part}`,
  /** A resident's own contribution a year. */
  resident: (member: ResidentMember) => `contribution/resident/${member}`,
  /** Public finance's subsidy per resident a year. */
  subsidy: () => 'contribution/resident/subsidy',
  condition: (id: string) => `conditions/${id}`,
} as const;

/** The keys of an account rule's values: one per age band, one per year of age, or the unknown monthly credit. */
function accountKeys(rule: AccountRule): string[] {
  switch (rule.per) {
    case 'wage':
    case 'average-pension':
      return [0, ...rule.fromAges].map((age) => `from-${age}`);
    case 'year-of-age':
      return ['per-year-of-age'];
    case 'unknown':
      return ['monthly'];
  }
}

/** The parameters of each coverage condition a period states. */
export const CONDITION_PARAMS: Record<ConditionId, { id: string; shape: 'amount' | 'rate'; name: string }[]> = {
  waiting: [{ id: 'waiting-months', shape: 'amount', name: '新参保或中断后重新参保：连续缴费满几个月享受待遇' }],
  'min-years': [
    { id: 'min-years/male', shape: 'amount', name: '退休后享受待遇的最低缴费年限（男）' },
    { id: 'min-years/female', shape: 'amount', name: '退休后享受待遇的最低缴费年限（女）' },
  ],
  'make-up': [{ id: 'make-up-rate', shape: 'rate', name: '缴费年限不足时一次性补缴的比例（按本人工资）' }],
  newborn: [{ id: 'newborn-days', shape: 'amount', name: '新生儿出生后几日内参保，自出生之日起享受待遇' }],
};

export function configOf(period: Pick<PeriodShape, 'benefits'>): ContributionConfig {
  return period.benefits.contribution as ContributionConfig;
}

const rate = (path: string, group: string, name: string): ParamDecl => ({ path, shape: 'rate', group, name });
const amount = (path: string, group: string, name: string, noun: string): ParamDecl => ({ path, shape: 'amount', group, name, noun });

function accountDeclarations(member: 'working' | 'retired', rule: AccountRule): ParamDecl[] {
  const who = member === 'working' ? '在职职工' : '退休人员';
  const group = '个人账户划入';
  return accountKeys(rule).map((key, i) => {
    const path = CONTRIBUTION_PATHS.account(member, key);
    if (rule.per === 'year-of-age') return amount(path, group, `${who} · 每月按每一周岁划入`, '每周岁划入');
    if (rule.per === 'unknown') return amount(path, group, `${who} · 每月划入`, '每月划入');
    const base = rule.per === 'wage' ? '本人月缴费工资' : rule.pension.label;
    return rate(path, group, `${who} · ${rule.fromAges.length ? `${ageBandLabel(rule.fromAges, i)} · ` : ''}占${base}的比例`);
  });
}

function declareEmployee(c: EmployeeContribution): ParamDecl[] {
  const P = CONTRIBUTION_PATHS;
  return [
    rate(P.employer('enterprise'), '单位缴费', '企业等用人单位 · 占职工工资的比例'),
    rate(P.employer('public-institution'), '单位缴费', '机关事业单位 · 占职工工资的比例'),
    rate(P.individual(), '个人缴费', '在职职工 · 占本人工资的比例'),
    ...c.flexible.options.map((o) => rate(P.flexible(o), '灵活就业人员', `${FLEXIBLE_LABELS[o]} · 占缴费基数的比例`)),
    ...(c.flexible.options.includes('with-account') ? [rate(P.flexibleAccount(), '灵活就业人员', '建立个人账户 · 划入个人账户占缴费基数的比例')] : []),
    ...(c.flexible.base.per === 'average-wage' ? [rate(P.flexibleBase(), '灵活就业人员', `缴费基数占${c.flexible.base.wage.label}的比例`)] : []),
    ...accountDeclarations('working', c.account.working),
    ...accountDeclarations('retired', c.account.retired),
    ...c.large.parts.map((p) => amount(P.large(p.id), c.large.name, `${c.large.name} · ${p.label}`, p.label)),
  ];
}

function declareResident(): ParamDecl[] {
  return [
    ...RESIDENT_MEMBERS.map((m) => amount(CONTRIBUTION_PATHS.resident(m), '居民个人缴费', `${RESIDENT_MEMBER_LABELS[m]} · 每人每年`, '个人缴费')),
    amount(CONTRIBUTION_PATHS.subsidy(), '财政补助', '财政补助 · 每人每年', '财政补助'),
  ];
}

function declare(period: PeriodShape): ParamDecl[] {
  const c = configOf(period);
  const conditions = c.conditions.flatMap((id) =>
    CONDITION_PARAMS[id].map((p): ParamDecl => ({ path: CONTRIBUTION_PATHS.condition(p.id), shape: p.shape, group: '享受待遇的条件', name: p.name })),
  );
  return [...(c.kind === 'employee' ? declareEmployee(c) : declareResident()), ...conditions];
}

/** The contribution tree; it settles nothing, so it has no per-class parameters. */
export const CONTRIBUTION: BenefitTree = { id: 'contribution', label: '缴费与个人账户', declare, declareClass: () => [] };

/**
 * A contribution period: a book's period with the contribution rules only. It settles no stay, so it
 * has no benefit classes, hospital grades or supplementary layers, and its fund kind is never read.
 */
export function contributionPeriod(p: {
  id: string;
  title: string;
  from: string;
  to: string | null;
  level: SourceLevel;
  documents: Document[];
  config: ContributionConfig;
  interpretations: Interpretation[];
  params: Params;
}): Period {
  const { config, ...rest } = p;
  return { ...rest, classes: [], grades: [], fund: 'fundCap', layers: [], benefits: { contribution: config } };
}
