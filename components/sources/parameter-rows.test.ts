import { describe, expect, it } from 'vitest';
import { VERSIONS } from '@/lib/rules';
import { bandsText, coverageText, parameterRows, repeatText, segmentsText } from './parameter-rows';

describe('parameter texts', () => {
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

  it('tells a fund cap from an eligible-cost band', () => {
    expect(coverageText({ kind: 'fundCap', amount: 250000 })).toBe('统筹基金每年最多支付 250,000 元');
    expect(coverageText({ kind: 'eligibleBand', amount: 240000 })).toBe('每年政策范围内费用 240,000 元以内由统筹基金按比例支付');
  });

  it('reads supplementary bands with their annual maximum', () => {
    expect(bandsText([{ from: 18000, to: 100000, rate: 0.7 }, { from: 100000, to: null, rate: 0.8 }], 500000)).toBe(
      '18,000 至 100,000 元部分 70%；100,000 元以上部分 80%；每年最多 500,000 元',
    );
  });
});

describe('parameterRows', () => {
  it('lists every parameter of every version with a level and a source', () => {
    for (const version of VERSIONS) {
      const rows = parameterRows(version);
      expect(rows.filter((r) => r.group === '人员类别对应的待遇')).toHaveLength(Object.keys(version.members).length);
      expect(rows.filter((r) => r.group === '补充保障')).toHaveLength(version.layers.length);
      for (const r of rows) {
        expect(r.source).not.toBe('');
        expect(r.value === null).toBe(r.level === 'unknown');
      }
    }
  });

  it('marks what no source gives, with the reason', () => {
    const jinan = VERSIONS.find((v) => v.id === 'jinan-resident-2024')!;
    const rates = parameterRows(jinan).filter((r) => r.group === '统筹基金支付比例');
    expect(rates).toHaveLength(12);
    for (const r of rates) {
      expect(r.value).toBeNull();
      expect(r.note).toContain('12393');
    }
  });

  it('gives the Weihai employee rates as reported, beside the official deductibles', () => {
    const weihai = VERSIONS.find((v) => v.id === 'weihai-employee-2024')!;
    const rows = parameterRows(weihai);
    const rates = rows.filter((r) => r.group === '统筹基金支付比例');
    expect(rates.map((r) => r.level)).toEqual(Array(6).fill('reported'));
    expect(rates.find((r) => r.name === '退休人员 · 二级医院')?.value).toBe('起付线至 10,000 元部分 92.5%；10,000 至 40,000 元部分 95%；40,000 元以上部分 90%');
    expect(rows.filter((r) => r.group === '起付线（第一次住院）').every((r) => r.level === 'official')).toBe(true);
  });
});
