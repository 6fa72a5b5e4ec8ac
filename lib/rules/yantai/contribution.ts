import { CONTRIBUTION_PATHS as P, EMPLOYER_KINDS, contributionPeriod } from '../../contribution/tree';
import { spokenCitation } from '../../model/citation';
import { RESIDENT_MEMBERS } from '../../model/labels';
import type { Document, Period } from '../../model/types';
import type { Periods } from '../city';
import { reportedInForce } from '../common';
import {
  CONTRIBUTION_ROUNDING,
  DRAFT_MIN_YEARS,
  EMPLOYER_PER_EMPLOYEE,
  MONTH_BY_MONTH,
  RESIDENT_YEAR,
  WAGE_AS_TYPED,
  retireesPayNothing,
} from '../contribution-common';
import { dated, draft, each, official, reported, since, unknown } from '../entries';
import { SHANDONG_EMPLOYEE_DRAFT as DRAFT } from '../shandong';
import { WEIHAI_2023_56 } from '../weihai/documents';
import { YANTAI_EMPLOYEE_2017 as EMPLOYEE_DOC, YANTAI_RESIDENT_2017 as RESIDENT_DOC } from './documents';

/** What Yantai's insured pay in and what reaches their accounts: the 2018 measures, then public reports. */

const REPORT_ACCOUNTS_2024: Document = {
  id: 'report-yantai-accounts-2024',
  number: null,
  title: '转载页面：烟台2024年起职工医保个人账户划入标准',
  issuer: '内容转载页面',
  date: '2024',
  level: 'reported',
  asOf: '2024-01-01',
};

const REPORT_RESIDENT_2026: Document = {
  id: 'report-yantai-resident-contribution-2026',
  number: null,
  title: '烟台融媒（胶东在线）：烟台市2026年度居民医保个人缴费标准',
  issuer: '烟台融媒',
  date: '2025-11-26',
  level: 'reported',
  asOf: '2025-11-26',
  url: 'https://ytapp.jiaodong.net/system/2025/11/26/201369083.shtml',
};

