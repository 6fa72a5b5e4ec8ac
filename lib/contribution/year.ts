import { EstimateError } from '../base/errors';
import { ZERO, fen, sum, type Dec } from '../base/money';
import { documentsUsed, provenanceNotes, provenanceOf, stalenessNote, type Provenance } from '../engine/provenance';
import { worst } from '../engine/steps';
import { citesText } from '../model/citation';
import { MEMBER_LABELS, SCHEME_LABELS } from '../model/labels';
import type { Book, CityId, Document, SchemeId, Trust, Version } from '../model/types';
import { linesOf, type Line } from './lines';
import { conditionNotes, conditionUses, type ContributionNote } from './notes';
import { needsOf, type ContributionRequest, type Need } from './request';
import type { Payer } from './tree';

/** Where the contribution rules are read: the registry of cities (lib/rules) gives them; nothing here knows a city. */
export interface ContributionBooks {
  cityLabel(city: CityId): string;
  contributionBook(city: CityId, scheme: SchemeId): Book | undefined;
  contributionOn(city: CityId, scheme: SchemeId, date: string): Version | undefined;
}

/**
 * A person's contributions over a year. An employee's year is twelve months, each under the rules in
 * force on its first day, added up line by line; a resident pays once for the coverage year, under
 * the rules in force on its first day. A line no source gives stays unknown, and the rest is computed.
 */

export interface Item {
  key: string;
  name: string;
  payer: Payer | null;
  role: Line['role'];
  per: Line['per'];
  /** A month's amount; null for a yearly payment, or when unknown. */
  monthly: Dec | null;
  /** The year's amount; null when some month's is unknown, or the year has months without rules. */
  yearly: Dec | null;
  /** Some month's figure is unknown. */
  missing: boolean;
  level: Trust;
  source: string;
  detail?: string;
  note?: string;
}

export interface Totals {
  monthly: { employer: Dec | null; individual: Dec | null; accountCredit: Dec | null };
  yearly: { employer: Dec | null; individual: Dec | null; accountCredit: Dec | null; resident: Dec | null };
}

export interface ContributionResult extends Totals {
  request: ContributionRequest;
  /** The rules of the year's first month that has any (the policy shown). */
  version: Version;
  /** Of its documents, those the year's figures and conditions used (see documentsUsed). */
  documents: Document[];
  items: Item[];
  provenance: Provenance;
  notes: ContributionNote[];
}

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

function refuse(r: ContributionRequest, rules: ContributionBooks): never {
  const periods = rules.contributionBook(r.city, r.scheme)?.periods ?? [];
  const known = periods.map((p) => `${p.title}（${p.from} 至 ${p.to ?? '今'}）`);
  throw new EstimateError('no-version', `${rules.cityLabel(r.city)}${SCHEME_LABELS[r.scheme]}${r.year} 年没有已知的缴费规定。已知版本：${known.join('；') || '无'}。`, {
    city: r.city,
    scheme: r.scheme,
    year: r.year,
    versions: periods.map((p) => ({ id: p.id, validFrom: p.from, validTo: p.to })),
  });
}

/** The year's slots (an employee's twelve months, a resident's coverage year) with the rules in force on each, and those rules once each. */
function slotsOf(r: Pick<ContributionRequest, 'city' | 'scheme' | 'year'>, rules: ContributionBooks) {
  const dates = r.scheme === 'resident' ? [`${r.year}-01-01`] : MONTHS.map((m) => `${r.year}-${m}-01`);
  const slots = dates.map((date) => ({ date, version: rules.contributionOn(r.city, r.scheme, date) }));
  const versions = [...new Map(slots.flatMap((s) => (s.version ? [[s.version.id, s.version] as const] : []))).values()];
  return { slots, versions };
}

/** The inputs the year's rules need from this member type, each once (the page shows exactly these). */
export function yearNeeds(r: Pick<ContributionRequest, 'city' | 'scheme' | 'member' | 'year'>, rules: ContributionBooks): Need[] {
  const needs = slotsOf(r, rules).versions.flatMap((v) => needsOf(v, r.member));
  return [...new Map(needs.map((n) => [n.key, n])).values()];
}

function checkInputs(r: ContributionRequest, rules: ContributionBooks) {
  const missing = yearNeeds(r, rules).filter((n) => n.kind === 'required' && r[n.key] === undefined);
  if (missing.length) {
    throw new EstimateError('invalid-input', `计算${MEMBER_LABELS[r.member]}的缴费，还需要填写：${missing.map((n) => `${n.label}（${n.key}）`).join('、')}。`, {
      missing: missing.map((n) => n.key),
    });
  }
}

function sourceOf(line: Line): string {
  const cited = citesText(line.uses.flatMap((u) => u.cite));
  const typed = line.uses.filter((u) => u.level === 'user').map((u) => `${u.name}为您填写的数值`);
  return [cited, ...typed].filter(Boolean).join('；') || '来源未给出';
}

function levelOf(line: Line): Trust {
  return line.amount === null ? 'unknown' : line.uses.map((u) => u.level).reduce(worst, 'official');
}

const sameAmount = (a: Dec | null, b: Dec | null) => a !== null && b !== null && a.equals(b);

