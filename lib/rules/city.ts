import type { Book, CityId, Document, Period, SchemeId } from '../model/types';

/** A city's folder exports one City: its name, a policy book per scheme, and the texts read that give no parameter. */
export interface City {
  id: CityId;
  label: string;
  books: Record<SchemeId, Book>;
  /** Official texts read that give none of the estimator's parameters, listed on the sources page for completeness. */
  context: Document[];
  /** What is paid in and credited to the personal account, per scheme: books of their own periods (lib/contribution). */
  contributions: Record<SchemeId, Book>;
}

const NO_CONTRIBUTIONS: Record<SchemeId, Period[]> = { employee: [], resident: [] };

export function city(id: CityId, label: string, periods: Record<SchemeId, Period[]>, context: Document[] = [], contributions = NO_CONTRIBUTIONS): City {
  const book = (scheme: SchemeId, list = periods[scheme]): Book => ({ city: id, cityLabel: label, scheme, periods: [...list].sort((a, b) => a.from.localeCompare(b.from)) });
  const contributionBook = (scheme: SchemeId) => book(scheme, contributions[scheme]);
  return { id, label, books: { employee: book('employee'), resident: book('resident') }, context, contributions: { employee: contributionBook('employee'), resident: contributionBook('resident') } };
}
