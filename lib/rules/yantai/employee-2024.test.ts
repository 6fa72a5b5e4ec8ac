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

/**
 * 普通门诊 2024 (公开报道，待核实): 水母网 2024-10-08 (B) and a 2024-07-29 copy (C): deductible 一级 200 / 二级 400 /
 * 三级 600 once a year, counted together across facilities ("变更定点医疗机构的，起付标准累计计算"); caps 在职 5,000 /
 * 退休 6,000. Rates from the copy only: 在职 80 / 70 / 60%, 退休 +5 points.
 */
describe('烟台职工普通门诊 2024', () => {
  const general = (c: Record<string, unknown>) => ({ benefit: 'outpatient-general', city: 'yantai', scheme: 'employee', member: 'working', date: '2024-11-01', ...c });
  const figuresOf = (r: ReturnType<typeof estimateClaim>) => [r.deductible, r.fundPayment, r.outOfPocket];

  it('一级：起付线200元，80%；起付线和限额引水母网', () => {
    // (1200 − 200) × 80% = 800
    const result = estimateClaim(general({ hospitalLevel: 1, totalCost: 1200 }));
    expect(figuresOf(result)).toEqual(['200.00', '800.00', '400.00']);
    expect(result.steps.find((s) => s.key === 'deductible')?.source).toContain('公开报道：水母网，2024-10-08');
    expect(result.steps.find((s) => s.key === 'limit')?.source).toContain('公开报道：水母网，2024-10-08');
  });

  it('换到三级医院：起付线累计，只补足差额', () => {
    // 此前一级 1000：扣 200，(1000 − 200) × 80% = 640。本次三级 2000：600 − 200 = 400；(2000 − 400) × 60% = 960
    const earlier = [{ benefit: 'outpatient-general', date: '2024-03-01', hospitalLevel: 1, totalCost: 1000 }];
    const result = estimateClaim(general({ hospitalLevel: 3, totalCost: 2000, earlier }));
    expect(result.year.admissions.map((a) => [a.deductible, a.fundPayment])).toEqual([
      ['200.00', '640.00'],
      ['400.00', '960.00'],
    ]);
  });

  it('同一级别再次就诊：本年起付线已扣完', () => {
    // 此前二级 1000：扣 400，600 × 70% = 420。本次二级 1000：不再扣，1000 × 70% = 700
    const earlier = [{ benefit: 'outpatient-general', date: '2024-03-01', hospitalLevel: 2, totalCost: 1000 }];
    expect(figuresOf(estimateClaim(general({ hospitalLevel: 2, totalCost: 1000, earlier })))).toEqual(['0.00', '700.00', '300.00']);
  });

  it.each([
    // 在职一级 10000：(10000 − 200) × 80% = 7840 → 每年最多 5000
    ['working', '5000.00'],
    // 退休一级 10000：(10000 − 200) × 85% = 8330 → 每年最多 6000
    ['retired', '6000.00'],
  ])('%s 年度最高支付 %s', (member, fund) => {
    expect(estimateClaim(general({ member, hospitalLevel: 1, totalCost: 10000 })).fundPayment).toBe(fund);
  });
});
