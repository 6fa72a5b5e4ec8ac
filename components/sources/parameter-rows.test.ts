import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/rules';
import { parameterGroups, parameterRows } from './parameter-rows';
import { bandsText, repeatText, segmentsText, valueText } from './value-text';

const VERSIONS = RULES.periods();
const version = (id: string) => VERSIONS.find((v) => v.id === id)!;

describe('value texts', () => {
  it('reads segment tables from the deductible up', () => {
    expect(segmentsText([{ upTo: null, rate: 0.9 }])).toBe('起付线以上部分 90%');
    expect(segmentsText([{ upTo: 10000, rate: 0.85 }, { upTo: 400000, rate: 0.88 }, { upTo: null, rate: null }])).toBe(
      '起付线至 10,000 元部分 85%；10,000 至 400,000 元部分 88%；400,000 元以上部分 比例未见来源',
    );
  });

  it('reads the repeat-admission rule', () => {
    expect(repeatText([])).toBe('每次住院都按全额扣起付线');
    expect(repeatText([{ from: 2, factor: 0.5 }, { from: 3, factor: 0 }])).toBe('第2次住院起按 50% 计；第3次住院起不设起付线');
    expect(repeatText([{ from: 2, amount: 100 }])).toBe('第2次住院起每次 100 元');
  });

  it('tells a fund cap from an eligible-cost band by the version it belongs to', () => {
    const fund = { path: 'pots/fund/working', shape: 'amount' as const };
    expect(valueText(version('yantai-employee-2018'), fund, 250000)).toBe('统筹基金每年最多支付 250,000 元');
    expect(valueText(version('weihai-employee-2024'), fund, 240000)).toBe('每年政策范围内费用 240,000 元以内由统筹基金按比例支付');
    expect(valueText(version('weihai-employee-2024'), { path: 'layers/subsidy-b/max', shape: 'amount' }, 500000)).toBe('每年最多 500,000 元');
  });

  it('reads supplementary bands', () => {
    expect(bandsText([{ from: 18000, to: 100000, rate: 0.7 }, { from: 100000, to: null, rate: 0.8 }])).toBe('18,000 至 100,000 元部分 70%；100,000 元以上部分 80%');
  });
});

