import {
  REPORT_SHANDONG_CRITICAL_2023 as CRITICAL,
  REPORT_YANTAI_QA_2025 as QA,
  REPORT_YANTAI_RESIDENT_RATES as RATES_PAGE,
} from '../documents';
import { each, reported } from '../params';
import type { Version } from '../types';
import {
  CRITICAL_ILLNESS_BASE,
  FUND_CAP_OVERFLOW,
  GRADES,
  GRADE_IDS,
  RESIDENT_TIER_CLASSES,
  ROUNDING,
  SEGMENTS_PER_ADMISSION,
  reportedInForce,
  residentCriticalIllness,
  residentCriticalIllnessBands,
} from './common';

/** Yantai residents after the 2018 measures expired, from public reports; not yet checked against an official text. */

const ROW = '烟台居民医保住院待遇（2024—2025年）';

const RATES = {
  tier1: { '1': 0.9, '2': 0.58, '3': 0.45 },
  tier2: { '1': 0.9, '2': 0.72, '3': 0.6 },
};

export const yantaiResident2024: Version = {
  id: 'yantai-resident-2024',
  city: 'yantai',
  scheme: 'resident',
  title: '烟台市居民基本医疗保险住院待遇（2024年起，公开报道）',
  validFrom: '2024-01-01',
  validTo: null,
  level: 'reported',
  documents: [QA, RATES_PAGE, CRITICAL],
  classes: RESIDENT_TIER_CLASSES,
  members: {
    'adult-tier1': reported('tier1', RATES_PAGE, ROW),
    'adult-tier2': reported('tier2', RATES_PAGE, ROW),
    minor: reported('tier2', RATES_PAGE, ROW, '学生和未成年人享受二档待遇。'),
    student: reported('tier2', RATES_PAGE, ROW, '学生和未成年人享受二档待遇。'),
  },
  grades: GRADES,
  deductible: each(['tier1', 'tier2'], () =>
    each(GRADE_IDS, (g) => reported({ '1': 300, '2': 500, '3': 800 }[g], QA, ROW)),
  ),
  repeat: reported(
    [
      { from: 2, factor: 0.5 },
      { from: 3, amount: 100 },
    ],
    QA,
    ROW,
    '年度内第二次住院起付线减半，第三次起每次100元。',
  ),
  segments: {
    tier1: each(GRADE_IDS, (g) => reported([{ upTo: null, rate: RATES.tier1[g] }], RATES_PAGE, ROW)),
    tier2: each(GRADE_IDS, (g) => reported([{ upTo: null, rate: RATES.tier2[g] }], RATES_PAGE, ROW)),
  },
  coverage: {
    tier1: reported({ kind: 'fundCap', amount: 180000 }, QA, '烟台居民医保年度限额（2025年）'),
    tier2: reported({ kind: 'fundCap', amount: 220000 }, QA, '烟台居民医保年度限额（2025年）'),
  },
  layers: [
    residentCriticalIllness(
      reported(
        residentCriticalIllnessBands(14000),
        CRITICAL,
        '山东居民大病保险（2023—2024年）',
        '山东多地2023—2024年报道的居民大病保险标准，省级文号未找到。',
      ),
    ),
  ],
  interpretations: [
    SEGMENTS_PER_ADMISSION,
    CRITICAL_ILLNESS_BASE,
    FUND_CAP_OVERFLOW,
    reportedInForce('2023—2025年'),
    ROUNDING,
  ],
};
