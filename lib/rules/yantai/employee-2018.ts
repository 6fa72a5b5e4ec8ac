import { CHRONIC, CHRONIC_PATHS } from '../../benefits/chronic';
import { INPATIENT_PATHS, PER_ADMISSION } from '../../benefits/inpatient';
import { PATHS } from '../../model/address';
import type { Layer, Period, Segment } from '../../model/types';
import {
  EMPLOYEE_CLASSES,
  EMPLOYEE_CLASS_IDS,
  FLEXIBLE_AS_WORKING,
  flexibleAsWorking,
  FUND_CAP_OVERFLOW,
  GRADES,
  GRADE_IDS,
  ROUNDING,
  SEGMENTS_PER_ADMISSION,
  flat,
  layerParams,
} from '../common';
import { dated, each, grid, official, unknown } from '../entries';
import { YANTAI_EMPLOYEE_2017 as DOC } from './documents';

/** 烟台市职工基本医疗保险实施办法 (2018-01-01 to 2022-12-31): complete official inpatient rules. */

const WORKING: Record<string, Segment[]> = {
  '1': [{ upTo: null, rate: 0.9 }],
  '2': [{ upTo: 10000, rate: 0.85 }, { upTo: null, rate: 0.9 }],
  '3': [{ upTo: 5000, rate: 0.8 }, { upTo: 10000, rate: 0.85 }, { upTo: null, rate: 0.9 }],
};

/** 第十一条: retirees get 5 percentage points more on every part. */
const RETIRED: Record<string, Segment[]> = {
  '1': [{ upTo: null, rate: 0.95 }],
  '2': [{ upTo: 10000, rate: 0.9 }, { upTo: null, rate: 0.95 }],
  '3': [{ upTo: 5000, rate: 0.85 }, { upTo: 10000, rate: 0.9 }, { upTo: null, rate: 0.95 }],
};

export const LARGE_RELIEF: Layer = { id: 'large-relief', name: '大额救助金', base: 'overCoverage' };
export const EMPLOYEE_CRITICAL_ILLNESS: Layer = { id: 'critical-illness', name: '职工大病保险', base: 'coveredBurden' };

const CRITICAL_UNKNOWN = '第三十二条规定职工大病保险按省有关规定执行，现有来源未给出起付标准和支付比例。';

export const yantaiEmployee2018 = (): Period => ({
  id: 'yantai-employee-2018',
  title: '烟台市职工基本医疗保险住院待遇（2018—2022年）',
  from: '2018-01-01',
  to: '2022-12-31',
  level: 'official',
  documents: [DOC],
  classes: EMPLOYEE_CLASSES,
  grades: GRADES,
  fund: 'fundCap',
  layers: [LARGE_RELIEF, EMPLOYEE_CRITICAL_ILLNESS],
  benefits: {
    inpatient: PER_ADMISSION,
    [CHRONIC]: { by: 'class', rates: 'own', perDisease: ['B'], uplift: ['A'], limit: ['B'], drawsOnFund: true, layers: true },
  },
  interpretations: [
    SEGMENTS_PER_ADMISSION,
    {
      id: 'retiree-plus-five',
      title: '退休人员“再提高5%”',
      text: '第十一条“退休人员在上述支付比例的基础上再提高5%”按提高5个百分点计算，例如三级医院起付线至5000元部分由80%提高到85%。',
    },
    {
      id: 'yantai-chronic',
      title: '门诊慢性病：甲类、乙类',
      text:
        '第十三条：甲类慢性病不设起付线，按85%支付，血液透析、腹膜透析和器官移植后服用环孢素A的费用再提高10个百分点；' +
        '乙类慢性病每个病种每年起付线300元，以上按80%支付。同时认定两种乙类慢性病的，每个病种单独计算起付线；' +
        '“慢性病最高支付限额”按一年内全部乙类慢性病门诊费用合计计算，数额未见来源，需要您填写。第十四条：门诊慢性病与住院共用每年25万元的统筹基金限额，超过部分由大额救助金按90%支付。',
    },
    FLEXIBLE_AS_WORKING,
    FUND_CAP_OVERFLOW,
    ROUNDING,
  ],
  params: dated({
    [PATHS.member('working')]: official('working', DOC, '第十一条'),
    [PATHS.member('retired')]: official('retired', DOC, '第十一条'),
    [PATHS.member('flexible')]: flexibleAsWorking(DOC, '第三条、第六条'),
    ...grid(EMPLOYEE_CLASS_IDS, GRADE_IDS, INPATIENT_PATHS.deductible, (_, g) =>
      official({ '1': 200, '2': 500, '3': 800 }[g], DOC, '第十二条', '每次住院均扣起付线；恶性肿瘤患者年度内多次放、化疗只扣一次（本估算未区分病种）。'),
    ),
    [INPATIENT_PATHS.repeat()]: official([], DOC, '第十一条、第十二条', '同一年度内每次住院都按医院级别扣起付线，不因住院次数减免。'),
    ...each(GRADE_IDS, (g) => INPATIENT_PATHS.segments('working', g), (g) => official(WORKING[g] ?? [], DOC, '第十一条')),
    ...each(GRADE_IDS, (g) => INPATIENT_PATHS.segments('retired', g), (g) =>
      official(RETIRED[g] ?? [], DOC, '第十一条', '退休人员在在职职工各段比例基础上提高5个百分点。'),
    ),
    ...each(EMPLOYEE_CLASS_IDS, PATHS.fund, () => official(250000, DOC, '第十四条')),
    [CHRONIC_PATHS.deductible('A')]: official(0, DOC, '第十三条', '甲类慢性病不设起付线。'),
    [CHRONIC_PATHS.deductible('B')]: official(300, DOC, '第十三条', '每个乙类慢性病病种每年单独计算起付线。'),
    ...each(EMPLOYEE_CLASS_IDS, (c) => CHRONIC_PATHS.rate(c, 'A'), () => official(0.85, DOC, '第十三条')),
    ...each(EMPLOYEE_CLASS_IDS, (c) => CHRONIC_PATHS.rate(c, 'B'), () => official(0.8, DOC, '第十三条')),
    [CHRONIC_PATHS.uplift('A')]: official(0.1, DOC, '第十三条', '慢性肾功能衰竭门诊血液透析、腹膜透析及器官移植后服用环孢素A的费用，在85%的基础上再提高10个百分点。'),
    [CHRONIC_PATHS.limit('B')]: unknown(
      '第十三条规定乙类慢性病“一个医疗年度内不能超过慢性病最高支付限额”，限额由人力资源社会保障部门适时调整，现有来源未给出数额。请向烟台市医疗保障局或12393询问后填写。',
      [{ doc: DOC, at: '第十三条' }],
    ),
    ...layerParams(
      LARGE_RELIEF,
      official(flat(0.9), DOC, '第三十条', '统筹基金达到年度最高支付限额后，超限额的政策范围内费用由大额救助金按90%支付。'),
      official(400000, DOC, '第三十条'),
    ),
    ...layerParams(
      EMPLOYEE_CRITICAL_ILLNESS,
      unknown(CRITICAL_UNKNOWN, [{ doc: DOC, at: '第三十二条' }]),
      unknown(CRITICAL_UNKNOWN, [{ doc: DOC, at: '第三十二条' }]),
    ),
  }),
});
