import { AWAY_PATHS, TEMPORARY } from '../../benefits/away';
import { CHRONIC, CHRONIC_PATHS } from '../../benefits/chronic';
import { GENERAL, GENERAL_PATHS } from '../../benefits/general';
import { INPATIENT_PATHS, PER_ADMISSION } from '../../benefits/inpatient';
import { PATHS } from '../../model/address';
import { spokenCitation } from '../../model/citation';
import type { Layer, Period, Segment } from '../../model/types';
import {
  EMPLOYEE_CLASSES,
  EMPLOYEE_CLASS_IDS,
  FLEXIBLE_AS_WORKING,
  flexibleAsWorking,
  GRADES,
  GRADE_IDS,
  ROUNDING,
  SEGMENTS_PER_ADMISSION,
  flat,
  layerParams,
} from '../common';
import { alsoCiting, dated, each, grid, official, reported } from '../entries';
import { AWAY_2025_NOTE } from '../shandong';
import {
  REPORT_WEIHAI_AWAY as AWAY,
  REPORT_WEIHAI_EMPLOYEE_GENERAL_2023 as GENERAL_PAGE,
  REPORT_WEIHAI_EMPLOYEE_RATES as RATES_PAGE,
  WEIHAI_2023_56 as DOC,
  WEIHAI_2024_DISCLOSURE as TABLE,
} from './documents';

/**
 * 威医保发〔2023〕56号 (2024-01-01 to 2028-12-31): deductibles, the repeat rule, the 240,000 band and
 * 大额补助. The text keeps the "original" segment rates without listing them; the 医保局's disclosure
 * of 2024-04-10 lists them, so they are official too. The outpatient values are still from reports.
 */

/** Part bounds on the admission's eligible cost: to 10,000, 10,000–40,000, above 40,000 (until the band stops the fund). */
function parts(low: number, mid: number, high: number): Segment[] {
  return [
    { upTo: 10000, rate: low },
    { upTo: 40000, rate: mid },
    { upTo: null, rate: high },
  ];
}

const WORKING: Record<(typeof GRADE_IDS)[number], Segment[]> = {
  '1': parts(0.9, 0.92, 0.9),
  '2': parts(0.85, 0.9, 0.9),
  '3': parts(0.8, 0.88, 0.9),
};

const RETIRED: Record<(typeof GRADE_IDS)[number], Segment[]> = {
  '1': parts(0.95, 0.96, 0.9),
  '2': parts(0.925, 0.95, 0.9),
  '3': parts(0.9, 0.94, 0.9),
};

const WORKING_ROW = '职工住院分段支付比例（在职）';
const RETIRED_ROW = '职工住院分段支付比例（退休）';

const KEPT_RATES = `${spokenCitation(DOC, '二（一）')}规定“按原支付比例”分段支付，各段比例见威海市医疗保障局2024年4月10日的信息披露。`;

const RETIRED_SETTLED =
  '退休人员4万至24万元部分按90%，威海市医疗保障局2024年4月10日的信息披露写明如此。此前有转载页面称“退休人员个人负担比例为在职职工的一半”（按此应为95%），这一疑问已由该信息披露澄清。';

const CHRONIC_ROW = '职工门诊慢特病起付标准与支付比例';
const GENERAL_ROW = '职工普通门诊统筹（2023年）';

const SUBSIDY_A: Layer = { id: 'subsidy-a', name: '大额补助（24万元以上部分）', base: 'overCoverage' };
const SUBSIDY_B: Layer = { id: 'subsidy-b', name: '大额补助（个人负担部分）', base: 'coveredBurden' };

