import { describe, expect, it } from 'vitest';
import { Dec } from './base/money';
import type { Bill } from './engine/bill';
import { estimateYear } from './engine/year';
import type { Override } from './model/overrides';
import type { CityId, MemberId, SchemeId } from './model/types';
import { RULES } from './rules';
import { latestChange, type CaseOn } from './what-changed';

/** One stay of the year, the n-th, at a grade: the case as the estimator settles it. */
function stay(city: CityId, scheme: SchemeId, member: MemberId, date: string, ordinal: number, hospitalLevel: 1 | 2 | 3, total: string, overrides: Override[] = []) {
  const caseOn: CaseOn = (_, day) => ({ member, admissions: [{ date: day, hospitalLevel, totalCost: new Dec(total), outOfScope: new Dec(0), selfPayFirst: new Dec(0) } satisfies Bill], firstOrdinal: ordinal });
  const current = estimateYear(caseOn(RULES.versionOn(city, scheme, date)!, date), RULES.rulebook(city, scheme, overrides));
  return latestChange(RULES, city, scheme, overrides, caseOn, current);
}

describe('latestChange', () => {
  it('威海居民 second stay at a 三级 hospital: the deductible halved from 2024, 800 → 400, so 400 × 50 % less', () => {
    // 一档 三级: 50 % above the deductible. 2023: (30,000 − 800) × 50 % = 14,600 from the fund, 15,400 left;
    // 2024: (30,000 − 400) × 50 % = 14,800, 15,200 left.
    const change = stay('weihai', 'resident', 'adult-tier1', '2024-06-01', 2, 3, '30000');
    expect(change).not.toBeNull();
    expect(change!.since).toBe('2024-01-01');
    expect([change!.before.toFixed(2), change!.after.toFixed(2)]).toEqual(['15400.00', '15200.00']);
    expect(change!.changed.map((c) => c.after.path)).toEqual(['inpatient/repeat']);
    expect(change!.changed[0]!.before.value).toEqual([{ from: 3, factor: 0 }]);
  });

  it('steps over later rules that do not move this case (2024-10 and 2025 change other things) back to the change that does', () => {
    const change = stay('weihai', 'resident', 'adult-tier1', '2026-03-01', 2, 3, '30000');
    expect(change?.since).toBe('2024-01-01');
    expect(change?.before.minus(change.after).toFixed(2)).toBe('200.00');
  });

  it('says nothing when the figure is the same under the earlier rules, or no earlier rules are known', () => {
    // A first stay: the repeat rule is not read.
    expect(stay('weihai', 'resident', 'adult-tier1', '2024-06-01', 1, 3, '30000')).toBeNull();
    // 威海居民's first rules begin in 2023; 威海职工's in 2024.
    expect(stay('weihai', 'resident', 'adult-tier1', '2023-06-01', 2, 3, '30000')).toBeNull();
    expect(stay('weihai', 'employee', 'working', '2025-06-01', 2, 3, '30000')).toBeNull();
    // 烟台 has no rules for 2023: the 2024 rules are not compared with 2018's.
    expect(stay('yantai', 'employee', 'working', '2024-06-01', 2, 3, '30000')).toBeNull();
  });

  it('keeps the person’s own values on both sides: an edited repeat rule is the same before and after', () => {
    const edit = [{ path: 'inpatient/repeat', value: [{ from: 2, factor: 0.5 }, { from: 3, factor: 0 }] }];
    expect(stay('weihai', 'resident', 'adult-tier1', '2024-06-01', 2, 3, '30000', edit)).toBeNull();
  });
});
