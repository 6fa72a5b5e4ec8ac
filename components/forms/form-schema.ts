import * as z from 'zod/mini';
import { amountMessage, readAmount, readCount } from '@/lib/base/amount-text';
import { readsPersonInputs } from '@/lib/engine/layers';
import { isCalendarDate } from '@/lib/base/dates';
import type { Dec } from '@/lib/base/money';
import type { Benefit } from '@/lib/engine/benefit';
import type { ClaimEvent } from '@/lib/engine/bill';
import { MAX_ADMISSION, isAdmission, partsFit, partsMessage } from '@/lib/model/claim-rules';
import { choiceOf, MEDICAL_FIELD_KEYS, type MedicalFieldKey } from '@/lib/model/field-text';
import { EVENT_FIELDS, INPATIENT, type EventField, type EventFieldKey, type EventFieldValue, type HeldDetails } from '@/lib/model/fields';
import { isContinuousYears, MAX_CONTINUOUS_YEARS, personOf, type PersonInputs } from '@/lib/model/person';
import { membersOf, SCHEMES } from '@/lib/model/labels';
import type { MemberId, SchemeId, Version } from '@/lib/model/types';
import { RULES } from '@/lib/rules';
import { earlierCount, earlierRows, readEarlier, type EarlierStay } from './earlier';
import type { EarlierValues } from './form-values';

/**
 * The form's validation: every message in plain Chinese, named after the field's label, on the
 * field it concerns. The output is what the engine needs; nothing here knows a policy rule.
 * The pieces are shared with the planner's and the comparison's forms.
 */

/** Text read into a value, or into the field's message: the one shape every typed field takes. */
export function readText<T>(read: (text: string) => { value: T } | { message: string }) {
  return z.pipe(
    z.string(),
    z.transform((text: string, ctx) => {
      const r = read(text);
      if ('value' in r) return r.value;
      ctx.issues.push({ code: 'custom', message: r.message, input: text });
      return z.NEVER;
    }),
  );
}

export function requiredAmount(label: string) {
  return readText((text): { value: Dec } | { message: string } => {
    const read = readAmount(text);
    if (read && 'value' in read) return read;
    return { message: read ? amountMessage(label, read.problem) : `请填写${label}` };
  });
}

export function optionalAmount(label: string) {
  return readText((text): { value: Dec | undefined } | { message: string } => {
    const read = readAmount(text);
    if (read === null) return { value: undefined };
    return 'value' in read ? read : { message: amountMessage(label, read.problem) };
  });
}

/**
 * An event field as the form holds it, read into its choice: a select's text ('' only where the form
 * starts with nothing chosen, then undefined), a checkbox's state (checked: its one value).
 */
function detailField<K extends EventFieldKey>(key: K): z.ZodMiniType<Chosen<K>, HeldDetails[K]> {
  const f: EventField = EVENT_FIELDS[key];
  if (f.input === 'checkbox') return z.pipe(z.boolean(), z.transform((on: boolean) => choiceOf(key, on))) as never;
  const texts = [...(f.initial === undefined ? [''] : []), ...f.values.map(String)];
  return z.pipe(z.enum(texts as [string, ...string[]], { error: `请选择${f.label}` }), z.transform((text: string) => choiceOf(key, text))) as never;
}

/** A field's choice once read: always one where the form starts with one chosen. */
type Chosen<K extends EventFieldKey> = 'initial' extends keyof (typeof EVENT_FIELDS)[K] ? EventFieldValue<K> : EventFieldValue<K> | undefined;

export const hospitalLevelField = detailField('hospitalLevel');
export const facilityField = detailField('facility');
export const awayField = detailField('away');

export const admissionField = readText<number>((text) => {
  const n = readCount(text);
  return n !== null && isAdmission(n) ? { value: n } : { message: `本年第几次住院请填写 1 到 ${MAX_ADMISSION} 之间的整数，例如 1` };
});

