import { describe, expect, it } from 'vitest';
import { estimateClaim, figures, refusal } from '../../test-support';

/**
 * Jinan employees, the 2024 rules as restated by a recruitment-news page (公开报道，待核实):
 * deductibles community 200 / tier 1–2 400 / tier 3 1000, halved on the 2nd admission, none from the 3rd;
 * in-service tier ≤2 90/93/90%, tier 3 85/88/90% on 0–10,000 / 10,000–400,000 / 400,000–600,000;
 * retirees tier ≤2 93/96/90%, tier 3 88/91/90%; basic fund cap 600,000.
 * 职工大额医疗费用补助 (大众报业·齐鲁壹点 2024-07-17, reported): the year's cumulative personal burden of
 * eligible cost after the fund (住院 and 普通门诊 together), above 6,000: 80% to 200,000, 90% above, no cap.
 */
const claim = (c: Record<string, unknown>) => ({ city: 'jinan', scheme: 'employee', date: '2025-03-01', admission: 1, ...c });

describe('济南职工（公开报道）', () => {
  it.each([
    {
      name: '在职·三级',
      // 起付线 1000；(10000−1000)×85% = 7650；(20000−10000)×88% = 8800；统筹 16450；个人 3550
      input: { member: 'working', hospitalLevel: 3, totalCost: 20000 },
      expected: { deductible: '1000.00', fund: '16450.00', supplements: { 职工大额医疗费用补助: '0.00' }, outOfPocket: '3550.00' },
    },
    {
      name: '退休·二级',
      // 起付线 400；(10000−400)×93% = 8928；10000×96% = 9600；统筹 18528；个人 1472
      input: { member: 'retired', hospitalLevel: 2, totalCost: 20000 },
      expected: { deductible: '400.00', fund: '18528.00', supplements: { 职工大额医疗费用补助: '0.00' }, outOfPocket: '1472.00' },
    },
    {
      name: '灵活就业·一级默认按一级医院起付线400',
      // (5000−400)×90% = 4140；个人 860
      input: { member: 'flexible', hospitalLevel: 1, totalCost: 5000 },
      expected: { deductible: '400.00', fund: '4140.00', supplements: { 职工大额医疗费用补助: '0.00' }, outOfPocket: '860.00' },
    },
    {
      name: '在职·社区卫生服务机构起付线200',
      // (5000−200)×90% = 4320；个人 680
      input: { member: 'working', hospitalLevel: 1, facility: 'grassroots', totalCost: 5000 },
      expected: { deductible: '200.00', fund: '4320.00', supplements: { 职工大额医疗费用补助: '0.00' }, outOfPocket: '680.00' },
    },
    {
      name: '在职·三级50万元：三段',
      // 9000×85% = 7650；390000×88% = 343200；100000×90% = 90000；统筹 440850；政策范围内个人负担 59150
      // 大额补助 (59150 − 6000) × 80% = 42520；个人 59150 − 42520 = 16630
      input: { member: 'working', hospitalLevel: 3, totalCost: 500000 },
      expected: { deductible: '1000.00', fund: '440850.00', supplements: { 职工大额医疗费用补助: '42520.00' }, outOfPocket: '16630.00' },
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
          { date: '2025-01-01', hospitalLevel: 3, totalCost: 2000 },
          { date: '2025-02-01', hospitalLevel: 1, facility: 'grassroots', totalCost: 800 },
        ],
      }),
    );
    expect(result.year.admissions.map((a) => a.deductible)).toEqual(['1000.00', '100.00', '0.00']);
  });

  it('年度限额60万元跨住院累计', () => {
    // 此前三级 600000：7650 + 343200 + 200000×90% = 530850；剩余 69150
    // 本次（第二次）三级 100000：起付线 500；(10000−500)×85% = 8075；90000×88% = 79200；87275 → 69150
    const result = estimateClaim(
      claim({
        member: 'working',
        hospitalLevel: 3,
        admission: 2,
        totalCost: 100000,
        earlier: [{ date: '2025-01-01', hospitalLevel: 3, totalCost: 600000 }],
      }),
    );
    // 大额补助：此前个人负担 69150，补助 (69150 − 6000) × 80% = 50520；本次个人负担 30850，累计 69150 → 100000，
    // 补助 30850 × 80% = 24680；个人 30850 − 24680 = 6170
    expect(figures(result)).toEqual({ deductible: '500.00', fund: '69150.00', supplements: { 职工大额医疗费用补助: '24680.00' }, outOfPocket: '6170.00' });
    expect(result.year.admissions.map((a) => a.supplementPayment)).toEqual(['50520.00', '24680.00']);
    // The former unknown 大额医疗费救助金 is the 400,000–600,000 band (口径说明): no upper-bound warning any more.
    expect(result.notes.some((n) => n.text.includes('上限'))).toBe(false);
    expect(result.notes.find((n) => n.title === '大额医疗费救助金')?.text).toContain('40万元至60万元');
  });

  it('限额用完后的住院不扣起付线，超限额的政策范围内费用计入大额补助', () => {
    // 试算限额 100000。此前三级 150000：7650 + 140000×88% = 130850 > 100000 → 统筹 100000，限额用完，个人负担 50000
    // 本次（第二次）三级 20000：规则起付线 500，统筹 0，实际扣除 0；个人负担 20000，累计 50000 → 70000，补助 20000 × 80% = 16000；个人 4000
    const result = estimateClaim(
      claim({
        member: 'working',
        hospitalLevel: 3,
        admission: 2,
        totalCost: 20000,
        earlier: [{ date: '2025-01-01', hospitalLevel: 3, totalCost: 150000 }],
        overrides: { fundCap: 100000 },
      }),
    );
    expect(figures(result)).toEqual({ deductible: '0.00', fund: '0.00', supplements: { 职工大额医疗费用补助: '16000.00' }, outOfPocket: '4000.00' });
    expect(result.year.admissions.map((a) => a.deductible)).toEqual(['1000.00', '0.00']);
    expect(result.steps.find((s) => s.key === 'deductible')?.detail).toContain('统筹基金本年最高支付限额 100,000 元已用完');
  });

  it('单次超过60万元：报道没有这部分的比例，请求填写', () => {
    const error = refusal(claim({ member: 'working', hospitalLevel: 3, totalCost: 700000 }));
    expect(error.code).toBe('unknown-parameter');
    expect(error.message).toContain('600,000');
  });

  it('2024年以前没有已知规定', () => {
    expect(refusal(claim({ date: '2023-12-31', member: 'working', hospitalLevel: 3, totalCost: 100 })).code).toBe('no-version');
  });
});

