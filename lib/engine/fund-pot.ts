import { ZERO, bound, clamp, max, min, sum, yuan, type Dec } from '../base/money';
import { pointWhereReached, type Part } from './segments';
import { SettledStep, type Step, type StepText, type Use } from './steps';

/**
 * The basic fund's annual pot, which every benefit drawing on the fund shares: a cap on what the fund
 * pays in the year (fundCap), or a band of eligible cost it pays on (eligibleBand).
 */
export interface FundPot {
  /** The cap or band; null when the event draws on no pot. */
  amount: Dec | null;
  band: boolean;
  /** The year's eligible cost counted in the band, and the fund's payments, before this event. */
  eligibleBefore: Dec;
  fundBefore: Dec;
  uses: readonly Use[];
}

/** Where the fund's cover of this event ends on its own axis: a band stops at what is left of it. */
export function coverEnd(pot: FundPot, E: Dec): Dec {
  return pot.band && pot.amount ? clamp(pot.amount.minus(pot.eligibleBefore), ZERO, E) : E;
}

/**
 * The fund's payment for these parts once its pot is applied, with the step that says so, and the
 * eligible cost inside the fund's cover (the rest is over-cap cost a supplementary layer may pay).
 */
export function applyFundPot(pot: FundPot, parts: Part[], E: Dec, bandEnd: Dec, start: Dec, steps: Step[]): { fund: Dec; covered: Dec } {
  const segmentTotal = sum(parts.map((p) => p.pay));
  if (!pot.amount) return { fund: segmentTotal, covered: bandEnd };
  const amount = pot.amount;
  if (pot.band) {
    const text = (): StepText => [
      '年度政策范围内费用额度',
      `年度额度 ${bound(amount)} 元，本年此前已计入 ${yuan(pot.eligibleBefore)}，本次计入 ${yuan(bandEnd)}` +
        (bandEnd.lessThan(E) ? `；其余 ${yuan(E.minus(bandEnd))} 超出额度，统筹基金不再支付` : ''),
    ];
    steps.push(new SettledStep('cap', bandEnd, 'rule', text, pot.uses));
    return { fund: segmentTotal, covered: bandEnd };
  }
  const remaining = max(ZERO, amount.minus(pot.fundBefore));
  const paid = min(segmentTotal, remaining);
  const exact = sum(parts.map((p) => p.exact));
  const covered = remaining.isZero() ? ZERO : exact.greaterThan(remaining) ? pointWhereReached(parts, remaining, start) : E;
  const text = (): StepText => [
    '统筹基金年度最高支付限额',
    `年度限额 ${bound(amount)} 元，本年此前已支付 ${yuan(pot.fundBefore)}，本次最多可支付 ${yuan(remaining)}` +
      (paid.lessThan(segmentTotal) ? `；按比例计算的 ${yuan(segmentTotal)} 超出限额，本次支付 ${yuan(paid)}` : ''),
  ];
  steps.push(new SettledStep('cap', paid, 'rule', text, pot.uses));
  return { fund: paid, covered };
}
