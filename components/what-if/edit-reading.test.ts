import { describe, expect, it } from 'vitest';
import type { Override } from '@/lib/overrides';
import { VERSIONS } from '@/lib/rules';
import { parameterRows } from '@/components/sources/parameter-rows';
import { applyEdits, editOf, fitsVersion, readEdit, startingEdit } from './edit-reading';
import { editKey, type Edit } from './edits';

const segments = (rows: [string, string][]): Edit => ({ kind: 'segments', cls: 'working', grade: '3', rows: rows.map(([upTo, rate]) => ({ upTo, rate })) });
const issues = (edit: Edit) => readEdit(edit).issues.map((i) => [i.field, i.message]);
const version = (id: string) => VERSIONS.find((v) => v.id === id)!;

describe('readEdit', () => {
  it('gives a segment table only once every row has a rate, as engine fractions', () => {
    expect(readEdit(segments([['10000', '85'], ['', '']])).override).toBeNull();
    expect(readEdit(segments([['10,000', '85'], ['', '90.5']])).override).toEqual({
      kind: 'segments',
      cls: 'working',
      grade: '3',
      value: [
        { upTo: 10000, rate: 0.85 },
        { upTo: null, rate: 0.905 },
      ],
    });
    expect(readEdit({ kind: 'segments', cls: 'working', grade: '3', rows: [] }).override).toBeNull();
  });

  it('explains a malformed segment table row by row', () => {
    expect(issues(segments([['', '80'], ['', '90']]))).toEqual([['rows.0.upTo', '只有最后一段可以不设上限，请填写这一段的上限']]);
    expect(issues(segments([['5000', '80'], ['5000', '90']]))).toEqual([['rows.1.upTo', '各段上限须从小到大填写']]);
    expect(issues(segments([['0', '120']]))).toEqual([
      ['rows.0.upTo', '第1段上限须大于 0'],
      ['rows.0.rate', '第1段比例请填写 0 到 100 之间的数，例如 85 表示 85%'],
    ]);
    expect(readEdit(segments([['0', '120']])).override).toBeNull();
  });

  it('reads amounts, and leaves an empty one unapplied without a message', () => {
    const deductible = (amount: string): Edit => ({ kind: 'deductible', cls: 'working', grade: '3', amount });
    expect(readEdit(deductible('１,２００元')).override).toEqual({ kind: 'deductible', cls: 'working', grade: '3', value: 1200 });
    expect(readEdit(deductible(''))).toEqual({ override: null, issues: [] });
    expect(issues(deductible('-1'))).toEqual([['amount', '起付线不能为负数']]);
    expect(readEdit({ kind: 'coverage', cls: 'working', coverageKind: 'eligibleBand', amount: '300000' }).override).toEqual({
      kind: 'coverage',
      cls: 'working',
      value: { kind: 'eligibleBand', amount: 300000 },
    });
  });

  it('reads a supplementary layer: bands in order and an annual maximum', () => {
    const layer = (rows: [string, string, string][], annualMax: string): Edit => ({
      kind: 'layer',
      layer: 'x',
      rows: rows.map(([from, upTo, rate]) => ({ from, upTo, rate })),
      annualMax,
    });
    expect(readEdit(layer([['15000', '100000', '60'], ['100000', '', '70']], '400000')).override).toEqual({
      kind: 'layer',
      layer: 'x',
      value: { bands: [{ from: 15000, to: 100000, rate: 0.6 }, { from: 100000, to: null, rate: 0.7 }], annualMax: 400000 },
    });
    expect(readEdit(layer([['15000', '', '60']], '')).override).toBeNull();
    expect(issues(layer([['15000', '10000', '60']], '1'))).toEqual([['rows.0.upTo', '第1段上限须大于起点']]);
    expect(issues(layer([['0', '20000', '60'], ['10000', '', '70']], '1'))).toEqual([['rows.1.from', '第2段起点不能低于上一段的上限']]);
  });

  it('reads the repeat-admission rule: a share of the first deductible or a fixed amount, from the n-th admission on', () => {
    const repeat = (rows: [string, string, string][]): Edit => ({ kind: 'repeat', rows: rows.map(([from, percent, amount]) => ({ from, percent, amount })) });
    expect(readEdit(repeat([])).override).toEqual({ kind: 'repeat', value: [] });
    expect(readEdit(repeat([['2', '50', ''], ['3', '', '100']])).override).toEqual({
      kind: 'repeat',
      value: [
        { from: 2, factor: 0.5 },
        { from: 3, amount: 100 },
      ],
    });
    expect(readEdit(repeat([['2', '', '']])).override).toBeNull();
    expect(issues(repeat([['1', '50', '']]))).toEqual([['rows.0.from', '请填写 2 到 366 之间的整数，例如 2']]);
    expect(issues(repeat([['3', '50', ''], ['2', '0', '']]))).toEqual([['rows.1.from', '各条须按住院次数从小到大填写']]);
    expect(issues(repeat([['2', '50', '100']]))).toEqual([['rows.0.amount', '按比例和固定金额只填一项']]);
  });
});

