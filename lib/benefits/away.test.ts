import { describe, expect, it } from 'vitest';
import { estimateClaim, refusal } from '../test-support';

/** 异地就医: each mode, on inpatient and outpatient bills, with the hand arithmetic in comments. */

const stay = (c: Record<string, unknown>) => ({ date: '2025-06-01', hospitalLevel: 3, admission: 1, totalCost: 20000, ...c });
const figures = (r: ReturnType<typeof estimateClaim>) => [r.deductible, r.fundPayment, r.outOfPocket];

describe('威海、烟台：临时外出个人先行负担10%，其余按本市规定', () => {
  const weihai = (away?: string) => estimateClaim(stay({ city: 'weihai', scheme: 'employee', member: 'working', ...(away ? { away } : {}) }));

  it.each(['temporary-in-province', 'temporary-out-of-province'])('%s', (away) => {
    // 先行负担 20000 × 10% = 2000；其余 18000：(10000 − 900) × 80% + 8000 × 88% = 7280 + 7040 = 14320；个人 5680
    const r = weihai(away);
    expect(figures(r)).toEqual(['900.00', '14320.00', '5680.00']);
    expect(r.steps.find((s) => s.key === 'awayFirstShare')).toMatchObject({ amount: '2000.00', level: 'reported' });
    expect(r.notes.map((n) => n.title)).toContain('临时外出就医的规定可能已调整');
  });

  it('本地和已备案：按本市规定，不先行负担', () => {
    // (10000 − 900) × 80% + 10000 × 88% = 16080
    expect(figures(weihai())).toEqual(['900.00', '16080.00', '3920.00']);
    const registered = weihai('registered');
    expect(figures(registered)).toEqual(['900.00', '16080.00', '3920.00']);
    expect(registered.notes.map((n) => n.title)).toContain('异地长期居住已备案');
  });

  it('试算：先行负担改为20%', () => {
    // 先行负担 4000；其余 16000：7280 + 6000 × 88% = 12560
    const r = estimateClaim(stay({ city: 'weihai', scheme: 'employee', member: 'working', away: 'temporary-in-province', overrides: [{ path: 'weihai/employee/away/temporary-in-province/first-share', value: 0.2 }] }));
    expect(figures(r)).toEqual(['900.00', '12560.00', '7440.00']);
    expect(r.provenance.user).toContain('临时外出，在山东省内·个人先行负担比例');
  });

  it('also on outpatient bills (威海职工普通门诊)', () => {
    // 先行负担 3000 × 10% = 300；其余 2700：(2700 − 500) × 60% = 1320
    const r = estimateClaim({ benefit: 'outpatient-general', city: 'weihai', scheme: 'employee', member: 'working', date: '2025-06-01', hospitalLevel: 2, totalCost: 3000, away: 'temporary-out-of-province' });
    expect(r.fundPayment).toBe('1320.00');
  });
});

describe('济南：比例降低', () => {
  it('职工：省内不降低，省外降低10个百分点', () => {
    const jinan = (away: string) => estimateClaim(stay({ city: 'jinan', scheme: 'employee', member: 'working', away })).fundPayment;
    // 省内：(10000 − 1000) × 85% + 10000 × 88% = 7650 + 8800 = 16450
    // 省外：9000 × 75% + 10000 × 78% = 6750 + 7800 = 14550
    expect([jinan('temporary-in-province'), jinan('temporary-out-of-province')]).toEqual(['16450.00', '14550.00']);
  });

  it('居民：省内外都降低10个百分点（基础比例需要填写）', () => {
    // 填写一档三级：起付线 1000，55%，限额 200000；临时外出 45%：(50000 − 1000) × 45% = 22050
    const overrides = { deductible: 1000, rates: [{ upTo: null, rate: 0.55 }], fundCap: 200000 };
    const r = estimateClaim(stay({ city: 'jinan', scheme: 'resident', member: 'adult-tier1', totalCost: 50000, away: 'temporary-in-province', overrides }));
    expect(r.fundPayment).toBe('22050.00');
  });
});

it('烟台 2018—2022：临时外出的规定没有来源，说明缺什么', () => {
  const error = refusal(stay({ city: 'yantai', scheme: 'employee', member: 'working', date: '2020-06-01', away: 'temporary-in-province' }));
  expect(error.code).toBe('unknown-parameter');
  expect(error.message).toContain('没有临时外出，在山东省内就医的规定');
});
