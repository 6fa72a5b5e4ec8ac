// Must stay first: see zod-config.ts.
import '@/components/forms/zod-config';
import { zodResolver } from '@hookform/resolvers/zod';
import type { DeepPartialSkipArrayKey, Resolver } from 'react-hook-form';
import * as z from 'zod/mini';
import { todayInShanghai } from '@/lib/base/dates';
import { EstimateError } from '@/lib/base/errors';
import { EMPLOYEE_MEMBERS, MEMBER_LABELS, RESIDENT_MEMBERS, SCHEME_LABELS, SCHEMES } from '@/lib/model/labels';
import { money } from '@/lib/base/money';
import type { BillField, FieldSpec } from '@/lib/engine/benefit';
import { figureLevel, type FigureLevel, type Provenance } from '@/lib/engine/provenance';
import { estimateYear } from '@/lib/engine/year';
import { classOf, gradeOf } from '@/lib/model/version';
import { RULES } from '@/lib/rules';
import { choicesOfField, EVENT_FIELDS } from '@/lib/model/fields';
import type { CityId, MemberId, SchemeId, Trust } from '@/lib/model/types';
import { benefitOf, billOfEvent, choicesOf, fieldsOf, versionFor } from '@/components/forms/event';
import { admissionField, admissionUnion, checkBillParts, facilityField, hospitalLevelField } from '@/components/forms/form-schema';
import { detailsOf, detailValues, linkDetails, type LinkDetails } from '@/components/share/link-codec';
import type { Incomplete } from '@/components/ui/outcome';
import { estimatorLink } from '@/components/estimator/link';
import { compareLink, readCompareLink } from './link';
import { initialCompareValues, type CompareValues } from './compare-values';

/** The comparison's engine side: the same bill through each city's and scheme's rules, loaded after the page's first paint. */

type Watched = DeepPartialSkipArrayKey<CompareValues>;

const memberFields = {
  employee: z.enum(EMPLOYEE_MEMBERS, { error: '请选择职工医保人员类别' }),
  resident: z.enum(RESIDENT_MEMBERS, { error: '请选择居民医保人员类别' }),
};

/** The choices alone (what a link without amounts carries). */
const choicesSchema = z.object({ ...memberFields, benefit: z.string(), hospitalLevel: hospitalLevelField, facility: facilityField, admission: admissionField });

/** The bill, checked as on the estimator; which details each version needs is each column's to say. */
const compareSchema = admissionUnion(memberFields).check(
  z.superRefine((form, ctx) => checkBillParts(ctx, form, RULES.benefits.find((b) => b.id === form.benefit)?.words.total ?? '总费用')),
);

type ParsedCompare = z.output<typeof compareSchema>;

export const resolver: Resolver<CompareValues> = zodResolver(compareSchema, undefined, { raw: true });

export const today = todayInShanghai;

/** The form this page saved on this device, if this release can read it. */
export { readFormOnly as readSaved } from '@/components/forms/saved-schema';

export interface CompareColumn {
  city: CityId;
  scheme: SchemeId;
  /** "威海 · 职工医保" */
  title: string;
  member: string;
  /** level: the version's, never above the least trusted source the figure used. */
  version: { id: string; title: string; level: FigureLevel; validFrom: string; validTo: string | null } | null;
  /** The grade the version settles this hospital as. */
  grade: string | null;
  outcome:
    | { kind: 'estimate'; outOfPocket: string; fund: string; supplements: { name: string; amount: string; level: Trust }[]; provenance: Provenance }
    | { kind: 'refusal'; reason: string; missing: string[]; supplyAt: string | null };
  /** Where the figures rest on reported values or leave something out, in words. */
  notes: string[];
}

export type CompareOutcome = Incomplete | { kind: 'columns'; columns: CompareColumn[] };

const BOOKS = SCHEMES.flatMap((scheme) => RULES.cityIds.map((city) => ({ city, scheme })));

/** Its six books, built on first use: each in a task of its own before the first render (load-runtime.ts) rather than all within it. */
export const buildBooks = BOOKS.map(({ city, scheme }) => () => RULES.book(city, scheme));

/** What the form shows besides its fixed fields: every detail any of the six versions in force reads, and the benefits none of them has. */
export interface CompareContext {
  fields: FieldSpec[] | null;
  unavailable: Record<string, string>;
}

export function describe(values: Watched): CompareContext {
  const versions = BOOKS.flatMap(({ city, scheme }) => versionFor(city, scheme, values.date) ?? []);
  if (versions.length === 0) return { fields: null, unavailable: {} };
  const event = choicesOf(values);
  const fields: FieldSpec[] = [];
  for (const version of versions) {
    const specs = fieldsOf(version, event);
    specs.forEach((spec, i) => {
      const at = fields.findIndex((f) => f.field === spec.field);
      const seen = fields[at];
      const choices = spec.field === 'facility' ? FACILITIES_ANYWHERE : [...(seen?.choices ?? []), ...(spec.choices ?? []).filter((c) => !seen?.choices?.some((d) => d.value === c.value))];
      // A detail one city requires is asked for; the columns that do not read it leave it out.
      const merged = { field: spec.field, required: (seen?.required ?? false) || spec.required, choices };
      if (seen) fields[at] = merged;
      else {
        // In the order the benefit's module gives: right after the last listed field that comes before it there.
        const before = specs.slice(0, i).map((s) => s.field);
        const after = Math.max(-1, ...before.map((b) => fields.findIndex((f) => f.field === b)));
        fields.splice(after + 1, 0, merged);
      }
    });
  }
  const offered = new Set(versions.flatMap((v) => Object.keys(v.benefits)));
  const unavailable = Object.fromEntries(RULES.benefits.filter((b) => !offered.has(b.id)).map((b) => [b.id, '各城市都暂无已知规定']));
  return { fields, unavailable };
}

