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
  asOf: '2017-11-01',
  inForceTo: '2022-12-31',
  file: 'yantai-2017-employee-resident.txt',
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
  file: 'yantai-2017-employee-resident.txt',
};

export const WEIHAI_2023_56: Document = {
  id: 'weihai-2023-56',
  number: '威医保发〔2023〕56号',
  title: '关于做好职工基本医疗保险省级统筹落实工作的通知',
  issuer: '威海市医疗保障局等五部门',
  date: '2023-12-20',
  level: 'official',
  asOf: '2023-12-20',
  inForceTo: '2028-12-31',
  file: 'weihai-2023-56-employee.txt',
};

export const WEIHAI_2023_38: Document = {
  id: 'weihai-2023-38',
  number: '威医保发〔2023〕38号',
  title: '关于转发鲁医保发〔2023〕36号文件切实做好全市2023年城乡居民基本医疗保障工作的通知',
  issuer: '威海市医疗保障局、威海市财政局、国家税务总局威海市税务局',
  date: '2023-08-24',
  level: 'official',
  asOf: '2023-08-24',
  file: 'weihai-2023-38-resident.txt',
};

export const SHANDONG_EMPLOYEE_DRAFT: Document = {
  id: 'shandong-employee-draft',
  number: null,
  title: '山东省职工基本医疗保险省级统筹实施意见（征求意见稿）',
  issuer: '山东省',
  date: '2023',
  level: 'official',
  asOf: '2023-01-01',
  file: 'shandong-employee-provincial-pooling-draft.txt',
};

export const JINAN_2019: Document = {
  id: 'jinan-2019',
  number: '济南市人民政府办公厅（2019年10月18日印发）',
  title: '关于基本医疗保险市级统筹的实施意见',
  issuer: '济南市人民政府办公厅',
  date: '2019-10-18',
  level: 'official',
  asOf: '2019-10-18',
  inForceTo: '2024-09-30',
  file: 'jinan-2019-city-pooling.txt',
};

export const REPORT_WEIHAI_RESIDENT_2023: Document = {
  id: 'report-weihai-resident-2023',
  number: null,
  title: '威海本地宝（weihai.bendibao）本地服务页面：威海居民医保住院待遇',
  issuer: '威海本地宝',
  date: '2023',
  level: 'reported',
  asOf: '2023-01-01',
  recordedIn: `${README} · Weihai`,
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
  recordedIn: `${README} · Found in December 2026`,
};

export const REPORT_WEIHAI_EMPLOYEE_COPY_2023: Document = {
  id: 'report-weihai-employee-copy-2023',
  number: null,
  title: '转载页面：威海职工医保住院待遇（含在职和退休人员两组分段比例）',
  issuer: '内容转载页面',
  date: '2023-12-19',
  level: 'reported',
  asOf: '2023-12-19',
  url: 'https://ddtbk.com/techan/e17ed4af9437a27cad53137e7685dab7.html',
  recordedIn: `${README} · Found in December 2026`,
};

export const REPORT_WEIHAI_RETIREE_HALF: Document = {
  id: 'report-weihai-retiree-half',
  number: null,
  title: '转载页面：2023年威海职工医疗保险报销比例（“退休人员个人负担比例为在职职工的一半”）',
  issuer: '内容转载页面',
  date: '2023',
  level: 'reported',
  asOf: '2023-01-01',
  url: 'http://www.shebaodata.com/zhishi/yiliao/327800.html',
  recordedIn: `${README} · Found in December 2026`,
};

export const REPORT_WEIHAI_RESIDENT_REPEAT: Document = {
  id: 'report-weihai-resident-repeat',
  number: null,
  title: '威海本地宝页面（12783.shtm）：威海居民医保第一、二次住院设起付标准，第三次起不设',
  issuer: '威海本地宝',
  date: '未注明日期',
  level: 'reported',
  asOf: null,
  recordedIn: `${README} · Found in December 2026`,
};

export const REPORT_WEIHAI_CRITICAL_2023: Document = {
  id: 'report-weihai-critical-2023',
  number: null,
  title: '多个政策解读页面：威海居民大病保险',
  issuer: '政策解读页面',
  date: '2023-12',
  level: 'reported',
  asOf: '2023-12-01',
  recordedIn: `${README} · Weihai`,
};

export const REPORT_JINAN_EMPLOYEE_2024: Document = {
  id: 'report-jinan-employee-2024',
  number: null,
  title: '招聘资讯页面转述济南市2024年职工医保住院待遇',
  issuer: '招聘资讯页面',
  date: '2024-04-03',
  level: 'reported',
  asOf: '2024-04-03',
  recordedIn: `${README} · Jinan`,
};

export const REPORT_JINAN_RESIDENT_2024: Document = {
  id: 'report-jinan-resident-2024',
  number: null,
  title: '济南本地宝（jn.bendibao）本地服务页面：济南居民医保住院待遇（注明来源济南市医疗保障局）',
  issuer: '济南本地宝',
  date: '2024-02-28',
  level: 'reported',
  asOf: '2024-02-28',
  recordedIn: `${README} · Jinan`,
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
  recordedIn: `${README} · Yantai`,
};

export const REPORT_YANTAI_EMPLOYEE_2024: Document = {
  id: 'report-yantai-employee-2024',
  number: null,
  title: '政策解读页面：烟台职工医保住院待遇',
  issuer: '政策解读页面',
  date: '2024-07-29',
  level: 'reported',
  asOf: '2024-07-29',
  recordedIn: `${README} · Yantai`,
};

export const REPORT_YANTAI_CAPS_2022: Document = {
  id: 'report-yantai-caps-2022',
  number: null,
  title: '烟台本地页面：职工医保统筹基金最高支付限额与大额救助金（2022—2023年）',
  issuer: '烟台本地页面',
  date: '2022-10 / 2023-06',
  level: 'reported',
  asOf: '2023-06-01',
  recordedIn: `${README} · Yantai`,
};

export const REPORT_YANTAI_RESIDENT_RATES: Document = {
  id: 'report-yantai-resident-rates',
  number: null,
  title: '烟台本地页面：居民医保住院支付比例',
  issuer: '烟台本地页面',
  date: '2023—2024',
  level: 'reported',
  asOf: '2024-01-01',
  recordedIn: `${README} · Yantai`,
};

export const REPORT_SHANDONG_CRITICAL_2023: Document = {
  id: 'report-shandong-critical-2023',
  number: null,
  title: '泰安、济南、烟台等地报道：山东居民大病保险（2023—2024年）',
  issuer: '多地公开报道',
  date: '2023—2024',
  level: 'reported',
  asOf: '2024-01-01',
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

/** 最近核实: the date of the newest dated source among a version's documents. */
export function lastVerified(docs: readonly Document[]): string | null {
  return docs.reduce<string | null>((newest, d) => (d.asOf && (!newest || d.asOf > newest) ? d.asOf : newest), null);
}
