import type { Document } from './types';

/**
 * Every text the rules cite. Official texts are in ../shared/policy/sources/;
 * reports are the "reported" tables of ../shared/policy/README.md.
 */

const README = 'shared/policy/README.md';

export const YANTAI_EMPLOYEE_2017: Document = {
  id: 'yantai-employee-2017',
  number: '烟台市人民政府令（2017年11月1日公布）',
  title: '烟台市职工基本医疗保险实施办法',
  issuer: '烟台市人民政府',
  date: '2017-11-01',
  level: 'official',
  file: 'yantai-2017-employee-resident.txt',
};

export const YANTAI_RESIDENT_2017: Document = {
  id: 'yantai-resident-2017',
  number: '烟台市人民政府令（2017年11月1日公布）',
  title: '烟台市居民基本医疗保险实施办法',
  issuer: '烟台市人民政府',
  date: '2017-11-01',
  level: 'official',
  file: 'yantai-2017-employee-resident.txt',
};

export const WEIHAI_2023_56: Document = {
  id: 'weihai-2023-56',
  number: '威医保发〔2023〕56号',
  title: '关于做好职工基本医疗保险省级统筹落实工作的通知',
  issuer: '威海市医疗保障局等五部门',
  date: '2023-12-20',
  level: 'official',
  file: 'weihai-2023-56-employee.txt',
};

export const WEIHAI_2023_38: Document = {
  id: 'weihai-2023-38',
  number: '威医保发〔2023〕38号',
  title: '关于转发鲁医保发〔2023〕36号文件切实做好全市2023年城乡居民基本医疗保障工作的通知',
  issuer: '威海市医疗保障局、威海市财政局、国家税务总局威海市税务局',
  date: '2023-08-24',
  level: 'official',
  file: 'weihai-2023-38-resident.txt',
};

export const SHANDONG_EMPLOYEE_DRAFT: Document = {
  id: 'shandong-employee-draft',
  number: null,
  title: '山东省职工基本医疗保险省级统筹实施意见（征求意见稿）',
  issuer: '山东省',
  date: '2023',
  level: 'official',
  file: 'shandong-employee-provincial-pooling-draft.txt',
};

export const JINAN_2019: Document = {
  id: 'jinan-2019',
  number: '济南市人民政府办公厅（2019年10月18日印发）',
  title: '关于基本医疗保险市级统筹的实施意见',
  issuer: '济南市人民政府办公厅',
  date: '2019-10-18',
  level: 'official',
  file: 'jinan-2019-city-pooling.txt',
};

export const REPORT_WEIHAI_RESIDENT_2023: Document = {
  id: 'report-weihai-resident-2023',
  number: null,
  title: '威海本地宝（weihai.bendibao）本地服务页面：威海居民医保住院待遇',
  issuer: '威海本地宝',
  date: '2023',
  level: 'reported',
  recordedIn: `${README} · Weihai`,
};

export const REPORT_WEIHAI_CRITICAL_2023: Document = {
  id: 'report-weihai-critical-2023',
  number: null,
  title: '多个政策解读页面：威海居民大病保险',
  issuer: '政策解读页面',
  date: '2023-12',
  level: 'reported',
  recordedIn: `${README} · Weihai`,
};

export const REPORT_JINAN_EMPLOYEE_2024: Document = {
  id: 'report-jinan-employee-2024',
  number: null,
  title: '招聘资讯页面转述济南市2024年职工医保住院待遇',
  issuer: '招聘资讯页面',
  date: '2024-04-03',
  level: 'reported',
  recordedIn: `${README} · Jinan`,
};

export const REPORT_JINAN_RESIDENT_2024: Document = {
  id: 'report-jinan-resident-2024',
  number: null,
  title: '济南本地宝（jn.bendibao）本地服务页面：济南居民医保住院待遇（注明来源济南市医疗保障局）',
  issuer: '济南本地宝',
  date: '2024-02-28',
  level: 'reported',
  recordedIn: `${README} · Jinan`,
};

export const REPORT_YANTAI_QA_2025: Document = {
  id: 'report-yantai-qa-2025',
  number: null,
  title: '胶东在线（jiaodong）烟台医保问答',
  issuer: '烟台本地媒体',
  date: '2025-11-19',
  level: 'reported',
  recordedIn: `${README} · Yantai`,
};

export const REPORT_YANTAI_EMPLOYEE_2024: Document = {
  id: 'report-yantai-employee-2024',
  number: null,
  title: '政策解读页面：烟台职工医保住院待遇',
  issuer: '政策解读页面',
  date: '2024-07-29',
  level: 'reported',
  recordedIn: `${README} · Yantai`,
};

export const REPORT_YANTAI_CAPS_2022: Document = {
  id: 'report-yantai-caps-2022',
  number: null,
  title: '烟台本地页面：职工医保统筹基金最高支付限额与大额救助金（2022—2023年）',
  issuer: '烟台本地页面',
  date: '2022-10 / 2023-06',
  level: 'reported',
  recordedIn: `${README} · Yantai`,
};

export const REPORT_YANTAI_RESIDENT_RATES: Document = {
  id: 'report-yantai-resident-rates',
  number: null,
  title: '烟台本地页面：居民医保住院支付比例',
  issuer: '烟台本地页面',
  date: '2023—2024',
  level: 'reported',
  recordedIn: `${README} · Yantai`,
};

export const REPORT_SHANDONG_CRITICAL_2023: Document = {
  id: 'report-shandong-critical-2023',
  number: null,
  title: '泰安、济南、烟台等地报道：山东居民大病保险（2023—2024年）',
  issuer: '多地公开报道',
  date: '2023—2024',
  level: 'reported',
  recordedIn: `${README} · Shandong residents' 大病保险`,
};

/** Official texts read that give no inpatient parameter; listed on the sources page for completeness. */
export const CONTEXT_DOCUMENTS: Document[] = [JINAN_2019, SHANDONG_EMPLOYEE_DRAFT, WEIHAI_2023_38];

/** How a citation reads to a citizen: 文号 + article, or reporter + date with the unverified mark. */
export function citationText(doc: Document, at: string): string {
  if (doc.level === 'official') {
    const head = doc.number ? `${doc.number}《${doc.title}》` : `《${doc.title}》`;
    return at ? `${head}${at}` : head;
  }
  return `公开报道：${doc.issuer}，${doc.date}（公开报道，待核实）${at ? `；${at}` : ''}`;
}
