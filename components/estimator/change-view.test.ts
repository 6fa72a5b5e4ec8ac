import { describe, expect, it } from 'vitest';
import { Dec } from '@/lib/base/money';
import { RULES } from '@/lib/rules';
import type { RuleChange } from '@/lib/what-changed';
import { changeView, sinceWords } from './change-view';

const versions = { before: RULES.versionOn('weihai', 'resident', '2023-06-01')!, after: RULES.versionOn('weihai', 'resident', '2024-06-01')! };
const repeat = { before: versions.before.params.get('inpatient/repeat')!, after: versions.after.params.get('inpatient/repeat')!, versions };

describe('changeView', () => {
  it('says since when, what changed and by how much the person pays less, with the values before and now', () => {
    const change: RuleChange = { since: '2024-01-01', before: new Dec('15400'), after: new Dec('15200'), changed: [repeat] };
    expect(changeView(change)).toEqual({
      line: '2024年起多次住院的起付线（年度内第二次及以后住院）调整：同样情况您少付 ¥200.00。',
      values: ['多次住院的起付线（年度内第二次及以后住院）：此前为“第3次住院起不设起付线”，现在为“第2次住院起按 50% 计；第3次住院起不设起付线”'],
    });
  });

  it('says 多付 when the figure rose, and 规定调整 when no one value moves it alone', () => {
    const change: RuleChange = { since: '2024-10-01', before: new Dec('100'), after: new Dec('130.5'), changed: [] };
    expect(changeView(change)).toEqual({ line: '2024年10月1日起规定调整：同样情况您多付 ¥30.50。', values: [] });
  });

  it('names a day inside a year in full', () => {
    expect([sinceWords('2025-01-01'), sinceWords('2024-07-15')]).toEqual(['2025年起', '2024年7月15日起']);
  });
});
