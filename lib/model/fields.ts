import { HOSPITAL_LEVEL_LABELS } from './labels';
import type { Facility, HospitalLevel } from './types';

/**
 * Every input a claim may give besides its city, scheme, member type, date and amounts, each defined
 * once: its key (the CLI's field name, a link's and a form's), its choices and their words, how a page
 * asks for it, and how a link carries it. The engine's bill, the CLI's schema, the forms, the share links
 * and the comparison all read this module; how the CLI words each field is in lib/cli-fields.ts, which
 * the compiler asks for every field here. Which benefit reads an event field is its module's to say
 * (Benefit.inputs and fields), so a new field is one entry here and its CLI wording, plus the rule that
 * reads it. No zod, no decimal.js and nothing only the CLI or the runtimes use: every page's first
 * JavaScript reads it. Reading a choice from a form's or a link's text is field-text.ts; what the person
 * says of themselves (not of an event) is person.ts.
 */

// ---------- the choices ----------

/** The benefit a claim is settled by when it names none (a benefit module's id, lib/benefits). */
export const INPATIENT = 'inpatient';

export const HOSPITAL_LEVELS = [1, 2, 3] as const satisfies readonly HospitalLevel[];

/** Level-1 variants a claim may name; a version that splits level 1 names its own grades after them. */
export const FACILITIES = ['grassroots', 'no-essential-drugs'] as const satisfies readonly Facility[];

/** Where a bill was run up: at home, out of town with a filing (异地长期居住备案), or out of town for a while, inside or outside the province. */
export const AWAY_MODES = ['local', 'registered', 'temporary-in-province', 'temporary-out-of-province'] as const;
export type AwayMode = (typeof AWAY_MODES)[number];
export const AWAY_LABELS: Record<AwayMode, string> = {
  local: '在本市就医',
  registered: '异地长期居住，已备案',
  'temporary-in-province': '临时外出，在山东省内',
  'temporary-out-of-province': '临时外出，在山东省外',
};

/** 门诊慢特病: the class of the disease (甲类 / 乙类), the item that earns an uplift, the group whose deductible differs. */
export const CHRONIC_CLASSES = ['A', 'B'] as const;
export type ChronicClass = (typeof CHRONIC_CLASSES)[number];
export const CHRONIC_CLASS_LABELS: Record<ChronicClass, string> = { A: '甲类慢性病', B: '乙类慢性病' };

export const CHRONIC_ITEMS = ['dialysis-or-transplant'] as const;
export type ChronicItem = (typeof CHRONIC_ITEMS)[number];
export const CHRONIC_ITEM_LABELS: Record<ChronicItem, string> = { 'dialysis-or-transplant': '血液透析、腹膜透析或器官移植后服用环孢素A' };

export const CHRONIC_GROUPS = ['general', 'cancer-radio-chemo', 'severe-mental'] as const;
export type ChronicGroup = (typeof CHRONIC_GROUPS)[number];
export const CHRONIC_GROUP_LABELS: Record<ChronicGroup, string> = {
  general: '一般门诊慢特病',
  'cancer-radio-chemo': '恶性肿瘤门诊放化疗',
  'severe-mental': '严重精神障碍',
};

/** Up to two 乙类 diseases, each with its own deductible (烟台职工 第十三条). */
export const CHRONIC_DISEASES = [1, 2] as const;
export type ChronicDisease = (typeof CHRONIC_DISEASES)[number];

export const MATERNITY_EVENTS = ['prenatal-and-delivery', 'abortion', 'induced', 'delivery'] as const;
export type MaternityEvent = (typeof MATERNITY_EVENTS)[number];
export const MATERNITY_EVENT_LABELS: Record<MaternityEvent, string> = {
  'prenatal-and-delivery': '产前检查和住院分娩',
  abortion: '流产',
  induced: '引产',
  delivery: '分娩',
};

// ---------- event fields ----------

/** One detail of an event: a choice among `values`. */
export interface EventField<V extends string | number = string | number, I extends 'select' | 'checkbox' = 'select' | 'checkbox'> {
  values: readonly V[];
  /** Each choice in words, as the pages offer it. */
  labels: Record<V, string>;
  /** The field as a page labels it (a checkbox is labelled by its one choice) and asks for it: 请选择…. */
  label: string;
  /** Where a required choice is asked for in other words than the label. */
  ask?: string;
  hint: string;
  /** A select ('' while nothing is chosen) or a checkbox (checked: its one value). */
  input: I;
  /** The choice a new form starts at; none: nothing chosen until the person chooses. */
  initial?: V;
  /** Where choosing none is a choice of its own (the level's default grade), its words. */
  none?: string;
  /** A medical fact, which a link carries after '#' only; otherwise a choice for the query (医院等级). */
  medical: boolean;
  /** The choice that saying nothing means (本地), which a link leaves out. */
  unsaid?: V;
}

