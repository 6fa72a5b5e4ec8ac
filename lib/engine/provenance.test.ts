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

describe('the documents a result lists', () => {
  const numbers = (r: ReturnType<typeof estimateClaim>) => r.policy.documents.map((d: { number: string | null; title: string }) => d.number ?? d.title);

  it('are the version’s own text and those its figures used, not every text of the period', () => {
    // 威海职工 2024—2028: a stay rests on 56号 and the disclosure of 2024-04-10; 普通门诊 on 56号 (the version's own text) and a report.
    const stay = estimateClaim({ city: 'weihai', scheme: 'employee', member: 'working', date: '2025-06-01', hospitalLevel: 2, admission: 1, totalCost: 20000 });
    expect(numbers(stay)).toEqual(['威医保发〔2023〕56号', '2024年一季度……待遇支付……情况']);
    const outpatient = estimateClaim({ city: 'weihai', scheme: 'employee', member: 'working', date: '2025-06-01', benefit: 'outpatient-general', hospitalLevel: 2, totalCost: 2000 });
    expect(numbers(outpatient)).toEqual(['威医保发〔2023〕56号', '转载页面：威海职工医保普通门诊统筹（2023年）']);
    // Out of town, the report of the share paid first too.
    const away = estimateClaim({ city: 'weihai', scheme: 'employee', member: 'working', date: '2025-06-01', hospitalLevel: 2, admission: 1, totalCost: 20000, away: 'temporary-in-province' });
    expect(numbers(away).at(-1)).toContain('异地就医临时外出');
  });

  it('leave out a text whose values are not yet in force on the stay’s date', () => {
    // 烟台居民 2024+: the 2025 report of the raised 大病 maximum counts from 2025 on, and only for a person whose inputs raise it.
    const claim = { city: 'yantai', scheme: 'resident', member: 'adult-tier1', hospitalLevel: 3, admission: 1, totalCost: 200000, continuousYears: 8 };
    const reward = (r: ReturnType<typeof estimateClaim>) => numbers(r).some((n: string) => n.includes('2025年起山东居民大病保险最高支付限额'));
    expect(reward(estimateClaim({ ...claim, date: '2024-06-01' }))).toBe(false);
    expect(reward(estimateClaim({ ...claim, date: '2025-06-01' }))).toBe(true);
  });
});
