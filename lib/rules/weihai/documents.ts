import type { Document } from '../../model/types';

/** Every Weihai text the rules cite: the official notices by 文号, the public reports by reporter and date. */

export const WEIHAI_2023_56: Document = {
  id: 'weihai-2023-56',
  number: '威医保发〔2023〕56号',
  title: '关于做好职工基本医疗保险省级统筹落实工作的通知',
  issuer: '威海市医疗保障局等五部门',
  date: '2023-12-20',
  level: 'official',
  asOf: '2023-12-20',
  inForceTo: '2028-12-31',
};

export const WEIHAI_2023_38: Document = {
  id: 'weihai-2023-38',
  number: '威医保发〔2023〕38号',
  title: '关于转发鲁医保发〔2023〕36号文件切实做好全市2023年城乡居民基本医疗保障工作的通知',
  issuer: '威海市医疗保障局、威海市财政局、国家税务总局威海市税务局',
  date: '2023-08-24',
  level: 'official',
  asOf: '2023-08-24',
};

/** The 2024 benefit table as the 医保局 disclosed it: an official page with an index number and no 文号. */
export const WEIHAI_2024_DISCLOSURE: Document = {
  id: 'weihai-2024-disclosure',
  number: null,
  title: '2024年一季度……待遇支付……情况',
  issuer: '威海市医疗保障局',
  date: '2024-04-10',
  level: 'official',
  asOf: '2024-04-10',
  url: 'https://www.weihai.gov.cn/art/2024/4/10/art_59504_4472467.html',
  index: '11371000004359010J-DSJ/2024-01048',
};

export const REPORT_WEIHAI_RESIDENT_2023: Document = {
  id: 'report-weihai-resident-2023',
  number: null,
  title: '威海本地宝（weihai.bendibao）本地服务页面：威海居民医保住院待遇',
  issuer: '威海本地宝',
  date: '2023',
  level: 'reported',
  asOf: '2023-01-01',
};

export const REPORT_WEIHAI_EMPLOYEE_RATES: Document = {
  id: 'report-weihai-employee-rates',
  number: null,
  title: '威海本地宝：威海职工医保慢特病报销比例+起付标准（在职职工住院分段比例，未注明日期，引用2023年政策）',
  issuer: '威海本地宝',
  date: '未注明日期',
  level: 'reported',
  asOf: null,
  url: 'http://m.weihai.bendibao.com/mip/12787.shtm',
};

export const REPORT_WEIHAI_RESIDENT_REPEAT: Document = {
  id: 'report-weihai-resident-repeat',
  number: null,
  title: '威海本地宝页面（12783.shtm）：威海居民医保第一、二次住院设起付标准，第三次起不设',
  issuer: '威海本地宝',
  date: '未注明日期',
  level: 'reported',
  asOf: null,
};

export const REPORT_WEIHAI_CRITICAL_2023: Document = {
  id: 'report-weihai-critical-2023',
  number: null,
  title: '多个政策解读页面：威海居民大病保险',
  issuer: '政策解读页面',
  date: '2023-12',
  level: 'reported',
  asOf: '2023-12-01',
};

export const REPORT_WEIHAI_EMPLOYEE_GENERAL_2023: Document = {
  id: 'report-weihai-employee-general-2023',
  number: null,
  title: '转载页面：威海职工医保普通门诊统筹（2023年）',
  issuer: '内容转载页面',
  date: '2023-06-08',
  level: 'reported',
  asOf: '2023-06-08',
  url: 'http://nicolas.dizo.com.cn/nicolas/20230608/0894086.html',
};

export const REPORT_WEIHAI_RESIDENT_GENERAL_2023: Document = {
  id: 'report-weihai-resident-general-2023',
  number: null,
  title: '转载页面：威海居民医保普通门诊统筹（2023年）',
  issuer: '内容转载页面',
  date: '2023',
  level: 'reported',
  asOf: '2023-01-01',
  url: 'https://xunlu.net/p/20595',
};

export const REPORT_WEIHAI_AWAY: Document = {
  id: 'report-weihai-away',
  number: null,
  title: '威海本地宝页面（13844.shtm）：异地就医临时外出“个人首先负担10%”',
  issuer: '威海本地宝',
  date: '未注明日期（2025年以前的规定）',
  level: 'reported',
  asOf: null,
};
