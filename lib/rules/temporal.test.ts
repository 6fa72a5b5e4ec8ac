import { describe, expect, it } from 'vitest';
import { PATHS } from '../model/address';
import { SCHEMES } from '../model/labels';
import { periodOn, resolvePeriod } from '../model/resolve';
import type { Book, Period, SchemeId, Version } from '../model/types';
import { city } from './city';
import { since } from './entries';
import { RULES, createRules, type Rules } from './index';
import { yantai } from './yantai';

/**
 * For every city × scheme, on the days of 2018–2028 where a lookup can go wrong and a sample of the
 * rest: the version in force is the one period whose dates contain the day, or none, and then the
 * lookup says no rule is known. The spans are written out by hand below, so the lookup is checked
 * against the texts, not against itself; the cities come from the registry, so a new city is checked
 * at once (against its periods until its spans are written here).
 */

const SPANS: Record<string, [string, string | null][]> = {
  'weihai/employee': [['2024-01-01', '2028-12-31']],
  'weihai/resident': [['2023-01-01', null]],
  'jinan/employee': [['2024-01-01', null]],
  'jinan/resident': [['2024-01-01', null]],
  'yantai/employee': [
    ['2018-01-01', '2022-12-31'],
    ['2024-01-01', null],
  ],
  'yantai/resident': [
    ['2018-01-01', '2022-12-31'],
    ['2024-01-01', null],
  ],
};

const [FIRST, LAST] = ['2018-01-01', '2028-12-31'];
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Every 7th day (each weekday in turn) and every month's last day: the days between the edges. */
const SAMPLE: string[] = [];
for (let d = FIRST; d <= LAST; d = shift(d, 7)) SAMPLE.push(d);
for (let year = 2018; year <= 2028; year++) for (let month = 1; month <= 12; month++) SAMPLE.push(shift(`${year}-${String(month).padStart(2, '0')}-01`, -1));

/** Both sides of each edge: a span's first day and the day before it, its last day and the day after it. */
const edges = (from: string, to: string | null | undefined) => [shift(from, -1), from, ...(to ? [to, shift(to, 1)] : [])];

/**
 * The days a lookup can get wrong, with the sample: both sides of each period's dates and of each
 * entry's within it (where a stretch begins or ends), and of the spans written out by hand.
 */
function daysOf(book: Book, spans: readonly [string, string | null][] = []): string[] {
  const fromBook = book.periods.flatMap((p) => [
    ...edges(p.from, p.to),
    ...Object.values(p.params).flatMap((data) => (Array.isArray(data) ? data : [data]).flatMap((e) => edges(e.from ?? p.from, e.to))),
  ]);
  return [...new Set([FIRST, LAST, ...SAMPLE, ...fromBook, ...spans.flatMap(([from, to]) => edges(from, to))])].filter((d) => d >= FIRST && d <= LAST).sort();
}

