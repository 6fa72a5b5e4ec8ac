/** Calendar dates as the claims carry them: ISO "YYYY-MM-DD", days in China's time zone. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** By arithmetic rather than a Date round trip: the CLI checks every date of every claim of a batch. */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= MONTH_DAYS[month - 1]! + (month === 2 && leap ? 1 : 0);
}

// China has kept UTC+8 all year since 1991 (no daylight saving), so its day is found by arithmetic:
// an Intl formatter for Asia/Shanghai loads time-zone data: ~80 ms of each page's runtime start at 4× CPU.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today in China, where every admission happens: the default admission date. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

let today = { until: 0, day: '' };

/** Today in China, read from the clock at most once a second: estimates run by the thousand (batch checks, the planner). */
export function todayNow(): string {
  const now = Date.now();
  if (now >= today.until) today = { until: now + 1000, day: todayInShanghai(new Date(now)) };
  return today.day;
}
