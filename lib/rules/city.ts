import type { Book, CityId, Document, Period, SchemeId } from '../model/types';

/**
 * A city's folder exports one City: its name, a policy book per scheme, and the texts read that give no
 * parameter. A book is built when first asked for: importing the rules builds none, and a page that
 * shows one city's scheme builds that one.
 */
export interface City {
  id: CityId;
  label: string;
  /** The scheme's policy book (undefined for a scheme the product does not know). */
  book(scheme: SchemeId): Book | undefined;
  /** Official texts read that give none of the estimator's parameters, listed on the sources page for completeness. */
  context: Document[];
  /** What is paid in and credited to the personal account, per scheme: books of their own periods (lib/contribution). */
  contributionBook(scheme: SchemeId): Book | undefined;
}

/** A scheme's periods, made when its book is first asked for: a data file exports each period as a function. */
export type Periods = Record<SchemeId, () => Period[]>;

const NO_CONTRIBUTIONS: Periods = { employee: () => [], resident: () => [] };

const byStart = (a: Period, b: Period) => a.from.localeCompare(b.from);

export function city(id: CityId, label: string, periods: Periods, context: Document[] = [], contributions: Periods = NO_CONTRIBUTIONS): City {
  const books = (lists: Periods) => {
    const made = new Map<SchemeId, Book>();
    return (scheme: SchemeId): Book | undefined => {
      if (!Object.hasOwn(lists, scheme)) return undefined;
      let found = made.get(scheme);
      if (!found) made.set(scheme, (found = { city: id, cityLabel: label, scheme, periods: [...lists[scheme]()].sort(byStart) }));
      return found;
    };
  };
  return { id, label, book: books(periods), context, contributionBook: books(contributions) };
}
