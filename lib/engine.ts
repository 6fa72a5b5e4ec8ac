import { todayInShanghai } from './dates';
import { EstimateError } from './errors';
import { CITY_LABELS, MEMBER_LABELS, SCHEME_LABELS } from './labels';
import { Dec, ZERO, bound, clamp, constant, fen, max, min, percent, sum, yuan } from './money';
import { applyOverrides, type Override } from './overrides';
import { futureNote, provenanceNotes, provenanceOf, stalenessNote, type Provenance } from './provenance';
import { versionOn, versionsOf } from './rules';
import type {
  Citation,
  CityId,
  Coverage,
  Facility,
  Grade,
  HospitalLevel,
  Interpretation,
  Layer,
  LayerRule,
  Level,
  MemberId,
  Param,
  RepeatStep,
  SchemeId,
  Segment,
  Version,
} from './types';

/**
 * The estimate pipeline, in settlement-slip order:
 * 医疗总费用 → 全自费 → 先行自付 → 政策范围内费用 → 起付线 → 统筹基金分段支付 →
 * 年度限额 → 补充层（大额 / 大病） → 个人负担.
 * It reads every rule from the version's data; nothing here names a city.
 */

export interface Bill {
  date: string;
  hospitalLevel: HospitalLevel;
  facility?: Facility;
  totalCost: Dec;
  outOfScope: Dec;
  selfPayFirst: Dec;
}

/** A bill from parsed amounts, the parts a person may leave out counting as 0. */
export function billOf(b: Omit<Bill, 'outOfScope' | 'selfPayFirst'> & { outOfScope?: Dec; selfPayFirst?: Dec }): Bill {
  return { ...b, outOfScope: b.outOfScope ?? ZERO, selfPayFirst: b.selfPayFirst ?? ZERO };
}

export interface YearRequest {
  city: CityId;
  scheme: SchemeId;
  member: MemberId;
  /** The year's admissions in date order; the last is the one being estimated. */
  admissions: Bill[];
  /** Ordinal of the first listed admission: 1 when the whole year is listed. */
  firstOrdinal: number;
  overrides?: Override[];
  /** Today in China (default: now), for the warning on stays dated far ahead. */
  today?: string;
}

/** A parameter a step rests on: its name in words, how far to trust it, where it comes from. */
export interface Use {
  readonly name: string;
  readonly level: Level;
  readonly cite: readonly Citation[];
}

export interface Step {
  readonly key: string;
  readonly label: string;
  readonly amount: Dec;
  /** Where the amount comes from: the person's bill, arithmetic on earlier steps, or a rule's citations. */
  readonly origin: 'input' | 'computed' | 'rule';
  /** The parameters a rule step rests on; their citations and least trusted level are the step's. */
  readonly uses: readonly Use[];
  readonly cite: readonly Citation[];
  readonly level?: Level;
  /** The arithmetic behind the amount, in words. */
  readonly detail?: string;
}

type StepText = readonly [label: string, detail?: string];

/** A step whose words are written only when read: estimates run in bulk (planner, batch checks) rarely show every step. */
class SettledStep implements Step {
  private text?: StepText;
  readonly cite: readonly Citation[];
  readonly level?: Level;
  constructor(
    readonly key: string,
    readonly amount: Dec,
    readonly origin: Step['origin'],
    private readonly describe: () => StepText,
    readonly uses: readonly Use[] = [],
  ) {
    this.cite = uses.length === 1 ? uses[0]!.cite : uses.flatMap((u) => u.cite);
    this.level = uses.length === 0 ? undefined : uses.map((u) => u.level).reduce(worst);
  }
  get label(): string {
    return (this.text ??= this.describe())[0];
  }
  get detail(): string | undefined {
    return (this.text ??= this.describe())[1];
  }
}

export interface Note {
  kind: 'interpretation' | 'assumption' | 'warning';
  /** What a warning is about, for the pages that show it beside the figure; not part of the CLI's output. */
  topic?: 'provenance' | 'freshness';
  title: string;
  text: string;
}

