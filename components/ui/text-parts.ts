/**
 * Where the amounts are in a sentence: "¥1,234.50", "−¥3.00", "1,234.50 元", "800 元", "4万元", and the
 * bare figures of a step's arithmetic ("30,000.00 × 90%"). Dates, percentages and counts are left as they are.
 */
export const AMOUNT = /[−+-]?¥\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?万?元|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d\d(?!\d)/g;

/** The medical-insurance service hotline, wherever a text names it: a number to call with one tap. */
export const HOTLINE = '12393';

const PARTS = new RegExp(`(${AMOUNT.source})|(?<!\\d)(${HOTLINE})(?!\\d)`, 'g');

export interface TextPart {
  text: string;
  kind: 'words' | 'amount' | 'hotline';
}

/** A sentence as words, amounts (never to be split across lines) and the hotline (a link to call). */
export function textParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(PARTS)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index), kind: 'words' });
    parts.push({ text: match[0], kind: match[1] ? 'amount' : 'hotline' });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), kind: 'words' });
  return parts;
}
