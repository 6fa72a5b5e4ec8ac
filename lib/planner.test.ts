import { describe, expect, it } from 'vitest';
import { EstimateError } from './base/errors';
import { Dec, money } from './base/money';
import type { Bill } from './engine/bill';
import { INPATIENT_PATHS } from './benefits/inpatient';
import { PATHS } from './model/address';
import type { Override } from './model/overrides';
import type { MemberId, SchemeId } from './model/types';
import { planYear as plan, type PlannedAdmission } from './planner';
import { RULES } from './rules';

/** The planner's accumulation over a year: repeat-admission rules, caps and bands crossed mid-admission, supplement thresholds. */

let nextId = 0;
function stay(date: string, totalCost: number, extra: Partial<Bill> = {}): PlannedAdmission {
  return { id: `row-${nextId++}`, date, hospitalLevel: 3, totalCost: new Dec(totalCost), outOfScope: new Dec(0), selfPayFirst: new Dec(0), ...extra };
}
const fixed = (xs: Dec[]) => xs.map(money);
const weihaiRates = (rate: number): Override[] => ['1', '2', '3'].map((grade) => ({ path: INPATIENT_PATHS.segments('working', grade), value: [{ upTo: null, rate }] }));

/** The planner as a page calls it: the versions in force on the stays' dates, with the person's overrides. */
function planYear(choice: { city: string; scheme: SchemeId; member: MemberId; overrides?: Override[] }, admissions: PlannedAdmission[]) {
  return plan(choice.member, admissions, RULES.rulebook(choice.city, choice.scheme, choice.overrides));
}

