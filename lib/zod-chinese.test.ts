import { describe, expect, it } from 'vitest';
import { ZOD_ENGLISH } from './test-support';
import { bounded, chineseErrorsWithin, pathWords, z } from './zod-chinese';

/** Whatever a schema leaves unsaid comes out in Chinese, naming its field by the whole path. */

function messages(schema: z.ZodType, value: unknown, within?: string[]): string[] {
  const parsed = schema.safeParse(value, within ? { error: chineseErrorsWithin(within) } : undefined);
  if (parsed.success) throw new Error(`expected ${JSON.stringify(value)} to be refused`);
  return parsed.error.issues.map((i) => i.message);
}

describe('zod messages in Chinese', () => {
  it('names a path by its fields and items', () => {
    expect(pathWords([])).toBe('输入');
    expect(pathWords(['earlier', 0, 'date'])).toBe('此前就医（earlier）第 1 项的日期（date）');
    expect(pathWords(['overrides', 'rates', 2, 'upTo'])).toBe('自定义参数（overrides）的分段比例（rates）第 3 项的分段上限（upTo）');
    expect(pathWords(['toString', 'zz'])).toBe('字段 toString 的字段 zz ');
  });

  it.each([
    [z.strictObject({ earlier: z.array(z.strictObject({ date: z.string() })) }), { earlier: [null] }, '此前就医（earlier）第 1 项必须是一个对象 {…}，不能是空值 null'],
    [z.strictObject({ earlier: z.array(z.strictObject({ date: z.string() })) }), { earlier: [{}] }, '须填写此前就医（earlier）第 1 项的日期（date）'],
    [z.strictObject({ city: z.string() }), { city: true }, '参保城市（city）必须是用英文双引号括起的文字，不能是布尔值 true'],
    [z.strictObject({ city: z.string() }), { city: 'x', town: 1 }, '输入含有不认识的字段：town'],
    [z.strictObject({ age: z.number().int() }), { age: 1.5 }, '年龄（age）必须是整数，不能是数字'],
    [z.strictObject({ age: z.number().min(0) }), { age: -1 }, '年龄（age）不能小于 0'],
    [z.strictObject({ age: z.number().max(120) }), { age: 121 }, '年龄（age）不能大于 120'],
    [z.strictObject({ rate: z.number().positive() }), { rate: 0 }, '支付比例（rate）必须大于 0'],
    [z.strictObject({ rates: z.array(z.number()).min(1) }), { rates: [] }, '分段比例（rates）至少需要 1 项'],
    [z.strictObject({ rates: z.array(z.number()).max(1) }), { rates: [1, 2] }, '分段比例（rates）最多 1 项'],
    [z.strictObject({ scheme: z.enum(['employee', 'resident']) }), { scheme: 'x' }, '险种（scheme）必须是 "employee"、"resident" 之一'],
    [z.strictObject({ year: z.number().multipleOf(5) }), { year: 2021 }, '年份（year）必须是 5 的整数倍'],
    [z.strictObject({ value: z.union([z.number(), z.string()]) }), { value: null }, '参数值（value）的写法不对'],
    [z.strictObject({ value: z.email() }), { value: 'x' }, '参数值（value）的写法不对'],
    [z.strictObject({ value: z.number().refine((n) => n > 1) }), { value: 1 }, '参数值（value）有误'],
  ])('%#: %j', (schema, value, message) => {
    expect(messages(schema, value)).toEqual([message]);
  });

  it('names the whole path of a schema parsed on its own under another field', () => {
    expect(messages(z.array(z.strictObject({ path: z.string() })), [null], ['overrides'])).toEqual(['自定义参数（overrides）第 1 项必须是一个对象 {…}，不能是空值 null']);
  });

  it('leaves no English for any value against a schema of every kind', () => {
    const schema = z.strictObject({
      city: z.enum(['weihai', 'jinan']),
      age: z.number().int().min(0).max(120),
      earlier: z.array(z.strictObject({ date: z.string().min(10), totalCost: z.union([z.number(), z.string()]) })).max(2),
      flag: z.literal(true).optional(),
    });
    const values = [null, true, 0, -1, 1.5, 999, '', 'x', [], [null], [{}], [{ date: 1 }], {}, { a: 1 }];
    for (const city of values) for (const other of values) {
      const parsed = schema.safeParse({ city, age: other, earlier: other, flag: other, [String(other)]: 1 });
      for (const issue of parsed.error?.issues ?? []) expect(issue.message).not.toMatch(ZOD_ENGLISH);
    }
  });

  it('refuses a list too long before reading its items, and the enclosing object’s refinements never see it', () => {
    let refined = 0;
    const schema = z.strictObject({ earlier: bounded(3, z.array(z.strictObject({ date: z.string() }))) }).superRefine(() => void refined++);
    expect(messages(schema, { earlier: Array(100_000).fill(1) })).toEqual(['此前就医（earlier）最多 3 项']);
    expect(messages(schema, { earlier: [1, 2] })).toEqual(['此前就医（earlier）第 1 项必须是一个对象 {…}，不能是数字', '此前就医（earlier）第 2 项必须是一个对象 {…}，不能是数字']);
    expect(messages(schema, { earlier: 'x' })).toEqual(['此前就医（earlier）必须是一个数组 […]，不能是文字']);
    expect(refined).toBe(0);
    expect(schema.parse({ earlier: [{ date: 'x' }] })).toEqual({ earlier: [{ date: 'x' }] });
    expect(messages(bounded(1, z.array(z.number()), '最多一个'), [1, 2])).toEqual(['最多一个']);
  });

  it('lists at most 20 unknown fields, each at most 40 characters', () => {
    const keys = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [i === 0 ? `${'长'.repeat(50)}` : `k${i}`, 1]));
    const [message] = messages(z.strictObject({}), keys);
    expect(message).toBe(`输入含有不认识的字段：${'长'.repeat(40)}…、${Array.from({ length: 19 }, (_, i) => `k${i + 1}`).join('、')} 等 25 个`);
  });
});
