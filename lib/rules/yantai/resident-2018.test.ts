import { describe, expect, it } from 'vitest';
import { estimateClaim, figures, refusal } from '../../test-support';

/**
 * 烟台市居民基本医疗保险实施办法（2018-01-01—2022-12-31）: 第十二条 deductibles 300/500/800,
 * 第十三条 one rate per grade and tier (minors and students get 二档), 第十八条 caps 180,000 / 220,000.
 * 大病保险 (第三十四条) has no parameters in the sources: never a supplement here.
 */
const claim = (c: Record<string, unknown>) => ({ city: 'yantai', scheme: 'resident', date: '2019-09-01', admission: 1, ...c });

describe('烟台居民 2018—2022', () => {
  it.each([
    {
      name: '一档·三级45%',
      // 起付线 800；(10000−800)×45% = 4140；个人 = 5860
      input: { member: 'adult-tier1', hospitalLevel: 3, totalCost: 10000 },
      expected: { deductible: '800.00', fund: '4140.00', outOfPocket: '5860.00' },
    },
    {
      name: '二档·三级60%',
      // (10000−800)×60% = 5520；个人 = 4480
      input: { member: 'adult-tier2', hospitalLevel: 3, totalCost: 10000 },
      expected: { deductible: '800.00', fund: '5520.00', outOfPocket: '4480.00' },
    },
    {
      name: '一档·二级58%',
      // (10000−500)×58% = 5510；个人 = 4490
      input: { member: 'adult-tier1', hospitalLevel: 2, totalCost: 10000 },
      expected: { deductible: '500.00', fund: '5510.00', outOfPocket: '4490.00' },
    },
    {
      name: '未成年·二级享受二档70%',
      // (10000−500)×70% = 6650；个人 = 3350
      input: { member: 'minor', hospitalLevel: 2, totalCost: 10000 },
      expected: { deductible: '500.00', fund: '6650.00', outOfPocket: '3350.00' },
    },
    {
      name: '在校学生·一级享受二档88%',
      // 起付线 300；(5000−300)×88% = 4136；个人 = 864
      input: { member: 'student', hospitalLevel: 1, totalCost: 5000 },
      expected: { deductible: '300.00', fund: '4136.00', outOfPocket: '864.00' },
    },
    {
      name: '一档·一级默认按实施基本药物制度83%',
      // (5000−300)×83% = 3901；个人 = 1099
      input: { member: 'adult-tier1', hospitalLevel: 1, totalCost: 5000 },
      expected: { deductible: '300.00', fund: '3901.00', outOfPocket: '1099.00' },
    },
    {
      name: '一档·未实施基本药物制度的一级医院60%',
      // (5000−300)×60% = 2820；个人 = 2180
      input: { member: 'adult-tier1', hospitalLevel: 1, facility: 'no-essential-drugs', totalCost: 5000 },
      expected: { deductible: '300.00', fund: '2820.00', outOfPocket: '2180.00' },
    },
    {
      name: '二档·年度最高支付限额22万元',
      // (400000−800)×60% = 239520 > 220000 → 220000；个人 = 180000
      input: { member: 'adult-tier2', hospitalLevel: 3, totalCost: 400000 },
      expected: { deductible: '800.00', fund: '220000.00', outOfPocket: '180000.00' },
    },
    {
      name: '一档·年度最高支付限额18万元',
      // (500000−800)×45% = 224640 > 180000 → 180000；个人 = 320000
      input: { member: 'adult-tier1', hospitalLevel: 3, totalCost: 500000 },
      expected: { deductible: '800.00', fund: '180000.00', outOfPocket: '320000.00' },
    },
    {
      name: '支付额四舍五入到分（半数进位）',
      // (800.10−800)×45% = 0.045 → 0.05；个人 = 800.05
      input: { member: 'adult-tier1', hospitalLevel: 3, totalCost: 800.1 },
      expected: { deductible: '800.00', fund: '0.05', outOfPocket: '800.05' },
    },
  ])('$name', ({ input, expected }) => {
    expect(figures(estimateClaim(claim(input)))).toEqual(expected);
  });

  it('第三次住院仍扣全额起付线', () => {
    const result = estimateClaim(
      claim({
        member: 'adult-tier2',
        hospitalLevel: 3,
        admission: 3,
        totalCost: 10000,
        earlier: [
          { date: '2019-01-05', hospitalLevel: 3, totalCost: 5000 },
          { date: '2019-03-05', hospitalLevel: 2, totalCost: 5000 },
        ],
      }),
    );
    expect(result.year.admissions.map((a) => a.deductible)).toEqual(['800.00', '500.00', '800.00']);
  });

  it('限额按年度累计：此前已支付的统筹基金占用本年限额', () => {
    // 此前三级 300000：(300000−800)×60% = 179520；剩余 220000 − 179520 = 40480
    // 本次三级 100000：(100000−800)×60% = 59520 > 40480 → 40480；个人 = 59520
    const result = estimateClaim(
      claim({
        member: 'minor',
        hospitalLevel: 3,
        admission: 2,
        totalCost: 100000,
        earlier: [{ date: '2019-05-01', hospitalLevel: 3, totalCost: 300000 }],
      }),
    );
    expect(figures(result)).toEqual({ deductible: '800.00', fund: '40480.00', outOfPocket: '59520.00' });
  });

  it('2023-01-01 起没有已知的居民规定，2024-01-01 起为公开报道版本', () => {
    expect(refusal(claim({ date: '2023-01-01', member: 'minor', hospitalLevel: 3, totalCost: 1000 })).code).toBe('no-version');
    expect(estimateClaim(claim({ date: '2022-12-31', member: 'minor', hospitalLevel: 3, totalCost: 1000 })).policy.id).toBe(
      'yantai-resident-2018',
    );
  });
});
