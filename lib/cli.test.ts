import { describe, expect, it } from 'vitest';
import { todayInShanghai } from './base/dates';
import { answerClaim } from './cli';

/** The JSON CLI: answers for valid claims of all six schemes, clear refusals for malformed ones. */

const valid = { city: 'yantai', scheme: 'employee', member: 'working', date: '2020-06-01', hospitalLevel: 3, admission: 1, totalCost: 20000 };

function answer(input: unknown) {
  const { exitCode, output } = answerClaim(typeof input === 'string' ? input : JSON.stringify(input));
  return { exitCode, json: JSON.parse(output) };
}

describe('CLI answers', () => {
  it.each([
    // (5000−800)×80% + 5000×85% + 10000×90% = 16610；个人 = 20000 − 16610 = 3390
    [{ ...valid }, '3390.00'],
    // 以下各例的手算见 lib/rules/*.test.ts
    [{ ...valid, city: 'weihai', date: '2025-04-01', totalCost: 100000, overrides: { rates: [{ upTo: null, rate: 0.9 }] } }, '10810.00'],
    [{ ...valid, city: 'jinan', date: '2025-03-01' }, '3550.00'],
    [{ ...valid, scheme: 'resident', member: 'adult-tier1', date: '2019-09-01', totalCost: 10000 }, '5860.00'],
    [{ ...valid, city: 'weihai', scheme: 'resident', member: 'adult-tier2', date: '2025-05-01', totalCost: 100000 }, '25376.00'],
    [
      {
        ...valid,
        city: 'jinan',
        scheme: 'resident',
        member: 'adult-tier1',
        date: '2025-03-01',
        totalCost: 50000,
        overrides: { deductible: 1000, rates: [{ upTo: null, rate: 0.55 }], fundCap: 200000 },
      },
      '17620.00',
    ],
  ])('%j → outOfPocket %s', (claim, outOfPocket) => {
    const { exitCode, json } = answer(claim);
    expect(exitCode).toBe(0);
    expect(json.outOfPocket).toBe(outOfPocket);
  });

  it('prints every field of the result, money as strings with two decimals', () => {
    const { json } = answer({ ...valid, outOfScope: 1000, selfPayFirst: 500.5 });
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'policy',
        'totalCost',
        'eligibleCost',
        'deductible',
        'fundPayment',
        'supplementPayment',
        'outOfPocket',
        'supplements',
        'steps',
        'notes',
      ]),
    );
    expect(json.policy).toMatchObject({ id: 'yantai-employee-2018', validFrom: '2018-01-01', validTo: '2022-12-31', level: 'official' });
    expect(json.policy.documents[0]).toMatchObject({ number: '烟台市人民政府令（2017年11月1日公布）', title: '烟台市职工基本医疗保险实施办法' });
    expect(json.eligibleCost).toBe('18499.50');
    for (const key of ['totalCost', 'eligibleCost', 'deductible', 'fundPayment', 'supplementPayment', 'outOfPocket']) {
      expect(json[key]).toMatch(/^\d+\.\d{2}$/);
    }
    expect(json.steps.map((s: { label: string }) => s.label)[0]).toBe('医疗总费用');
    expect(json.steps.every((s: { source: string }) => s.source.length > 0)).toBe(true);
  });

  it('accepts amounts as numeric strings, read like the page reads them', () => {
    for (const totalCost of ['20000.00', '20,000', '２００００', '20000元']) {
      expect(answer({ ...valid, totalCost }).json.outOfPocket).toBe('3390.00');
    }
  });

  it('defaults the date to today in Asia/Shanghai', () => {
    const undated: Record<string, unknown> = { ...valid, city: 'jinan' };
    delete undated.date;
    const { exitCode, json } = answer(undated);
    expect(exitCode).toBe(0);
    expect(json.year.admissions[0].date).toBe(todayInShanghai());
  });

  it('takes overrides as [{path, value}] as well as by name, with the same result', () => {
    const named = answer({ ...valid, city: 'yantai', date: '2020-06-01', overrides: { deductible: 600, rates: [{ upTo: null, rate: 0.7 }] } });
    const byPath = answer({
      ...valid,
      city: 'yantai',
      date: '2020-06-01',
      overrides: [
        { path: 'yantai/employee/inpatient/deductible/working/3', value: 600 },
        { path: 'yantai/employee/inpatient/segments/working/3', value: [{ upTo: null, rate: 0.7 }] },
      ],
    });
    expect(byPath.exitCode).toBe(0);
    expect(byPath.json).toEqual(named.json);
    // 20000 三级：(20000−600)×70% = 13580；个人 6420
    expect([byPath.json.fundPayment, byPath.json.outOfPocket]).toEqual(['13580.00', '6420.00']);
  });

  it('edits any parameter by path, e.g. a supplementary layer’s annual maximum', () => {
    const big = { ...valid, city: 'yantai', date: '2020-06-01', totalCost: 900000 };
    // 超限额部分 ×90% 远超40万元，大额救助金按年度最高支付；把最高改为50万元后多付10万元
    const before = answer(big).json;
    const after = answer({ ...big, overrides: [{ path: 'yantai/employee/layers/large-relief/max', value: 500000 }] }).json;
    expect(before.supplements[0]).toMatchObject({ name: '大额救助金', amount: '400000.00' });
    expect(after.supplements[0]).toMatchObject({ name: '大额救助金', amount: '500000.00', level: 'user' });
  });

  it('returns the deductible actually applied, with the reason in its step: none once the year’s fund cap is used up', () => {
    // 烟台职工 2018：此前三级 300000，统筹基金支付 250000（第十四条限额用完）
    // 本次三级 20000：统筹 0，起付线 800 不扣；大额救助金 20000 × 90% = 18000（第三十条）；个人 2000
    const { exitCode, json } = answer({ ...valid, admission: 2, earlier: [{ date: '2020-03-01', hospitalLevel: 3, totalCost: 300000 }] });
    expect(exitCode).toBe(0);
    expect([json.deductible, json.fundPayment, json.supplementPayment, json.outOfPocket]).toEqual(['0.00', '0.00', '18000.00', '2000.00']);
    expect(json.steps.find((s: { key: string }) => s.key === 'deductible')).toMatchObject({
      label: '起付线（本年第2次住院）',
      amount: '0.00',
      detail: '该级别医院起付线 800.00；统筹基金本年最高支付限额 250,000 元已用完，本次不再支付，也不再扣除起付线；本次政策范围内费用全部属于超限额费用',
    });
    expect(json.steps.some((s: { key: string }) => s.key === 'segment')).toBe(false);
    expect(json.year.admissions.map((a: { deductible: string }) => a.deductible)).toEqual(['800.00', '0.00']);
  });
});

