import { AWAY_PATHS } from '../../benefits/away';
import { GENERAL, GENERAL_PATHS } from '../../benefits/general';
import { INPATIENT_PATHS, PER_ADMISSION } from '../../benefits/inpatient';
import { PATHS } from '../../model/address';
import type { Layer, Period, Segment } from '../../model/types';
import {
  EMPLOYEE_CLASSES,
  EMPLOYEE_CLASS_IDS,
  FLEXIBLE_AS_WORKING,
  FUND_CAP_OVERFLOW,
  LEVEL_ONE_VARIANT,
  ROUNDING,
  SEGMENTS_PER_ADMISSION,
  layerParams,
  reportedInForce,
} from '../common';
import { each, grid, reported, unknown } from '../entries';
import { AWAY_2025_NOTE } from '../shandong';
import { JINAN_2019, REPORT_JINAN_AWAY_2024 as AWAY, REPORT_JINAN_EMPLOYEE_2024 as REPORT } from './documents';

/** Jinan employees, from the 2024 rules restated by a recruitment-news page; not yet checked against an official text. */

const GRADE_IDS = ['1', '1g', '2', '3'] as const;
const ROW = '济南职工医保住院待遇（2024年）';
const BEYOND_600K = { upTo: null, rate: null } satisfies Segment;

function parts(low: number, mid: number, high: number): Segment[] {
  return [{ upTo: 10000, rate: low }, { upTo: 400000, rate: mid }, { upTo: 600000, rate: high }, BEYOND_600K];
}

/** Tier 2 and below share one table; tier 3 has its own. */
const RATES = {
  working: { low: parts(0.9, 0.93, 0.9), tier3: parts(0.85, 0.88, 0.9) },
  retired: { low: parts(0.93, 0.96, 0.9), tier3: parts(0.88, 0.91, 0.9) },
};

const SEGMENT_NOTE = '报道给出的分段止于60万元；单次住院政策范围内费用超过60万元的部分，比例未见报道，需要您填写。';

const LARGE_RELIEF: Layer = { id: 'large-relief', name: '大额医疗费救助金', base: 'overCoverage' };
const RELIEF_UNKNOWN = '济南2019年文件只规定大额医疗费救助金缴费每人每月8元，支付比例和限额未见可信来源。';

export const jinanEmployee2024: Period = {
  id: 'jinan-employee-2024',
  title: '济南市职工基本医疗保险住院待遇（2024年起，公开报道）',
  from: '2024-01-01',
  to: null,
  level: 'reported',
  documents: [REPORT, AWAY],
  classes: EMPLOYEE_CLASSES,
  grades: [
    { id: '1', level: 1, label: '一级医院' },
    { id: '1g', level: 1, label: '社区卫生服务机构', facility: 'grassroots' },
    { id: '2', level: 2, label: '二级医院' },
    { id: '3', level: 3, label: '三级医院' },
  ],
  fund: 'fundCap',
  layers: [LARGE_RELIEF],
  benefits: { inpatient: PER_ADMISSION, [GENERAL]: {}, away: { note: AWAY_2025_NOTE } },
  interpretations: [
    SEGMENTS_PER_ADMISSION,
    LEVEL_ONE_VARIANT,
    FLEXIBLE_AS_WORKING,
    FUND_CAP_OVERFLOW,
    {
      id: 'jinan-general-outpatient',
      title: '普通门诊统筹',
      text:
        '普通门诊每年的起付线按就诊医院级别（一级及以下200元、二级400元、三级800元），在不同级别医院就诊时累计计算，以本次就诊医院的标准为准；' +
        '每年最多在职6000元、退休7000元，单独计算，不占用住院的年度限额。报道还提到中医医疗机构起付线降低20%，本估算未区分。',
    },
    {
      id: 'jinan-away',
      title: '异地就医临时外出',
      text: '报道所述：职工在山东省内临时外出就医，支付比例不降低；到省外临时外出就医，支付比例降低10个百分点。已办理异地长期居住备案的，按本市规定报销。',
    },
    reportedInForce('2024年'),
    ROUNDING,
  ],
  params: {
    [PATHS.member('working')]: reported('working', REPORT, ROW),
    [PATHS.member('retired')]: reported('retired', REPORT, ROW),
    [PATHS.member('flexible')]: reported('working', REPORT, ROW, FLEXIBLE_AS_WORKING.text),
    ...grid(EMPLOYEE_CLASS_IDS, GRADE_IDS, INPATIENT_PATHS.deductible, (_, g) => reported({ '1': 400, '1g': 200, '2': 400, '3': 1000 }[g], REPORT, ROW)),
    [INPATIENT_PATHS.repeat()]: reported(
      [
        { from: 2, factor: 0.5 },
        { from: 3, factor: 0 },
      ],
      REPORT,
      ROW,
      '第二次住院起付线减半（社区100元、一二级200元、三级500元），第三次起为0。',
    ),
    ...grid(EMPLOYEE_CLASS_IDS, GRADE_IDS, INPATIENT_PATHS.segments, (c, g) => reported(g === '3' ? RATES[c].tier3 : RATES[c].low, REPORT, ROW, SEGMENT_NOTE)),
    ...each(EMPLOYEE_CLASS_IDS, PATHS.fund, () => reported(600000, REPORT, ROW, '年度最高支付限额含住院和门诊慢特病的统筹基金支付。')),
    ...grid(EMPLOYEE_CLASS_IDS, GRADE_IDS, GENERAL_PATHS.deductible, (_, g) => reported({ '1': 200, '1g': 200, '2': 400, '3': 800 }[g], REPORT, '济南职工普通门诊统筹（2024年）')),
    ...grid(EMPLOYEE_CLASS_IDS, GRADE_IDS, GENERAL_PATHS.rate, (c, g) =>
      reported({ working: { '1': 0.8, '1g': 0.8, '2': 0.7, '3': 0.6 }, retired: { '1': 0.85, '1g': 0.85, '2': 0.75, '3': 0.65 } }[c][g], REPORT, '济南职工普通门诊统筹（2024年）'),
    ),
    [GENERAL_PATHS.cap('working')]: reported(6000, REPORT, '济南职工普通门诊统筹（2024年）'),
    [GENERAL_PATHS.cap('retired')]: reported(7000, REPORT, '济南职工普通门诊统筹（2024年）'),
    [AWAY_PATHS.firstShare('temporary-in-province')]: reported(0, AWAY, '职工异地就医', '临时外出就医不设个人先行负担。'),
    [AWAY_PATHS.firstShare('temporary-out-of-province')]: reported(0, AWAY, '职工异地就医', '临时外出就医不设个人先行负担。'),
    [AWAY_PATHS.rateCut('temporary-in-province')]: reported(0, AWAY, '职工异地就医', '省内临时外出就医，支付比例不降低。'),
    [AWAY_PATHS.rateCut('temporary-out-of-province')]: reported(0.1, AWAY, '职工异地就医', '到省外临时外出就医，支付比例降低10个百分点。'),
    ...layerParams(
      LARGE_RELIEF,
      unknown(RELIEF_UNKNOWN, [{ doc: JINAN_2019, at: '四（二）' }]),
      unknown(RELIEF_UNKNOWN, [{ doc: JINAN_2019, at: '四（二）' }]),
    ),
  },
};
