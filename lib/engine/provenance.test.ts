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

  it('never shows a level above the lowest one the figure used: 灵活就业 treated as 在职 is a 口径说明, not an official value', () => {
    // 烟台职工 2018—2022 (official text): the same bill, 在职 and 灵活就业 alike (起付线 800, 三级)
    const claim = { city: 'yantai', scheme: 'employee', date: '2020-06-01', hospitalLevel: 3, admission: 1, totalCost: 20000 };
    const working = estimateClaim({ ...claim, member: 'working' });
    const flexible = estimateClaim({ ...claim, member: 'flexible' });
    expect(flexible.outOfPocket).toBe(working.outOfPocket);
    expect(working.provenance).toEqual({ level: 'official', anyOfficial: true, reported: [], user: [] });
    expect(working.policy.level).toBe('official');
    expect(flexible.provenance).toEqual({ level: 'interpretation', anyOfficial: true, reported: [], user: [], interpretation: ['灵活就业按“在职职工”待遇'] });
    expect(flexible.policy.level).toBe('interpretation');
    expect(flexible.notes.find((n) => n.title === '部分按口径说明计算')?.text).toContain('不是官方数值');
  });

  it('gives the policy the level of the least trusted source its figures used, not its own text’s alone', () => {
    // 威海职工 2024—2028: 56号 and the 2024-04-10 disclosure are official; the 普通门诊 values come from a report.
    const stay = estimateClaim({ city: 'weihai', scheme: 'employee', member: 'retired', date: '2025-06-01', hospitalLevel: 2, admission: 1, totalCost: 20000 });
    expect([stay.provenance.level, stay.policy.level]).toEqual(['official', 'official']);
    const r = estimateClaim({ city: 'weihai', scheme: 'employee', member: 'retired', date: '2025-06-01', benefit: 'outpatient-general', hospitalLevel: 2, totalCost: 2000 });
    expect(r.provenance.reported.length).toBeGreaterThan(0);
    expect(r.policy.level).toBe('reported');
    expect(r.policy.documents.some((d: { level: string }) => d.level === 'official')).toBe(true);
    // Below the deductible the fund pays nothing and only official values are used: official.
    const low = estimateClaim({ city: 'weihai', scheme: 'employee', member: 'working', date: '2025-06-01', hospitalLevel: 3, admission: 1, totalCost: 800 });
    expect([low.provenance.level, low.policy.level]).toEqual(['official', 'official']);
  });

  it('shows a reported figure with the person’s edits at user, and its policy at reported', () => {
    const r = estimateClaim({ city: 'jinan', scheme: 'employee', member: 'flexible', date: '2025-03-01', hospitalLevel: 3, admission: 1, totalCost: 20000, overrides: { deductible: 900 } });
    expect(r.provenance.level).toBe('user');
    expect(r.provenance.interpretation).toEqual(['灵活就业按“在职职工”待遇']);
    expect(r.policy.level).toBe('interpretation');
  });
});
