// Must stay first: see zod-config.ts.
import '@/components/forms/zod-config';
import * as z from 'zod/mini';
import { readAmount } from '@/lib/base/amount-text';
import { isCalendarDate } from '@/lib/base/dates';
import type { Dec } from '@/lib/base/money';
import { bookPath, fullPath } from '@/lib/model/address';
import { isAdmission } from '@/lib/model/claim-rules';
import { MEDICAL_FIELD_KEYS, readChoice, type MedicalFieldKey } from '@/lib/model/field-text';
import { EVENT_FIELDS, heldOf, INPATIENT, type EventDetails, type EventFieldKey, type EventFieldValue } from '@/lib/model/fields';
import { isContinuousYears, PERSON_FIELDS, personOf as givenOf, type PersonInputs } from '@/lib/model/person';
import { MEMBERS } from '@/lib/model/labels';
import { overrideProblem, sameValue, type Override } from '@/lib/model/overrides';
import type { CityId, SchemeId, Version } from '@/lib/model/types';
import type { Bill } from '@/lib/engine/bill';
import { fieldsOf } from '@/components/forms/event';
import type { EventValues } from '@/components/forms/form-values';
import { RULES } from '@/lib/rules';
import { editOf, readEdit } from '@/components/what-if/edit-reading';

/**
 * What every page's share link is made of. The query string carries only choices; amounts and
 * parameter edits go only in the fragment (#…), which browsers never send to a server. Everything
 * read from a link is validated: a link is taken whole or not at all, so a tampered link opens the
 * page with its defaults and a notice, never with a figure the sender did not see. Unknown query
 * keys (WeChat adds `from=singlemessage` and the like) are ignored. Each page's own codec sits beside it.
 */

export const LINK_NOTICE = '链接中有无法识别或已被改动的内容，已按默认设置打开。';

export interface LinkReading<T> {
  /** null: the link carried nothing for this page, or something invalid (then `notice` says so). */
  state: T | null;
  notice: string | null;
}

const MAX_EDITS = 64;

// ---------- pieces ----------

/** An event field's choice as a link writes it: its text (lib/model/fields.ts). */
function choice<K extends EventFieldKey>(key: K): z.ZodMiniType<EventFieldValue<K>, string> {
  return z.pipe(z.enum(EVENT_FIELDS[key].values.map(String) as [string, ...string[]]), z.transform((text: string) => readChoice(key, text)!));
}

export const level = choice('hospitalLevel');
export const facility = choice('facility');
export const away = choice('away');
export const admission = z.pipe(z.string().check(z.regex(/^\d{1,3}$/)), z.transform(Number)).check(z.refine(isAdmission));
export const date = z.string().check(z.refine(isCalendarDate));
export const member = z.enum(MEMBERS);

/**
 * What a resident says of themselves for the 大病 maximum, as choices in a link's query: `years` (continuous
 * years of enrolment) and `noClaim` (1: the fund paid nothing last year, 0: it did). A person's choices like
 * the member type, no amount; only a resident's link may carry them.
 */
export const personQuery = {
  [PERSON_FIELDS.continuousYears.link]: z.optional(z.pipe(z.string().check(z.regex(/^\d{1,3}$/)), z.transform(Number)).check(z.refine(isContinuousYears))),
  [PERSON_FIELDS.noClaimLastYear.link]: z.optional(z.pipe(z.enum(['1', '0']), z.transform((v: '1' | '0') => v === '1'))),
} as { years: z.ZodMiniOptional<z.ZodMiniType<number, string>>; noClaim: z.ZodMiniOptional<z.ZodMiniType<boolean, string>> };
export const PERSON_KEYS = [PERSON_FIELDS.continuousYears.link, PERSON_FIELDS.noClaimLastYear.link] as const;

/** The person's inputs a link's query carried, or null where a link for another scheme carries any (tampering). */
export function personOf(scheme: SchemeId, q: { years?: number; noClaim?: boolean }): PersonInputs | null {
  const person = givenOf({ continuousYears: q.years, noClaimLastYear: q.noClaim });
  return Object.keys(person).length && scheme !== 'resident' ? null : person;
}

/** The person's inputs as a link's query writes them. */
export function personLinkQuery(p: PersonInputs): { years?: number; noClaim?: string } {
  return { years: p.continuousYears, noClaim: p.noClaimLastYear === undefined ? undefined : p.noClaimLastYear ? '1' : '0' };
}

