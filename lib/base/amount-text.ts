import { Dec, MAX_AMOUNT } from './money';

/**
 * Reading money or a percentage as a person types it (the page) or a program sends it (the CLI). Phones and Chinese input methods
 * give full-width digits, grouping commas and a trailing 元 or %; those are accepted.
 */

export type AmountProblem = 'format' | 'negative' | 'decimals' | 'max';

export type Reading = { value: Dec } | { problem: AmountProblem } | null;

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^\d+(\.\d+)?$/;

function normalize(text: string, suffix: string): string {
  const half = text.replace(/[０-９．，－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const bare = half.replace(/\s+/g, '');
  const unsuffixed = bare.endsWith(suffix) ? bare.slice(0, -suffix.length) : bare;
  return GROUPED.test(unsuffixed) ? unsuffixed.replace(/,/g, '') : unsuffixed;
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

/** A percentage from 0 to 100 with at most two decimals, returned as the engine's fraction (85 → 0.85). */
export function readPercent(text: string): Reading {
  const read = readNumber(text, '%', HUNDRED);
  return read && 'value' in read ? { value: read.value.dividedBy(HUNDRED) } : read;
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
  }
}

export function percentMessage(label: string, problem: AmountProblem): string {
  return problem === 'decimals'
    ? `${label}最多保留两位小数，例如 85.5`
    : `${label}请填写 0 到 100 之间的数，例如 85 表示 85%`;
}