/** An admission number for the benefits that count none: whatever the hidden field holds, 1. */
const noAdmission = z.pipe(z.string(), z.transform(() => 1));

/** The date of the event, in its benefit's words (住院日期, 就诊日期…). */
export function dateField(word: string) {
  return z.string().check(
    z.refine((d: string) => d !== '', `请选择${word}`),
    z.refine((d: string) => d === '' || isCalendarDate(d), `${word}无效，请重新选择`),
  );
}

/** The three amounts of a bill, checked together, the total in its benefit's words. */
export function billFields(total: string) {
  return {
    totalCost: requiredAmount(total),
    outOfScope: optionalAmount('全自费金额'),
    selfPayFirst: optionalAmount('先行自付金额'),
  };
}

/** 全自费 + 先行自付 ≤ 总费用, shown under the part typed last in the form's order, next to the figures to correct. */
export function checkBillParts(
  ctx: z.core.$RefinementCtx,
  bill: { totalCost: Dec; outOfScope?: Dec; selfPayFirst?: Dec },
  total: string,
  path: (string | number)[] = [],
) {
  if (!partsFit(bill)) {
    const field = bill.selfPayFirst && !bill.selfPayFirst.isZero() ? 'selfPayFirst' : 'outOfScope';
    ctx.addIssue({ code: 'custom', path: [...path, field], message: partsMessage(total) });
  }
}

/** What an event says beyond its grade and amounts, read into the bill's values. */
const detailFields = Object.fromEntries(MEDICAL_FIELD_KEYS.map((k) => [k, detailField(k)])) as { [K in MedicalFieldKey]: z.ZodMiniType<Chosen<K>, HeldDetails[K]> };

/** An event of one benefit: its date and total in that benefit's words. */
export function eventShape(benefit: Pick<Benefit, 'id' | 'words'>) {
  return {
    benefit: z.literal(benefit.id),
    date: dateField(benefit.words.date),
    hospitalLevel: hospitalLevelField,
    facility: facilityField,
    ...detailFields,
    ...billFields(benefit.words.total),
  };
}

/** An event's fields, one variant per benefit: the messages speak of that benefit's bill. */
export function eventUnion<S extends z.core.$ZodLooseShape>(extra: S) {
  const [first, ...rest] = RULES.benefits.map((b) => z.object({ ...extra, ...eventShape(b) }));
  return z.discriminatedUnion('benefit', [first!, ...rest], { error: '请选择就医类型' });
}

/** An event settled on its own, with which stay of the year it is: asked for stays in hospital only. */
export function admissionUnion<S extends z.core.$ZodLooseShape>(extra: S) {
  const [first, ...rest] = RULES.benefits.map((b) => z.object({ ...extra, ...eventShape(b), admission: b.id === INPATIENT ? admissionField : noAdmission }));
  return z.discriminatedUnion('benefit', [first!, ...rest], { error: '请选择就医类型' });
}

/** The fields an event's benefit requires under the version in force on its date, each chosen. */
export function checkEvent(
  ctx: z.core.$RefinementCtx,
  book: { city: string; scheme: SchemeId },
  event: ClaimEvent,
  path: (string | number)[] = [],
) {
  const benefit = RULES.benefits.find((b) => b.id === event.benefit);
  checkBillParts(ctx, event, benefit?.words.total ?? '总费用', path);
  const version = benefit && isCalendarDate(event.date) ? RULES.versionOn(book.city, book.scheme, event.date) : undefined;
  if (!benefit || !version || !(benefit.id in version.benefits)) return;
  for (const spec of benefit.fields(version, event)) {
    if (spec.required && event[spec.field] === undefined) {
      const f: { label: string; ask?: string } = EVENT_FIELDS[spec.field];
      ctx.addIssue({ code: 'custom', path: [...path, spec.field], message: `请选择${f.ask ?? f.label}` });
    }
  }
}

