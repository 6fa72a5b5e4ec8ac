import { Dec, ZERO, bound, constant, percent, yuan } from '../base/money';
import { EstimateError } from '../base/errors';
import { AWAY_PATHS, TEMPORARY } from '../benefits/away';
import { INPATIENT_PATHS, inpatientConfig } from '../benefits/inpatient';
import { AWAY_LABELS, AWAY_MODES, type AwayMode } from '../model/fields';
import { MEMBER_LABELS } from '../model/labels';
import type { Override } from '../model/overrides';
import type { Version } from '../model/types';
import { classOf, gradeOf, paramAt } from '../model/version';
import type { Rules } from '../rules';
import { TOLERANCE, type SumCheck } from './arithmetic';
import { compareLines, settle, type LineComparison, type RuledLine, type Scenario, type Settled } from './settle';
import { SLIP_NAMES } from './lines';
import type { Slip, Stay } from './slip';

/**
 * Why a slip may differ from the rules, each reason checked by settling the stay again with the
 * alternative it supposes, one at a time: another place among the year's stays (and how much of the
 * year's pots earlier use would have taken), another grade, member type, place of treatment or
 * policy period, a deductible rule the estimator does not model; or a slip whose lines do not add up.
 *
 * Ranked by how well the recomputed lines fit the slip, then by how few things a reason supposes
 * different, then by how likely each kind is (the order of the list above):
 * 1. exact: every differing line now matches, and none that matched stops matching;
 * 2. the slip's own sums fail (a figure typed or printed wrong explains any difference);
 * 3. solved: everything matches once an amount is found for it (earlier use, a deductible): such a
 *    reason can be fitted to many slips, so it ranks below the reasons that fit as they stand;
 * 4. partial: some differing lines match and none that matched stops matching.
 */

export type ReasonKind = 'earlier-stays' | 'grade' | 'member' | 'away' | 'version' | 'special-rule' | 'slip-arithmetic';
export type Fit = 'exact' | 'arithmetic' | 'solved' | 'partial';

export interface Reason {
  kind: ReasonKind;
  fit: Fit;
  title: string;
  /** What the recomputation supposed and found, in words. */
  detail: string;
  /** What the recomputation gives against the slip, in words. */
  verdict: string;
  /** What to ask the billing desk or 12393. */
  ask: string;
  /** The ruled lines recomputed under this reason (none for a slip whose sums fail). */
  comparisons: LineComparison[];
  /** The ruled lines that still differ under it. */
  unexplained: RuledLine[];
}

const FIT_ORDER: Fit[] = ['exact', 'arithmetic', 'solved', 'partial'];
const KIND_ORDER: ReasonKind[] = ['earlier-stays', 'grade', 'member', 'away', 'version', 'special-rule', 'slip-arithmetic'];
const MAX_PARTIAL = 3;

export interface SearchInput {
  slip: Slip;
  base: Scenario;
  /** The version in force on the stay's date, with the person's values applied. */
  version: Version;
  settled: Settled;
  comparisons: LineComparison[];
  sums: SumCheck[];
  rules: Rules;
}

/** A supposition to settle: the scenario it makes, whether an amount was found to fit it, and its words once settled. */
interface Candidate {
  kind: ReasonKind;
  scenario: Scenario;
  solved: boolean;
  /** How many things it supposes different from what the person chose: fewer is likelier. */
  changes: number;
  /** Candidates of one kind giving the same lines are one reason: their labels are listed together. */
  label: string;
  words: (labels: string[], settled: Settled) => Pick<Reason, 'title' | 'detail' | 'ask'>;
}

function trySettle(slip: Slip, scenario: Scenario, rules: Rules): Settled | null {
  try {
    return settle(slip, scenario, rules);
  } catch (error) {
    if (error instanceof EstimateError) return null;
    throw error;
  }
}

const FEN = new Dec(TOLERANCE);

/**
 * The least amount in [0, max] (to the fen) at which `reached` holds, `reached` turning true once and
 * staying so; null when it never does. Doubling finds a bracket, halving narrows it.
 */
