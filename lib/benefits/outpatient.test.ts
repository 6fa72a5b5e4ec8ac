import { describe, expect, it } from 'vitest';
import { cliError, estimateClaim, refusal } from '../test-support';

/** 普通门诊, 生育 and 未成年人意外伤害门诊, by version, with the hand arithmetic and the article in comments. */

const figures = (r: ReturnType<typeof estimateClaim>) => [r.deductible, r.fundPayment, r.outOfPocket];

describe('普通门诊', () => {
  const weihai = (c: Record<string, unknown>) => ({ benefit: 'outpatient-general', city: 'weihai', scheme: 'employee', member: 'working', date: '2025-06-01', ...c });

  it('威海职工（2023年报道）：起付线按等级，在职二级60%，每年最多1600元', () => {
    // (3000 − 500) × 60% = 1500
    expect(figures(estimateClaim(weihai({ hospitalLevel: 2, totalCost: 3000 })))).toEqual(['500.00', '1500.00', '1500.00']);
  });

  it('起付线在不同等级医院累计，以本次医院的标准为准；年度最高1600元', () => {
    // 此前二级 3000：扣 500，付 1500。本次三级 3000：起付线 700 − 已扣 500 = 200；(3000 − 200) × 50% = 1400，只剩 100
    const earlier = [{ benefit: 'outpatient-general', date: '2025-02-01', hospitalLevel: 2, totalCost: 3000 }];
    const r = estimateClaim(weihai({ hospitalLevel: 3, totalCost: 3000, earlier }));
    expect(figures(r)).toEqual(['200.00', '100.00', '2900.00']);
  });

  it('退休三级55%', () => {
    // (2000 − 700) × 55% = 715
    expect(estimateClaim(weihai({ member: 'retired', hospitalLevel: 3, totalCost: 2000 })).fundPayment).toBe('715.00');
  });

  it('does not draw on the inpatient band: a stay that used the whole 240,000 leaves the outpatient pooling untouched', () => {
    const earlier = [{ date: '2025-02-01', hospitalLevel: 3, totalCost: 500000 }];
    expect(estimateClaim(weihai({ hospitalLevel: 2, totalCost: 3000, earlier })).fundPayment).toBe('1500.00');
  });

  it('威海居民：起付线100元，50%，一档每年最多200元', () => {
    // (500 − 100) × 50% = 200
    const r = estimateClaim({ benefit: 'outpatient-general', city: 'weihai', scheme: 'resident', member: 'adult-tier1', date: '2025-06-01', hospitalLevel: 1, totalCost: 1000 });
    expect(figures(r)).toEqual(['100.00', '200.00', '800.00']);
  });

  it('济南职工（2024年报道）：三级起付线800元、60%；退休七千元限额', () => {
    // (2000 − 800) × 60% = 720
    expect(figures(estimateClaim({ benefit: 'outpatient-general', city: 'jinan', scheme: 'employee', member: 'working', date: '2025-06-01', hospitalLevel: 3, totalCost: 2000 }))).toEqual([
      '800.00',
      '720.00',
      '1280.00',
    ]);
  });

  it('烟台职工（2024年报道）：退休人员提高5个百分点', () => {
    // (1200 − 200) × 85% = 850
    expect(estimateClaim({ benefit: 'outpatient-general', city: 'yantai', scheme: 'employee', member: 'retired', date: '2025-06-01', hospitalLevel: 1, totalCost: 1200 }).fundPayment).toBe('850.00');
  });

  it('烟台居民 2018（第十五条）：只在社区卫生服务中心、乡镇卫生院支付50%，起付线和限额要求填写', () => {
    const yantai = (c: Record<string, unknown>) => ({ benefit: 'outpatient-general', city: 'yantai', scheme: 'resident', member: 'adult-tier2', date: '2021-06-01', ...c });
    expect(refusal(yantai({ hospitalLevel: 1, totalCost: 500 })).message).toContain('起付线');
    const filled = [
      { path: 'yantai/resident/outpatient-general/deductible/tier2/1', value: 50 },
      { path: 'yantai/resident/outpatient-general/deductible/tier2/3', value: 50 },
      { path: 'yantai/resident/outpatient-general/cap/tier2', value: 300 },
    ];
    // (500 − 50) × 50% = 225
    expect(estimateClaim(yantai({ hospitalLevel: 1, totalCost: 500, overrides: filled })).fundPayment).toBe('225.00');
    // 三级医院：统筹不支付
    expect(estimateClaim(yantai({ hospitalLevel: 3, totalCost: 500, overrides: filled })).fundPayment).toBe('0.00');
  });

  it('needs the hospital grade', () => {
    expect(cliError(weihai({ totalCost: 1000 })).message).toContain('医院等级（hospitalLevel）');
  });
});

