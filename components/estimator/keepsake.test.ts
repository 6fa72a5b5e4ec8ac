import { describe, expect, it } from 'vitest';
import { Dec } from '@/lib/base/money';
import type { Bill } from '@/lib/engine/bill';
import { settleYear } from '@/lib/test-support';
import { keepsakeText } from '@/components/keep/keepsake';
import { estimateView } from './estimate-view';
import { estimateKeepsake } from './keepsake';

const bill = (date: string, totalCost: string): Bill => ({ date, hospitalLevel: 3, totalCost: new Dec(totalCost), outOfScope: new Dec(0), selfPayFirst: new Dec(0) });
const ADDRESS = 'https://example.org/weihai/resident/';

describe('estimateKeepsake and keepsakeText', () => {
  it('say the sentence, the figures, the stay, what it assumes, the rules, that it is an estimate and where it comes from', () => {
    const view = estimateView(settleYear('weihai', 'resident', 'adult-tier1', [bill('2024-06-01', '30000')], { firstOrdinal: 2 }), false);
    const change = { line: '2024年起多次住院的起付线（年度内第二次及以后住院）调整：同样情况您少付 ¥200.00。', values: [] };
    expect(keepsakeText(estimateKeepsake({ ...view, change }, 'you', ADDRESS)).split('\n')).toEqual([
      '【医保报销估算】估算，以实际结算为准',
      '这次住院医保大约付 ¥14,800.00，您自己大约付 ¥15,200.00（约占 51%）。',
      '个人负担：¥15,200.00',
      '统筹基金支付：¥14,800.00',
      '居民大病保险：¥0.00',
      '威海居民医保，一档缴费，三级医院，本年第2次住院，2024-06-01',
      '住院总费用 ¥30,000.00',
      '请注意：假设本年此前住院没有用过年度额度；含公开报道的参数。',
      '2024年起多次住院的起付线（年度内第二次及以后住院）调整：同样情况您少付 ¥200.00。',
      `所用规定：${view.version.title}；公开报道，待核实；施行期间 2023-01-01 至今`,
      `估算，以实际结算为准。${ADDRESS}`,
    ]);
  });

  it('calls the figure 最多 where a layer is left out, and says so', () => {
    const view = estimateView(settleYear('yantai', 'resident', 'adult-tier1', [bill('2020-06-01', '30000')]), false);
    const k = estimateKeepsake(view, 'you', ADDRESS);
    expect(k.figures[0]).toEqual({ label: '个人负担（最多）', amount: view.outOfPocket });
    expect(k.figures.map((f) => f.label)).not.toContain('居民大病保险');
    expect(k.assumptions).toContain('未计入居民大病保险，实际可能更少');
    expect(k.sentence).toMatch(/^这次住院医保至少付 .*，您自己最多付 /);
  });

  it('says on it that the figure rests on edited values', () => {
    const edited = [{ path: 'inpatient/segments/working/3', value: [{ upTo: null, rate: 1 }] }];
    const view = estimateView(settleYear('yantai', 'employee', 'working', [bill('2025-03-01', '22000')], { overrides: edited }), true);
    const k = estimateKeepsake(view, 'link', ADDRESS);
    expect(k.assumptions).toContain('含分享链接中修改过的参数');
    expect(k.rules).toContain('含修改过的数值');
  });
});
