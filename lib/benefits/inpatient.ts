import { ZERO, constant, fen, percent, yuan, type Dec } from '../base/money';
import type { Benefit, EventResult, SettleContext } from '../engine/benefit';
import type { Bill } from '../engine/bill';
import { applyFundPot, appliedDeductible, coverEnd, type FundPot } from '../engine/fund-pot';
import { payLayers } from '../engine/layers';
import { POTS } from '../engine/ledger';
import { partLabel, segmentParts } from '../engine/segments';
import { SlipBuilder } from '../engine/slip-builder';
import { SettledStep, need, usedParam, type Note, type StepText, type Use } from '../engine/steps';
import { PATHS } from '../model/address';
import { INPATIENT } from '../model/fields';
import { awayFirstShare, awayRate, awayTerms } from './away';
import { missingOf, perGrade, type Missing } from '../model/tree';
import { AWAY_FIELD, gradeFields } from './fields';
import { gradeOf, memoOf, paramAt, type ClassRef } from '../model/version';
import type { BenefitClass, Grade, Interpretation, Param, ParamDecl, PeriodShape, RepeatStep, Segment, SegmentsOn, Version } from '../model/types';

/**
 * The inpatient benefit, in settlement-slip order:
 * 医疗总费用 → 全自费 → 先行自付 → 政策范围内费用 → 起付线 → 统筹基金分段支付 →
 * 年度限额 → 补充层（大额 / 大病） → 个人负担.
 * Every rule comes from the version's parameters; nothing here names a city.
 */

export const INPATIENT_PATHS = {
  deductible: (cls: string, grade: string) => `inpatient/deductible/${cls}/${grade}`,
  repeat: () => 'inpatient/repeat',
  segments: (cls: string, grade: string) => `inpatient/segments/${cls}/${grade}`,
} as const;

/** What a period says of its inpatient benefit: where the segment bounds are measured, and which deductible rules of its sources the estimate leaves out. */
export interface InpatientConfig {
  segmentsOn: SegmentsOn;
  /**
   * The sources' special deductible rules the estimate does not model (e.g. 中医医院起付线降低20%), as
   * the 口径说明 that lists them, which the period also shows: a slip's lower deductible may come from one.
   */
  unmodelledDeductibles?: Interpretation;
}

/** Segment bounds on each admission's eligible cost: every period's reading today; 'year' is the other reading, one data change away. */
export const PER_ADMISSION: InpatientConfig = { segmentsOn: 'admission' };

export function inpatientConfig(version: Pick<Version, 'benefits'>): InpatientConfig {
  return version.benefits.inpatient as InpatientConfig;
}

function declareClass(cls: BenefitClass, { grades }: PeriodShape): ParamDecl[] {
  return [
    ...perGrade([cls], grades, '起付线（第一次住院）', INPATIENT_PATHS.deductible, 'amount', '起付线'),
    ...perGrade([cls], grades, '统筹基金支付比例', INPATIENT_PATHS.segments, 'segments'),
  ];
}

function declare({ classes, grades }: PeriodShape): ParamDecl[] {
  return [
    ...perGrade(classes, grades, '起付线（第一次住院）', INPATIENT_PATHS.deductible, 'amount', '起付线'),
    { path: INPATIENT_PATHS.repeat(), shape: 'repeat', group: '多次住院的起付线', name: '年度内第二次及以后住院' },
    ...perGrade(classes, grades, '统筹基金支付比例', INPATIENT_PATHS.segments, 'segments'),
  ];
}

/** What the person is asked for, by the kind of parameter, when no source gives it. */
export const ASK_LABELS = {
  deductible: '起付线（第一次住院的标准）',
  segments: '统筹基金分段支付比例',
  fund: '统筹基金年度最高支付限额',
} as const;

/** The basic values an admission of this class at this grade is settled by, and the words asking for each. */
function missing(version: Version, cls: string, bill: Partial<Bill>): Missing[] {
  if (!bill.hospitalLevel) return [];
  const grade = gradeOf(version, { hospitalLevel: bill.hospitalLevel, facility: bill.facility });
  return missingOf(version, [
    { path: INPATIENT_PATHS.deductible(cls, grade.id), label: ASK_LABELS.deductible },
    { path: INPATIENT_PATHS.segments(cls, grade.id), label: ASK_LABELS.segments },
    { path: PATHS.fund(cls), label: ASK_LABELS.fund },
  ]);
}

/** A parameter of this class, or the stand-in's reason when the member type's class is unknown. */
function classParam<T>(version: Version, path: string, cls: ClassRef): Param<T> {
  const found = version.params.get(path) as Param<T> | undefined;
  return found ?? ({ path, shape: 'amount', group: '', name: '', value: null, level: 'unknown', cite: cls.mapping.cite, note: cls.mapping.note, from: cls.mapping.from } as Param<T>);
}

/** The parameters one class settles by at one grade, and the words naming them, read off the version once. */
interface Table {
  grade: Grade;
  where: string;
  deductible: Param<number>;
  repeat: Param<RepeatStep[]>;
  segments: Param<Segment[]>;
  fund: Param<number>;
  deductibleUses: Use[];
  segmentsUses: Use[];
  capUses: Use[];
  segmentsOnYear: boolean;
}

