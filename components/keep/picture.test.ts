import { describe, expect, it } from 'vitest';
import { AMOUNT } from '@/components/ui/text-parts';
import { breakUnits, wrapText } from './picture';

/** Every character 10 px wide: a line of 100 px holds 10. */
const measure = (s: string) => s.length * 10;

describe('breakUnits', () => {
  it('keeps amounts and Latin runs whole and closing punctuation with what it closes', () => {
    expect(breakUnits('您付 ¥15,200.00（约占 51%）。')).toEqual(['您', '付', ' ', '¥15,200.00', '（', '约', '占', ' ', '51%）。']);
    expect(breakUnits('限额 200,000.00 元，还剩')).toEqual(['限', '额', ' ', '200,000.00 元，', '还', '剩']);
  });
});

describe('wrapText', () => {
  it('never splits an amount across lines, and loses no character but the spaces at a break', () => {
    const text = '这次住院医保大约付 ¥14,800.00，您自己大约付 ¥15,200.00（约占 51%）。统筹基金本年已支付 12,000.00 元';
    for (const width of [120, 130, 170, 240, 330]) {
      const lines = wrapText(text, width, measure);
      for (const amount of text.match(AMOUNT)!) expect(lines.some((l) => l.includes(amount))).toBe(true);
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      for (const line of lines) if (!line.match(AMOUNT)) expect(measure(line)).toBeLessThanOrEqual(width);
    }
  });

  it('starts no line with closing punctuation', () => {
    const lines = wrapText('一二三四五六七八九十，一二三。', 100, measure);
    expect(lines).toEqual(['一二三四五六七八九', '十，一二三。']);
  });

  it('splits only what is wider than a whole line', () => {
    expect(wrapText('https://example.org/weihai/resident/', 100, measure)).toEqual(['https://ex', 'ample.org/', 'weihai/res', 'ident/']);
  });
});