const employee2018 = (): Period => contributionPeriod({
  id: 'yantai-employee-contribution-2018',
  title: '烟台市职工基本医疗保险缴费与个人账户（2018—2022年）',
  from: '2018-01-01',
  to: '2022-12-31',
  level: 'official',
  documents: [EMPLOYEE_DOC],
  config: {
    kind: 'employee',
    flexible: { options: ['without-account'], base: { per: 'declared' } },
    account: { working: { per: 'wage', fromAges: [35, 45] }, retired: { per: 'year-of-age' } },
    large: { name: '大额救助金', parts: [{ id: 'individual', label: '个人每年缴纳', payer: 'individual', per: 'year' }] },
    conditions: ['waiting', 'min-years', 'make-up'],
  },
  interpretations: [
    {
      id: 'yantai-account-credit',
      title: '个人账户划入按第十七条，已含个人缴纳的2%',
      text:
        '第六条说单位缴费的35%左右和个人缴费全部划入“个人账户基金”，第十七条规定每名参保人员每月划入本人账户的金额。' +
        '个人账户基金是划入各人账户（包括不缴费的退休人员）的资金来源，“35%左右”是总体比例；每人每月实际划入的按第十七条计算：' +
        '在职职工为本人月缴费工资的2.3%、2.7%或3.4%，其中已含个人缴纳的2%，不再另加。' +
        '例如40周岁、月缴费工资5000元：每月划入5000×2.7%＝135元，而不是100＋135元。',
    },
    {
      id: 'yantai-age-bands',
      title: '按周岁分档',
      text:
        '第十七条按周岁分档：不满35周岁2.3%，满35周岁不满45周岁2.7%，满45周岁3.4%；退休人员按本人年龄×1.5元。年龄按您填写的周岁计算，年内过生日进入下一档的月份不再细分。' +
        '经办机构每月划入（第十六条）；账户主要用于住院个人自负部分和门诊购药，可以结转使用和继承（第十八条）。',
    },
    {
      id: 'yantai-large-flexible',
      title: '灵活就业人员的大额救助金',
      text: '第三十条规定在职职工和退休人员按年度一次性缴纳大额救助金每人每年36元；灵活就业人员参加职工基本医疗保险、按在职职工享受待遇，本站同样按每年36元列出。大额救助金单列，不计入医保费合计。',
    },
    {
      id: 'yantai-make-up',
      title: '一次性补缴的计算',
      text: '第八条“按本人工资9%的比例一次性补齐”，理解为每缺一年补缴一年的医疗保险费：本人月工资×12个月×9%×所缺年数（9%即单位7%与个人2%之和）。',
    },
    retireesPayNothing('第二条第（四）项：基本医疗保险费由用人单位和职工共同负担，退休人员不缴纳基本医疗保险费。'),
    EMPLOYER_PER_EMPLOYEE,
    WAGE_AS_TYPED,
    MONTH_BY_MONTH,
    CONTRIBUTION_ROUNDING,
  ],
  params: dated({
    ...each(EMPLOYER_KINDS, P.employer, () => official(0.07, EMPLOYEE_DOC, '第六条', '用人单位按本单位在职职工工资总额的7%按月缴纳。')),
    [P.individual()]: official(0.02, EMPLOYEE_DOC, '第六条', '在职职工按本人工资总额的2%缴纳，全部划入个人账户基金（见口径说明）。'),
    [P.flexible('without-account')]: unknown(
      '第六条只规定灵活就业人员缴纳划入统筹基金部分的医疗保险费、不建立个人账户，没有写出缴费比例和缴费基数。请照税务部门的缴费通知填写缴费比例。',
      [{ doc: EMPLOYEE_DOC, at: '第六条' }],
    ),
    [P.account('working', 'from-0')]: official(0.023, EMPLOYEE_DOC, '第十六条、第十七条', '不满35周岁：本人月缴费工资×2.3%。'),
    [P.account('working', 'from-35')]: official(0.027, EMPLOYEE_DOC, '第十六条、第十七条', '满35周岁不满45周岁：本人月缴费工资×2.7%。'),
    [P.account('working', 'from-45')]: official(0.034, EMPLOYEE_DOC, '第十六条、第十七条', '满45周岁：本人月缴费工资×3.4%。'),
    [P.account('retired', 'per-year-of-age')]: official(1.5, EMPLOYEE_DOC, '第十六条、第十七条', '退休人员月划入额＝本人年龄×1.5元。'),
    [P.large('individual')]: official(36, EMPLOYEE_DOC, '第三十条', '大额救助金由个人缴纳，按年度一次性缴纳，每人每年36元。'),
    [P.condition('waiting-months')]: official(
      6,
      EMPLOYEE_DOC,
      '第十条',
      '适用于新参保和中断缴费一年以上重新参保的职工，连续缴费不含补缴年限；中断缴费不满一年的，重新缴费后按规定享受待遇；中断缴费期间不享受待遇。',
    ),
    [P.condition('min-years/male')]: official(25, EMPLOYEE_DOC, '第八条', '含视同缴费年限；不满的，退休后不享受基本医疗保险待遇和大额救助。'),
    [P.condition('min-years/female')]: official(20, EMPLOYEE_DOC, '第八条', '含视同缴费年限；不满的，退休后不享受基本医疗保险待遇和大额救助。'),
    [P.condition('make-up-rate')]: official(
      0.09,
      EMPLOYEE_DOC,
      '第八条',
      '在退休时一次性补足男25年、女20年，补缴的年限不计发个人账户金；退休时没有当年缴费基数的，以上年度全省在岗职工平均工资的60%为基数。',
    ),
  }),
});

const ACCOUNTS_ROW = '烟台职工医保个人账户划入（2024年起）';
const MIN_YEARS_BEFORE_2026 = '2018年办法第八条的年限已于2022年底到期；省里要求各市最迟于2025年底前统一为男30年、女25年，2024—2025年烟台执行的年限现有来源没有。';

