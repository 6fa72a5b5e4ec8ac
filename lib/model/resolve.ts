import { PATHS } from './address';
import { MEMBER_LABELS, membersOf } from './labels';
import { classDeclarations, declarations } from './tree';
import type { BenefitTree, Book, Dated, Entry, MemberId, Param, ParamDecl, Period, Version } from './types';

/**
 * What a book says on a date. Only the period in force that day counts, and within it the latest
 * entry of each parameter that has begun and not ended: nothing carries back before a first entry,
 * nothing past a period's end or an entry's `to`.
 */

export function periodOn(book: Book, date: string): Period | undefined {
  return book.periods.find((p) => p.from <= date && (p.to === null || date <= p.to));
}

const NONE: Dated = [];

/** The entry of a parameter in force on a date within its period, or undefined in a gap. */
export function entryOn(period: Period, path: string, date: string): Entry | undefined {
  let found: Entry | undefined;
  for (const e of period.params[path] ?? NONE) {
    const from = e.from ?? period.from;
    if (from <= date && (e.to === undefined || date <= e.to) && (!found || from >= (found.from ?? period.from))) found = e;
  }
  return found;
}

const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const TURNS = new WeakMap<Period, string[]>();

/**
 * A period's turns, ascending: its first day, and every day inside it on which an entry begins or
 * the day after one ends. Each begins a stretch with the same entries in force throughout.
 */
export function stretchStarts(period: Period): readonly string[] {
  let turns = TURNS.get(period);
  if (!turns) {
    const days = Object.values(period.params).flatMap((data) => data.flatMap((e) => [e.from ?? period.from, ...(e.to === undefined ? [] : [dayAfter(e.to)])]));
    turns = [...new Set([period.from, ...days])].filter((d) => d >= period.from && (period.to === null || d <= period.to)).sort();
    TURNS.set(period, turns);
  }
  return turns;
}

/**
 * The first day of the stretch of its period that a date falls in: the latest turn not after it.
 * Between two turns the same entries are in force, so every date of a stretch resolves to the
 * version of its first day, and a batch of claims resolves each stretch once, not each date.
 */
export function stretchStart(period: Period, date: string): string {
  let start = period.from;
  for (const turn of stretchStarts(period)) {
    if (turn > date) break;
    start = turn;
  }
  return start;
}

const GAP_NOTE = '这一日期没有已知数值：来源给出的数值尚未开始或已经结束。';

function paramOf(decl: ParamDecl, period: Period, date: string): Param {
  const e = entryOn(period, decl.path, date);
  const later = (period.params[decl.path] ?? NONE)
    .filter((x) => (x.from ?? period.from) > date)
    .map((x) => ({ from: x.from!, value: x.value, level: x.level, cite: x.cite, ...(x.note ? { note: x.note } : {}) }));
  const ahead = later.length ? { later } : {};
  // In a gap, `from` is the day asked: resolve() asks on the first day of the stretch, the first day without a value.
  if (!e) return { ...decl, value: null, level: 'unknown', cite: [], note: GAP_NOTE, from: date, ...ahead };
  return { ...decl, value: e.value, level: e.level, cite: e.cite, ...(e.note ? { note: e.note } : {}), from: e.from ?? period.from, ...ahead };
}

export function resolvePeriod(book: Book, period: Period, date: string, benefits: readonly BenefitTree[]): Version {
  const params = new Map<string, Param>();
  for (const decl of declarations(period, book.scheme, benefits)) {
    if (period.params[decl.path] !== undefined) params.set(decl.path, paramOf(decl, period, date));
  }
  const members = membersOf(book.scheme).filter((m) => params.has(PATHS.member(m)));
  // A member type no source maps to a class gets a class of its own, every value of which is unknown:
  // asked for with the reason the mapping gives, and replaced once the person picks a class.
  for (const member of members) {
    const mapping = params.get(PATHS.member(member))!;
    if (mapping.value !== null) continue;
    for (const decl of classDeclarations(period, standInClass(member), benefits)) {
      params.set(decl.path, { ...decl, value: null, level: 'unknown', cite: mapping.cite, ...(mapping.note ? { note: mapping.note } : {}), from: mapping.from, standIn: true });
    }
  }
  return {
    id: period.id,
    city: book.city,
    cityLabel: book.cityLabel,
    scheme: book.scheme,
    title: period.title,
    validFrom: period.from,
    validTo: period.to,
    level: period.level,
    documents: period.documents,
    classes: period.classes,
    grades: period.grades,
    fund: period.fund,
    layers: period.layers,
    benefits: period.benefits,
    interpretations: period.interpretations,
    members,
    params,
  };
}

/** The class a member type stands in for when no source says which class it gets: its id is the member type's. */
export function standInClass(member: MemberId) {
  return { id: member, label: MEMBER_LABELS[member] };
}

/** The version in force on an ISO date, or undefined when no rule is known for that day. */
export function resolve(book: Book, date: string, benefits: readonly BenefitTree[]): Version | undefined {
  const period = periodOn(book, date);
  return period && resolvePeriod(book, period, stretchStart(period, date), benefits);
}
