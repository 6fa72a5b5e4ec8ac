import { EstimateError } from '../base/errors';
import { applyOverrides, type Override } from '../model/overrides';
import type { Interpretation, Version } from '../model/types';
import { RULES, type Rules } from '../rules';
import { sumChecks, type SumCheck } from './arithmetic';
import { explainLines, type LineExplanation } from './explain';
import { searchReasons, type Reason } from './reasons';
import { compareLines, differing, settle, type LineComparison, type RuledLine, type Settled } from './settle';
import type { Slip, Stay } from './slip';

/**
 * 核对结算单: a slip the person typed, each line explained with the articles that set it, its sums
 * checked, its stay settled again by the rules from the slip's own figures and set beside it, and
 * where the two differ, the likely reasons, each recomputed. Nothing here knows a city.
 */

export type Recomputed =
  | { kind: 'settled'; settled: Settled; comparisons: LineComparison[]; differing: RuledLine[]; reasons: Reason[] }
  | { kind: 'refused'; error: EstimateError };

export interface CheckResult {
  /** The version in force on the stay's date, with the person's values applied; null when none is known. */
  version: Version | null;
  explanations: LineExplanation[];
  sums: SumCheck[];
  recomputed: Recomputed;
}

/** How this page reads a slip, beside each version's own 口径说明. */
export const CHECK_INTERPRETATIONS: Interpretation[] = [
  {
    id: 'check-over-limit',
    title: '超限价自费算作政策范围以外的费用',
    text: '结算单上的“超限价自费”（价格超过医保支付标准的部分）和全自费一样不属于政策范围内费用：本页把两者合在一起，作为统筹基金不支付的部分。',
  },
  {
    id: 'check-eligible',
    title: '按结算单上的符合政策范围金额重算',
    text: '填写了符合政策范围金额时，按这一金额重算，并另行核对它是否等于 医疗费总额 − 全自费 − 超限价自费 − 先行自付；没有填写时，按这一算式计算。',
  },
  {
    id: 'check-deductible',
    title: '实际支付起付线',
    text: '结算单上的实际支付起付线是这次实际扣除的起付线：政策范围内费用（异地就医时先扣除个人先行负担的部分）低于起付线时，只扣到政策范围内费用为止。',
  },
  {
    id: 'check-supplement',
    title: '大病保险和大额补助合并核对',
    text: '结算单上的大病保险或大额补助，与本规定各项补充保障的合计比较；其中有来源未给出标准的一项时，不核对这一行，个人负担按结算单上的这一金额核对。',
  },
  {
    id: 'check-assistance',
    title: '医疗救助不在本页计算',
    text: '结算单上的个人负担是扣除医疗救助以后的金额。按规定的个人负担 = 医疗费总额 − 统筹基金支付 − 大病保险或大额补助 − 结算单上的医疗救助。',
  },
  {
    id: 'check-fen',
    title: '相差不超过 1 分视为一致',
    text: '结算单每一笔金额都四舍五入到分，各项相差不超过 0.01 元时视为一致。',
  },
  {
    id: 'check-one-reason',
    title: '可能的原因每次只改变一项',
    text: '每个可能的原因只改变一项（例如只改医院等级）重新计算，并与结算单逐项比较；几个原因同时存在时，可能没有一个完全吻合。个人账户支付和现金支付只核对加总，不与规定比较。',
  },
];

function versionFor(stay: Stay, rules: Rules, overrides: readonly Override[]): Version | null {
  const version = rules.versionOn(stay.city, stay.scheme, stay.date);
  return version ? applyOverrides(version, overrides) : null;
}

/** `overrides`: the values the person supplied where no source gives one, for the version in force on the stay's date. */
export function checkSlip(slip: Slip, stay: Stay, { rules = RULES, overrides = [] }: { rules?: Rules; overrides?: readonly Override[] } = {}): CheckResult {
  const version = versionFor(stay, rules, overrides);
  const known = version && version.members.includes(stay.member) ? version : null;
  const sums = sumChecks(slip);
  const base = { stay, overrides };
  let recomputed: Recomputed;
  try {
    const settled = settle(slip, base, rules);
    const comparisons = compareLines(slip, settled.lines);
    const lines = differing(comparisons);
    const reasons = known ? searchReasons({ slip, base, version: known, settled, comparisons, sums, rules }) : [];
    recomputed = { kind: 'settled', settled, comparisons, differing: lines, reasons };
  } catch (error) {
    if (!(error instanceof EstimateError)) throw error;
    recomputed = { kind: 'refused', error };
  }
  return { version: known, explanations: explainLines(slip, known, stay), sums, recomputed };
}
