import { ZERO, yuan, type Dec } from '../base/money';
import { SLIP_NAMES, type SlipLine } from './lines';
import type { Slip } from './slip';

/**
 * The slip checked as arithmetic, with no rule involved: its parts add up to its totals. A slip's
 * own lines round to the fen, so sums within one fen count as equal, as everywhere on this page.
 */

export const TOLERANCE = '0.01';

export function sameMoney(a: Dec, b: Dec): boolean {
  return a.minus(b).abs().lessThanOrEqualTo(TOLERANCE);
}

export interface SumCheck {
  id: 'eligible' | 'personal' | 'total';
  /** The line the parts should come to, and what the slip says it is. */
  line: SlipLine;
  stated: Dec;
  computed: Dec;
  ok: boolean;
  /** The sum in words: "医疗费总额 50,000.00 − 全自费 1,500.00 … = 47,000.00". */
  text: string;
  /** Parts left empty on the form, counted as 0. */
  assumedZero: SlipLine[];
}

type Term = { line: SlipLine; sign: 1 | -1 };

function sumCheck(slip: Slip, id: SumCheck['id'], line: SlipLine, terms: Term[]): SumCheck | null {
  const stated = slip[line];
  if (stated === undefined) return null;
  const assumedZero = terms.filter((t) => slip[t.line] === undefined).map((t) => t.line);
  const computed = terms.reduce((acc, t) => (t.sign > 0 ? acc.plus(slip[t.line] ?? ZERO) : acc.minus(slip[t.line] ?? ZERO)), ZERO);
  const words = terms.map((t, i) => `${i === 0 ? '' : t.sign > 0 ? ' + ' : ' − '}${SLIP_NAMES[t.line]} ${yuan(slip[t.line] ?? ZERO)}`).join('');
  return { id, line, stated, computed, ok: sameMoney(stated, computed), text: `${words} = ${yuan(computed)}`, assumedZero };
}

/**
 * Every sum the typed lines allow: 符合政策范围金额 = 总额 − 全自费 − 超限价自费 − 先行自付 (when it is
 * typed); 个人负担 = 个人账户支付 + 现金支付 (when all three are); 统筹 + 大病/大额 + 医疗救助 + 个人负担 =
 * 总额 (when 统筹, 大病/大额 and 个人负担 are: an empty supplement may be one the person skipped, an
 * empty 医疗救助 is one most slips do not have, and counts as 0).
 */
export function sumChecks(slip: Slip): SumCheck[] {
  const checks = [
    sumCheck(slip, 'eligible', 'eligible', [
      { line: 'total', sign: 1 },
      { line: 'outOfScope', sign: -1 },
      { line: 'overLimit', sign: -1 },
      { line: 'selfPayFirst', sign: -1 },
    ]),
    slip.account !== undefined && slip.cash !== undefined
      ? sumCheck(slip, 'personal', 'personal', [
          { line: 'account', sign: 1 },
          { line: 'cash', sign: 1 },
        ])
      : null,
    slip.fund !== undefined && slip.supplement !== undefined && slip.personal !== undefined
      ? sumCheck(slip, 'total', 'total', [
          { line: 'fund', sign: 1 },
          { line: 'supplement', sign: 1 },
          { line: 'assistance', sign: 1 },
          { line: 'personal', sign: 1 },
        ])
      : null,
  ];
  return checks.filter((c): c is SumCheck => c !== null);
}