export const weihaiEmployee2024 = (): Period => ({
  id: 'weihai-employee-2024',
  title: '威海市职工基本医疗保险住院待遇（2024—2028年）',
  from: '2024-01-01',
  to: '2028-12-31',
  level: 'official',
  documents: [DOC, TABLE, RATES_PAGE, GENERAL_PAGE, AWAY],
  classes: EMPLOYEE_CLASSES,
  grades: GRADES,
  fund: 'eligibleBand',
  layers: [SUBSIDY_A, SUBSIDY_B],
  benefits: {
    inpatient: PER_ADMISSION,
    [CHRONIC]: { by: 'group', rates: 'inpatient', drawsOnFund: true, layers: true },
    [GENERAL]: {},
    away: { note: AWAY_2025_NOTE },
  },
  interpretations: [
    SEGMENTS_PER_ADMISSION,
    {
      id: 'weihai-original-rates',
      title: '“按原支付比例”的各段比例',
      text:
        `${spokenCitation(DOC, '二（一）')}只说按医院级别“按原支付比例实行分段累进制支付”，没有列出比例；各段比例按${spokenCitation(TABLE)}（2024年4月10日）所列：` +
        '起付线至1万元、1万至4万元、4万至24万元三段（在职职工一级90%、92%、90%，二级85%、90%、90%，三级80%、88%、90%；' +
        '退休人员一级95%、96%、90%，二级92.5%、95%、90%，三级90%、94%、90%）。' +
        '原来24万至50万元按80%支付的一段，2024年起由大额补助（24万元以上部分90%）代替，不再计入统筹基金。',
    },
    {
      id: 'weihai-band',
      title: '24万元是年度政策范围内费用的额度',
      text:
        '统筹基金承担本年度累计政策范围内住院费用24万元以内的部分（起付线也计入这24万元）。' +
        '累计超过24万元的部分由大额补助按90%支付，年度最高40万元；额度用完以后的住院，政策范围内费用全部属于超过24万元的部分，不再扣起付线。',
    },
    {
      id: 'weihai-part-b-base',
      title: '大额补助“个人负担”的范围',
      text:
        `${spokenCitation(DOC, '二（二）2')}所说的个人负担，指24万元以内的政策范围内费用经统筹基金支付后个人承担的部分（起付线和按比例自付的部分），按年度累计；` +
        '不含全自费、先行自付，也不含24万元以上部分由个人承担的10%。',
    },
    {
      id: 'weihai-chronic-with-inpatient',
      title: '门诊慢特病与住院合并计算',
      text:
        '门诊慢特病每年一个起付线（一般病种900元，恶性肿瘤门诊放化疗300元，严重精神障碍不设），起付线以上按就诊医院级别的住院分段比例支付。' +
        '分段按本年门诊慢特病累计的政策范围内费用计算；门诊慢特病费用与住院费用一起计入每年24万元的额度和大额补助。',
    },
    {
      id: 'weihai-general-outpatient',
      title: '普通门诊统筹',
      text:
        '普通门诊每年的起付线按就诊医院级别（一级300元、二级500元、三级700元），在不同级别医院就诊时累计计算，以本次就诊医院的标准为准；' +
        '统筹基金按比例支付，每年最多1600元。普通门诊统筹单独计算，不占用住院的24万元额度。',
    },
    {
      id: 'away-first-share',
      title: '异地就医临时外出',
      text: '临时外出就医的，政策范围内费用先由个人负担10%，其余按本市同级别医院的规定报销；先行负担的部分不计入大额补助的个人负担。已办理异地长期居住备案的，按本市规定报销。',
    },
    FLEXIBLE_AS_WORKING,
    {
      id: 'weihai-self-pay-first',
      title: '先行自付',
      text: `乙类药品个人先行自付不高于20%；单价1000元以上的高值耗材（集采中选除外）和大型设备检查治疗先行自付20%（${spokenCitation(DOC, '二（三）')}）。请按结算单填写先行自付金额。`,
    },
    ROUNDING,
  ],
  params: dated({
    [PATHS.member('working')]: official('working', DOC, '二（一）'),
    [PATHS.member('retired')]: official('retired', DOC, '二（一）'),
    [PATHS.member('flexible')]: flexibleAsWorking(DOC, '一'),
    ...grid(EMPLOYEE_CLASS_IDS, GRADE_IDS, INPATIENT_PATHS.deductible, (_, g) => official({ '1': 400, '2': 700, '3': 900 }[g], DOC, '二（一）')),
    [INPATIENT_PATHS.repeat()]: official(
      [
        { from: 2, factor: 0.5 },
        { from: 3, factor: 0 },
      ],
      DOC,
      '二（一）',
      '年度内第二次住院起付线减半，第三次住院起不设起付线。',
    ),
    ...each(GRADE_IDS, (g) => INPATIENT_PATHS.segments('working', g), (g) => alsoCiting(official(WORKING[g], TABLE, WORKING_ROW, KEPT_RATES), DOC, '二（一）')),
    ...each(GRADE_IDS, (g) => INPATIENT_PATHS.segments('retired', g), (g) => alsoCiting(official(RETIRED[g], TABLE, RETIRED_ROW, `${KEPT_RATES}${RETIRED_SETTLED}`), DOC, '二（一）')),
    ...each(EMPLOYEE_CLASS_IDS, PATHS.fund, () =>
      official(240000, DOC, '二（一）', '年度内政策范围内住院费用（含门诊慢特病费用）24万元以内的部分由统筹基金按比例支付。'),
    ),
    ...each(['general', 'cancer-radio-chemo', 'severe-mental'] as const, CHRONIC_PATHS.deductible, (g) =>
      reported({ general: 900, 'cancer-radio-chemo': 300, 'severe-mental': 0 }[g], RATES_PAGE, CHRONIC_ROW, '门诊慢特病费用与住院费用合并计算，支付比例按住院支付比例。'),
    ),
    ...grid(EMPLOYEE_CLASS_IDS, GRADE_IDS, GENERAL_PATHS.deductible, (_, g) => reported({ '1': 300, '2': 500, '3': 700 }[g], GENERAL_PAGE, GENERAL_ROW)),
    ...grid(EMPLOYEE_CLASS_IDS, GRADE_IDS, GENERAL_PATHS.rate, (c, g) =>
      reported({ working: { '1': 0.7, '2': 0.6, '3': 0.5 }, retired: { '1': 0.75, '2': 0.65, '3': 0.55 } }[c][g], GENERAL_PAGE, GENERAL_ROW),
    ),
    ...each(EMPLOYEE_CLASS_IDS, GENERAL_PATHS.cap, () => reported(1600, GENERAL_PAGE, GENERAL_ROW)),
    ...each(TEMPORARY, AWAY_PATHS.firstShare, () => reported(0.1, AWAY, '异地就医临时外出', '临时外出就医的，个人首先负担政策范围内费用的10%，其余按本市同级别医院的规定支付。')),
    ...each(TEMPORARY, AWAY_PATHS.rateCut, () => reported(0, AWAY, '异地就医临时外出', '支付比例不另降低。')),
    ...layerParams(
      SUBSIDY_A,
      official(flat(0.9), DOC, '二（二）2', '年度政策范围内住院费用超过24万元的部分，由职工大额医疗费用补助支付90%，年度最高40万元。'),
      official(400000, DOC, '二（二）2'),
    ),
    ...layerParams(
      SUBSIDY_B,
      official(
        [
          { from: 18000, to: 100000, rate: 0.7 },
          { from: 100000, to: 300000, rate: 0.8 },
          { from: 300000, to: null, rate: 0.9 },
        ],
        DOC,
        '二（二）2',
        '24万元以内经统筹基金支付后的个人负担，年度累计1.8万元以上的部分按70%、80%、90%分段补助，年度最高50万元。',
      ),
      official(500000, DOC, '二（二）2'),
    ),
  }),
});
