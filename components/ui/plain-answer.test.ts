import { describe, expect, it } from 'vitest';
import type { Provenance } from '@/lib/engine/provenance';
import { assumptionsOf, plainSentence, shareWords } from './plain-answer';

const official: Provenance = { level: 'official', anyOfficial: true, reported: [], user: [] };

describe('plainSentence', () => {
  it('says who pays what, and the person’s share in whole percent', () => {
    expect(plainSentence({ what: '这次住院', funds: '14600', own: '15400', total: '30000', atMost: false })).toBe(
      '这次住院医保大约付 ¥14,600.00，您自己大约付 ¥15,400.00（约占 51%）。',
    );
    // 12,125 / 40,000 = 30.3125 %
    expect(plainSentence({ what: '这次门诊慢特病就诊', funds: '27875', own: '12125', total: '40000', atMost: false })).toBe(
      '这次门诊慢特病就诊医保大约付 ¥27,875.00，您自己大约付 ¥12,125.00（约占 30%）。',
    );
  });

  it('says 至少 and 最多 when a layer is left out', () => {
    expect(plainSentence({ what: '本年 2 次住院', funds: '1000', own: '3000', total: '4000', atMost: true })).toBe('本年 2 次住院医保至少付 ¥1,000.00，您自己最多付 ¥3,000.00（约占 75%）。');
  });

  it('leaves the share out of a bill of nothing', () => {
    expect(plainSentence({ what: '这次住院', funds: '0', own: '0', total: '0', atMost: false })).toBe('这次住院医保大约付 ¥0.00，您自己大约付 ¥0.00。');
  });
});

describe('shareWords', () => {
  it('rounds half up to a whole percent, never to 0 % or 100 % of a part that is neither', () => {
    expect(shareWords('505', '1000')).toBe('约占 51%');
    expect(shareWords('504.99', '1000')).toBe('约占 50%');
    expect(shareWords('1', '1000')).toBe('不到 1%');
    expect(shareWords('999.99', '1000')).toBe('超过 99%');
    expect(shareWords('1000', '1000')).toBe('约占 100%');
    expect(shareWords('0', '1000')).toBe('约占 0%');
  });
});

describe('assumptionsOf', () => {
  it('says nothing of a first stay on official rules', () => {
    expect(assumptionsOf({ earlierAssumed: false, leftOut: [], provenance: official }, 'you')).toEqual([]);
  });

  it('names the earlier stays taken as unused, the layer left out and every level below official, in that order', () => {
    const provenance: Provenance = { level: 'user', anyOfficial: true, reported: ['起付线'], user: ['分段比例'], draft: ['x'], interpretation: ['y'] };
    const said = assumptionsOf({ earlierAssumed: true, leftOut: ['职工大病保险'], provenance }, 'link');
    expect(said.map((a) => a.text)).toEqual([
      '假设本年此前住院没有用过年度额度',
      '未计入职工大病保险，实际可能更少',
      '含分享链接中修改过的参数',
      '含征求意见稿中的参数',
      '含公开报道的参数',
      '含按口径说明采用的参数',
    ]);
    expect(assumptionsOf({ earlierAssumed: false, leftOut: [], provenance }, 'you')[0]?.text).toBe('含您填写或修改的参数');
  });
});
