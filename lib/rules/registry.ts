import { EstimateError } from '../base/errors';
import { BENEFITS, REFINEMENTS } from '../benefits';
import { CONTRIBUTION } from '../contribution/tree';
import type { Benefit } from '../engine/benefit';
import type { Rulebook } from '../engine/year';
import { SCHEME_LABELS, SCHEMES } from '../model/labels';
import { applyOverrides, type Override } from '../model/overrides';
import { resolve, resolvePeriod } from '../model/resolve';
import type { BenefitTree, Book, CityId, Document, SchemeId, Version } from '../model/types';
import type { City } from './city';

/**
 * The cities the product knows and what their books say on a date. Looking a version up lives here,
 * not in the engine: a page, the planner or the CLI asks once per date and hands the engine the result.
 */
export interface Rules {
  cities: readonly City[];
  cityIds: CityId[];
  cityLabel(city: CityId): string;
  book(city: CityId, scheme: SchemeId): Book | undefined;
  /** The version in force on an ISO date, or undefined when no rule is known for that day. */
  versionOn(city: CityId, scheme: SchemeId, date: string): Version | undefined;
  /** The rules the engine is handed: the version in force on each date with the overrides applied (a date with no known rule is refused in words), and the benefit modules. */
  rulebook(city: CityId, scheme: SchemeId, overrides?: readonly Override[]): Rulebook;
  benefits: readonly Benefit[];
  /** Every period of every book, each as in force on its first day, in the order the sources page lists them. */
  periods(): Version[];
  /** Texts read that give no parameter, for the sources page. */
  context: Document[];
  /** The parameter trees of the benefits and of their refinements (异地就医), as versions are resolved with them. */
  trees: readonly BenefitTree[];
  /** A city × scheme's contribution book (lib/rules/<city>/contribution.ts). */
  contributionBook(city: CityId, scheme: SchemeId): Book | undefined;
  /** What is paid in and credited to the account on an ISO date, or undefined when no rule is known for that day. */
  contributionOn(city: CityId, scheme: SchemeId, date: string): Version | undefined;
}

const CACHE_LIMIT = 2000;

export function createRules(cities: readonly City[], provinceContext: Document[] = [], benefits: readonly Benefit[] = BENEFITS): Rules {
  const trees = [...benefits, ...REFINEMENTS];
  const byId = new Map(cities.map((c) => [c.id, c]));
  const cache = new Map<string, Version | null>();
  const book = (city: CityId, scheme: SchemeId) => byId.get(city)?.books[scheme];

  function versionOn(city: CityId, scheme: SchemeId, date: string): Version | undefined {
    const key = `${city}/${scheme}/${date}`;
    let found = cache.get(key);
    if (found === undefined) {
      const b = book(city, scheme);
      found = (b && resolve(b, date, trees)) ?? null;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, found);
    }
    return found ?? undefined;
  }

  function refuse(city: CityId, scheme: SchemeId, date: string): never {
    const periods = book(city, scheme)?.periods ?? [];
    const known = periods.map((p) => `${p.title}（${p.from} 至 ${p.to ?? '今'}）`);
    throw new EstimateError(
      'no-version',
      `${byId.get(city)?.label ?? city}${SCHEME_LABELS[scheme]}在 ${date} 没有已知的住院报销规定。已知版本：${known.join('；') || '无'}。`,
      { city, scheme, date, versions: periods.map((p) => ({ id: p.id, validFrom: p.from, validTo: p.to })) },
    );
  }

  function refuseBenefit(id: string): never {
    throw new EstimateError('invalid-input', `不认识的待遇类型：${id}。`, { benefit: id });
  }

  return {
    cities,
    cityIds: cities.map((c) => c.id),
    cityLabel: (city) => byId.get(city)?.label ?? city,
    book,
    versionOn,
    rulebook(city, scheme, overrides = []) {
      return {
        versionOn: (date) => applyOverrides(versionOn(city, scheme, date) ?? refuse(city, scheme, date), overrides),
        benefit: (id) => benefits.find((b) => b.id === id) ?? refuseBenefit(id),
      };
    },
    benefits,
    trees,
    periods: () => cities.flatMap((c) => SCHEMES.flatMap((s) => c.books[s].periods.map((p) => resolvePeriod(c.books[s], p, p.from, trees)))),
    context: [...cities.flatMap((c) => c.context), ...provinceContext],
    contributionBook: (city, scheme) => byId.get(city)?.contributions[scheme],
    contributionOn(city, scheme, date) {
      const b = byId.get(city)?.contributions[scheme];
      return b && resolve(b, date, [CONTRIBUTION]);
    },
  };
}
