import { describe, expect, it } from 'vitest';
import { amountParts } from './amount-parts';

const amounts = (text: string) => amountParts(text).filter((p) => p.amount).map((p) => p.text);

describe('amountParts', () => {
  it('finds every amount of a sentence, with its 元', () => {
    expect(amounts('统筹基金本年已支付 12,000.00 元，限额 200,000.00 元，还剩 188,000.00 元')).toEqual(['12,000.00 元', '200,000.00 元', '188,000.00 元']);
    expect(amounts('按此重算 ¥1,234.50，结算单 −¥3.00')).toEqual(['¥1,234.50', '−¥3.00']);
    expect(amounts('起付线 800 元；超过4万元的部分')).toEqual(['800 元', '4万元']);
    expect(amounts('起付线至 40,000 元部分：30,000.00 × 90%')).toEqual(['40,000 元', '30,000.00']);
  });

  it('leaves dates, percentages and counts as words', () => {
    expect(amounts('2024-01-01 起，第2次住院按 50% 计，本年第3次')).toEqual([]);
  });

  it('gives back the whole text in order', () => {
    const text = '全自费 1,000.00 + 先行自付 500.00 + 政策范围内个人负担 2,345.67';
    expect(amountParts(text).map((p) => p.text).join('')).toBe(text);
  });
});
