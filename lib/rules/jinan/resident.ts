import { AWAY_PATHS, TEMPORARY } from '../../benefits/away';
import { INPATIENT_PATHS, PER_ADMISSION } from '../../benefits/inpatient';
import { MATERNITY, MATERNITY_PATHS } from '../../benefits/maternity';
import { PATHS } from '../../model/address';
import type { Period } from '../../model/types';
import {
  CRITICAL_ILLNESS_BASE,
  FUND_CAP_OVERFLOW,
  GRADES,
  GRADE_IDS,
  NOT_MODELLED_DEDUCTIBLE_RULES,
  RESIDENT_CRITICAL_ANNUAL_MAX,
  RESIDENT_CRITICAL_ILLNESS,
  withCriticalIllnessReward,
  ROUNDING,
  SEGMENTS_PER_ADMISSION,
  criticalIllnessHint,
  layerParams,
  reportedInForce,
  residentCriticalIllnessBands,
} from '../common';
import { each, grid, reported, unknown } from '../entries';
import { AWAY_2025_NOTE } from '../shandong';
import { REPORT_JINAN_AWAY_2024 as AWAY, REPORT_JINAN_RESIDENT_2024 as REPORT } from './documents';

/**
 * Jinan residents, 2024: the repeat-admission rule and 大病保险 are reported;
 * the base table (deductibles, rates and cap by grade and tier) was not recoverable.
 */

const ROW = '济南居民医保住院待遇（2024年）';
const CLASS_IDS = ['tier1', 'tier2', 'minor', 'student'] as const;
const TIERS = '待遇按医院等级和缴费档次区分。';

const TABLE_UNKNOWN =
  '济南居民医保按医院等级和缴费档次的起付线、支付比例和年度最高支付限额表未能找到可信来源。' +
  '请向济南市医疗保障局或医保服务热线12393询问，或照住院结算单填写。';

const CRITICAL_BANDS = residentCriticalIllnessBands(14000);

export const jinanResident2024: Period = withCriticalIllnessReward({
  id: 'jinan-resident-2024',
  title: '济南市居民基本医疗保险住院待遇（2024年起，公开报道）',
  from: '2024-01-01',
  to: null,
  level: 'reported',
  documents: [REPORT, AWAY],
  classes: [
    { id: 'tier1', label: '一档成人' },
    { id: 'tier2', label: '二档成人' },
    { id: 'minor', label: '未成年' },
    { id: 'student', label: '在校学生' },
  ],
  grades: GRADES,
  fund: 'fundCap',
  layers: [RESIDENT_CRITICAL_ILLNESS],
  benefits: {
    inpatient: PER_ADMISSION,
    [MATERNITY]: { events: ['abortion', 'induced', 'delivery'], drawsOnFund: false },
    away: { note: AWAY_2025_NOTE },
  },
  interpretations: [
    SEGMENTS_PER_ADMISSION,
    CRITICAL_ILLNESS_BASE,
    FUND_CAP_OVERFLOW,
    NOT_MODELLED_DEDUCTIBLE_RULES('报道还提到：中医综合医院起付线降低20%，精神专科医院不设起付线。'),
    {
      id: 'maternity-lump-sum',
      title: '生育定额不超过实际费用',
      text: '生育医疗费用按定额支付（流产350元、引产1350元、分娩3000元）；政策范围内费用低于定额时，按实际费用支付。报道没有说明生育定额是否占用住院的年度限额，本估算不计入。',
    },
    {
      id: 'jinan-away',
      title: '异地就医临时外出',
      text: '报道所述（2024年）：居民在山东省内外临时外出就医，支付比例都降低10个百分点。已办理异地长期居住备案的，按本市规定报销。',
    },
    reportedInForce('2024年'),
    ROUNDING,
  ],
  params: {
    [PATHS.member('adult-tier1')]: reported('tier1', REPORT, ROW, TIERS),
    [PATHS.member('adult-tier2')]: reported('tier2', REPORT, ROW, TIERS),
    [PATHS.member('minor')]: reported('minor', REPORT, ROW, TIERS),
    [PATHS.member('student')]: reported('student', REPORT, ROW, TIERS),
    ...grid(CLASS_IDS, GRADE_IDS, INPATIENT_PATHS.deductible, () => unknown(TABLE_UNKNOWN)),
    [INPATIENT_PATHS.repeat()]: reported(
      [
        { from: 2, factor: 0.5 },
        { from: 3, factor: 0 },
      ],
      REPORT,
      ROW,
      '年度内第二次住院起付线减半，第三次起不设起付线。',
    ),
    ...grid(CLASS_IDS, GRADE_IDS, INPATIENT_PATHS.segments, () => unknown(TABLE_UNKNOWN)),
    ...each(CLASS_IDS, PATHS.fund, () => unknown(TABLE_UNKNOWN)),
    [MATERNITY_PATHS.lumpSum('abortion')]: reported(350, REPORT, '济南居民生育定额（2024年）'),
    [MATERNITY_PATHS.lumpSum('induced')]: reported(1350, REPORT, '济南居民生育定额（2024年）'),
    [MATERNITY_PATHS.lumpSum('delivery')]: reported(3000, REPORT, '济南居民生育定额（2024年）'),
    ...each(TEMPORARY, AWAY_PATHS.firstShare, () => reported(0, AWAY, '居民异地就医', '临时外出就医不设个人先行负担。')),
    ...each(TEMPORARY, AWAY_PATHS.rateCut, () => reported(0.1, AWAY, '居民异地就医', '临时外出就医，在山东省内外支付比例都降低10个百分点。')),
    ...layerParams(
      RESIDENT_CRITICAL_ILLNESS,
      reported(CRITICAL_BANDS, REPORT, ROW, criticalIllnessHint(CRITICAL_BANDS, RESIDENT_CRITICAL_ANNUAL_MAX)),
      reported(RESIDENT_CRITICAL_ANNUAL_MAX, REPORT, ROW),
    ),
  },
});
