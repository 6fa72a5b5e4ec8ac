import { describe, expect, it } from 'vitest';
import { textParts } from './text-parts';

const of = (kind: string, text: string) => textParts(text).filter((p) => p.kind === kind).map((p) => p.text);

describe('textParts', () => {
  it('finds every amount of a sentence, with its 元', () => {
    expect(of('amount', '统筹基金本年已支付 12,000.00 元，限额 200,000.00 元，还剩 188,000.00 元')).toEqual(['12,000.00 元', '200,000.00 元', '188,000.00 元']);
    expect(of('amount', '按此重算 ¥1,234.50，结算单 −¥3.00')).toEqual(['¥1,234.50', '−¥3.00']);
    expect(of('amount', '起付线 800 元；超过4万元的部分')).toEqual(['800 元', '4万元']);
    expect(of('amount', '起付线至 40,000 元部分：30,000.00 × 90%')).toEqual(['40,000 元', '30,000.00']);
  });

  it('leaves dates, percentages and counts as words', () => {
    expect(of('amount', '2024-01-01 起，第2次住院按 50% 计，本年第3次')).toEqual([]);
  });

  it('finds the hotline wherever it is named, and no other number', () => {
    expect(of('hotline', '请向烟台市医疗保障局或12393询问后填写。')).toEqual(['12393']);
    expect(of('hotline', '拨打医保服务热线 12393。')).toEqual(['12393']);
    expect(of('hotline', '索引号 1123930 与 ¥12,393.00')).toEqual([]);
  });

  it('gives back the whole text in order', () => {
    const text = '全自费 1,000.00 + 先行自付 500.00，或拨打 12393 询问';
    expect(textParts(text).map((p) => p.text).join('')).toBe(text);
  });
});
