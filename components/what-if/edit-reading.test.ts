import { describe, expect, it } from 'vitest';
import { editKey } from '@/lib/model/address';
import { overrideProblem } from '@/lib/model/overrides';
import { RULES } from '@/lib/rules';
import { applyEdits, editOf, editsOf, readEdit, startingEdit } from './edit-reading';
import type { Edit } from './edits';

const segments = (rows: [string, string][]): Edit => ({ shape: 'segments', rows: rows.map(([upTo, rate]) => ({ upTo, rate })) });
const issues = (edit: Edit, label?: string) => readEdit(edit, label).issues.map((i) => [i.field, i.message]);
const VERSIONS = RULES.periods();
const version = (id: string) => VERSIONS.find((v) => v.id === id)!;

describe('readEdit', () => {
  it('gives a segment table only once every row has a rate, as engine fractions', () => {
    expect(readEdit(segments([['10000', '85'], ['', '']])).value).toBeNull();
    expect(readEdit(segments([['10,000', '85'], ['', '90.5']])).value).toEqual([
      { upTo: 10000, rate: 0.85 },
      { upTo: null, rate: 0.905 },
    ]);
    expect(readEdit({ shape: 'segments', rows: [] }).value).toBeNull();
  });

  it('explains a malformed segment table row by row', () => {
    expect(issues(segments([['', '80'], ['', '90']]))).toEqual([['rows.0.upTo', '只有最后一段可以不设上限，请填写这一段的上限']]);
    expect(issues(segments([['5000', '80'], ['5000', '90']]))).toEqual([['rows.1.upTo', '各段上限须从小到大填写']]);
    expect(issues(segments([['0', '120']]))).toEqual([
      ['rows.0.upTo', '第1段上限须大于 0'],
      ['rows.0.rate', '第1段比例请填写 0 到 100 之间的数，例如 85 表示 85%'],
    ]);
    expect(readEdit(segments([['0', '120']])).value).toBeNull();
  });

  it('reads amounts, naming the value in its messages, and leaves an empty one unapplied without a message', () => {
    expect(readEdit({ shape: 'amount', amount: '１,２００元' }).value).toBe(1200);
    expect(readEdit({ shape: 'amount', amount: '' })).toEqual({ value: null, issues: [] });
    expect(issues({ shape: 'amount', amount: '-1' }, '起付线')).toEqual([['amount', '起付线不能为负数']]);
  });

  it('reads rates typed as percentages', () => {
    expect(readEdit({ shape: 'rate', rate: '20' }).value).toBe(0.2);
    expect(issues({ shape: 'rate', rate: '120' }, '先行自付比例')).toEqual([['rate', '先行自付比例请填写 0 到 100 之间的数，例如 85 表示 85%']]);
  });

  it('reads a supplementary layer’s bands in order', () => {
    const bands = (rows: [string, string, string][]): Edit => ({ shape: 'bands', rows: rows.map(([from, upTo, rate]) => ({ from, upTo, rate })) });
    expect(readEdit(bands([['15000', '100000', '60'], ['100000', '', '70']])).value).toEqual([
      { from: 15000, to: 100000, rate: 0.6 },
      { from: 100000, to: null, rate: 0.7 },
    ]);
    expect(readEdit(bands([['15000', '', '']])).value).toBeNull();
    expect(issues(bands([['15000', '10000', '60']]))).toEqual([['rows.0.upTo', '第1段上限须大于起点']]);
    expect(issues(bands([['0', '20000', '60'], ['10000', '', '70']]))).toEqual([['rows.1.from', '第2段起点不能低于上一段的上限']]);
  });

  it('reads the repeat-admission rule: a share of the first deductible or a fixed amount, from the n-th admission on', () => {
    const repeat = (rows: [string, string, string][]): Edit => ({ shape: 'repeat', rows: rows.map(([from, percent, amount]) => ({ from, percent, amount })) });
    expect(readEdit(repeat([])).value).toEqual([]);
    expect(readEdit(repeat([['2', '50', ''], ['3', '', '100']])).value).toEqual([
      { from: 2, factor: 0.5 },
      { from: 3, amount: 100 },
    ]);
    expect(readEdit(repeat([['2', '', '']])).value).toBeNull();
    expect(issues(repeat([['1', '50', '']]))).toEqual([['rows.0.from', '请填写 2 到 366 之间的整数，例如 2']]);
    expect(issues(repeat([['3', '50', ''], ['2', '0', '']]))).toEqual([['rows.1.from', '各条须按住院次数从小到大填写']]);
    expect(issues(repeat([['2', '50', '100']]))).toEqual([['rows.0.amount', '按比例和固定金额只填一项']]);
  });

  it('reads a choice once one is made', () => {
    expect(readEdit({ shape: 'choice', choice: '' }).value).toBeNull();
    expect(readEdit({ shape: 'choice', choice: 'tier2' }).value).toBe('tier2');
  });
});

