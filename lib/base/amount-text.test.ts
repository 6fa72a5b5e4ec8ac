import { describe, expect, it } from 'vitest';
import { amountMessage, readAmount, readPercent } from './amount-text';

const value = (r: ReturnType<typeof readAmount>) => (r && 'value' in r ? r.value.toString() : r);

describe('readAmount', () => {
  it('reads plain, grouped, full-width and 元-suffixed amounts exactly', () => {
    expect(value(readAmount('12345.67'))).toBe('12345.67');
    expect(value(readAmount(' 12,345.6 '))).toBe('12345.6');
    expect(value(readAmount('１２３４５．６７'))).toBe('12345.67');
    expect(value(readAmount('5000元'))).toBe('5000');
    expect(value(readAmount('100000000'))).toBe('100000000');
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
});

describe('amountMessage', () => {
  it('names the field in every message', () => {
    for (const problem of ['format', 'negative', 'decimals', 'max'] as const) {
      expect(amountMessage('住院总费用', problem)).toMatch(/^住院总费用/);
    }
  });
});
