import { INPATIENT_PATHS, PER_ADMISSION } from '../../benefits/inpatient';
import { PATHS } from '../../model/address';
import type { Period, Segment } from '../../model/types';
import {
  EMPLOYEE_CLASSES,
  EMPLOYEE_CLASS_IDS,
  FLEXIBLE_AS_WORKING,
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
import { each, grid, reported, unknown } from '../entries';
import { REPORT_YANTAI_CAPS_2022 as CAPS, REPORT_YANTAI_EMPLOYEE_2024 as EXPLAINER, REPORT_YANTAI_QA_2025 as QA } from './documents';
import { EMPLOYEE_CRITICAL_ILLNESS, LARGE_RELIEF } from './employee-2018';

/** Yantai employees after the 2018 measures expired, from public reports; not yet checked against an official text. */

const ROW = '烟台职工医保住院待遇（2024年）';
const CAP_ROW = '烟台职工医保年度限额与大额救助金（2022—2023年）';

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

const CRITICAL_UNKNOWN = '烟台职工大病保险（省级统筹后并入职工大额医疗费用补助）的起付标准和支付比例未见可信来源。';

export const yantaiEmployee2024: Period = {
  id: 'yantai-employee-2024',
  title: '烟台市职工基本医疗保险住院待遇（2024年起，公开报道）',
  from: '2024-01-01',
  to: null,
  level: 'reported',
  documents: [QA, EXPLAINER, CAPS],
  classes: EMPLOYEE_CLASSES,
  grades: GRADES,
  fund: 'fundCap',
  layers: [LARGE_RELIEF, EMPLOYEE_CRITICAL_ILLNESS],
  benefits: { inpatient: PER_ADMISSION },
  interpretations: [
    SEGMENTS_PER_ADMISSION,
    FLEXIBLE_AS_WORKING,
    FUND_CAP_OVERFLOW,
    NOT_MODELLED_DEDUCTIBLE_RULES('报道还提到：恶性肿瘤放化疗、靶向治疗一年只扣一次起付线；2024年1月1日起中医医院起付线降低20%。'),
    reportedInForce('2024—2025年'),
    ROUNDING,
  ],
  params: {
    [PATHS.member('working')]: reported('working', EXPLAINER, ROW),
    [PATHS.member('retired')]: reported('retired', EXPLAINER, ROW, '退休人员各段比例提高5个百分点。'),
    [PATHS.member('flexible')]: reported('working', EXPLAINER, ROW, FLEXIBLE_AS_WORKING.text),
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
    ...layerParams(
      LARGE_RELIEF,
      reported(flat(0.9), CAPS, CAP_ROW, '统筹基金达到年度最高支付限额后，超限额的政策范围内费用按90%支付，年度最高40万元。'),
      reported(400000, CAPS, CAP_ROW),
    ),
    ...layerParams(EMPLOYEE_CRITICAL_ILLNESS, unknown(CRITICAL_UNKNOWN), unknown(CRITICAL_UNKNOWN)),
  },
};
