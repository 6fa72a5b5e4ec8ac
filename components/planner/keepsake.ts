import { formatYuan } from '@/components/ui/format';
import { assumptionsOf } from '@/components/ui/plain-answer';
import type { EditsFrom } from '@/components/ui/result-parts';
import { rulesLine, type Keepsake } from '@/components/keep/keepsake';
import { planSentence, type PlanView } from './plan-view';

/** The year to keep and send: the sentence, the year's totals, each event with its 个人负担, what it assumes, the rules. */
export function planKeepsake(view: PlanView, editsFrom: EditsFrom, address: string): Keepsake {
  return {
    title: '全年医保报销估算',
    sentence: planSentence(view),
    figures: [
      { label: view.leftOut.length ? '全年个人负担（最多）' : '全年个人负担', amount: view.totals.outOfPocket },
      { label: '统筹基金支付合计', amount: view.totals.fund },
      ...view.totals.supplements.map((s) => ({ label: `${s.name}合计`, amount: s.amount })),
      { label: '医疗总费用合计', amount: view.totals.totalCost },
    ],
    facts: [
      `${view.member}，本年共 ${view.count}`,
      ...view.events.map((e) => `${e.title}（${e.date}${e.grade ? `，${e.grade}` : ''}）：${e.totalLabel} ${formatYuan(e.totalCost)}，个人负担 ${formatYuan(e.outOfPocket)}`),
    ],
    assumptions: assumptionsOf(view, editsFrom).map((a) => a.text),
    rules: rulesLine(view.version, view.userValues),
    address,
  };
}
