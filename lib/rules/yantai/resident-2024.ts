import { INPATIENT_PATHS, PER_ADMISSION } from '../../benefits/inpatient';
import { PATHS } from '../../model/address';
import type { Period } from '../../model/types';
import {
  CRITICAL_ILLNESS_BASE,
  FUND_CAP_OVERFLOW,
  GRADES,
  GRADE_IDS,
  RESIDENT_CRITICAL_ANNUAL_MAX,
  RESIDENT_CRITICAL_ILLNESS,
  RESIDENT_TIER_CLASSES,
  RESIDENT_TIER_IDS,
  ROUNDING,
  SEGMENTS_PER_ADMISSION,
  criticalIllnessHint,
  layerParams,
  reportedInForce,
  residentCriticalIllnessBands,
} from '../common';
import { each, grid, reported } from '../entries';
import { REPORT_SHANDONG_CRITICAL_2023 as CRITICAL } from '../shandong';
import { REPORT_YANTAI_QA_2025 as QA, REPORT_YANTAI_RESIDENT_RATES as RATES_PAGE } from './documents';

/** Yantai residents after the 2018 measures expired, from public reports; not yet checked against an official text. */

const ROW = '烟台居民医保住院待遇（2024—2025年）';
const CAP_ROW = '烟台居民医保年度限额（2025年）';
const CRITICAL_ROW = '山东居民大病保险（2023—2024年）';

const RATES = {
  tier1: { '1': 0.9, '2': 0.58, '3': 0.45 },
  tier2: { '1': 0.9, '2': 0.72, '3': 0.6 },
};

const CRITICAL_BANDS = residentCriticalIllnessBands(14000);

export const yantaiResident2024: Period = {
  id: 'yantai-resident-2024',
  title: '烟台市居民基本医疗保险住院待遇（2024年起，公开报道）',
  from: '2024-01-01',
  to: null,
  level: 'reported',
  documents: [QA, RATES_PAGE, CRITICAL],
  classes: RESIDENT_TIER_CLASSES,
  grades: GRADES,
  fund: 'fundCap',
  layers: [RESIDENT_CRITICAL_ILLNESS],
  benefits: { inpatient: PER_ADMISSION },
  interpretations: [
    SEGMENTS_PER_ADMISSION,
    CRITICAL_ILLNESS_BASE,
    FUND_CAP_OVERFLOW,
    reportedInForce('2023—2025年'),
    ROUNDING,
  ],
  params: {
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
    ...layerParams(
      RESIDENT_CRITICAL_ILLNESS,
      reported(CRITICAL_BANDS, CRITICAL, CRITICAL_ROW, `${criticalIllnessHint(CRITICAL_BANDS, RESIDENT_CRITICAL_ANNUAL_MAX)}山东多地2023—2024年报道的居民大病保险标准，省级文号未找到。`),
      reported(RESIDENT_CRITICAL_ANNUAL_MAX, CRITICAL, CRITICAL_ROW),
    ),
  },
};