/** One line across the year's slots (months, or the coverage year): a month's amount and the year's. */
function itemOf(key: string, slots: readonly (Line[] | null)[]): Item {
  const found = slots.map((lines) => lines?.find((l) => l.key === key) ?? null);
  const present = found.filter((l): l is Line => l !== null);
  const first = present[0]!;
  const complete = found.every((l) => l !== null && l.amount !== null);
  const amounts = found.map((l) => l?.amount ?? null);
  const monthly = first.per === 'month' ? first.amount : first.per === 'year-by-month' && first.amount ? fen(first.amount.dividedBy(12)) : null;
  // A month's payments add up; a sum stated by the year is the year's only if every month agrees on it.
  const yearly = !complete ? null : first.per === 'month' ? sum(amounts as Dec[]) : amounts.every((a) => sameAmount(a, first.amount)) ? first.amount : null;
  return {
    key,
    name: first.name,
    payer: first.payer,
    role: first.role,
    per: first.per,
    monthly,
    yearly,
    missing: present.some((l) => l.amount === null),
    level: present.map(levelOf).reduce(worst),
    source: [...new Set(present.map(sourceOf))].join('；'),
    ...(first.detail ? { detail: first.detail } : {}),
    ...(first.note ? { note: first.note } : {}),
  };
}

function total(items: readonly Item[], role: Line['role'], of: 'monthly' | 'yearly'): Dec | null {
  // Monthly totals are what is charged each month: a sum paid once a year is not among them.
  const counted = items.filter((i) => i.role === role && (of === 'yearly' || i.per !== 'year'));
  return counted.some((i) => i[of] === null) ? null : sum(counted.map((i) => i[of] as Dec));
}

function totalsOf(items: readonly Item[], r: ContributionRequest): Totals {
  const yearlyIndividual = total(items, 'individual', 'yearly');
  return {
    monthly: { employer: total(items, 'employer', 'monthly'), individual: total(items, 'individual', 'monthly'), accountCredit: total(items, 'account', 'monthly') },
    yearly: {
      employer: total(items, 'employer', 'yearly'),
      individual: yearlyIndividual,
      accountCredit: total(items, 'account', 'yearly'),
      resident: r.scheme === 'resident' ? yearlyIndividual : ZERO,
    },
  };
}

/** "1月至10月", "3月、5月". */
function monthRanges(months: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const m of months) {
    const last = runs.at(-1);
    if (last && last[1] === m - 1) last[1] = m;
    else runs.push([m, m]);
  }
  return runs.map(([a, b]) => (a === b ? `${a}月` : `${a}月至${b}月`)).join('、');
}

/** Why a total with no line of its own is 0.00. */
function zeroTotalNotes(r: ContributionRequest): ContributionNote[] {
  const note = (title: string, text: string): ContributionNote[] => [{ kind: 'detail', topic: 'total', title, text }];
  if (r.scheme === 'resident') return note('单位缴费和个人账户', '居民医保没有单位缴费，也不设个人账户：个人按年缴费，政府另给补助。');
  if (r.member === 'retired') return note('单位缴费和个人缴费', '退休人员不按月缴纳基本医疗保险费（见口径说明“退休人员不按月缴费”）。');
  if (r.member === 'flexible') return note('单位缴费', '灵活就业人员没有用人单位，医保费全部由个人缴纳。');
  return [];
}

function itemNotes(items: readonly Item[]): ContributionNote[] {
  return items.flatMap((i): ContributionNote[] => (i.note ? [{ kind: i.missing ? 'missing' : 'detail', topic: 'item', title: i.name, text: i.note }] : []));
}

const NOTE_ORDER: ContributionNote['kind'][] = ['warning', 'missing', 'detail', 'condition', 'interpretation'];

export function contributionYear(r: ContributionRequest, rules: ContributionBooks): ContributionResult {
  const { slots, versions } = slotsOf(r, rules);
  const version = versions[0] ?? refuse(r, rules);
  checkInputs(r, rules);

  const lines = slots.map((s) => (s.version ? linesOf(s.version, r) : null));
  const keys = [...new Set(lines.flatMap((ls) => (ls ?? []).map((l) => l.key)))];
  const items = keys.map((key) => itemOf(key, lines));
  const steps = lines.flatMap((ls) => ls ?? []);
  const conditions = versions.flatMap(conditionUses);
  const provenance = provenanceOf([{ steps }], conditions);

  const without = slots.flatMap((s, i) => (s.version ? [] : [i + 1]));
  const stale = stalenessNote(slots.map((s, i) => ({ date: s.date, steps: lines[i] ?? [] })));
  const notes: ContributionNote[] = [
    ...provenanceNotes(provenance).map(({ title, text }) => ({ kind: 'warning' as const, topic: 'provenance' as const, title, text })),
    ...(stale ? [{ kind: 'warning' as const, topic: 'freshness' as const, title: stale.title, text: stale.text }] : []),
    ...(without.length
      ? [{ kind: 'warning' as const, topic: 'freshness' as const, title: '部分月份没有已知规定', text: `${r.year} 年 ${monthRanges(without)}没有已知的缴费规定，全年合计无法计算；每月金额按有规定的月份计算。` }]
      : []),
    ...itemNotes(items),
    ...zeroTotalNotes(r),
    ...versions.flatMap((v) => conditionNotes(v, r)),
    ...versions.flatMap((v) => v.interpretations.map((i) => ({ kind: 'interpretation' as const, title: i.title, text: i.text }))),
  ];
  const unique = [...new Map(notes.map((n) => [`${n.kind}|${n.title}|${n.text}`, n])).values()];
  unique.sort((a, b) => NOTE_ORDER.indexOf(a.kind) - NOTE_ORDER.indexOf(b.kind));
  const documents = documentsUsed(version.documents, new Set([...steps.flatMap((l) => l.uses), ...conditions].flatMap((u) => u.cite.map((c) => c.doc))));
  return { request: r, version, documents, items, provenance, notes: unique, ...totalsOf(items, r) };
}
