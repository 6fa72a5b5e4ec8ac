import { CONTRIBUTION_PATHS as P, EMPLOYER_KINDS, contributionPeriod } from '../../contribution/tree';
import { RESIDENT_MEMBERS } from '../../model/labels';
import { spokenCitation } from '../../model/citation';
import type { Document, Entry, Period } from '../../model/types';
import type { Periods } from '../city';
import {
  CONTRIBUTION_ROUNDING,
  EMPLOYER_PER_EMPLOYEE,
  MONTH_BY_MONTH,
  RESIDENT_YEAR,
  WAGE_AS_TYPED,
  retireesPayNothing,
} from '../contribution-common';
import { dated, each, official, reported, since, unknown } from '../entries';
import { JINAN_2019 as DOC } from './documents';

/** What Jinan's insured pay in: the 2019 opinion on city-wide pooling (四（二）), and one report for residents in 2026. */

const REPORT_RESIDENT_2026: Document = {
  id: 'report-jinan-resident-contribution-2026',
  number: null,
  title: '章丘论坛转载济南市医疗保障局通知：济南市2026年度居民医保个人缴费标准',
  issuer: '章丘论坛（转载济南市医疗保障局）',
  date: '2025',
  level: 'reported',
  asOf: '2026-01-01',
};

const AT = '四（二）';
/** 四（二） as a sentence says it. */
const SAID = spokenCitation(DOC, AT);

/** 四（二） unifies the rates "自2020医疗年度起": the months from the opinion's issue to the end of 2019 have none. */
function from2020<T>(entry: Entry<T>): Entry<T>[] {
  return [unknown(`${SAID}规定自2020医疗年度起统一缴费比例；文件印发后至2019年底的月份仍按原各区县（含原莱芜市）的标准，文件没有列出。`), since('2020-01-01', entry)];
}

const EMPLOYER_2024 =
  '本文件有效期至2024年9月30日，并规定上级调整政策的按新政策执行。山东省职工医保省级统筹自2024年1月起统一用人单位缴费比例（征求意见稿拟定为8%，部分机关事业单位7.3%）；' +
  '济南2024年是否已按省里的规定调整，现有来源没有说明，请向济南市医疗保障局核实。';

const ACCOUNT_UNKNOWN = `${spokenCitation(DOC, '四（三）')}规定统一职工医保个人账户金划入规定，但没有写出划入标准；现有来源也没有济南职工个人账户的划入标准。请向济南市医疗保障局或12393询问。`;

const employee2019 = (): Period => contributionPeriod({
  id: 'jinan-employee-contribution-2019',
  title: '济南市职工基本医疗保险缴费（2019年10月18日—2024年9月30日）',
  from: '2019-10-18',
  to: '2024-09-30',
  level: 'official',
  documents: [DOC],
  config: {
    kind: 'employee',
    flexible: { options: ['with-account', 'without-account'], base: { per: 'average-wage', wage: { label: '山东省上年度全口径月平均工资' } } },
    account: { working: { per: 'unknown' }, retired: { per: 'unknown' } },
    large: { name: '大额医疗费救助金', parts: [{ id: 'all', label: '每人每月', payer: null, per: 'month' }] },
    conditions: ['waiting', 'min-years'],
  },
  interpretations: [
    {
      id: 'jinan-from-2020',
      title: '自2020年1月起的缴费比例',
      text: `${SAID}规定自2020医疗年度起统一缴费基数计算办法、缴费比例和缴费年限：本站从2020年1月起按单位7%、个人2%计算；文件印发（2019年10月18日）至2019年底的月份，文件没有给出标准。`,
    },
    {
      id: 'jinan-flexible-base',
      title: '灵活就业人员的缴费基数',
      text:
        '以山东省上年度全口径月平均工资的60%为基数：例如计算2022年的缴费，请填写2021年山东省全口径城镇单位就业人员月平均工资。' +
        '文件没有给出这一工资，请向税务或人社部门查询后填写。按9%缴费的建立个人账户，但划入比例文件没有写出。',
    },
    {
      id: 'jinan-large-payer',
      title: '大额医疗费救助金由谁缴纳',
      text: `${SAID}规定全市城镇职工大额医疗费救助金每人每月8元，没有写明由单位还是个人缴纳：本站单列这一项，不计入单位或个人的合计。`,
    },
    retireesPayNothing(`${SAID}规定单位以职工工资总额、个人以本人工资收入为基数缴费；退休人员没有工资收入，不按月缴纳基本医疗保险费。`),
    EMPLOYER_PER_EMPLOYEE,
    WAGE_AS_TYPED,
    MONTH_BY_MONTH,
    CONTRIBUTION_ROUNDING,
  ],
  params: dated(
    {
      ...each(EMPLOYER_KINDS, P.employer, () => from2020(official(0.07, DOC, AT, '单位以职工工资总额为基数，缴费比例统一为7%。'))),
      [P.individual()]: from2020(official(0.02, DOC, AT, '个人以本人工资收入为基数，缴费比例统一为2%。')),
      [P.flexible('with-account')]: from2020(official(0.09, DOC, AT, '按9%缴费并建立个人账户。')),
      [P.flexible('without-account')]: from2020(official(0.05, DOC, AT, '按5%缴费，不建立个人账户。')),
      [P.flexibleBase()]: from2020(official(0.6, DOC, AT, '以山东省上年度全口径月平均工资的60%为缴费基数。')),
      [P.flexibleAccount()]: unknown(`${SAID}只说按9%缴费的建立个人账户，没有写出划入个人账户的比例。请向济南市医疗保障局或12393询问。`, [{ doc: DOC, at: AT }]),
      [P.account('working', 'monthly')]: unknown(ACCOUNT_UNKNOWN, [{ doc: DOC, at: '四（三）' }]),
      [P.account('retired', 'monthly')]: unknown(ACCOUNT_UNKNOWN, [{ doc: DOC, at: '四（三）' }]),
      [P.large('all')]: from2020(official(8, DOC, AT, '全市城镇职工大额医疗费救助金每人每月8元；文件没有写明由单位还是个人缴纳。')),
      [P.condition('waiting-months')]: unknown('文件没有规定新参保或中断缴费后重新参保的等待期，现有来源也没有。'),
      ...each(['min-years/male', 'min-years/female'], P.condition, () => unknown(`${SAID}规定自2020医疗年度起统一缴费年限等政策，但没有写出年限。`, [{ doc: DOC, at: AT }])),
    },
    // 2024: the same share for every employer, with the warning that the province may have changed it.
    each(EMPLOYER_KINDS, P.employer, () => since('2024-01-01', official(0.07, DOC, AT, EMPLOYER_2024))),
  ),
});

