import { AWAY_PATHS } from '../../benefits/away';
import { GENERAL, GENERAL_PATHS } from '../../benefits/general';
import { INPATIENT_PATHS, PER_ADMISSION } from '../../benefits/inpatient';
import { PATHS } from '../../model/address';
import type { Layer, Period, Segment } from '../../model/types';
import {
  EMPLOYEE_CLASSES,
  EMPLOYEE_CLASS_IDS,
  FLEXIBLE_AS_WORKING,
  flexibleAsWorking,
  FUND_CAP_OVERFLOW,
  LEVEL_ONE_VARIANT,
  ROUNDING,
  SEGMENTS_PER_ADMISSION,
  reportedInForce,
} from '../common';
import { dated, each, grid, reported } from '../entries';
import { AWAY_2025_NOTE } from '../shandong';
import { REPORT_JINAN_AWAY_2024 as AWAY, REPORT_JINAN_EMPLOYEE_2024 as REPORT, REPORT_JINAN_LARGE_SUBSIDY_2024 as SUBSIDY } from './documents';

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

/** The former 二次报销: on the year's personal burden of eligible cost after the basic fund, all benefits together; no annual maximum stated. */
const LARGE_SUBSIDY: Layer = { id: 'large-subsidy', name: '职工大额医疗费用补助', base: 'eligibleBurden', annualMax: 'none' };
const SUBSIDY_ROW = '济南职工大额医疗费用补助（2024年）';

export const jinanEmployee2024 = (): Period => ({
  id: 'jinan-employee-2024',
  title: '济南市职工基本医疗保险住院待遇（2024年起，公开报道）',
  from: '2024-01-01',
  to: null,
  level: 'reported',
  documents: [REPORT, SUBSIDY, AWAY],
  classes: EMPLOYEE_CLASSES,
  grades: [
    { id: '1', level: 1, label: '一级医院' },
    { id: '1g', level: 1, label: '社区卫生服务机构', facility: 'grassroots' },
    { id: '2', level: 2, label: '二级医院' },
    { id: '3', level: 3, label: '三级医院' },
  ],
  fund: 'fundCap',
  layers: [LARGE_SUBSIDY],
  benefits: { inpatient: PER_ADMISSION, [GENERAL]: { layers: true }, away: { note: AWAY_2025_NOTE } },
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
    {
      id: 'jinan-large-subsidy',
      title: '职工大额医疗费用补助',
      text:
        '每年住院和普通门诊统筹的政策范围内费用，经统筹基金支付后由个人负担的部分（含起付线、按比例自付，以及超过统筹基金年度限额、普通门诊年度限额的政策范围内费用）全年累计计算，' +
        '累计超过6,000元的部分，6,000元至200,000元按80%、200,000元以上按90%支付，由系统自动结算。报道没有提到这项补助的年度最高支付限额，本估算按不设限额计算' +
        '（报道的例子：个人负担50万元，补助425,200元）。门诊慢特病也计入这项补助，但本站尚无济南职工门诊慢特病的规定，未能计入。',
    },
    {
      id: 'jinan-large-subsidy-self-pay-first',
      title: '大额医疗费用补助不计全自费和先行自付',
      text:
        '报道说补助的是“合规费用”中的个人负担。全自费不属于医保支付范围；先行自付（乙类药品、部分耗材和诊疗项目先由个人按比例负担的部分）在结算时也不进入政策范围内费用，' +
        '本估算把两者都不计入这项补助，只计政策范围内费用中由个人负担的部分。',
    },
    {
      id: 'jinan-large-relief',
      title: '大额医疗费救助金',
      text:
        '济南2019年文件规定职工每人每月缴纳大额医疗费救助金8元，但没有写明它怎样支付。按报道的住院支付表推断，它就是单次住院政策范围内费用40万元至60万元一段按90%支付的部分' +
        '（统筹基金年度最高支付限额60万元），已含在统筹基金的分段支付中，本估算不另外计算。这一点是推断，没有文件明文写出。',
    },
    reportedInForce('2024年'),
    ROUNDING,
  ],
  params: dated({
    [PATHS.member('working')]: reported('working', REPORT, ROW),
    [PATHS.member('retired')]: reported('retired', REPORT, ROW),
    [PATHS.member('flexible')]: flexibleAsWorking(REPORT, ROW),
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
    [PATHS.layerBands(LARGE_SUBSIDY.id)]: reported(
      [
        { from: 6000, to: 200000, rate: 0.8 },
        { from: 200000, to: null, rate: 0.9 },
      ],
      SUBSIDY,
      SUBSIDY_ROW,
      '年度累计政策范围内个人负担超过6,000元的部分：6,000元至200,000元按80%，200,000元以上按90%；报道没有提到年度最高支付限额（见口径说明）。',
    ),
  }),
});
