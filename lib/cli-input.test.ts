import { describe, expect, it } from 'vitest';
import { answerClaim, answerValue } from './cli';
import { readJson } from './json-text';
import { ZOD_ENGLISH } from './test-support';

/** The single-claim CLI's reading of its input: a BOM, keys written twice, where a syntax error is. */

const valid = { city: 'yantai', scheme: 'employee', member: 'working', date: '2020-06-01', hospitalLevel: 3, admission: 1, totalCost: 20000 };

function answer(text: string) {
  const { exitCode, output } = answerClaim(text);
  return { exitCode, json: JSON.parse(output) };
}

describe('single-claim input', () => {
  it('accepts a UTF-8 BOM before the JSON', () => {
    // (5000 − 800) × 80% + 5000 × 85% + 10000 × 90% = 16610; 20000 − 16610 = 3390.
    const { exitCode, json } = answer(`\ufeff${JSON.stringify(valid, null, 2)}`);
    expect(exitCode).toBe(0);
    expect(json.outOfPocket).toBe('3390.00');
  });

  it('refuses a key written twice, naming it, rather than keeping the last', () => {
    // Last-wins would read hospitalLevel 1 and answer; first-wins would answer for tier 3.
    const text = '{"city": "yantai", "scheme": "employee", "member": "working", "date": "2020-06-01",\n "hospitalLevel": 3, "admission": 1, "totalCost": 20000, "hospitalLevel": 1}';
    const { exitCode, json } = answer(text);
    expect(exitCode).toBe(2);
    expect(json.error).toMatchObject({ code: 'duplicate-key', key: 'hospitalLevel', path: ['hospitalLevel'], line: 2, column: 58 });
    expect(json.error.message).toBe('输入中字段 hospitalLevel 重复出现（第 2 行第 58 列）：同一个对象中每个字段只能写一次。');
  });

  it('refuses a key written twice at any depth', () => {
    const earlier = '[{"date": "2020-01-01", "hospitalLevel": 3, "totalCost": 100, "totalCost": 200}]';
    const { json } = answer(`{"city": "yantai", "earlier": ${earlier}}`);
    expect(json.error).toMatchObject({ code: 'duplicate-key', key: 'totalCost', path: ['earlier', 0, 'totalCost'] });
    expect(json.error.message).toContain('earlier.0.totalCost');
    const overrides = answer('{"overrides": {"rates": [{"upTo": null, "rate": 0.9, "upTo": 5000}]}}').json.error;
    expect(overrides).toMatchObject({ code: 'duplicate-key', path: ['overrides', 'rates', 0, 'upTo'] });
  });

  it('does not mistake colons inside strings, escaped quotes or a "__proto__" key for keys written twice', () => {
    expect(readJson('{"a": "x:y:z", "b": "say \\"k\\": v", "c\\":": 1}')).toEqual({ ok: true, value: { a: 'x:y:z', b: 'say "k": v', 'c":': 1 } });
    expect(readJson('{"__proto__": 1, "b": {"__proto__": 2}}').ok).toBe(true);
    expect(readJson('{"__proto__": 1, "__proto__": 2}')).toMatchObject({ ok: false, error: { code: 'duplicate-key', key: '__proto__' } });
    expect(readJson('{"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]}').ok).toBe(true);
  });

  it.each([
    // text, line, column: counted by hand, 1-based, in characters
    ['{"city": "yantai",\n  "scheme": "employee",\n  "member" "working"}', 3, 12],
    ['{"city": "yantai", }', 1, 20],
    ['{"city": \'yantai\'}', 1, 10],
    ['{"城市": "烟台", "险种": }', 1, 20],
    ['\ufeff{"a": 1,\r\n"b": tru}', 2, 6],
    ['{"a": 1}\n{"b": 2}', 2, 1],
    ['{"a": "unterminated', 1, 7],
  ])('says where the syntax error is in %j', (text, line, column) => {
    const { exitCode, json } = answer(text);
    expect(exitCode).toBe(2);
    expect(json.error).toMatchObject({ code: 'invalid-json', line, column });
    expect(json.error.message).toMatch(new RegExp(`^输入不是有效的 JSON：第 ${line} 行第 ${column} 列附近有语法错误`));
  });

  it('still reads an empty input as no input', () => {
    expect(answer('  \n').json.error).toEqual({ code: 'invalid-json', message: '没有读到输入：请在标准输入提供一个 JSON 对象。' });
  });

  it('answers a parsed value exactly as it answers the text', () => {
    const fromValue = answerValue(valid);
    expect(fromValue.ok).toBe(true);
    expect(fromValue.ok && JSON.stringify(fromValue.result, null, 2)).toBe(answerClaim(JSON.stringify(valid)).output);
    expect(answerValue([valid])).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('every message in Chinese, naming its field', () => {
  const stay = { date: '2020-01-01', hospitalLevel: 3, totalCost: 100 };
  const second = { ...valid, admission: 2 };
  it.each([
    // input, the words that name where the problem is
    ['[]', '输入'],
    ['"x"', '输入'],
    ['null', '输入'],
    ['42', '输入'],
    [{ ...valid, overrides: null }, '自定义参数（overrides）'],
    [{ ...valid, overrides: 'x' }, '自定义参数（overrides）'],
    [{ ...valid, overrides: 5 }, '自定义参数（overrides）'],
    [{ ...valid, overrides: [null] }, '自定义参数（overrides）第 1 项'],
    [{ ...valid, overrides: [[]] }, '自定义参数（overrides）第 1 项'],
    [{ ...valid, overrides: [{ path: 'yantai/employee/inpatient/repeat' }] }, '参数值（value）'],
    [{ ...valid, overrides: [{ path: 'x', value: 1, note: 'y' }] }, '不认识的字段：note'],
    [{ ...valid, overrides: Array.from({ length: 65 }, () => ({ path: 'x', value: 1 })) }, 'overrides 最多 64 项'],
    [{ ...valid, overrides: { rates: [null] } }, '分段比例（rates）第 1 项'],
    [{ ...valid, overrides: { rates: [1] } }, '分段比例（rates）第 1 项'],
    [{ ...valid, overrides: { rates: [] } }, 'rates 至少需要一段'],
    [{ ...valid, overrides: { rates: [{ upTo: null, rate: 0.9, x: 1 }] } }, '分段比例含有不认识的字段：x'],
    [{ ...valid, overrides: { deductible: null } }, '自定义起付线'],
    [{ ...valid, overrides: { fee: 1 } }, '自定义参数（overrides）含有不认识的字段：fee'],
    [{ ...second, earlier: [null] }, '此前就医（earlier）第 1 项'],
    [{ ...second, earlier: [1] }, '此前就医（earlier）第 1 项'],
    [{ ...second, earlier: [[stay]] }, '此前就医（earlier）第 1 项'],
    [{ ...second, earlier: [{ ...stay, date: null }] }, '此前住院的日期'],
    [{ ...second, earlier: [{ ...stay, extra: 1 }] }, '此前住院含有不认识的字段：extra'],
    [{ ...second, earlier: null }, '此前住院（earlier）'],
    [{ ...valid, city: null }, 'city'],
    [{ ...valid, member: [] }, '人员类别（member）'],
    [{ ...valid, date: 20200601 }, '住院日期（date）'],
    [{ ...valid, admission: null }, '本年第几次住院（admission）'],
    [{ ...valid, totalCost: {} }, '住院总费用（totalCost）'],
    [{ ...valid, facility: 'clinic' }, 'facility'],
    [{ ...valid, benefit: 1 }, '待遇类型（benefit）'],
  ])('%j', (input, where) => {
    const { exitCode, json } = answer(typeof input === 'string' ? input : JSON.stringify(input));
    expect(exitCode).toBe(2);
    const messages: string[] = [json.error.message, ...(json.error.problems ?? [])];
    for (const message of messages) {
      expect(message).toMatch(/[\u4e00-\u9fff]/);
      expect(message).not.toMatch(ZOD_ENGLISH);
    }
    expect(json.error.message).toContain(where);
  });

  it('refuses a facility at a level with no variants to pick (二级、三级), at any stay', () => {
    // Silently ignored, it would price the stay as the claim did not say.
    expect(answer(JSON.stringify({ ...valid, facility: 'grassroots' })).json.error.problems).toEqual([
      '医疗机构类别（facility）只用于一级及以下医院（hospitalLevel 为 1），不适用于三级医院，请删去这一项',
    ]);
    const earlier = { ...second, earlier: [{ ...stay, hospitalLevel: 2, facility: 'no-essential-drugs' }] };
    expect(answer(JSON.stringify(earlier)).json.error.problems).toEqual(['earlier.0.facility：此前医疗机构类别（facility）只用于一级及以下医院（hospitalLevel 为 1），不适用于二级医院，请删去这一项']);
    const chronic = { ...valid, benefit: 'outpatient-chronic', chronicClass: 'A', hospitalLevel: undefined, admission: undefined, facility: 'grassroots' };
    expect(answer(JSON.stringify(chronic)).json.error.problems).toEqual(['医疗机构类别（facility）只用于一级及以下医院：请填写医院等级（hospitalLevel）为 1，或删去这一项']);
    expect(answer(JSON.stringify({ ...valid, city: 'jinan', date: '2025-03-01', hospitalLevel: 1, facility: 'grassroots' })).exitCode).toBe(0);
  });
});

describe('numbers read as written', () => {
  it('refuses a JSON number with more digits than it can hold, rather than rounding it', () => {
    // JSON.parse reads 99999999.999999999 as 100000000, within the limit: it was estimated.
    const text = '{"city": "yantai", "scheme": "employee", "member": "working", "date": "2020-06-01",\n "hospitalLevel": 3, "admission": 1, "totalCost": 99999999.999999999}';
    const { exitCode, json } = answer(text);
    expect(exitCode).toBe(2);
    expect(json.error).toMatchObject({ code: 'inexact-number', path: ['totalCost'], line: 2, column: 51 });
    expect(json.error.message).toBe('输入第 2 行第 51 列的数字 99999999.999999999 位数太多，无法照原样读取（会被读作 100000000）：金额最多两位小数，其他数字请检查是否写错。');
    // Digits a double holds exactly, however written, are read as they are.
    expect(readJson('[0.1, 1e2, 1E-7, 123456789012345, 12345678.90, -0, 1e308]')).toEqual({ ok: true, value: [0.1, 100, 1e-7, 123456789012345, 12345678.9, -0, 1e308] });
    expect(readJson('[1e400]')).toMatchObject({ ok: false, error: { code: 'inexact-number', path: [0] } });
    expect(readJson('{"a": [1, {"b": 0.30000000000000000001}]}')).toMatchObject({ ok: false, error: { code: 'inexact-number', path: ['a', 1, 'b'] } });
    expect(readJson('{"a": "99999999.999999999"}').ok).toBe(true);
  });

  it.each([
    [-1e-7, '住院总费用（totalCost）不能为负数'],
    [-1e21, '住院总费用（totalCost）不能为负数'],
    [1e-7, '住院总费用（totalCost）最多保留两位小数（到分）'],
    [1e21, '住院总费用（totalCost）不能超过 100,000,000 元'],
  ])('calls %s what it is', (totalCost, problem) => {
    expect(answer(JSON.stringify({ ...valid, totalCost })).json.error.problems).toEqual([problem]);
  });

  it('takes at most 20 rows of rates, as the path form does', () => {
    const rates = (n: number) => [...Array.from({ length: n - 1 }, (_, i) => ({ upTo: (i + 1) * 1000, rate: 0.5 })), { upTo: null, rate: 0.9 }];
    expect(answer(JSON.stringify({ ...valid, overrides: { rates: rates(20) } })).exitCode).toBe(0);
    for (const n of [21, 10_000]) {
      expect(answer(JSON.stringify({ ...valid, overrides: { rates: rates(n) } })).json.error.problems).toEqual(['overrides.rates：分段比例（rates）最多 20 段']);
    }
  });
});

describe('one list of problems, capped', () => {
  it('lists the first 20 problems and says how many more there are', () => {
    const { exitCode, json } = answer(JSON.stringify({ ...valid, admission: 101, earlier: Array.from({ length: 100 }, () => 1) }));
    expect(exitCode).toBe(2);
    expect(json.error.problems).toHaveLength(20);
    expect(json.error.problems[19]).toBe('earlier.19：此前就医（earlier）第 20 项必须是一个对象 {…}，不能是数字');
    expect(json.error.more).toBe(80);
    expect(json.error.message).toMatch(/；另有 80 处问题未列出$/);
  });

  it('refuses a million earlier items with one message, at once', () => {
    // Before: one message per item, 2 MB of input took 42 s and 1.5 GB and printed 200 MB.
    const text = `{"city":"yantai","scheme":"employee","member":"working","date":"2020-06-01","hospitalLevel":3,"admission":1,"totalCost":20000,"earlier":[${Array(1_000_000).fill(1).join(',')}]}`;
    const { exitCode, output } = answerClaim(text);
    expect(exitCode).toBe(2);
    expect(JSON.parse(output).error.problems).toEqual(['此前就医（earlier）最多 1000 项']);
    expect(output.length).toBeLessThan(1000);
  });

  it('names the first 20 unknown fields, then how many more, each cut short when long', () => {
    const extra = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`x${i}`, 1]));
    const [problem] = answer(JSON.stringify({ ...valid, ...extra })).json.error.problems;
    expect(problem).toBe(`输入含有不认识的字段：${Array.from({ length: 20 }, (_, i) => `x${i}`).join('、')} 等 30 个`);
    const long = 'y'.repeat(10_000);
    expect(answer(JSON.stringify({ ...valid, [long]: 1 })).json.error.problems).toEqual([`输入含有不认识的字段：${'y'.repeat(40)}…`]);
  });
});