describe('planYear', () => {
  it('settles admissions in date order whatever order they were listed in, keeping each row id', () => {
    const a = stay('2020-09-01', 10000);
    const b = stay('2020-02-01', 20000);
    const plan = planYear({ city: 'yantai', scheme: 'employee', member: 'working' }, [a, b]);
    expect(plan.rows.map((r) => r.id)).toEqual([b.id, a.id]);
    expect(plan.rows.map((r) => r.admission.ordinal)).toEqual([1, 2]);
  });

  it('refuses admissions from different calendar years', () => {
    expect(() => planYear({ city: 'yantai', scheme: 'employee', member: 'working' }, [stay('2020-12-30', 1), stay('2021-01-02', 1)])).toThrowError(
      EstimateError,
    );
  });

  it.each([
    ['every admission pays the deductible (烟台职工 2018)', 'yantai', 'employee', 'working', '2020', ['800.00', '800.00', '800.00', '800.00']],
    ['halved on the 2nd, none from the 3rd (烟台职工 2024)', 'yantai', 'employee', 'working', '2025', ['800.00', '400.00', '0.00', '0.00']],
    ['halved on the 2nd, 100 from the 3rd (烟台居民 2024)', 'yantai', 'resident', 'adult-tier1', '2025', ['800.00', '400.00', '100.00', '100.00']],
    ['full on the 2nd, none from the 3rd (威海居民 2023, reported)', 'weihai', 'resident', 'adult-tier1', '2023', ['800.00', '800.00', '0.00', '0.00']],
    ['halved on the 2nd, none from the 3rd (威海居民 2024 on, official)', 'weihai', 'resident', 'adult-tier1', '2025', ['800.00', '400.00', '0.00', '0.00']],
    ['济南职工 三级 1000/500/0', 'jinan', 'employee', 'retired', '2025', ['1000.00', '500.00', '0.00', '0.00']],
  ] as const)('repeat-admission rule: %s', (_, city, scheme, member, year, deductibles) => {
    const admissions = ['01', '03', '05', '07'].map((m) => stay(`${year}-${m}-10`, 2000));
    const plan = planYear({ city, scheme, member }, admissions);
    expect(plan.rows.map((r) => money(r.admission.deductible))).toEqual(deductibles);
  });

  it('crosses the fund cap in the middle of the second admission (烟台居民 2018 二档, 22万元)', () => {
    // 第一次：(300000−800)×60% = 179520，个人 120480；第二次：(100000−800)×60% = 59520 > 剩余 40480 → 40480，个人 59520
    const plan = planYear({ city: 'yantai', scheme: 'resident', member: 'minor' }, [stay('2021-01-05', 300000), stay('2021-06-05', 100000)]);
    expect(fixed(plan.rows.map((r) => r.admission.fund))).toEqual(['179520.00', '40480.00']);
    expect(fixed(plan.cumulativeOutOfPocket)).toEqual(['120480.00', '180000.00']);
    expect(money(plan.rows[1]!.admission.usage.coverage.used)).toBe('220000.00');
  });

  it('crosses the 240,000 band in the middle of the second admission (威海职工, 填写比例90%)', () => {
    // 第一次 200000：(200000−900)×90% = 179190；B = (20810−18000)×70% = 1967
    // 第二次 100000：起付线 450，额度剩 40000：(40000−450)×90% = 35595；A = 60000×90% = 54000；B = 4405×70% = 3083.50
    const plan = planYear({ city: 'weihai', scheme: 'employee', member: 'working', overrides: weihaiRates(0.9) }, [
      stay('2025-01-10', 200000),
      stay('2025-04-10', 100000),
    ]);
    const second = plan.rows[1]!.admission;
    expect(money(second.fund)).toBe('35595.00');
    expect(second.supplements.map((s) => money(s.amount))).toEqual(['54000.00', '3083.50']);
    expect(plan.totals.supplements.map((s) => [s.name, money(s.amount)])).toEqual([
      ['大额补助（24万元以上部分）', '54000.00'],
      ['大额补助（个人负担部分）', '5050.50'],
    ]);
  });

  it('crosses the 大病保险 threshold of 14,000 in the middle of the second admission (烟台居民 2024)', () => {
    // 第一次 20000：(20000−800)×45% = 8640，负担 11360 < 14000
    // 第二次 10000：起付线 400，(10000−400)×45% = 4320，负担 5680，累计 17040：(17040−14000)×60% = 1824；个人 = 3856
    const plan = planYear({ city: 'yantai', scheme: 'resident', member: 'adult-tier1' }, [stay('2025-02-01', 20000), stay('2025-03-01', 10000)]);
    expect(plan.rows.map((r) => money(r.admission.supplementTotal))).toEqual(['0.00', '1824.00']);
    expect(money(plan.rows[1]!.admission.outOfPocket)).toBe('3856.00');
  });

  it('crosses the 100,000 step of 大额补助 B in the middle of the second admission (威海职工, 填写比例50%)', () => {
    // 第一次 200000：(200000−900)×50% = 99550，负担 100450：82000×70% + 450×80% = 57760
    // 第二次 40000：起付线 450，(40000−450)×50% = 19775，负担 20225 全在80%段：16180；个人 = 4045
    const plan = planYear({ city: 'weihai', scheme: 'employee', member: 'working', overrides: weihaiRates(0.5) }, [
      stay('2025-01-10', 200000),
      stay('2025-04-10', 40000),
    ]);
    expect(plan.rows.map((r) => money(r.admission.supplements[1]!.amount))).toEqual(['57760.00', '16180.00']);
    expect(money(plan.rows[1]!.admission.outOfPocket)).toBe('4045.00');
  });

  it('reaches the 大额救助金 maximum of 400,000 in the middle of the second admission (烟台职工 2018)', () => {
    // 第一次 700000：统筹 250000，大额 (700000 − 279322.22)×90% = 378610.00
    // 第二次 50000：限额已用完，大额 50000×90% = 45000 > 剩余 21390 → 21390；个人 28610
    const plan = planYear({ city: 'yantai', scheme: 'employee', member: 'working' }, [stay('2020-01-10', 700000), stay('2020-05-10', 50000)]);
    expect(plan.rows.map((r) => money(r.admission.supplementTotal))).toEqual(['378610.00', '21390.00']);
    expect(money(plan.totals.outOfPocket)).toBe(money(new Dec(750000).minus(250000).minus(400000)));
  });

  it('shows, row by row, the deductible applied: none once the fund cap is used up (烟台职工 2018)', () => {
    // 第一次三级 300000：起付线 800；按比例 268610 > 250000 → 统筹 250000（本次内用完限额），大额 18610
    // 第二次三级 20000：限额已用完，统筹 0，起付线不扣（0）；大额 20000×90% = 18000；个人 2000
    // 第三次一级 150：同样不扣起付线（规则 200）；大额 150×90% = 135；个人 15
    const plan = planYear({ city: 'yantai', scheme: 'employee', member: 'working' }, [
      stay('2020-01-10', 300000),
      stay('2020-05-10', 20000),
      stay('2020-07-10', 150, { hospitalLevel: 1 }),
    ]);
    const rows = plan.rows.map((r) => r.admission);
    expect(rows.map((a) => [money(a.deductible), money(a.deductibleRule), money(a.fund), money(a.supplementTotal), money(a.outOfPocket)])).toEqual([
      ['800.00', '800.00', '250000.00', '18610.00', '31390.00'],
      ['0.00', '800.00', '0.00', '18000.00', '2000.00'],
      ['0.00', '200.00', '0.00', '135.00', '15.00'],
    ]);
    // The row's figure is the 起付线 step's, and the step says why.
    for (const a of rows) expect(money(a.steps.find((s) => s.key === 'deductible')!.amount)).toBe(money(a.deductible));
    expect(rows[1]!.steps.find((s) => s.key === 'deductible')?.detail).toContain('统筹基金本年最高支付限额 250,000 元已用完');
  });

  it('adds up the year: total = fund + supplements + out-of-pocket', () => {
    const plan = planYear({ city: 'yantai', scheme: 'employee', member: 'retired' }, [
      stay('2020-01-10', 150000, { outOfScope: new Dec(5000) }),
      stay('2020-03-10', 90000, { hospitalLevel: 2, selfPayFirst: new Dec(3000) }),
      stay('2020-08-10', 120000),
    ]);
    const paid = plan.totals.fund.plus(plan.totals.supplements.reduce((s, x) => s.plus(x.amount), new Dec(0)));
    expect(money(paid.plus(plan.totals.outOfPocket))).toBe(money(plan.totals.totalCost));
    expect(money(plan.cumulativeOutOfPocket.at(-1)!)).toBe(money(plan.totals.outOfPocket));
  });
});