const employee2024 = (): Period => contributionPeriod({
  id: 'yantai-employee-contribution-2024',
  title: '烟台市职工基本医疗保险缴费与个人账户（2024年起，公开报道）',
  from: '2024-01-01',
  to: null,
  level: 'reported',
  documents: [REPORT_ACCOUNTS_2024, DRAFT],
  config: {
    kind: 'employee',
    flexible: { options: ['unspecified'], base: { per: 'declared' } },
    account: {
      working: { per: 'wage', fromAges: [] },
      retired: { per: 'average-pension', fromAges: [70], pension: { label: '烟台市2023年退休人员月人均基本养老金' } },
    },
    large: { name: '大额救助金', parts: [{ id: 'all', label: '缴费标准', payer: null, per: 'year' }] },
    conditions: ['waiting', 'min-years'],
  },
  interpretations: [
    {
      id: 'yantai-2024-working-account',
      title: '在职职工个人账户：采用报道的“只划入个人缴纳的2%”',
      text:
        `一个内容转载页面称，2024年起在职职工个人账户只划入个人缴纳的2%。这一来源可信度低，但与${spokenCitation(DRAFT, '三（二）')}` +
        `“职工缴费比例为本人工资收入的2%，全部划入本人个人账户”一致，也与威海依据同一省级文件执行的规定（${spokenCitation(WEIHAI_2023_56, '一')}）一致，因此采用，并标为“公开报道，待核实”。` +
        '2018年办法第十七条按年龄划入的标准已于2022年底到期，不再沿用。',
    },
    {
      id: 'yantai-2024-retired-account',
      title: '退休人员个人账户',
      text: '按报道，不满70周岁的每月按烟台市2023年退休人员月人均基本养老金的2%划入，70周岁及以上的按2.5%。报道没有给出这一平均数，请填写；2025年以后是否改按上一年度的平均数，报道没有说明。',
    },
    retireesPayNothing(`${spokenCitation(DRAFT, '三（二）')}规定职工按工资缴费，达到最低缴费年限后享受退休人员待遇；退休人员没有工资收入，不按月缴纳基本医疗保险费。`),
    reportedInForce('2024年'),
    EMPLOYER_PER_EMPLOYEE,
    WAGE_AS_TYPED,
    MONTH_BY_MONTH,
    CONTRIBUTION_ROUNDING,
  ],
  params: dated({
    ...each(EMPLOYER_KINDS, P.employer, () =>
      unknown(
        '2023年以后烟台用人单位的缴费比例现有来源没有。省级统筹实施意见（征求意见稿）拟定自2024年1月起用人单位按8%（部分机关事业单位7.3%）缴纳，但那是草案，烟台的执行情况没有来源。请以税务部门的缴费通知为准。',
      ),
    ),
    [P.individual()]: reported(0.02, REPORT_ACCOUNTS_2024, ACCOUNTS_ROW, '报道称在职职工个人账户只划入个人缴纳的2%（见口径说明）。'),
    [P.flexible('unspecified')]: unknown('2023年以后烟台灵活就业人员的缴费比例、缴费基数和是否建立个人账户，现有来源没有。请照税务部门的缴费通知填写缴费比例。'),
    [P.account('working', 'from-0')]: reported(0.02, REPORT_ACCOUNTS_2024, ACCOUNTS_ROW, '在职职工个人账户只划入个人缴纳的部分，即本人工资的2%。'),
    [P.account('retired', 'from-0')]: reported(0.02, REPORT_ACCOUNTS_2024, ACCOUNTS_ROW, '不满70周岁：烟台市2023年退休人员月人均基本养老金的2%。'),
    [P.account('retired', 'from-70')]: reported(0.025, REPORT_ACCOUNTS_2024, ACCOUNTS_ROW, '70周岁及以上：烟台市2023年退休人员月人均基本养老金的2.5%。'),
    [P.large('all')]: unknown('2023年以后烟台大额救助金的缴费标准现有来源没有（2018年办法第三十条的每人每年36元已于2022年底到期）。'),
    [P.condition('waiting-months')]: unknown('2018年办法第十条的6个月等待期已于2022年底到期，2024年以后的规定现有来源没有。'),
    [P.condition('min-years/male')]: [unknown(MIN_YEARS_BEFORE_2026), since('2026-01-01', draft(30, DRAFT, '三（二）', DRAFT_MIN_YEARS))],
    [P.condition('min-years/female')]: [unknown(MIN_YEARS_BEFORE_2026), since('2026-01-01', draft(25, DRAFT, '三（二）', DRAFT_MIN_YEARS))],
  }),
});

