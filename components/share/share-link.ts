// Must stay first: see zod-config.ts.
import '@/components/estimator/zod-config';
import * as z from 'zod/mini';
import { readAmount } from '@/lib/amount-text';
import { isCalendarDate } from '@/lib/dates';
import { CITIES, EMPLOYEE_MEMBERS, membersOf, RESIDENT_MEMBERS, SCHEMES } from '@/lib/labels';
import { ZERO, type Dec } from '@/lib/money';
import type { Override } from '@/lib/overrides';
import { versionOn } from '@/lib/rules';
import type { CityId, EmployeeMember, Facility, HospitalLevel, MemberId, ResidentMember, SchemeId } from '@/lib/types';
import { editOf, fitsVersion, readEdit, sameValue } from '@/components/what-if/edit-reading';
import { editKey } from '@/components/what-if/edits';
import { MAX_ROWS } from '@/components/planner/planner-values';

/**
 * Share links. The query string carries only choices (city, scheme, member type, grade, admission
 * number); amounts and parameter edits go only in the fragment (#…), which browsers never send to a
 * server. Everything read from a link is validated here: a link is taken whole or not at all, so a
 * tampered link opens the page with its defaults and a notice, never with a figure the sender did not see.
 * Unknown query keys (WeChat adds `from=singlemessage` and the like) are ignored.
 */

export const LINK_NOTICE = '链接中有无法识别或已被改动的内容，已按默认设置打开。';

export interface LinkReading<T> {
  /** null: the link carried nothing for this page, or something invalid (then `notice` says so). */
  state: T | null;
  notice: string | null;
}

const MAX_ADMISSION = 366;
const MAX_EDITS = 64;

// ---------- pieces ----------

const level = z.pipe(z.enum(['1', '2', '3']), z.transform((l: '1' | '2' | '3') => Number(l) as HospitalLevel));
const facility = z.enum(['grassroots', 'no-essential-drugs']);
const admission = z
  .pipe(z.string().check(z.regex(/^\d{1,3}$/)), z.transform(Number))
  .check(z.refine((n: number) => n >= 1 && n <= MAX_ADMISSION));
const date = z.string().check(z.refine(isCalendarDate));
const member = z.enum([...EMPLOYEE_MEMBERS, ...RESIDENT_MEMBERS]);
/** An amount as the page's inputs read it (at most two decimals, at most 100,000,000). */
const amount = z.pipe(
  z.string(),
  z.transform((text: string, ctx): Dec => {
    const read = readAmount(text);
    if (read && 'value' in read) return read.value;
    ctx.issues.push({ code: 'custom', message: 'amount', input: text });
    return z.NEVER;
  }),
);

const num = z.number().check(z.gte(0), z.lte(100_000_000));
const rate = z.number().check(z.gte(0), z.lte(1));
const id = z.string().check(z.maxLength(40));
/** The shape of an Override; whether it fits the version and reads back the same is checked after. */
const override = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('deductible'), cls: id, grade: id, value: num }),
  z.strictObject({ kind: z.literal('coverage'), cls: id, value: z.strictObject({ kind: z.enum(['fundCap', 'eligibleBand']), amount: num }) }),
  z.strictObject({
    kind: z.literal('segments'),
    cls: id,
    grade: id,
    value: z.array(z.strictObject({ upTo: z.nullable(num), rate: z.nullable(rate) })).check(z.minLength(1), z.maxLength(20)),
  }),
  z.strictObject({
    kind: z.literal('layer'),
    layer: id,
    value: z.strictObject({
      bands: z.array(z.strictObject({ from: num, to: z.nullable(num), rate })).check(z.minLength(1), z.maxLength(20)),
      annualMax: num,
    }),
  }),
  z.strictObject({
    kind: z.literal('repeat'),
    value: z
      .array(z.strictObject({ from: z.int().check(z.gte(2), z.lte(MAX_ADMISSION)), factor: z.optional(rate), amount: z.optional(num) }))
      .check(z.maxLength(20)),
  }),
  z.strictObject({ kind: z.literal('member'), member, value: id }),
]);

const json = <T extends z.ZodMiniType>(schema: T) =>
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

const overrides = json(z.array(override).check(z.maxLength(MAX_EDITS)));

