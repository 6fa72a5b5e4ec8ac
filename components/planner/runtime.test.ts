import { describe, expect, it } from 'vitest';
import { estimateClaim } from '@/lib/test-support';
import type { Edits } from '@/components/what-if/edits';
import { plannerSchema } from './planner-schema';
import { emptyEvent, type EventValues } from '@/components/forms/form-values';
import { initialPlannerValues, dateOrder, type PlannerValues } from './planner-values';
import { describe as describePlan, plan, readLink, shareLink, whatIf } from './runtime';

const row = (date: string, totalCost: string, patch: Partial<EventValues> = {}): EventValues => ({ ...emptyEvent(date), totalCost, ...patch });
const values = (events: EventValues[], patch: Partial<PlannerValues> = {}): PlannerValues => ({ ...initialPlannerValues('yantai'), events, ...patch });

describe('plannerSchema', () => {
  const issues = (v: PlannerValues) => {
    const r = plannerSchema.safeParse(v);
    return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
  };

  it('says under the date when an admission leaves the year, even while another field is wrong', () => {
    expect(issues(values([row('2025-03-01', '100'), row('2024-12-30', '')]))).toEqual([
      ['events.1.totalCost', '请填写住院总费用'],
      ['events.1.date', '各次就医须在同一年内（年度限额按自然年计算），第1次在 2025 年'],
    ]);
    expect(issues(values([row('', '100'), row('2025-01-01', '1'), row('2024-01-01', '1')]))).toContainEqual([
      'events.2.date',
      '各次就医须在同一年内（年度限额按自然年计算），第2次在 2025 年',
    ]);
  });

  it('checks each admission’s parts against its total', () => {
    expect(issues(values([row('2025-03-01', '100', { outOfScope: '60', selfPayFirst: '41' })]))).toEqual([
      ['events.0.selfPayFirst', '全自费与先行自付之和不能超过住院总费用'],
    ]);
  });
});

describe('dateOrder', () => {
  it('orders rows by date, undated last, ties as listed', () => {
    expect(dateOrder([{ date: '2025-05-01' }, { date: '' }, { date: '2025-01-01' }, { date: '2025-05-01' }])).toEqual([2, 0, 3, 1]);
  });
});

describe('plan', () => {
  it('gives, for admissions listed in any order, the CLI’s figures for the same year', () => {
    const outcome = plan(values([row('2025-06-01', '150000'), row('2025-02-01', '30000', { hospitalLevel: '2', outOfScope: '1000' })]), {});
    expect(outcome.kind).toBe('plan');
    if (outcome.kind !== 'plan') return;
    const cli = estimateClaim({
            city: 'yantai',
            scheme: 'employee',
            member: 'working',
            date: '2025-06-01',
            hospitalLevel: 3,
            admission: 2,
            totalCost: '150000',
            earlier: [{ date: '2025-02-01', hospitalLevel: 2, totalCost: '30000', outOfScope: '1000' }],
          });
    const { view } = outcome;
    expect(view.events.map((a) => [a.row, a.date, a.deductible, a.fund, a.outOfPocket])).toEqual(
      cli.year.admissions.map((a, i) => [1 - i, a.date, a.deductible, a.fundPayment, a.outOfPocket]),
    );
    expect(view.events[1]?.deductibleWhy).toBe('该级别医院起付线 800.00；年度内第2次住院按 50% 计，为 400.00');
    expect(view.chart.map((p) => p.share)).toEqual([Number(view.events[0]!.outOfPocket) / Number(view.totals.outOfPocket), 1].map((x) => Number(x.toFixed(4))));
    expect(view.usage[0]?.name).toBe('统筹基金年度最高支付限额');
  });

  it('shows on each card the deductible applied and why: none once the fund cap is used up', () => {
    // 烟台职工 2025：第一次三级 300000 用完 250,000 限额；第二次三级 20000：统筹 0，起付线规则 400，实际扣除 0
    const outcome = plan(values([row('2025-01-10', '300000'), row('2025-04-10', '20000')]), {});
    expect(outcome.kind).toBe('plan');
    if (outcome.kind !== 'plan') return;
    const second = outcome.view.events[1]!;
    expect([second.deductible, second.fund]).toEqual(['0.00', '0.00']);
    expect(second.deductibleWhy).toBe(
      '该级别医院起付线 800.00；年度内第2次住院按 50% 计，为 400.00；统筹基金本年最高支付限额 250,000 元已用完，本次不再支付，也不再扣除起付线；本次政策范围内费用全部属于超限额费用',
    );
  });

  it('settles a year of several benefits over one ledger, showing the pots each event leaves, as the CLI does', () => {
    // 烟台职工 2018：门诊慢特病甲类与住院共用统筹基金年度限额 250,000（第十三条、第十八条）
    const year = values([
      row('2020-03-01', '300000'),
      row('2020-02-01', '100000', { benefit: 'outpatient-chronic', chronicClass: 'A' }),
      row('2020-04-01', '800', { benefit: 'outpatient-chronic', chronicClass: 'A' }),
    ]);
    const outcome = plan(year, {});
    if (outcome.kind !== 'plan') throw new Error(JSON.stringify(outcome));
    const { view } = outcome;
    const cli = estimateClaim({
      city: 'yantai',
      scheme: 'employee',
      member: 'working',
      date: '2020-03-01',
      hospitalLevel: 3,
      admission: 1,
      totalCost: '300000',
      earlier: [{ benefit: 'outpatient-chronic', chronicClass: 'A', date: '2020-02-01', totalCost: '100000' }],
    });
    expect(view.events.map((e) => [e.row, e.title, e.fund])).toEqual([
      [1, '门诊慢特病（第1次）', '85000.00'],
      [0, '第1次住院', cli.fundPayment],
      // The cap is used up: the fund pays nothing more this year.
      [2, '门诊慢特病（第2次）', '0.00'],
    ]);
    expect(cli.fundPayment).toBe('165000.00');
    expect(view.events[0]!.pots[0]).toMatchObject({ name: '统筹基金年度最高支付限额', used: '85000.00', limit: '250000.00' });
    expect(view.events[1]!.pots[0]).toMatchObject({ used: '250000.00' });
    expect(view.count).toBe('2 次门诊慢特病、1 次住院');
    const back = new URL(shareLink(year, {}, true)!, 'https://example.org');
    expect(readLink(back.search, back.hash).values).toEqual(year);
  });

  it('asks for missing values per grade, naming the class and grade each is for', () => {
    const jinan = values([row('2025-02-01', '1000'), row('2025-03-01', '1000', { hospitalLevel: '2' })], { city: 'jinan', scheme: 'resident', member: 'adult-tier1' });
    expect(describePlan(jinan, {}).asked.map((a) => a.label)).toEqual([
      '一档成人·三级医院·起付线（第一次住院的标准）',
      '一档成人·三级医院·统筹基金分段支付比例',
      '一档成人·统筹基金年度最高支付限额',
      '一档成人·二级医院·起付线（第一次住院的标准）',
      '一档成人·二级医院·统筹基金分段支付比例',
    ]);
    expect(plan(jinan, {})).toMatchObject({ kind: 'refusal', code: 'unknown-parameter' });
    const edits: Edits = {
      ...Object.fromEntries(
        ['2', '3'].flatMap((g) => [
          [`jinan-resident-2024/inpatient/deductible/tier1/${g}`, { shape: 'amount', amount: '500' }],
          [`jinan-resident-2024/inpatient/segments/tier1/${g}`, { shape: 'segments', rows: [{ upTo: '', rate: '60' }] }],
        ]),
      ),
      'jinan-resident-2024/pots/fund/tier1': { shape: 'amount', amount: '200000' },
    };
    expect(plan(jinan, edits).kind).toBe('plan');
    const compared = whatIf(jinan, edits)!.comparison!;
    expect(compared.officialRefusal).toContain('缺少参数');
    expect(compared.lines.at(-1)?.edited).not.toBeNull();
  });
});

