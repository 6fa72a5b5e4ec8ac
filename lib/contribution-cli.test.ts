import { describe, expect, it } from 'vitest';
import { answerContribution } from './contribution-cli';

/** The contribution CLI: the exact shape of its answer, and a Chinese refusal with exit code 2 for every kind of bad input. */

const valid = { city: 'yantai', scheme: 'employee', member: 'working', year: 2020, monthlyWage: 5000, age: 40 };

function answer(input: unknown) {
  const { exitCode, output } = answerContribution(typeof input === 'string' ? input : JSON.stringify(input));
  return { exitCode, json: JSON.parse(output) };
}

const MONEY = /^\d+\.\d{2}$/;

describe('contribution CLI answers', () => {
  it('prints exactly policy, monthly, yearly, items and notes, money as two-decimal strings', () => {
    const { exitCode, json } = answer(valid);
    expect(exitCode).toBe(0);
    expect(Object.keys(json)).toEqual(['policy', 'monthly', 'yearly', 'items', 'notes']);
    expect(Object.keys(json.monthly)).toEqual(['employer', 'individual', 'accountCredit']);
    expect(Object.keys(json.yearly)).toEqual(['employer', 'individual', 'accountCredit', 'resident']);
    expect(json.policy).toMatchObject({ id: 'yantai-employee-contribution-2018', validFrom: '2018-01-01', validTo: '2022-12-31', level: 'official' });
    expect(json.policy.documents[0]).toEqual({ number: '烟台市人民政府令（2017年11月1日公布）', title: '烟台市职工基本医疗保险实施办法', date: '2017-11-01', level: 'official' });
    for (const item of json.items) {
      expect(Object.keys(item)).toEqual(['name', 'payer', 'monthly', 'yearly', 'source']);
      for (const x of [item.monthly, item.yearly]) if (x !== null) expect(x).toMatch(MONEY);
      expect(item.source.length).toBeGreaterThan(0);
    }
    for (const note of json.notes) expect(Object.keys(note)).toEqual(['kind', 'title', 'text']);
    // 5000 × 7% = 350；5000 × 2% = 100；5000 × 2.7% = 135（第六条、第十七条）
    expect(json.monthly).toEqual({ employer: '350.00', individual: '100.00', accountCredit: '135.00' });
  });

  it('reads amounts as the page does: full-width digits, grouping commas, a trailing 元', () => {
    for (const monthlyWage of ['5000.00', '5,000', '５０００', '５,０００元']) {
      expect(answer({ ...valid, monthlyWage }).json.monthly.employer).toBe('350.00');
    }
  });

  it('gives null with a note for a value no source gives, and computes the rest', () => {
    const { exitCode, json } = answer({ city: 'jinan', scheme: 'employee', member: 'working', year: 2021, monthlyWage: 5000 });
    expect(exitCode).toBe(0);
    expect(json.monthly).toEqual({ employer: '350.00', individual: '100.00', accountCredit: null });
    expect(json.notes).toContainEqual(expect.objectContaining({ kind: 'missing', title: '划入个人账户' }));
  });

  it('gives a member with no account 0.00 and says why', () => {
    const { json } = answer({ city: 'weihai', scheme: 'employee', member: 'flexible', year: 2025, flexibleRate: 0.08, declaredBase: 4000 });
    expect(json.monthly.accountCredit).toBe('0.00');
    expect(json.notes).toContainEqual(expect.objectContaining({ kind: 'detail', title: '划入个人账户', text: expect.stringContaining('不建立个人账户') }));
  });

  it('gives a resident the year’s own contribution, and 0.00 for the employer and the account', () => {
    const { json } = answer({ city: 'weihai', scheme: 'resident', member: 'adult-tier1', year: 2024 });
    expect(json.yearly).toEqual({ employer: '0.00', individual: '450.00', accountCredit: '0.00', resident: '450.00' });
    expect(json.notes).toContainEqual(expect.objectContaining({ title: '单位缴费和个人账户' }));
  });
});