/** What a resident says of themselves for the 大病 maximum: each optional, read whatever the scheme (only a resident's reaches the engine). */
export const personFields = {
  continuousYears: readText<number | undefined>((text) => {
    if (!text.trim()) return { value: undefined };
    const n = readCount(text, '年');
    return n !== null && isContinuousYears(n) ? { value: n } : { message: `连续参保年数请填写 0 到 ${MAX_CONTINUOUS_YEARS} 之间的整数，例如 5；不清楚可不填` };
  }),
  noClaimLastYear: z.pipe(
    z.enum(['', 'yes', 'no'], { error: '请选择上一年度是否发生医保报销' }),
    z.transform((v: '' | 'yes' | 'no') => (v === '' ? undefined : v === 'yes')),
  ),
};

/** The person's inputs alone, read whatever else the form holds (for the links without amounts). */
export const personSaid = z.object(personFields);

const insuredFields = {
  city: z.enum(RULES.cityIds as [string, ...string[]], { error: '请选择参保城市' }),
  scheme: z.enum(SCHEMES, { error: '请选择险种' }),
  member: z.string(),
};

function checkMember(ctx: z.core.$RefinementCtx, form: { scheme: (typeof SCHEMES)[number]; member: string }) {
  if (!(membersOf(form.scheme) as string[]).includes(form.member)) {
    ctx.addIssue({ code: 'custom', path: ['member'], message: '请选择人员类别' });
  }
}

/** The choices alone (what a link without amounts carries). */
export const choicesSchema = z.pipe(
  z.object({ ...insuredFields, ...personFields, benefit: z.string(), hospitalLevel: hospitalLevelField, facility: facilityField, admission: admissionField, ...detailFields }).check(
    z.superRefine((form, ctx) => checkMember(ctx, form)),
  ),
  z.transform(<T extends { member: string }>(form: T) => ({ ...form, member: form.member as MemberId })),
);

/** The earlier stays' rows as typed; the rows this stay asks for are read once the stay's number is (readEarlier). */
const earlierField = z.array(
  z.object({ totalCost: z.string(), outOfScope: z.string(), hospitalLevel: z.enum(['', ...EVENT_FIELDS.hospitalLevel.values.map((v) => `${v}` as const)], { error: '请选择医院等级' }) }),
);

export const formSchema = z.pipe(
  admissionUnion({ ...insuredFields, ...personFields, earlier: earlierField }).check(
    z.superRefine((form, ctx) => {
      checkMember(ctx, form);
      checkEvent(ctx, form, form);
    }),
    // Checked even while another field is wrong, so a row's message shows as soon as it is typed.
    z.superRefine(
      (form, ctx) => {
        const rows = form.benefit === INPATIENT ? earlierCount(String(form.admission)) : 0;
        for (const p of readEarlier(form.earlier, rows).problems) ctx.addIssue({ code: 'custom', path: ['earlier', p.row, p.field], message: p.message });
      },
      { when: ({ value }) => Array.isArray((value as { earlier?: unknown })?.earlier) },
    ),
  ),
  z.transform(<T extends { member: string; admission: number; earlier: EarlierValues[] }>(form: T): Omit<T, 'member' | 'earlier'> & { member: MemberId; earlier: (EarlierStay | null)[] } => ({
    ...form,
    member: form.member as MemberId,
    earlier: readEarlier(form.earlier, earlierRows(form.admission)).stays,
  })),
);

export type ParsedForm = z.output<typeof formSchema>;

/**
 * The person's inputs as the engine takes them: a resident's, where the version in force raises a layer's
 * maximum for them (the page shows the fields then only); otherwise none, whatever the hidden fields hold.
 */
export function personInputs(form: { scheme: SchemeId; continuousYears?: number; noClaimLastYear?: boolean }, version: Version | undefined): PersonInputs {
  return form.scheme === 'resident' && version && readsPersonInputs(version) ? personOf(form) : {};
}
