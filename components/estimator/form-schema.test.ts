import { describe, expect, it } from 'vitest';
import { formSchema } from './form-schema';
import { initialValues, type FormValues } from './form-values';

const form = (patch: Partial<FormValues>): FormValues => ({
  ...initialValues({ city: 'yantai', scheme: 'employee' }),
  date: '2025-03-01',
  totalCost: '10000',
  ...patch,
});

function issues(values: FormValues) {
  const r = formSchema.safeParse(values);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
}

describe('formSchema', () => {
  it('turns valid text into what the engine takes', () => {
    const r = formSchema.parse(form({ hospitalLevel: '2', admission: '3', outOfScope: '1,000.5', selfPayFirst: '' }));
    expect(r.hospitalLevel).toBe(2);
    expect(r.admission).toBe(3);
    expect(r.totalCost.toString()).toBe('10000');
    expect(r.outOfScope?.toString()).toBe('1000.5');
    expect(r.selfPayFirst).toBeUndefined();
    expect(r.facility).toBeUndefined();
    expect(r.rates).toBeUndefined();
  });

  it('puts each message on its own field', () => {
    expect(issues(form({ totalCost: '' }))).toEqual([['totalCost', '请填写住院总费用']]);
    expect(issues(form({ totalCost: '-1' }))).toEqual([['totalCost', '住院总费用不能为负数']]);
    expect(issues(form({ outOfScope: '1.001' }))).toEqual([['outOfScope', '全自费金额最多保留两位小数（到分）']]);
    expect(issues(form({ admission: '0' }))).toEqual([['admission', '本年第几次住院请填写 1 到 366 之间的整数，例如 1']]);
    expect(issues(form({ admission: '1.5' }))[0]?.[0]).toBe('admission');
    expect(issues(form({ date: '' }))).toEqual([['date', '请选择住院日期']]);
    expect(issues(form({ date: '2025-02-30' }))).toEqual([['date', '住院日期无效，请重新选择']]);
  });

  it('checks the parts against the total, under the part typed last', () => {
    const message = '全自费与先行自付之和不能超过住院总费用';
    expect(issues(form({ outOfScope: '6000', selfPayFirst: '4000' }))).toEqual([]);
    expect(issues(form({ outOfScope: '6000', selfPayFirst: '4000.01' }))).toEqual([['selfPayFirst', message]]);
    expect(issues(form({ outOfScope: '10000.01' }))).toEqual([['outOfScope', message]]);
  });

  it('accepts only the member types of the chosen scheme', () => {
    expect(issues(form({ member: 'minor' }))).toEqual([['member', '请选择人员类别']]);
    expect(issues(form({ scheme: 'resident', member: 'minor' }))).toEqual([]);
  });

  it('gives the segment table only once every row has a rate, as engine fractions', () => {
    expect(formSchema.parse(form({ rates: [{ upTo: '10000', rate: '85' }, { upTo: '', rate: '' }] })).rates).toBeUndefined();
    expect(formSchema.parse(form({ rates: [{ upTo: '10,000', rate: '85' }, { upTo: '', rate: '90.5' }] })).rates).toEqual([
      { upTo: 10000, rate: 0.85 },
      { upTo: null, rate: 0.905 },
    ]);
    expect(formSchema.parse(form({ rates: [] })).rates).toBeUndefined();
  });

  it('explains a malformed segment table row by row', () => {
    expect(issues(form({ rates: [{ upTo: '', rate: '80' }, { upTo: '', rate: '90' }] }))).toEqual([
      ['rates.0.upTo', '只有最后一段可以不设上限，请填写这一段的上限'],
    ]);
    expect(issues(form({ rates: [{ upTo: '5000', rate: '80' }, { upTo: '5000', rate: '90' }] }))).toEqual([
      ['rates.1.upTo', '各段上限须从小到大填写'],
    ]);
    expect(issues(form({ rates: [{ upTo: '0', rate: '120' }] }))).toEqual([
      ['rates.0.upTo', '第1段上限须大于 0'],
      ['rates.0.rate', '第1段比例请填写 0 到 100 之间的数，例如 85 表示 85%'],
    ]);
  });
});
