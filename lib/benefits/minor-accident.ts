import type { Benefit, SettleContext } from '../engine/benefit';
import type { Bill } from '../engine/bill';
import { need, usedParam } from '../engine/steps';
import { PATHS } from '../model/address';
import { MEMBER_LABELS } from '../model/labels';
import { missingOf, type Missing } from '../model/tree';
import type { MemberId, Param, ParamDecl, Version } from '../model/types';
import { AWAY_FIELD } from './fields';
import { ASK_LABELS } from './inpatient';
import { settleOutpatient } from './outpatient';

/**
 * 未成年人意外伤害门诊: for each accident, the eligible outpatient cost above a per-accident deductible is
 * paid at a rate, within an annual maximum, from the fund's shared annual cap.
 */

export const MINOR_ACCIDENT = 'minor-accident';

export interface MinorAccidentConfig {
  /** The member types it covers. */
  members: MemberId[];
}

export const MINOR_ACCIDENT_PATHS = {
  deductible: `${MINOR_ACCIDENT}/deductible`,
  rate: `${MINOR_ACCIDENT}/rate`,
  max: `${MINOR_ACCIDENT}/max`,
} as const;

const DECLS: ParamDecl[] = [
  { path: MINOR_ACCIDENT_PATHS.deductible, shape: 'amount', group: '未成年人意外伤害门诊', name: '每次意外伤害的起付线', noun: '起付线' },
  { path: MINOR_ACCIDENT_PATHS.rate, shape: 'rate', group: '未成年人意外伤害门诊', name: '支付比例', noun: '支付比例' },
  { path: MINOR_ACCIDENT_PATHS.max, shape: 'amount', group: '未成年人意外伤害门诊', name: '每年最多支付', noun: '每年最多支付' },
];

function settle(bill: Bill, ctx: SettleContext) {
  const { version } = ctx;
  const rate = version.params.get(MINOR_ACCIDENT_PATHS.rate) as Param<number>;
  return settleOutpatient(
    {
      benefit: MINOR_ACCIDENT,
      label: '意外伤害门诊',
      where: ctx.cls.label,
      deductible: { param: version.params.get(MINOR_ACCIDENT_PATHS.deductible) as Param<number>, name: '意外伤害门诊起付线', detail: '每次意外伤害的符合规定门诊费用，超过起付线的部分才支付' },
      segments: { value: [{ upTo: null, rate: need(rate, '意外伤害门诊支付比例') }], uses: [usedParam('意外伤害门诊支付比例', rate)] },
      limit: { param: version.params.get(MINOR_ACCIDENT_PATHS.max) as Param<number>, pot: `${MINOR_ACCIDENT}/paid`, name: '意外伤害门诊年度最高支付' },
      drawsOnFund: true,
      layers: false,
    },
    bill,
    ctx,
  );
}

/** Only the member types the version names (minors and students) may claim it. */
function excludes(version: Version, member: MemberId): string | undefined {
  const config = version.benefits[MINOR_ACCIDENT] as MinorAccidentConfig | undefined;
  if (!config || config.members.includes(member)) return undefined;
  return `“${version.title}”的未成年人意外伤害门诊待遇只适用于以下人员类别：${config.members.map((m) => MEMBER_LABELS[m]).join('、')}。`;
}

function missing(version: Version, cls: string): Missing[] {
  return missingOf(version, [
    { path: MINOR_ACCIDENT_PATHS.deductible, label: '意外伤害门诊起付线' },
    { path: MINOR_ACCIDENT_PATHS.rate, label: '意外伤害门诊支付比例' },
    { path: MINOR_ACCIDENT_PATHS.max, label: '意外伤害门诊年度最高支付' },
    { path: PATHS.fund(cls), label: ASK_LABELS.fund },
  ]);
}

export const minorAccident: Benefit = {
  id: MINOR_ACCIDENT,
  label: '未成年人意外伤害门诊',
  words: { event: '意外伤害门诊就诊', total: '门诊总费用', date: '就诊日期' },
  inputs: { required: [], optional: ['away'] },
  fields: () => [AWAY_FIELD],
  excludes,
  missing,
  declare: () => DECLS,
  declareClass: () => [],
  settle,
};