describe('planYear with an event no source computes', () => {
  const WEIHAI_RESIDENT = { city: 'weihai', scheme: 'resident', member: 'adult-tier1' } as const;

  it('leaves out an event of a benefit with no known rule, says why, and settles the rest as if it were not listed', () => {
    const first = stay('2024-02-01', 30000);
    const chronic = stay('2024-03-01', 5000, { benefit: 'outpatient-chronic' });
    const second = stay('2024-06-01', 30000);
    const year = planYear(WEIHAI_RESIDENT, [first, chronic, second]);
    expect(year.rows.map((r) => r.id)).toEqual([first.id, second.id]);
    expect(year.skipped).toEqual([{ id: chronic.id, benefit: 'outpatient-chronic', message: expect.stringContaining('没有门诊慢特病的已知规定') }]);
    const without = planYear(WEIHAI_RESIDENT, [stay('2024-02-01', 30000), stay('2024-06-01', 30000)]);
    expect(money(year.totals.outOfPocket)).toBe(money(without.totals.outOfPocket));
  });

  it('keeps the places of the stays after a stay left out: the third stay is still the third (济南居民, values given for 三级 only)', () => {
    const cls = 'tier1';
    const overrides: Override[] = [
      { path: INPATIENT_PATHS.deductible(cls, '3'), value: 1000 },
      { path: INPATIENT_PATHS.segments(cls, '3'), value: [{ upTo: null, rate: 0.6 }] },
      { path: PATHS.fund(cls), value: 200000 },
    ];
    const level2 = stay('2024-03-01', 8000, { hospitalLevel: 2 });
    const year = planYear({ city: 'jinan', scheme: 'resident', member: 'adult-tier1', overrides }, [stay('2024-02-01', 20000), level2, stay('2024-06-01', 20000)]);
    expect(year.rows.map((r) => r.admission.ordinal)).toEqual([1, 3]);
    expect(year.skipped.map((s) => s.id)).toEqual([level2.id]);
    expect(year.skipped[0]!.message).toMatch(/^缺少参数：.*二级医院/);
  });

  it('refuses the year when no event can be settled, with the first event’s reason', () => {
    expect(() => planYear(WEIHAI_RESIDENT, [stay('2024-03-01', 5000, { benefit: 'outpatient-chronic' })])).toThrowError(/没有门诊慢特病的已知规定/);
  });
});
