import type { Document } from '../../model/types';

/** Every Yantai text the rules cite: the official measures of 2017, the public reports by reporter and date. */

export const YANTAI_EMPLOYEE_2017: Document = {
  id: 'yantai-employee-2017',
  number: '烟台市人民政府令（2017年11月1日公布）',
  title: '烟台市职工基本医疗保险实施办法',
  issuer: '烟台市人民政府',
  date: '2017-11-01',
  level: 'official',
  asOf: '2017-11-01',
  inForceTo: '2022-12-31',
};

export const YANTAI_RESIDENT_2017: Document = {
  id: 'yantai-resident-2017',
  number: '烟台市人民政府令（2017年11月1日公布）',
  title: '烟台市居民基本医疗保险实施办法',
  issuer: '烟台市人民政府',
  date: '2017-11-01',
  level: 'official',
  asOf: '2017-11-01',
  inForceTo: '2022-12-31',
};

export const REPORT_YANTAI_QA_2025: Document = {
  id: 'report-yantai-qa-2025',
  number: null,
  title: '烟台融媒（胶东在线）烟台医保问答',
  issuer: '烟台融媒',
  date: '2025-11-19',
  level: 'reported',
  asOf: '2025-11-19',
  url: 'https://ytapp.jiaodong.net/system/2025/11/19/201356419.shtml',
};

export const REPORT_YANTAI_EMPLOYEE_2024: Document = {
  id: 'report-yantai-employee-2024',
  number: null,
  title: '政策解读页面：烟台职工医保住院待遇',
  issuer: '政策解读页面',
  date: '2024-07-29',
  level: 'reported',
  asOf: '2024-07-29',
};

export const REPORT_YANTAI_CAPS_2022: Document = {
  id: 'report-yantai-caps-2022',
  number: null,
  title: '烟台本地页面：职工医保统筹基金最高支付限额与大额救助金（2022—2023年）',
  issuer: '烟台本地页面',
  date: '2022-10 / 2023-06',
  level: 'reported',
  asOf: '2023-06-01',
};

export const REPORT_YANTAI_RESIDENT_RATES: Document = {
  id: 'report-yantai-resident-rates',
  number: null,
  title: '烟台本地页面：居民医保住院支付比例',
  issuer: '烟台本地页面',
  date: '2023—2024',
  level: 'reported',
  asOf: '2024-01-01',
};

export const REPORT_YANTAI_EMPLOYEE_OUTPATIENT_2024: Document = {
  id: 'report-yantai-employee-outpatient-2024',
  number: null,
  title: '转载页面：烟台职工医保普通门诊和门诊慢特病待遇（2024年）',
  issuer: '内容转载页面',
  date: '2024-07-29',
  level: 'reported',
  asOf: '2024-07-29',
  url: 'https://ddtbk.com/techan/43e635cd3fb9bbec1d9dd19c8c1bdbc5.html',
};

export const REPORT_YANTAI_RESIDENT_GENERAL: Document = {
  id: 'report-yantai-resident-general',
  number: null,
  title: '转载页面：烟台居民医保普通门诊统筹',
  issuer: '内容转载页面',
  date: '未注明日期',
  level: 'reported',
  asOf: null,
};

export const REPORT_YANTAI_RESIDENT_GENERAL_2024: Document = {
  id: 'report-yantai-resident-general-2024',
  number: null,
  title: '胶东在线报道（转载页面）：烟台居民医保普通门诊统筹（2024年10月起）',
  issuer: '胶东在线',
  date: '2024-10-28',
  level: 'reported',
  asOf: '2024-10-28',
  url: 'http://m.ctbtax.com/news/system/2024/10/28/200651865.shtml',
};

export const REPORT_YANTAI_SHM_2024: Document = {
  id: 'report-yantai-shm-2024',
  number: null,
  title: '水母网“医疗保障咨询台”：烟台职工医保普通门诊统筹',
  issuer: '水母网',
  date: '2024-10-08',
  level: 'reported',
  asOf: '2024-10-08',
  url: 'https://news.shm.com.cn/2024-10/08/content_5411478.htm',
};

export const REPORT_YANTAI_AWAY: Document = {
  id: 'report-yantai-away',
  number: null,
  title: '转载页面：烟台异地就医临时外出“个人首先负担10%”',
  issuer: '内容转载页面',
  date: '未注明日期（2025年以前的规定）',
  level: 'reported',
  asOf: null,
};