/**
 * The event fields, in the order the CLI reads and refuses them. A page asks for those its benefit reads
 * under the version in force, in the order the benefit's module gives.
 */
export const EVENT_FIELDS = {
  hospitalLevel: {
    values: HOSPITAL_LEVELS,
    labels: HOSPITAL_LEVEL_LABELS,
    label: '医院等级',
    hint: '看医院门口的牌子、挂号单或医院官网：写“三级甲等”“三级乙等”的属于三级；社区卫生服务中心、乡镇卫生院属于一级及以下。',
    input: 'select',
    initial: 3,
    medical: false,
  } satisfies EventField<HospitalLevel, 'select'>,
  facility: {
    values: FACILITIES,
    // Each version names its own level-1 grades (see lib/rules); these words fit every city.
    labels: { grassroots: '基层医疗机构（社区卫生服务中心、乡镇卫生院等）', 'no-essential-drugs': '未实施基本药物制度的一级医院' },
    none: '一级医院（默认）',
    label: '医疗机构类别',
    hint: '这个城市对一级及以下医疗机构再作细分，标准不同。',
    input: 'select',
    medical: false,
  } satisfies EventField<Facility, 'select'>,
  away: {
    values: AWAY_MODES,
    labels: AWAY_LABELS,
    label: '就医地',
    hint: '在外地看病，报销比例可能不同；已办理异地长期居住备案的，按本市标准。',
    input: 'select',
    initial: 'local',
    medical: true,
    unsaid: 'local',
  } satisfies EventField<AwayMode, 'select'>,
  chronicClass: {
    values: CHRONIC_CLASSES,
    labels: CHRONIC_CLASS_LABELS,
    label: '慢性病类别',
    ask: '慢性病类别（甲类或乙类）',
    hint: '门诊慢特病分甲类和乙类，以医保部门认定的为准。',
    input: 'select',
    medical: true,
  } satisfies EventField<ChronicClass, 'select'>,
  chronicItem: {
    values: CHRONIC_ITEMS,
    labels: CHRONIC_ITEM_LABELS,
    label: '治疗项目',
    hint: '这几项治疗的支付比例另有规定。',
    input: 'checkbox',
    medical: true,
  } satisfies EventField<ChronicItem, 'checkbox'>,
  chronicGroup: {
    values: CHRONIC_GROUPS,
    labels: CHRONIC_GROUP_LABELS,
    label: '病种',
    hint: '恶性肿瘤门诊放化疗和严重精神障碍的起付线另有规定。',
    input: 'select',
    initial: 'general',
    medical: true,
  } satisfies EventField<ChronicGroup, 'select'>,
  chronicDisease: {
    values: CHRONIC_DISEASES,
    labels: { 1: '第一种乙类慢性病', 2: '第二种乙类慢性病' },
    label: '第几种乙类慢性病',
    hint: '同时认定两种乙类慢性病的，每种各自计算起付线。',
    input: 'select',
    initial: 1,
    medical: true,
  } satisfies EventField<ChronicDisease, 'select'>,
  maternityEvent: {
    values: MATERNITY_EVENTS,
    labels: MATERNITY_EVENT_LABELS,
    label: '生育类别',
    hint: '按结算单上的类别选择。',
    input: 'select',
    medical: true,
  } satisfies EventField<MaternityEvent, 'select'>,
};

export type EventFieldKey = keyof typeof EVENT_FIELDS;
export type EventFieldValue<K extends EventFieldKey> = (typeof EVENT_FIELDS)[K]['values'][number];
export const EVENT_FIELD_KEYS = Object.keys(EVENT_FIELDS) as EventFieldKey[];

/** The details an event gives, each as the engine and the CLI take it. */
export type EventDetails = { [K in EventFieldKey]?: EventFieldValue<K> };

/** The details as a form holds them: a select's text ('' for none chosen), a checkbox's state. */
export type HeldDetails = { [K in EventFieldKey]: (typeof EVENT_FIELDS)[K]['input'] extends 'checkbox' ? boolean : '' | `${EventFieldValue<K>}` };

/** An entry as the generic shape, for the helpers that go through every field. */
export const entry = (key: EventFieldKey) => EVENT_FIELDS[key] as EventField;

/** A choice as a form holds it. */
export function heldOf(key: EventFieldKey, value: string | number | undefined): string | boolean {
  return entry(key).input === 'checkbox' ? value !== undefined : value === undefined ? '' : String(value);
}

/** The details as a new form holds them: each at its initial choice, or none chosen. */
export function initialDetails(): HeldDetails {
  return Object.fromEntries(EVENT_FIELD_KEYS.map((k) => [k, heldOf(k, entry(k).initial)])) as HeldDetails;
}

/** The choices of a field, as a page offers them (value: the form's text). */
export function choicesOfField(key: EventFieldKey): { value: string; label: string }[] {
  const f = entry(key);
  return f.values.map((v) => ({ value: String(v), label: f.labels[v]! }));
}
