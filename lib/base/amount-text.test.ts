import { describe, expect, it } from 'vitest';
import { amountMessage, percentMessage, readAmount, readCount, readPercent } from './amount-text';

const value = (r: ReturnType<typeof readAmount>) => (r && 'value' in r ? r.value.toString() : r);

describe('readAmount', () => {
  it('reads plain, grouped, full-width and 元-suffixed amounts exactly', () => {
    expect(value(readAmount('12345.67'))).toBe('12345.67');
    expect(value(readAmount(' 12,345.6 '))).toBe('12345.6');
    expect(value(readAmount('１２３４５．６７'))).toBe('12345.67');
    expect(value(readAmount('5000元'))).toBe('5000');
    expect(value(readAmount('100000000'))).toBe('100000000');
  });

  it('reads a leading ¥ or ￥ and a trailing point as a person types them', () => {
    expect(value(readAmount('¥20000'))).toBe('20000');
    expect(value(readAmount('￥20,000'))).toBe('20000');
    expect(value(readAmount('￥２００００'))).toBe('20000');
    expect(value(readAmount('5.'))).toBe('5');
    expect(value(readAmount('1.'))).toBe('1');
    expect(readAmount('¥')).toBeNull();
    expect(readAmount('5..')).toEqual({ problem: 'format' });
    expect(readAmount('¥¥5')).toEqual({ problem: 'format' });
  });

  it('is null when left empty, so optional fields count as not given', () => {
    expect(readAmount('')).toBeNull();
    expect(readAmount('   ')).toBeNull();
  });

  it('names the problem with what was typed', () => {
    expect(readAmount('-5')).toEqual({ problem: 'negative' });
    expect(readAmount('－5')).toEqual({ problem: 'negative' });
    expect(readAmount('1.234')).toEqual({ problem: 'decimals' });
    expect(readAmount('100000000.01')).toEqual({ problem: 'max' });
    expect(readAmount('abc')).toEqual({ problem: 'format' });
    expect(readAmount('1,23')).toEqual({ problem: 'format' });
    expect(readAmount('1e5')).toEqual({ problem: 'format' });
    expect(readAmount('.5')).toEqual({ problem: 'format' });
  });
});

describe('readPercent', () => {
  it('turns a percentage into the engine fraction without float error', () => {
    expect(value(readPercent('85'))).toBe('0.85');
    expect(value(readPercent('85.5%'))).toBe('0.855');
    expect(value(readPercent('7.1'))).toBe('0.071');
    expect(value(readPercent('100'))).toBe('1');
    expect(value(readPercent('0'))).toBe('0');
  });

  it('refuses more than 100 %, negatives and more than two decimals', () => {
    expect(readPercent('100.5')).toEqual({ problem: 'max' });
    expect(readPercent('-1')).toEqual({ problem: 'negative' });
    expect(readPercent('85.555')).toEqual({ problem: 'decimals' });
  });

  it('asks about a fraction typed for a percentage instead of reading 0.9 as 0.9 %', () => {
    expect(readPercent('0.9')).toEqual({ problem: 'fraction' });
    expect(readPercent('0.85')).toEqual({ problem: 'fraction' });
    expect(value(readPercent('1'))).toBe('0.01');
    expect(percentMessage('三级医院报销比例', 'fraction', '0.9')).toBe(
      '三级医院报销比例按百分数填写，0.9 会被读作 0.9%。您是指 90% 吗？是的话请填写 90。',
    );
  });
});

describe('readCount', () => {
  it('reads half- and full-width whole numbers, with or without 次', () => {
    expect(readCount('2')).toBe(2);
    expect(readCount('２')).toBe(2);
    expect(readCount(' 12 ')).toBe(12);
    expect(readCount('3次')).toBe(3);
  });

  it('is null for anything else', () => {
    expect(readCount('')).toBeNull();
    expect(readCount('2.5')).toBeNull();
    expect(readCount('-2')).toBeNull();
    expect(readCount('1000')).toBeNull();
    expect(readCount('二')).toBeNull();
  });
});

describe('amountMessage', () => {
  it('names the field in every message', () => {
    for (const problem of ['format', 'negative', 'decimals', 'max'] as const) {
      expect(amountMessage('住院总费用', problem)).toMatch(/^住院总费用/);
    }
  });
});
