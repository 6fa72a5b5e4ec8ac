import { EstimateError } from '../base/errors';
import type { Benefit, FieldSpec, SettleContext } from '../engine/benefit';
import type { Bill } from '../engine/bill';
import { need, usedParam, type Note } from '../engine/steps';
import { PATHS } from '../model/address';
import { CHRONIC_CLASSES, CHRONIC_CLASS_LABELS, CHRONIC_DISEASES, CHRONIC_GROUPS, CHRONIC_GROUP_LABELS, CHRONIC_ITEMS, CHRONIC_ITEM_LABELS } from '../model/fields';
import { missingOf, type Missing } from '../model/tree';
import type { BenefitClass, Param, ParamDecl, PeriodShape, Segment, Version } from '../model/types';
import { gradeOf } from '../model/version';
import { AWAY_FIELD, gradeFields } from './fields';
import { ASK_LABELS, INPATIENT_PATHS } from './inpatient';
import { settleOutpatient } from './outpatient';

/**
 * 门诊慢特病 (chronic and special diseases treated as outpatients): an annual deductible, then a rate,
 * within the year's limits. Versions differ in what the deductible and rates are keyed by (the
 * disease's class 甲类 / 乙类, or its group such as 恶性肿瘤门诊放化疗) and where the rates come from
 * (a rate of their own, or the inpatient segments of the hospital's grade, counted with inpatient care).
 */

export const CHRONIC = 'outpatient-chronic';

/** What a period says of its chronic-disease benefit. */
export interface ChronicConfig {
  /** The key of the deductible and the rates: the disease's class, its group, or one for all. */
  by: 'class' | 'group' | 'none';
  /** Rates of its own per benefit class, or the inpatient segments of the hospital's grade (与住院合并计算). */
  rates: 'own' | 'inpatient';
  /** Keys whose deductible each disease pays on its own (up to two 乙类 diseases). */
  perDisease?: string[];
  /** Keys with points added for 血液透析、腹膜透析 and 环孢素A after a transplant. */
  uplift?: string[];
  /** Keys with an annual maximum of their own on the fund's payments. */
  limit?: string[];
  /** Whether the basic fund's annual cap or band bounds it too (shared with inpatient care). */
  drawsOnFund: boolean;
  /** Whether the supplementary layers pay on what the fund leaves. */
  layers: boolean;
}

export const CHRONIC_PATHS = {
  deductible: (key: string) => `${CHRONIC}/deductible/${key}`,
  rate: (cls: string, key: string) => `${CHRONIC}/rate/${cls}/${key}`,
  uplift: (key: string) => `${CHRONIC}/uplift/${key}`,
  limit: (key: string) => `${CHRONIC}/limit/${key}`,
} as const;

const ALL = 'all';

function keysOf(config: ChronicConfig): string[] {
  return config.by === 'class' ? [...CHRONIC_CLASSES] : config.by === 'group' ? [...CHRONIC_GROUPS] : [ALL];
}

function keyLabel(key: string): string {
  return (CHRONIC_CLASS_LABELS as Record<string, string>)[key] ?? (CHRONIC_GROUP_LABELS as Record<string, string>)[key] ?? '门诊慢特病';
}

export function chronicConfig(version: Pick<Version, 'benefits'>): ChronicConfig | undefined {
  return version.benefits[CHRONIC] as ChronicConfig | undefined;
}

function rateDecls(config: ChronicConfig, classes: readonly BenefitClass[]): ParamDecl[] {
  if (config.rates !== 'own') return [];
  return classes.flatMap((c) =>
    keysOf(config).map((k): ParamDecl => ({ path: CHRONIC_PATHS.rate(c.id, k), shape: 'rate', group: '门诊慢特病支付比例', name: `${c.label} · ${keyLabel(k)}`, cls: c.id, noun: '支付比例' })),
  );
}

