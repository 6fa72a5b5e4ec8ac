import { describe, expect, it } from 'vitest';
import { Dec } from '../base/money';
import { estimateClaim, settleYear } from '../test-support';
import { futureNote } from './provenance';

const titles = (r: ReturnType<typeof estimateClaim>) => r.notes.filter((n) => n.kind === 'warning').map((n) => n.title);

describe('freshness', () => {
  it.each([
    // 济南职工 rests on a page of 2024-04-03 only: a year later the rule may have changed
    ['2025-04-03', false],
    ['2025-04-04', true],
  ])('济南职工 %s：提示 %s', (date, stale) => {
    const r = estimateClaim({ city: 'jinan', scheme: 'employee', member: 'working', date, hospitalLevel: 2, admission: 1, totalCost: 20000 });
    expect(titles(r).includes('规定可能已调整')).toBe(stale);
  });

  it('an official text vouches for its rules until its last day in force (烟台 2018—2022)', () => {
    const r = estimateClaim({ city: 'yantai', scheme: 'employee', member: 'working', date: '2022-12-31', hospitalLevel: 3, admission: 1, totalCost: 20000 });
    expect(titles(r)).not.toContain('规定可能已调整');
    expect(r.provenance.level).toBe('official');
  });

  it('names every year and kind of source that is out of date', () => {
    // 烟台职工 2024+: deductibles from the 2025-11-19 Q&A (fresh until 2026-11-19), rates from 2024-07-29, the cap from 2023-06
    const r = estimateClaim({ city: 'yantai', scheme: 'employee', member: 'working', date: '2026-11-19', hospitalLevel: 3, admission: 1, totalCost: 20000 });
    const note = r.notes.find((n) => n.title === '规定可能已调整')!;
    expect(note.text).toContain('本估算按 2023、2024 年公开报道的规定计算，2026 年的规定可能已调整');
    expect(note.text).not.toContain('起付线');
  });

  it.each([
    ['2027-12-01', false],
    ['2027-12-02', true],
  ])('a stay on %s, today 2026-12-01: far ahead %s', (date, far) => {
    expect(futureNote([date], '2026-12-01') !== null).toBe(far);
  });

  it('warns in the year result when a stay is dated more than a year after today', () => {
    const admissions = [{ date: '2099-01-01', hospitalLevel: 3 as const, totalCost: new Dec(1000), outOfScope: new Dec(0), selfPayFirst: new Dec(0) }];
    const result = settleYear('jinan', 'employee', 'working', admissions, { today: '2026-12-01' });
    expect(result.notes.find((n) => n.title === '住院日期在一年以后')?.text).toContain('2099-01-01 比今天（2026-12-01）晚一年以上');
  });
});

describe('provenance', () => {
  it('names the values the person typed', () => {
    const r = estimateClaim({
      city: 'jinan',
      scheme: 'resident',
      member: 'adult-tier1',
      date: '2025-03-01',
      hospitalLevel: 3,
      admission: 1,
      totalCost: 50000,
      overrides: { deductible: 1000, rates: [{ upTo: null, rate: 0.55 }], fundCap: 200000 },
    });
    expect(r.provenance).toEqual({
      level: 'user',
      anyOfficial: false,
      reported: ['多次住院的起付线规则', '居民大病保险'],
      user: ['一档成人·三级医院·起付线', '一档成人·三级医院·分段支付比例', '一档成人·统筹基金年度最高支付限额'],
    });
  });
});
