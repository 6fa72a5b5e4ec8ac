import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './dates';

/** The calendar check by arithmetic agrees with a Date round trip on every date text of the years that test leap rules. */

function byDate(text: string): boolean {
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('isCalendarDate', () => {
  it('agrees with the calendar on every month × day text of leap and common years', () => {
    for (const year of [1900, 1999, 2000, 2023, 2024, 2025, 2100, 2400]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
          expect(isCalendarDate(text), text).toBe(byDate(text));
        }
      }
    }
  });

  it('refuses any other form', () => {
    for (const text of ['2024-2-01', '2024-02-1', '20240201', ' 2024-02-01', '2024-02-01 ', '2024-02-01T00:00', '２０２４-02-01', '']) expect(isCalendarDate(text), text).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
  });
});