/** An amount as the page's inputs read it (at most two decimals, at most 100,000,000). */
export const amount = z.pipe(
  z.string(),
  z.transform((text: string, ctx): Dec => {
    const read = readAmount(text);
    if (read && 'value' in read) return read.value;
    ctx.issues.push({ code: 'custom', message: 'amount', input: text });
    return z.NEVER;
  }),
);

export const json = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.string(),
    z.transform((text: string, ctx): z.output<T> => {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        ctx.issues.push({ code: 'custom', message: 'json', input: text });
        return z.NEVER;
      }
      const parsed = schema.safeParse(data);
      if (parsed.success) return parsed.data as z.output<T>;
      ctx.issues.push({ code: 'custom', message: 'shape', input: text });
      return z.NEVER;
    }),
  );

/** Parameter edits: [{path, value}] with full paths; whether each fits the version is checked by overridesFit. */
export const edits = json(z.array(z.strictObject({ path: z.string().check(z.maxLength(200)), value: z.unknown() })).check(z.maxLength(MAX_EDITS)));

/**
 * The edits as overrides of the version in force on `on`: each names a parameter of it, holds a value
 * it can take and reads back exactly as the inputs would write it, each parameter once. Null when any fails.
 */
export function overridesFit(city: CityId, scheme: SchemeId, on: string, list: { path: string; value: unknown }[]): Override[] | null {
  if (list.length === 0) return [];
  const version = RULES.versionOn(city, scheme, on);
  if (!version) return null;
  const overrides: Override[] = [];
  for (const { path, value } of list) {
    const local = bookPath(city, scheme, path);
    const param = local === null ? undefined : version.params.get(local);
    if (!param || overrideProblem(version, { path: param.path, value })) return null;
    if (!sameValue(readEdit(editOf(param.shape, value as never)).value, value)) return null;
    overrides.push({ path: param.path, value });
  }
  return new Set(overrides.map((o) => o.path)).size === overrides.length ? overrides : null;
}

/** The edits as a link carries them: full paths, so a link names its parameters without the page around it. */
export function editsText(city: CityId, scheme: SchemeId, overrides: readonly Override[]): string | undefined {
  return overrides.length ? JSON.stringify(overrides.map((o) => ({ path: fullPath(city, scheme, o.path), value: o.value }))) : undefined;
}

// ---------- reading and writing ----------

function params(text: string, prefix: string): URLSearchParams {
  return new URLSearchParams(text.startsWith(prefix) ? text.slice(prefix.length) : text);
}

/** The known keys of a query string, first value each; a key given twice is tampering. */
function pick(search: URLSearchParams, keys: readonly string[]): Record<string, string> | 'twice' {
  const out: Record<string, string> = {};
  for (const key of keys) {
    const all = search.getAll(key);
    if (all.length > 1) return 'twice';
    if (all.length === 1) out[key] = all[0]!;
  }
  return out;
}

/** A whole fragment: every key known, each once. */
function entries(hash: URLSearchParams): Record<string, string> | 'bad' {
  const out: Record<string, string> = {};
  for (const [key, value] of hash) {
    if (key in out) return 'bad';
    out[key] = value;
  }
  return out;
}

export function readLink<Q, F, T>(
  search: string,
  hash: string,
  query: { keys: readonly string[]; schema: z.ZodMiniType<Q> },
  fragment: z.ZodMiniType<F>,
  combine: (q: Q, f: F | undefined) => T | null,
): LinkReading<T> {
  const invalid = { state: null, notice: LINK_NOTICE };
  const q = pick(params(search, '?'), query.keys);
  const h = params(hash, '#');
  const hasHash = [...h.keys()].length > 0;
  if (q === 'twice') return invalid;
  if (Object.keys(q).length === 0 && !hasHash) return { state: null, notice: null };
  const parsedQuery = query.schema.safeParse(q);
  if (!parsedQuery.success) return invalid;
  let parsedFragment: F | undefined;
  if (hasHash) {
    const all = entries(h);
    const parsed = all === 'bad' ? null : fragment.safeParse(all);
    if (!parsed?.success) return invalid;
    parsedFragment = parsed.data;
  }
  const state = combine(parsedQuery.data, parsedFragment);
  return state ? { state, notice: null } : invalid;
}

