import { describe, expect, it } from 'vitest';
import { estimateYear } from '../engine';
import { EstimateError } from '../errors';
import { CITIES, SCHEMES, membersOf } from '../labels';
import { Dec } from '../money';
import type { Override } from '../overrides';
import { VERSIONS, versionOn } from './index';

/** For every city × scheme × day of 2018–2028: exactly one version applies, or the engine says no rule is known. */

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

const DAYS = days('2018-01-01', '2028-12-31');

/** Fill every class and grade of a city's scheme so that versions with unknown values also compute. */
function fillAll(city: string, scheme: string): Override[] {
  return VERSIONS.filter((v) => v.city === city && v.scheme === scheme).flatMap((v) =>
    [...v.classes.map((c) => c.id), ...membersOf(v.scheme).map((m) => `member:${m}`)].flatMap((cls) => [
      ...v.grades.flatMap((g): Override[] => [
        { kind: 'deductible', cls, grade: g.id, value: 500 },
        { kind: 'segments', cls, grade: g.id, value: [{ upTo: null, rate: 0.5 }] },
      ]),
      { kind: 'coverage', cls, value: { kind: 'fundCap', amount: 200000 } } satisfies Override,
    ]),
  );
}

describe('temporal coverage 2018-01-01 … 2028-12-31', () => {
  it.each(CITIES.flatMap((city) => SCHEMES.map((scheme) => [city, scheme] as const)))('%s %s', (city, scheme) => {
    const overrides = fillAll(city, scheme);
    const member = membersOf(scheme)[0]!;
    for (const date of DAYS) {
      const covering = VERSIONS.filter(
        (v) => v.city === city && v.scheme === scheme && v.validFrom <= date && (v.validTo === null || date <= v.validTo),
      );
      expect(covering.length, date).toBeLessThanOrEqual(1);
      const request = {
        city,
        scheme,
        member,
        firstOrdinal: 1,
        overrides,
        admissions: [{ date, hospitalLevel: 3 as const, totalCost: new Dec(1000), outOfScope: new Dec(0), selfPayFirst: new Dec(0) }],
      };
      if (covering[0]) {
        expect(estimateYear(request).version.id, date).toBe(covering[0].id);
      } else {
        expect(() => estimateYear(request), date).toThrowError(EstimateError);
        expect(versionOn(city, scheme, date)).toBeUndefined();
      }
    }
  });

  it('knows the expected spans', () => {
    const spans = Object.fromEntries(VERSIONS.map((v) => [v.id, [v.validFrom, v.validTo]]));
    expect(spans).toEqual({
      'weihai-employee-2024': ['2024-01-01', '2028-12-31'],
      'weihai-resident-2023': ['2023-01-01', null],
      'jinan-employee-2024': ['2024-01-01', null],
      'jinan-resident-2024': ['2024-01-01', null],
      'yantai-employee-2018': ['2018-01-01', '2022-12-31'],
      'yantai-resident-2018': ['2018-01-01', '2022-12-31'],
      'yantai-employee-2024': ['2024-01-01', null],
      'yantai-resident-2024': ['2024-01-01', null],
    });
  });
});
