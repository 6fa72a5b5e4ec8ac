import { describe, expect, it } from 'vitest';
import { SCHEMES } from '../model/labels';
import { RULES } from './index';

/**
 * For every city × scheme × day of 2018–2028: the version in force is the one period whose dates
 * contain the day, or none, and then the lookup says no rule is known. The spans are written out by
 * hand below, so the lookup is checked against the texts, not against itself.
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

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
}

const DAYS = days('2018-01-01', '2028-12-31');

describe('temporal coverage 2018-01-01 … 2028-12-31', () => {
  it.each(RULES.cityIds.flatMap((city) => SCHEMES.map((scheme) => [city, scheme] as const)))('%s %s', (city, scheme) => {
    const spans = SPANS[`${city}/${scheme}`]!;
    const rules = RULES.rulebook(city, scheme);
    for (const date of DAYS) {
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
});