describe('contribution CLI refusals', () => {
  it.each([
    ['not json', 'invalid-json', '输入不是有效的 JSON：第 1 行第 1 列附近有语法错误'],
    ['', 'invalid-json', '没有读到输入'],
    ['[1]', 'invalid-input', '输入必须是一个 JSON 对象'],
    [{ ...valid, wage: 5000 }, 'invalid-input', '输入含有不认识的字段：wage'],
    [{ ...valid, city: 'qingdao' }, 'invalid-input', 'city 必须是 weihai（威海）、jinan（济南）'],
    [{ ...valid, scheme: 'other' }, 'invalid-input', 'scheme 必须是 employee（职工医保）或 resident（居民医保）'],
    [{ ...valid, member: 'minor' }, 'invalid-input', '职工医保的人员类别（member）必须是 working、retired、flexible 之一'],
    [{ ...valid, year: 1999 }, 'invalid-input', '年份（year）必须是 2000 到 2100 之间的整数'],
    [{ ...valid, year: '2020' }, 'invalid-input', '年份（year）必须是'],
    [{ ...valid, year: 2020.5 }, 'invalid-input', '年份（year）必须是'],
    [{ ...valid, age: -1 }, 'invalid-input', '年龄（age）必须是 0 到 120 之间的整数'],
    [{ ...valid, age: 40.5 }, 'invalid-input', '年龄（age）必须是'],
    [{ ...valid, employer: 'company' }, 'invalid-input', 'employer 必须是 enterprise（企业等用人单位）或 public-institution（机关事业单位）'],
    [{ ...valid, monthlyWage: -5 }, 'invalid-input', '月工资（monthlyWage）不能为负数'],
    [{ ...valid, monthlyWage: 'abc' }, 'invalid-input', '月工资（monthlyWage）请填写数字'],
    [{ ...valid, monthlyWage: 1.234 }, 'invalid-input', '月工资（monthlyWage）最多保留两位小数'],
    [{ ...valid, monthlyWage: undefined }, 'invalid-input', '还需要填写：月工资（缴费工资）（monthlyWage）'],
    [{ ...valid, member: 'flexible', flexibleRate: 10 }, 'invalid-input', '缴费比例（flexibleRate）必须是 0 到 1 之间的小数'],
    [{ city: 'weihai', scheme: 'employee', member: 'flexible', year: 2025, flexibleRate: 0.09, declaredBase: 4000 }, 'invalid-input', '只能是 0.08（8%，不建立个人账户）或 0.1'],
    [{ city: 'weihai', scheme: 'employee', member: 'flexible', year: 2025, declaredBase: 4000 }, 'invalid-input', '缴费比例（flexibleRate）'],
    [{ ...valid, year: 2023 }, 'no-version', '烟台职工医保2023 年没有已知的缴费规定'],
  ])('%j → %s: %s', (input, code, message) => {
    const { exitCode, json } = answer(input);
    expect(exitCode).toBe(2);
    expect(json.error.code).toBe(code);
    expect(json.error.message).toContain(message);
    expect(JSON.stringify(json)).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('contribution CLI reading, as the estimate CLI reads', () => {
  it('refuses a key written twice rather than computing on the last', () => {
    // Last-wins computed the employer's share of 50,000 (3,500.00), exit code 0.
    const text = '{"city":"yantai","scheme":"employee","member":"working","year":2020,"monthlyWage":5000,\n "age":40,"monthlyWage":50000}';
    const { exitCode, json } = answer(text);
    expect(exitCode).toBe(2);
    expect(json.error).toMatchObject({ code: 'duplicate-key', key: 'monthlyWage', path: ['monthlyWage'], line: 2, column: 11 });
  });

  it('accepts a UTF-8 BOM before the JSON', () => {
    const { exitCode, json } = answer(`\ufeff${JSON.stringify(valid)}`);
    expect(exitCode).toBe(0);
    expect(json.monthly.employer).toBe('350.00');
  });

  it('says where a syntax error is', () => {
    const { json } = answer('{"city": "yantai",\n  "scheme" "employee"}');
    expect(json.error).toMatchObject({ code: 'invalid-json', line: 2, column: 12 });
    expect(json.error.message).toBe('输入不是有效的 JSON：第 2 行第 12 列附近有语法错误（字段名后应有英文冒号）。');
  });

  it.each([
    [{ city: 'yantai', scheme: 'resident', member: 'adult-tier2', year: 2018, monthlyWage: 5000 }, '月工资（缴费工资）（monthlyWage）不适用于居民医保的二档成人，请删去这一项'],
    [{ ...valid, flexibleRate: 0.1 }, '缴费比例（flexibleRate）不适用于职工医保的在职人员，请删去这一项'],
    [{ ...valid, member: 'retired', monthlyWage: 5000 }, '月工资（缴费工资）（monthlyWage）不适用于职工医保的退休人员，请删去这一项'],
    [{ city: 'weihai', scheme: 'employee', member: 'flexible', year: 2025, flexibleRate: 0.1, declaredBase: 4000, employer: 'enterprise' }, '用人单位类型（employer）不适用于职工医保的灵活就业人员，请删去这一项'],
  ])('names a field its member type never uses: %j', (input, problem) => {
    const { exitCode, json } = answer(input);
    expect(exitCode).toBe(2);
    expect(json.error.problems).toEqual([problem]);
  });

  it('says a problem once, however many of its checks it breaks', () => {
    expect(answer({ ...valid, year: 1e308 }).json.error.problems).toEqual(['年份（year）必须是 2000 到 2100 之间的整数，例如 2025']);
  });

  it('refuses a number JSON cannot hold exactly, as it refuses the same digits written as a string', () => {
    const { exitCode, json } = answer('{"city":"yantai","scheme":"employee","member":"working","year":2020,"age":40,"monthlyWage":99999999.999999999}');
    expect(exitCode).toBe(2);
    expect(json.error).toMatchObject({ code: 'inexact-number', path: ['monthlyWage'], line: 1, column: 92 });
    expect(answer({ ...valid, monthlyWage: '99999999.999999999' }).exitCode).toBe(2);
  });
});
