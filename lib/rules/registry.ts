import { EstimateError } from '../base/errors';
import { BENEFITS, REFINEMENTS } from '../benefits';
import { CONTRIBUTION } from '../contribution/tree';
import type { Benefit } from '../engine/benefit';
import type { Rulebook } from '../engine/year';
import { SCHEME_LABELS, SCHEMES } from '../model/labels';
import { applyOverrides, type Override } from '../model/overrides';
import { periodOn, resolve, resolvePeriod, stretchStart } from '../model/resolve';
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

/** Overridden versions kept per version: enough for any billing desk's set of filled-in values, never a whole batch's worth. */
const OVERRIDDEN_LIMIT = 256;

export function createRules(cities: readonly City[], provinceContext: Document[] = [], benefits: readonly Benefit[] = BENEFITS): Rules {
  const trees = [...benefits, ...REFINEMENTS];
  const byId = new Map(cities.map((c) => [c.id, c]));
  // One version per stretch of a period (see stretchStart): as many as the books have stretches, however many dates are asked.
  const cache = new Map<string, Version>();
  const book = (city: CityId, scheme: SchemeId) => byId.get(city)?.book(scheme);

  function versionOn(city: CityId, scheme: SchemeId, date: string): Version | undefined {
    const b = book(city, scheme);
    const period = b && periodOn(b, date);
    if (!period) return undefined;
    const from = stretchStart(period, date);
    const key = `${city}/${scheme}/${from}`;
    let found = cache.get(key);
    if (!found) cache.set(key, (found = resolvePeriod(b, period, from, trees)));
    return found;
  }

  // The same overrides on the same version give the same version: a batch whose claims fill in the
  // same values (or one claim's several stays) builds it once, and the engine's memos of it (memoOf) hold.
  const overridden = new WeakMap<Version, Map<string, Version>>();
  function withOverrides(version: Version, overrides: readonly Override[], key: string): Version {
    if (!key) return version;
    let byKey = overridden.get(version);
    if (!byKey) overridden.set(version, (byKey = new Map()));
    let found = byKey.get(key);
    if (!found) {
      if (byKey.size >= OVERRIDDEN_LIMIT) byKey.clear();
      byKey.set(key, (found = applyOverrides(version, overrides)));
    }
    return found;
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
      const key = overrides.length ? JSON.stringify(overrides) : '';
      return {
        versionOn: (date) => withOverrides(versionOn(city, scheme, date) ?? refuse(city, scheme, date), overrides, key),
        benefit: (id) => benefits.find((b) => b.id === id) ?? refuseBenefit(id),
      };
    },
    benefits,
    trees,
    periods: () =>
      cities.flatMap((c) =>
        SCHEMES.flatMap((s) => {
          const b = c.book(s)!;
          return b.periods.map((p) => resolvePeriod(b, p, p.from, trees));
        }),
      ),
    context: [...cities.flatMap((c) => c.context), ...provinceContext],
    contributionBook: (city, scheme) => byId.get(city)?.contributionBook(scheme),
    contributionOn(city, scheme, date) {
      const b = byId.get(city)?.contributionBook(scheme);
      return b && resolve(b, date, [CONTRIBUTION]);
    },
  };
}