export function query(values: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== '') search.set(k, String(v));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The planner's address with its choices (city, scheme, member type, a resident's person inputs): its share link's, and the estimator's link to it. */
export function plannerPath(link: { city: CityId; scheme: SchemeId; member: string; person?: PersonInputs }): string {
  return `/planner/${query({ city: link.city, scheme: link.scheme, member: link.member, ...personLinkQuery(link.person ?? {}) })}`;
}

/** Amounts as plain digits (no exponent), as the inputs take them back. */
export const plain = (d: Dec | undefined) => d?.toFixed();

/** The bill's amounts in a fragment, the edits after them. */
export interface BillAmounts {
  date: string;
  totalCost: Dec;
  outOfScope?: Dec;
  selfPayFirst?: Dec;
}

export const billFields = { date, total: amount, outOfScope: z.optional(amount), selfPayFirst: z.optional(amount) };

export function billHash(a: BillAmounts, editsJson?: string, details: LinkDetails = {}): string {
  return `#${query({ ...detailsQuery(details), date: a.date, total: plain(a.totalCost), outOfScope: plain(a.outOfScope), selfPayFirst: plain(a.selfPayFirst), edits: editsJson }).slice(1)}`;
}

/**
 * What an event says besides its grade and amounts: the benefit and its details. Which benefit a
 * person claims (a birth, a chronic disease) is a medical fact, so links carry these after '#' only.
 */
export type LinkDetails = { benefit?: string } & Pick<EventDetails, MedicalFieldKey>;

/** The details as text in a fragment or in a planner row's JSON: the CLI's names and values, all strings. */
export const detailFields = {
  benefit: z.optional(z.enum(RULES.benefits.map((b) => b.id) as [string, ...string[]])),
  ...(Object.fromEntries(MEDICAL_FIELD_KEYS.map((k) => [k, z.optional(choice(k))])) as { [K in MedicalFieldKey]: z.ZodMiniOptional<z.ZodMiniType<EventFieldValue<K>, string>> }),
};

/** The details a link may carry for its benefit: each one the benefit reads. */
export function detailsFit(d: LinkDetails): boolean {
  const benefit = RULES.benefits.find((b) => b.id === (d.benefit ?? INPATIENT))!;
  const reads: readonly EventFieldKey[] = [...benefit.inputs.required, ...benefit.inputs.optional];
  return MEDICAL_FIELD_KEYS.every((k) => d[k] === undefined || reads.includes(k));
}

/** The details as a link writes them: the inpatient default and what saying nothing means (本地) left out. */
export function detailsQuery(d: LinkDetails): Record<string, string | undefined> {
  const unsaid = (k: MedicalFieldKey) => (EVENT_FIELDS[k] as { unsaid?: unknown }).unsaid;
  return {
    benefit: d.benefit === INPATIENT ? undefined : d.benefit,
    ...Object.fromEntries(MEDICAL_FIELD_KEYS.map((k) => [k, d[k] === undefined || d[k] === unsaid(k) ? undefined : String(d[k])])),
  };
}

/** The details present in a parsed link, nothing else. */
export function detailsOf(d: LinkDetails): LinkDetails {
  return Object.fromEntries(Object.entries(d).filter(([k, v]) => v !== undefined && (k === 'benefit' || (MEDICAL_FIELD_KEYS as readonly string[]).includes(k)))) as LinkDetails;
}

// ---------- an event's details between the forms and the links ----------

/** A link's details as the form holds them. */
export function detailValues(d: LinkDetails): Partial<EventValues> {
  return {
    ...(d.benefit ? { benefit: d.benefit } : {}),
    ...Object.fromEntries(MEDICAL_FIELD_KEYS.flatMap((k) => (d[k] === undefined ? [] : [[k, heldOf(k, d[k])]]))),
  };
}

/** The details a link carries for an event: its benefit, and those details its rules read under the version in force. */
export function linkDetails(event: Partial<Bill>, version: Version | undefined): LinkDetails {
  const read = version ? fieldsOf(version, event).map((f) => f.field) : [];
  return {
    benefit: event.benefit ?? INPATIENT,
    ...Object.fromEntries(read.flatMap((f) => (!EVENT_FIELDS[f].medical || event[f] === undefined ? [] : [[f, event[f]]]))),
  };
}
