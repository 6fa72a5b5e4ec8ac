import type { Dec } from './base/money';
import { estimateYear, type Rulebook, type YearRequest, type YearResult } from './engine/year';
import { applyOverrides, sameValue, type Override } from './model/overrides';
import { periodOn, stretchStart } from './model/resolve';
import type { CityId, Param, SchemeId, Version } from './model/types';
import type { Rules } from './rules';

/**
 * What changed for this case: the same case settled under the rules in force before the latest change
 * that moves its figure, and which parameters' changes move it. Rules a book does not change for this
 * case (another benefit's rate, a raise the person does not reach) are stepped over, back to the rules
 * in force before; nothing is said where no earlier rules are known or none gives another figure.
 */

export interface RuleChange {
  /** The first day of the rules that gave this figure, after the change. */
  since: string;
  /** 个人负担 under the rules before the change, and under the rules now. */
  before: Dec;
  after: Dec;
  /** The parameters whose change alone moves the figure, each as before and now; none where only their change together does. */
  changed: { before: Param; after: Param; versions: { before: Version; after: Version } }[];
}

/** The same case under the rules of a version: the request with its events dated on a day of that version. */
export type CaseOn = (version: Version, date: string) => YearRequest;

/** How many earlier sets of rules to step back through: a book changes a few times a year at most. */
const MAX_STEPS = 8;

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The first day of the rules in force on a date (a period's first day, or a day an entry begins or ends inside it). */
function rulesSince(rules: Rules, city: CityId, scheme: SchemeId, date: string): string | null {
  const book = rules.book(city, scheme);
  const period = book && periodOn(book, date);
  return period ? stretchStart(period, date) : null;
}

function outOfPocketOf(request: YearRequest, rulebook: Rulebook): Dec | null {
  try {
    return estimateYear(request, rulebook).admissions.at(-1)!.outOfPocket;
  } catch {
    // Rules that cannot settle the case (a value no source gives, a benefit they do not have): nothing to compare.
    return null;
  }
}

export function latestChange(rules: Rules, city: CityId, scheme: SchemeId, overrides: readonly Override[], caseOn: CaseOn, current: YearResult): RuleChange | null {
  const date = current.admissions.at(-1)!.date;
  const after = current.admissions.at(-1)!.outOfPocket;
  const rulebook = rules.rulebook(city, scheme, overrides);
  let since = rulesSince(rules, city, scheme, date);
  for (let step = 0; since && step < MAX_STEPS; step++) {
    const day = dayBefore(since);
    const version = rules.versionOn(city, scheme, day);
    if (!version) return null;
    const before = outOfPocketOf(caseOn(version, day), rulebook);
    if (!before) return null;
    if (!before.equals(after)) {
      const versions = { before: version, after: rules.versionOn(city, scheme, date)! };
      return { since, before, after, changed: movers(versions, overrides, rulebook, caseOn, date, after) };
    }
    since = rulesSince(rules, city, scheme, day);
  }
  return null;
}

/** The parameters that differ between the two versions (and are not the person's own values) whose earlier value alone moves the figure. */
function movers(versions: RuleChange['changed'][number]['versions'], overrides: readonly Override[], rulebook: Rulebook, caseOn: CaseOn, date: string, after: Dec): RuleChange['changed'] {
  const edited = new Set(overrides.map((o) => o.path));
  const now = rulebook.versionOn(date);
  return [...versions.after.params.values()].flatMap((param) => {
    const earlier = versions.before.params.get(param.path);
    if (!earlier || earlier.value === null || edited.has(param.path) || sameValue(earlier.value, param.value)) return [];
    const only = applyOverrides(now, [{ path: param.path, value: earlier.value }]);
    const figure = outOfPocketOf(caseOn(only, date), { versionOn: () => only, benefit: rulebook.benefit });
    return figure && !figure.equals(after) ? [{ before: earlier, after: param, versions }] : [];
  });
}
