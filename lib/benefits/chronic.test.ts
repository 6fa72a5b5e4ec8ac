import { describe, expect, it } from 'vitest';
import { estimateClaim, refusal } from '../test-support';

/** 门诊慢特病, by version, with the hand arithmetic and the article in comments. */

const claim = (c: Record<string, unknown>) => ({ benefit: 'outpatient-chronic', ...c });
const figures = (r: ReturnType<typeof estimateClaim>) => [r.deductible, r.fundPayment, r.supplementPayment, r.outOfPocket];

describe('烟台职工 2018—2022（官方，第十三条、第十四条、第三十条）', () => {
  const yantai = (c: Record<string, unknown>) => claim({ city: 'yantai', scheme: 'employee', member: 'working', date: '2020-06-01', ...c });
  const limitB = (value: number) => [{ path: 'yantai/employee/outpatient-chronic/limit/B', value }];

  it('甲类：不设起付线，按85%', () => {
    // 20000 × 85% = 17000；个人 3000
    expect(figures(estimateClaim(yantai({ chronicClass: 'A', totalCost: 20000 })))).toEqual(['0.00', '17000.00', '0.00', '3000.00']);
  });

  it('甲类血液透析、腹膜透析、环孢素A：再提高10个百分点', () => {
    // 20000 × 95% = 19000；个人 1000
    const r = estimateClaim(yantai({ chronicClass: 'A', chronicItem: 'dialysis-or-transplant', totalCost: 20000 }));
    expect(figures(r)).toEqual(['0.00', '19000.00', '0.00', '1000.00']);
    expect(r.steps.find((s) => s.key === 'segment')?.label).toContain('× 95%');
  });

  it('乙类：年度限额没有来源，要求填写', () => {
    const error = refusal(yantai({ chronicClass: 'B', totalCost: 2000 }));
    expect(error.code).toBe('unknown-parameter');
    expect(error.message).toContain('慢性病最高支付限额');
  });

  it('乙类：起付线300元，以上按80%', () => {
    // (2000 − 300) × 80% = 1360；个人 640
    expect(figures(estimateClaim(yantai({ chronicClass: 'B', totalCost: 2000, overrides: limitB(5000) })))).toEqual(['300.00', '1360.00', '0.00', '640.00']);
  });

  it('两种乙类慢性病：各自一个起付线；同一病种一年只扣一次', () => {
    const earlier = [{ benefit: 'outpatient-chronic', date: '2020-02-01', chronicClass: 'B', chronicDisease: 1, totalCost: 2000 }];
    // 第二种：再扣 300；(2000 − 300) × 80% = 1360
    const second = estimateClaim(yantai({ chronicClass: 'B', chronicDisease: 2, totalCost: 2000, earlier, overrides: limitB(5000) }));
    expect(figures(second)).toEqual(['300.00', '1360.00', '0.00', '640.00']);
    // 同一种：起付线已扣过；1000 × 80% = 800
    const same = estimateClaim(yantai({ chronicClass: 'B', chronicDisease: 1, totalCost: 1000, earlier, overrides: limitB(5000) }));
    expect(figures(same)).toEqual(['0.00', '800.00', '0.00', '200.00']);
  });

  it('乙类年度限额按全部乙类病种合计', () => {
    // 限额 2000：第一种已付 1360，第二种按比例 1360，只剩 640
    const earlier = [{ benefit: 'outpatient-chronic', date: '2020-02-01', chronicClass: 'B', chronicDisease: 1, totalCost: 2000 }];
    const r = estimateClaim(yantai({ chronicClass: 'B', chronicDisease: 2, totalCost: 2000, earlier, overrides: limitB(2000) }));
    expect(figures(r)).toEqual(['300.00', '640.00', '0.00', '1360.00']);
  });

  it('乙类：住院已用完25万元限额，本次不扣乙类起付线，全部由大额救助金按90%支付', () => {
    // 此前住院三级 300000：统筹 250000，限额用完。乙类 2000：规则起付线 300，统筹 0，实际扣除 0
    // 大额救助金 2000 × 90% = 1800（第三十条，不减 300）；个人 200
    const earlier = [{ date: '2020-03-01', hospitalLevel: 3, totalCost: 300000 }];
    const r = estimateClaim(yantai({ chronicClass: 'B', totalCost: 2000, earlier, overrides: limitB(5000) }));
    expect(figures(r)).toEqual(['0.00', '0.00', '1800.00', '200.00']);
    const step = r.steps.find((s) => s.key === 'deductible');
    expect(step?.amount).toBe('0.00');
    expect(step?.detail).toContain('这次付 0.00 元；统筹基金本年最高支付限额 250,000 元已用完，本次不再支付，也不再扣除起付线');
  });

  it('与住院共用25万元统筹基金限额，超过部分由大额救助金按90%支付', () => {
    // 此前住院三级 300000：(5000−800)×80% + 5000×85% + 290000×90% = 268610 > 250000 → 统筹 250000，限额用完
    // 甲类 10000：统筹 0；全部 10000 超限额，大额救助金 9000；个人 1000
    const earlier = [{ date: '2020-03-01', hospitalLevel: 3, totalCost: 300000 }];
    const r = estimateClaim(yantai({ chronicClass: 'A', totalCost: 10000, earlier }));
    expect(figures(r)).toEqual(['0.00', '0.00', '9000.00', '1000.00']);
    expect(r.year.usage.coverage).toEqual({ kind: 'fundCap', amount: '250000.00', used: '250000.00' });
  });

  it('refuses a claim that does not say 甲类 or 乙类', () => {
    expect(refusal(yantai({ totalCost: 1000 })).message).toContain('chronicClass');
  });
});