/**
 * 鲁政办字〔2024〕90号: from 2024-10-01 residents' ordinary outpatient bills at grassroots facilities are paid at
 * 65% (50% before), the yearly limits unchanged; no Weihai or Jinan text applies it yet, so the rate is reported.
 * Weihai keeps its 2023 deductible 100 and caps 200 / 400 (reported). Yantai (胶东在线 2024-10-28, reported): no
 * deductible, caps 一档 200 / 二档 350. Jinan: no deductible, cap or earlier rate known.
 */
describe('居民普通门诊：2024年10月1日起基层医疗机构65%', () => {
  const general = (c: Record<string, unknown>) => ({ benefit: 'outpatient-general', scheme: 'resident', member: 'adult-tier1', hospitalLevel: 1, totalCost: 300, ...c });

  describe('威海：起付线100元和年度限额不变，基层医疗机构的比例跟随省级规定', () => {
    const weihai = (c: Record<string, unknown>) => general({ city: 'weihai', facility: 'grassroots', ...c });

    it.each([
      // (300 − 100) × 50% = 100
      ['2024-09-30', ['100.00', '100.00', '200.00']],
      // (300 − 100) × 65% = 130
      ['2024-10-01', ['100.00', '130.00', '170.00']],
    ])('%s 基层医疗机构', (date, expected) => {
      expect(figures(estimateClaim(weihai({ date })))).toEqual(expected);
    });

    it('65% 标为公开报道，出处是省级文件', () => {
      const result = estimateClaim(weihai({ date: '2024-10-01' }));
      const segment = result.steps.find((s) => s.key === 'segment')!;
      expect(segment.level).toBe('reported');
      expect(segment.source).toBe('鲁政办字〔2024〕90号《关于健全基本医疗保险参保长效机制的实施意见》居民普通门诊统筹基层医疗机构支付比例');
      expect(result.provenance.reported).toContain('一档缴费·基层医疗机构（社区卫生服务中心、乡镇卫生院）·普通门诊支付比例');
    });

    it('一级医院（非基层）仍按50%', () => {
      // (300 − 100) × 50% = 100
      expect(estimateClaim(weihai({ date: '2024-10-01', facility: undefined })).fundPayment).toBe('100.00');
    });

    it.each([
      // 一档：(1000 − 100) × 65% = 585 → 每年最多 200
      ['adult-tier1', '200.00'],
      // 二档：585 → 每年最多 400
      ['adult-tier2', '400.00'],
    ])('%s 年度限额不变', (member, fund) => {
      expect(estimateClaim(weihai({ date: '2025-06-01', member, totalCost: 1000 })).fundPayment).toBe(fund);
    });
  });

  describe('烟台：2024年10月起不设起付线，每年最多一档200元、二档350元', () => {
    const yantai = (c: Record<string, unknown>) => general({ city: 'yantai', member: 'adult-tier2', totalCost: 500, ...c });

    it('2024-09-30：起付线未见来源，需要填写；填0时一级及以下医院按50%', () => {
      expect(refusal(yantai({ date: '2024-09-30' })).message).toContain('普通门诊起付线');
      // 500 × 50% = 250
      const filled = [{ path: 'yantai/resident/outpatient-general/deductible/tier2/1', value: 0 }];
      expect(figures(estimateClaim(yantai({ date: '2024-09-30', overrides: filled })))).toEqual(['0.00', '250.00', '250.00']);
    });

    it('2024-10-01：不设起付线，一级及以下医院按65%', () => {
      // 500 × 65% = 325 < 350
      const result = estimateClaim(yantai({ date: '2024-10-01' }));
      expect(figures(result)).toEqual(['0.00', '325.00', '175.00']);
      expect(result.steps.find((s) => s.key === 'deductible')?.source).toContain('胶东在线，2024-10-28');
    });

    it.each([
      // 三级医院仍按50%：500 × 50% = 250
      [{ hospitalLevel: 3 }, '250.00'],
      // 一档：325 → 每年最多 200
      [{ member: 'adult-tier1' }, '200.00'],
      // 二档：(1000 × 65% = 650) → 每年最多 350
      [{ totalCost: 1000 }, '350.00'],
    ])('2025年 %o → 统筹 %s', (patch, fund) => {
      expect(estimateClaim(yantai({ date: '2025-06-01', ...patch })).fundPayment).toBe(fund);
    });
  });

  describe('济南：只知道2024年10月起基层的65%，起付线和限额需要填写', () => {
    const jinan = (c: Record<string, unknown>) => general({ city: 'jinan', totalCost: 500, ...c });
    const filled = [
      { path: 'jinan/resident/outpatient-general/deductible/tier1/1', value: 100 },
      { path: 'jinan/resident/outpatient-general/cap/tier1', value: 500 },
    ];

    it('2024-09-30：比例也未见来源', () => {
      expect(refusal(jinan({ date: '2024-09-30', overrides: filled })).message).toContain('一档成人·一级及以下医院·普通门诊支付比例');
    });

    it('2024-10-01：起付线和限额未见来源；填写后按65%', () => {
      expect(refusal(jinan({ date: '2024-10-01' })).message).toContain('一档成人·一级及以下医院·普通门诊起付线');
      // (500 − 100) × 65% = 260
      const result = estimateClaim(jinan({ date: '2024-10-01', overrides: filled }));
      expect(figures(result)).toEqual(['100.00', '260.00', '240.00']);
      expect(result.provenance).toMatchObject({ level: 'user', reported: ['一档成人·一级及以下医院·普通门诊支付比例'] });
    });

    it('二级医院的比例未见来源', () => {
      expect(refusal(jinan({ date: '2025-06-01', hospitalLevel: 2, overrides: filled })).message).toContain('二级医院·普通门诊支付比例');
    });
  });
});

