import type { Document } from '../../model/types';

/** Every Jinan text the rules cite: the official opinion, the public reports by reporter and date. */

export const JINAN_2019: Document = {
  id: 'jinan-2019',
  number: '济南市人民政府办公厅（2019年10月18日印发）',
  title: '关于基本医疗保险市级统筹的实施意见',
  issuer: '济南市人民政府办公厅',
  date: '2019-10-18',
  level: 'official',
  asOf: '2019-10-18',
  inForceTo: '2024-09-30',
};

export const REPORT_JINAN_EMPLOYEE_2024: Document = {
  id: 'report-jinan-employee-2024',
  number: null,
  title: '招聘资讯页面转述济南市2024年职工医保住院待遇',
  issuer: '招聘资讯页面',
  date: '2024-04-03',
  level: 'reported',
  asOf: '2024-04-03',
};

export const REPORT_JINAN_RESIDENT_2024: Document = {
  id: 'report-jinan-resident-2024',
  number: null,
  title: '济南本地宝（jn.bendibao）本地服务页面：济南居民医保住院待遇（注明来源济南市医疗保障局）',
  issuer: '济南本地宝',
  date: '2024-02-28',
  level: 'reported',
  asOf: '2024-02-28',
};

export const REPORT_JINAN_AWAY_2024: Document = {
  id: 'report-jinan-away-2024',
  number: null,
  title: '公开报道：济南异地就医临时外出的支付比例（职工省外降低10个百分点；居民省内外均降低10个百分点）',
  issuer: '公开报道（2026年12月整理，原页面未记录地址）',
  date: '2024',
  level: 'reported',
  asOf: '2024-01-01',
};

export const REPORT_JINAN_LARGE_SUBSIDY_2024: Document = {
  id: 'report-jinan-large-subsidy-2024',
  number: null,
  title: '大众报业·齐鲁壹点：济南职工大额医疗费用补助（原“二次报销”）的起付标准和支付比例',
  issuer: '大众报业·齐鲁壹点',
  date: '2024-07-17',
  level: 'reported',
  asOf: '2024-07-17',
  url: 'http://jinan.dzwww.com/qcxw/202407/t20240717_14506957.htm',
};
