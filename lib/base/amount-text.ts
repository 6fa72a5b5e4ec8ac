import { Dec, MAX_AMOUNT } from './money';

/**
 * Reading money, a percentage or a count as a person types it (the page) or a program sends it (the CLI).
 * Phones and Chinese input methods give full-width digits, grouping commas, a leading ¥ or ￥ and a
 * trailing 元 or %; those are accepted. So is a trailing point ("5." on the way to "5.5"), so that no
 * error flashes while a decimal is being typed.
 */

/** 'fraction': a percentage typed as a fraction (0.9 for 90%). */
export type AmountProblem = 'format' | 'negative' | 'decimals' | 'max' | 'fraction';

export type Reading = { value: Dec } | { problem: AmountProblem } | null;

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d*)?$/;
const PLAIN = /^\d+(\.\d+)?$/;

/** Half-width digits and signs, no spaces, no currency sign or unit: the text a number is read from. */
function normalize(text: string, suffix: string): string {
  const half = text.replace(/[０-９．，－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const bare = half.replace(/\s+/g, '').replace(/^[¥￥]/, '');
  const unsuffixed = bare.endsWith(suffix) ? bare.slice(0, -suffix.length) : bare;
  const ungrouped = GROUPED.test(unsuffixed) ? unsuffixed.replace(/,/g, '') : unsuffixed;
  return /^\d+\.$/.test(ungrouped) ? ungrouped.slice(0, -1) : ungrouped;
}

function readNumber(text: string, suffix: string, max: Dec): Reading {
  // Plain digits (every JSON number the CLI reads) are already what normalize() would make of them.
  const t = PLAIN.test(text) ? text : normalize(text, suffix);
  if (t === '') return null;
  if (t.startsWith('-') && PLAIN.test(t.slice(1))) return { problem: 'negative' };
  if (!PLAIN.test(t)) return { problem: 'format' };
  if (/\.\d{3,}$/.test(t)) return { problem: 'decimals' };
  const value = new Dec(t);
  return value.greaterThan(max) ? { problem: 'max' } : { value };
}

/** Yuan, at most two decimals and at most 100,000,000; null when left empty. */
export function readAmount(text: string): Reading {
  return readNumber(text, '元', MAX_AMOUNT);
}

const HUNDRED = new Dec(100);

/**
 * A percentage from 0 to 100 with at most two decimals, returned as the engine's fraction (85 → 0.85).
 * No rate in these rules is below 1%: a number between 0 and 1 is a fraction typed for a percentage
 * (0.9 meaning 90%), asked about rather than read as 0.9%.
 */
export function readPercent(text: string): Reading {
  const read = readNumber(text, '%', HUNDRED);
  if (!read || !('value' in read)) return read;
  if (read.value.greaterThan(0) && read.value.lessThan(1)) return { problem: 'fraction' };
  return { value: read.value.dividedBy(HUNDRED) };
}

/** A whole number of at most three digits (本年第几次住院), full-width digits accepted; null when left empty or not such a number. */
export function readCount(text: string, unit = '次'): number | null {
  const t = normalize(text, unit);
  return /^\d{1,3}$/.test(t) ? Number(t) : null;
}

export function amountMessage(label: string, problem: AmountProblem): string {
  switch (problem) {
    case 'format':
      return `${label}请填写数字，例如 12345.67`;
    case 'negative':
      return `${label}不能为负数`;
    case 'decimals':
      return `${label}最多保留两位小数（到分）`;
    case 'max':
      return `${label}不能超过 100,000,000 元`;
    case 'fraction':
      return `${label}请填写数字，例如 12345.67`;
  }
}

export function percentMessage(label: string, problem: AmountProblem, typed = ''): string {
  if (problem === 'fraction') {
    const meant = readAmount(typed);
    const percent = meant && 'value' in meant ? meant.value.times(HUNDRED).toString() : '';
    return `${label}按百分数填写，${typed.trim()} 会被读作 ${typed.trim()}%。${percent ? `您是指 ${percent}% 吗？是的话请填写 ${percent}。` : ''}`;
  }
  return problem === 'decimals' ? `${label}最多保留两位小数，例如 85.5` : `${label}请填写 0 到 100 之间的数，例如 85 表示 85%`;
}
