import { INPATIENT_PATHS, PER_ADMISSION } from '../../benefits/inpatient';
import { PATHS } from '../../model/address';
import type { Period } from '../../model/types';
import {
  FUND_CAP_OVERFLOW,
  LEVEL_ONE_VARIANT,
  RESIDENT_CRITICAL_ILLNESS,
  RESIDENT_TIER_CLASSES,
  RESIDENT_TIER_IDS,
  ROUNDING,
  SEGMENTS_PER_ADMISSION,
  layerParams,
} from '../common';
import { each, grid, official, unknown } from '../entries';
import { YANTAI_RESIDENT_2017 as DOC } from './documents';

/** 烟台市居民基本医疗保险实施办法 (2018-01-01 to 2022-12-31): complete official inpatient rules. */

const GRADE_IDS = ['1', '1x', '2', '3'] as const;

/** 第十三条: one rate from the deductible up to the annual cap. */
const RATES = {
  tier1: { '1': 0.83, '1x': 0.6, '2': 0.58, '3': 0.45 },
  tier2: { '1': 0.88, '1x': 0.88, '2': 0.7, '3': 0.6 },
};

const ESSENTIAL_DRUGS_NOTE = '其中基本药物按90%支付；本估算不区分药品，按整体比例计算，个人负担可能略高于实际。';
const SHARED_CAP = '限额含住院、慢性病门诊、生育和未成年居民意外伤害门诊的统筹基金支付。';
const CRITICAL_UNKNOWN = '第三十四条规定居民大病保险按省有关规定执行，现有来源未给出2018—2022年的起付标准和支付比例。';

export const yantaiResident2018: Period = {
  id: 'yantai-resident-2018',
  title: '烟台市居民基本医疗保险住院待遇（2018—2022年）',
  from: '2018-01-01',
  to: '2022-12-31',
  level: 'official',
  documents: [DOC],
  classes: RESIDENT_TIER_CLASSES,
  grades: [
    { id: '1', level: 1, label: '一级医院（实施基本药物制度）' },
    { id: '1x', level: 1, label: '一级医院（未实施基本药物制度）', facility: 'no-essential-drugs' },
    { id: '2', level: 2, label: '二级医院' },
    { id: '3', level: 3, label: '三级医院' },
  ],
  fund: 'fundCap',
  layers: [RESIDENT_CRITICAL_ILLNESS],
  benefits: { inpatient: PER_ADMISSION },
  interpretations: [
    SEGMENTS_PER_ADMISSION,
    {
      id: 'minors-tier2',
      title: '未成年居民和在校学生按二档待遇',
      text: '第七条（三）把各类在校学生和其他未成年居民统称为未成年居民，第十三条（三）规定其享受二档缴费的待遇。',
    },
    LEVEL_ONE_VARIANT,
    {
      id: 'essential-drugs',
      title: '一档居民在一级医院的比例',
      text:
        '第十三条（一）：一档居民在实施基本药物制度的一级医院按83%支付（基本药物按90%），在未实施的一级医院按60%。' +
        '乡镇卫生院、社区卫生服务中心等基层医疗机构普遍实施基本药物制度，未选择时按83%计算。',
    },
    {
      id: 'children-special-diseases',
      title: '儿童三种疾病未纳入',
      text: '第十三条（四）儿童急性白血病、先天性心脏病、唇腭裂实行限额全额支付，本估算未计入这一特殊办法。',
    },
    FUND_CAP_OVERFLOW,
    ROUNDING,
  ],
  params: {
    [PATHS.member('adult-tier1')]: official('tier1', DOC, '第七条（一）、第十三条（一）'),
    [PATHS.member('adult-tier2')]: official('tier2', DOC, '第七条（一）、第十三条（二）'),
    [PATHS.member('minor')]: official('tier2', DOC, '第七条（三）、第十三条（三）', '未成年居民享受二档缴费的医疗保险待遇。'),
    [PATHS.member('student')]: official('tier2', DOC, '第七条（三）、第十三条（三）', '各类在校学生与其他未成年居民统称未成年居民，享受二档待遇。'),
    ...grid(RESIDENT_TIER_IDS, GRADE_IDS, INPATIENT_PATHS.deductible, (_, g) =>
      official({ '1': 300, '1x': 300, '2': 500, '3': 800 }[g], DOC, '第十二条', '每次住院均扣起付线；恶性肿瘤患者年度内多次放、化疗只扣一次（本估算未区分病种）。'),
    ),
    [INPATIENT_PATHS.repeat()]: official([], DOC, '第十二条、第十三条', '同一年度内每次住院都按医院级别扣起付线，不因住院次数减免。'),
    ...each(GRADE_IDS, (g) => INPATIENT_PATHS.segments('tier1', g), (g) =>
      official([{ upTo: null, rate: RATES.tier1[g] }], DOC, '第十三条（一）', g === '1' ? ESSENTIAL_DRUGS_NOTE : undefined),
    ),
    ...each(GRADE_IDS, (g) => INPATIENT_PATHS.segments('tier2', g), (g) =>
      official([{ upTo: null, rate: RATES.tier2[g] }], DOC, '第十三条（二）', g.startsWith('1') ? ESSENTIAL_DRUGS_NOTE : undefined),
    ),
    [PATHS.fund('tier1')]: official(180000, DOC, '第十八条', SHARED_CAP),
    [PATHS.fund('tier2')]: official(220000, DOC, '第十八条', SHARED_CAP),
    ...layerParams(
      RESIDENT_CRITICAL_ILLNESS,
      unknown(CRITICAL_UNKNOWN, [{ doc: DOC, at: '第三十四条' }]),
      unknown(CRITICAL_UNKNOWN, [{ doc: DOC, at: '第三十四条' }]),
    ),
  },
};
