import { describe, expect, it } from 'vitest';
import { estimateClaim, figures, refusal } from '../../test-support';

/**
 * Weihai residents, values reported by a local service page in 2023 (公开报道，待核实):
 * deductibles 300/500/800, none from the 3rd admission; 一档 80% (基层 85%) / 60% / 50%, cap 200,000;
 * 二档 up to 40,000 80% (85%) / 65% / 55%, 40,000–300,000 80% / 70% / 70%, cap 300,000;
 * 大病保险 on the personal eligible burden above 18,000: 60/65/70/75%, max 400,000.
 */
const claim = (c: Record<string, unknown>) => ({ city: 'weihai', scheme: 'resident', date: '2025-05-01', admission: 1, ...c });
const critical = (amount: string) => ({ 居民大病保险: amount });

describe('威海居民（公开报道）', () => {
  it.each([
    {
      name: '一档·三级50%',
      // (10000−800)×50% = 4600；个人负担 5400 < 18000；个人 = 5400
      input: { member: 'adult-tier1', hospitalLevel: 3, totalCost: 10000 },
      expected: { deductible: '800.00', fund: '4600.00', supplements: critical('0.00'), outOfPocket: '5400.00' },
    },
    {
      name: '一档·一级默认按一级医院80%',
      // (5000−300)×80% = 3760；个人 = 1240
      input: { member: 'adult-tier1', hospitalLevel: 1, totalCost: 5000 },
      expected: { deductible: '300.00', fund: '3760.00', supplements: critical('0.00'), outOfPocket: '1240.00' },
    },
    {
      name: '一档·基层医疗机构85%',
      // (5000−300)×85% = 3995；个人 = 1005
      input: { member: 'adult-tier1', hospitalLevel: 1, facility: 'grassroots', totalCost: 5000 },
      expected: { deductible: '300.00', fund: '3995.00', supplements: critical('0.00'), outOfPocket: '1005.00' },
    },
    {
      name: '二档·三级两段，大病保险60%',
      // (40000−800)×55% = 21560；(100000−40000)×70% = 42000；统筹 63560
      // 大病：负担 36440，(36440−18000)×60% = 11064；个人 = 100000 − 63560 − 11064 = 25376
      input: { member: 'adult-tier2', hospitalLevel: 3, totalCost: 100000 },
      expected: { deductible: '800.00', fund: '63560.00', supplements: critical('11064.00'), outOfPocket: '25376.00' },
    },
    {
      name: '二档·二级',
      // (40000−500)×65% = 25675；(50000−40000)×70% = 7000；统筹 32675；负担 17325 < 18000
      input: { member: 'adult-tier2', hospitalLevel: 2, totalCost: 50000 },
      expected: { deductible: '500.00', fund: '32675.00', supplements: critical('0.00'), outOfPocket: '17325.00' },
    },
    {
      name: '一档·限额20万元，超限额部分计入大病保险的个人负担',
      // (450000−800)×50% = 224600 → 200000；负担 250000
      // 大病：(100000−18000)×60% = 49200；100000×65% = 65000；50000×70% = 35000；合计 149200
      // 个人 = 450000 − 200000 − 149200 = 100800
      input: { member: 'adult-tier1', hospitalLevel: 3, totalCost: 450000 },
      expected: { deductible: '800.00', fund: '200000.00', supplements: critical('149200.00'), outOfPocket: '100800.00' },
    },
  ])('$name', ({ input, expected }) => {
    expect(figures(estimateClaim(claim(input)))).toEqual(expected);
  });

  it('二档单次超过30万元：报道没有这部分的比例，请求填写', () => {
    const error = refusal(claim({ member: 'adult-tier2', hospitalLevel: 3, totalCost: 350000 }));
    expect(error.code).toBe('unknown-parameter');
    expect(error.message).toContain('300,000');
  });

  it('第二次住院按全额，第三次起不设起付线', () => {
    const result = estimateClaim(
      claim({
        member: 'adult-tier1',
        hospitalLevel: 2,
        admission: 3,
        totalCost: 5000,
        earlier: [
          { date: '2025-01-01', hospitalLevel: 2, totalCost: 3000 },
          { date: '2025-02-01', hospitalLevel: 2, totalCost: 3000 },
        ],
      }),
    );
    expect(result.year.admissions.map((a) => a.deductible)).toEqual(['500.00', '500.00', '0.00']);
    // 第三次：5000×60% = 3000
    expect(result.fundPayment).toBe('3000.00');
  });

  it('未成年人的待遇档次没有来源：拒绝估算；填写起付线、比例和限额后可估算', () => {
    const error = refusal(claim({ member: 'minor', hospitalLevel: 3, totalCost: 10000 }));
    expect(error.code).toBe('unknown-parameter');
    expect(error.message).toContain('未成年');
    // 填写：起付线 800，比例 60%，限额 300000：(10000−800)×60% = 5520；个人 = 4480
    const result = estimateClaim(
      claim({
        member: 'minor',
        hospitalLevel: 3,
        totalCost: 10000,
        overrides: { deductible: 800, rates: [{ upTo: null, rate: 0.6 }], fundCap: 300000 },
      }),
    );
    expect(figures(result)).toEqual({ deductible: '800.00', fund: '5520.00', supplements: critical('0.00'), outOfPocket: '4480.00' });
  });

  it('版本标明为公开报道', () => {
    const result = estimateClaim(claim({ member: 'adult-tier1', hospitalLevel: 3, totalCost: 10000 }));
    expect(result.policy.level).toBe('reported');
    expect(result.steps.find((s) => s.key === 'segment')?.source).toContain('公开报道，待核实');
  });

  it('2022-12-31 没有已知规定', () => {
    expect(refusal(claim({ date: '2022-12-31', member: 'adult-tier1', hospitalLevel: 3, totalCost: 100 })).code).toBe('no-version');
    expect(estimateClaim(claim({ date: '2023-01-01', member: 'adult-tier1', hospitalLevel: 3, totalCost: 100 })).policy.id).toBe(
      'weihai-resident-2023',
    );
  });
});