export interface Supplement {
  id: string;
  name: string;
  amount: Dec;
  level: Level;
}

export interface Usage {
  coverage: { kind: Coverage['kind']; amount: Dec; used: Dec };
  layers: { id: string; name: string; base: Dec; paid: Dec; annualMax: Dec }[];
}

export interface AdmissionResult {
  ordinal: number;
  date: string;
  grade: Grade;
  totalCost: Dec;
  outOfScope: Dec;
  selfPayFirst: Dec;
  eligibleCost: Dec;
  /** This admission's deductible under the rules (after the repeat-admission rule). */
  deductible: Dec;
  fund: Dec;
  supplements: Supplement[];
  supplementTotal: Dec;
  outOfPocket: Dec;
  steps: Step[];
  notes: Note[];
  /** Annual limits used after this admission. */
  usage: Usage;
}

export interface YearResult {
  version: Version;
  className: string;
  admissions: AdmissionResult[];
  /** What the year's figures rest on: official texts, public reports, values the person typed. */
  provenance: Provenance;
  interpretations: Interpretation[];
  notes: Note[];
}

/** Cumulative amounts of the calendar year, carried from one admission to the next. */
interface YearState {
  eligible: Dec;
  fund: Dec;
  layers: Record<string, { base: Dec; paid: Dec }>;
}

const INFINITY = new Dec(Infinity);

export function estimateYear(request: YearRequest): YearResult {
  const last = request.admissions.at(-1);
  if (!last) throw new EstimateError('invalid-input', '至少需要一次住院。');
  const version = applyOverrides(pickVersion(request, last.date), request.overrides ?? []);
  const cls = benefitClass(version, request.member);
  const state: YearState = { eligible: ZERO, fund: ZERO, layers: {} };
  const admissions = request.admissions.map((bill, i) =>
    settle(version, cls, bill, request.firstOrdinal + i, state),
  );
  const provenance = provenanceOf(admissions.flatMap((a) => a.steps.flatMap((s) => s.uses)));
  return {
    version,
    className: cls.label,
    admissions,
    provenance,
    interpretations: version.interpretations,
    notes: yearNotes(request, admissions, provenance),
  };
}

function pickVersion(request: YearRequest, date: string): Version {
  const { city, scheme } = request;
  const version = versionOn(city, scheme, date);
  if (!version) {
    const known = versionsOf(city, scheme).map((v) => `${v.title}（${v.validFrom} 至 ${v.validTo ?? '今'}）`);
    throw new EstimateError(
      'no-version',
      `${CITY_LABELS[city]}${SCHEME_LABELS[scheme]}在 ${date} 没有已知的住院报销规定。已知版本：${known.join('；') || '无'}。`,
      { city, scheme, date, versions: versionsOf(city, scheme).map((v) => ({ id: v.id, validFrom: v.validFrom, validTo: v.validTo })) },
    );
  }
  const other = request.admissions.find((b) => b.date < version.validFrom || (version.validTo !== null && b.date > version.validTo));
  if (other) {
    throw new EstimateError(
      'mixed-versions',
      `本年各次住院须适用同一政策版本：${other.date} 的住院不适用“${version.title}”。`,
      { date: other.date, version: version.id },
    );
  }
  return version;
}

interface ClassRef {
  id: string;
  label: string;
  mapping: Param<string>;
}

/** The benefit class id of a member type; `member:<id>` when no source says which class applies. */
export function classIdOf(version: Version, member: MemberId): string {
  const mapping = version.members[member];
  if (!mapping) {
    throw new EstimateError('invalid-input', `“${version.title}”没有“${MEMBER_LABELS[member]}”这一人员类别。`, { member });
  }
  return mapping.value ?? `member:${member}`;
}

/** The benefit class of a member type. When no source says which class applies, a class of its own with every table unknown. */
function benefitClass(version: Version, member: MemberId): ClassRef {
  const id = classIdOf(version, member);
  const mapping = version.members[member] as Param<string>;
  const found = version.classes.find((c) => c.id === id);
  return { id, label: found?.label ?? MEMBER_LABELS[member], mapping };
}

