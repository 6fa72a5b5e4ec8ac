import { bound, constant, percent } from '../base/money';
import { PATHS } from '../model/address';
import type { Band, BenefitClass, Document, Entry, Grade, Interpretation, Layer, Params, Period } from '../model/types';
import { dated, interpretation, reported, since, type Values } from './entries';
import { REPORT_SHANDONG_CRITICAL_REWARD_2025 as REWARD_REPORT } from './shandong';

/** Pieces shared by several periods' data. */

export const GRADES: Grade[] = [
  { id: '1', level: 1, label: '一级及以下医院' },
  { id: '2', level: 2, label: '二级医院' },
  { id: '3', level: 3, label: '三级医院' },
];

export const GRADE_IDS = ['1', '2', '3'] as const;

export const EMPLOYEE_CLASSES: BenefitClass[] = [
  { id: 'working', label: '在职职工' },
  { id: 'retired', label: '退休人员' },
];
export const EMPLOYEE_CLASS_IDS = ['working', 'retired'] as const;

export const RESIDENT_TIER_CLASSES: BenefitClass[] = [
  { id: 'tier1', label: '一档缴费' },
  { id: 'tier2', label: '二档缴费' },
];
export const RESIDENT_TIER_IDS = ['tier1', 'tier2'] as const;

/** 口径说明 that hold for every version with segmented payment. */
export const SEGMENTS_PER_ADMISSION: Interpretation = {
  id: 'segments-per-admission',
  title: '分段按单次住院计算',
  text:
    '分段累进的各段界限，按本次住院的政策范围内费用从0元起算。例如“起付标准至5000元的部分按80%”，' +
    '指本次住院政策范围内费用中介于起付线与5000元之间的部分按80%支付。',
};

export const ROUNDING: Interpretation = {
  id: 'rounding',
  title: '金额取整',
  text: '每一笔支付金额（每一段、每一项补助）按四舍五入保留到分，合计为各笔之和；个人负担 = 医疗总费用 − 统筹基金支付 − 各项补助。',
};

export const FLEXIBLE_AS_WORKING: Interpretation = {
  id: 'flexible-as-working',
  title: '灵活就业人员按在职职工待遇计算',
  text: '来源文件只对灵活就业人员的缴费作出规定，未单设住院待遇，本估算按在职职工的起付线和支付比例计算。',
};

/** Flexible workers mapped to in-service workers: our reading of a text that covers their contributions only, never its own value. */
export const flexibleAsWorking = (docs: Document | Document[], at: string): Entry<string> => interpretation('working', docs, at, FLEXIBLE_AS_WORKING);

export const FUND_CAP_OVERFLOW: Interpretation = {
  id: 'fund-cap-overflow',
  title: '统筹基金年度最高支付限额与超限额费用',
  text:
    '统筹基金最高支付限额限制的是本自然年度内统筹基金累计支付的金额。统筹基金累计支付达到限额时对应的政策范围内费用点之后的费用为“超限额费用”；' +
    '此前住院已用完限额的，本次住院的政策范围内费用全部属于超限额费用，不再扣起付线。',
};

export const LEVEL_ONE_VARIANT: Interpretation = {
  id: 'level-one-variant',
  title: '一级及以下医院的细分',
  text:
    '本版本对一级及以下医疗机构再作细分（见“医院等级”的补充选项）。未选择时按表中列为默认的一类计算，并在结果中注明另一类的标准。',
};

export const CRITICAL_ILLNESS_BASE: Interpretation = {
  id: 'critical-illness-base',
  title: '大病保险的“个人负担”',
  text:
    '居民大病保险按年度累计的政策范围内个人负担计算：政策范围内费用减去统筹基金支付（含起付线、按比例自付和超过统筹基金限额的部分），' +
    '不含全自费和先行自付。',
};

/** Reported values carry the year they were reported for; say so, and that later years reuse them until newer data. */
export function reportedInForce(reportedFor: string): Interpretation {
  return {
    id: 'reported-in-force',
    title: '报道数值的适用年度',
    text: `这些数值来自${reportedFor}的公开报道，尚未与官方文件核对；此后年度未见新的公开数据，暂按同一标准估算，请以医保经办机构公布为准。`,
  };
}

/** The 口径说明 of special deductible rules the estimate leaves out: a period shows it, and names it in its inpatient config (unmodelledDeductibles) for the slip checker. */
export const NOT_MODELLED_DEDUCTIBLE_RULES = (rules: string): Interpretation => ({
  id: 'not-modelled',
  title: '未计入的特殊规定',
  text: `${rules}本估算未区分这些情形，按一般住院计算。`,
});

