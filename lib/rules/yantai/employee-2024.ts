import { AWAY_PATHS, TEMPORARY } from '../../benefits/away';
import { CHRONIC, CHRONIC_PATHS } from '../../benefits/chronic';
import { GENERAL, GENERAL_PATHS } from '../../benefits/general';
import { INPATIENT_PATHS, PER_ADMISSION } from '../../benefits/inpatient';
import { PATHS } from '../../model/address';
import type { Period, Segment } from '../../model/types';
import {
  EMPLOYEE_CLASSES,
  EMPLOYEE_CLASS_IDS,
  FLEXIBLE_AS_WORKING,
  flexibleAsWorking,
  FUND_CAP_OVERFLOW,
  GRADES,
  GRADE_IDS,
  NOT_MODELLED_DEDUCTIBLE_RULES,
  ROUNDING,
  SEGMENTS_PER_ADMISSION,
  flat,
  layerParams,
  reportedInForce,
} from '../common';
import { dated, each, grid, reported, unknown } from '../entries';
import { AWAY_2025_NOTE } from '../shandong';
import {
  REPORT_YANTAI_AWAY as AWAY,
  REPORT_YANTAI_CAPS_2022 as CAPS,
  REPORT_YANTAI_EMPLOYEE_2024 as EXPLAINER,
  REPORT_YANTAI_EMPLOYEE_OUTPATIENT_2024 as OUTPATIENT,
  REPORT_YANTAI_QA_2025 as QA,
  REPORT_YANTAI_SHM_2024 as SHM,
} from './documents';
import { EMPLOYEE_CRITICAL_ILLNESS, LARGE_RELIEF } from './employee-2018';

/** Yantai employees after the 2018 measures expired, from public reports; not yet checked against an official text. */

const ROW = '烟台职工医保住院待遇（2024年）';
const CAP_ROW = '烟台职工医保年度限额与大额救助金（2022—2023年）';
const GENERAL_ROW = '职工普通门诊统筹（2024年）';

const WORKING: Record<string, Segment[]> = {
  '1': [{ upTo: null, rate: 0.9 }],
  '2': [{ upTo: null, rate: 0.9 }],
  '3': [{ upTo: 10000, rate: 0.85 }, { upTo: null, rate: 0.9 }],
};

const RETIRED: Record<string, Segment[]> = {
  '1': [{ upTo: null, rate: 0.95 }],
  '2': [{ upTo: null, rate: 0.95 }],
  '3': [{ upTo: 10000, rate: 0.9 }, { upTo: null, rate: 0.95 }],
};

const SPECIAL_DEDUCTIBLES = NOT_MODELLED_DEDUCTIBLE_RULES('报道还提到：恶性肿瘤放化疗、靶向治疗一年只扣一次起付线；2024年1月1日起中医医院起付线降低20%。');

const CRITICAL_UNKNOWN = '烟台职工大病保险（省级统筹后并入职工大额医疗费用补助）的起付标准和支付比例未见可信来源。';

