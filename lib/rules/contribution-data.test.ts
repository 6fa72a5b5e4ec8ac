import { describe, expect, it } from 'vitest';
import { CONTRIBUTION, configOf } from '../contribution/tree';
import { SCHEMES } from '../model/labels';
import { RULES } from './index';

/**
 * Integrity of the contribution books, as lib/rules/data.test.ts checks the benefit books: every
 * parameter the period's structure declares has dated values, every value is cited at the level of
 * its source, every unknown says why, every entry lies inside its period.
 */

const BOOKS = RULES.cities.flatMap((c) => SCHEMES.map((s) => c.contributionBook(s)!));
const PERIODS = BOOKS.flatMap((book) => book.periods.map((period) => [period.id, book, period] as const));

it('gives every city a contribution book for each scheme', () => {
  for (const book of BOOKS) expect(book.periods.length, `${book.city}/${book.scheme}`).toBeGreaterThan(0);
});

describe.each(PERIODS)('%s', (_, book, period) => {
  const decls = CONTRIBUTION.declare(period);

  it('is configured for its scheme and gives values to exactly the parameters its configuration declares', () => {
    expect(configOf(period).kind).toBe(book.scheme);
    expect(Object.keys(period.params).sort()).toEqual(decls.map((d) => d.path).sort());
  });

  it('cites a source for every known value, at the level of that source, and explains every unknown one', () => {
    const docs = new Set(period.documents);
    for (const [path, data] of Object.entries(period.params)) {
      for (const e of data) {
        if (e.value === null) {
          expect(e.level, path).toBe('unknown');
          expect(e.note, path).toBeTruthy();
        } else {
          expect(e.cite.length, path).toBeGreaterThan(0);
        }
        for (const c of e.cite) {
          expect(docs.has(c.doc), `${path} cites ${c.doc.id}, not among the period's documents`).toBe(true);
          expect(c.at, path).toBeTruthy();
          if (e.value !== null) expect(c.doc.level, path).toBe(e.level);
        }
      }
    }
  });

  it('dates every entry inside its period, each of a parameter beginning on a day of its own', () => {
    for (const [path, data] of Object.entries(period.params)) {
      for (const e of data) {
        if (e.from) expect(e.from >= period.from && (period.to === null || e.from <= period.to), path).toBe(true);
        if (e.to) expect(e.to >= (e.from ?? period.from), path).toBe(true);
      }
      const starts = data.map((e) => e.from ?? period.from);
      expect(new Set(starts).size, `${path}: two entries begin on one day`).toBe(starts.length);
    }
  });

  it('gives rates between 0 and 1 and amounts of at least 0', () => {
    const byPath = new Map(decls.map((d) => [d.path, d]));
    for (const [path, data] of Object.entries(period.params)) {
      for (const e of data) {
        if (e.value === null) continue;
        expect(typeof e.value, path).toBe('number');
        expect(e.value as number, path).toBeGreaterThanOrEqual(0);
        if (byPath.get(path)?.shape === 'rate') expect(e.value as number, path).toBeLessThanOrEqual(1);
      }
    }
  });

  it('bands ages from low to high', () => {
    const c = configOf(period);
    if (c.kind !== 'employee') return;
    for (const rule of [c.account.working, c.account.retired]) {
      if (!('fromAges' in rule)) continue;
      expect(rule.fromAges).toEqual([...rule.fromAges].sort((a, b) => a - b));
      for (const age of rule.fromAges) expect(age).toBeGreaterThan(0);
    }
  });

  it('has dates in force in order and a level matching its documents', () => {
    if (period.to !== null) expect(period.from <= period.to).toBe(true);
    expect(period.documents[0]?.level, 'the first document is the period’s own level').toBe(period.level);
    const reported = Object.values(period.params).flat().filter((e) => e.level === 'reported');
    if (reported.length) expect(period.documents.some((d) => d.level === 'reported')).toBe(true);
    for (const d of period.documents) if (d.asOf !== null) expect(d.asOf, d.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('resolves on its first day with every parameter it declares', () => {
    const version = RULES.contributionOn(book.city, book.scheme, period.from)!;
    expect(version.id).toBe(period.id);
    expect([...version.params.keys()].sort()).toEqual(decls.map((d) => d.path).sort());
  });
});

it('keeps each contribution book’s periods apart: no two overlap', () => {
  for (const book of BOOKS) {
    book.periods.slice(1).forEach((p, i) => expect(book.periods[i]!.to !== null && book.periods[i]!.to! < p.from, p.id).toBe(true));
  }
});