/** A layer's two parameters, its bands and its annual maximum, each an entry or a dated list. */
export function layerParams(layer: Layer, bands: Values<Band[]>, annualMax: Values<number>): Params {
  return dated({ [PATHS.layerBands(layer.id)]: bands, [PATHS.layerMax(layer.id)]: annualMax });
}

/** A layer that pays a flat rate on all of its base, e.g. 90% of the cost above the fund's cap. */
export const flat = (rate: number): Band[] => [{ from: 0, to: null, rate }];

export const RESIDENT_CRITICAL_ILLNESS: Layer = { id: 'critical-illness', name: '居民大病保险', base: 'eligibleBurden' };

/** Residents' 大病保险 as Shandong cities report it: 60/65/70/75% on the year's personal burden from the threshold, at most 400,000. */
export function residentCriticalIllnessBands(threshold: number): Band[] {
  return [
    { from: threshold, to: 100000, rate: 0.6 },
    { from: 100000, to: 200000, rate: 0.65 },
    { from: 200000, to: 300000, rate: 0.7 },
    { from: 300000, to: null, rate: 0.75 },
  ];
}

export const RESIDENT_CRITICAL_ANNUAL_MAX = 400000;

/** What the residents' 大病保险 bands mean, read off them, for the sources page. */
export function criticalIllnessHint(bands: Band[], annualMax: number): string {
  const [first, last] = [bands[0], bands.at(-1)];
  return first && last
    ? `年度累计政策范围内个人负担超过 ${bound(constant(first.from))} 元的部分，按 ${percent(first.rate)}—${percent(last.rate)} 分段支付，年度最高 ${bound(constant(annualMax))} 元。`
    : '';
}

const REWARD_AT = '居民大病保险最高支付限额的激励（2025年起）';

/** 口径说明 of the 2025 raise: what the person's two inputs mean, and what the estimate leaves out. */
export const CRITICAL_ILLNESS_REWARD: Interpretation = {
  id: 'critical-illness-reward',
  title: '大病保险最高支付限额的提高（2025年起）',
  text:
    '2025年起，连续参加居民医保满4年的，之后每多连续参保1年，大病保险年度最高支付限额提高3,000元；上一年度医保基金没有为您支付过费用的，本年度再提高3,000元；' +
    '提高的总额不超过原限额的20%。“连续参保年数”按到就医当年为止（含当年）不间断参保的年数填写：例如2021年至2025年每年都参保为5年，比满4年多1年，提高3,000元；' +
    '中断后重新参保的，从重新参保的年度起算。两项都没有填写时按原限额计算。报道还说，用到零报销奖励的额度后奖励清零，断保后再参保的限额相应降低：' +
    '这些要看多年的参保和报销记录，本估算未区分，以医保经办机构认定的为准。',
};

/**
 * A residents' period from whose 2025 the 大病 maximum is raised for continuous enrolment and a year
 * without claims (Shandong, reported): the layer's reward, its parameters (no raise before 2025), the
 * report and the 口径说明, added to the period's own data.
 */
export function withCriticalIllnessReward(period: Period): Period {
  const layer = RESIDENT_CRITICAL_ILLNESS.id;
  return {
    ...period,
    documents: [...period.documents, REWARD_REPORT],
    layers: period.layers.map((l) => (l.id === layer ? { ...l, reward: true } : l)),
    interpretations: [...period.interpretations, CRITICAL_ILLNESS_REWARD],
    params: dated(period.params, {
      [PATHS.layerReward(layer, 'per-year')]: [
        reported(0, REWARD_REPORT, REWARD_AT, '2025年1月1日起实行，此前不提高。'),
        since('2025-01-01', reported(3000, REWARD_REPORT, REWARD_AT, '连续参保满规定年数后每多连续参保1年，以及上一年度未发生医保报销的，各提高3,000元。')),
      ],
      [PATHS.layerReward(layer, 'after-years')]: reported(4, REWARD_REPORT, REWARD_AT, '连续参保满4年后，再连续参保的年度才提高限额。'),
      [PATHS.layerReward(layer, 'max-share')]: reported(0.2, REWARD_REPORT, REWARD_AT, '提高的总额不超过本市原大病保险最高支付限额的20%。'),
    }),
  };
}
