import { EstimateError } from '../base/errors';
import type { Dec } from '../base/money';
import type { Bill } from './bill';
import { SettledStep, type Step } from './steps';

/** The slip's first lines, the same for every benefit: 医疗总费用 → 全自费 → 先行自付 → 政策范围内费用. */
export function openingSteps(bill: Bill, what: string): { T: Dec; O: Dec; S: Dec; E: Dec; steps: Step[] } {
  const T = bill.totalCost;
  const O = bill.outOfScope;
  const S = bill.selfPayFirst;
  const E = T.minus(O).minus(S);
  if (O.isNegative() || S.isNegative() || E.isNegative()) {
    throw new EstimateError('invalid-input', `${bill.date} 的${what}：金额不能为负数，全自费与先行自付之和不能超过${what}总费用。`);
  }
  return {
    T,
    O,
    S,
    E,
    steps: [
      new SettledStep('total', T, 'input', () => ['医疗总费用']),
      new SettledStep('outOfScope', O, 'input', () => ['全自费', '医保目录外的费用，由个人全部负担']),
      new SettledStep('selfPayFirst', S, 'input', () => ['先行自付', '乙类药品、高值耗材等按比例先由个人支付的部分']),
      new SettledStep('eligible', E, 'computed', () => ['政策范围内费用', '医疗总费用 − 全自费 − 先行自付']),
    ],
  };
}
