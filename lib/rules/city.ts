import type { Book, CityId, Document, Period, SchemeId } from '../model/types';

/** A city's folder exports one City: its name, a policy book per scheme, and the texts read that give no parameter. */
export interface City {
  id: CityId;
  label: string;
  books: Record<SchemeId, Book>;
  /** Official texts read that give none of the estimator's parameters, listed on the sources page for completeness. */
  context: Document[];
}

export function city(id: CityId, label: string, periods: Record<SchemeId, Period[]>, context: Document[] = []): City {
  const book = (scheme: SchemeId): Book => ({ city: id, cityLabel: label, scheme, periods: [...periods[scheme]].sort((a, b) => a.from.localeCompare(b.from)) });
  return { id, label, books: { employee: book('employee'), resident: book('resident') }, context };
}
