import { EstimateError } from '../base/errors';
import { sum, yuan, type Dec } from '../base/money';
import type { Grade } from '../model/types';
import { usageAfter, type EventResult, type SettleContext, type Usage } from './benefit';
import type { Bill } from './bill';
import type { LayerPayment } from './layers';
import { SLIP_ORDER, SettledStep, type Note, type SlipLine, type SlipLines, type Step } from './steps';

/**
 * The settlement slip every benefit writes. Its lines stand in the order a slip prints them
 * (SLIP_ORDER), whatever the order a benefit works them out in (the deductible applied is known only
 * once the fund's cover is): a benefit fills the lines its rules have. It opens with 医疗总费用 →
 * 全自费 → 先行自付 → 政策范围内费用 and closes with 个人负担 and the event's result, the same for every benefit.
 */

const RANK = Object.fromEntries(SLIP_ORDER.map((line, i) => [line, i])) as Record<SlipLine, number>;

/** What a benefit settled, for the slip's last line and the event's result. */
export interface Closing {
  benefit: string;
  grade?: Grade;
  fund: Dec;
  supplements: LayerPayment[];
  /** The deductible applied, and the rule's (see EventResult); 0 for a benefit without one. */
  deductible: Dec;
  deductibleRule: Dec;
  notes: Note[];
  /** The amount of the fund's annual cap or band, for the year's usage; null where the event draws on none. */
  fundAmount: number | null;
  /** The benefit's own annual limit, where it has one. */
  own?: Usage['own'];
}

export class SlipBuilder implements SlipLines {
  readonly totalCost: Dec;
  readonly outOfScope: Dec;
  readonly selfPayFirst: Dec;
  /** 政策范围内费用: the total less 全自费 and 先行自付 (before any share paid first out of town). */
  readonly eligible: Dec;
  private readonly steps: Step[];
  private readonly ranks: number[];

  /** `what`: the event in words, for the refusal of amounts that do not add up (住院, 门诊慢特病…). */
  constructor(
    private readonly bill: Bill,
    what: string,
  ) {
    const T = (this.totalCost = bill.totalCost);
    const O = (this.outOfScope = bill.outOfScope);
    const S = (this.selfPayFirst = bill.selfPayFirst);
    const E = (this.eligible = T.minus(O).minus(S));
    if (O.isNegative() || S.isNegative() || E.isNegative()) {
      throw new EstimateError('invalid-input', `${bill.date} 的${what}：金额不能为负数，全自费与先行自付之和不能超过${what}总费用。`);
    }
    this.steps = [
      new SettledStep('total', T, 'input', () => ['医疗总费用']),
      new SettledStep('outOfScope', O, 'input', () => ['全自费', '医保目录外的费用，由个人全部负担']),
      new SettledStep('selfPayFirst', S, 'input', () => ['先行自付', '乙类药品、高值耗材等按比例先由个人支付的部分']),
      new SettledStep('eligible', E, 'computed', () => ['政策范围内费用', '医疗总费用 − 全自费 − 先行自付']),
    ];
    this.ranks = [RANK.total, RANK.outOfScope, RANK.selfPayFirst, RANK.eligible];
  }

  /** A step on its line: after the steps already on that line and those before it, before the lines after it. */
  add(line: SlipLine, step: Step): void {
    const rank = RANK[line];
    const { steps, ranks } = this;
    let at = steps.length;
    // Lines come mostly in print order: move up only the few steps of later lines already written.
    for (; at > 0 && ranks[at - 1]! > rank; at--) {
      steps[at] = steps[at - 1]!;
      ranks[at] = ranks[at - 1]!;
    }
    steps[at] = step;
    ranks[at] = rank;
  }

  /** The slip's last line, 个人负担 (what neither the fund nor a supplementary layer paid), and the event's result. */
  close(ctx: SettleContext, s: Closing): EventResult {
    const { totalCost: T, outOfScope: O, selfPayFirst: S, eligible: E } = this;
    const supplementTotal = sum(s.supplements.map((p) => p.amount));
    const outOfPocket = T.minus(s.fund).minus(supplementTotal);
    this.add(
      'outOfPocket',
      new SettledStep('outOfPocket', outOfPocket, 'computed', () => [
        '个人负担',
        `全自费 ${yuan(O)} + 先行自付 ${yuan(S)} + 政策范围内个人负担 ${yuan(E.minus(s.fund).minus(supplementTotal))}`,
      ]),
    );
    return {
      benefit: s.benefit,
      ordinal: ctx.ordinal,
      date: this.bill.date,
      grade: s.grade,
      totalCost: T,
      outOfScope: O,
      selfPayFirst: S,
      eligibleCost: E,
      deductible: s.deductible,
      deductibleRule: s.deductibleRule,
      fund: s.fund,
      supplements: s.supplements,
      supplementTotal,
      outOfPocket,
      steps: this.steps,
      notes: s.notes,
      usage: usageAfter(ctx, s.fundAmount, s.own),
    };
  }
}