/** The grade a bill's hospital level (and facility, for level-1 variants) selects in this version. */
export function gradeOf(version: Version, bill: Pick<Bill, 'hospitalLevel' | 'facility'>): Grade {
  const ofLevel = version.grades.filter((g) => g.level === bill.hospitalLevel);
  const chosen = bill.facility ? ofLevel.find((g) => g.facility === bill.facility) : undefined;
  const grade = chosen ?? ofLevel.find((g) => !g.facility);
  if (!grade) throw new EstimateError('invalid-input', `“${version.title}”没有该医院等级。`, { hospitalLevel: bill.hospitalLevel });
  return grade;
}

function usedParam(name: string, param: Param<unknown>): Use {
  return { name, level: param.level, cite: param.cite };
}

/** A parameter the computation needs: its value, or a refusal that names it and says where to find it. */
function need<T>(param: Param<T>, name: string): T {
  if (param.value !== null) return param.value;
  throw new EstimateError('unknown-parameter', `缺少参数：${name}。${param.note ?? ''}`, { parameter: name });
}

function unknownFor<T>(cls: ClassRef): Param<T> {
  return { value: null, level: 'unknown', cite: cls.mapping.cite, note: cls.mapping.note };
}

function settle(version: Version, cls: ClassRef, bill: Bill, ordinal: number, state: YearState): AdmissionResult {
  const grade = gradeOf(version, bill);
  const where = `${cls.label}·${grade.label}`;
  const steps: Step[] = [];
  const notes: Note[] = [];

  // 医疗总费用 → 全自费 → 先行自付 → 政策范围内费用
  const T = bill.totalCost;
  const O = bill.outOfScope;
  const S = bill.selfPayFirst;
  const E = T.minus(O).minus(S);
  if (O.isNegative() || S.isNegative() || E.isNegative()) {
    throw new EstimateError('invalid-input', `${bill.date} 的住院：金额不能为负数，全自费与先行自付之和不能超过住院总费用。`);
  }
  const eligibleBefore = state.eligible;
  const fundBefore = state.fund;
  steps.push(
    new SettledStep('total', T, 'input', () => ['医疗总费用']),
    new SettledStep('outOfScope', O, 'input', () => ['全自费', '医保目录外的费用，由个人全部负担']),
    new SettledStep('selfPayFirst', S, 'input', () => ['先行自付', '乙类药品、高值耗材等按比例先由个人支付的部分']),
    new SettledStep('eligible', E, 'computed', () => ['政策范围内费用', '医疗总费用 − 全自费 − 先行自付']),
  );

  // 起付线: this admission's rule
  const deductibleParam = version.deductible[cls.id]?.[grade.id] ?? unknownFor<number>(cls);
  const D =
    E.isZero() && deductibleParam.value === null
      ? ZERO
      : deductibleFor(deductibleParam, version.repeat, ordinal, `${where}·起付线`);
  if (!E.isZero()) {
    steps.push(
      new SettledStep(
        'deductible',
        D,
        'rule',
        () => [`起付线（本年第${ordinal}次住院）`, deductibleDetail(deductibleParam.value, version.repeat.value, ordinal, D)],
        [usedParam(`${where}·起付线`, deductibleParam), usedParam('多次住院的起付线规则', version.repeat)],
      ),
    );
  }

  // 统筹基金 segmented payment, limited by the annual cap or band
  const coverageParam = version.coverage[cls.id] ?? unknownFor<Coverage>(cls);
  const segmentsParam = version.segments[cls.id]?.[grade.id] ?? unknownFor<Segment[]>(cls);
  const coverage = E.isZero() ? null : need(coverageParam, `${cls.label}·年度最高支付限额`);
  const bandEnd =
    coverage?.kind === 'eligibleBand' ? clamp(constant(coverage.amount).minus(eligibleBefore), ZERO, E) : E;
  const parts = bandEnd.greaterThan(D) ? segmentParts(need(segmentsParam, `${where}·分段支付比例`), D, bandEnd, where, segmentsParam) : [];
  const segmentsUse = parts.length ? [usedParam(`${where}·分段支付比例`, segmentsParam)] : [];
  for (const part of parts) {
    const text = (): StepText => [`${partLabel(part, D)}：${yuan(part.to.minus(part.from))} × ${percent(part.rate)}`];
    steps.push(new SettledStep('segment', part.pay, 'rule', text, segmentsUse));
  }
  const segmentTotal = sum(parts.map((p) => p.pay));

  let fund = segmentTotal;
  let covered = bandEnd; // the eligible cost inside the fund's cover
  if (coverage?.kind === 'fundCap') {
    const cap = constant(coverage.amount);
    const remaining = max(ZERO, cap.minus(fundBefore));
    const paid = min(segmentTotal, remaining);
    const exact = sum(parts.map((p) => p.exact));
    covered = remaining.isZero() ? ZERO : exact.greaterThan(remaining) ? pointWhereReached(parts, remaining) : E;
    const text = (): StepText => [
      '统筹基金年度最高支付限额',
      `年度限额 ${bound(cap)} 元，本年此前已支付 ${yuan(fundBefore)}，本次最多可支付 ${yuan(remaining)}` +
        (paid.lessThan(segmentTotal) ? `；按比例计算的 ${yuan(segmentTotal)} 超出限额，本次支付 ${yuan(paid)}` : ''),
    ];
    steps.push(new SettledStep('cap', paid, 'rule', text, [usedParam(`${cls.label}·统筹基金年度最高支付限额`, coverageParam)]));
    fund = paid;
  } else if (coverage) {
    const band = constant(coverage.amount);
    const text = (): StepText => [
      '年度政策范围内费用额度',
      `年度额度 ${bound(band)} 元，本年此前已计入 ${yuan(eligibleBefore)}，本次计入 ${yuan(bandEnd)}` +
        (bandEnd.lessThan(E) ? `；其余 ${yuan(E.minus(bandEnd))} 超出额度，统筹基金不再支付` : ''),
    ];
    steps.push(new SettledStep('cap', bandEnd, 'rule', text, [usedParam(`${cls.label}·年度政策范围内费用额度`, coverageParam)]));
  }
  steps.push(new SettledStep('fund', fund, 'computed', () => ['统筹基金支付']));

  // Supplementary layers
  const overCoverage = fen(E.minus(covered));
  const coveredBurden = E.minus(overCoverage).minus(fund);
  const supplements: Supplement[] = [];
  for (const layer of version.layers) {
    if (layer.rule.value === null) {
      notes.push({
        kind: 'warning',
        title: `${layer.name}未计入`,
        text: `${layer.rule.note ?? `${layer.name}的标准未见来源。`}本估算未计入这一项，显示的个人负担是上限，实际可能更低。`,
      });
      continue;
    }
    const base =
      layer.base === 'overCoverage'
        ? overCoverage
        : layer.base === 'coveredBurden'
          ? coveredBurden
          : E.minus(fund).minus(sum(supplements.map((s) => s.amount)));
    const paid = payLayer(layer, layer.rule.value, base, state, steps);
    supplements.push({ id: layer.id, name: layer.name, amount: paid, level: layer.rule.level });
  }
  const supplementTotal = sum(supplements.map((s) => s.amount));

  // 个人负担
  const outOfPocket = T.minus(fund).minus(supplementTotal);
  steps.push(
    new SettledStep('outOfPocket', outOfPocket, 'computed', () => [
      '个人负担',
      `全自费 ${yuan(O)} + 先行自付 ${yuan(S)} + 政策范围内个人负担 ${yuan(E.minus(fund).minus(supplementTotal))}`,
    ]),
  );

  if (E.greaterThan(ZERO) && E.lessThanOrEqualTo(D)) {
    notes.push({ kind: 'assumption', title: '未达起付线', text: `政策范围内费用 ${yuan(E)} 未超过起付线 ${yuan(D)}，统筹基金不支付。` });
  }
  if (grade.level === 1 && version.grades.some((g) => g.level === 1 && g.facility) && !bill.facility) {
    const others = version.grades.filter((g) => g.level === 1 && g.facility).map((g) => g.label);
    notes.push({
      kind: 'assumption',
      title: '一级及以下医院按默认类别计算',
      text: `按“${grade.label}”计算；如果是${others.join('或')}，标准不同，请在医院等级中选择。`,
    });
  }

  state.eligible = state.eligible.plus(E);
  state.fund = state.fund.plus(fund);
  return {
    ordinal,
    date: bill.date,
    grade,
    totalCost: T,
    outOfScope: O,
    selfPayFirst: S,
    eligibleCost: E,
    deductible: D,
    fund,
    supplements,
    supplementTotal,
    outOfPocket,
    steps,
    notes,
    usage: usageOf(version, coverage ?? coverageParam.value, state),
  };
}

