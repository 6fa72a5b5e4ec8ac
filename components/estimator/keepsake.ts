import { formatYuan } from '@/components/ui/format';
import { assumptionsOf } from '@/components/ui/plain-answer';
import type { EditsFrom } from '@/components/ui/result-parts';
import { rulesLine, type Keepsake } from '@/components/keep/keepsake';
import { estimateSentence, type EstimateView } from './estimate-view';

/** The estimate to keep and send: the sentence, 个人负担 (最多 with a layer left out) and what the funds pay, the stay, what it assumes, the rules. */
export function estimateKeepsake(view: EstimateView, editsFrom: EditsFrom, address: string): Keepsake {
  return {
    title: '医保报销估算',
    sentence: estimateSentence(view),
    figures: [
      { label: view.leftOut.length ? '个人负担（最多）' : '个人负担', amount: view.outOfPocket },
      { label: '统筹基金支付', amount: view.fund },
      ...view.supplements.map((s) => ({ label: s.name, amount: s.amount })),
    ],
    facts: [`${view.where}，${view.member}，${view.event}，${view.date}`, `${view.totalLabel} ${formatYuan(view.totalCost)}`],
    assumptions: assumptionsOf(view, editsFrom).map((a) => a.text),
    ...(view.change ? { change: view.change.line } : {}),
    rules: rulesLine(view.version, view.userValues),
    address,
  };
}
