import { CONTRIBUTION_PATHS as P, contributionPeriod } from '../../contribution/tree';
import { spokenCitation } from '../../model/citation';
import type { Document, Period } from '../../model/types';
import type { Periods } from '../city';
import { RESIDENT_MEMBERS } from '../../model/labels';
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
import { WEIHAI_2023_38 as RESIDENT_DOC, WEIHAI_2023_56 as DOC } from './documents';

/** What Weihai's insured pay in and what reaches their personal accounts: 威医保发〔2023〕56号 and 38号, and one later report. */

const REPORT_RESIDENT_2025: Document = {
  id: 'report-weihai-resident-contribution-2025',
  number: null,
  title: '转载页面：威海2025年居民医保个人缴费标准（与2024年相同）',
  issuer: '内容转载页面',
  date: '2025',
  level: 'reported',
  asOf: '2025-01-01',
};

const MIN_YEARS_BEFORE_2026 =
  `${spokenCitation(DOC)}没有规定退休后享受待遇的最低缴费年限；省里要求各市最迟于2025年底前统一为男30年、女25年，2024—2025年威海执行的年限现有来源没有。`;

const employee2024 = (): Period => contributionPeriod({
  id: 'weihai-employee-contribution-2024',
  title: '威海市职工基本医疗保险缴费与个人账户（2024—2028年）',
  from: '2024-01-01',
  to: '2028-12-31',
  level: 'official',
  documents: [DOC, DRAFT],
  config: {
    kind: 'employee',
    flexible: { options: ['without-account', 'with-account'], base: { per: 'declared' } },
    account: { working: { per: 'wage', fromAges: [] }, retired: { per: 'unknown' } },
    large: {
      name: '职工大额医疗费用补助',
      parts: [
        { id: 'fund', label: '医保统筹基金划拨', payer: 'fund', per: 'year' },
        { id: 'individual', label: '个人负担部分', payer: 'individual', per: 'year-by-month' },
      ],
    },
    conditions: ['waiting', 'min-years'],
  },
  interpretations: [
    {
      id: 'weihai-account',
      title: '个人账户划入',
      text:
        `${spokenCitation(DOC, '一')}规定：在职职工个人按本人工资收入的2%缴费，全部划入本人个人账户；按10%缴费的灵活就业人员，其中2%划入个人账户。` +
        '“划入个人账户”是每月划入的金额，未扣除从账户代扣的大额补助个人部分。退休人员个人账户的划入标准，这份文件没有规定。',
    },
    {
      id: 'weihai-large',
      title: '职工大额医疗费用补助的筹资',
      text:
        `${spokenCitation(DOC, '二（二）1')}规定：每人每年40元，其中医保统筹基金划拨25元，个人负担15元。个人部分按月从个人账户代扣（每月1.25元），不另外缴费；` +
        '没有个人账户的灵活就业人员在缴纳医保费时一并缴纳。这两项单列，不计入单位或个人的医保费合计。',
    },
    retireesPayNothing(
      `${spokenCitation(DOC, '一')}规定单位按职工工资总额、个人按本人工资收入缴费；退休人员没有工资收入，不按月缴纳基本医疗保险费。退休后享受待遇以达到最低缴费年限为条件（见“享受待遇的条件”）。`,
    ),
    EMPLOYER_PER_EMPLOYEE,
    WAGE_AS_TYPED,
    MONTH_BY_MONTH,
    CONTRIBUTION_ROUNDING,
  ],
  params: dated({
    [P.employer('enterprise')]: official(0.08, DOC, '一', '用人单位按职工工资总额的8%缴纳，含生育保险费。'),
    [P.employer('public-institution')]: official(0.073, DOC, '一', '机关事业单位按7.3%缴纳，含生育保险费；其职工不享受生育津贴待遇。'),
    [P.individual()]: official(0.02, DOC, '一', '个人按本人工资收入的2%缴纳，全部划入本人个人账户。'),
    [P.flexible('without-account')]: official(0.08, DOC, '一', '以申报的缴费基数按8%缴纳，不建立个人账户。'),
    [P.flexible('with-account')]: official(0.1, DOC, '一', '以申报的缴费基数按10%缴纳，其中2%划入个人账户。'),
    [P.flexibleAccount()]: official(0.02, DOC, '一'),
    [P.account('working', 'from-0')]: official(0.02, DOC, '一', '个人缴纳的2%全部划入本人个人账户。'),
    [P.account('retired', 'monthly')]: unknown(`${spokenCitation(DOC)}没有规定退休人员个人账户的划入标准，现有来源也没有。请向威海市医疗保障局或12393询问。`, [{ doc: DOC, at: '一' }]),
    [P.large('fund')]: official(25, DOC, '二（二）1', '由医保统筹基金按每人每年25元划拨，个人不另缴。'),
    [P.large('individual')]: official(15, DOC, '二（二）1', '每人每年15元，按月从个人账户代扣；未建立个人账户的灵活就业人员在缴纳医保费时一并缴纳。'),
    [P.condition('waiting-months')]: unknown(`${spokenCitation(DOC, '二（二）2')}只说欠缴大额补助费用的，等待期参照职工基本医疗保险有关规定执行，没有写出等待期；现有来源也没有。`, [{ doc: DOC, at: '二（二）2' }]),
    [P.condition('min-years/male')]: [unknown(MIN_YEARS_BEFORE_2026), since('2026-01-01', draft(30, DRAFT, '三（二）', DRAFT_MIN_YEARS))],
    [P.condition('min-years/female')]: [unknown(MIN_YEARS_BEFORE_2026), since('2026-01-01', draft(25, DRAFT, '三（二）', DRAFT_MIN_YEARS))],
  }),
});