function deductibleFor(param: Param<number>, repeat: Param<RepeatStep[]>, ordinal: number, name: string): Dec {
  const base = constant(need(param, name));
  const step = need(repeat, '多次住院的起付线规则')
    .filter((s) => s.from <= ordinal)
    .at(-1);
  if (!step) return base;
  if (step.amount !== undefined) return constant(step.amount);
  return fen(base.times(constant(step.factor ?? 1)));
}

function deductibleDetail(base: number | null, repeat: RepeatStep[] | null, ordinal: number, D: Dec): string {
  const step = (repeat ?? []).filter((s) => s.from <= ordinal).at(-1);
  if (base === null) return `您填写的起付线 ${yuan(D)}`;
  const head = `该级别医院起付线 ${yuan(constant(base))}`;
  if (!step) return head;
  if (step.amount !== undefined) return `${head}；年度内第${step.from}次及以后住院每次 ${yuan(D)}`;
  if (step.factor === 0) return `${head}；年度内第${step.from}次起不设起付线`;
  return `${head}；年度内第${step.from}次住院按 ${percent(step.factor ?? 1)} 计，为 ${yuan(D)}`;
}

interface Part {
  from: Dec;
  to: Dec;
  rate: number;
  exact: Dec;
  pay: Dec;
}

/** The parts of [D, end] that each segment covers, with the exact and the rounded payment of each. */
function segmentParts(segments: Segment[], D: Dec, end: Dec, where: string, param: Param<Segment[]>): Part[] {
  const parts: Part[] = [];
  let lower = ZERO;
  for (const segment of segments) {
    if (lower.greaterThanOrEqualTo(end)) return parts;
    const upper = segment.upTo === null ? INFINITY : constant(segment.upTo);
    if (upper.lessThanOrEqualTo(D)) {
      lower = upper;
      continue;
    }
    const from = max(lower, D);
    const to = min(upper, end);
    if (to.greaterThan(from)) {
      if (segment.rate === null) {
        throw new EstimateError(
          'unknown-parameter',
          `缺少参数：${where}·政策范围内费用 ${bound(lower)} 元以上部分的支付比例。${param.note ?? ''}`,
          { parameter: `${where}·${bound(lower)}元以上部分的支付比例` },
        );
      }
      const exact = to.minus(from).times(constant(segment.rate));
      parts.push({ from, to, rate: segment.rate, exact, pay: fen(exact) });
    }
    lower = upper;
  }
  if (lower.lessThan(end)) {
    throw new EstimateError('unknown-parameter', `缺少参数：${where}·政策范围内费用 ${bound(lower)} 元以上部分的支付比例。`, {
      parameter: `${where}·${bound(lower)}元以上部分的支付比例`,
    });
  }
  return parts;
}

