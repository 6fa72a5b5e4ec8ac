import { describe, expect, it } from 'vitest';
import { contribute } from '@/lib/test-support';
import { initialContributionValues, type ContributionValues } from './contribution-values';
import { compute, fields } from './runtime';

/** The contribution page's runtime: which inputs it asks for, how it reads them, and that its figures are the CLI's. */

const form = (patch: Partial<ContributionValues>): ContributionValues => ({ ...initialContributionValues('weihai'), year: '2025', ...patch });
const keys = (patch: Partial<ContributionValues>) => fields(form(patch)).map((f) => f.key);

function view(patch: Partial<ContributionValues>) {
  const outcome = compute(form(patch));
  if (outcome.kind !== 'result') throw new Error(`no result: ${JSON.stringify(outcome)}`);
  return outcome.view;
}

describe('fields: only the inputs the year’s rules need', () => {
  it.each([
    [{ city: 'weihai', member: 'working' }, ['employer', 'monthlyWage']],
    [{ city: 'jinan', member: 'working', year: '2022' }, ['monthlyWage']],
    [{ city: 'yantai', member: 'working', year: '2020' }, ['monthlyWage', 'age']],
    [{ city: 'yantai', member: 'retired', year: '2020' }, ['age']],
    [{ city: 'yantai', member: 'retired', year: '2025' }, ['age', 'averagePension']],
    [{ city: 'weihai', member: 'retired' }, []],
    [{ city: 'weihai', member: 'flexible' }, ['flexibleRate', 'declaredBase']],
    [{ city: 'jinan', member: 'flexible', year: '2022' }, ['flexibleRate', 'averageWage']],
    [{ city: 'weihai', scheme: 'resident', member: 'minor' }, []],
  ] as const)('%j → %j', (patch, expected) => {
    expect(keys(patch)).toEqual(expected);
  });

  it('offers the rules’ own rates to choose from, and asks for one where no source gives it', () => {
    const [weihai] = fields(form({ member: 'flexible' }));
    expect(weihai?.choices).toEqual([
      { value: '8', label: '8%（不建立个人账户）' },
      { value: '10', label: '10%（建立个人账户）' },
    ]);
    const [yantai] = fields(form({ city: 'yantai', member: 'flexible', year: '2020' }));
    expect(yantai?.choices).toBeUndefined();
    expect(yantai?.hint).toContain('来源没有给出');
  });

  it('names the figures the text refers to in its own words', () => {
    expect(fields(form({ city: 'jinan', member: 'flexible', year: '2022' }))[1]?.label).toBe('山东省上年度全口径月平均工资');
    expect(fields(form({ city: 'yantai', member: 'retired', year: '2025' }))[1]?.label).toBe('烟台市2023年退休人员月人均基本养老金');
  });
});

describe('compute', () => {
  it('shows the CLI’s figures for the same input, reading full-width digits and grouping commas', () => {
    // CLI: 5000 × 7% = 350, 5000 × 2% = 100, 5000 × 2.7% = 135 (烟台 第六条、第十七条)
    const cli = contribute({ city: 'yantai', scheme: 'employee', member: 'working', year: 2020, monthlyWage: 5000, age: 40 });
    const v = view({ city: 'yantai', member: 'working', year: '２０２０', monthlyWage: '５,０００', age: '４０' });
    expect(v.monthly.map((f) => f.amount)).toEqual([cli.monthly.employer, cli.monthly.individual, cli.monthly.accountCredit]);
    expect(v.yearly.map((f) => f.amount)).toEqual([cli.yearly.employer, cli.yearly.individual, cli.yearly.accountCredit]);
    expect(v.items.map((i) => [i.name, i.monthly, i.yearly, i.source])).toEqual(cli.items.map((i) => [i.name, i.monthly, i.yearly, i.source]));
  });

  it('reads the flexible rate as a percentage', () => {
    // 4000 × 10% = 400；账户 4000 × 2% = 80
    expect(view({ member: 'flexible', flexibleRate: '10', declaredBase: '4,000' }).monthly.map((f) => f.amount)).toEqual(['0.00', '400.00', '80.00']);
  });

  it('waits for a required input without calling it an error, and says so when something is typed wrong', () => {
    expect(compute(form({ member: 'working' }))).toEqual({ kind: 'incomplete', reason: 'empty' });
    expect(compute(form({ member: 'working', monthlyWage: '-5' }))).toEqual({ kind: 'incomplete', reason: 'invalid' });
    expect(compute(form({ year: '25' }))).toEqual({ kind: 'incomplete', reason: 'invalid' });
  });

  it('marks reported figures beside them and says where a figure is unknown', () => {
    const v = view({ city: 'yantai', member: 'working', year: '2025', monthlyWage: '5000' });
    expect(v.monthly.map((f) => [f.amount, f.level])).toEqual([
      [null, 'unknown'],
      ['100.00', 'reported'],
      ['100.00', 'reported'],
    ]);
    expect(v.missing.map((m) => m.title)).toContain('单位缴费');
  });

  it('refuses a year without rules in words', () => {
    const outcome = compute(form({ scheme: 'resident', member: 'minor', year: '2026' }));
    expect(outcome).toMatchObject({ kind: 'refusal', code: 'no-version' });
  });

  it('shows a resident’s yearly contribution only, with the conditions and the policy', () => {
    const v = view({ city: 'yantai', scheme: 'resident', member: 'adult-tier2', year: '2018' });
    expect([v.monthly, v.yearly.map((f) => f.amount)]).toEqual([[], ['380.00']]);
    expect(v.conditions[0]?.source).toContain('第八条（三）');
    expect(v.version.level).toBe('official');
    expect(v.totals[0]?.text).toContain('不设个人账户');
  });
});
