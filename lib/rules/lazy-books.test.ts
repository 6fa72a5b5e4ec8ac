import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMES } from '../model/labels';
import type { Period, SchemeId } from '../model/types';
import { city, type Periods } from './city';
import { RULES, createRules } from './index';
import { weihaiEmployee2024 } from './weihai/employee';

/**
 * A city's books are built when first asked for, not when the rules are imported: a page that shows one
 * city's scheme builds that book only. Built late or early, once or again, a book holds the same data.
 */

/** A city whose period makers count their calls. */
function countedCity() {
  const made = { employee: 0, resident: 0, 'contribution/employee': 0, 'contribution/resident': 0 };
  const counted = (key: keyof typeof made): (() => Period[]) => () => (made[key]++, [{ ...weihaiEmployee2024(), id: key }]);
  const periods: Periods = { employee: counted('employee'), resident: counted('resident') };
  const contributions: Periods = { employee: counted('contribution/employee'), resident: counted('contribution/resident') };
  return { made, city: city('weihai', '威海', periods, [], contributions) };
}

describe('a city builds a book when first asked for', () => {
  it('builds none when made, then the one asked for, once', () => {
    const { made, city: c } = countedCity();
    expect(Object.values(made)).toEqual([0, 0, 0, 0]);
    const book = c.book('employee');
    expect(made).toEqual({ employee: 1, resident: 0, 'contribution/employee': 0, 'contribution/resident': 0 });
    expect(c.book('employee')).toBe(book);
    expect(made.employee).toBe(1);
    expect(c.contributionBook('resident')?.periods.map((p) => p.id)).toEqual(['contribution/resident']);
    expect(made).toEqual({ employee: 1, resident: 0, 'contribution/employee': 0, 'contribution/resident': 1 });
  });

  it('knows no other scheme, and builds nothing for one', () => {
    const { made, city: c } = countedCity();
    expect(c.book('toString' as SchemeId)).toBeUndefined();
    expect(c.contributionBook('other' as SchemeId)).toBeUndefined();
    expect(Object.values(made)).toEqual([0, 0, 0, 0]);
  });

  it('keeps a book’s periods in date order, whatever order the data lists them in', () => {
    const [a, b] = [{ ...weihaiEmployee2024(), id: 'a', from: '2024-01-01' }, { ...weihaiEmployee2024(), id: 'b', from: '2018-01-01', to: '2023-12-31' }];
    const c = city('weihai', '威海', { employee: () => [a, b], resident: () => [] });
    expect(c.book('employee')?.periods.map((p) => p.id)).toEqual(['b', 'a']);
  });

  it('the registry builds a book only for a date asked of it', () => {
    const { made, city: c } = countedCity();
    const rules = createRules([c]);
    rules.rulebook('weihai', 'employee');
    expect([rules.cityIds, rules.cityLabel('weihai'), rules.benefits.length > 0]).toEqual([['weihai'], '威海', true]);
    expect(Object.values(made)).toEqual([0, 0, 0, 0]);
    expect(rules.versionOn('weihai', 'resident', '2025-01-01')?.id).toBe('resident');
    expect(rules.contributionOn('weihai', 'employee', '2025-01-01')?.id).toBe('contribution/employee');
    expect(made).toEqual({ employee: 0, resident: 1, 'contribution/employee': 1, 'contribution/resident': 0 });
  });
});

/** Every period maker of the city folders (lib/rules/<city>/*.ts): a function giving a Period, or a Periods record's lists. */
async function periodMakers(): Promise<{ name: string; make: () => Period[] }[]> {
  const root = new URL('./', import.meta.url);
  const makers: { name: string; make: () => Period[] }[] = [];
  for (const folder of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const files = readdirSync(new URL(`${folder.name}/`, root)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'documents.ts' && f !== 'index.ts');
    for (const file of files.map((f) => f.slice(0, -'.ts'.length))) {
      const data: Record<string, unknown> = await import(`./${folder.name}/${file}.ts`);
      for (const [name, value] of Object.entries(data)) {
        if (typeof value === 'function' && value.length === 0) makers.push({ name, make: () => [(value as () => Period)()] });
        else if (value && typeof value === 'object' && SCHEMES.every((s) => typeof (value as Periods)[s] === 'function')) {
          for (const s of SCHEMES) makers.push({ name: `${name}.${s}`, make: (value as Periods)[s] });
        }
      }
    }
  }
  return makers;
}

describe('a book built late holds the data built early', async () => {
  const makers = await periodMakers();
  const made = makers.map((m) => m.make());

  it('finds the period data of every city', () => {
    // Each city gives both schemes' benefits and contributions.
    expect(makers.length).toBeGreaterThanOrEqual(RULES.cities.length * 2);
    expect(made.flat().every((p) => typeof p.id === 'string' && typeof p.from === 'string' && 'params' in p)).toBe(true);
  });

  it('gives the same data made again, in the opposite order, after every other', () => {
    const again = [...makers].reverse().map((m) => m.make()).reverse();
    makers.forEach((m, i) => expect(again[i], m.name).toEqual(made[i]));
    // Made afresh each time: a change to one does not reach the other.
    expect(again[0]![0]).not.toBe(made[0]![0]);
  });

  it('each book of the rules holds those periods, each once', () => {
    const byId = (ps: Period[]) => Object.fromEntries(ps.map((p) => [p.id, p]));
    const inBooks = RULES.cities.flatMap((c) => SCHEMES.flatMap((s) => [...c.book(s)!.periods, ...c.contributionBook(s)!.periods]));
    expect(new Set(inBooks.map((p) => p.id)).size).toBe(inBooks.length);
    expect(byId(inBooks)).toEqual(byId(made.flat()));
  });
});
