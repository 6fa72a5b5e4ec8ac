import { AWAY_PATHS, TEMPORARY } from '../../benefits/away';
import { GENERAL, GENERAL_PATHS } from '../../benefits/general';
import { INPATIENT_PATHS, PER_ADMISSION } from '../../benefits/inpatient';
import { MATERNITY, MATERNITY_PATHS } from '../../benefits/maternity';
import { PATHS } from '../../model/address';
import { spokenCitation } from '../../model/citation';
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
import { dated, each, grid, reported, unknown } from '../entries';
import { AWAY_2025_NOTE, RESIDENTS_GRASSROOTS_RATE_2024, SHANDONG_2024_90 } from '../shandong';
import { REPORT_JINAN_AWAY_2024 as AWAY, REPORT_JINAN_RESIDENT_2024 as REPORT } from './documents';

/**
 * Jinan residents, 2024: the repeat-admission rule and 大病保险 are reported;
 * the base table (deductibles, rates and cap by grade and tier) was not recoverable.
 * Ordinary outpatient pooling: only the province's grassroots rate from 2024-10-01 is known.
 */

const ROW = '济南居民医保住院待遇（2024年）';
const CLASS_IDS = ['tier1', 'tier2', 'minor', 'student'] as const;
const TIERS = '待遇按医院等级和缴费档次区分。';

const TABLE_UNKNOWN =
  '济南居民医保按医院等级和缴费档次的起付线、支付比例和年度最高支付限额表未能找到可信来源。' +
  '请向济南市医疗保障局或医保服务热线12393询问，或照住院结算单填写。';

const SPECIAL_DEDUCTIBLES = NOT_MODELLED_DEDUCTIBLE_RULES('报道还提到：中医综合医院起付线降低20%，精神专科医院不设起付线。');

const CRITICAL_BANDS = residentCriticalIllnessBands(14000);

const ASK = '请向济南市医疗保障局或医保服务热线12393询问后填写。';
const GENERAL_UNKNOWN = `济南居民普通门诊的起付线和年度最高支付限额未见来源。${ASK}`;
const GENERAL_RATE_BEFORE = `2024年10月1日以前济南居民在一级及以下医院的普通门诊支付比例未见来源。${ASK}`;
const GENERAL_RATE_HOSPITALS = `济南居民在二级、三级医院的普通门诊支付比例未见来源（省里2024年10月起的65%只说基层医疗机构）。${ASK}`;

export const jinanResident2024 = (): Period => withCriticalIllnessReward({
  id: 'jinan-resident-2024',
  title: '济南市居民基本医疗保险住院待遇（2024年起，公开报道）',
  from: '2024-01-01',
  to: null,
  level: 'reported',
  documents: [REPORT, AWAY, SHANDONG_2024_90],
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
    inpatient: { ...PER_ADMISSION, unmodelledDeductibles: SPECIAL_DEDUCTIBLES },
    [GENERAL]: {},
    [MATERNITY]: { events: ['abortion', 'induced', 'delivery'], drawsOnFund: false },
    away: { note: AWAY_2025_NOTE },
  },
  interpretations: [
    SEGMENTS_PER_ADMISSION,
    CRITICAL_ILLNESS_BASE,
    FUND_CAP_OVERFLOW,
    SPECIAL_DEDUCTIBLES,
    {
      id: 'jinan-resident-general',
      title: '普通门诊统筹',
      text:
        `济南居民普通门诊的起付线、年度限额和2024年10月以前的支付比例都未见来源，需要您填写。2024年10月1日起，${spokenCitation(SHANDONG_2024_90)}把居民在基层医疗机构的普通门诊支付比例提高到65%：` +
        '未见济南本市的执行文件，本估算把一级及以下医院的普通门诊按65%计算（待核实），二级、三级医院的比例需要您填写。普通门诊统筹单独计算，不占用住院的年度限额。' +
        '同一文件把高血压、糖尿病（“两病”）门诊用药的支付比例提高到75%，本估算未单列两病用药。',
    },
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
  params: dated({
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
    ...grid(CLASS_IDS, GRADE_IDS, GENERAL_PATHS.deductible, () => unknown(GENERAL_UNKNOWN)),
    ...grid(CLASS_IDS, GRADE_IDS, GENERAL_PATHS.rate, (_, g) => (g === '1' ? [unknown(GENERAL_RATE_BEFORE), RESIDENTS_GRASSROOTS_RATE_2024] : unknown(GENERAL_RATE_HOSPITALS))),
    ...each(CLASS_IDS, GENERAL_PATHS.cap, () => unknown(GENERAL_UNKNOWN)),
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
  }),
});
