import { describe, expect, it } from 'vitest';
import { estimateClaim, figures, refusal } from '../../test-support';

/**
 * 威医保发〔2023〕56号 (2024-01-01—2028-12-31), official: deductibles 900/700/400 (三级/二级/一级), halved
 * on the 2nd admission, none from the 3rd (二（一）); a 240,000 yearly band of eligible cost; 大额补助
 * part A (90% above the band, max 400,000) and part B (70/80/90% of the in-band personal burden from
 * 18,000, max 500,000) (二（二）2).
 * The "原支付比例" 56号 keeps, official too: 威海市医疗保障局's disclosure of 2024-04-10 (索引号
 * 11371000004359010J-DSJ/2024-01048), on this admission's eligible cost from 0: 起付线–10,000 /
 * 10,000–40,000 / 40,000–240,000:
 *   在职 一级 90 / 92 / 90%, 二级 85 / 90 / 90%, 三级 80 / 88 / 90%;
 *   退休 一级 95 / 96 / 90%, 二级 92.5 / 95 / 90%, 三级 90 / 94 / 90% (90%, not 95%, above 40,000).
 */
const claim = (c: Record<string, unknown>) => ({ city: 'weihai', scheme: 'employee', date: '2024-06-01', admission: 1, ...c });
const subsidy = (a: string, b: string) => ({ '大额补助（24万元以上部分）': a, '大额补助（个人负担部分）': b });
const none = subsidy('0.00', '0.00');