describe('editOf and startingEdit', () => {
  it('reads back every parameter value of every version exactly (the text a person would type)', () => {
    for (const v of VERSIONS) {
      for (const row of parameterRows(v)) {
        const edit = startingEdit(v, row.target);
        const reading = readEdit(edit);
        expect(reading.issues).toEqual([]);
        if (row.value === null || (edit.kind === 'segments' && edit.rows.some((r) => r.rate === ''))) {
          expect(reading.override).toBeNull();
        } else {
          expect(reading.override).not.toBeNull();
          expect(editOf(reading.override!)).toEqual(edit);
        }
      }
    }
  });

  it('starts an unknown parameter with empty inputs', () => {
    expect(startingEdit(version('jinan-resident-2024'), { kind: 'coverage', cls: 'tier1' })).toEqual({
      kind: 'coverage',
      cls: 'tier1',
      coverageKind: 'fundCap',
      amount: '',
    });
    expect(startingEdit(version('weihai-resident-2023'), { kind: 'member', member: 'minor' })).toEqual({ kind: 'member', member: 'minor', choice: '' });
  });
});

describe('applyEdits', () => {
  const v = version('yantai-employee-2024');
  const key = editKey(v.id, { kind: 'deductible', cls: 'working', grade: '3' });

  it('applies complete edits that differ from the official value, and only this version’s', () => {
    const { overrides, readings } = applyEdits(v, {
      [key]: { kind: 'deductible', cls: 'working', grade: '3', amount: '600' },
      [editKey(v.id, { kind: 'deductible', cls: 'working', grade: '2' })]: { kind: 'deductible', cls: 'working', grade: '2', amount: '500' },
      [editKey(v.id, { kind: 'repeat' })]: { kind: 'repeat', rows: [{ from: '2', percent: '', amount: '' }] },
      'yantai-employee-2018/deductible/working/3': { kind: 'deductible', cls: 'working', grade: '3', amount: '1' },
    });
    expect(overrides).toEqual([{ kind: 'deductible', cls: 'working', grade: '3', value: 600 }]);
    expect([...readings.values()].map((r) => r.applied)).toEqual([true, false, false]);
  });

  it('checks that an override names a parameter the version has', () => {
    const fits = (o: Override) => fitsVersion(v, o);
    expect(fits({ kind: 'deductible', cls: 'working', grade: '3', value: 1 })).toBe(true);
    expect(fits({ kind: 'deductible', cls: 'tier1', grade: '3', value: 1 })).toBe(false);
    expect(fits({ kind: 'segments', cls: 'working', grade: '1g', value: [] })).toBe(false);
    expect(fits({ kind: 'layer', layer: 'nope', value: { bands: [], annualMax: 1 } })).toBe(false);
    expect(fits({ kind: 'member', member: 'working', value: 'retired' })).toBe(true);
    expect(fits({ kind: 'member', member: 'minor', value: 'retired' })).toBe(false);
    const weihai = version('weihai-resident-2023');
    expect(fitsVersion(weihai, { kind: 'coverage', cls: 'member:minor', value: { kind: 'fundCap', amount: 1 } })).toBe(true);
    expect(fitsVersion(weihai, { kind: 'coverage', cls: 'member:adult-tier1', value: { kind: 'fundCap', amount: 1 } })).toBe(false);
  });
});