describe('济南职工大额医疗费用补助（2024年起，大众报业·齐鲁壹点 2024-07-17，公开报道）', () => {
  const SUBSIDY = '职工大额医疗费用补助';

  it('报道的例子：全年个人负担50万元，补助425,200元', () => {
    // 第一次三级 600000：统筹 7650 + 343200 + 200000×90% = 530850，个人负担 69150，补助 (69150 − 6000) × 80% = 50520
    // 第二次三级 500000：统筹限额剩 69150，个人负担 430850，累计 69150 → 500000：
    //   (200000 − 69150) × 80% = 104680；(500000 − 200000) × 90% = 270000；补助 374680
    // 全年个人负担 500000，补助 50520 + 374680 = 425200（报道：155200 + 270000 = 425200，余 74800）
    const result = estimateClaim(
      claim({ member: 'working', hospitalLevel: 3, admission: 2, totalCost: 500000, earlier: [{ date: '2025-01-10', hospitalLevel: 3, totalCost: 600000 }] }),
    );
    const year = result.year.admissions;
    expect(year.map((a) => a.supplementPayment)).toEqual(['50520.00', '374680.00']);
    expect(result.year.usage.layers).toEqual([{ name: SUBSIDY, base: '500000.00', paid: '425200.00', annualMax: null }]);
    const burden = year.reduce((s, a) => s + Number(a.eligibleCost) - Number(a.fundPayment), 0);
    expect(burden).toBe(500000);
    expect(burden - 425200).toBe(74800);
  });

  it('不设年度最高支付限额：数据写明“不设”，不是未知，也不是猜的大数', () => {
    const result = estimateClaim(claim({ member: 'working', hospitalLevel: 3, totalCost: 500000 }));
    expect(result.steps.find((s) => s.key === 'layer:large-subsidy')?.detail).toContain('不设年度最高支付限额');
    expect(result.year.usage.layers[0]?.annualMax).toBeNull();
    expect(result.notes.some((n) => n.kind === 'warning' && n.title.includes(SUBSIDY))).toBe(false);
  });

  it('全自费和先行自付不计入（口径说明）', () => {
    // 总费用 500000，全自费 5000，先行自付 10000：政策范围内 485000
    // 统筹 7650 + 343200 + 85000×90% = 427350；政策范围内个人负担 57650；补助 (57650 − 6000) × 80% = 41320
    // 个人 500000 − 427350 − 41320 = 31330（全自费和先行自付 15000 由个人负担，不计入补助）
    const result = estimateClaim(claim({ member: 'working', hospitalLevel: 3, totalCost: 500000, outOfScope: 5000, selfPayFirst: 10000 }));
    expect(figures(result)).toEqual({ deductible: '1000.00', fund: '427350.00', supplements: { [SUBSIDY]: '41320.00' }, outOfPocket: '31330.00' });
    expect(result.notes.find((n) => n.kind === 'interpretation' && n.title.includes('先行自付'))?.text).toContain('不计入');
  });

  it('普通门诊的个人负担与住院累计计算', () => {
    // 普通门诊 三级 5000（2月）：起付线 800，统筹 (5000 − 800) × 60% = 2520，个人负担 2480，累计 2480，补助 0
    // 住院 三级 20000（3月）：统筹 16450，个人负担 3550，累计 2480 → 6030：补助 (6030 − 6000) × 80% = 24；个人 3526
    const general = { benefit: 'outpatient-general', date: '2025-02-01', hospitalLevel: 3, totalCost: 5000 };
    const withGeneral = estimateClaim(claim({ member: 'working', hospitalLevel: 3, totalCost: 20000, earlier: [general] }));
    expect(figures(withGeneral)).toEqual({ deductible: '1000.00', fund: '16450.00', supplements: { [SUBSIDY]: '24.00' }, outOfPocket: '3526.00' });
    expect(withGeneral.year.admissions[0]).toMatchObject({ benefit: 'outpatient-general', fundPayment: '2520.00', supplementPayment: '0.00', outOfPocket: '2480.00' });
    // Without the outpatient bill the stay's 3550 stays below 6000.
    expect(figures(estimateClaim(claim({ member: 'working', hospitalLevel: 3, totalCost: 20000 }))).supplements).toEqual({ [SUBSIDY]: '0.00' });
  });

  it('住院后的普通门诊也由补助支付', () => {
    // 此前住院 三级 500000：个人负担 59150，补助 42520；普通门诊 三级 5000：统筹 2520，个人负担 2480，
    // 累计 59150 → 61630：补助 2480 × 80% = 1984；个人 2480 − 1984 = 496
    const result = estimateClaim({
      city: 'jinan',
      scheme: 'employee',
      member: 'working',
      benefit: 'outpatient-general',
      date: '2025-04-01',
      hospitalLevel: 3,
      totalCost: 5000,
      earlier: [{ date: '2025-03-01', hospitalLevel: 3, totalCost: 500000 }],
    });
    expect(figures(result)).toEqual({ deductible: '800.00', fund: '2520.00', supplements: { [SUBSIDY]: '1984.00' }, outOfPocket: '496.00' });
    expect(result.year.usage.layers).toEqual([{ name: SUBSIDY, base: '61630.00', paid: '44504.00', annualMax: null }]);
  });

  it('2024年1月1日起适用，此前没有已知规定', () => {
    // 同上 50万元：个人 16630
    expect(figures(estimateClaim(claim({ date: '2024-01-01', member: 'working', hospitalLevel: 3, totalCost: 500000 }))).outOfPocket).toBe('16630.00');
    expect(refusal(claim({ date: '2023-12-31', member: 'working', hospitalLevel: 3, totalCost: 500000 })).code).toBe('no-version');
  });
});
