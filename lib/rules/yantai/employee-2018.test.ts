import { describe, expect, it } from 'vitest';
import { estimateClaim, figures, refusal } from '../../test-support';

/**
 * 烟台市职工基本医疗保险实施办法（2018-01-01—2022-12-31）. Each case shows the hand arithmetic
 * from the text: 第十一条 segment rates, 第十二条 deductibles, 第十四条 cap 250,000,
 * 第三十条 大额救助金 90% of over-cap cost, at most 400,000 a year.
 */
const claim = (c: Record<string, unknown>) => ({ city: 'yantai', scheme: 'employee', date: '2020-06-01', admission: 1, ...c });
const relief = (amount: string) => ({ 大额救助金: amount });

describe('烟台职工 2018—2022', () => {
  it.each([
    {
      name: '在职·三级：三段比例，全自费与先行自付全由个人负担',
      // 政策范围内 = 20000 − 1000 − 500 = 18500；起付线 800（第十二条）
      // (5000−800)×80% = 3360；(10000−5000)×85% = 4250；(18500−10000)×90% = 7650；统筹 = 15260
      // 个人负担 = 20000 − 15260 = 4740
      input: { member: 'working', hospitalLevel: 3, totalCost: 20000, outOfScope: 1000, selfPayFirst: 500 },
      expected: { deductible: '800.00', fund: '15260.00', supplements: relief('0.00'), outOfPocket: '4740.00' },
    },
    {
      name: '退休·三级：各段加5个百分点',
      // (5000−800)×85% = 3570；5000×90% = 4500；8500×95% = 8075；统筹 = 16145；个人 = 20000 − 16145 = 3855
      input: { member: 'retired', hospitalLevel: 3, totalCost: 20000, outOfScope: 1000, selfPayFirst: 500 },
      expected: { deductible: '800.00', fund: '16145.00', supplements: relief('0.00'), outOfPocket: '3855.00' },
    },
    {
      name: '在职·二级：10000元以下85%，以上90%',
      // 起付线 500；(10000−500)×85% = 8075；(12000−10000)×90% = 1800；统筹 = 9875；个人 = 2125
      input: { member: 'working', hospitalLevel: 2, totalCost: 12000 },
      expected: { deductible: '500.00', fund: '9875.00', supplements: relief('0.00'), outOfPocket: '2125.00' },
    },
    {
      name: '退休·二级',
      // (10000−500)×90% = 8550；2000×95% = 1900；统筹 = 10450；个人 = 1550
      input: { member: 'retired', hospitalLevel: 2, totalCost: 12000 },
      expected: { deductible: '500.00', fund: '10450.00', supplements: relief('0.00'), outOfPocket: '1550.00' },
    },
    {
      name: '在职·一级：起付线以上90%',
      // 起付线 200；(5000−200)×90% = 4320；个人 = 680
      input: { member: 'working', hospitalLevel: 1, totalCost: 5000 },
      expected: { deductible: '200.00', fund: '4320.00', supplements: relief('0.00'), outOfPocket: '680.00' },
    },
    {
      name: '灵活就业按在职计算',
      input: { member: 'flexible', hospitalLevel: 1, totalCost: 5000 },
      expected: { deductible: '200.00', fund: '4320.00', supplements: relief('0.00'), outOfPocket: '680.00' },
    },
    {
      name: '未超过起付线：统筹不支付，起付线只扣到政策范围内费用为止',
      // 政策范围内 600 < 起付线 800：实际扣除 600；统筹 0；个人 600
      input: { member: 'working', hospitalLevel: 3, totalCost: 600 },
      expected: { deductible: '600.00', fund: '0.00', supplements: relief('0.00'), outOfPocket: '600.00' },
    },
    {
      name: '在职·三级30万元：统筹达到25万元，超限额部分大额救助金90%',
      // 按比例：3360 + 4250 + (300000−10000)×90% = 268610 > 250000 → 统筹 250000
      // 达到限额的费用点：10000 + (250000 − 7610)/0.9 = 279322.22；超限额 = 300000 − 279322.22 = 20677.78
      // 大额救助金 = 20677.78 × 90% = 18610.00；个人 = 300000 − 250000 − 18610 = 31390
      input: { member: 'working', hospitalLevel: 3, totalCost: 300000 },
      expected: { deductible: '800.00', fund: '250000.00', supplements: relief('18610.00'), outOfPocket: '31390.00' },
    },
    {
      name: '退休·一级30万元：超限额费用取整到分后再按90%',
      // (300000−200)×95% = 284810 > 250000；费用点 200 + 250000/0.95 = 263357.89；超限额 36642.11
      // 大额 = 36642.11 × 90% = 32977.899 → 32977.90；个人 = 300000 − 250000 − 32977.90 = 17022.10
      input: { member: 'retired', hospitalLevel: 1, totalCost: 300000 },
      expected: { deductible: '200.00', fund: '250000.00', supplements: relief('32977.90'), outOfPocket: '17022.10' },
    },
    {
      name: '大额救助金年度最高40万元',
      // 超限额 = 1000000 − 279322.22 = 720677.78；×90% = 648610.00 > 400000 → 400000
      // 个人 = 1000000 − 250000 − 400000 = 350000
      input: { member: 'working', hospitalLevel: 3, totalCost: 1000000 },
      expected: { deductible: '800.00', fund: '250000.00', supplements: relief('400000.00'), outOfPocket: '350000.00' },
    },
  ])('$name', ({ input, expected }) => {
    expect(figures(estimateClaim(claim(input)))).toEqual(expected);
  });

  it('第二次住院仍扣全额起付线（每次住院扣起付线）', () => {
    // 第一次三级 10000：统筹 3360 + 4250 = 7610。第二次二级 10000：起付线 500（不减半）
    // (10000−500)×85% = 8075；个人 = 1925
    const result = estimateClaim(
      claim({
        member: 'working',
        hospitalLevel: 2,
        admission: 2,
        totalCost: 10000,
        earlier: [{ date: '2020-02-01', hospitalLevel: 3, totalCost: 10000 }],
      }),
    );
    expect(figures(result)).toEqual({ deductible: '500.00', fund: '8075.00', supplements: relief('0.00'), outOfPocket: '1925.00' });
    expect(result.year.admissions.map((a) => a.fundPayment)).toEqual(['7610.00', '8075.00']);
  });

  it('此前住院已接近限额：本次在限额处转入大额救助金，起付线照扣', () => {
    // 此前三级 270000：7610 + (270000−10000)×90% = 241610；本年剩余限额 8390
    // 本次三级 20000 按比例 3360 + 4250 + 9000 = 16610 > 8390 → 统筹 8390
    // 费用点：10000 + (8390 − 7610)/0.9 = 10866.67；超限额 = 20000 − 10866.67 = 9133.33；大额 = 8219.997 → 8220.00
    // 个人 = 20000 − 8390 − 8220 = 3390：其中起付线 800 在统筹基金支付的费用以内，照扣
    const result = estimateClaim(
      claim({
        member: 'working',
        hospitalLevel: 3,
        admission: 2,
        totalCost: 20000,
        earlier: [{ date: '2020-01-10', hospitalLevel: 3, totalCost: 270000 }],
      }),
    );
    expect(figures(result)).toEqual({ deductible: '800.00', fund: '8390.00', supplements: relief('8220.00'), outOfPocket: '3390.00' });
    expect(result.steps.find((s) => s.key === 'deductible')).toMatchObject({ amount: '800.00', detail: '该级别医院起付线 800.00' });
    expect(result.year.usage.coverage.used).toBe('250000.00');
  });

  it('此前已用完限额：本次政策范围内费用全部按90%由大额救助金支付，不再扣起付线', () => {
    // 此前三级 400000：统筹 250000，大额 (400000 − 279322.22)×90% = 108610.00
    // 本次三级 10000：统筹 0，起付线不扣（实际扣除 0）；大额 10000×90% = 9000（第三十条，基数是全部 10000，不减 800）；个人 1000
    const result = estimateClaim(
      claim({
        member: 'working',
        hospitalLevel: 3,
        admission: 2,
        totalCost: 10000,
        earlier: [{ date: '2020-01-10', hospitalLevel: 3, totalCost: 400000 }],
      }),
    );
    expect(figures(result)).toEqual({ deductible: '0.00', fund: '0.00', supplements: relief('9000.00'), outOfPocket: '1000.00' });
    expect(result.steps.find((s) => s.key === 'deductible')).toMatchObject({
      amount: '0.00',
      detail: '该级别医院起付线 800.00；统筹基金本年最高支付限额 250,000 元已用完，本次不再支付，也不再扣除起付线；本次政策范围内费用全部属于超限额费用',
    });
    // No segment lines from a deductible that is not applied: the cap step says the fund pays nothing.
    expect(result.steps.map((s) => s.key)).toEqual(['total', 'outOfScope', 'selfPayFirst', 'eligible', 'deductible', 'cap', 'fund', 'layer:large-relief', 'outOfPocket']);
    expect(result.notes.map((n) => n.title)).not.toContain('未达起付线');
    expect(result.year.admissions.map((a) => a.deductible)).toEqual(['800.00', '0.00']);
    expect(result.year.admissions[0]?.supplementPayment).toBe('108610.00');
  });

  it('此前已用完限额、本次费用不足起付线：仍不扣起付线，也不说“未达起付线”', () => {
    // 此前三级 300000：统筹 250000（限额用完）；本次三级 500 < 800：大额 500×90% = 450；个人 50
    const result = estimateClaim(
      claim({ member: 'working', hospitalLevel: 3, admission: 2, totalCost: 500, earlier: [{ date: '2020-01-10', hospitalLevel: 3, totalCost: 300000 }] }),
    );
    expect(figures(result)).toEqual({ deductible: '0.00', fund: '0.00', supplements: relief('450.00'), outOfPocket: '50.00' });
    expect(result.notes.map((n) => n.title)).not.toContain('未达起付线');
  });

  it('大病保险没有来源：不计入，并说明个人负担是上限', () => {
    const result = estimateClaim(claim({ member: 'working', hospitalLevel: 3, totalCost: 20000 }));
    expect(result.notes.some((n) => n.kind === 'warning' && n.text.includes('上限'))).toBe(true);
    expect(result.supplements.map((s) => s.name)).toEqual(['大额救助金']);
  });

  it.each([
    ['2018-01-01', 'yantai-employee-2018'],
    ['2022-12-31', 'yantai-employee-2018'],
    ['2024-01-01', 'yantai-employee-2024'],
  ])('%s 适用 %s', (date, id) => {
    expect(estimateClaim(claim({ date, member: 'working', hospitalLevel: 3, totalCost: 1000 })).policy.id).toBe(id);
  });

  it.each(['2017-12-31', '2023-01-01', '2023-12-31'])('%s 没有已知规定：列出已知版本', (date) => {
    const error = refusal(claim({ date, member: 'working', hospitalLevel: 3, totalCost: 1000 }));
    expect(error.code).toBe('no-version');
    expect(error.message).toContain('2018-01-01 至 2022-12-31');
    expect(error.message).toContain('2024-01-01');
  });
});
