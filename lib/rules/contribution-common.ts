import type { Interpretation } from '../model/types';

/** 口径说明 and words shared by several cities' contribution data. */

export const MONTH_BY_MONTH: Interpretation = {
  id: 'contribution-by-month',
  title: '按月计算',
  text: '职工医保按月缴费：每个月按当月1日有效的规定计算，全年金额为12个月之和。有月份没有已知规定或数值的，全年合计不作计算。',
};

export const WAGE_AS_TYPED: Interpretation = {
  id: 'wage-as-typed',
  title: '缴费工资和缴费基数',
  text: '按您填写的月工资或缴费基数计算。缴费基数的上下限来源没有给出，本站不作调整。',
};

export const EMPLOYER_PER_EMPLOYEE: Interpretation = {
  id: 'employer-per-employee',
  title: '单位缴费按本人计算',
  text: '单位按全部职工的工资总额缴费；这里列出的是按您本人工资计算的那一份。',
};

export const CONTRIBUTION_ROUNDING: Interpretation = {
  id: 'contribution-rounding',
  title: '金额取整',
  text: '缴费基数和每个月的每一笔金额按四舍五入保留到分，全年金额为各月之和；按年规定的金额（例如每人每年若干元）按原数计。',
};

/** Employees' contributions are shares of a wage; a retiree draws none. */
export function retireesPayNothing(text: string): Interpretation {
  return { id: 'retirees-pay-nothing', title: '退休人员不按月缴费', text };
}

export const RESIDENT_YEAR: Interpretation = {
  id: 'resident-year',
  title: '居民医保的年份',
  text: '居民医保按年缴费。这里的“年份”是享受待遇的年度：例如2024年的标准，是为2024年享受待遇缴纳的费用，通常在上一年集中缴纳。',
};

/** The Shandong draft's minimum years, read as in force from 2026 (its deadline for the cities to align). */
export const DRAFT_MIN_YEARS =
  '依据山东省职工基本医疗保险省级统筹实施意见的征求意见稿（草案，不是正式施行的文件）：累计缴费男满30年、女满25年，各市最迟于2025年底前过渡到位。' +
  '正式文件鲁政字〔2023〕184号的原文未找到。';