describe('parameterRows', () => {
  it('lists every parameter of every version, a known value citing its document by 文号 or reporter, an unknown one saying so', () => {
    for (const v of VERSIONS) {
      const rows = parameterRows(v);
      expect(rows.filter((r) => r.group === '人员类别对应的待遇')).toHaveLength(v.members.length);
      // Bands, the annual maximum unless the source states none, and the three parts of a reward.
      expect(rows.filter((r) => r.group === '补充保障')).toHaveLength(v.layers.reduce((n, l) => n + 1 + (l.annualMax === 'none' ? 0 : 1) + (l.reward ? 3 : 0), 0));
      for (const r of rows) {
        expect(r.value === null, r.path).toBe(r.level === 'unknown');
        const param = v.params.get(r.path)!;
        const cited = param.cite.map((c) => (c.doc.level === 'official' ? (c.doc.number ?? c.doc.title) : c.doc.issuer));
        if (cited.length) for (const name of cited) expect(r.source, r.path).toContain(name);
        else expect(r.source, r.path).toBe('来源未给出');
      }
    }
  });

  it('marks what no source gives, with the reason', () => {
    const rates = parameterRows(version('jinan-resident-2024')).filter((r) => r.group === '统筹基金支付比例');
    expect(rates).toHaveLength(12);
    for (const r of rates) {
      expect(r.value).toBeNull();
      expect(r.note).toContain('12393');
    }
  });

  it('gives the Weihai employee rates as official, from the 2024-04-10 disclosure, which settles the retirees’ 90%', () => {
    const rows = parameterRows(version('weihai-employee-2024'));
    const rates = rows.filter((r) => r.group === '统筹基金支付比例');
    expect(rates.map((r) => r.level)).toEqual(Array(6).fill('official'));
    const retired = rates.find((r) => r.name === '退休人员 · 二级医院')!;
    expect(retired.value).toBe('起付线至 10,000 元部分 92.5%；10,000 至 40,000 元部分 95%；40,000 元以上部分 90%');
    expect(retired.source).toContain('（2024-04-10，索引号 11371000004359010J-DSJ/2024-01048）');
    expect(retired.note).toContain('这一疑问已由该信息披露澄清');
    expect(rows.filter((r) => r.group === '起付线（第一次住院）').every((r) => r.level === 'official')).toBe(true);
    // The outpatient values still rest on reports.
    expect(rows.filter((r) => r.group.startsWith('普通门诊')).every((r) => r.level === 'reported')).toBe(true);
  });

  it('follows a parameter that changes inside its period with each later value, from the day it begins', () => {
    const rows = parameterRows(version('weihai-resident-2023'));
    const repeat = rows.filter((r) => r.group === '多次住院的起付线');
    expect(repeat.map((r) => [r.name, r.value, r.level])).toEqual([['年度内第二次及以后住院', '第3次住院起不设起付线', 'reported']]);
    expect(repeat[0]!.later).toEqual([expect.objectContaining({ from: '2024-01-01', value: '第2次住院起按 50% 计；第3次住院起不设起付线', level: 'official' })]);
    expect(repeat[0]!.later![0]!.source).toContain('威海市医疗保障局《2024年一季度……待遇支付……情况》（2024-04-10，索引号 11371000004359010J-DSJ/2024-01048）');
    const deductible = rows.find((r) => r.path === 'inpatient/deductible/tier1/2')!;
    expect([deductible.name, deductible.level, deductible.later?.map((l) => [l.from, l.level])]).toEqual(['一档缴费 · 二级医院', 'reported', [['2024-01-01', 'official']]]);
    // The rates do not change in 2024: nothing later, and the note says why.
    const rates = rows.find((r) => r.path === 'inpatient/segments/tier1/2')!;
    expect(rates.later).toBeUndefined();
    expect(rates.note).toContain('未能读出');
  });

  it('shows the residents’ grassroots outpatient rate of 2024-10-01 beside the value before it', () => {
    const row = (id: string, path: string) => {
      const r = parameterRows(version(id)).find((x) => x.path === path)!;
      return [r.name, r.value, r.level, r.later?.map((l) => [l.from, l.value, l.level])];
    };
    expect(row('jinan-resident-2024', 'outpatient-general/rate/tier1/1')).toEqual(['一档成人 · 一级及以下医院', null, 'unknown', [['2024-10-01', '65%', 'reported']]]);
    expect(row('yantai-resident-2024', 'outpatient-general/deductible/tier2/1')).toEqual(['二档缴费 · 一级及以下医院', null, 'unknown', [['2024-10-01', '0 元', 'reported']]]);
    expect(row('weihai-resident-2023', 'outpatient-general/rate/tier2/2')).toEqual(['二档缴费 · 二级医院', '50%', 'reported', undefined]);
  });

  it('has no later values for a period whose values hold throughout', () => {
    expect(parameterRows(version('weihai-employee-2024')).filter((r) => r.later)).toEqual([]);
  });

  it('lists a value that takes over later in the period under the first one: the 大病 raise from 2025', () => {
    for (const id of ['weihai-resident-2023', 'jinan-resident-2024', 'yantai-resident-2024']) {
      const rows = parameterRows(version(id));
      const perYear = rows.find((r) => r.path === 'layers/critical-illness/reward/per-year')!;
      expect(perYear.value, id).toBe('0 元');
      expect(perYear.later, id).toEqual([expect.objectContaining({ from: '2025-01-01', value: '3,000 元', level: 'reported' })]);
      expect(rows.find((r) => r.path === 'layers/critical-illness/reward/after-years')?.value).toBe('连续参保满 4 年后');
      expect(rows.find((r) => r.path === 'layers/critical-illness/reward/max-share')?.value).toBe('20%');
    }
    // 济南职工大额医疗费用补助 has bands and no maximum: no 每年最多支付 row.
    const jinan = parameterRows(version('jinan-employee-2024')).filter((r) => r.group === '补充保障');
    expect(jinan.map((r) => r.name)).toEqual(['职工大额医疗费用补助 · 分段比例']);
    expect(jinan[0]?.value).toBe('6,000 至 200,000 元部分 80%；200,000 元以上部分 90%');
  });

  it('leaves out the stand-ins for member types no source maps to a class', () => {
    const weihai = version('weihai-resident-2023');
    expect([...weihai.params.values()].some((p) => p.standIn)).toBe(true);
    expect(parameterRows(weihai).map((r) => r.path).filter((p) => p.includes('minor'))).toEqual(['members/minor']);
  });
});

describe('parameterGroups', () => {
  it('gives every row once, by group, the groups in the order they first appear', () => {
    for (const v of VERSIONS) {
      const groups = parameterGroups(v);
      expect(groups.flatMap((g) => g.rows)).toEqual(expect.arrayContaining(parameterRows(v)));
      expect(groups.flatMap((g) => g.rows)).toHaveLength(parameterRows(v).length);
      expect(groups.map((g) => g.group)).toEqual([...new Set(parameterRows(v).map((r) => r.group))]);
      for (const g of groups) expect(g.rows.every((r) => r.group === g.group)).toBe(true);
    }
  });
});
