import { describe, expect, it } from 'vitest';
import { Dec, sum } from '@/lib/base/money';
import type { Bill } from '@/lib/engine/bill';
import { settleYear } from '@/lib/test-support';
import { listedNotes } from '@/components/ui/once';
import { estimateView } from './estimate-view';

const bill = (totalCost: string, outOfScope = '0'): Bill => ({
  date: '2025-06-01',
  hospitalLevel: 3,
  totalCost: new Dec(totalCost),
  outOfScope: new Dec(outOfScope),
  selfPayFirst: new Dec(0),
});

describe('estimateView', () => {
  it('splits the whole bill between fund, supplements and the person', () => {
    const result = settleYear('yantai', 'employee', 'working', [bill('600000', '10000')]);
    const view = estimateView(result, false);
    expect(view.split.map((p) => p.key)).toEqual(['fund', 'supplements', 'you']);
    expect(sum(view.split.map((p) => new Dec(p.amount))).toFixed(2)).toBe(view.totalCost);
    expect(view.split.find((p) => p.key === 'supplements')?.amount).not.toBe('0.00');
    for (const p of view.split) expect(p.percent).toMatch(/^\d{1,3}\.\d$/);
    expect(view.outOfPocket).toBe(view.split[2]?.amount);
  });

  it('shows a zero bill without dividing by zero', () => {
    const view = estimateView(settleYear('yantai', 'employee', 'working', [bill('0')]), false);
    expect(view.split.map((p) => p.percent)).toEqual(['0.0', '0.0', '0.0']);
  });

  it('carries every step with its source in words, and the version with its documents', () => {
    const result = settleYear('yantai', 'resident', 'minor', [bill('30000')]);
    const view = estimateView(result, false);
    expect(view.steps[0]).toEqual({ label: '医疗总费用', amount: '30000.00', source: '您填写的费用' });
    expect(view.steps.find((s) => s.label.startsWith('起付线'))?.source).toMatch(/公开报道/);
    expect(view.version.level).toBe('reported');
    expect(view.version.documents.length).toBeGreaterThan(0);
    expect(view.provenance).toMatchObject({ level: 'reported', anyOfficial: false });
    expect(view.provenance.reported).toContain('二档缴费·三级医院·分段支付比例');
    expect(view.interpretations.length).toBe(result.interpretations.length);
  });

  it('lists each note once, and not those the figure carries beside it', () => {
    // 威海居民 2025 on a 2023 report: what the figures rest on and that the rule may have changed go beside the figure;
    // the 大病 maximum kept at the original (no years of enrolment given) is a note of its own.
    const result = settleYear('weihai', 'resident', 'adult-tier1', [bill('20000'), bill('30000')]);
    expect(result.notes.filter((n) => n.topic).map((n) => n.topic)).toEqual(['provenance', 'freshness']);
    const view = estimateView(result, false);
    expect(view.notes.some((n) => n.topic)).toBe(false);
    expect(view.freshness.map((n) => n.title)).toEqual(['规定可能已调整']);
    const [first, ...rest] = view.notes;
    expect(listedNotes([...result.notes, first!, ...rest, { ...first! }])).toEqual(view.notes);
  });

  it('says a layer no source gives is left out, and does not draw it as paying nothing', () => {
    // 烟台居民 2018: 居民大病保险, its only layer, has no known bands.
    const view = estimateView(settleYear('yantai', 'resident', 'adult-tier1', [{ ...bill('30000'), date: '2020-06-01' }]), false);
    expect(view.leftOut).toEqual(['居民大病保险']);
    expect(view.split.map((p) => p.key)).toEqual(['fund', 'you']);
    expect(view.funds).toBe(view.fund);
    // 烟台职工: 大额救助金 pays and is drawn; 职工大病保险 is left out beside it.
    const employee = estimateView(settleYear('yantai', 'employee', 'working', [bill('300000')]), false);
    expect(employee.leftOut).toEqual(['职工大病保险']);
    expect(employee.split.map((p) => p.key)).toEqual(['fund', 'supplements', 'you']);
    // 威海职工 pays its 大额补助 on the same bill: nothing left out, the supplements drawn even at 0.
    const weihai = estimateView(settleYear('weihai', 'employee', 'working', [bill('30000')]), false);
    expect(weihai.leftOut).toEqual([]);
    expect(weihai.split.map((p) => p.key)).toEqual(['fund', 'supplements', 'you']);
  });

  it('takes the year’s limits as unused only for a stay after others not given', () => {
    const second = estimateView(settleYear('weihai', 'resident', 'adult-tier1', [bill('30000')], { firstOrdinal: 2 }), false);
    expect(second.earlierAssumed).toBe(true);
    expect(second.what).toBe('这次住院');
    expect(second.funds).toBe(new Dec(second.fund).plus(second.supplements.reduce((s, x) => s.plus(x.amount), new Dec(0))).toFixed(2));
    const both = estimateView(settleYear('weihai', 'resident', 'adult-tier1', [bill('20000'), bill('30000')]), false);
    expect(both.earlierAssumed).toBe(false);
    expect(estimateView(settleYear('weihai', 'resident', 'adult-tier1', [bill('30000')]), false).earlierAssumed).toBe(false);
  });
});
