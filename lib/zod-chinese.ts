import { z } from 'zod';
import { listed } from './cli-error';
import { CLI_FIELDS } from './cli-fields';
import { EVENT_FIELD_KEYS } from './model/fields';
import { PERSON_FIELD_KEYS, PERSON_FIELDS } from './model/person';

/**
 * zod as the CLIs' inputs use it: every message it writes is Chinese and names the field it concerns.
 * The schemas give their own words where they have something to say (the choices of an enum, the
 * form of a date); whatever they leave unsaid (an `earlier` entry that is null, a string where the
 * overrides should be) is phrased here from the issue, instead of zod's English. Import z from this
 * module, never from 'zod' (eslint says so): importing it installs the messages.
 */

/** The CLIs' field names in Chinese, for the issues whose schema says nothing itself. */
const FIELD_WORDS: Record<string, string> = {
  city: '参保城市',
  scheme: '险种',
  member: '人员类别',
  benefit: '待遇类型',
  date: '日期',
  ...Object.fromEntries(EVENT_FIELD_KEYS.map((k) => [k, CLI_FIELDS[k].words])),
  admission: '本年第几次住院',
  totalCost: '总费用',
  outOfScope: '全自费金额',
  selfPayFirst: '先行自付金额',
  earlier: '此前就医',
  ...Object.fromEntries(PERSON_FIELD_KEYS.map((k) => [k, PERSON_FIELDS[k].words])),
  overrides: '自定义参数',
  deductible: '起付线',
  rates: '分段比例',
  upTo: '分段上限',
  rate: '支付比例',
  fundCap: '年度限额',
  path: '参数路径',
  value: '参数值',
  year: '年份',
  employer: '用人单位类型',
  monthlyWage: '月工资',
  age: '年龄',
  flexibleRate: '缴费比例',
  declaredBase: '缴费基数',
  averageWage: '月平均工资',
  averagePension: '月人均基本养老金',
};

/** ['earlier', 0, 'date'] → 此前就医（earlier）第 1 项的日期（date）; [] → 输入. */
export function pathWords(path: readonly PropertyKey[]): string {
  if (!path.length) return '输入';
  return path
    .map((part, i) => {
      if (typeof part === 'number') return `第 ${part + 1} 项`;
      const key = String(part);
      const words = Object.hasOwn(FIELD_WORDS, key) ? `${FIELD_WORDS[key]}（${key}）` : `字段 ${key} `;
      return i > 0 ? `的${words}` : words;
    })
    .join('');
}

/** What a JSON value is, in the words of the message: "不能是空值 null". */
function kindOf(value: unknown): string {
  if (value === null) return '空值 null';
  if (Array.isArray(value)) return '数组';
  if (typeof value === 'object') return '对象';
  if (typeof value === 'string') return '文字';
  if (typeof value === 'number') return '数字';
  if (typeof value === 'boolean') return `布尔值 ${value}`;
  return '其他值';
}

const TYPE_WORDS: Record<string, string> = {
  object: '一个对象 {…}',
  array: '一个数组 […]',
  string: '用英文双引号括起的文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  null: 'null',
};

const ORIGIN_UNITS: Record<string, string> = { array: '项', string: '个字符', set: '项' };

/** The message for any issue, with its field: the schemas' own words come first, this is what is said otherwise. */
export function chineseMessage(issue: z.core.$ZodRawIssue, within: readonly PropertyKey[] = []): string {
  const where = pathWords([...within, ...(issue.path ?? [])]);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `须填写${where}`;
      return `${where}必须是${TYPE_WORDS[issue.expected] ?? '另一种写法'}，不能是${kindOf(issue.input)}`;
    case 'too_small': {
      const unit = ORIGIN_UNITS[issue.origin];
      if (unit) return `${where}至少需要 ${issue.minimum} ${unit}`;
      return `${where}${issue.inclusive ? '不能小于' : '必须大于'} ${issue.minimum}`;
    }
    case 'too_big': {
      const unit = ORIGIN_UNITS[issue.origin];
      if (unit) return `${where}最多 ${issue.maximum} ${unit}`;
      return `${where}${issue.inclusive ? '不能大于' : '必须小于'} ${issue.maximum}`;
    }
    case 'unrecognized_keys':
      return `${where}含有不认识的字段：${listed(issue.keys)}`;
    case 'invalid_value':
      return `${where}必须是 ${issue.values.map((v) => JSON.stringify(v)).join('、')} 之一`;
    case 'not_multiple_of':
      return `${where}必须是 ${issue.divisor} 的整数倍`;
    case 'invalid_format':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return `${where}的写法不对`;
    default:
      return `${where}有误`;
  }
}

/** A per-parse error map for a schema parsed on its own under `within` (its messages then name the whole path). */
export const chineseErrorsWithin =
  (within: readonly PropertyKey[]): z.core.$ZodErrorMap =>
  (issue) =>
    chineseMessage(issue, within);

/**
 * An array schema whose length is checked before any item is read: zod reads every item first, so a
 * million wrong items would cost a million issues (seconds, and gigabytes) before a length check said
 * the one thing worth saying. `message` replaces the usual "最多 N 项".
 */
export function bounded<T extends z.ZodType>(max: number, array: T, message?: string) {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      if (Array.isArray(value) && value.length > max) {
        // Fatal, as a wrong item would be: refinements of the enclosing object never see the list.
        ctx.addIssue({ code: 'too_big', origin: 'array', maximum: max, inclusive: true, input: value, continue: false, ...(message ? { message } : {}) });
      }
    })
    .pipe(array);
}

z.config({ customError: (issue) => chineseMessage(issue) });

export { z };
