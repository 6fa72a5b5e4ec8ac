import { describe, expect, it } from 'vitest';
import { estimateClaim, figures, refusal } from '../../test-support';

/**
 * Jinan residents, 2024 (公开报道，待核实): the base table is not recoverable, so every estimate needs
 * the person's deductible, rates and cap; the 2nd admission halves the deductible, the 3rd has none;
 * 大病保险 on the personal eligible burden above 14,000: 60/65/70/75%, max 400,000.
 */
const claim = (c: Record<string, unknown>) => ({ city: 'jinan', scheme: 'resident', date: '2025-03-01', admission: 1, ...c });
const supplied = { deductible: 1000, rates: [{ upTo: null, rate: 0.55 }], fundCap: 200000 };

describe('济南居民（公开报道，基础表未知）', () => {
  it('没有起付线、比例和限额时拒绝估算', () => {
    const error = refusal(claim({ member: 'adult-tier1', hospitalLevel: 3, totalCost: 50000 }));
    expect(error.code).toBe('unknown-parameter');
    expect(error.message).toContain('12393');
  });

  it('只填起付线仍缺比例：逐项说明', () => {
    const error = refusal(claim({ member: 'adult-tier1', hospitalLevel: 3, totalCost: 50000, overrides: { deductible: 1000, fundCap: 200000 } }));
    expect(error.message).toContain('分段支付比例');
  });

  it('填写后估算，大病保险1.4万元起', () => {
    // (50000−1000)×55% = 26950；负担 23050；大病 (23050−14000)×60% = 5430；个人 = 50000 − 26950 − 5430 = 17620
    expect(figures(estimateClaim(claim({ member: 'adult-tier1', hospitalLevel: 3, totalCost: 50000, overrides: supplied })))).toEqual({
      deductible: '1000.00',
      fund: '26950.00',
      supplements: { 居民大病保险: '5430.00' },
      outOfPocket: '17620.00',
    });
  });

  it('填写的起付线按第二次住院减半', () => {
    // 起付线 1000 → 500；(10000−500)×55% = 5225
    const result = estimateClaim(
      claim({
        member: 'student',
        hospitalLevel: 3,
        admission: 2,
        totalCost: 10000,
        overrides: supplied,
        earlier: [{ date: '2025-01-15', hospitalLevel: 3, totalCost: 10000 }],
      }),
    );
    expect(result.year.admissions.map((a) => a.deductible)).toEqual(['1000.00', '500.00']);
    expect(result.fundPayment).toBe('5225.00');
  });

  it('全部为全自费时无需参数', () => {
    expect(figures(estimateClaim(claim({ member: 'minor', hospitalLevel: 2, totalCost: 3000, outOfScope: 3000 })))).toEqual({
      deductible: '0.00',
      fund: '0.00',
      supplements: { 居民大病保险: '0.00' },
      outOfPocket: '3000.00',
    });
  });
});