export const yantaiEmployee2024 = (): Period => ({
  id: 'yantai-employee-2024',
  title: '烟台市职工基本医疗保险住院待遇（2024年起，公开报道）',
  from: '2024-01-01',
  to: null,
  level: 'reported',
  documents: [QA, EXPLAINER, CAPS, SHM, OUTPATIENT, AWAY],
  classes: EMPLOYEE_CLASSES,
  grades: GRADES,
  fund: 'fundCap',
  layers: [LARGE_RELIEF, EMPLOYEE_CRITICAL_ILLNESS],
  benefits: {
    inpatient: { ...PER_ADMISSION, unmodelledDeductibles: SPECIAL_DEDUCTIBLES },
    [CHRONIC]: { by: 'class', rates: 'own', perDisease: ['B'], uplift: ['A'], limit: ['B'], drawsOnFund: true, layers: true },
    [GENERAL]: {},
    away: { note: AWAY_2025_NOTE },
  },
  interpretations: [
    SEGMENTS_PER_ADMISSION,
    FLEXIBLE_AS_WORKING,
    FUND_CAP_OVERFLOW,
    SPECIAL_DEDUCTIBLES,
    {
      id: 'yantai-chronic-2024',
      title: '门诊慢特病（2024年起）',
      text:
        '报道所述：甲类按85%支付，乙类起付线300元、以上按80%支付；报道没有说甲类的起付线，本估算按不设计算。' +
        '两种乙类慢性病是否各自计算起付线、乙类的年度限额、血液透析等是否另加比例，报道都没有说明：起付线按2018年办法各病种单独计算，限额和另加比例需要您填写。门诊慢特病与住院共用统筹基金的年度限额。',
    },
    {
      id: 'yantai-general-2024',
      title: '普通门诊统筹（2024年起）',
      text:
        '水母网（2024年10月8日）和转载页面所述：起付线一级200元、二级400元、三级600元，每年只扣一次；变更定点医疗机构的，起付标准累计计算，以本次就诊医院的标准为准。' +
        '每年最多在职5000元、退休6000元。支付比例只见于转载页面：在职职工按80%、70%、60%支付，退休人员各提高5个百分点。单独计算，不占用住院的年度限额。',
    },
    {
      id: 'away-first-share',
      title: '异地就医临时外出',
      text: '临时外出就医的，政策范围内费用先由个人负担10%，其余按本市同级别医院的规定报销。已办理异地长期居住备案的，按本市规定报销。',
    },
    reportedInForce('2024—2025年'),
    ROUNDING,
  ],
  params: dated({
    [PATHS.member('working')]: reported('working', EXPLAINER, ROW),
    [PATHS.member('retired')]: reported('retired', EXPLAINER, ROW, '退休人员各段比例提高5个百分点。'),
    [PATHS.member('flexible')]: flexibleAsWorking(EXPLAINER, ROW),
    ...grid(EMPLOYEE_CLASS_IDS, GRADE_IDS, INPATIENT_PATHS.deductible, (_, g) => reported({ '1': 200, '2': 500, '3': 800 }[g], [QA, EXPLAINER], ROW)),
    [INPATIENT_PATHS.repeat()]: reported(
      [
        { from: 2, factor: 0.5 },
        { from: 3, factor: 0 },
      ],
      [QA, EXPLAINER],
      ROW,
      '年度内第二次住院起付线减半，第三次起不设起付线。',
    ),
    ...each(GRADE_IDS, (g) => INPATIENT_PATHS.segments('working', g), (g) => reported(WORKING[g] ?? [], EXPLAINER, ROW)),
    ...each(GRADE_IDS, (g) => INPATIENT_PATHS.segments('retired', g), (g) => reported(RETIRED[g] ?? [], EXPLAINER, ROW, '在职比例加5个百分点。')),
    ...each(EMPLOYEE_CLASS_IDS, PATHS.fund, () => reported(250000, CAPS, CAP_ROW, '报道所述为2022—2023年的标准，此后未见调整的报道。')),
    [CHRONIC_PATHS.deductible('A')]: reported(0, OUTPATIENT, '职工门诊慢特病（2024年）', '报道只给出乙类的起付线，甲类按不设起付线计算。'),
    [CHRONIC_PATHS.deductible('B')]: reported(300, OUTPATIENT, '职工门诊慢特病（2024年）'),
    ...each(EMPLOYEE_CLASS_IDS, (c) => CHRONIC_PATHS.rate(c, 'A'), () => reported(0.85, OUTPATIENT, '职工门诊慢特病（2024年）')),
    ...each(EMPLOYEE_CLASS_IDS, (c) => CHRONIC_PATHS.rate(c, 'B'), () => reported(0.8, OUTPATIENT, '职工门诊慢特病（2024年）')),
    [CHRONIC_PATHS.uplift('A')]: unknown('2024年以后血液透析等是否在85%的基础上另加比例，报道没有说明。请向烟台市医疗保障局或12393询问后填写。'),
    [CHRONIC_PATHS.limit('B')]: unknown('乙类门诊慢特病的年度最高支付限额未见来源。请向烟台市医疗保障局或12393询问后填写。'),
    ...grid(EMPLOYEE_CLASS_IDS, GRADE_IDS, GENERAL_PATHS.deductible, (_, g) =>
      reported({ '1': 200, '2': 400, '3': 600 }[g], [SHM, OUTPATIENT], GENERAL_ROW, '每年一个起付线；变更定点医疗机构的，起付标准累计计算。'),
    ),
    ...grid(EMPLOYEE_CLASS_IDS, GRADE_IDS, GENERAL_PATHS.rate, (c, g) =>
      reported({ working: { '1': 0.8, '2': 0.7, '3': 0.6 }, retired: { '1': 0.85, '2': 0.75, '3': 0.65 } }[c][g], OUTPATIENT, GENERAL_ROW, c === 'retired' ? '退休人员在在职职工的比例上提高5个百分点。' : undefined),
    ),
    [GENERAL_PATHS.cap('working')]: reported(5000, [SHM, OUTPATIENT], GENERAL_ROW),
    [GENERAL_PATHS.cap('retired')]: reported(6000, [SHM, OUTPATIENT], GENERAL_ROW),
    ...each(TEMPORARY, AWAY_PATHS.firstShare, () => reported(0.1, AWAY, '异地就医临时外出', '临时外出就医的，个人首先负担政策范围内费用的10%，其余按本市同级别医院的规定支付。')),
    ...each(TEMPORARY, AWAY_PATHS.rateCut, () => reported(0, AWAY, '异地就医临时外出', '支付比例不另降低。')),
    ...layerParams(
      LARGE_RELIEF,
      reported(flat(0.9), CAPS, CAP_ROW, '统筹基金达到年度最高支付限额后，超限额的政策范围内费用按90%支付，年度最高40万元。'),
      reported(400000, CAPS, CAP_ROW),
    ),
    ...layerParams(EMPLOYEE_CRITICAL_ILLNESS, unknown(CRITICAL_UNKNOWN), unknown(CRITICAL_UNKNOWN)),
  }),
});