describe('todayInShanghai', () => {
  it('is already tomorrow in China late in the UTC evening', () => {
    expect(todayInShanghai(new Date('2026-11-22T17:00:00Z'))).toBe('2026-11-23');
    expect(todayInShanghai(new Date('2026-11-22T15:59:00Z'))).toBe('2026-11-22');
  });

  it('is the day Intl gives for Asia/Shanghai, hour by hour across years and a leap day', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
    for (let t = Date.UTC(2023, 11, 31); t < Date.UTC(2025, 0, 2); t += 61 * 60 * 1000) {
      expect(todayInShanghai(new Date(t))).toBe(intl.format(new Date(t)));
    }
  });
});

describe('CLI refusals: exit code 2 and a clear Chinese message', () => {
  it.each([
    ['bad JSON', '{"city": "yantai"', 'invalid-json', '不是有效的 JSON'],
    ['empty input', '', 'invalid-json', '没有读到输入'],
    ['an array', [valid], 'invalid-input', 'JSON 对象'],
    ['unknown city', { ...valid, city: 'qingdao' }, 'invalid-input', 'city 必须是'],
    ['unknown scheme', { ...valid, scheme: 'farmer' }, 'invalid-input', 'scheme 必须是'],
    ['member of the other scheme', { ...valid, member: 'minor' }, 'invalid-input', '职工医保的人员类别'],
    ['negative amount', { ...valid, totalCost: -5 }, 'invalid-input', '不能为负数'],
    ['negative amount as text', { ...valid, totalCost: '-5' }, 'invalid-input', '不能为负数'],
    ['non-numeric amount', { ...valid, totalCost: 'abc' }, 'invalid-input', '请填写数字'],
    ['boolean amount', { ...valid, totalCost: true }, 'invalid-input', '请填写数字'],
    ['three decimals', { ...valid, outOfScope: 1.234 }, 'invalid-input', '两位小数'],
    ['too large', { ...valid, totalCost: 1e12 }, 'invalid-input', '不能超过'],
    ['too large in exponent form', { ...valid, totalCost: 1e21 }, 'invalid-input', '不能超过'],
    ['too precise in exponent form', { ...valid, totalCost: 1e-7 }, 'invalid-input', '两位小数'],
    ['parts exceeding the total', { ...valid, outOfScope: 15000, selfPayFirst: 6000 }, 'invalid-input', '全自费与先行自付之和不能超过住院总费用'],
    ['admission 0', { ...valid, admission: 0 }, 'invalid-input', '至少为 1'],
    ['admission 1.5', { ...valid, admission: 1.5 }, 'invalid-input', '整数'],
    ['grade 4', { ...valid, hospitalLevel: 4 }, 'invalid-input', '医院等级'],
    ['grade as text', { ...valid, hospitalLevel: '三级' }, 'invalid-input', '医院等级'],
    ['impossible date', { ...valid, date: '2020-02-30' }, 'invalid-input', '有效日期'],
    ['earlier of the wrong length', { ...valid, admission: 3, earlier: [{ date: '2020-01-01', hospitalLevel: 3, totalCost: 100 }] }, 'invalid-input', '应列出此前的 2 次住院'],
    ['earlier in another year', { ...valid, admission: 2, earlier: [{ date: '2019-12-01', hospitalLevel: 3, totalCost: 100 }] }, 'invalid-input', '同一年'],
    ['earlier after this admission', { ...valid, admission: 2, earlier: [{ date: '2020-07-01', hospitalLevel: 3, totalCost: 100 }] }, 'invalid-input', '不晚于本次住院'],
    ['earlier parts exceeding its total', { ...valid, admission: 2, earlier: [{ date: '2020-01-01', hospitalLevel: 3, totalCost: 100, outOfScope: 200 }] }, 'invalid-input', '此前住院的全自费与先行自付之和'],
    ['a misspelt field', { ...valid, outofscope: 100 }, 'invalid-input', '不认识的字段：outofscope'],
    ['a rate given in percent', { ...valid, overrides: { rates: [{ upTo: null, rate: 90 }] } }, 'invalid-input', '0 到 1 之间'],
    ['rates out of order', { ...valid, overrides: { rates: [{ upTo: 10000, rate: 0.8 }, { upTo: 5000, rate: 0.9 }] } }, 'invalid-input', '从小到大'],
    ['an open segment before the last', { ...valid, overrides: { rates: [{ upTo: null, rate: 0.8 }, { upTo: 5000, rate: 0.9 }] } }, 'invalid-input', '只有最后一段'],
    ['no version in force', { ...valid, date: '2023-06-01' }, 'no-version', '没有已知的住院报销规定'],
    ['a path in another book', { ...valid, overrides: [{ path: 'weihai/employee/inpatient/repeat', value: [] }] }, 'invalid-input', '路径须以 yantai/employee/ 开头'],
    ['a path the version does not have', { ...valid, overrides: [{ path: 'yantai/employee/inpatient/deductible/working/9', value: 1 }] }, 'invalid-input', '没有参数 inpatient/deductible/working/9'],
    ['a value of the wrong shape', { ...valid, overrides: [{ path: 'yantai/employee/inpatient/segments/working/3', value: 0.9 }] }, 'invalid-input', '分段比例必须是'],
    ['an unknown parameter', { ...valid, city: 'jinan', scheme: 'resident', member: 'adult-tier2', date: '2025-01-01' }, 'unknown-parameter', '起付线'],
  ])('%s', (_, input, code, message) => {
    const { exitCode, json } = answer(input);
    expect(exitCode).toBe(2);
    expect(json.error.code).toBe(code);
    expect(json.error.message).toContain(message);
  });
});
