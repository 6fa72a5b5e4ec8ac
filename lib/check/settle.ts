import { ZERO, type Dec } from '../base/money';
import type { EventResult } from '../engine/benefit';
import { billOf } from '../engine/bill';
import { layerRules } from '../engine/layers';
import { estimateYear, type YearResult } from '../engine/year';
import type { Override } from '../model/overrides';
import type { Rules } from '../rules';
import { sameMoney } from './arithmetic';
import { billOfSlip, type Slip, type Stay } from './slip';

/**
 * The slip's stay settled by the engine, and the lines the rules give set beside the slip's own.
 * A scenario is the stay as the person described it, or as a reason for a difference supposes it.
 */

export interface Scenario {
  stay: Stay;
  /**
   * Eligible cost already counted this year before this stay (earlier stays, or 门诊慢特病 drawing on
   * the same pots), settled as one earlier event at the same hospital: it uses up the fund's annual
   * cap or band and the supplementary layers' cumulative bases as real earlier stays do.
   */
  earlierUse?: Dec;
  overrides: readonly Override[];
}

/** The lines of a slip the rules determine. */
export const RULED_LINES = ['deductible', 'fund', 'supplement', 'personal'] as const;
export type RuledLine = (typeof RULED_LINES)[number];

export interface Settled {
  result: YearResult;
  current: EventResult;
  /** The year's pots after the earlier use, when the scenario supposes some. */
  earlier: EventResult | null;
  /** What the rules give for each ruled line; null where they cannot say (a supplementary layer no source gives). */
  lines: Record<RuledLine, Dec | null>;
  /** The layers no source gives, left out of 大病/大额. */
  leftOut: string[];
}

/** Settles the scenario; throws the engine's refusal (a parameter no source gives, a date with no rule). */
export function settle(slip: Slip, { stay, earlierUse, overrides }: Scenario, rules: Rules): Settled {
  const current = billOfSlip(slip, stay);
  const use = earlierUse && !earlierUse.isZero() ? [billOf({ date: stay.date, hospitalLevel: stay.hospitalLevel, ...(stay.facility ? { facility: stay.facility } : {}), totalCost: earlierUse })] : [];
  const result = estimateYear(
    // The earlier use takes the ordinal before this stay's, which the rules' repeat-admission step does not read for it.
    { member: stay.member, admissions: [...use, current], firstOrdinal: stay.admission - use.length, ...(stay.person ? { person: stay.person } : {}) },
    rules.rulebook(stay.city, stay.scheme, overrides),
  );
  const event = result.admissions.at(-1)!;
  const leftOut = layerRules(result.version).flatMap((r) => ('leftOut' in r ? [r.layer.name] : []));
  const supplement = leftOut.length ? null : event.supplementTotal;
  // 个人负担 on the slip is after 医疗救助, which the rules here do not give: take the slip's own figure off.
  // Where a layer is left out, the slip's 大病/大额 stands in for it so that 个人负担 can still be checked.
  const supplementPaid = supplement ?? slip.supplement ?? null;
  const personal = supplementPaid === null ? null : event.totalCost.minus(event.fund).minus(supplementPaid).minus(slip.assistance ?? ZERO);
  return {
    result,
    current: event,
    earlier: use.length ? result.admissions[0]! : null,
    // 实际支付起付线 is the engine's applied deductible: never more than the eligible cost inside the fund's cover.
    lines: { deductible: event.deductible, fund: event.fund, supplement, personal },
    leftOut,
  };
}

export interface LineComparison {
  line: RuledLine;
  slip: Dec | null;
  rule: Dec | null;
  /** slip − rule, where both are known. */
  difference: Dec | null;
  /** Within a fen; null where the slip leaves the line empty or the rules cannot say. */
  same: boolean | null;
}

export function compareLines(slip: Slip, lines: Settled['lines']): LineComparison[] {
  return RULED_LINES.map((line) => {
    const stated = slip[line] ?? null;
    const rule = lines[line];
    const difference = stated && rule ? stated.minus(rule) : null;
    return { line, slip: stated, rule, difference, same: stated && rule ? sameMoney(stated, rule) : null };
  });
}

/** The ruled lines the slip gives that differ from the rules by more than a fen. */
export function differing(comparisons: readonly LineComparison[]): RuledLine[] {
  return comparisons.filter((c) => c.same === false).map((c) => c.line);
}