function partLabel(part: Part, D: Dec): string {
  const from = part.from.equals(D) ? '起付线' : `${bound(part.from)}元`;
  return part.to.equals(INFINITY) ? `${from}以上部分` : `${from}至${bound(part.to)}元部分`;
}

/** The eligible cost at which the fund's payments for this admission reach `target` (> 0). */
function pointWhereReached(parts: Part[], target: Dec): Dec {
  let paid = ZERO;
  for (const part of parts) {
    if (paid.plus(part.exact).greaterThanOrEqualTo(target)) return part.from.plus(target.minus(paid).dividedBy(constant(part.rate)));
    paid = paid.plus(part.exact);
  }
  return parts.at(-1)?.to ?? ZERO;
}

/** Pay one supplementary layer on this admission's base, progressive on the year's cumulative base, within its annual maximum. */
function payLayer(layer: Layer, rule: LayerRule, base: Dec, state: YearState, steps: Step[]): Dec {
  const year = (state.layers[layer.id] ??= { base: ZERO, paid: ZERO });
  const start = year.base;
  const end = start.plus(base);
  const lines: { length: Dec; rate: number; pay: Dec }[] = [];
  for (const band of rule.bands) {
    const from = max(constant(band.from), start);
    const to = min(band.to === null ? INFINITY : constant(band.to), end);
    if (to.greaterThan(from)) {
      const length = to.minus(from);
      lines.push({ length, rate: band.rate, pay: fen(length.times(constant(band.rate))) });
    }
  }
  const total = sum(lines.map((l) => l.pay));
  const annualMax = constant(rule.annualMax);
  const paid = min(total, max(ZERO, annualMax.minus(year.paid)));
  const threshold = rule.bands[0]?.from ?? 0;
  const text = (): StepText => [
    layer.name,
    `本次计算基数 ${yuan(base)}（本年累计 ${yuan(start)} → ${yuan(end)}` +
      (threshold > 0 ? `，起点 ${bound(constant(threshold))}` : '') +
      '）' +
      (lines.length ? `；${lines.map((l) => `${yuan(l.length)} × ${percent(l.rate)} = ${yuan(l.pay)}`).join('；')}` : '；未达到支付起点') +
      (paid.lessThan(total) ? `；年度最高 ${bound(annualMax)} 元，本次支付 ${yuan(paid)}` : ''),
  ];
  steps.push(new SettledStep(`layer:${layer.id}`, paid, 'rule', text, [usedParam(layer.name, layer.rule)]));
  year.base = end;
  year.paid = year.paid.plus(paid);
  return paid;
}

