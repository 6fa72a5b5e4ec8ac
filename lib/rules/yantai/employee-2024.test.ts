import { describe, expect, it } from 'vitest';
import { estimateClaim, figures } from '../../test-support';

/**
 * Yantai employees from 2024 (公开报道，待核实): deductibles 200/500/800, halved on the 2nd admission,
 * none from the 3rd; in-service tier 1 and 2 90%, tier 3 85% to 10,000 then 90%; retirees +5 points;
 * cap 250,000 and 大额救助金 90% above it up to 400,000 (reported for 2022–2023).
 */
const claim = (c: Record<string, unknown>) => ({ city: 'yantai', scheme: 'employee', date: '2025-06-01', admission: 1, ...c });
const relief = (amount: string) => ({ 大额救助金: amount });

describe('烟台职工 2024 起（公开报道）', () => {
  it.each([
    {
      name: '在职·三级',
      // (10000−800)×85% = 7820；10000×90% = 9000；统筹 16820；个人 3180
      input: { member: 'working', hospitalLevel: 3, totalCost: 20000 },
      expected: { deductible: '800.00', fund: '16820.00', supplements: relief('0.00'), outOfPocket: '3180.00' },
    },
    {
      name: '退休·三级加5个百分点',
      // 9200×90% = 8280；10000×95% = 9500；统筹 17780；个人 2220
      input: { member: 'retired', hospitalLevel: 3, totalCost: 20000 },
      expected: { deductible: '800.00', fund: '17780.00', supplements: relief('0.00'), outOfPocket: '2220.00' },
    },
    {
      name: '在职·二级90%',
      // (5000−500)×90% = 4050；个人 950
      input: { member: 'working', hospitalLevel: 2, totalCost: 5000 },
      expected: { deductible: '500.00', fund: '4050.00', supplements: relief('0.00'), outOfPocket: '950.00' },
    },
    {
      name: '退休·一级95%',
      // (5000−200)×95% = 4560；个人 440
      input: { member: 'retired', hospitalLevel: 1, totalCost: 5000 },
      expected: { deductible: '200.00', fund: '4560.00', supplements: relief('0.00'), outOfPocket: '440.00' },
    },
    {
      name: '在职·三级30万元：限额25万元与大额救助金',
      // 7820 + 290000×90% = 268820 > 250000；费用点 10000 + (250000−7820)/0.9 = 279088.89
      // 超限额 20911.11；×90% = 18819.999 → 18820.00；个人 = 300000 − 250000 − 18820 = 31180
      input: { member: 'working', hospitalLevel: 3, totalCost: 300000 },
      expected: { deductible: '800.00', fund: '250000.00', supplements: relief('18820.00'), outOfPocket: '31180.00' },
    },
  ])('$name', ({ input, expected }) => {
    expect(figures(estimateClaim(claim(input)))).toEqual(expected);
  });

  it('第二次减半，第三次为0', () => {
    const result = estimateClaim(
      claim({
        member: 'working',
        hospitalLevel: 3,
        admission: 3,
        totalCost: 1000,
        earlier: [
          { date: '2025-01-01', hospitalLevel: 2, totalCost: 800 },
          { date: '2025-02-01', hospitalLevel: 3, totalCost: 800 },
        ],
      }),
    );
    expect(result.year.admissions.map((a) => a.deductible)).toEqual(['500.00', '400.00', '0.00']);
  });
});