function declare(period: PeriodShape): ParamDecl[] {
  const config = period.benefits[CHRONIC] as ChronicConfig;
  const keys = keysOf(config);
  return [
    ...keys.map((k): ParamDecl => ({ path: CHRONIC_PATHS.deductible(k), shape: 'amount', group: '门诊慢特病起付线（每年）', name: keyLabel(k), noun: '起付线' })),
    ...rateDecls(config, period.classes),
    ...(config.uplift ?? []).map((k): ParamDecl => ({ path: CHRONIC_PATHS.uplift(k), shape: 'rate', group: '门诊慢特病支付比例', name: `${keyLabel(k)} · ${CHRONIC_ITEM_LABELS['dialysis-or-transplant']}另加`, noun: '另加比例' })),
    ...(config.limit ?? []).map((k): ParamDecl => ({ path: CHRONIC_PATHS.limit(k), shape: 'amount', group: '门诊慢特病年度最高支付限额', name: keyLabel(k), noun: '年度最高支付限额' })),
  ];
}

function declareClass(cls: BenefitClass, period: PeriodShape): ParamDecl[] {
  return rateDecls(period.benefits[CHRONIC] as ChronicConfig, [cls]);
}

/** The key an event's deductible and rates go by: its class, its group (一般 unless named), or the one for all; undefined while the class is not chosen. */
function keyOf(config: ChronicConfig, bill: Partial<Bill>): string | undefined {
  return config.by === 'class' ? bill.chronicClass : config.by === 'group' ? (bill.chronicGroup ?? 'general') : ALL;
}

function fields(version: Version, bill: Partial<Bill>): FieldSpec[] {
  const config = chronicConfig(version);
  if (!config) return [];
  const key = keyOf(config, bill);
  const labelled = <K extends string>(ids: readonly K[], labels: Record<K, string>) => ids.map((id) => ({ value: id, label: labels[id] }));
  return [
    ...(config.by === 'class' ? [{ field: 'chronicClass' as const, required: true, choices: labelled(CHRONIC_CLASSES, CHRONIC_CLASS_LABELS) }] : []),
    ...(config.by === 'group' ? [{ field: 'chronicGroup' as const, required: false, choices: labelled(CHRONIC_GROUPS, CHRONIC_GROUP_LABELS) }] : []),
    ...(key && config.perDisease?.includes(key) ? [{ field: 'chronicDisease' as const, required: false, choices: CHRONIC_DISEASES.map((d) => ({ value: String(d), label: `第${d === 1 ? '一' : '二'}种${keyLabel(key)}` })) }] : []),
    ...(key && config.uplift?.includes(key) ? [{ field: 'chronicItem' as const, required: false, choices: labelled(CHRONIC_ITEMS, CHRONIC_ITEM_LABELS) }] : []),
    ...(config.rates === 'inpatient' ? gradeFields(version, bill) : []),
    AWAY_FIELD,
  ];
}

function missing(version: Version, cls: string, bill: Partial<Bill>): Missing[] {
  const config = chronicConfig(version);
  const key = config && keyOf(config, bill);
  if (!config || !key) return [];
  const label = keyLabel(key);
  const rates =
    config.rates === 'own'
      ? [{ path: CHRONIC_PATHS.rate(cls, key), label: `${label}·门诊慢特病支付比例` }]
      : bill.hospitalLevel
        ? [{ path: INPATIENT_PATHS.segments(cls, gradeOf(version, { hospitalLevel: bill.hospitalLevel, facility: bill.facility }).id), label: ASK_LABELS.segments }]
        : [];
  return missingOf(version, [
    { path: CHRONIC_PATHS.deductible(key), label: `${label}·门诊慢特病起付线` },
    ...rates,
    ...(bill.chronicItem && config.uplift?.includes(key) ? [{ path: CHRONIC_PATHS.uplift(key), label: `${label}·${CHRONIC_ITEM_LABELS[bill.chronicItem]}另加比例` }] : []),
    ...(config.limit?.includes(key) ? [{ path: CHRONIC_PATHS.limit(key), label: `${label}·年度最高支付限额` }] : []),
    ...(config.drawsOnFund ? [{ path: PATHS.fund(cls), label: ASK_LABELS.fund }] : []),
  ]);
}

