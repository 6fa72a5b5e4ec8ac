import { AWAY_PATHS, TEMPORARY } from '../../benefits/away';
import { GENERAL, GENERAL_PATHS } from '../../benefits/general';
import { INPATIENT_PATHS, PER_ADMISSION } from '../../benefits/inpatient';
import { PATHS } from '../../model/address';
import { spokenCitation } from '../../model/citation';
import type { Period } from '../../model/types';
import {
  CRITICAL_ILLNESS_BASE,
  FUND_CAP_OVERFLOW,
  GRADES,
  GRADE_IDS,
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
import { dated, each, grid, reported, since, unknown } from '../entries';
import { AWAY_2025_NOTE, REPORT_SHANDONG_CRITICAL_2023 as CRITICAL, RESIDENTS_GRASSROOTS_RATE_2024, SHANDONG_2024_90 } from '../shandong';
import {
  REPORT_YANTAI_AWAY as AWAY,
  REPORT_YANTAI_QA_2025 as QA,
  REPORT_YANTAI_RESIDENT_GENERAL as GENERAL_PAGE,
  REPORT_YANTAI_RESIDENT_GENERAL_2024 as GENERAL_2024,
  REPORT_YANTAI_RESIDENT_RATES as RATES_PAGE,
} from './documents';

/** Yantai residents after the 2018 measures expired, from public reports; not yet checked against an official text. */

const ROW = '烟台居民医保住院待遇（2024—2025年）';
const CAP_ROW = '烟台居民医保年度限额（2025年）';
const CRITICAL_ROW = '山东居民大病保险（2023—2024年）';
const GENERAL_ROW = '居民普通门诊统筹';
const GENERAL_2024_ROW = '居民普通门诊统筹（2024年10月起）';
const GENERAL_CAPS = { tier1: 200, tier2: 350 };

const RATES = {
  tier1: { '1': 0.9, '2': 0.58, '3': 0.45 },
  tier2: { '1': 0.9, '2': 0.72, '3': 0.6 },
};

const CRITICAL_BANDS = residentCriticalIllnessBands(14000);

export const yantaiResident2024 = (): Period => withCriticalIllnessReward({
  id: 'yantai-resident-2024',
  title: '烟台市居民基本医疗保险住院待遇（2024年起，公开报道）',
  from: '2024-01-01',
  to: null,
  level: 'reported',
  documents: [QA, RATES_PAGE, CRITICAL, GENERAL_PAGE, GENERAL_2024, SHANDONG_2024_90, AWAY],
  classes: RESIDENT_TIER_CLASSES,
  grades: GRADES,
  fund: 'fundCap',
  layers: [RESIDENT_CRITICAL_ILLNESS],
  benefits: { inpatient: PER_ADMISSION, [GENERAL]: {}, away: { note: AWAY_2025_NOTE } },
  interpretations: [
    SEGMENTS_PER_ADMISSION,
    CRITICAL_ILLNESS_BASE,
    FUND_CAP_OVERFLOW,
    {
      id: 'yantai-resident-general-2024',
      title: '普通门诊统筹',
      text:
        '报道所述：普通门诊按50%支付，每年最多一档200元、二档350元；报道没有给出起付线，需要您填写（没有起付线的填0）。单独计算，不占用住院的年度限额。' +
        `2024年10月1日起：胶东在线的报道（2024年10月28日）说普通门诊不设起付线，每年最多仍是一档200元、二档350元；${spokenCitation(SHANDONG_2024_90)}把基层医疗机构的支付比例提高到65%。` +
        '这里的医院等级不单列基层医疗机构，本估算把一级及以下医院的普通门诊按65%计算，二级、三级医院仍按50%。' +
        '报道和文件还规定高血压、糖尿病（“两病”）门诊用药按75%支付，每种病每年最多600元、两种合计1000元，本估算未单列两病用药。',
    },
    {
      id: 'away-first-share',
      title: '异地就医临时外出',
      text: '临时外出就医的，政策范围内费用先由个人负担10%，其余按本市同级别医院的规定报销；先行负担的部分不计入大病保险的个人负担。已办理异地长期居住备案的，按本市规定报销。',
    },
    reportedInForce('2023—2025年'),
    ROUNDING,
  ],
  params: dated({
    [PATHS.member('adult-tier1')]: reported('tier1', RATES_PAGE, ROW),
    [PATHS.member('adult-tier2')]: reported('tier2', RATES_PAGE, ROW),
    [PATHS.member('minor')]: reported('tier2', RATES_PAGE, ROW, '学生和未成年人享受二档待遇。'),
    [PATHS.member('student')]: reported('tier2', RATES_PAGE, ROW, '学生和未成年人享受二档待遇。'),
    ...grid(RESIDENT_TIER_IDS, GRADE_IDS, INPATIENT_PATHS.deductible, (_, g) => reported({ '1': 300, '2': 500, '3': 800 }[g], QA, ROW)),
    [INPATIENT_PATHS.repeat()]: reported(
      [
        { from: 2, factor: 0.5 },
        { from: 3, amount: 100 },
      ],
      QA,
      ROW,
      '年度内第二次住院起付线减半，第三次起每次100元。',
    ),
    ...each(GRADE_IDS, (g) => INPATIENT_PATHS.segments('tier1', g), (g) => reported([{ upTo: null, rate: RATES.tier1[g] }], RATES_PAGE, ROW)),
    ...each(GRADE_IDS, (g) => INPATIENT_PATHS.segments('tier2', g), (g) => reported([{ upTo: null, rate: RATES.tier2[g] }], RATES_PAGE, ROW)),
    [PATHS.fund('tier1')]: reported(180000, QA, CAP_ROW),
    [PATHS.fund('tier2')]: reported(220000, QA, CAP_ROW),
    ...grid(RESIDENT_TIER_IDS, GRADE_IDS, GENERAL_PATHS.deductible, () => [
      unknown<number>('烟台居民普通门诊的起付线未见来源。请向烟台市医疗保障局或12393询问后填写，没有起付线的填0。'),
      since('2024-10-01', reported(0, GENERAL_2024, GENERAL_2024_ROW, '2024年10月起普通门诊不设起付线。')),
    ]),
    ...grid(RESIDENT_TIER_IDS, GRADE_IDS, GENERAL_PATHS.rate, (_, g) => {
      const rate = reported(0.5, GENERAL_PAGE, GENERAL_ROW);
      return g === '1' ? [rate, RESIDENTS_GRASSROOTS_RATE_2024] : rate;
    }),
    ...each(RESIDENT_TIER_IDS, GENERAL_PATHS.cap, (c) => [reported(GENERAL_CAPS[c], GENERAL_PAGE, GENERAL_ROW), since('2024-10-01', reported(GENERAL_CAPS[c], GENERAL_2024, GENERAL_2024_ROW))]),
    ...each(TEMPORARY, AWAY_PATHS.firstShare, () => reported(0.1, AWAY, '异地就医临时外出', '临时外出就医的，个人首先负担政策范围内费用的10%，其余按本市同级别医院的规定支付。')),
    ...each(TEMPORARY, AWAY_PATHS.rateCut, () => reported(0, AWAY, '异地就医临时外出', '支付比例不另降低。')),
    ...layerParams(
      RESIDENT_CRITICAL_ILLNESS,
      reported(CRITICAL_BANDS, CRITICAL, CRITICAL_ROW, `${criticalIllnessHint(CRITICAL_BANDS, RESIDENT_CRITICAL_ANNUAL_MAX)}山东多地2023—2024年报道的居民大病保险标准，省级文号未找到。`),
      reported(RESIDENT_CRITICAL_ANNUAL_MAX, CRITICAL, CRITICAL_ROW),
    ),
  }),
});
