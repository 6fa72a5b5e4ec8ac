import { describe, expect, it } from 'vitest';
import { keptEdits } from '@/components/what-if/kept-edits';
import { readFormOnly, savedReader } from './saved-schema';
import { SAVED_VERSION } from './saved-state';

const defaults = { city: 'weihai', total: '', events: [{ benefit: 'inpatient', grade: 'tertiary' }], away: false };
const values = { city: 'jinan', total: '20000', events: [{ benefit: 'x', grade: 'y' }, { benefit: 'z', grade: 'w' }], away: true };
const extra = { edits: { 'v1:deductible': { shape: 'amount', amount: '800' }, 'v1:rates': { shape: 'segments', rows: [{ upTo: '', rate: '90' }] } }, fromLink: ['v1:deductible'] };
const read = savedReader(keptEdits);
const at = '/planner/?city=jinan';
const text = (state: object) => JSON.stringify({ version: SAVED_VERSION, address: at, values, extra, ...state });

describe('savedReader', () => {
  it('gives back a state this release saved at this address, whatever its values say', () => {
    expect(read(text({}), at, defaults)).toEqual({ kind: 'saved', saved: { version: SAVED_VERSION, address: at, values, extra } });
    expect(readFormOnly(JSON.stringify({ version: SAVED_VERSION, address: at, values }), at, defaults).kind).toBe('saved');
  });

  it('finds nothing when nothing was saved, or the state belongs to another address', () => {
    expect(read(null, at, defaults)).toEqual({ kind: 'none' });
    expect(read(text({}), '/planner/?city=weihai', defaults)).toEqual({ kind: 'none' });
    expect(read(text({ version: 1 }), '/planner/', defaults)).toEqual({ kind: 'none' });
  });

  it('drops text that is not JSON, and a state of another format version', () => {
    for (const bad of ['', '{', 'null', '42', '"x"', '[]', text({ version: SAVED_VERSION + 1 }), text({ version: 1 }), text({ version: undefined })]) {
      expect(read(bad, at, defaults), bad).toEqual({ kind: 'dropped' });
    }
  });

  it('drops a form without the keys and kinds of the defaults', () => {
    for (const form of [
      { ...values, away: undefined },
      { ...values, extraField: 1 },
      { ...values, total: 1 },
      { ...values, events: [] },
      { ...values, events: [{ benefit: 'x' }] },
      { ...values, events: {} },
      null,
    ]) {
      expect(read(text({ values: form }), at, defaults), JSON.stringify(form)).toEqual({ kind: 'dropped' });
    }
  });

  it('drops what the page keeps beside its form when it is not what this release writes', () => {
    for (const kept of [
      undefined,
      null,
      { edits: null, fromLink: [] },
      { edits: {}, fromLink: 'x' },
      { edits: {}, fromLink: [1] },
      { edits: { k: { shape: 'amount', amount: 800 } }, fromLink: [] },
      { edits: { k: { shape: 'rate' } }, fromLink: [] },
      { edits: { k: { shape: 'segments', rows: [{ upTo: 1, rate: '90' }] } }, fromLink: [] },
      { edits: { k: { shape: 'nonsense', amount: '1' } }, fromLink: [] },
      { edits: {} },
    ]) {
      expect(read(text({ extra: kept }), at, defaults), JSON.stringify(kept)).toEqual({ kind: 'dropped' });
    }
    expect(readFormOnly(text({ extra: { edits: {}, fromLink: [] } }), at, defaults)).toEqual({ kind: 'dropped' });
  });
});

describe('rows the form starts without, and the format before the estimator’s earlier stays', () => {
  const form = { city: 'weihai', earlier: [] as { total: string }[] };
  const readRows = savedReader(keptEdits, { earlier: { total: '' } });
  const saved = (state: object) => JSON.stringify({ version: SAVED_VERSION, address: at, extra, ...state });

  it('reads rows as the item they are given, none or several', () => {
    for (const earlier of [[], [{ total: '1' }, { total: '' }]]) {
      expect(readRows(saved({ values: { ...form, earlier } }), at, form).kind, JSON.stringify(earlier)).toBe('saved');
    }
    for (const earlier of [[{ total: 1 }], [{}], [{ total: '', more: '' }]]) {
      expect(readRows(saved({ values: { ...form, earlier } }), at, form), JSON.stringify(earlier)).toEqual({ kind: 'dropped' });
    }
  });

  it('reads a state of format 2 as having no earlier stays typed, and drops one of format 1', () => {
    const before = saved({ version: 2, values: { city: 'jinan' } });
    expect(readRows(before, at, form)).toEqual({ kind: 'saved', saved: { version: SAVED_VERSION, address: at, values: { city: 'jinan', earlier: [] }, extra } });
    expect(read(JSON.stringify({ version: 2, address: at, values, extra }), at, defaults).kind).toBe('saved');
    expect(readRows(saved({ version: 1, values: { city: 'jinan' } }), at, form)).toEqual({ kind: 'dropped' });
  });
});