function leastReaching(reached: (x: Dec) => boolean | null, maxAmount: Dec): Dec | null {
  if (reached(ZERO)) return ZERO;
  let lo = ZERO;
  let hi = new Dec(100);
  while (!reached(hi)) {
    if (hi.greaterThanOrEqualTo(maxAmount)) return null;
    lo = hi;
    hi = Dec.min(hi.times(2), maxAmount);
  }
  while (hi.minus(lo).greaterThan(FEN)) {
    const mid = lo.plus(hi).dividedBy(2).toDecimalPlaces(2, Dec.ROUND_DOWN);
    if (mid.equals(lo)) break;
    if (reached(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** How far a settled line is from the slip's; null when either side has no figure. */
function lineOf(slip: Slip, settled: Settled | null, line: RuledLine): { slip: Dec; rule: Dec } | null {
  const stated = slip[line];
  const rule = settled?.lines[line];
  return stated && rule ? { slip: stated, rule } : null;
}

const whole = (x: Dec) => x.toDecimalPlaces(0, Dec.ROUND_HALF_UP);

// ---------- the suppositions ----------

/** Other places among the year's stays (the repeat-admission rule's steps, and the first), as they stand. */
function ordinalsToTry(version: Version, admission: number): number[] {
  const repeat = paramAt(version, INPATIENT_PATHS.repeat(), 'repeat')?.value ?? [];
  return [...new Set([1, ...repeat.map((s) => s.from), admission])].sort((a, b) => a - b);
}

/** The rule's deductible for the stay's place in the year, whatever part of it the stay's cost reaches. */
function deductibleAt(settled: Settled): string {
  return yuan(settled.current.deductibleRule);
}

function ordinalCandidates(input: SearchInput): Candidate[] {
  const { base, version } = input;
  const c = base.stay.admission;
  return ordinalsToTry(version, c)
    .filter((k) => k !== c)
    .map((k) => ({
      kind: 'earlier-stays',
      scenario: { ...base, stay: { ...base.stay, admission: k } },
      solved: false,
      changes: 1,
      label: String(k),
      words: (_, s) => ({
        title: k > c ? `这次可能是本年第${k}次住院` : `这次可能按本年第${k}次住院结算`,
        detail:
          `按本年第${k}次住院计算，起付线为 ${deductibleAt(s)} 元（按第${c}次为 ${deductibleAt(input.settled)} 元）。` +
          (paramAt(version, INPATIENT_PATHS.repeat(), 'repeat')?.note ?? ''),
        ask: '请问医院收费处：这次住院是按本年第几次住院结算的？同一年内在其他医院的住院也计算在内。',
      }),
    }));
}

/** Earlier use of the year's pots that would bring the slip's fund down (or its supplement up) to what it says, at each place among the year's stays. */
function earlierUseCandidates(input: SearchInput): Candidate[] {
  const { slip, base, version, rules } = input;
  const c = base.stay.admission;
  // This stay's own place first: one solved earlier use is shown, the one changing least.
  const ordinals = [c, ...ordinalsToTry(version, c).filter((k) => k !== c)];
  return ordinals.flatMap((k): Candidate[] => {
    const at: Scenario = { ...base, stay: { ...base.stay, admission: k } };
    const start = trySettle(slip, at, rules);
    const fund = lineOf(slip, start, 'fund');
    const supplement = lineOf(slip, start, 'supplement');
    const target: RuledLine | null =
      fund && fund.slip.lessThan(fund.rule.minus(FEN)) ? 'fund' : supplement && supplement.slip.greaterThan(supplement.rule.plus(FEN)) ? 'supplement' : null;
    if (!target) return [];
    const stated = slip[target]!;
    const reached = (x: Dec) => {
      const figure = trySettle(slip, { ...at, earlierUse: x }, rules)?.lines[target];
      if (!figure) return null;
      return target === 'fund' ? figure.lessThanOrEqualTo(stated.plus(FEN)) : figure.greaterThanOrEqualTo(stated.minus(FEN));
    };
    const use = leastReaching(reached, constant(100_000_000));
    if (!use || use.isZero()) return [];
    return [
      {
        kind: 'earlier-stays',
        scenario: { ...at, earlierUse: use },
        solved: true,
        changes: k === c ? 1 : 2,
        label: `${k}/${target}`,
        words: (_, s) => ({
          title: '本年此前的住院可能已用去部分年度额度',
          detail: `假设${usedWords(s, target)}${k === c ? '' : `，并按本年第${k}次住院计算`}。`,
          ask: '请问医院收费处或拨打 12393：本年此前的住院（以及计入同一额度的门诊慢特病）已经用去多少年度额度？也可以在“全年住院估算”页填上本年每次住院核对。',
        }),
      },
    ];
  });
}

/** What the earlier use took, on the pot the slip's figure shows it on. */
function usedWords(settled: Settled, target: RuledLine): string {
  const usage = settled.earlier?.usage;
  if (!usage) return '';
  if (target === 'supplement' && usage.layers.length) {
    return `本年此前已累计计入${usage.layers.map((l) => `${l.name}的费用约 ${bound(whole(l.base))} 元`).join('、')}`;
  }
  return usage.coverage.kind === 'eligibleBand'
    ? `本年此前已计入年度政策范围内费用额度约 ${bound(whole(usage.coverage.used))} 元`
    : `本年此前统筹基金已支付约 ${bound(whole(usage.coverage.used))} 元`;
}

function gradeCandidates({ base, version }: SearchInput): Candidate[] {
  const chosen = gradeOf(version, base.stay).id;
  return version.grades
    .filter((g) => g.id !== chosen)
    .map((g) => {
      const stay: Stay = { ...base.stay, hospitalLevel: g.level };
      delete stay.facility;
      if (g.facility) stay.facility = g.facility;
      return {
        kind: 'grade',
        scenario: { ...base, stay },
        solved: false,
        changes: 1,
        label: g.label,
        words: (labels) => ({
          title: `医院可能按“${labels.join('”或“')}”结算`,
          detail: `按${labels.join('或')}的起付线和支付比例计算。`,
          ask: '请问医院收费处：这家医院按几级医院结算？同一家医院的不同院区、分院，等级可能不同。',
        }),
      };
    });
}

function memberCandidates({ base, version }: SearchInput): Candidate[] {
  const chosen = classOf(version, base.stay.member).id;
  return version.members
    .filter((m) => m !== base.stay.member && classOf(version, m).id !== chosen)
    .map((m) => ({
      kind: 'member',
      scenario: { ...base, stay: { ...base.stay, member: m } },
      solved: false,
      changes: 1,
      label: MEMBER_LABELS[m],
      words: (labels, s) => ({
        title: `可能按“${labels.join('”或“')}”的待遇结算`,
        detail: `按${labels.join('或')}（${s.result.className}）的起付线和支付比例计算。`,
        ask: '请向参保单位或拨打 12393 核实您在医保系统中的人员类别（例如退休手续办好后，待遇是否已经变更）。',
      }),
    }));
}

function isTemporary(mode: AwayMode): mode is (typeof TEMPORARY)[number] {
  return (TEMPORARY as readonly AwayMode[]).includes(mode);
}

/** What treatment out of town changes, read off the version's parameters and the recomputed step. */
function awayWords(version: Version, mode: AwayMode, settled: Settled): string {
  if (!isTemporary(mode)) return '按本市的起付线和支付比例计算。';
  const share = settled.current.steps.find((s) => s.key === 'awayFirstShare');
  const rate = paramAt(version, AWAY_PATHS.firstShare(mode), 'rate')?.value;
  if (share && rate) return `政策范围内费用的 ${percent(rate)}（${yuan(share.amount)} 元）先由个人负担，其余按本市同级别医院的规定报销。`;
  const cut = paramAt(version, AWAY_PATHS.rateCut(mode), 'rate')?.value;
  return cut ? `统筹基金的支付比例降低 ${new Dec(cut).times(100).toString()} 个百分点。` : '按本市的起付线和支付比例计算。';
}

function awayCandidates({ base, version }: SearchInput): Candidate[] {
  const chosen = base.stay.away ?? 'local';
  return AWAY_MODES.filter((m) => m !== chosen).map((mode) => ({
    kind: 'away',
    scenario: { ...base, stay: { ...base.stay, away: mode } },
    solved: false,
    changes: 1,
    label: AWAY_LABELS[mode],
    words: (labels, s) => ({
      title: mode === 'local' || mode === 'registered' ? `可能按“${labels.join('”或“')}”结算` : `可能按异地就医“${labels.join('”或“')}”结算`,
      detail: `按“${labels.join('”或“')}”计算：${awayWords(version, mode, s)}`,
      ask:
        mode === 'local' || mode === 'registered'
          ? '请问医院收费处：这次住院是否按本地就医（或已备案的异地就医）结算？'
          : '请问医院收费处：这次住院是否按异地就医临时外出结算？长期在外地居住的，可以向参保地医保经办机构或拨打 12393 询问办理异地长期居住备案。',
    }),
  }));
}

function versionCandidates({ base, version, rules }: SearchInput): Candidate[] {
  const { city, scheme, date } = base.stay;
  return (rules.book(city, scheme)?.periods ?? [])
    .filter((p) => p.id !== version.id)
    .map((p) => {
      // The day of that period nearest the stay: a stay across two periods is settled by one of its ends.
      const on = p.to !== null && p.to < date ? p.to : p.from > date ? p.from : date;
      return {
        kind: 'version',
        // The person's values were typed for the version in force; another period's are its own.
        scenario: { stay: { ...base.stay, date: on }, overrides: [] },
        solved: false,
        changes: 1,
        label: p.title,
        words: () => ({
          title: `可能按“${p.title}”结算`,
          detail: `按这一规定（施行于 ${p.from} 至 ${p.to ?? '今'}）计算。住院跨越两个时期（例如年底入院、次年出院），或按出院日期适用政策时，会出现这种情况。`,
          ask: '请问医院收费处：这次住院按入院日期还是出院日期适用报销政策？',
        }),
      };
    });
}

/** The deductible that would give the slip's figures, where the version's inpatient rules name special deductible rules the estimate leaves out. */
function specialRuleCandidates({ slip, base, version, settled, rules }: SearchInput): Candidate[] {
  const unmodelled = inpatientConfig(version).unmodelledDeductibles;
  if (!unmodelled) return [];
  const cls = classOf(version, base.stay.member).id;
  const grade = gradeOf(version, base.stay).id;
  const rule = settled.current.deductibleRule;
  const withDeductible = (d: Dec): Scenario => ({
    ...base,
    overrides: [...base.overrides, { path: INPATIENT_PATHS.deductible(cls, grade), value: d.toNumber() }, { path: INPATIENT_PATHS.repeat(), value: [] } satisfies Override],
  });
  const found = deductibleFitting(slip, settled, rule, withDeductible, rules);
  if (!found) return [];
  const ratio = found.isZero() ? '，即没有扣起付线' : rule.isZero() ? '' : wholePercent(found.dividedBy(rule));
  return [
    {
      kind: 'special-rule',
      scenario: withDeductible(found),
      solved: true,
      changes: 1,
      label: found.toFixed(2),
      words: () => ({
        title: '可能按本估算未计入的特殊规定扣了起付线',
        detail: `起付线按 ${yuan(found)} 元（本规定为 ${yuan(rule)} 元${ratio}）计算。口径说明“${unmodelled.title}”：${unmodelled.text}`,
        ask: '请问医院收费处：这次住院的起付线是否按特殊规定计算（例如上面所列的情形）？',
      }),
    },
  ];
}

function wholePercent(ratio: Dec): string {
  const pct = ratio.times(100);
  return pct.isInteger() ? `的 ${pct.toString()}%` : '';
}

/** A lower deductible: the slip's own 实际支付起付线, or the one at which the fund reaches the slip's figure (whole yuan when that fits too). */
function deductibleFitting(slip: Slip, settled: Settled, rule: Dec, withDeductible: (d: Dec) => Scenario, rules: Rules): Dec | null {
  if (slip.deductible && slip.deductible.lessThan(settled.lines.deductible!.minus(FEN))) return slip.deductible;
  const fund = lineOf(slip, settled, 'fund');
  if (!fund || !fund.slip.greaterThan(fund.rule.plus(FEN))) return null;
  const fundAt = (d: Dec) => trySettle(slip, withDeductible(d), rules)?.lines.fund ?? null;
  const found = leastReaching((d) => {
    const f = fundAt(d);
    return f && f.lessThanOrEqualTo(fund.slip.plus(FEN));
  }, rule);
  if (!found) return null;
  const rounded = whole(found);
  const atRounded = fundAt(rounded);
  return atRounded && atRounded.minus(fund.slip).abs().lessThanOrEqualTo(FEN) ? rounded : found;
}

// ---------- ranking ----------

function arithmeticReason(sums: readonly SumCheck[]): Reason | null {
  const failed = sums.filter((s) => !s.ok);
  if (failed.length === 0) return null;
  return {
    kind: 'slip-arithmetic',
    fit: 'arithmetic',
    title: '结算单上的几项相加对不上',
    detail: failed.map((s) => `${s.text}，而${SLIP_NAMES[s.line]}填的是 ${yuan(s.stated)}`).join('；') + '。',
    verdict: '这样的差异也会使结算单与按规定重算的结果不同。',
    ask: '请对照结算单逐项核对您填写的数字；如果结算单上的数字本身就对不上，请到医院收费处询问。',
    comparisons: [],
    unexplained: [],
  };
}

interface Evaluated {
  candidate: Candidate;
  settled: Settled;
  comparisons: LineComparison[];
  fit: Fit;
  fixed: number;
  labels: string[];
}

function evaluate(candidate: Candidate, input: SearchInput, differing: readonly RuledLine[]): Evaluated | null {
  const settled = trySettle(input.slip, candidate.scenario, input.rules);
  if (!settled) return null;
  const comparisons = compareLines(input.slip, settled.lines);
  const fixed = differing.filter((l) => comparisons.find((c) => c.line === l)!.same === true).length;
  const broken = comparisons.some((c) => c.same === false && !differing.includes(c.line));
  if (broken || fixed === 0) return null;
  const all = fixed === differing.length && !comparisons.some((c) => c.same === false);
  // An amount fitted to the slip that still leaves a line differing says nothing.
  if (!all && candidate.solved) return null;
  const fit: Fit = all ? (candidate.solved ? 'solved' : 'exact') : 'partial';
  return { candidate, settled, comparisons, fit, fixed, labels: [candidate.label] };
}

function verdictOf(comparisons: readonly LineComparison[], differing: readonly RuledLine[]): string {
  const still = comparisons.filter((c) => c.same === false).map((c) => SLIP_NAMES[c.line]);
  if (still.length === 0) return '这样重算，结算单上填写的各项都与重算结果一致。';
  const fixed = comparisons.filter((c) => c.same === true && differing.includes(c.line)).map((c) => SLIP_NAMES[c.line]);
  return `这样重算，${fixed.join('、')}与结算单一致，但${still.join('、')}仍不同：可能还有别的原因同时存在。`;
}

const linesKey = (e: Evaluated) => e.comparisons.map((c) => c.rule?.toFixed(2) ?? '-').join('|');

/** The reasons for the differences between the slip and the rules, most likely first. */
export function searchReasons(input: SearchInput): Reason[] {
  const differing = input.comparisons.filter((c) => c.same === false).map((c) => c.line);
  const arithmetic = arithmeticReason(input.sums);
  if (differing.length === 0) return arithmetic ? [arithmetic] : [];
  const candidates = [
    ...ordinalCandidates(input),
    ...earlierUseCandidates(input),
    ...gradeCandidates(input),
    ...memberCandidates(input),
    ...awayCandidates(input),
    ...versionCandidates(input),
    ...specialRuleCandidates(input),
  ];
  const kept: Evaluated[] = [];
  for (const candidate of candidates) {
    const e = evaluate(candidate, input, differing);
    if (!e) continue;
    // One reason per kind and fit: the same lines from several labels are listed together; other lines come later and are dropped.
    const same = kept.find((k) => k.candidate.kind === e.candidate.kind && k.fit === e.fit);
    if (!same) kept.push(e);
    else if (linesKey(same) === linesKey(e)) same.labels.push(e.candidate.label);
  }
  const ranked = kept.sort(
    (a, b) =>
      FIT_ORDER.indexOf(a.fit) - FIT_ORDER.indexOf(b.fit) ||
      b.fixed - a.fixed ||
      a.candidate.changes - b.candidate.changes ||
      KIND_ORDER.indexOf(a.candidate.kind) - KIND_ORDER.indexOf(b.candidate.kind),
  );
  const partial = ranked.filter((e) => e.fit === 'partial').slice(0, MAX_PARTIAL);
  const reasons = [...ranked.filter((e) => e.fit !== 'partial'), ...partial].map(
    (e): Reason => ({
      kind: e.candidate.kind,
      fit: e.fit,
      ...e.candidate.words(e.labels, e.settled),
      verdict: verdictOf(e.comparisons, differing),
      comparisons: e.comparisons,
      unexplained: e.comparisons.filter((c) => c.same === false).map((c) => c.line),
    }),
  );
  if (!arithmetic) return reasons;
  const at = reasons.findIndex((r) => FIT_ORDER.indexOf(r.fit) > FIT_ORDER.indexOf('arithmetic'));
  return at < 0 ? [...reasons, arithmetic] : [...reasons.slice(0, at), arithmetic, ...reasons.slice(at)];
}
