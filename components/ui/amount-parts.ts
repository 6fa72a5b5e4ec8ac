/**
 * Where the amounts are in a sentence: "¥1,234.50", "−¥3.00", "1,234.50 元", "800 元", "4万元", and the
 * bare figures of a step's arithmetic ("30,000.00 × 90%"). Dates, percentages and counts are left as they are.
 */
export const AMOUNT = /[−+-]?¥\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?万?元|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d\d(?!\d)/g;

export function amountParts(text: string): { text: string; amount: boolean }[] {
  const parts: { text: string; amount: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(AMOUNT)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index), amount: false });
    parts.push({ text: match[0], amount: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), amount: false });
  return parts;
}
