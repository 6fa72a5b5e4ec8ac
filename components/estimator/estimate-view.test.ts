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
});
