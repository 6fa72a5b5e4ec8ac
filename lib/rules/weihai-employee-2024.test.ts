import { describe, expect, it } from 'vitest';
import { estimateClaim, figures, refusal } from '../test-support';

/**
 * 威医保发〔2023〕56号 (2024-01-01—2028-12-31): deductibles 900/700/400, halved on the 2nd
 * admission, none from the 3rd (二（一）); a 240,000 yearly band of eligible cost; 大额补助
 * part A (90% above the band, max 400,000) and part B (70/80/90% of the in-band personal burden
 * from 18,000, max 500,000) (二（二）2). The segment rates are not in the text: cases supply them.
 */
const claim = (c: Record<string, unknown>) => ({ city: 'weihai', scheme: 'employee', date: '2025-04-01', admission: 1, ...c });
const flat90 = { rates: [{ upTo: null, rate: 0.9 }] };
const subsidy = (a: string, b: string) => ({ '大额补助（24万元以上部分）': a, '大额补助（个人负担部分）': b });

describe('威海职工 2024—2028', () => {
  it('没有分段比例时拒绝估算，并说明去哪里问', () => {
    const error = refusal(claim({ member: 'working', hospitalLevel: 3, totalCost: 10000 }));
    expect(error.code).toBe('unknown-parameter');
    expect(error.message).toContain('分段支付比例');
    expect(error.message).toContain('12393');
  });

  it('费用不超过起付线时不需要比例', () => {
    // 起付线 900 ≥ 政策范围内 800：统筹不支付；大额补助 B 起点 18000 未达到
    expect(figures(estimateClaim(claim({ member: 'working', hospitalLevel: 3, totalCost: 800 })))).toEqual({
      deductible: '900.00',
      fund: '0.00',
      supplements: subsidy('0.00', '0.00'),
      outOfPocket: '800.00',
    });
  });

  it.each([
    {
      name: '三级第一次住院，填写90%',
      // (100000−900)×90% = 89190；个人负担 10810 < 18000，B 不支付；个人 = 10810
      input: { hospitalLevel: 3, totalCost: 100000, overrides: flat90 },
      expected: { deductible: '900.00', fund: '89190.00', supplements: subsidy('0.00', '0.00'), outOfPocket: '10810.00' },
    },
    {
      name: '二级 700、一级 400 起付线',
      // (10000−700)×90% = 8370；个人 = 1630
      input: { hospitalLevel: 2, totalCost: 10000, overrides: flat90 },
      expected: { deductible: '700.00', fund: '8370.00', supplements: subsidy('0.00', '0.00'), outOfPocket: '1630.00' },
    },
    {
      name: '一级起付线400',
      // (10000−400)×90% = 8640；个人 = 1360
      input: { hospitalLevel: 1, totalCost: 10000, overrides: flat90 },
      expected: { deductible: '400.00', fund: '8640.00', supplements: subsidy('0.00', '0.00'), outOfPocket: '1360.00' },
    },
    {
      name: '单次30万元：24万元额度内统筹，以上 A 90%，个人负担超过1.8万元部分 B 70%',
      // 额度内：(240000−900)×90% = 215190；额度内个人负担 = 240000 − 215190 = 24810
      // A：(300000−240000)×90% = 54000；B：(24810−18000)×70% = 4767
      // 个人 = 300000 − 215190 − 54000 − 4767 = 26043
      input: { hospitalLevel: 3, totalCost: 300000, overrides: flat90 },
      expected: { deductible: '900.00', fund: '215190.00', supplements: subsidy('54000.00', '4767.00'), outOfPocket: '26043.00' },
    },
    {
      name: 'A 年度最高40万元',
      // A：(1000000−240000)×90% = 684000 → 400000；B 同上 4767
      // 个人 = 1000000 − 215190 − 400000 − 4767 = 380043
      input: { hospitalLevel: 3, totalCost: 1000000, overrides: flat90 },
      expected: { deductible: '900.00', fund: '215190.00', supplements: subsidy('400000.00', '4767.00'), outOfPocket: '380043.00' },
    },
    {
      name: 'B 跨过10万元：70%与80%两段',
      // 比例填50%：(240000−900)×50% = 119550；个人负担 120450
      // B：(100000−18000)×70% = 57400；(120450−100000)×80% = 16360；合计 73760
      // 个人 = 240000 − 119550 − 73760 = 46690
      input: { hospitalLevel: 3, totalCost: 240000, overrides: { rates: [{ upTo: null, rate: 0.5 }] } },
      expected: { deductible: '900.00', fund: '119550.00', supplements: subsidy('0.00', '73760.00'), outOfPocket: '46690.00' },
    },
    {
      name: '全自费、先行自付不计入 B 的个人负担',
      // 政策范围内 = 300000 − 30000 − 20000 = 250000；额度内统筹 215190，负担 24810
      // A：10000×90% = 9000；B：(24810−18000)×70% = 4767
      // 个人 = 300000 − 215190 − 9000 − 4767 = 71043
      input: { hospitalLevel: 3, totalCost: 300000, outOfScope: 30000, selfPayFirst: 20000, overrides: flat90 },
      expected: { deductible: '900.00', fund: '215190.00', supplements: subsidy('9000.00', '4767.00'), outOfPocket: '71043.00' },
    },
    {
      name: '分段比例可以多段',
      // 填写：1万元以下85%，以上90%。(10000−900)×85% = 7735；(20000−10000)×90% = 9000；统筹 16735；个人 3265
      input: {
        hospitalLevel: 3,
        totalCost: 20000,
        overrides: { rates: [{ upTo: 10000, rate: 0.85 }, { upTo: null, rate: 0.9 }] },
      },
      expected: { deductible: '900.00', fund: '16735.00', supplements: subsidy('0.00', '0.00'), outOfPocket: '3265.00' },
    },
  ])('$name', ({ input, expected }) => {
    expect(figures(estimateClaim(claim({ member: 'working', ...input })))).toEqual(expected);
  });

  it('第二次住院起付线减半，第三次起为0', () => {
    // 第一次三级 100000：统筹 89190，负担 10810
    // 第二次三级 50000：起付线 450；(50000−450)×90% = 44595；负担 5405（累计 16215 < 18000）
    // 第三次三级 20000：起付线 0；20000×90% = 18000；负担 2000，累计 16215 → 18215：B = 215×70% = 150.50
    const result = estimateClaim(
      claim({
        member: 'retired',
        hospitalLevel: 3,
        admission: 3,
        totalCost: 20000,
        overrides: flat90,
        earlier: [
          { date: '2025-01-10', hospitalLevel: 3, totalCost: 100000 },
          { date: '2025-02-10', hospitalLevel: 3, totalCost: 50000 },
        ],
      }),
    );
    expect(result.year.admissions.map((a) => [a.deductible, a.fundPayment, a.outOfPocket])).toEqual([
      ['900.00', '89190.00', '10810.00'],
      ['450.00', '44595.00', '5405.00'],
      ['0.00', '18000.00', '1849.50'],
    ]);
    expect(result.supplements).toEqual([
      { name: '大额补助（24万元以上部分）', amount: '0.00', level: 'official' },
      { name: '大额补助（个人负担部分）', amount: '150.50', level: 'official' },
    ]);
  });

  it('24万元额度按年度累计，起付线计入额度', () => {
    // 第一次三级 200000：(200000−900)×90% = 179190；负担 20810；B = 2810×70% = 1967
    // 第二次三级 100000：起付线 450；额度剩余 40000：(40000−450)×90% = 35595；额度内负担 4405
    // A：60000×90% = 54000；B：4405×70% = 3083.50；个人 = 100000 − 35595 − 54000 − 3083.50 = 7321.50
    const result = estimateClaim(
      claim({
        member: 'working',
        hospitalLevel: 3,
        admission: 2,
        totalCost: 100000,
        overrides: flat90,
        earlier: [{ date: '2025-01-10', hospitalLevel: 3, totalCost: 200000 }],
      }),
    );
    expect(figures(result)).toEqual({
      deductible: '450.00',
      fund: '35595.00',
      supplements: subsidy('54000.00', '3083.50'),
      outOfPocket: '7321.50',
    });
    expect(result.year.usage.coverage).toEqual({ kind: 'eligibleBand', amount: '240000.00', used: '300000.00' });
  });

  it('填写的比例只适用于本次住院的医院等级：此前其他等级的住院仍缺比例', () => {
    const error = refusal(
      claim({
        member: 'working',
        hospitalLevel: 2,
        admission: 2,
        totalCost: 10000,
        overrides: flat90,
        earlier: [{ date: '2025-01-10', hospitalLevel: 3, totalCost: 20000 }],
      }),
    );
    expect(error.code).toBe('unknown-parameter');
    expect(error.message).toContain('三级医院');
  });

  it('填写的数值在步骤中标为用户填写', () => {
    const result = estimateClaim(claim({ member: 'working', hospitalLevel: 3, totalCost: 20000, overrides: flat90 }));
    const segment = result.steps.find((s) => s.key === 'segment');
    expect(segment?.level).toBe('user');
    expect(segment?.source).toContain('您填写');
    expect(result.notes.some((n) => n.title === '含您填写的参数')).toBe(true);
  });

  it.each([
    ['2023-12-31', false],
    ['2024-01-01', true],
    ['2028-12-31', true],
    ['2029-01-01', false],
  ])('%s 有规定：%s', (date, known) => {
    const input = claim({ date, member: 'working', hospitalLevel: 3, totalCost: 500 });
    if (known) expect(estimateClaim(input).policy.id).toBe('weihai-employee-2024');
    else expect(refusal(input).code).toBe('no-version');
  });
});