function tableOf(version: Version, cls: ClassRef, bill: Bill): Table {
  return memoOf(version, `inpatient|${cls.id}|${bill.hospitalLevel}|${bill.facility ?? ''}`, () => {
    const grade = gradeOf(version, bill);
    const where = `${cls.label}·${grade.label}`;
    const deductible = classParam<number>(version, INPATIENT_PATHS.deductible(cls.id, grade.id), cls);
    const repeat = paramAt(version, INPATIENT_PATHS.repeat(), 'repeat')!;
    const segments = classParam<Segment[]>(version, INPATIENT_PATHS.segments(cls.id, grade.id), cls);
    const fund = classParam<number>(version, PATHS.fund(cls.id), cls);
    const capName = version.fund === 'eligibleBand' ? `${cls.label}·年度政策范围内费用额度` : `${cls.label}·统筹基金年度最高支付限额`;
    return {
      grade,
      where,
      deductible,
      repeat,
      segments,
      fund,
      deductibleUses: [usedParam(`${where}·起付线`, deductible), usedParam('多次住院的起付线规则', repeat)],
      segmentsUses: [usedParam(`${where}·分段支付比例`, segments)],
      capUses: [usedParam(capName, fund)],
      segmentsOnYear: inpatientConfig(version).segmentsOn === 'year',
    };
  });
}

function settle(bill: Bill, ctx: SettleContext): EventResult {
  const { version, cls, ordinal, ledger } = ctx;
  const { grade, where, deductible: deductibleParam, repeat, segments: segmentsParam, fund: fundParam, ...table } = tableOf(version, cls, bill);
  const notes: Note[] = [];

  // 医疗总费用 → 全自费 → 先行自付 → 政策范围内费用, and out of town the share paid first
  const slip = new SlipBuilder(bill, '住院');
  const terms = awayTerms(version, bill);
  const E = awayFirstShare(terms, slip.eligible, slip, notes);
  const eligibleBefore = ledger.used(POTS.fundEligible);
  const fundBefore = ledger.used(POTS.fundPaid);

  // 起付线: this admission's rule; applied (below) only to the cost inside the fund's cover
  const D = E.isZero() && deductibleParam.value === null ? ZERO : deductibleFor(deductibleParam, repeat, ordinal, `${where}·起付线`);

  // 统筹基金 segmented payment, limited by the annual cap or band
  const pot: FundPot = {
    amount: E.isZero() ? null : constant(need(fundParam, `${cls.label}·年度最高支付限额`)),
    band: version.fund === 'eligibleBand',
    eligibleBefore,
    fundBefore,
    uses: table.capUses,
  };
  const bandEnd = coverEnd(pot, E);
  const start = table.segmentsOnYear ? eligibleBefore : ZERO;
  const parts = bandEnd.greaterThan(D)
    ? segmentParts(need(segmentsParam, `${where}·分段支付比例`), D, bandEnd, where, segmentsParam.note, start, (r) => awayRate(r, terms))
    : [];
  const segmentsUses = terms.rateCut > 0 ? [...table.segmentsUses, ...terms.cutUses] : table.segmentsUses;
  const low = start.isZero() ? D : start.plus(D);
  for (const part of parts) {
    const text = (): StepText => [`${partLabel(part, low)}：${yuan(part.to.minus(part.from))} × ${percent(part.rate)}`];
    slip.add('segment', new SettledStep('segment', part.pay, 'rule', text, segmentsUses));
  }
  const { fund, covered } = applyFundPot(pot, parts, E, bandEnd, start, slip);
  slip.add('fund', new SettledStep('fund', fund, 'computed', () => ['统筹基金支付']));
  const applied = appliedDeductible(pot, D, E, covered);
  if (!E.isZero()) {
    const text = (): StepText => [
      `起付线（本年第${ordinal}次住院）`,
      deductibleDetail(deductibleParam.value, repeat.value, ordinal, D) + (applied.why ? `；${applied.why()}` : ''),
    ];
    slip.add('deductible', new SettledStep('deductible', applied.amount, 'rule', text, table.deductibleUses));
  }

  // Supplementary layers
  const overCoverage = fen(E.minus(covered));
  const supplements = payLayers(ctx, { overCoverage, coveredBurden: E.minus(overCoverage).minus(fund), eligibleMinusFund: E.minus(fund) }, slip, notes);

  if (E.greaterThan(ZERO) && E.lessThanOrEqualTo(D) && !applied.spent) {
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

  ledger.add(POTS.fundEligible, E);
  ledger.add(POTS.fundPaid, fund);
  return slip.close(ctx, { benefit: INPATIENT, grade, fund, supplements, deductible: applied.amount, deductibleRule: D, notes, fundAmount: fundParam.value });
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

export const inpatient: Benefit = {
  id: INPATIENT,
  label: '住院',
  words: { event: '住院', total: '住院总费用', date: '住院日期' },
  inputs: { required: ['hospitalLevel'], optional: ['facility', 'away'] },
  fields: (version, bill) => [...gradeFields(version, bill), AWAY_FIELD],
  missing,
  declare,
  declareClass,
  settle,
};
