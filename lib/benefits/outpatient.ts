import { ZERO, bound, constant, fen, max, min, percent, sum, yuan, type Dec } from '../base/money';
import type { EventResult, SettleContext, Usage } from '../engine/benefit';
import type { Bill } from '../engine/bill';
import { applyFundPot, appliedDeductible, coverEnd, overLimitText, yearLimitText, type FundPot } from '../engine/fund-pot';
import { payLayers } from '../engine/layers';
import { POTS } from '../engine/ledger';
import { partLabel, segmentParts } from '../engine/segments';
import { SlipBuilder } from '../engine/slip-builder';
import { SettledStep, need, usedParam, type Note, type StepText, type Use } from '../engine/steps';
import { PATHS } from '../model/address';
import type { Grade, Param, Segment } from '../model/types';
import { awayFirstShare, awayRate, awayTerms } from './away';

/**
 * The pipeline the outpatient benefits share, in settlement-slip order: 政策范围内费用 → (异地先行负担)
 * → 起付线 (per event, or counted over the year) → 统筹基金按比例支付 → the benefit's own annual limit →
 * the basic fund's annual pot, if the benefit draws on it → supplementary layers, if they cover it →
 * 个人负担. Each benefit module says which of these its rules have, from the version's parameters.
 */
export interface OutpatientSpec {
  benefit: string;
  /** The benefit in words, for messages and step labels: 门诊慢特病, 普通门诊… */
  label: string;
  /** The class and grade words the parameters are named by, e.g. 在职职工·三级医院. */
  where: string;
  grade?: Grade;
  deductible: {
    param: Param<number>;
    /** The deductible's name in words, e.g. 一般门诊慢特病·门诊慢特病起付线. */
    name: string;
    /** A year's deductible counted in this pot (paid once over the year's bills); none: each event pays its own. */
    pot?: string;
    /** Why this deductible, in words. */
    detail: string;
  };
  /** The payment's rates: one flat rate is one open segment. */
  segments: Param<Segment[]> | { value: Segment[]; uses: Use[]; note?: string };
  /** Extra points on every rate (e.g. 血液透析 +10), with what they rest on. */
  uplift?: { points: number; use: Use };
  /**
   * Where the segments are measured: on this bill (0), or on the year's cumulative eligible cost of
   * this benefit, counted in this pot.
   */
  cumulativeIn?: string;
  /** The benefit's own annual maximum on the fund's payments, counted in a pot of its own. */
  limit?: { param: Param<number>; pot: string; name: string };
  /** Whether the fund's annual cap or band (pots/fund/<class>) also bounds this benefit. */
  drawsOnFund: boolean;
  /** Whether the version's supplementary layers pay on what remains. */
  layers: boolean;
}

