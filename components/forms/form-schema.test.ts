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

  it('speaks of the chosen benefit’s bill, and asks for the choices its rules require under the version in force', () => {
    expect(issues(form({ benefit: 'outpatient-general', totalCost: '' }))).toEqual([['totalCost', '请填写门诊总费用']]);
    expect(issues(form({ benefit: 'outpatient-general', date: '' }))).toEqual([['date', '请选择就诊日期']]);
    expect(issues(form({ benefit: 'outpatient-general', outOfScope: '10001' }))).toEqual([['outOfScope', '全自费与先行自付之和不能超过门诊总费用']]);
    // 烟台职工门诊慢特病分甲类、乙类
    expect(issues(form({ benefit: 'outpatient-chronic' }))).toEqual([['chronicClass', '请选择慢性病类别（甲类或乙类）']]);
    expect(issues(form({ benefit: 'outpatient-chronic', chronicClass: 'B' }))).toEqual([]);
    expect(issues(form({ benefit: 'dental' }))).toEqual([['benefit', '请选择就医类型']]);
    // A stay number is asked for stays in hospital only.
    expect(issues(form({ benefit: 'outpatient-general', admission: '0' }))).toEqual([]);
  });

  it('accepts only the member types of the chosen scheme', () => {
    expect(issues(form({ member: 'minor' }))).toEqual([['member', '请选择人员类别']]);
    expect(issues(form({ scheme: 'resident', member: 'minor' }))).toEqual([]);
  });
});
