import { describe, expect, it } from 'vitest';
import { estimateClaim, figures } from '../../test-support';

/**
 * Yantai residents from 2024 (公开报道，待核实): deductibles 300/500/800, halved on the 2nd admission,
 * 100 yuan each from the 3rd; 一档 90/58/45%, 二档 (and students, minors) 90/72/60%;
 * caps 180,000 / 220,000; Shandong residents' 大病保险 above 14,000: 60/65/70/75%, max 400,000.
 */
const claim = (c: Record<string, unknown>) => ({ city: 'yantai', scheme: 'resident', date: '2025-06-01', admission: 1, ...c });
const critical = (amount: string) => ({ 居民大病保险: amount });

describe('烟台居民 2024 起（公开报道）', () => {
  it.each([
    {
      name: '一档·三级45%',
      // (10000−800)×45% = 4140；负担 5860 < 14000；个人 5860
      input: { member: 'adult-tier1', hospitalLevel: 3, totalCost: 10000 },
      expected: { deductible: '800.00', fund: '4140.00', supplements: critical('0.00'), outOfPocket: '5860.00' },
    },
    {
      name: '二档·二级72%',
      // (10000−500)×72% = 6840；个人 3160
      input: { member: 'adult-tier2', hospitalLevel: 2, totalCost: 10000 },
      expected: { deductible: '500.00', fund: '6840.00', supplements: critical('0.00'), outOfPocket: '3160.00' },
    },
    {
      name: '未成年·一级90%',
      // (5000−300)×90% = 4230；个人 770
      input: { member: 'minor', hospitalLevel: 1, totalCost: 5000 },
      expected: { deductible: '300.00', fund: '4230.00', supplements: critical('0.00'), outOfPocket: '770.00' },
    },
    {
      name: '一档·三级10万元：大病保险',
      // (100000−800)×45% = 44640；负担 55360；大病 (55360−14000)×60% = 24816；个人 = 100000 − 44640 − 24816 = 30544
      input: { member: 'adult-tier1', hospitalLevel: 3, totalCost: 100000 },
      expected: { deductible: '800.00', fund: '44640.00', supplements: critical('24816.00'), outOfPocket: '30544.00' },
    },
    {
      name: '在校学生·三级40万元：限额22万元，大病两段',
      // (400000−800)×60% = 239520 → 220000；负担 180000
      // 大病 (100000−14000)×60% = 51600；(180000−100000)×65% = 52000；合计 103600；个人 = 76400
      input: { member: 'student', hospitalLevel: 3, totalCost: 400000 },
      expected: { deductible: '800.00', fund: '220000.00', supplements: critical('103600.00'), outOfPocket: '76400.00' },
    },
  ])('$name', ({ input, expected }) => {
    expect(figures(estimateClaim(claim(input)))).toEqual(expected);
  });

  it('22万元限额此前已用完：不再扣起付线，大病保险按全部政策范围内费用计算', () => {
    // 二档三级 60%。第一次 500000：(500000−800)×60% = 299520 > 220000 → 统筹 220000；大病基数 280000：
    //   (100000−14000)×60% + 100000×65% + 80000×70% = 51600 + 65000 + 56000 = 172600
    // 第二次三级 20000：规则起付线 400，限额已用完，统筹 0，实际扣除 0；大病基数 20000（累计 280000 → 300000）×70% = 14000；个人 6000
    const result = estimateClaim(
      claim({ member: 'adult-tier2', hospitalLevel: 3, admission: 2, totalCost: 20000, earlier: [{ date: '2025-03-01', hospitalLevel: 3, totalCost: 500000 }] }),
    );
    expect(result.year.admissions.map((a) => [a.deductible, a.fundPayment, a.supplementPayment])).toEqual([
      ['800.00', '220000.00', '172600.00'],
      ['0.00', '0.00', '14000.00'],
    ]);
    expect(figures(result)).toEqual({ deductible: '0.00', fund: '0.00', supplements: critical('14000.00'), outOfPocket: '6000.00' });
    expect(result.steps.find((s) => s.key === 'deductible')?.detail).toContain('统筹基金本年最高支付限额 220,000 元已用完，本次不再支付，也不再扣除起付线');
  });

  it('第二次减半，第三次起每次100元', () => {
    const earlier = [
      { date: '2025-01-01', hospitalLevel: 3, totalCost: 900 },
      { date: '2025-02-01', hospitalLevel: 3, totalCost: 900 },
      { date: '2025-03-01', hospitalLevel: 2, totalCost: 900 },
    ];
    const result = estimateClaim(claim({ member: 'adult-tier2', hospitalLevel: 1, admission: 4, totalCost: 900, earlier }));
    expect(result.year.admissions.map((a) => a.deductible)).toEqual(['800.00', '400.00', '100.00', '100.00']);
  });
});
