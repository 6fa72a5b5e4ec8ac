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
      `每年政策范围内费用的前 ${bound(amount)} 元由统筹基金按比例支付：本年此前已用去 ${yuan(pot.eligibleBefore)} 元，这次用去 ${yuan(bandEnd)} 元` +
        (bandEnd.lessThan(E) ? `；超出的 ${yuan(E.minus(bandEnd))} 元统筹基金不再支付` : ''),
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
    yearLimitText('统筹基金', amount, pot.fundBefore, remaining) +
      (paid.lessThan(segmentTotal) ? overLimitText(segmentTotal, paid) : ''),
  ];
  steps.push(new SettledStep('cap', paid, 'rule', text, pot.uses));
  return { fund: paid, covered };
}

/** "统筹基金每年最多支付 250,000 元：本年此前已支付…，这次最多还能支付…": a yearly limit as the patient meets it. */
export function yearLimitText(payer: string, limit: Dec, before: Dec, room: Dec): string {
  return `${payer}每年最多支付 ${bound(limit)} 元：本年此前已支付 ${yuan(before)} 元，这次最多还能支付 ${yuan(room)} 元`;
}

/** When the rates give more than the limit leaves. */
export function overLimitText(computed: Dec, paid: Dec): string {
  return `；按比例算出 ${yuan(computed)} 元，超过了这个数，这次支付 ${yuan(paid)} 元`;
}
