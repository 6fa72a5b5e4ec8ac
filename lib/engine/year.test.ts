import { describe, expect, it } from 'vitest';
import { EstimateError } from '../base/errors';
import { Dec } from '../base/money';
import { estimateClaim, settleYear } from '../test-support';
import type { Bill } from './bill';

/** Mechanics of the pipeline that no single version's table shows. */

const bill = (date: string, total: number, extra: Partial<Bill> = {}): Bill => ({
  date,
  hospitalLevel: 3,
  totalCost: new Dec(total),
  outOfScope: new Dec(0),
  selfPayFirst: new Dec(0),
  ...extra,
});

describe('estimateYear', () => {
  it('lists the steps in settlement-slip order', () => {
    const result = estimateClaim({ city: 'weihai', scheme: 'resident', member: 'adult-tier2', date: '2025-01-01', hospitalLevel: 3, admission: 1, totalCost: 120000, outOfScope: 1000, selfPayFirst: 2000 });
    expect(result.steps.map((s) => s.key)).toEqual([
      'total',
      'outOfScope',
      'selfPayFirst',
      'eligible',
      'deductible',
      'segment',
      'segment',
      'cap',
      'fund',
      'layer:critical-illness',
      'outOfPocket',
    ]);
    expect(result.steps.filter((s) => s.key === 'segment').map((s) => s.label)).toEqual([
      '起付线至40,000元部分：39,200.00 × 55%',
      '40,000元至117,000元部分：77,000.00 × 70%',
    ]);
  });

  it('says that earlier admissions are assumed to have used nothing when they are not given', () => {
    const result = estimateClaim({ city: 'yantai', scheme: 'employee', member: 'working', date: '2025-06-01', hospitalLevel: 3, admission: 3, totalCost: 5000 });
    expect(result.deductible).toBe('0.00');
    expect(result.notes.some((n) => n.kind === 'assumption' && n.text.includes('此前住院未使用'))).toBe(true);
  });

  it('names the default level-1 grade when the version distinguishes several', () => {
    const result = estimateClaim({ city: 'weihai', scheme: 'resident', member: 'adult-tier1', date: '2025-06-01', hospitalLevel: 1, admission: 1, totalCost: 5000 });
    expect(result.notes.find((n) => n.title.includes('一级及以下'))?.text).toContain('基层医疗机构');
  });

  it('returns every interpretation of the version as a 口径说明', () => {
    const result = estimateClaim({ city: 'weihai', scheme: 'employee', member: 'working', date: '2025-06-01', hospitalLevel: 3, admission: 1, totalCost: 500 });
    const titles = result.notes.filter((n) => n.kind === 'interpretation').map((n) => n.title);
    expect(titles).toEqual(expect.arrayContaining(['24万元是年度政策范围内费用的额度', '大额补助“个人负担”的范围']));
  });

  it('refuses a year whose admissions fall under different versions', () => {
    expect(() => settleYear('yantai', 'employee', 'working', [bill('2022-06-01', 1000), bill('2024-03-01', 1000)])).toThrowError(
      expect.objectContaining({ code: 'mixed-versions' }),
    );
  });

  it('refuses parts larger than the total even when called without the claim schema', () => {
    const admissions = [bill('2022-06-01', 1000, { outOfScope: new Dec(800), selfPayFirst: new Dec(300) })];
    expect(() => settleYear('yantai', 'employee', 'working', admissions)).toThrowError(EstimateError);
  });

  it('refuses an empty year', () => {
    expect(() => settleYear('yantai', 'employee', 'working', [])).toThrowError(EstimateError);
  });
});
