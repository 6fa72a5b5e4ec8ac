/** Calendar dates as the claims carry them: ISO "YYYY-MM-DD", days in China's time zone. */

export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

// Made once: building an Intl formatter costs far more than an estimate.
const SHANGHAI_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in China, where every admission happens: the default admission date. */
export function todayInShanghai(now: Date = new Date()): string {
  return SHANGHAI_DAY.format(now);
}

let today = { until: 0, day: '' };

/** Today in China, read from the clock at most once a second: estimates run by the thousand (batch checks, the planner). */
export function todayNow(): string {
  const now = Date.now();
  if (now >= today.until) today = { until: now + 1000, day: todayInShanghai(new Date(now)) };
  return today.day;
}