const AFTER_2020 = `${SAID}只给出2020医疗年度的个人缴费标准，此后由市医疗保险行政部门会同财政部门适时调整；2021年以后的标准现有来源没有。`;

const resident2019 = (): Period => contributionPeriod({
  id: 'jinan-resident-contribution-2019',
  title: '济南市居民基本医疗保险个人缴费（2019年10月18日—2024年9月30日）',
  from: '2019-10-18',
  to: '2024-09-30',
  level: 'official',
  documents: [DOC],
  config: { kind: 'resident', conditions: [] },
  interpretations: [
    {
      id: 'jinan-2020-tiers',
      title: '2020年成年居民不分档',
      text: `${SAID}规定2020医疗年度成年居民统一为每人每年300元，没有一档、二档之分：选择一档或二档成人都按300元。少年儿童和驻济高校大学生为200元，在校学生按200元。`,
    },
    RESIDENT_YEAR,
  ],
  params: dated(
    {
      [P.resident('adult-tier1')]: since('2020-01-01', official(300, DOC, AT, '成年居民统一为每人每年300元，不分档。')),
      [P.resident('adult-tier2')]: since('2020-01-01', official(300, DOC, AT, '成年居民统一为每人每年300元，不分档。')),
      [P.resident('minor')]: since('2020-01-01', official(200, DOC, AT, '少年儿童每人每年200元。')),
      [P.resident('student')]: since('2020-01-01', official(200, DOC, AT, '驻济高校大学生每人每年200元；中小学生属于少年儿童，也是200元。')),
      [P.subsidy()]: unknown(`${SAID}只说居民医保实行个人缴费和政府补助相结合，没有写出政府补助标准。`, [{ doc: DOC, at: AT }]),
    },
    each(RESIDENT_MEMBERS, P.resident, () => since('2021-01-01', unknown(AFTER_2020))),
  ),
});

const ROW_2026 = '济南市2026年度居民医保个人缴费标准';

const resident2026 = (): Period => contributionPeriod({
  id: 'jinan-resident-contribution-2026',
  title: '济南市居民基本医疗保险个人缴费（2026年，公开报道）',
  from: '2026-01-01',
  to: '2026-12-31',
  level: 'reported',
  documents: [REPORT_RESIDENT_2026],
  config: { kind: 'resident', conditions: [] },
  interpretations: [
    {
      id: 'jinan-2026-tiers',
      title: '2026年成年居民不分档',
      text:
        '2026年度的缴费通知只区分成年居民和少年儿童，没有一档、二档之分：选择一档或二档成人都按成年居民440元。' +
        '在校学生中的中小学生属于少年儿童（390元，请选择“未成年”）；驻济高校大学生的标准通知没有给出。集中缴费于2025年12月31日结束。',
    },
    RESIDENT_YEAR,
  ],
  params: dated({
    [P.resident('adult-tier1')]: reported(440, REPORT_RESIDENT_2026, ROW_2026, '成年居民每人每年440元，不分档。'),
    [P.resident('adult-tier2')]: reported(440, REPORT_RESIDENT_2026, ROW_2026, '成年居民每人每年440元，不分档。'),
    [P.resident('minor')]: reported(390, REPORT_RESIDENT_2026, ROW_2026, '少年儿童每人每年390元。'),
    [P.resident('student')]: unknown('通知只给出成年居民440元、少年儿童390元：中小学生属于少年儿童，请选择“未成年”；驻济高校大学生的标准没有给出，请向学校或济南市医疗保障局询问。'),
    [P.subsidy()]: reported(760, REPORT_RESIDENT_2026, ROW_2026, '财政补助每人每年760元。'),
  }),
});

// Employees from 2024-10-01 and residents in 2025: no known text, so those dates are refused; residents 2021–2024 fall in the opinion's period, their figures unknown.
export const jinanContributions: Periods = { employee: () => [employee2019()], resident: () => [resident2019(), resident2026()] };