/** Overrides that name parameters of the version in force and read back exactly as written, each target once. */
function overridesFit(city: CityId, scheme: SchemeId, on: string, list: Override[]): boolean {
  if (list.length === 0) return true;
  const version = versionOn(city, scheme, on);
  if (!version) return false;
  const keys = new Set(list.map((o) => editKey(version.id, o)));
  if (keys.size !== list.length) return false;
  return list.every((o) => {
    if (!fitsVersion(version, o)) return false;
    const back = readEdit(editOf(o)).override;
    return back !== null && sameValue(back, o);
  });
}

const partsFit = (b: { total: Dec; outOfScope?: Dec; selfPayFirst?: Dec }) =>
  (b.outOfScope ?? ZERO).plus(b.selfPayFirst ?? ZERO).lessThanOrEqualTo(b.total);

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

function read<Q, F, T>(
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

function query(values: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== '') search.set(k, String(v));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Amounts as plain digits (no exponent), as the inputs take them back. */
const plain = (d: Dec | undefined) => d?.toFixed();

// ---------- the estimator ----------

export interface EstimatorChoices {
  member: MemberId;
  hospitalLevel: HospitalLevel;
  facility?: Facility;
  admission: number;
}

export interface BillAmounts {
  date: string;
  totalCost: Dec;
  outOfScope?: Dec;
  selfPayFirst?: Dec;
}

export interface EstimatorLink {
  choices: EstimatorChoices;
  /** Only from the fragment. */
  amounts?: BillAmounts & { overrides: Override[] };
}

const choiceKeys = ['member', 'level', 'facility', 'admission'] as const;
const choicesSchema = z.strictObject({
  member: z.optional(member),
  level: z.optional(level),
  facility: z.optional(facility),
  admission: z.optional(admission),
});
const billFields = { date, total: amount, outOfScope: z.optional(amount), selfPayFirst: z.optional(amount) };
const billFragment = z.strictObject({ ...billFields, edits: z.optional(overrides) });

/** Choices default as the page's form does: the scheme's first member type, 三级, first admission. */
function choicesOf(scheme: SchemeId, q: z.output<typeof choicesSchema>): EstimatorChoices | null {
  const m = q.member ?? membersOf(scheme)[0]!;
  if (!membersOf(scheme).includes(m)) return null;
  const hospitalLevel = q.level ?? 3;
  if (q.facility && hospitalLevel !== 1) return null;
  return { member: m, hospitalLevel, ...(q.facility ? { facility: q.facility } : {}), admission: q.admission ?? 1 };
}

export function readEstimatorLink(city: CityId, scheme: SchemeId, search: string, hash: string): LinkReading<EstimatorLink> {
  return read(search, hash, { keys: choiceKeys, schema: choicesSchema }, billFragment, (q, f) => {
    const choices = choicesOf(scheme, q);
    if (!choices) return null;
    if (!f) return { choices };
    const bill = { total: f.total, outOfScope: f.outOfScope, selfPayFirst: f.selfPayFirst };
    if (!partsFit(bill) || !overridesFit(city, scheme, f.date, f.edits ?? [])) return null;
    return { choices, amounts: { date: f.date, totalCost: f.total, outOfScope: f.outOfScope, selfPayFirst: f.selfPayFirst, overrides: f.edits ?? [] } };
  });
}

function choicesQuery(c: EstimatorChoices) {
  return { member: c.member, level: c.hospitalLevel, facility: c.facility, admission: c.admission };
}

function billHash(a: BillAmounts, edits: Override[] = []): string {
  return `#${query({
    date: a.date,
    total: plain(a.totalCost),
    outOfScope: plain(a.outOfScope),
    selfPayFirst: plain(a.selfPayFirst),
    edits: edits.length ? JSON.stringify(edits) : undefined,
  }).slice(1)}`;
}

/** The estimator's preset page for the city and scheme, with the choices; the amounts and edits only after '#'. */
export function estimatorLink(city: CityId, scheme: SchemeId, link: EstimatorLink): string {
  const path = `/${city}/${scheme}/${query(choicesQuery(link.choices))}`;
  return link.amounts ? path + billHash(link.amounts, link.amounts.overrides) : path;
}

// ---------- the year planner ----------

export interface PlannedBill extends BillAmounts {
  hospitalLevel: HospitalLevel;
  facility?: Facility;
}

export interface PlannerLink {
  city: CityId;
  scheme: SchemeId;
  member: MemberId;
  /** Only from the fragment. */
  year?: { admissions: PlannedBill[]; overrides: Override[] };
}

const plannerQuery = z.strictObject({ city: z.optional(z.enum(CITIES)), scheme: z.optional(z.enum(SCHEMES)), member: z.optional(member) });
const plannedBill = z.strictObject({
  date,
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  facility: z.optional(facility),
  total: amount,
  outOfScope: z.optional(amount),
  selfPayFirst: z.optional(amount),
});
const plannerFragment = z.strictObject({
  admissions: json(z.array(plannedBill).check(z.minLength(1), z.maxLength(MAX_ROWS))),
  edits: z.optional(overrides),
});

export function readPlannerLink(search: string, hash: string): LinkReading<PlannerLink> {
  return read(search, hash, { keys: ['city', 'scheme', 'member'], schema: plannerQuery }, plannerFragment, (q, f) => {
    const city = q.city ?? 'weihai';
    const scheme = q.scheme ?? 'employee';
    const m = q.member ?? membersOf(scheme)[0]!;
    if (!membersOf(scheme).includes(m)) return null;
    if (!f) return { city, scheme, member: m };
    const bills = f.admissions;
    if (bills.some((b) => !partsFit(b) || (b.facility && b.level !== 1))) return null;
    if (new Set(bills.map((b) => b.date.slice(0, 4))).size > 1) return null;
    const last = bills.map((b) => b.date).sort().at(-1)!;
    if (!overridesFit(city, scheme, last, f.edits ?? [])) return null;
    const admissions = bills.map((b) => ({
      date: b.date,
      hospitalLevel: b.level,
      ...(b.facility ? { facility: b.facility } : {}),
      totalCost: b.total,
      outOfScope: b.outOfScope,
      selfPayFirst: b.selfPayFirst,
    }));
    return { city, scheme, member: m, year: { admissions, overrides: f.edits ?? [] } };
  });
}

export function plannerLink(link: PlannerLink): string {
  const path = `/planner/${query({ city: link.city, scheme: link.scheme, member: link.member })}`;
  if (!link.year) return path;
  const admissions = link.year.admissions.map((a) => ({
    date: a.date,
    level: a.hospitalLevel,
    ...(a.facility ? { facility: a.facility } : {}),
    total: plain(a.totalCost),
    ...(a.outOfScope ? { outOfScope: plain(a.outOfScope) } : {}),
    ...(a.selfPayFirst ? { selfPayFirst: plain(a.selfPayFirst) } : {}),
  }));
  const edits = link.year.overrides;
  return `${path}#${query({ admissions: JSON.stringify(admissions), edits: edits.length ? JSON.stringify(edits) : undefined }).slice(1)}`;
}

// ---------- the comparison ----------

export interface CompareLink {
  members: { employee: EmployeeMember; resident: ResidentMember };
  hospitalLevel: HospitalLevel;
  facility?: Facility;
  admission: number;
  /** Only from the fragment. */
  bill?: BillAmounts;
}

const compareQuery = z.strictObject({
  employee: z.optional(z.enum(EMPLOYEE_MEMBERS)),
  resident: z.optional(z.enum(RESIDENT_MEMBERS)),
  level: z.optional(level),
  facility: z.optional(facility),
  admission: z.optional(admission),
});
const compareFragment = z.strictObject(billFields);

export function readCompareLink(search: string, hash: string): LinkReading<CompareLink> {
  return read(search, hash, { keys: ['employee', 'resident', 'level', 'facility', 'admission'], schema: compareQuery }, compareFragment, (q, f) => {
    const hospitalLevel = q.level ?? 3;
    if (q.facility && hospitalLevel !== 1) return null;
    const choices: CompareLink = {
      members: { employee: q.employee ?? EMPLOYEE_MEMBERS[0]!, resident: q.resident ?? RESIDENT_MEMBERS[0]! },
      hospitalLevel,
      ...(q.facility ? { facility: q.facility } : {}),
      admission: q.admission ?? 1,
    };
    if (!f) return choices;
    const bill = { total: f.total, outOfScope: f.outOfScope, selfPayFirst: f.selfPayFirst };
    if (!partsFit(bill)) return null;
    return { ...choices, bill: { date: f.date, totalCost: f.total, outOfScope: f.outOfScope, selfPayFirst: f.selfPayFirst } };
  });
}

export function compareLink(link: CompareLink): string {
  const path = `/compare/${query({
    employee: link.members.employee,
    resident: link.members.resident,
    level: link.hospitalLevel,
    facility: link.facility,
    admission: link.admission,
  })}`;
  return link.bill ? path + billHash(link.bill) : path;
}
