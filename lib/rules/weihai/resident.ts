import { AWAY_PATHS, TEMPORARY } from '../../benefits/away';
import { GENERAL, GENERAL_PATHS } from '../../benefits/general';
import { INPATIENT_PATHS, PER_ADMISSION } from '../../benefits/inpatient';
import { PATHS } from '../../model/address';
import { spokenCitation } from '../../model/citation';
import type { Period, Segment } from '../../model/types';
import {
  CRITICAL_ILLNESS_BASE,
  FUND_CAP_OVERFLOW,
  LEVEL_ONE_VARIANT,
  RESIDENT_CRITICAL_ANNUAL_MAX,
  RESIDENT_CRITICAL_ILLNESS,
  withCriticalIllnessReward,
  RESIDENT_TIER_CLASSES,
  RESIDENT_TIER_IDS,
  ROUNDING,
  SEGMENTS_PER_ADMISSION,
  criticalIllnessHint,
  layerParams,
  reportedInForce,
  residentCriticalIllnessBands,
} from '../common';
import { dated, each, grid, official, reported, since, unknown } from '../entries';
import { AWAY_2025_NOTE, RESIDENTS_GRASSROOTS_RATE_2024, SHANDONG_2024_90 } from '../shandong';
import {
  REPORT_WEIHAI_AWAY as AWAY,
  REPORT_WEIHAI_CRITICAL_2023 as CRITICAL,
  REPORT_WEIHAI_RESIDENT_GENERAL_2023 as GENERAL_PAGE,
  REPORT_WEIHAI_RESIDENT_2023 as REPORT,
  REPORT_WEIHAI_RESIDENT_REPEAT as REPEAT,
  WEIHAI_2023_38,
  WEIHAI_2024_DISCLOSURE as TABLE,
} from './documents';

/**
 * Weihai residents, from the 2023 values reported by a local service page. From 2024 the 医保局's
 * disclosure of 2024-04-10 makes the deductibles and the repeat-admission rule official; its rates
 * could not be read, so the 2023 rates stay in use, as reported.
 */

const GRADE_IDS = ['1', '1g', '2', '3'] as const;
const ROW = '威海居民医保住院待遇（2023年）';
const TABLE_ROW = '居民住院起付标准';
const DEDUCTIBLES = { '1': 300, '1g': 300, '2': 500, '3': 800 };

const RATES_2024 =
  '威海市医疗保障局2024年4月10日的信息披露列有2024年的居民住院支付比例，但其中的比例未能读出；2024年起暂按2023年公开报道的比例估算，请以医保经办机构公布为准。';

const TIER1: Record<(typeof GRADE_IDS)[number], Segment[]> = {
  '1': [{ upTo: null, rate: 0.8 }],
  '1g': [{ upTo: null, rate: 0.85 }],
  '2': [{ upTo: null, rate: 0.6 }],
  '3': [{ upTo: null, rate: 0.5 }],
};

/** Above 40,000 "至年度最高支付限额": the rate runs until the fund's annual cap stops it. */
const TIER2: Record<(typeof GRADE_IDS)[number], Segment[]> = {
  '1': [{ upTo: 40000, rate: 0.8 }, { upTo: null, rate: 0.8 }],
  '1g': [{ upTo: 40000, rate: 0.85 }, { upTo: null, rate: 0.85 }],
  '2': [{ upTo: 40000, rate: 0.65 }, { upTo: null, rate: 0.7 }],
  '3': [{ upTo: 40000, rate: 0.55 }, { upTo: null, rate: 0.7 }],
};

const TIER_UNKNOWN =
  `${spokenCitation(WEIHAI_2023_38, '一（二）')}只规定未成年居民和高校学生个人缴费每人300元，没有说明他们享受一档还是二档住院待遇，报道中也没有。` +
  '请向威海市医疗保障局或12393询问后，填写起付线、支付比例和年度最高支付限额。';

