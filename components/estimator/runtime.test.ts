import { describe, expect, it } from 'vitest';
import { claimSchema, toYearRequest } from '@/lib/claim';
import { estimateYear } from '@/lib/engine';
import { toJson } from '@/lib/output';
import { initialValues, type FormValues } from './form-values';
import { describe as describeForm, estimate } from './runtime';

const form = (patch: Partial<FormValues>): FormValues => ({ ...initialValues(), date: '2025-03-01', ...patch });

/** The CLI's outOfPocket for the same claim, computed the way scripts/estimate.ts does. */
function cliOutOfPocket(claim: Record<string, unknown>): string {
  return toJson(estimateYear(toYearRequest(claimSchema.parse(claim)))).outOfPocket;
}

describe('describe: what the form asks besides its fixed fields', () => {
  it('asks Weihai employees for the segment rates only', () => {
    const ctx = describeForm(form({ city: 'weihai', scheme: 'employee', member: 'retired', hospitalLevel: '2' }));
    expect(ctx.missing.map((m) => m.kind)).toEqual(['rates']);
    expect(ctx.missing[0]?.note).toContain('12393');
    expect(ctx.ratesPrefill).toEqual([{ upTo: '', rate: '' }]);
    expect(ctx.facilities).toEqual([]);
  });

  it('asks Jinan residents for the deductible, the rates and the annual cap', () => {
    const ctx = describeForm(form({ city: 'jinan', scheme: 'resident', member: 'student' }));
    expect(ctx.missing.map((m) => m.kind)).toEqual(['deductible', 'rates', 'fundCap']);
  });

  it('prefills the known part of a partly known table, leaving the unknown rate empty', () => {
    const ctx = describeForm(form({ city: 'weihai', scheme: 'resident', member: 'adult-tier2', hospitalLevel: '3' }));
    expect(ctx.ratesPrefill).toEqual([
      { upTo: '40000', rate: '55' },
      { upTo: '300000', rate: '70' },
      { upTo: '', rate: '' },
    ]);
  });

  it('offers the level-1 variants only where the version has them, and only for level 1', () => {
    const level1 = describeForm(form({ city: 'weihai', scheme: 'resident', member: 'adult-tier1', hospitalLevel: '1' }));
    expect(level1.facilities.map((f) => f.value)).toEqual(['', 'grassroots']);
    expect(describeForm(form({ city: 'weihai', scheme: 'resident', member: 'adult-tier1', hospitalLevel: '2' })).facilities).toEqual([]);
    expect(describeForm(form({ city: 'yantai', scheme: 'resident', member: 'adult-tier1', hospitalLevel: '1' })).facilities).toEqual([]);
    const yantai2018 = describeForm(form({ city: 'yantai', scheme: 'resident', member: 'adult-tier1', hospitalLevel: '1', date: '2020-01-01' }));
    expect(yantai2018.facilities.map((f) => f.value)).toEqual(['', 'no-essential-drugs']);
  });

  it('changes its key with the grade, so asked values start afresh', () => {
    const a = describeForm(form({ city: 'weihai', scheme: 'employee', hospitalLevel: '2' }));
    const b = describeForm(form({ city: 'weihai', scheme: 'employee', hospitalLevel: '3' }));
    expect(a.key).not.toBe(b.key);
    expect(describeForm(form({ date: '' })).key).toBe('none');
  });
});

describe('estimate', () => {
  it('shows nothing for empty or invalid input', () => {
    expect(estimate(form({ totalCost: '' }))).toEqual({ kind: 'incomplete', reason: 'empty' });
    expect(estimate(form({ totalCost: '12.345' }))).toEqual({ kind: 'incomplete', reason: 'invalid' });
  });

  it('gives the CLI’s outOfPocket for the same claim', () => {
    const outcome = estimate(
      form({ city: 'yantai', scheme: 'resident', member: 'adult-tier1', hospitalLevel: '3', admission: '2', totalCost: '88000', outOfScope: '3000.5', selfPayFirst: '1200' }),
    );
    expect(outcome.kind).toBe('estimate');
    if (outcome.kind !== 'estimate') return;
    expect(outcome.view.outOfPocket).toBe(
      cliOutOfPocket({
        city: 'yantai',
        scheme: 'resident',
        member: 'adult-tier1',
        date: '2025-03-01',
        hospitalLevel: 3,
        admission: 2,
        totalCost: '88000',
        outOfScope: '3000.5',
        selfPayFirst: '1200',
      }),
    );
    expect(outcome.view.userValues).toBe(false);
  });

  it('names what to fill when a value is missing, and computes with it once given', () => {
    const base = form({ city: 'weihai', scheme: 'employee', member: 'working', hospitalLevel: '3', totalCost: '50000' });
    const refused = estimate(base);
    expect(refused).toMatchObject({ kind: 'refusal', code: 'unknown-parameter', missing: ['统筹基金分段支付比例'] });

    const given = estimate({ ...base, rates: [{ upTo: '10000', rate: '85' }, { upTo: '', rate: '90' }] });
    expect(given.kind).toBe('estimate');
    if (given.kind !== 'estimate') return;
    expect(given.view.userValues).toBe(true);
    expect(given.view.outOfPocket).toBe(
      cliOutOfPocket({
        city: 'weihai',
        scheme: 'employee',
        member: 'working',
        date: '2025-03-01',
        hospitalLevel: 3,
        admission: 1,
        totalCost: '50000',
        overrides: { rates: [{ upTo: 10000, rate: 0.85 }, { upTo: null, rate: 0.9 }] },
      }),
    );
  });

  it('ignores values typed for parameters the sources do give', () => {
    const withStray = estimate(form({ city: 'yantai', scheme: 'employee', totalCost: '50000', deductible: '1', rates: [{ upTo: '', rate: '100' }] }));
    const plain = estimate(form({ city: 'yantai', scheme: 'employee', totalCost: '50000' }));
    expect(withStray).toEqual(plain);
  });

  it('explains a date no version covers, listing the known versions', () => {
    const outcome = estimate(form({ city: 'jinan', scheme: 'employee', totalCost: '1000', date: '2019-05-01' }));
    expect(outcome).toMatchObject({ kind: 'refusal', code: 'no-version' });
    expect(outcome.kind === 'refusal' && outcome.message).toContain('已知版本');
  });
});