describe('temporal coverage 2018-01-01 … 2028-12-31', () => {
  it.each(RULES.cityIds.flatMap((city) => SCHEMES.map((scheme) => [city, scheme] as const)))('%s %s', (city, scheme) => {
    // A city whose spans are not written out yet is checked against its periods' own dates.
    const spans = SPANS[`${city}/${scheme}`] ?? RULES.book(city, scheme)!.periods.map((p): [string, string | null] => [p.from, p.to]);
    const rules = RULES.rulebook(city, scheme);
    for (const date of daysOf(RULES.book(city, scheme)!, spans)) {
      const span = spans.find(([from, to]) => from <= date && (to === null || date <= to));
      if (span) {
        expect(RULES.versionOn(city, scheme, date)?.validFrom, date).toBe(span[0]);
      } else {
        expect(RULES.versionOn(city, scheme, date), date).toBeUndefined();
        expect(() => rules.versionOn(date), date).toThrowError(expect.objectContaining({ code: 'no-version' }));
      }
    }
  });

  it('leaves Yantai 2023 with no known rule, saying which versions are known', () => {
    expect(() => RULES.rulebook('yantai', 'employee').versionOn('2023-06-01')).toThrowError(/2023-06-01 没有已知的住院报销规定。已知版本：烟台市职工基本医疗保险住院待遇（2018—2022年）（2018-01-01 至 2022-12-31）/);
  });

  // Versions are resolved once per stretch of days with the same entries in force (stretchStart): each
  // day must still get exactly what resolving that very day gives (a gap's `from` aside). A stretch
  // begins and ends at an entry's edge, so each one is seen from both sides.
  const said = (v: Version) => JSON.stringify([...v.params].map(([path, p]) => [path, p.value, p.level, p.cite, p.note, p.standIn]));
  function stretchesOf(rules: Rules, city: string, scheme: SchemeId): number {
    const book = rules.book(city, scheme)!;
    const stretches = new Set<Version>();
    for (const date of daysOf(book)) {
      const period = periodOn(book, date);
      const version = rules.versionOn(city, scheme, date);
      expect(version === undefined, date).toBe(period === undefined);
      if (!period || !version) continue;
      stretches.add(version);
      const [got, want] = [said(version), said(resolvePeriod(book, period, date, rules.trees))];
      if (got !== want) expect(got, date).toBe(want);
    }
    return stretches.size;
  }

  // The days inside a period on which an entry begins or ends, by book, written out from the data's sources:
  // Weihai residents' official deductibles from 2024-01-01 (the 医保局's disclosure of 2024-04-10), the residents'
  // outpatient rules from 2024-10-01 (鲁政办字〔2024〕90号), the 大病 maximum raised for continuous enrolment from 2025.
  const TURNS: Record<string, string[]> = {
    'weihai/resident': ['2024-01-01', '2024-10-01', '2025-01-01'],
    'jinan/resident': ['2024-10-01', '2025-01-01'],
    'yantai/resident': ['2024-10-01', '2025-01-01'],
  };

  it.each(RULES.cityIds.flatMap((city) => SCHEMES.map((scheme) => [city, scheme] as const)))('%s %s: each day the values of that day', (city, scheme) => {
    // One version per period, and one more for each day inside a period on which the values change.
    expect(stretchesOf(RULES, city, scheme)).toBe(RULES.book(city, scheme)!.periods.length + (TURNS[`${city}/${scheme}`]?.length ?? 0));
  }, 60_000);

  it('gives each day the values of that day when entries begin and end inside a period', () => {
    const period = yantai.book('resident')!.periods.at(-1)!;
    const cap = PATHS.fund('tier2');
    const deductible = Object.keys(period.params).find((k) => k.startsWith('inpatient/deductible/'))!;
    const first = period.params[deductible]![0]!;
    const dated: Period = {
      ...period,
      params: {
        ...period.params,
        // A new cap from 2026; a deductible that ends in June 2025, a gap, and a new one from September.
        [cap]: [...period.params[cap]!, since('2026-01-01', { ...period.params[cap]![0]!, value: 230000 })],
        [deductible]: [{ ...first, to: '2025-06-30' }, since('2025-09-01', { ...first, value: 900 })],
      },
    };
    const rules = createRules([city('yantai', '烟台', { employee: () => yantai.book('employee')!.periods, resident: () => [yantai.book('resident')!.periods[0]!, dated] })]);
    // 2018 period; 2024; the outpatient rules from 2024-10-01; the 大病 raise from 2025-01-01 to June 2025; the gap; September to 2025; from 2026.
    expect(stretchesOf(rules, 'yantai', 'resident')).toBe(7);
    const inGap = rules.versionOn('yantai', 'resident', '2025-08-15')!.params.get(deductible)!;
    expect([inGap.value, inGap.level, inGap.from]).toEqual([null, 'unknown', '2025-07-01']);
    expect(rules.versionOn('yantai', 'resident', '2025-09-01')!.params.get(deductible)?.value).toBe(900);
  }, 60_000);

  it('keeps one version per set of overrides, the same for every date of a stretch', () => {
    const fill = [{ path: 'inpatient/deductible/working/3', value: 600 }];
    const a = RULES.rulebook('yantai', 'employee', fill);
    const b = RULES.rulebook('yantai', 'employee', [{ ...fill[0]! }]);
    expect(b.versionOn('2020-03-01')).toBe(a.versionOn('2020-06-01'));
    expect(a.versionOn('2020-06-01').params.get(fill[0]!.path)).toMatchObject({ value: 600, level: 'user' });
    const other = RULES.rulebook('yantai', 'employee', [{ ...fill[0]!, value: 700 }]).versionOn('2020-06-01');
    expect(other.params.get(fill[0]!.path)?.value).toBe(700);
    expect(RULES.rulebook('yantai', 'employee').versionOn('2020-06-01').params.get(fill[0]!.path)?.value).toBe(800);
  });
});