describe('烟台居民 2018—2022（官方，第十四条）', () => {
  const yantai = (c: Record<string, unknown>) => claim({ city: 'yantai', scheme: 'resident', member: 'adult-tier1', date: '2021-06-01', ...c });

  it('起付线300元；各档比例另行规定，要求填写', () => {
    expect(refusal(yantai({ totalCost: 2000 })).message).toContain('支付比例');
    // 填写一档 60%：(2000 − 300) × 60% = 1020
    const r = estimateClaim(yantai({ totalCost: 2000, overrides: [{ path: 'yantai/resident/outpatient-chronic/rate/tier1/all', value: 0.6 }] }));
    expect(figures(r)).toEqual(['300.00', '1020.00', '0.00', '980.00']);
  });
});

describe('威海职工 2024—2028（起付线、比例为公开报道，与住院合并计算）', () => {
  const weihai = (c: Record<string, unknown>) => claim({ city: 'weihai', scheme: 'employee', member: 'working', date: '2025-06-01', hospitalLevel: 3, ...c });

  it('一般病种：每年起付线900元，按住院分段比例', () => {
    // [900, 10000] × 80% = 7280；[10000, 20000] × 88% = 8800；统筹 16080；个人 3920
    expect(figures(estimateClaim(weihai({ totalCost: 20000 })))).toEqual(['900.00', '16080.00', '0.00', '3920.00']);
  });

  it('恶性肿瘤门诊放化疗300元，严重精神障碍不设起付线', () => {
    // 300：[300, 10000] × 80% = 7760；+ 8800 = 16560
    expect(estimateClaim(weihai({ chronicGroup: 'cancer-radio-chemo', totalCost: 20000 })).fundPayment).toBe('16560.00');
    // 0：10000 × 80% + 8800 = 16800
    expect(estimateClaim(weihai({ chronicGroup: 'severe-mental', totalCost: 20000 })).fundPayment).toBe('16800.00');
  });

  it('分段按本年门诊慢特病累计费用，起付线一年一次', () => {
    // 此前 20000 已计入；本次 30000：[20000, 40000] × 88% = 17600；[40000, 50000] × 90% = 9000；统筹 26600
    const earlier = [{ benefit: 'outpatient-chronic', date: '2025-02-01', hospitalLevel: 3, totalCost: 20000 }];
    expect(figures(estimateClaim(weihai({ totalCost: 30000, earlier })))).toEqual(['0.00', '26600.00', '0.00', '3400.00']);
  });

  it('与住院共用24万元额度和大额补助', () => {
    // 此前住院三级 230000：统筹 7280 + 26400 + 190000×90% = 204680；负担 25320；B = 7320×70% = 5124
    // 门诊慢特病 20000：额度只剩 10000：[900, 10000] × 80% = 7280；超出额度的 10000 由 A 支付 90% = 9000
    // B：额度内负担 10000 − 7280 = 2720，累计 25320 → 28040：2720 × 70% = 1904；个人 20000 − 7280 − 9000 − 1904 = 1816
    const earlier = [{ date: '2025-03-01', hospitalLevel: 3, totalCost: 230000 }];
    const r = estimateClaim(weihai({ totalCost: 20000, earlier }));
    expect(figures(r)).toEqual(['900.00', '7280.00', '10904.00', '1816.00']);
    expect(r.supplements.map((s) => s.amount)).toEqual(['9000.00', '1904.00']);
    expect(r.year.usage.coverage).toEqual({ kind: 'eligibleBand', amount: '240000.00', used: '250000.00' });
  });

  it('按住院比例，需要医院等级', () => {
    expect(refusal(weihai({ hospitalLevel: undefined, totalCost: 1000 })).message).toContain('hospitalLevel');
  });
});

describe('烟台职工 2024 起（公开报道）', () => {
  it('甲类85%；乙类300元起付线、80%', () => {
    const yantai = (c: Record<string, unknown>) => claim({ city: 'yantai', scheme: 'employee', member: 'retired', date: '2025-05-01', ...c });
    expect(figures(estimateClaim(yantai({ chronicClass: 'A', totalCost: 1000 })))).toEqual(['0.00', '850.00', '0.00', '150.00']);
    // (1000 − 300) × 80% = 560
    const b = estimateClaim(yantai({ chronicClass: 'B', totalCost: 1000, overrides: [{ path: 'yantai/employee/outpatient-chronic/limit/B', value: 3000 }] }));
    expect(figures(b)).toEqual(['300.00', '560.00', '0.00', '440.00']);
    expect(b.provenance.level).toBe('user');
  });
});

describe('where no source gives the benefit', () => {
  it('says so', () => {
    const error = refusal(claim({ city: 'jinan', scheme: 'employee', member: 'working', date: '2025-06-01', totalCost: 1000 }));
    expect(error.code).toBe('no-benefit');
    expect(error.message).toContain('没有门诊慢特病的已知规定');
  });
});
