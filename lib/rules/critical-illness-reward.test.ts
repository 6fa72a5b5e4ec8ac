import { describe, expect, it } from 'vitest';
import { cliError, estimateClaim, figures } from '../test-support';

/**
 * Residents' 大病 maximum from 2025 (Shandong, reported: 大众新闻 via 德州新闻网): after 4 continuous years
 * of enrolment each further continuous year adds 3,000, and a year without fund payments adds 3,000 the
 * next year, the total rise at most 20 % of the city's original maximum (400,000 → at most 80,000).
 * 口径说明: continuousYears counts the years up to and including the year of the stay.
 *
 * The case: 烟台居民 一档 (2024 rules, reported), a 三级 stay of 2,000,000, all eligible:
 * 起付线 800; the fund pays 45 % up to its 180,000 cap; the personal burden of eligible cost is
 * 2,000,000 − 180,000 = 1,820,000; 大病 (threshold 14,000): 86,000 × 60 % + 100,000 × 65 % + 100,000 × 70 %
 * + 1,520,000 × 75 % = 1,326,600, far above any maximum, so 大病 pays the maximum itself.
 */
const claim = (date: string, person: Record<string, unknown> = {}) => ({
  city: 'yantai',
  scheme: 'resident',
  member: 'adult-tier1',
  date,
  hospitalLevel: 3,
  admission: 1,
  totalCost: 2000000,
  ...person,
});

const paid = (date: string, person?: Record<string, unknown>) => figures(estimateClaim(claim(date, person)));

describe('居民大病保险最高支付限额的提高（2025年起）', () => {
  it.each([
    // 10 years: 6 beyond the 4, plus a year without claims: 7 × 3,000 = 21,000 → 421,000; 个人 2,000,000 − 180,000 − 421,000
    { person: { continuousYears: 10, noClaimLastYear: true }, supplement: '421000.00', outOfPocket: '1399000.00' },
    // 5 years: 1 beyond the 4 → 3,000 → 403,000
    { person: { continuousYears: 5, noClaimLastYear: false }, supplement: '403000.00', outOfPocket: '1417000.00' },
    // exactly 4 years and claims last year: no raise
    { person: { continuousYears: 4, noClaimLastYear: false }, supplement: '400000.00', outOfPocket: '1420000.00' },
    // 0 years (just enrolled) but no claims last year: 3,000
    { person: { continuousYears: 0, noClaimLastYear: true }, supplement: '403000.00', outOfPocket: '1417000.00' },
    // 40 years: (36 + 1) × 3,000 = 111,000, above 20 % of 400,000 = 80,000 → 480,000
    { person: { continuousYears: 40, noClaimLastYear: true }, supplement: '480000.00', outOfPocket: '1340000.00' },
    // 31 years: 27 × 3,000 = 81,000, still held to 80,000
    { person: { continuousYears: 31, noClaimLastYear: false }, supplement: '480000.00', outOfPocket: '1340000.00' },
  ])('2025-01-01, $person: 大病 pays $supplement', ({ person, supplement, outOfPocket }) => {
    expect(paid('2025-01-01', person)).toEqual({ deductible: '800.00', fund: '180000.00', supplements: { 居民大病保险: supplement }, outOfPocket });
  });

  it('says how the maximum was raised in the 大病 step, and names the reported rule it rests on', () => {
    const result = estimateClaim(claim('2025-06-01', { continuousYears: 10, noClaimLastYear: true }));
    const step = result.steps.find((s) => s.key === 'layer:critical-illness')!;
    expect(step.detail).toContain('连续参保 10 年（满 4 年后又 6 年）、上一年度未发生医保报销，提高 21,000 元，为 421,000 元');
    expect(step.level).toBe('reported');
    expect(result.provenance.reported).toContain('居民大病保险·年度最高支付限额的提高');
    expect(result.year.usage.layers[0]).toMatchObject({ name: '居民大病保险', annualMax: '421000.00', paid: '421000.00' });
    expect(result.notes.find((n) => n.kind === 'interpretation' && n.title.startsWith('大病保险最高支付限额的提高'))?.text).toContain('含当年');
  });

  it('without the inputs keeps the original maximum and says what would raise it', () => {
    const result = estimateClaim(claim('2025-01-01'));
    expect(figures(result).supplements).toEqual({ 居民大病保险: '400000.00' });
    const note = result.notes.find((n) => n.title === '居民大病保险年度最高支付限额按原标准计算');
    expect(note?.kind).toBe('assumption');
    expect(note?.text).toContain('连续参保满 4 年后每多连续参保 1 年');
    expect(note?.text).toContain('各提高 3,000 元');
    expect(note?.text).toContain('20%（80,000 元）');
  });

  it('with one input only, raises for that one and says the other counted as none', () => {
    const result = estimateClaim(claim('2025-01-01', { noClaimLastYear: true }));
    expect(figures(result).supplements).toEqual({ 居民大病保险: '403000.00' });
    expect(result.notes.map((n) => n.title)).toContain('没有填写连续参保年数');
  });

  it('before 2025 nothing is raised, and inputs given are said to be unused', () => {
    const result = estimateClaim(claim('2024-12-31', { continuousYears: 10, noClaimLastYear: true }));
    expect(figures(result).supplements).toEqual({ 居民大病保险: '400000.00' });
    expect(result.notes.map((n) => n.title)).toContain('未用到连续参保年数和上一年度未发生医保报销');
    expect(estimateClaim(claim('2024-12-31')).notes.some((n) => n.title.includes('按原标准'))).toBe(false);
  });

  it('applies in every city whose residents have 大病 insurance from 2025 (济南 and 威海 too)', () => {
    // 威海居民 一档 三级 2,000,000 (2023 report): 大病 threshold 18,000, maximum 400,000; 5 years → 403,000
    const weihai = estimateClaim({ city: 'weihai', scheme: 'resident', member: 'adult-tier1', date: '2025-03-01', hospitalLevel: 3, admission: 1, totalCost: 2000000, continuousYears: 5 });
    expect(figures(weihai).supplements).toEqual({ 居民大病保险: '403000.00' });
    // 济南居民: the base table is unknown; filled in by hand (起付线 1,000, 50 %, cap 100,000), 大病 threshold 14,000, maximum 400,000.
    const jinan = estimateClaim({
      city: 'jinan',
      scheme: 'resident',
      member: 'adult-tier1',
      date: '2025-03-01',
      hospitalLevel: 3,
      admission: 1,
      totalCost: 2000000,
      noClaimLastYear: true,
      overrides: { deductible: 1000, rates: [{ upTo: null, rate: 0.5 }], fundCap: 100000 },
    });
    expect(figures(jinan).supplements).toEqual({ 居民大病保险: '403000.00' });
  });

  it('the CLI takes the two fields for residents only, and checks their form', () => {
    const employee = { city: 'yantai', scheme: 'employee', member: 'working', date: '2025-03-01', hospitalLevel: 3, admission: 1, totalCost: 1000 };
    expect(cliError({ ...employee, continuousYears: 5 }).message).toContain('连续参保年数（continuousYears）只用于居民医保');
    expect(cliError({ ...employee, noClaimLastYear: false }).message).toContain('上一年度未发生医保报销（noClaimLastYear）只用于居民医保');
    for (const bad of [-1, 2.5, '5', null]) expect(cliError(claim('2025-01-01', { continuousYears: bad })).message).toContain('连续参保年数（continuousYears）必须是不小于 0 的整数');
    expect(cliError(claim('2025-01-01', { noClaimLastYear: 'yes' })).message).toContain('上一年度未发生医保报销（noClaimLastYear）必须是 true 或 false');
  });
});