function usageOf(version: Version, coverage: Coverage | null, state: YearState): Usage {
  return {
    coverage: {
      kind: coverage?.kind ?? 'fundCap',
      amount: constant(coverage?.amount ?? 0),
      used: coverage?.kind === 'eligibleBand' ? state.eligible : state.fund,
    },
    layers: version.layers.flatMap((layer) => {
      const rule = layer.rule.value;
      const year = state.layers[layer.id];
      return rule && year ? [{ id: layer.id, name: layer.name, base: year.base, paid: year.paid, annualMax: constant(rule.annualMax) }] : [];
    }),
  };
}

function yearNotes(request: YearRequest, admissions: AdmissionResult[], provenance: Provenance): Note[] {
  const notes: Note[] = [];
  if (request.firstOrdinal > 1) {
    notes.push({
      kind: 'assumption',
      title: '此前住院按未使用年度额度计算',
      text: `这是本年第${request.firstOrdinal}次住院，但没有填写此前各次住院的费用，本估算假设此前住院未使用统筹基金年度限额和补充保障的额度；起付线仍按第${request.firstOrdinal}次住院的规则计算。`,
    });
  }
  notes.push(...provenanceNotes(provenance));
  const stale = stalenessNote(admissions.map((a) => ({ date: a.date, uses: a.steps.flatMap((s) => s.uses) })));
  if (stale) notes.push(stale);
  const future = futureNote(admissions.map((a) => a.date), request.today ?? todayInShanghai());
  if (future) notes.push(future);
  return notes;
}

const LEVEL_ORDER: Level[] = ['official', 'reported', 'user', 'unknown'];

function worst(a: Level, b: Level): Level {
  return LEVEL_ORDER.indexOf(a) >= LEVEL_ORDER.indexOf(b) ? a : b;
}