function settle(bill: Bill, ctx: SettleContext) {
  const { version, cls } = ctx;
  const config = chronicConfig(version);
  if (!config) throw new EstimateError('no-benefit', `“${version.title}”没有门诊慢特病的已知规定。`, { benefit: CHRONIC });
  const notes: Note[] = [];
  const key = keyOf(config, bill);
  if (!key) throw new EstimateError('invalid-input', `“${version.title}”的门诊慢特病分甲类、乙类，请选择慢性病类别（chronicClass：A 甲类，B 乙类）。`, { field: 'chronicClass' });
  if (bill.chronicClass && config.by !== 'class') notes.push({ kind: 'assumption', title: '不区分甲类、乙类', text: '本版本的门诊慢特病待遇不按甲类、乙类区分，按同一标准计算。' });
  if (bill.chronicGroup && config.by !== 'group') notes.push({ kind: 'assumption', title: '不区分病种', text: `本版本的门诊慢特病起付线不按“${CHRONIC_GROUP_LABELS[bill.chronicGroup]}”另行规定，按同一标准计算。` });
  const perDisease = config.perDisease?.includes(key);
  const disease = perDisease ? (bill.chronicDisease ?? 1) : 1;
  const grade = config.rates === 'inpatient' || bill.hospitalLevel ? gradeOf(version, bill) : undefined;
  const where = grade ? `${cls.label}·${grade.label}` : cls.label;

  const segments: Param<Segment[]> | { value: Segment[]; uses: ReturnType<typeof usedParam>[]; note?: string } =
    config.rates === 'inpatient'
      ? (version.params.get(INPATIENT_PATHS.segments(cls.id, grade!.id)) as Param<Segment[]>)
      : flatRate(version, CHRONIC_PATHS.rate(cls.id, key), `${cls.label}·${keyLabel(key)}支付比例`);
  const upliftParam = bill.chronicItem && config.uplift?.includes(key) ? (version.params.get(CHRONIC_PATHS.uplift(key)) as Param<number>) : undefined;
  if (bill.chronicItem && !upliftParam) {
    notes.push({ kind: 'assumption', title: '没有另加的比例', text: `本版本对${CHRONIC_ITEM_LABELS[bill.chronicItem]}没有另加支付比例的规定，按同类慢性病的比例计算。` });
  }
  const result = settleOutpatient(
    {
      benefit: CHRONIC,
      label: '门诊慢特病',
      where,
      ...(grade ? { grade } : {}),
      deductible: {
        param: version.params.get(CHRONIC_PATHS.deductible(key)) as Param<number>,
        name: `${keyLabel(key)}·门诊慢特病起付线`,
        pot: `${CHRONIC}/deductible/${key}${perDisease ? `/${disease}` : ''}`,
        detail: `${keyLabel(key)}每年起付线${perDisease ? `（第${disease}种，各病种单独计算）` : ''}`,
      },
      segments,
      ...(upliftParam ? { uplift: { points: need(upliftParam, `${keyLabel(key)}·另加比例`), use: usedParam(`${keyLabel(key)}·另加比例`, upliftParam) } } : {}),
      ...(config.rates === 'inpatient' ? { cumulativeIn: `${CHRONIC}/eligible` } : {}),
      ...(config.limit?.includes(key)
        ? { limit: { param: version.params.get(CHRONIC_PATHS.limit(key)) as Param<number>, pot: `${CHRONIC}/paid/${key}`, name: `${keyLabel(key)}·年度最高支付限额` } }
        : {}),
      drawsOnFund: config.drawsOnFund,
      layers: config.layers,
    },
    bill,
    ctx,
  );
  result.notes.unshift(...notes);
  return result;
}

/** A rate of its own as the one open segment the shared pipeline pays on. */
function flatRate(version: Version, path: string, name: string) {
  const param = version.params.get(path) as Param<number>;
  return { value: [{ upTo: null, rate: need(param, name) }], uses: [usedParam(name, param)], ...(param.note ? { note: param.note } : {}) };
}

export const chronic: Benefit = {
  id: CHRONIC,
  label: '门诊慢特病',
  words: { event: '门诊慢特病就诊', total: '门诊总费用', date: '就诊日期' },
  inputs: { required: [], optional: ['hospitalLevel', 'facility', 'chronicClass', 'chronicItem', 'chronicGroup', 'chronicDisease', 'away'] },
  fields,
  missing,
  declare,
  declareClass,
  settle,
};