const AFTER_2018 = '第七条只给出2018年的个人缴费标准，此后由市人力资源社会保障部门会同财政部门适时调整；2019年至2022年的标准现有来源没有。';

const resident2018 = (): Period => contributionPeriod({
  id: 'yantai-resident-contribution-2018',
  title: '烟台市居民基本医疗保险个人缴费（2018—2022年）',
  from: '2018-01-01',
  to: '2022-12-31',
  level: 'official',
  documents: [RESIDENT_DOC],
  config: { kind: 'resident', conditions: ['newborn'] },
  interpretations: [
    {
      id: 'yantai-resident-minors',
      title: '未成年居民和在校学生',
      text:
        '第七条第（三）项：各类在校学生和其他未成年居民统称未成年居民。其他未成年居民按一档缴费（2018年230元）；各类在校学生暂执行2017年标准，本办法没有写出，本站不作推算。' +
        '住院待遇上，未成年居民享受二档待遇（第十三条第（三）项），与缴费档次不同。',
    },
    RESIDENT_YEAR,
  ],
  params: dated(
    {
      [P.resident('adult-tier1')]: official(230, RESIDENT_DOC, '第七条（一）', '一档每人每年230元；成年居民以户为单位选择档次，年度内不变更。'),
      [P.resident('adult-tier2')]: official(380, RESIDENT_DOC, '第七条（一）', '二档每人每年380元；特殊群体按二档缴费，个人缴费部分由政府资助。'),
      [P.resident('minor')]: official(230, RESIDENT_DOC, '第七条（三）', '在校学生以外的其他未成年居民按一档缴费。'),
      [P.resident('student')]: unknown('第七条第（三）项规定各类在校学生暂执行2017年标准，但本办法没有写出2017年的标准，现有来源也没有。请向学校或烟台市医疗保障局询问。', [
        { doc: RESIDENT_DOC, at: '第七条（三）' },
      ]),
      [P.subsidy()]: unknown('第七条第（二）项规定政府补助按国家和省规定执行，由财政部门适时公布；本办法没有写出补助标准。', [{ doc: RESIDENT_DOC, at: '第七条（二）' }]),
      [P.condition('newborn-days')]: official(90, RESIDENT_DOC, '第八条（三）', '其他居民每年9月1日至12月31日缴纳下一年度的费用，进入医疗保险年度后不退费（第八条）。'),
    },
    each(RESIDENT_MEMBERS, P.resident, () => since('2019-01-01', unknown(AFTER_2018))),
  ),
});

const ROW_2026 = '烟台市2026年度居民医保个人缴费标准';

const resident2026 = (): Period => contributionPeriod({
  id: 'yantai-resident-contribution-2026',
  title: '烟台市居民基本医疗保险个人缴费（2026年，公开报道）',
  from: '2026-01-01',
  to: '2026-12-31',
  level: 'reported',
  documents: [REPORT_RESIDENT_2026],
  config: { kind: 'resident', conditions: [] },
  interpretations: [RESIDENT_YEAR],
  params: dated({
    [P.resident('adult-tier1')]: reported(400, REPORT_RESIDENT_2026, ROW_2026, '一档成人每人每年400元。'),
    [P.resident('adult-tier2')]: reported(520, REPORT_RESIDENT_2026, ROW_2026, '二档成人每人每年520元。'),
    [P.resident('minor')]: reported(400, REPORT_RESIDENT_2026, ROW_2026, '未成年人与一档成人相同，每人每年400元。'),
    [P.resident('student')]: reported(200, REPORT_RESIDENT_2026, ROW_2026, '学生每人每年200元。'),
    [P.subsidy()]: unknown('报道没有给出2026年的财政补助标准。'),
  }),
});

// 2023 has no known text for either scheme; residents 2024–2025 have none either: those years are refused.
export const yantaiContributions: Periods = { employee: () => [employee2018(), employee2024()], resident: () => [resident2018(), resident2026()] };
