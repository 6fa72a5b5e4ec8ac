import { EstimateError } from '../base/errors';
import { ZERO, constant, max, min, yuan } from '../base/money';
import type { Benefit, EventResult, SettleContext } from '../engine/benefit';
import type { Bill } from '../engine/bill';
import { yearLimitText } from '../engine/fund-pot';
import { POTS } from '../engine/ledger';
import { SlipBuilder } from '../engine/slip-builder';
import { SettledStep, need, usedParam, type Note, type StepText } from '../engine/steps';
import { PATHS } from '../model/address';
import { MATERNITY_EVENT_LABELS, type MaternityEvent } from '../model/fields';
import { missingOf, type Missing } from '../model/tree';
import type { Param, ParamDecl, PeriodShape, Version } from '../model/types';
import { ASK_LABELS } from './inpatient';

/**
 * 生育 (maternity): a fixed sum for the event (产前检查和住院分娩, 流产, 引产, 分娩), never more than the
 * bill's eligible cost, paid from the fund's shared annual cap where the rules say so.
 */

export const MATERNITY = 'maternity';

export interface MaternityConfig {
  /** The events the version pays a fixed sum for, as it names them. */
  events: MaternityEvent[];
  drawsOnFund: boolean;
}

export const MATERNITY_PATHS = { lumpSum: (event: MaternityEvent) => `${MATERNITY}/lump-sum/${event}` } as const;

function declare(period: PeriodShape): ParamDecl[] {
  const config = period.benefits[MATERNITY] as MaternityConfig;
  return config.events.map((e) => ({ path: MATERNITY_PATHS.lumpSum(e), shape: 'amount', group: '生育定额支付', name: MATERNITY_EVENT_LABELS[e], noun: '定额' }));
}

function settle(bill: Bill, ctx: SettleContext): EventResult {
  const { version, cls, ledger } = ctx;
  const config = version.benefits[MATERNITY] as MaternityConfig;
  const event = bill.maternityEvent;
  if (!event || !config.events.includes(event)) {
    const names = config.events.map((e) => `${e}（${MATERNITY_EVENT_LABELS[e]}）`).join('、');
    throw new EstimateError('invalid-input', `“${version.title}”的生育待遇须选择 maternityEvent：${names}。`, { field: 'maternityEvent' });
  }
  const notes: Note[] = [];
  const slip = new SlipBuilder(bill, '生育医疗');
  const E = slip.eligible;
  const lumpParam = version.params.get(MATERNITY_PATHS.lumpSum(event)) as Param<number>;
  const name = `${MATERNITY_EVENT_LABELS[event]}定额`;
  const lump = constant(need(lumpParam, name));
  const due = min(lump, E);
  slip.add(
    'lumpSum',
    new SettledStep('lumpSum', due, 'rule', (): StepText => [
      `生育定额支付（${MATERNITY_EVENT_LABELS[event]}）`,
      `定额 ${yuan(lump)}` + (due.lessThan(lump) ? `，政策范围内费用只有 ${yuan(E)}，按实际费用支付` : ''),
    ], [usedParam(name, lumpParam)]),
  );
  let fund = due;
  const fundParam = version.params.get(PATHS.fund(cls.id)) as Param<number> | undefined;
  if (config.drawsOnFund && fundParam) {
    const cap = constant(need(fundParam, `${cls.label}·年度最高支付限额`));
    const before = ledger.used(POTS.fundPaid);
    const remaining = max(ZERO, cap.minus(before));
    fund = min(due, remaining);
    slip.add(
      'cap',
      new SettledStep('cap', fund, 'rule', () => [
        '统筹基金年度最高支付限额',
        yearLimitText('统筹基金', cap, before, remaining),
      ], [usedParam(`${cls.label}·统筹基金年度最高支付限额`, fundParam)]),
    );
    ledger.add(POTS.fundPaid, fund);
    ledger.add(POTS.fundEligible, E);
  }
  slip.add('fund', new SettledStep('fund', fund, 'computed', () => ['统筹基金支付']));
  return slip.close(ctx, { benefit: MATERNITY, fund, supplements: [], deductible: ZERO, deductibleRule: ZERO, notes, fundAmount: fundParam?.value ?? null });
}

function missing(version: Version, cls: string, bill: Partial<Bill>): Missing[] {
  const config = version.benefits[MATERNITY] as MaternityConfig | undefined;
  if (!config || !bill.maternityEvent) return [];
  return missingOf(version, [
    { path: MATERNITY_PATHS.lumpSum(bill.maternityEvent), label: `${MATERNITY_EVENT_LABELS[bill.maternityEvent]}定额` },
    ...(config.drawsOnFund ? [{ path: PATHS.fund(cls), label: ASK_LABELS.fund }] : []),
  ]);
}

export const maternity: Benefit = {
  id: MATERNITY,
  label: '生育',
  words: { event: '生育', total: '生育医疗总费用', date: '分娩或手术日期' },
  inputs: { required: ['maternityEvent'], optional: [] },
  fields: (version) => {
    const config = version.benefits[MATERNITY] as MaternityConfig | undefined;
    return [{ field: 'maternityEvent', required: true, choices: (config?.events ?? []).map((e) => ({ value: e, label: MATERNITY_EVENT_LABELS[e] })) }];
  },
  missing,
  declare,
  declareClass: () => [],
  settle,
};