/** The level-1 variants in words that fit every city (each version names its own; see lib/rules). */
const FACILITIES_ANYWHERE = [{ value: '', label: EVENT_FIELDS.facility.none }, ...choicesOfField('facility')];

function column(form: ParsedCompare, city: CityId, scheme: SchemeId): CompareColumn {
  const member: MemberId = scheme === 'employee' ? form.employee : form.resident;
  const version = RULES.versionOn(city, scheme, form.date);
  const bill = billOfEvent(form, version);
  const grade = version && bill.hospitalLevel ? gradeOf(version, { hospitalLevel: bill.hospitalLevel, facility: bill.facility }) : null;
  const base = {
    city,
    scheme,
    title: `${RULES.cityLabel(city)} · ${SCHEME_LABELS[scheme]}`,
    member: MEMBER_LABELS[member],
    version: version ? { id: version.id, title: version.title, level: version.level, validFrom: version.validFrom, validTo: version.validTo } : null,
    grade: grade?.label ?? null,
  };
  try {
    const result = estimateYear({ member, admissions: [bill], firstOrdinal: form.admission }, RULES.rulebook(city, scheme));
    const current = result.admissions[0]!;
    return {
      ...base,
      version: version ? { ...base.version!, level: figureLevel(version.level, result.provenance) } : null,
      outcome: {
        kind: 'estimate',
        outOfPocket: money(current.outOfPocket),
        fund: money(current.fund),
        supplements: current.supplements.map((s) => ({ name: s.name, amount: money(s.amount), level: s.level })),
        provenance: result.provenance,
      },
      // Provenance shows beside the figure; the other warnings (freshness, a layer left out) below it.
      notes: [...result.notes, ...current.notes].filter((n) => n.kind === 'warning' && n.topic !== 'provenance').map((n) => `${n.title}：${n.text}`),
    };
  } catch (error) {
    const reason = error instanceof EstimateError ? error.message : '估算时出现意外错误。';
    const unknown = error instanceof EstimateError && error.code === 'unknown-parameter' && version;
    return {
      ...base,
      outcome: {
        kind: 'refusal',
        reason,
        missing: unknown ? benefitOf(bill.benefit).missing(version, classOf(version, member).id, bill).map((m) => m.label) : [],
        // The estimator asks for exactly these values; the bill goes along after '#', as in a share link.
        supplyAt: unknown
          ? estimatorLink(city, scheme, {
              choices: { member, hospitalLevel: form.hospitalLevel, ...(form.facility && form.hospitalLevel === 1 ? { facility: form.facility } : {}), admission: form.admission },
              details: linkDetails(form, version),
              amounts: { date: form.date, totalCost: form.totalCost, outOfScope: form.outOfScope, selfPayFirst: form.selfPayFirst, overrides: [] },
            })
          : null,
      },
      notes: [],
    };
  }
}

export function compare(values: Watched): CompareOutcome {
  const parsed = compareSchema.safeParse(values);
  if (!parsed.success) return { kind: 'incomplete', reason: values.totalCost?.trim() ? 'invalid' : 'empty' };
  return { kind: 'columns', columns: BOOKS.map(({ city, scheme }) => column(parsed.data, city, scheme)) };
}

export function readLink(search: string, hash: string): { values: CompareValues | null; notice: string | null } {
  const { state, notice } = readCompareLink(search, hash);
  if (!state) return { values: null, notice };
  return {
    values: {
      ...initialCompareValues(),
      employee: state.members.employee,
      resident: state.members.resident,
      hospitalLevel: String(state.hospitalLevel) as CompareValues['hospitalLevel'],
      facility: state.facility ?? '',
      admission: String(state.admission),
      ...detailValues(state.details),
      ...(state.bill
        ? {
            date: state.bill.date,
            totalCost: state.bill.totalCost.toFixed(),
            outOfScope: state.bill.outOfScope?.toFixed() ?? '',
            selfPayFirst: state.bill.selfPayFirst?.toFixed() ?? '',
          }
        : {}),
    },
    notice: null,
  };
}

export function shareLink(values: Watched, withAmounts: boolean): string | null {
  const parsed = choicesSchema.safeParse(values);
  if (!parsed.success) return null;
  const c = parsed.data;
  const choices = {
    members: { employee: c.employee, resident: c.resident },
    hospitalLevel: c.hospitalLevel,
    ...(c.facility && c.hospitalLevel === 1 ? { facility: c.facility } : {}),
    admission: c.admission,
    details: comparedDetails(values),
  };
  if (!withAmounts) return compareLink(choices);
  const bill = compareSchema.safeParse(values);
  if (!bill.success) return null;
  const b = bill.data;
  return compareLink({ ...choices, bill: { date: b.date, totalCost: b.totalCost, outOfScope: b.outOfScope, selfPayFirst: b.selfPayFirst } });
}

/** The benefit and the details any of the six versions reads, as a link carries them. */
function comparedDetails(values: Watched): LinkDetails {
  const event = choicesOf(values);
  const read = new Set((describe(values).fields ?? []).map((f) => f.field));
  return detailsOf({ ...Object.fromEntries(Object.entries(event).filter(([k]) => read.has(k as BillField) && k !== 'hospitalLevel' && k !== 'facility')), benefit: event.benefit });
}