describe('威海职工 2024—2028: every grade × 在职/退休 × segment, without anything typed', () => {
  it.each([
    // 在职 三级: D 900
    ['working', 3, 10000, '7280.00', '2720.00'], // (10000−900)×80% = 7280
    ['working', 3, 10001, '7280.88', '2720.12'], // 7280 + 1×88%
    ['working', 3, 40000, '33680.00', '6320.00'], // 7280 + 30000×88% = 7280 + 26400
    ['working', 3, 40001, '33680.90', '6320.10'], // 33680 + 1×90%
    ['working', 3, 100000, '87680.00', '12320.00'], // 33680 + 60000×90% = 33680 + 54000；负担 12320 < 18000，B 不付
    // 在职 二级: D 700
    ['working', 2, 10000, '7905.00', '2095.00'], // (10000−700)×85% = 7905
    ['working', 2, 40000, '34905.00', '5095.00'], // 7905 + 30000×90% = 7905 + 27000
    ['working', 2, 50000, '43905.00', '6095.00'], // 34905 + 10000×90%
    // 在职 一级: D 400
    ['working', 1, 10000, '8640.00', '1360.00'], // (10000−400)×90% = 8640
    ['working', 1, 40000, '36240.00', '3760.00'], // 8640 + 30000×92% = 8640 + 27600
    ['working', 1, 50000, '45240.00', '4760.00'], // 36240 + 10000×90%
    // 退休 三级: D 900
    ['retired', 3, 10000, '8190.00', '1810.00'], // (10000−900)×90% = 8190
    ['retired', 3, 40000, '36390.00', '3610.00'], // 8190 + 30000×94% = 8190 + 28200
    ['retired', 3, 50000, '45390.00', '4610.00'], // 36390 + 10000×90%
    // 退休 二级: D 700
    ['retired', 2, 10000, '8602.50', '1397.50'], // (10000−700)×92.5% = 8602.50
    ['retired', 2, 40000, '37102.50', '2897.50'], // 8602.50 + 30000×95% = 8602.50 + 28500
    ['retired', 2, 60000, '55102.50', '4897.50'], // 37102.50 + 20000×90%
    // 退休 一级: D 400
    ['retired', 1, 10000, '9120.00', '880.00'], // (10000−400)×95% = 9120
    ['retired', 1, 40000, '37920.00', '2080.00'], // 9120 + 30000×96% = 9120 + 28800
    ['retired', 1, 50000, '46920.00', '3080.00'], // 37920 + 10000×90%
    // 灵活就业 as 在职 (二级)
    ['flexible', 2, 50000, '43905.00', '6095.00'],
    // 退休 三级 to the band's end: 8190 + 28200 + 200000×90% = 216390 (at 95% it would be 226390)
    ['retired', 3, 240000, '216390.00', '19683.00'], // 负担 23610；B = (23610−18000)×70% = 3927；个人 = 240000 − 216390 − 3927
  ] as const)('%s %s级 %s 元 → 统筹 %s，个人 %s', (member, hospitalLevel, totalCost, fund, outOfPocket) => {
    const result = estimateClaim(claim({ member, hospitalLevel, totalCost }));
    expect([result.fundPayment, result.outOfPocket]).toEqual([fund, outOfPocket]);
    expect(result.supplementPayment).toBe(totalCost === 240000 ? '3927.00' : '0.00');
  });

  it('费用不超过起付线时统筹不支付，所用参数都来自官方文件', () => {
    // 起付线 900 ≥ 政策范围内 800：实际扣除 800，统筹不支付；没有用到分段比例
    const result = estimateClaim(claim({ member: 'working', hospitalLevel: 3, totalCost: 800 }));
    expect(figures(result)).toEqual({ deductible: '800.00', fund: '0.00', supplements: none, outOfPocket: '800.00' });
    expect(result.provenance).toEqual({ level: 'official', anyOfficial: true, reported: [], user: [] });
  });

  it('住院的每一步都来自官方文件：分段比例引2024-04-10的信息披露和56号文', () => {
    const result = estimateClaim(claim({ member: 'retired', hospitalLevel: 2, totalCost: 60000 }));
    expect(result.provenance).toEqual({ level: 'official', anyOfficial: true, reported: [], user: [] });
    const rules = result.steps.filter((s) => s.level !== 'input' && s.level !== 'computed');
    expect(rules.map((s) => s.key)).toEqual(['deductible', 'segment', 'segment', 'segment', 'cap', 'layer:subsidy-a', 'layer:subsidy-b']);
    expect(rules.every((s) => s.level === 'official')).toBe(true);
    const segment = result.steps.find((s) => s.key === 'segment')!.source;
    expect(segment).toContain('威海市医疗保障局《2024年一季度……待遇支付……情况》（2024-04-10，索引号 11371000004359010J-DSJ/2024-01048）职工住院分段支付比例（退休）');
    expect(segment).toContain('威医保发〔2023〕56号');
    expect(segment).not.toContain('公开报道');
    expect(result.notes.some((n) => n.title.includes('公开报道'))).toBe(false);
  });

  it.each([
    {
      name: '单次30万元：24万元额度在本次住院内用完',
      // 额度内：7280 + 26400 + (240000−40000)×90% = 213680；额度内负担 26320
      // A：(300000−240000)×90% = 54000；B：(26320−18000)×70% = 5824
      // 个人 = 300000 − 213680 − 54000 − 5824 = 26496
      input: { totalCost: 300000 },
      expected: { deductible: '900.00', fund: '213680.00', supplements: subsidy('54000.00', '5824.00'), outOfPocket: '26496.00' },
    },
    {
      name: 'A 年度最高40万元',
      // A：(1000000−240000)×90% = 684000 → 400000；B 同上 5824
      // 个人 = 1000000 − 213680 − 400000 − 5824 = 380496
      input: { totalCost: 1000000 },
      expected: { deductible: '900.00', fund: '213680.00', supplements: subsidy('400000.00', '5824.00'), outOfPocket: '380496.00' },
    },
    {
      name: '全自费、先行自付不计入政策范围内费用和 B 的个人负担',
      // 政策范围内 = 300000 − 30000 − 20000 = 250000；额度内统筹 213680，负担 26320
      // A：10000×90% = 9000；B：8320×70% = 5824；个人 = 300000 − 213680 − 9000 − 5824 = 71496
      input: { totalCost: 300000, outOfScope: 30000, selfPayFirst: 20000 },
      expected: { deductible: '900.00', fund: '213680.00', supplements: subsidy('9000.00', '5824.00'), outOfPocket: '71496.00' },
    },
    {
      name: '试算：比例改为50%时 B 跨过10万元',
      // (240000−900)×50% = 119550；负担 120450
      // B：(100000−18000)×70% = 57400；(120450−100000)×80% = 16360；合计 73760；个人 = 240000 − 119550 − 73760 = 46690
      input: { totalCost: 240000, overrides: { rates: [{ upTo: null, rate: 0.5 }] } },
      expected: { deductible: '900.00', fund: '119550.00', supplements: subsidy('0.00', '73760.00'), outOfPocket: '46690.00' },
    },
  ])('$name', ({ input, expected }) => {
    expect(figures(estimateClaim(claim({ member: 'working', hospitalLevel: 3, ...input })))).toEqual(expected);
  });

  it('24万元额度跨两次住院用完', () => {
    // 第一次三级 200000：7280 + 26400 + 160000×90% = 177680；负担 22320；B = 4320×70% = 3024；个人 19296
    // 第二次三级 100000：起付线 450；额度剩余 40000：(10000−450)×80% + 30000×88% = 7640 + 26400 = 34040；额度内负担 5960
    // A：60000×90% = 54000；B：5960×70% = 4172；个人 = 100000 − 34040 − 54000 − 4172 = 7788
    const result = estimateClaim(
      claim({ member: 'working', hospitalLevel: 3, admission: 2, totalCost: 100000, earlier: [{ date: '2024-03-10', hospitalLevel: 3, totalCost: 200000 }] }),
    );
    expect(result.year.admissions.map((a) => [a.deductible, a.fundPayment, a.supplementPayment, a.outOfPocket])).toEqual([
      ['900.00', '177680.00', '3024.00', '19296.00'],
      ['450.00', '34040.00', '58172.00', '7788.00'],
    ]);
    expect(result.year.usage.coverage).toEqual({ kind: 'eligibleBand', amount: '240000.00', used: '300000.00' });
  });

  it('24万元额度此前已用完：不再扣起付线，政策范围内费用全部由大额补助A按90%支付', () => {
    // 第一次三级 250000：额度内 240000：7280 + 26400 + 200000×90% = 213680；额度内负担 26320；B = 8320×70% = 5824；A = 10000×90% = 9000
    // 第二次三级 20000：规则起付线 450，但额度已用完，统筹 0，实际扣除 0；A = 20000×90% = 18000（基数不减 450）；B 基数 0；个人 2000
    const result = estimateClaim(
      claim({ member: 'working', hospitalLevel: 3, admission: 2, totalCost: 20000, earlier: [{ date: '2024-03-10', hospitalLevel: 3, totalCost: 250000 }] }),
    );
    expect(result.year.admissions.map((a) => [a.deductible, a.fundPayment, a.supplementPayment, a.outOfPocket])).toEqual([
      ['900.00', '213680.00', '14824.00', '21496.00'],
      ['0.00', '0.00', '18000.00', '2000.00'],
    ]);
    expect(figures(result)).toEqual({ deductible: '0.00', fund: '0.00', supplements: subsidy('18000.00', '0.00'), outOfPocket: '2000.00' });
    expect(result.steps.find((s) => s.key === 'deductible')?.detail).toBe(
      '该级别医院起付线 900.00；年度内第2次住院按 50% 计，为 450.00；本年政策范围内费用已达年度额度 240,000 元，统筹基金本次不再支付，也不再扣除起付线；本次政策范围内费用全部属于超出额度的费用',
    );
  });

  it('额度在起付线以内用完：起付线只扣额度以内的部分', () => {
    // 第一次三级 239800：7280 + 26400 + 199800×90% = 213500；额度内负担 26300；B = 8300×70% = 5810
    // 第二次三级 10000：规则起付线 450，额度只剩 200：额度内 200 全在起付线以内，实际扣除 200，统筹 0
    // A = (10000 − 200)×90% = 8820；B = 200×70% = 140（累计负担 26300 → 26500）；个人 = 10000 − 8820 − 140 = 1040
    const result = estimateClaim(
      claim({ member: 'working', hospitalLevel: 3, admission: 2, totalCost: 10000, earlier: [{ date: '2024-03-10', hospitalLevel: 3, totalCost: 239800 }] }),
    );
    expect(figures(result)).toEqual({ deductible: '200.00', fund: '0.00', supplements: subsidy('8820.00', '140.00'), outOfPocket: '1040.00' });
    expect(result.steps.find((s) => s.key === 'deductible')?.detail).toContain('本次只有 200.00 在年度额度以内，起付线只扣这 200.00；其余 9,800.00 属于超出额度的费用');
  });

  it('第二次住院起付线减半，第三次起为0', () => {
    // 退休三级，每次 20000：
    // 第一次 D 900：(10000−900)×90% + 10000×94% = 8190 + 9400 = 17590；个人 2410
    // 第二次 D 450：(10000−450)×90% + 9400 = 8595 + 9400 = 17995；个人 2005
    // 第三次 D 0：10000×90% + 9400 = 18400；个人 1600（累计负担 6015 < 18000，B 不付）
    const result = estimateClaim(
      claim({
        member: 'retired',
        hospitalLevel: 3,
        admission: 3,
        totalCost: 20000,
        earlier: [
          { date: '2024-01-10', hospitalLevel: 3, totalCost: 20000 },
          { date: '2024-02-10', hospitalLevel: 3, totalCost: 20000 },
        ],
      }),
    );
    expect(result.year.admissions.map((a) => [a.deductible, a.fundPayment, a.outOfPocket])).toEqual([
      ['900.00', '17590.00', '2410.00'],
      ['450.00', '17995.00', '2005.00'],
      ['0.00', '18400.00', '1600.00'],
    ]);
  });

  it('试算：退休人员4万元以上部分改为95%（信息披露写明90%）', () => {
    // 退休三级 100000：默认 8190 + 28200 + 60000×90% = 90390；改为95%：8190 + 28200 + 57000 = 93390
    const rates = [{ upTo: 10000, rate: 0.9 }, { upTo: 40000, rate: 0.94 }, { upTo: null, rate: 0.95 }];
    expect(estimateClaim(claim({ member: 'retired', hospitalLevel: 3, totalCost: 100000 })).fundPayment).toBe('90390.00');
    const edited = estimateClaim(claim({ member: 'retired', hospitalLevel: 3, totalCost: 100000, overrides: { rates } }));
    expect(edited.fundPayment).toBe('93390.00');
    expect(edited.provenance.level).toBe('user');
    expect(edited.steps.find((s) => s.key === 'segment')?.source).toContain('您填写');
    expect(edited.notes.some((n) => n.title === '含您填写的参数')).toBe(true);
  });

  it.each(['2024-12-20', '2027-05-01', '2028-12-31'])('%s：分段比例由56号文担保到2028年底，住院不提示规定可能已调整', (date) => {
    const result = estimateClaim(claim({ date, member: 'working', hospitalLevel: 3, totalCost: 20000 }));
    expect(result.notes.find((n) => n.title === '规定可能已调整')).toBeUndefined();
  });

  it('普通门诊仍来自2023年的报道：满一年后提示', () => {
    const result = estimateClaim(claim({ benefit: 'outpatient-general', admission: undefined, date: '2025-06-01', member: 'working', hospitalLevel: 3, totalCost: 2000 }));
    expect(result.provenance.level).toBe('reported');
    expect(result.notes.find((n) => n.title === '规定可能已调整')?.text).toContain('2023 年公开报道');
  });

  it('只用到官方文件数值的估算，在文件有效期内不提示', () => {
    const result = estimateClaim(claim({ date: '2028-12-31', member: 'working', hospitalLevel: 3, totalCost: 800 }));
    expect(result.notes.find((n) => n.title === '规定可能已调整')).toBeUndefined();
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