export function settleOutpatient(spec: OutpatientSpec, bill: Bill, ctx: SettleContext): EventResult {
  const { version, cls, ledger } = ctx;
  const notes: Note[] = [];
  const slip = new SlipBuilder(bill, spec.label);
  const terms = awayTerms(version, bill);
  const E = awayFirstShare(terms, slip.eligible, slip, notes);

  // 起付线: this bill's, or what is left of the year's; applied (below) only to the cost inside the fund's cover
  const full = constant(need(spec.deductible.param, spec.deductible.name));
  const paidBefore = spec.deductible.pot ? ledger.used(spec.deductible.pot) : ZERO;
  const D = min(E, max(ZERO, full.minus(paidBefore)));

  // 统筹基金按比例支付, within the fund's band where it has one
  const fundParam = version.params.get(PATHS.fund(cls.id)) as Param<number> | undefined;
  const pot: FundPot = {
    amount: spec.drawsOnFund && !E.isZero() && fundParam ? constant(need(fundParam, `${cls.label}·年度最高支付限额`)) : null,
    band: version.fund === 'eligibleBand',
    eligibleBefore: ledger.used(POTS.fundEligible),
    fundBefore: ledger.used(POTS.fundPaid),
    uses: fundParam ? [usedParam(version.fund === 'eligibleBand' ? `${cls.label}·年度政策范围内费用额度` : `${cls.label}·统筹基金年度最高支付限额`, fundParam)] : [],
  };
  const bandEnd = coverEnd(pot, E);
  const start = spec.cumulativeIn ? ledger.used(spec.cumulativeIn) : ZERO;
  const segments = 'path' in spec.segments ? need(spec.segments, `${spec.where}·${spec.label}支付比例`) : spec.segments.value;
  const rateUses = 'path' in spec.segments ? [usedParam(`${spec.where}·${spec.label}支付比例`, spec.segments)] : spec.segments.uses;
  const uplift = spec.uplift?.points ?? 0;
  const rateOf = (r: number) => awayRate(uplift ? Math.min(1, constant(r).plus(constant(uplift)).toNumber()) : r, terms);
  const parts = bandEnd.greaterThan(D) ? segmentParts(segments, D, bandEnd, spec.where, spec.segments.note, start, rateOf) : [];
  const uses = [...rateUses, ...(spec.uplift ? [spec.uplift.use] : []), ...terms.cutUses];
  const low = start.isZero() ? D : start.plus(D);
  for (const part of parts) {
    const text = (): StepText => [`${partLabel(part, low)}：${yuan(part.to.minus(part.from))} × ${percent(part.rate)}`];
    slip.add('segment', new SettledStep('segment', part.pay, 'rule', text, uses));
  }
  if (spec.cumulativeIn) ledger.add(spec.cumulativeIn, E);

  // The benefit's own annual limit, then the fund's cap
  let limited = parts;
  let own: Usage['own'];
  if (spec.limit) {
    const limit = constant(need(spec.limit.param, spec.limit.name));
    const limitBefore = ledger.used(spec.limit.pot);
    const computed = sum(parts.map((p) => p.pay));
    const room = max(ZERO, limit.minus(limitBefore));
    const paid = min(computed, room);
    slip.add(
      'limit',
      new SettledStep('limit', paid, 'rule', () => [
        `${spec.label}年度最高支付限额`,
        yearLimitText(spec.label, limit, limitBefore, room) + (paid.lessThan(computed) ? overLimitText(computed, paid) : ''),
      ], [usedParam(spec.limit.name, spec.limit.param)]),
    );
    ledger.add(spec.limit.pot, paid);
    own = { name: spec.limit.name, paid: ledger.used(spec.limit.pot), annualMax: limit };
    if (paid.lessThan(computed)) limited = scaled(parts, paid);
  }
  const { fund, covered } = applyFundPot(pot, limited, E, bandEnd, start, slip);
  slip.add('fund', new SettledStep('fund', fund, 'computed', () => ['统筹基金支付']));
  const applied = appliedDeductible(pot, D, E, covered);
  if (spec.deductible.pot) ledger.add(spec.deductible.pot, applied.amount);
  const deductibleUse = usedParam(spec.deductible.name, spec.deductible.param);
  slip.add(
    'deductible',
    new SettledStep('deductible', applied.amount, 'rule', () => [
      `起付线（${spec.label}）`,
      (spec.deductible.pot ? `${spec.deductible.detail} ${bound(full)} 元：本年此前已付 ${yuan(paidBefore)} 元，这次付 ${yuan(applied.amount)} 元` : spec.deductible.detail) +
        (applied.why ? `；${applied.why()}` : ''),
    ], [deductibleUse]),
  );
  if (spec.drawsOnFund) {
    ledger.add(POTS.fundEligible, E);
    ledger.add(POTS.fundPaid, fund);
  }

  // Supplementary layers, on what the fund's cap leaves
  const overCoverage = fen(E.minus(covered));
  const supplements = spec.layers
    ? payLayers(ctx, { overCoverage, coveredBurden: E.minus(overCoverage).minus(fund), eligibleMinusFund: E.minus(fund) }, slip, notes)
    : [];
  return slip.close(ctx, {
    benefit: spec.benefit,
    ...(spec.grade ? { grade: spec.grade } : {}),
    fund,
    supplements,
    deductible: applied.amount,
    deductibleRule: D,
    notes,
    fundAmount: fundParam?.value ?? null,
    ...(own ? { own } : {}),
  });
}

/** The parts as one payment capped at `paid`: a cap that binds takes the last parts first. */
function scaled(parts: ReturnType<typeof segmentParts>, paid: Dec) {
  const out = [];
  let left = paid;
  for (const p of parts) {
    const pay = min(p.pay, left);
    out.push({ ...p, pay, exact: pay });
    left = left.minus(pay);
  }
  return out;
}

