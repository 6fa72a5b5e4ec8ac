import { describe, expect, it } from 'vitest';
import { formatYuan } from './format';

describe('formatYuan', () => {
  it('groups thousands and keeps two decimals', () => {
    expect(formatYuan('1234.56')).toBe('¥1,234.56');
    expect(formatYuan('0.00')).toBe('¥0.00');
    expect(formatYuan('100000000.00')).toBe('¥100,000,000.00');
  });

  it('does not lose cents on amounts a float would round', () => {
    expect(formatYuan('90071992547409.93')).toBe('¥90,071,992,547,409.93');
  });
});
