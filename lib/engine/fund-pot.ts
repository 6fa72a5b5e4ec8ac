import { ZERO, bound, clamp, max, min, sum, yuan, type Dec } from '../base/money';
import { pointWhereReached, type Part } from './segments';
import { SettledStep, type SlipLines, type StepText, type Use } from './steps';

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

/** Where the fund's cover of this event ends on its own axis: a band stops at what is left of it, a cap already spent at 0. */
export function coverEnd(pot: FundPot, E: Dec): Dec {
  if (!pot.amount) return E;
  if (pot.band) return clamp(pot.amount.minus(pot.eligibleBefore), ZERO, E);
  return pot.fundBefore.greaterThanOrEqualTo(pot.amount) ? ZERO : E;
}

/**
 * The fund's payment for these parts once its pot is applied, with the step that says so, and the
 * eligible cost inside the fund's cover (the rest is over-cap cost a supplementary layer may pay).
 */
export function applyFundPot(pot: FundPot, parts: Part[], E: Dec, bandEnd: Dec, start: Dec, slip: SlipLines): { fund: Dec; covered: Dec } {
  const segmentTotal = sum(parts.map((p) => p.pay));
  if (!pot.amount) return { fund: segmentTotal, covered: bandEnd };
  const amount = pot.amount;
  if (pot.band) {
    const text = (): StepText => [
      '年度政策范围内费用额度',
      `每年政策范围内费用的前 ${bound(amount)} 元由统筹基金按比例支付：本年此前已用去 ${yuan(pot.eligibleBefore)} 元，这次用去 ${yuan(bandEnd)} 元` +
        (bandEnd.lessThan(E) ? `；超出的 ${yuan(E.minus(bandEnd))} 元统筹基金不再支付` : ''),
    ];
    slip.add('cap', new SettledStep('cap', bandEnd, 'rule', text, pot.uses));
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
  slip.add('cap', new SettledStep('cap', paid, 'rule', text, pot.uses));
  return { fund: paid, covered };
}

/** The deductible actually applied to an event, and why it is less than the rule's. */
export interface AppliedDeductible {
  amount: Dec;
  /** The reason in words, when the amount is less than the rule's; written only when read, as step texts are. */
  why?: () => string;
  /** The cap or band was used up before this event: the fund pays nothing, whatever the deductible. */
  spent: boolean;
}

/**
 * The deductible is the fund's threshold: it is applied only to the eligible cost inside the fund's
 * cover of this event (`covered`, from applyFundPot). Cost beyond the cap or band is the
 * supplementary layers' over-coverage base whole, with nothing deducted; cost below the rule's
 * deductible is deducted only as far as it goes.
 */
export function appliedDeductible(pot: FundPot, rule: Dec, E: Dec, covered: Dec): AppliedDeductible {
  const amount = min(rule, covered);
  const spent = !!pot.amount && covered.isZero() && E.greaterThan(ZERO);
  if (!amount.lessThan(rule)) return { amount, spent };
  const beyond = pot.band ? '超出额度的费用' : '超限额费用';
  if (spent) {
    const cap = pot.amount!;
    const used = () => (pot.band ? `本年政策范围内费用已达年度额度 ${bound(cap)} 元，统筹基金` : `统筹基金本年最高支付限额 ${bound(cap)} 元已用完，`);
    return { amount, spent, why: () => `${used()}本次不再支付，也不再扣除起付线；本次政策范围内费用全部属于${beyond}` };
  }
  if (covered.lessThan(E)) {
    const limit = pot.band ? '年度额度' : '统筹基金年度最高支付限额';
    return { amount, spent, why: () => `本次只有 ${yuan(covered)} 在${limit}以内，起付线只扣这 ${yuan(covered)}；其余 ${yuan(E.minus(covered))} 属于${beyond}` };
  }
  return { amount, spent, why: () => `政策范围内费用 ${yuan(E)} 不足起付线，实际扣除 ${yuan(amount)}` };
}

/** "统筹基金每年最多支付 250,000 元：本年此前已支付…，这次最多还能支付…": a yearly limit as the patient meets it. */
export function yearLimitText(payer: string, limit: Dec, before: Dec, room: Dec): string {
  return `${payer}每年最多支付 ${bound(limit)} 元：本年此前已支付 ${yuan(before)} 元，这次最多还能支付 ${yuan(room)} 元`;
}

/** When the rates give more than the limit leaves. */
export function overLimitText(computed: Dec, paid: Dec): string {
  return `；按比例算出 ${yuan(computed)} 元，超过了这个数，这次支付 ${yuan(paid)} 元`;
}
