import { spokenCitation } from '../model/citation';
import type { Document, Entry } from '../model/types';
import { reported, since } from './entries';

/** Province-wide texts several cities' rules cite. */

export const SHANDONG_EMPLOYEE_DRAFT: Document = {
  id: 'shandong-employee-draft',
  number: null,
  title: '山东省职工基本医疗保险省级统筹实施意见（征求意见稿）',
  issuer: '山东省',
  date: '2023',
  level: 'draft',
  asOf: '2023-01-01',
};

/** Residents' outpatient pooling from 2024-10-01; the day of issue was not recorded, so asOf is the first day of the rules it gives. */
export const SHANDONG_2024_90: Document = {
  id: 'shandong-2024-90',
  number: '鲁政办字〔2024〕90号',
  title: '关于健全基本医疗保险参保长效机制的实施意见',
  issuer: '山东省人民政府办公厅',
  date: '2024',
  level: 'official',
  asOf: '2024-10-01',
};

/**
 * 90号's rate for residents' ordinary outpatient bills at grassroots facilities, from 2024-10-01 (50% before).
 * No city has published a text of its own applying it: reported, its note saying so.
 */
export const RESIDENTS_GRASSROOTS_RATE_2024: Entry<number> = since(
  '2024-10-01',
  reported(
    0.65,
    SHANDONG_2024_90,
    '居民普通门诊统筹基层医疗机构支付比例',
    `${spokenCitation(SHANDONG_2024_90)}规定，2024年10月1日起居民在基层医疗机构的普通门诊支付比例由50%提高到65%；未见本市的执行文件，按省级规定计算，待核实。`,
  ),
);

/** The 2025 raise of residents' 大病 maximum for continuous enrolment and a year without claims; the national frame is 国务院办公厅's 2024 guidance. */
export const REPORT_SHANDONG_CRITICAL_REWARD_2025: Document = {
  id: 'report-shandong-critical-reward-2025',
  number: null,
  title: '大众新闻（德州新闻网转载）：2025年起山东居民大病保险最高支付限额的连续参保激励和零报销激励',
  issuer: '大众新闻',
  date: '2025',
  level: 'reported',
  asOf: '2025-01-01',
  url: 'https://www.dezhoudaily.com/p/1665544.html',
};

export const REPORT_SHANDONG_CRITICAL_2023: Document = {
  id: 'report-shandong-critical-2023',
  number: null,
  title: '泰安、济南、烟台等地报道：山东居民大病保险（2023—2024年）',
  issuer: '多地公开报道',
  date: '2023—2024',
  level: 'reported',
  asOf: '2024-01-01',
};

/** The one thing known of the 2025 change to temporary treatment out of town, and why it matters here. */
export const AWAY_2025_NOTE = {
  title: '临时外出就医的规定可能已调整',
  text:
    '2025年4月1日起，山东有的城市把临时外出就医的个人先行负担比例由10%提高到20%（已见枣庄市官方页面）；' +
    '本市是否调整未见来源，本估算按已知规定计算。可在“试算”中把“个人先行负担比例”改为20%比较。',
};
