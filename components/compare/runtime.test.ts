import { describe, expect, it } from 'vitest';
import { estimateClaim } from '@/lib/test-support';
import { initialCompareValues, type CompareValues } from './compare-values';
import { compare, describe as describeCompare, readLink, shareLink } from './runtime';

const values = (patch: Partial<CompareValues> = {}): CompareValues => ({ ...initialCompareValues(), date: '2025-06-01', totalCost: '50000', ...patch });

describe('compare', () => {
  it('settles the bill under all six city × scheme rules, each as the CLI would', () => {
    const outcome = compare(values({ resident: 'adult-tier2', admission: '2', outOfScope: '500' }));
    expect(outcome.kind).toBe('columns');
    if (outcome.kind !== 'columns') return;
    expect(outcome.columns.map((c) => c.title)).toEqual(['威海 · 职工医保', '济南 · 职工医保', '烟台 · 职工医保', '威海 · 居民医保', '济南 · 居民医保', '烟台 · 居民医保']);
    const yantai = outcome.columns[5]!;
    const cli = estimateClaim({ city: 'yantai', scheme: 'resident', member: 'adult-tier2', date: '2025-06-01', hospitalLevel: 3, admission: 2, totalCost: '50000', outOfScope: '500' });
    expect(yantai.outcome).toMatchObject({ kind: 'estimate', outOfPocket: cli.outOfPocket, fund: cli.fundPayment });
    expect(yantai.version?.level).toBe('reported');
    expect(yantai.notes[0]).toContain('公开报道');
  });

  it('explains a column that cannot compute, naming the values and linking to the page that asks for them with the bill', () => {
    const outcome = compare(values());
    if (outcome.kind !== 'columns') throw new Error('expected columns');
    expect(outcome.columns[0]?.outcome.kind).toBe('estimate'); // 威海职工: every value has a source
    const jinan = outcome.columns.find((c) => c.city === 'jinan' && c.scheme === 'resident')!;
    expect(jinan.outcome).toMatchObject({ kind: 'refusal', missing: ['一档成人·三级医院·起付线（第一次住院的标准）', '一档成人·三级医院·统筹基金分段支付比例', '一档成人·统筹基金年度最高支付限额'] });
    expect(jinan.outcome.kind === 'refusal' && jinan.outcome.supplyAt).toBe('/jinan/resident/?member=adult-tier1&level=3&admission=1#date=2025-06-01&total=50000');
    const early = compare(values({ date: '2019-06-01' }));
    if (early.kind !== 'columns') throw new Error('expected columns');
    expect(early.columns[1]).toMatchObject({ version: null, outcome: { kind: 'refusal', supplyAt: null } });
    expect(early.columns[1]?.outcome.kind === 'refusal' && early.columns[1].outcome.reason).toContain('没有已知的住院报销规定');
  });

  it('asks every detail any of the six versions reads for the chosen benefit', () => {
    const fields = (patch: Partial<CompareValues>) => describeCompare(values(patch)).fields?.map((f) => f.field);
    expect(fields({ hospitalLevel: '1' })).toEqual(['hospitalLevel', 'facility', 'away']);
    expect(fields({ benefit: 'outpatient-chronic' })).toEqual(['chronicClass', 'chronicGroup', 'hospitalLevel', 'away']);
    expect(describeCompare(values({ date: '2020-06-01' })).unavailable).toEqual({});
  });

  it('settles the chosen benefit in each column, each refusing as the CLI would where it has no rule', () => {
    const outcome = compare(values({ benefit: 'maternity', maternityEvent: 'delivery', totalCost: '6000', resident: 'adult-tier1' }));
    if (outcome.kind !== 'columns') throw new Error('expected columns');
    const jinan = outcome.columns.find((c) => c.city === 'jinan' && c.scheme === 'resident')!;
    const cli = estimateClaim({ city: 'jinan', scheme: 'resident', member: 'adult-tier1', date: '2025-06-01', benefit: 'maternity', maternityEvent: 'delivery', totalCost: '6000' });
    expect(jinan.outcome).toMatchObject({ kind: 'estimate', fund: cli.fundPayment, outOfPocket: cli.outOfPocket });
    expect(outcome.columns[0]!.outcome).toMatchObject({ kind: 'refusal', reason: expect.stringContaining('没有生育的已知规定') });
  });

  it('shares the choices, and the bill only after #', () => {
    const v = values({ employee: 'retired', resident: 'student', hospitalLevel: '1', facility: 'grassroots', selfPayFirst: '12.5' });
    expect(shareLink(v, false)).toBe('/compare/?employee=retired&resident=student&level=1&facility=grassroots&admission=1');
    const url = new URL(shareLink(v, true)!, 'https://example.org');
    expect(readLink(url.search, url.hash)).toEqual({ values: v, notice: null });
    const chronic = values({ benefit: 'outpatient-chronic', chronicGroup: 'severe-mental' });
    expect(shareLink(chronic, false)).toBe('/compare/?employee=working&resident=adult-tier1&level=3&admission=1#benefit=outpatient-chronic&chronicGroup=severe-mental');
    const back = new URL(shareLink(chronic, true)!, 'https://example.org');
    expect(readLink(back.search, back.hash)).toEqual({ values: chronic, notice: null });
  });
});
