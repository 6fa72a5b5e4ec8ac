import { describe, expect, it } from 'vitest';
import { sameShape } from './saved-state';

describe('sameShape', () => {
  const model = { city: 'weihai', total: '', events: [{ benefit: 'inpatient', grade: 'tertiary' }], away: false };

  it('accepts a state with the same keys and kinds, whatever the values', () => {
    expect(sameShape(model, { city: 'jinan', total: '20000', events: [], away: true })).toBe(true);
    expect(sameShape(model, { city: 'jinan', total: '1', events: [{ benefit: 'x', grade: 'y' }, { benefit: 'z', grade: 'w' }], away: false })).toBe(true);
  });

  it('drops a state saved by another version of the page', () => {
    expect(sameShape(model, { city: 'jinan', total: '1', events: [] })).toBe(false);
    expect(sameShape(model, { city: 'jinan', total: '1', events: [], away: false, extra: 1 })).toBe(false);
    expect(sameShape(model, { city: 'jinan', total: 1, events: [], away: false })).toBe(false);
    expect(sameShape(model, { city: 'jinan', total: '1', events: [{ benefit: 'x' }], away: false })).toBe(false);
    expect(sameShape(model, { city: 'jinan', total: '1', events: {}, away: false })).toBe(false);
    expect(sameShape(model, null)).toBe(false);
  });
});