describe('share links', () => {
  it('round-trips a year with its edits; the plain link has no amounts', () => {
    const v = values([row('2025-06-01', '150000'), row('2025-02-01', '30000.5', { hospitalLevel: '1', facility: '' })], { scheme: 'resident', member: 'minor' });
    const edits: Edits = { 'yantai-resident-2024/inpatient/deductible/tier2/3': { shape: 'amount', amount: '700' } };
    expect(shareLink(v, edits, false)).toBe('/planner/?city=yantai&scheme=resident&member=minor');
    const url = new URL(shareLink(v, edits, true)!, 'https://example.org');
    expect(url.search).toBe('?city=yantai&scheme=resident&member=minor');
    const back = readLink(url.search, url.hash);
    expect(back.notice).toBeNull();
    expect(back.values).toEqual(v);
    expect(back.edits).toEqual(edits);
  });
});

describe('what a resident says of themselves for the 大病 maximum (2025 on)', () => {
  // 烟台居民 一档: a 三级 stay of 1,000,000 and one of 1,000,000 later in 2025; 大病 is held to its maximum over the year,
  // 400,000 raised by 3,000 × (5 − 4) = 403,000 for 5 continuous years (the CLI gives the same, with earlier).
  const year = values([row('2025-02-01', '1000000'), row('2025-08-01', '1000000')], { scheme: 'resident', member: 'adult-tier1', continuousYears: '5' });

  it('asks for them for residents where the raise is in force, and settles the year with them as the CLI does', () => {
    expect(describePlan(year, {}).person).toBe(true);
    expect(describePlan({ ...year, scheme: 'employee', member: 'working' }, {}).person).toBe(false);
    const outcome = plan(year, {});
    if (outcome.kind !== 'plan') throw new Error(outcome.kind);
    const cli = estimateClaim({
      city: 'yantai',
      scheme: 'resident',
      member: 'adult-tier1',
      date: '2025-08-01',
      hospitalLevel: 3,
      admission: 2,
      totalCost: 1000000,
      continuousYears: 5,
      earlier: [{ date: '2025-02-01', hospitalLevel: 3, totalCost: 1000000 }],
    });
    expect(outcome.view.totals.outOfPocket).toBe(cli.year.admissions.reduce((s, a) => s + Number(a.outOfPocket), 0).toFixed(2));
    expect(cli.year.usage.layers[0]).toMatchObject({ paid: '403000.00', annualMax: '403000.00' });
    expect(outcome.view.usage.find((u) => u.name === '居民大病保险')?.limit).toBe('403000.00');
  });

  it('carries them in the link’s query, like the member type', () => {
    const link = new URL(shareLink(year, {}, true)!, 'https://example.org');
    expect(link.search).toBe('?city=yantai&scheme=resident&member=adult-tier1&years=5');
    expect(readLink(link.search, link.hash).values).toMatchObject({ scheme: 'resident', continuousYears: '5', noClaimLastYear: '' });
    expect(shareLink(year, {}, false)).toBe('/planner/?city=yantai&scheme=resident&member=adult-tier1&years=5');
  });
});