describe('editOf and startingEdit', () => {
  it('reads back every parameter value of every version exactly (the text a person would type)', () => {
    for (const v of VERSIONS) {
      for (const param of v.params.values()) {
        const edit = startingEdit(param);
        const reading = readEdit(edit);
        expect(reading.issues, param.path).toEqual([]);
        if (param.value === null || (edit.shape === 'segments' && edit.rows.some((r) => r.rate === ''))) {
          expect(reading.value, param.path).toBeNull();
        } else {
          expect(reading.value, param.path).toEqual(param.value);
          expect(editOf(param.shape, reading.value as never)).toEqual(edit);
        }
      }
    }
  });

  it('starts an unknown parameter with empty inputs', () => {
    expect(startingEdit(version('jinan-resident-2024').params.get('pots/fund/tier1')!)).toEqual({ shape: 'amount', amount: '' });
    expect(startingEdit(version('weihai-resident-2023').params.get('members/minor')!)).toEqual({ shape: 'choice', choice: '' });
  });
});

describe('applyEdits', () => {
  const v = version('yantai-employee-2024');
  const key = (path: string) => editKey(v.id, path);

  it('applies complete edits that fit and differ from the official value, and only this version’s', () => {
    const { overrides, readings } = applyEdits(v, {
      [key('inpatient/deductible/working/3')]: { shape: 'amount', amount: '600' },
      [key('inpatient/deductible/working/2')]: { shape: 'amount', amount: '500' },
      [key('inpatient/repeat')]: { shape: 'repeat', rows: [{ from: '2', percent: '', amount: '' }] },
      [key('members/working')]: { shape: 'choice', choice: 'nobody' },
      [key('inpatient/deductible/working/9')]: { shape: 'amount', amount: '1' },
      'yantai-employee-2018/inpatient/deductible/working/3': { shape: 'amount', amount: '1' },
    });
    expect(overrides).toEqual([{ path: 'inpatient/deductible/working/3', value: 600 }]);
    // The parameter that does not exist, and the other version's, are not read at all.
    expect([...readings.keys()]).toEqual([key('inpatient/deductible/working/3'), key('inpatient/deductible/working/2'), key('inpatient/repeat'), key('members/working')]);
    expect([...readings.values()].map((r) => r.applied)).toEqual([true, false, false, false]);
  });

  it('turns overrides back into the edits that give them', () => {
    const overrides = [{ path: 'inpatient/segments/retired/1', value: [{ upTo: null, rate: 0.9 }] }];
    expect(editsOf(v, overrides)).toEqual({ [key('inpatient/segments/retired/1')]: { shape: 'segments', rows: [{ upTo: '', rate: '90' }] } });
    expect(applyEdits(v, editsOf(v, overrides)).overrides).toEqual(overrides);
  });

  it('takes an override only for a parameter the version has, with a value it can take', () => {
    expect(overrideProblem(v, { path: 'inpatient/deductible/working/3', value: 1 })).toBeNull();
    expect(overrideProblem(v, { path: 'inpatient/deductible/tier1/3', value: 1 })).toContain('没有参数');
    expect(overrideProblem(v, { path: 'members/working', value: 'retired' })).toBeNull();
    expect(overrideProblem(v, { path: 'members/working', value: 'tier1' })).toContain('只能是');
    const weihai = version('weihai-resident-2023');
    expect(overrideProblem(weihai, { path: 'pots/fund/minor', value: 1 })).toBeNull();
    expect(overrideProblem(weihai, { path: 'pots/fund/adult-tier1', value: 1 })).toContain('没有参数');
  });
});