describe('生育', () => {
  it('烟台居民 2018（第十六条）：产前检查和住院分娩定额1000元，不超过实际费用', () => {
    const yantai = (totalCost: number) => ({ benefit: 'maternity', city: 'yantai', scheme: 'resident', member: 'adult-tier1', date: '2020-06-01', maternityEvent: 'prenatal-and-delivery', totalCost });
    expect(figures(estimateClaim(yantai(5000)))).toEqual(['0.00', '1000.00', '4000.00']);
    expect(figures(estimateClaim(yantai(800)))).toEqual(['0.00', '800.00', '0.00']);
  });

  it('济南居民（2024年报道）：流产350、引产1350、分娩3000', () => {
    const jinan = (maternityEvent: string) => estimateClaim({ benefit: 'maternity', city: 'jinan', scheme: 'resident', member: 'adult-tier2', date: '2025-06-01', maternityEvent, totalCost: 5000 }).fundPayment;
    expect(['abortion', 'induced', 'delivery'].map(jinan)).toEqual(['350.00', '1350.00', '3000.00']);
  });

  it('refuses an event the version does not name', () => {
    const r = refusal({ benefit: 'maternity', city: 'jinan', scheme: 'resident', member: 'adult-tier2', date: '2025-06-01', maternityEvent: 'prenatal-and-delivery', totalCost: 5000 });
    expect(r.message).toContain('abortion（流产）、induced（引产）、delivery（分娩）');
  });

  it('烟台居民 2018（第十八条）：与住院共用年度限额', () => {
    // 二档（未成年）住院三级 400000：(400000 − 800) × 60% = 239520 → 限额 220000 用完；生育定额 0
    const earlier = [{ date: '2020-02-01', hospitalLevel: 3, totalCost: 400000 }];
    const r = estimateClaim({ benefit: 'maternity', city: 'yantai', scheme: 'resident', member: 'minor', date: '2020-06-01', maternityEvent: 'prenatal-and-delivery', totalCost: 5000, earlier });
    expect(figures(r)).toEqual(['0.00', '0.00', '5000.00']);
  });
});

describe('未成年人意外伤害门诊（烟台居民 2018，第十七条）', () => {
  const accident = (c: Record<string, unknown>) => ({ benefit: 'minor-accident', city: 'yantai', scheme: 'resident', member: 'student', date: '2021-06-01', ...c });

  it('每次超过60元的部分按90%', () => {
    // (500 − 60) × 90% = 396
    expect(figures(estimateClaim(accident({ totalCost: 500 })))).toEqual(['60.00', '396.00', '104.00']);
  });

  it('每年最多3000元；每次意外各扣60元', () => {
    // 第一次 2000：1940 × 90% = 1746；第二次 2000：又扣 60，1746，只剩 1254
    const earlier = [{ benefit: 'minor-accident', date: '2021-02-01', totalCost: 2000 }];
    expect(figures(estimateClaim(accident({ totalCost: 2000, earlier })))).toEqual(['60.00', '1254.00', '746.00']);
  });

  it('只适用于未成年居民和在校学生', () => {
    expect(refusal(accident({ member: 'adult-tier1', totalCost: 500 })).message).toContain('只适用于以下人员类别：未成年、在校学生');
  });
});

describe('fields a benefit does not read are errors naming them', () => {
  it.each([
    [{ benefit: 'maternity', maternityEvent: 'delivery', hospitalLevel: 3 }, '医院等级（hospitalLevel）不适用于生育'],
    [{ benefit: 'minor-accident', chronicClass: 'A' }, '慢性病类别（chronicClass）不适用于未成年人意外伤害门诊'],
    [{ benefit: 'outpatient-general', hospitalLevel: 1, admission: 1 }, 'admission）只用于住院'],
    [{ hospitalLevel: 3, admission: 1, maternityEvent: 'delivery' }, '生育类别（maternityEvent）不适用于住院'],
  ])('%o', (extra, message) => {
    const error = cliError({ city: 'yantai', scheme: 'resident', member: 'minor', date: '2021-06-01', totalCost: 500, ...extra });
    expect(error.message).toContain(message);
  });
});
