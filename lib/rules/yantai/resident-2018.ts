import { CHRONIC, CHRONIC_PATHS } from '../../benefits/chronic';
import { GENERAL, GENERAL_PATHS } from '../../benefits/general';
import { INPATIENT_PATHS, PER_ADMISSION } from '../../benefits/inpatient';
import { MATERNITY, MATERNITY_PATHS } from '../../benefits/maternity';
import { MINOR_ACCIDENT, MINOR_ACCIDENT_PATHS } from '../../benefits/minor-accident';
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
import { dated, each, grid, official, unknown } from '../entries';
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

export const yantaiResident2018 = (): Period => ({
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
  benefits: {
    inpatient: PER_ADMISSION,
    [CHRONIC]: { by: 'none', rates: 'own', drawsOnFund: true, layers: false },
    [GENERAL]: {},
    [MATERNITY]: { events: ['prenatal-and-delivery'], drawsOnFund: true },
    [MINOR_ACCIDENT]: { members: ['minor', 'student'] },
  },
  interpretations: [
    SEGMENTS_PER_ADMISSION,
    {
      id: 'minors-tier2',
      title: '未成年居民和在校学生按二档待遇',
      text: '第七条第（三）项把各类在校学生和其他未成年居民统称为未成年居民，第十三条第（三）项规定其享受二档缴费的待遇。',
    },
    LEVEL_ONE_VARIANT,
    {
      id: 'essential-drugs',
      title: '一档居民在一级医院的比例',
      text:
        '第十三条第（一）项：一档居民在实施基本药物制度的一级医院按83%支付（基本药物按90%），在未实施的一级医院按60%。' +
        '乡镇卫生院、社区卫生服务中心等基层医疗机构普遍实施基本药物制度，未选择时按83%计算。',
    },
    {
      id: 'children-special-diseases',
      title: '儿童三种疾病未纳入',
      text: '第十三条第（四）项规定儿童急性白血病、先天性心脏病、唇腭裂实行限额全额支付，本估算未计入这一特殊办法。',
    },
    {
      id: 'yantai-resident-shared-cap',
      title: '住院、慢性病门诊、生育和意外伤害门诊共用年度限额',
      text: '第十八条：统筹基金一年内支付住院、慢性病门诊、生育和未成年居民意外伤害门诊的费用合计不超过一档18万元、二档22万元。普通门诊统筹另有资金（第十五条），不占用这一限额。',
    },
    {
      id: 'yantai-resident-chronic',
      title: '慢性病门诊',
      text: '第十四条：慢性病门诊每年起付线300元；各缴费档次的支付比例由另行制定的办法规定，现有来源未给出，需要您填写。',
    },
    {
      id: 'yantai-resident-general',
      title: '普通门诊统筹',
      text: '第十五条：在指定的定点社区卫生服务中心或乡镇卫生院就医，普通门诊统筹按50%支付；起付线和年度限额由另行制定的办法规定，现有来源未给出，需要您填写。其他医疗机构的普通门诊费用统筹不支付。',
    },
    {
      id: 'maternity-lump-sum',
      title: '生育定额不超过实际费用',
      text: '第十六条：符合计划生育政策的孕产妇产前检查和住院分娩每人每次定额1000元；政策范围内费用低于定额时，按实际费用支付。',
    },
    {
      id: 'yantai-minor-accident',
      title: '未成年居民意外伤害门诊',
      text: '第十七条：每次意外伤害的符合规定门诊费用，超过60元的部分按90%支付，每年最多3000元；只适用于未成年居民（含在校学生，第七条第（三）项）。',
    },
    FUND_CAP_OVERFLOW,
    ROUNDING,
  ],
  params: dated({
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
    [CHRONIC_PATHS.deductible('all')]: official(300, DOC, '第十四条', '慢性病门诊一个医疗保险年度内起付标准300元。'),
    ...each(RESIDENT_TIER_IDS, (c) => CHRONIC_PATHS.rate(c, 'all'), () =>
      unknown<number>('第十四条规定不同缴费档次享受不同的门诊待遇，具体办法另行制定，现有来源未给出支付比例。请向烟台市医疗保障局或12393询问后填写。', [{ doc: DOC, at: '第十四条' }]),
    ),
    ...grid(RESIDENT_TIER_IDS, GRADE_IDS, GENERAL_PATHS.deductible, () =>
      unknown<number>('第十五条规定普通门诊实行起付线和限额管理，具体办法另行制定，现有来源未给出起付线。请向烟台市医疗保障局或12393询问后填写。', [{ doc: DOC, at: '第十五条' }]),
    ),
    ...grid(RESIDENT_TIER_IDS, GRADE_IDS, GENERAL_PATHS.rate, (_, g) =>
      g === '1'
        ? official(0.5, DOC, '第十五条', '在指定的定点社区卫生服务中心或乡镇卫生院就医的普通门诊费用按50%支付。')
        : official(0, DOC, '第十五条', '普通门诊统筹只在指定的社区卫生服务中心或乡镇卫生院支付，在这一级别医院就诊的普通门诊费用统筹不支付。'),
    ),
    ...each(RESIDENT_TIER_IDS, GENERAL_PATHS.cap, () =>
      unknown<number>('第十五条规定普通门诊实行限额管理，具体办法另行制定，现有来源未给出年度限额。请向烟台市医疗保障局或12393询问后填写。', [{ doc: DOC, at: '第十五条' }]),
    ),
    [MATERNITY_PATHS.lumpSum('prenatal-and-delivery')]: official(1000, DOC, '第十六条', '符合计划生育政策的孕产妇产前检查、住院分娩每人每次定额1000元。'),
    [MINOR_ACCIDENT_PATHS.deductible]: official(60, DOC, '第十七条'),
    [MINOR_ACCIDENT_PATHS.rate]: official(0.9, DOC, '第十七条'),
    [MINOR_ACCIDENT_PATHS.max]: official(3000, DOC, '第十七条'),
    ...layerParams(
      RESIDENT_CRITICAL_ILLNESS,
      unknown(CRITICAL_UNKNOWN, [{ doc: DOC, at: '第三十四条' }]),
      unknown(CRITICAL_UNKNOWN, [{ doc: DOC, at: '第三十四条' }]),
    ),
  }),
});