const NO_SUBSIDY = (year: string) => `来源没有给出${year}年的居民医保财政补助标准（${spokenCitation(RESIDENT_DOC, '一（一）')}只给出2023年的，每人每年640元）。`;

const STUDENTS = '高校学生每人每年300元；中小学生属于未成年居民，也是300元。';

const resident2024 = (): Period => contributionPeriod({
  id: 'weihai-resident-contribution-2024',
  title: '威海市居民基本医疗保险个人缴费（2024年）',
  from: '2024-01-01',
  to: '2024-12-31',
  level: 'official',
  documents: [RESIDENT_DOC],
  config: { kind: 'resident', conditions: [] },
  interpretations: [RESIDENT_YEAR],
  params: dated({
    [P.resident('adult-tier1')]: official(450, RESIDENT_DOC, '一（二）', '一般居民一档每人每年450元。'),
    [P.resident('adult-tier2')]: official(650, RESIDENT_DOC, '一（二）', '一般居民二档每人每年650元。'),
    [P.resident('minor')]: official(300, RESIDENT_DOC, '一（二）', '未成年居民每人每年300元。'),
    [P.resident('student')]: official(300, RESIDENT_DOC, '一（二）', STUDENTS),
    [P.subsidy()]: unknown(NO_SUBSIDY('2024'), [{ doc: RESIDENT_DOC, at: '一（一）' }]),
  }),
});

const ROW_2025 = '威海居民医保个人缴费（2025年）';

const resident2025 = (): Period => contributionPeriod({
  id: 'weihai-resident-contribution-2025',
  title: '威海市居民基本医疗保险个人缴费（2025年，公开报道）',
  from: '2025-01-01',
  to: '2025-12-31',
  level: 'reported',
  documents: [REPORT_RESIDENT_2025],
  config: { kind: 'resident', conditions: [] },
  interpretations: [
    {
      id: 'weihai-resident-2025',
      title: '2025年的标准',
      text: '一个内容转载页面称2025年的个人缴费标准与2024年相同（一档450元、二档650元、未成年居民和高校学生300元）；这一来源可信度较低，尚未与官方文件核对。2026年的标准没有找到。',
    },
    RESIDENT_YEAR,
  ],
  params: dated({
    ...each(RESIDENT_MEMBERS, P.resident, (m) => reported({ 'adult-tier1': 450, 'adult-tier2': 650, minor: 300, student: 300 }[m], REPORT_RESIDENT_2025, ROW_2025, '报道称与2024年相同。')),
    [P.subsidy()]: unknown(NO_SUBSIDY('2025')),
  }),
});

// 2026: no source gives the residents' contribution; asking for it is refused with the known years.
export const weihaiContributions: Periods = { employee: () => [employee2024()], resident: () => [resident2024(), resident2025()] };