const CRITICAL_BANDS = residentCriticalIllnessBands(18000);

export const weihaiResident2023 = (): Period => withCriticalIllnessReward({
  id: 'weihai-resident-2023',
  title: '威海市居民基本医疗保险住院待遇（2023年起，公开报道）',
  from: '2023-01-01',
  to: null,
  level: 'reported',
  documents: [REPORT, TABLE, REPEAT, CRITICAL, WEIHAI_2023_38, GENERAL_PAGE, SHANDONG_2024_90, AWAY],
  classes: RESIDENT_TIER_CLASSES,
  grades: [
    { id: '1', level: 1, label: '一级医院' },
    { id: '1g', level: 1, label: '基层医疗机构（社区卫生服务中心、乡镇卫生院）', facility: 'grassroots' },
    { id: '2', level: 2, label: '二级医院' },
    { id: '3', level: 3, label: '三级医院' },
  ],
  fund: 'fundCap',
  layers: [RESIDENT_CRITICAL_ILLNESS],
  benefits: { inpatient: PER_ADMISSION, [GENERAL]: {}, away: { note: AWAY_2025_NOTE } },
  interpretations: [
    SEGMENTS_PER_ADMISSION,
    LEVEL_ONE_VARIANT,
    {
      id: 'weihai-resident-second-admission',
      title: '第二次住院的起付线',
      text:
        '2023年：威海本地宝页面写明一个自然年度内第一、第二次住院设起付标准，从第三次住院起不设，第二次住院按全额起付线计算。' +
        '2024年1月1日起：威海市医疗保障局2024年4月10日的信息披露写明第二次住院起付线减半（一级医院150元、二级250元、三级400元），第三次住院起不设。按住院日期所在年度的规定计算。',
    },
    {
      id: 'weihai-resident-tier2-to-cap',
      title: '二档4万元以上部分按比例支付到年度限额为止',
      text:
        '报道写的是“超过4万元至年度最高支付限额部分”：30万元是统筹基金每年最多支付的金额，不是分段的终点。' +
        '4万元以上部分按一级医院80%、基层医疗机构85%、二级和三级医院70%支付，直到本年统筹基金累计支付达到30万元；单次住院政策范围内费用超过30万元的，同样按这一比例估算。',
    },
    {
      id: 'weihai-resident-rates-2024',
      title: '2024年起的支付比例',
      text: RATES_2024,
    },
    CRITICAL_ILLNESS_BASE,
    FUND_CAP_OVERFLOW,
    {
      id: 'weihai-resident-general-outpatient',
      title: '普通门诊统筹',
      text:
        '普通门诊每年起付线100元，以上按50%支付，每年最多一档200元、二档400元；单独计算，不占用住院的年度限额。' +
        `2024年10月1日起，${spokenCitation(SHANDONG_2024_90)}把居民在基层医疗机构的普通门诊支付比例提高到65%，年度限额不变：未见威海本市的执行文件，` +
        '本估算从这一天起按65%计算基层医疗机构（社区卫生服务中心、乡镇卫生院）的普通门诊，起付线和年度限额仍按原标准，一级、二级、三级医院仍按50%。' +
        '同一文件把高血压、糖尿病（“两病”）门诊用药的支付比例提高到75%，本估算未单列两病用药。未成年居民和在校学生按哪一档未见来源，需要您选择。',
    },
    {
      id: 'away-first-share',
      title: '异地就医临时外出',
      text: '临时外出就医的，政策范围内费用先由个人负担10%，其余按本市同级别医院的规定报销；先行负担的部分不计入大病保险的个人负担。已办理异地长期居住备案的，按本市规定报销。',
    },
    reportedInForce('2023年'),
    ROUNDING,
  ],
  params: dated({
    [PATHS.member('adult-tier1')]: official('tier1', WEIHAI_2023_38, '一（二）', '一般居民分一档、二档缴费。'),
    [PATHS.member('adult-tier2')]: official('tier2', WEIHAI_2023_38, '一（二）', '一般居民分一档、二档缴费。'),
    [PATHS.member('minor')]: unknown(TIER_UNKNOWN, [{ doc: WEIHAI_2023_38, at: '一（二）' }]),
    [PATHS.member('student')]: unknown(TIER_UNKNOWN, [{ doc: WEIHAI_2023_38, at: '一（二）' }]),
    ...grid(RESIDENT_TIER_IDS, GRADE_IDS, INPATIENT_PATHS.deductible, (_, g) => [
      reported(DEDUCTIBLES[g], REPORT, ROW),
      since('2024-01-01', official(DEDUCTIBLES[g], TABLE, TABLE_ROW, g === '1g' ? '信息披露按医院级别列出起付标准，基层医疗机构按一级医院的标准。' : undefined)),
    ]),
    [INPATIENT_PATHS.repeat()]: [
      reported([{ from: 3, factor: 0 }], [REPORT, REPEAT], ROW, '年度内第一、第二次住院都按全额起付线，第三次住院起不设起付线（第二次不减半）。'),
      since(
        '2024-01-01',
        official(
          [
            { from: 2, factor: 0.5 },
            { from: 3, factor: 0 },
          ],
          TABLE,
          TABLE_ROW,
          '2024年起，年度内第二次住院起付线减半（一级医院150元、二级250元、三级400元），第三次住院起不设起付线。',
        ),
      ),
    ],
    ...each(GRADE_IDS, (g) => INPATIENT_PATHS.segments('tier1', g), (g) => reported(TIER1[g], REPORT, ROW, RATES_2024)),
    ...each(GRADE_IDS, (g) => INPATIENT_PATHS.segments('tier2', g), (g) => reported(TIER2[g], REPORT, ROW, RATES_2024)),
    [PATHS.fund('tier1')]: reported(200000, REPORT, ROW),
    [PATHS.fund('tier2')]: reported(300000, REPORT, ROW),
    ...grid(RESIDENT_TIER_IDS, GRADE_IDS, GENERAL_PATHS.deductible, () => reported(100, GENERAL_PAGE, '居民普通门诊统筹（2023年）')),
    ...grid(RESIDENT_TIER_IDS, GRADE_IDS, GENERAL_PATHS.rate, (_, g) => {
      const rate = reported(0.5, GENERAL_PAGE, '居民普通门诊统筹（2023年）');
      return g === '1g' ? [rate, RESIDENTS_GRASSROOTS_RATE_2024] : rate;
    }),
    [GENERAL_PATHS.cap('tier1')]: reported(200, GENERAL_PAGE, '居民普通门诊统筹（2023年）'),
    [GENERAL_PATHS.cap('tier2')]: reported(400, GENERAL_PAGE, '居民普通门诊统筹（2023年）'),
    ...each(TEMPORARY, AWAY_PATHS.firstShare, () => reported(0.1, AWAY, '异地就医临时外出', '临时外出就医的，个人首先负担政策范围内费用的10%，其余按本市同级别医院的规定支付。')),
    ...each(TEMPORARY, AWAY_PATHS.rateCut, () => reported(0, AWAY, '异地就医临时外出', '支付比例不另降低。')),
    ...layerParams(
      RESIDENT_CRITICAL_ILLNESS,
      reported(
        CRITICAL_BANDS,
        CRITICAL,
        '威海居民大病保险（2023年）',
        `${criticalIllnessHint(CRITICAL_BANDS, RESIDENT_CRITICAL_ANNUAL_MAX)}威海的各个来源都写起付标准1.8万元；济南、烟台报道的1.4万元不适用于威海。`,
      ),
      reported(RESIDENT_CRITICAL_ANNUAL_MAX, CRITICAL, '威海居民大病保险（2023年）'),
    ),
  }),
});
