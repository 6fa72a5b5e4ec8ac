import type { Benefit, SettleContext } from '../engine/benefit';
import type { Bill } from '../engine/bill';
import { missingOf, perGrade, type Missing } from '../model/tree';
import type { BenefitClass, Param, ParamDecl, PeriodShape, Version } from '../model/types';
import { AWAY_FIELD, gradeFields } from './fields';
import { gradeOf } from '../model/version';
import { settleOutpatient } from './outpatient';
import { need } from '../engine/steps';

/**
 * 普通门诊 (ordinary outpatient pooling): an annual deductible by the hospital's grade, a rate by
 * class and grade, and an annual maximum on what the pooling pays. It has a fund of its own: it does
 * not draw on the inpatient fund's cap, and the supplementary layers pay on it only where the period says so.
 */

export const GENERAL = 'outpatient-general';

/** What a period says of its 普通门诊: whether the version's supplementary layers count its personal burden (济南职工大额医疗费用补助). */
export interface GeneralConfig {
  layers?: boolean;
}

export const GENERAL_PATHS = {
  deductible: (cls: string, grade: string) => `${GENERAL}/deductible/${cls}/${grade}`,
  rate: (cls: string, grade: string) => `${GENERAL}/rate/${cls}/${grade}`,
  cap: (cls: string) => `${GENERAL}/cap/${cls}`,
} as const;

function declareFor(classes: readonly BenefitClass[], { grades }: PeriodShape): ParamDecl[] {
  return [
    ...perGrade(classes, grades, '普通门诊起付线（每年）', GENERAL_PATHS.deductible, 'amount', '起付线'),
    ...classes.flatMap((c) => grades.map((g): ParamDecl => ({ path: GENERAL_PATHS.rate(c.id, g.id), shape: 'rate', group: '普通门诊支付比例', name: `${c.label} · ${g.label}`, cls: c.id, grade: g.id, noun: '支付比例' }))),
    ...classes.map((c): ParamDecl => ({ path: GENERAL_PATHS.cap(c.id), shape: 'amount', group: '普通门诊年度最高支付限额', name: c.label, cls: c.id, noun: '年度最高支付限额' })),
  ];
}

function settle(bill: Bill, ctx: SettleContext) {
  const { version, cls } = ctx;
  const grade = gradeOf(version, bill);
  const where = `${cls.label}·${grade.label}`;
  const rate = version.params.get(GENERAL_PATHS.rate(cls.id, grade.id)) as Param<number>;
  return settleOutpatient(
    {
      benefit: GENERAL,
      label: '普通门诊',
      where,
      grade,
      deductible: {
        param: version.params.get(GENERAL_PATHS.deductible(cls.id, grade.id)) as Param<number>,
        name: `${where}·普通门诊起付线`,
        pot: `${GENERAL}/deductible`,
        detail: `${grade.label}普通门诊每年起付线（不同等级医院累计计算，以本次就诊医院的标准为准）`,
      },
      segments: { value: [{ upTo: null, rate: need(rate, `${where}·普通门诊支付比例`) }], uses: [{ name: `${where}·普通门诊支付比例`, level: rate.level, cite: rate.cite }], ...(rate.note ? { note: rate.note } : {}) },
      limit: { param: version.params.get(GENERAL_PATHS.cap(cls.id)) as Param<number>, pot: `${GENERAL}/paid`, name: `${cls.label}·普通门诊年度最高支付限额` },
      drawsOnFund: false,
      layers: (version.benefits[GENERAL] as GeneralConfig).layers === true,
    },
    bill,
    ctx,
  );
}

function missing(version: Version, cls: string, bill: Partial<Bill>): Missing[] {
  if (!bill.hospitalLevel) return [];
  const grade = gradeOf(version, { hospitalLevel: bill.hospitalLevel, facility: bill.facility });
  return missingOf(version, [
    { path: GENERAL_PATHS.deductible(cls, grade.id), label: '普通门诊起付线' },
    { path: GENERAL_PATHS.rate(cls, grade.id), label: '普通门诊支付比例' },
    { path: GENERAL_PATHS.cap(cls), label: '普通门诊年度最高支付限额' },
  ]);
}

export const general: Benefit = {
  id: GENERAL,
  label: '普通门诊',
  words: { event: '普通门诊就诊', total: '门诊总费用', date: '就诊日期' },
  inputs: { required: ['hospitalLevel'], optional: ['facility', 'away'] },
  fields: (version, bill) => [...gradeFields(version, bill), AWAY_FIELD],
  missing,
  declare: (period) => declareFor(period.classes, period),
  declareClass: (cls, period) => declareFor([cls], period),
  settle,
};
