import type { Document } from '../model/types';

/** Province-wide texts several cities' rules cite. */

export const SHANDONG_EMPLOYEE_DRAFT: Document = {
  id: 'shandong-employee-draft',
  number: null,
  title: '山东省职工基本医疗保险省级统筹实施意见（征求意见稿）',
  issuer: '山东省',
  date: '2023',
  level: 'official',
  asOf: '2023-01-01',
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
