import { REPORT_JINAN_RESIDENT_2024 as REPORT } from '../documents';
import { each, reported, unknown } from '../params';
import type { Version } from '../types';
import {
  CRITICAL_ILLNESS_BASE,
  FUND_CAP_OVERFLOW,
  GRADES,
  GRADE_IDS,
  NOT_MODELLED_DEDUCTIBLE_RULES,
  ROUNDING,
  SEGMENTS_PER_ADMISSION,
  reportedInForce,
  residentCriticalIllness,
  residentCriticalIllnessBands,
} from './common';

/**
 * Jinan residents, 2024: the repeat-admission rule and 大病保险 are reported;
 * the base table (deductibles, rates and cap by grade and tier) was not recoverable.
 */

const ROW = '济南居民医保住院待遇（2024年）';
const CLASS_IDS = ['tier1', 'tier2', 'minor', 'student'] as const;

const TABLE_UNKNOWN =
  '济南居民医保按医院等级和缴费档次的起付线、支付比例和年度最高支付限额表未能找到可信来源。' +
  '请向济南市医疗保障局或医保服务热线12393询问，或照住院结算单填写。';

export const jinanResident2024: Version = {
  id: 'jinan-resident-2024',
  city: 'jinan',
  scheme: 'resident',
  title: '济南市居民基本医疗保险住院待遇（2024年起，公开报道）',
  validFrom: '2024-01-01',
  validTo: null,
  level: 'reported',
  documents: [REPORT],
  classes: [
    { id: 'tier1', label: '一档成人' },
    { id: 'tier2', label: '二档成人' },
    { id: 'minor', label: '未成年' },
    { id: 'student', label: '在校学生' },
  ],
  members: {
    'adult-tier1': reported('tier1', REPORT, ROW, '待遇按医院等级和缴费档次区分。'),
    'adult-tier2': reported('tier2', REPORT, ROW, '待遇按医院等级和缴费档次区分。'),
    minor: reported('minor', REPORT, ROW, '待遇按医院等级和缴费档次区分。'),
    student: reported('student', REPORT, ROW, '待遇按医院等级和缴费档次区分。'),
  },
  grades: GRADES,
  deductible: each(CLASS_IDS, () => each(GRADE_IDS, () => unknown(TABLE_UNKNOWN))),
  repeat: reported(
    [
      { from: 2, factor: 0.5 },
      { from: 3, factor: 0 },
    ],
    REPORT,
    ROW,
    '年度内第二次住院起付线减半，第三次起不设起付线。',
  ),
  segments: each(CLASS_IDS, () => each(GRADE_IDS, () => unknown(TABLE_UNKNOWN))),
  coverage: each(CLASS_IDS, () => unknown(TABLE_UNKNOWN)),
  layers: [
    residentCriticalIllness(reported(residentCriticalIllnessBands(14000), REPORT, ROW)),
  ],
  interpretations: [
    SEGMENTS_PER_ADMISSION,
    CRITICAL_ILLNESS_BASE,
    FUND_CAP_OVERFLOW,
    NOT_MODELLED_DEDUCTIBLE_RULES('报道还提到：中医综合医院起付线降低20%，精神专科医院不设起付线。'),
    reportedInForce('2024年'),
    ROUNDING,
  ],
};
