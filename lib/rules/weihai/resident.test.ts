import { describe, expect, it } from 'vitest';
import { estimateClaim, figures, refusal } from '../../test-support';

/**
 * Weihai residents, values reported by a local service page in 2023 (公开报道，待核实):
 * deductibles 300/500/800, the 2nd admission in full, none from the 3rd; 一档 80% (基层 85%) / 60% / 50%,
 * cap 200,000; 二档 up to 40,000 80% (85%) / 65% / 55%, above 40,000 "至年度最高支付限额" 80% (85%) / 70% / 70%,
 * the fund paying at most 300,000 a year; 大病保险 on the personal eligible burden above 18,000: 60/65/70/75%, max 400,000.
 * From 2024-01-01, official (威海市医疗保障局, disclosure of 2024-04-10): deductibles 300/500/800, the 2nd admission
 * halved (150/250/400), none from the 3rd. The rates of that table could not be read: the 2023 ones stay, reported.
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

  describe('二档：30万元是统筹基金的年度限额，不是分段终点（“超过4万元至年度最高支付限额部分”）', () => {
    it.each([
      {
        name: '2023年，三级单次35万元：4万元以上按70%，统筹未到30万元',
        // (40000−800)×55% = 21560；(350000−40000)×70% = 217000；统筹 238560 < 300000
        // 大病：负担 111440：(100000−18000)×60% = 49200；11440×65% = 7436；合计 56636；个人 = 350000 − 238560 − 56636 = 54804
        input: { date: '2023-06-01', member: 'adult-tier2', hospitalLevel: 3, totalCost: 350000 },
        expected: { deductible: '800.00', fund: '238560.00', supplements: critical('56636.00'), outOfPocket: '54804.00' },
      },
      {
        name: '2025年，三级单次50万元：统筹按70%支付到30万元为止',
        // 21560 + 460000×70% = 343560 > 300000 → 统筹 300000
        // 大病：负担 500000 − 300000 = 200000：49200 + 100000×65% = 114200；个人 = 500000 − 300000 − 114200 = 85800
        input: { member: 'adult-tier2', hospitalLevel: 3, totalCost: 500000 },
        expected: { deductible: '800.00', fund: '300000.00', supplements: critical('114200.00'), outOfPocket: '85800.00' },
      },
      {
        name: '基层医疗机构4万元以上仍按85%',
        // (40000−300)×85% = 33745；60000×85% = 51000；统筹 84745；负担 15255 < 18000
        input: { member: 'adult-tier2', hospitalLevel: 1, facility: 'grassroots', totalCost: 100000 },
        expected: { deductible: '300.00', fund: '84745.00', supplements: critical('0.00'), outOfPocket: '15255.00' },
      },
      {
        name: '一级医院4万元以上按80%',
        // (40000−300)×80% = 31760；60000×80% = 48000；统筹 79760；负担 20240：(20240−18000)×60% = 1344；个人 = 100000 − 79760 − 1344 = 18896
        input: { member: 'adult-tier2', hospitalLevel: 1, totalCost: 100000 },
        expected: { deductible: '300.00', fund: '79760.00', supplements: critical('1344.00'), outOfPocket: '18896.00' },
      },
    ])('$name', ({ input, expected }) => {
      expect(figures(estimateClaim(claim(input)))).toEqual(expected);
    });

    it('30万元限额此前已用完：本次统筹不支付，也不再扣起付线', () => {
      // 第一次三级 500000：统筹 300000（同上）。第二次三级 20000：限额已用完，统筹 0，起付线 0
      const result = estimateClaim(claim({ member: 'adult-tier2', hospitalLevel: 3, admission: 2, totalCost: 20000, earlier: [{ date: '2025-01-10', hospitalLevel: 3, totalCost: 500000 }] }));
      expect(result.year.admissions.map((a) => [a.deductible, a.fundPayment])).toEqual([
        ['800.00', '300000.00'],
        ['0.00', '0.00'],
      ]);
    });
  });

  describe('第二次住院的起付线：2023年全额（报道），2024年1月1日起减半（官方）', () => {
    const second = (date: string, hospitalLevel: number, member = 'adult-tier1') =>
      estimateClaim(claim({ date, member, hospitalLevel, admission: 2, totalCost: 5000, earlier: [{ date, hospitalLevel, totalCost: 3000 }] }));

    it('2023-12-31：第二次住院按全额起付线', () => {
      // 一档二级：起付线 500；(5000−500)×60% = 2700
      const result = second('2023-12-31', 2);
      expect([result.deductible, result.fundPayment]).toEqual(['500.00', '2700.00']);
      expect(result.steps.find((s) => s.key === 'deductible')).toMatchObject({ level: 'reported', detail: '该级别医院起付线 500.00' });
    });

    it('2024-01-01：第二次住院起付线减半，依据信息披露', () => {
      // 一档二级：500 × 50% = 250；(5000−250)×60% = 2850
      const result = second('2024-01-01', 2);
      expect([result.deductible, result.fundPayment]).toEqual(['250.00', '2850.00']);
      const step = result.steps.find((s) => s.key === 'deductible')!;
      expect(step.level).toBe('official');
      expect(step.detail).toBe('该级别医院起付线 500.00；年度内第2次住院按 50% 计，为 250.00');
      expect(step.source).toContain('威海市医疗保障局《2024年一季度……待遇支付……情况》（2024-04-10，索引号 11371000004359010J-DSJ/2024-01048）');
    });

    it.each([
      [1, 'adult-tier1', '150.00'],
      [2, 'adult-tier2', '250.00'],
      [3, 'adult-tier2', '400.00'],
    ])('2025年 %s级医院第二次住院起付线 %s', (hospitalLevel, member, deductible) => {
      expect(second('2025-03-01', hospitalLevel, member).deductible).toBe(deductible);
    });

    it.each([
      ['2023-06-01', ['500.00', '500.00', '0.00']],
      ['2024-06-01', ['500.00', '250.00', '0.00']],
    ])('%s：第三次起不设起付线', (date, deductibles) => {
      const year = date.slice(0, 4);
      const result = estimateClaim(
        claim({
          date,
          member: 'adult-tier1',
          hospitalLevel: 2,
          admission: 3,
          totalCost: 5000,
          earlier: [
            { date: `${year}-01-01`, hospitalLevel: 2, totalCost: 3000 },
            { date: `${year}-02-01`, hospitalLevel: 2, totalCost: 3000 },
          ],
        }),
      );
      expect(result.year.admissions.map((a) => a.deductible)).toEqual(deductibles);
      // 第三次：5000×60% = 3000
      expect(result.fundPayment).toBe('3000.00');
    });
  });

  it('2024年起的比例仍是2023年的报道：标为公开报道，并提示规定可能已调整', () => {
    const result = estimateClaim(claim({ member: 'adult-tier1', hospitalLevel: 3, totalCost: 10000 }));
    expect(result.provenance.reported).toContain('一档缴费·三级医院·分段支付比例');
    expect(result.provenance.reported).not.toContain('一档缴费·三级医院·起付线');
    expect(result.notes.find((n) => n.title === '规定可能已调整')?.text).toContain('一档缴费·三级医院·分段支付比例');
    expect(result.notes.find((n) => n.title === '2024年起的支付比例')?.text).toContain('未能读出');
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
