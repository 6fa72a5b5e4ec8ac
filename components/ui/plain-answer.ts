import { Dec } from '@/lib/base/money';
import type { Provenance } from '@/lib/engine/provenance';
import { formatYuan } from './format';
import type { EditsFrom } from './result-parts';

/**
 * The answer in a person's words: one sentence of who pays what, and what the figure takes for
 * granted, said with the figure wherever it goes (beside it, in the phone's bar, in the picture and the
 * text to send), not only in the notes. Pure: the pages, the picture and the tests build the same words.
 */

/** What a figure rests on beyond the rules as written. */
export interface AnswerBasis {
  /** Not the year's first stay, and no earlier stay given: the year's limits taken as unused. */
  earlierAssumed: boolean;
  /** Supplementary layers the sources give no rule for, left out: the 个人负担 is at most this. */
  leftOut: readonly string[];
  /** Events of the year no source computes, left out of its totals (the planner's), in words: 第2次就医（门诊慢特病）. */
  skipped?: readonly { title: string }[];
  provenance: Provenance;
}

/**
 * One assumption: in full beside the figure and in what is sent, in a few words where room is short (the
 * phone's bar). `level`: it says the level of some values, which the badges beside the figure say already.
 */
export interface Assumption {
  text: string;
  short: string;
  level?: true;
}

export function assumptionsOf({ earlierAssumed, leftOut, skipped = [], provenance: p }: AnswerBasis, editsFrom: EditsFrom): Assumption[] {
  const titles = skipped.map((s) => s.title).join('、');
  const said: (Assumption | false)[] = [
    skipped.length > 0 && { text: `未计入无法估算的${titles}`, short: `未计入${titles}` },
    earlierAssumed && { text: '假设本年此前住院没有用过年度额度', short: '假设此前住院没用过额度' },
    leftOut.length > 0 && { text: `未计入${leftOut.join('、')}，实际可能更少`, short: `未计入${leftOut.join('、')}` },
    p.user.length > 0 && (editsFrom === 'link' ? { text: '含分享链接中修改过的参数', short: '含修改过的参数', level: true } : { text: '含您填写或修改的参数', short: '含您填写的参数', level: true }),
    !!p.draft?.length && { text: '含征求意见稿中的参数', short: '含征求意见稿参数', level: true },
    p.reported.length > 0 && { text: '含公开报道的参数', short: '含公开报道参数', level: true },
    !!p.interpretation?.length && { text: '含按口径说明采用的参数', short: '含口径说明参数', level: true },
  ];
  return said.filter((a): a is Assumption => a !== false);
}

/** 个人负担 as a whole percent of the bill, in words: "约占 51%"; "不到 1%" rather than 0 for a figure above nothing. */
export function shareWords(part: string, total: string): string | null {
  const whole = new Dec(total);
  if (whole.isZero()) return null;
  const exact = new Dec(part).dividedBy(whole).times(100);
  const rounded = exact.toDecimalPlaces(0, Dec.ROUND_HALF_UP);
  if (rounded.isZero() && !exact.isZero()) return '不到 1%';
  if (rounded.equals(100) && exact.lessThan(100)) return '超过 99%';
  return `约占 ${rounded.toString()}%`;
}

/**
 * "这次住院医保大约付 ¥14,600.00，您自己大约付 ¥15,400.00（约占 51%）。" — `what` names the event
 * (这次住院, 这次门诊慢特病就诊, 本年 3 次住院); with a layer left out the funds pay at least, the person at most.
 */
export function plainSentence({ what, funds, own, total, atMost }: { what: string; funds: string; own: string; total: string; atMost: boolean }): string {
  const share = shareWords(own, total);
  const [paid, pays] = atMost ? ['至少付', '最多付'] : ['大约付', '大约付'];
  return `${what}医保${paid} ${formatYuan(funds)}，您自己${pays} ${formatYuan(own)}${share ? `（${share}）` : ''}。`;
}
