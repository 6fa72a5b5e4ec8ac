import { describe, expect, it } from 'vitest';
import { LINK_NOTICE } from '@/components/share/link-codec';
import { initialCheckValues, type CheckValues } from './check-values';
import { check, describe as describeForm, readLink, resolver, shareLink } from './runtime';

/** The slip check's page side: the form read into a slip, its view in words, its link carrying no amount. */

const form = (patch: Partial<CheckValues>): CheckValues => ({ ...initialCheckValues('weihai'), date: '2025-03-01', ...patch });

// 威海职工 在职 三级 (see lib/check/check.test.ts): 47,000 in scope, 起付线 900, 统筹 39,980, 个人负担 10,020.
const WEIHAI = form({ total: '50,000', outOfScope: '1500', overLimit: '500', selfPayFirst: '1000', deductible: '900', fund: '39980', supplement: '0', personal: '10020', account: '3000', cash: '7020' });

function view(values: CheckValues) {
  const outcome = check(values, {});
  if (outcome.kind !== 'check') throw new Error(`no check: ${JSON.stringify(outcome)}`);
  return outcome.view;
}

describe('check', () => {
  it('waits for the total, then for corrections', () => {
    expect(check(form({}), {})).toEqual({ kind: 'incomplete', reason: 'empty' });
    expect(check(form({ total: '50000', fund: '１２abc' }), {})).toEqual({ kind: 'incomplete', reason: 'invalid' });
  });

  it('shows a slip the rules give as agreeing, line by line, in yuan strings', () => {
    const v = view(WEIHAI);
    expect(v.comparison.kind).toBe('lines');
    if (v.comparison.kind !== 'lines') return;
    expect([v.comparison.compared, v.comparison.differing]).toEqual([4, 0]);
    expect(v.comparison.rows.map((r) => [r.name, r.slip, r.rule, r.same])).toEqual([
      ['实际支付起付线', '900.00', '900.00', true],
      ['统筹基金支付', '39980.00', '39980.00', true],
      ['大病保险 / 大额补助', '0.00', '0.00', true],
      ['个人负担', '10020.00', '10020.00', true],
    ]);
    expect(v.comparison.basis).toBe('按在职职工、三级医院、本年第1次住院，政策范围内费用 47,000.00 元重算。');
    expect(v.reasons).toEqual([]);
    expect(v.interpretations[0]?.title).toBe('超限价自费算作政策范围以外的费用');
    expect(v.version?.id).toBe('weihai-employee-2024');
  });

  it('names the reason for a 异地 slip: the first 10% paid by the person', () => {
    // 47,000 × 10% first; 42,300 left: 7,280 + 26,400 + 2,070 = 35,750.
    const v = view({ ...WEIHAI, fund: '35750', personal: '14250', cash: '11250' });
    expect(v.comparison.kind === 'lines' && v.comparison.differing).toBe(2);
    expect(v.reasons[0]?.title).toContain('异地就医');
  });

  it('puts the parts-too-large message on the last part typed, and 符合政策范围金额 beyond the total on its own field', async () => {
    const parts = await resolver(form({ total: '1000', outOfScope: '800', overLimit: '300' }), undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(parts.errors.overLimit?.message).toBe('全自费、超限价自费与先行自付之和不能超过医疗费总额');
    const eligible = await resolver(form({ total: '1000', eligible: '1200' }), undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(eligible.errors.eligible?.message).toBe('符合政策范围金额不能超过医疗费总额');
    const negative = await resolver(form({ total: '1000', fund: '-5' }), undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(negative.errors.fund?.message).toBe('统筹基金支付不能为负数');
  });

  it('refuses in words where no source gives a value, and says which to fill', () => {
    const values = form({ city: 'jinan', scheme: 'resident', member: 'adult-tier1', total: '30000', fund: '20000' });
    expect(describeForm(values, {}).asked.map((a) => a.label)).toEqual(['一档成人·三级医院·起付线（第一次住院的标准）', '一档成人·三级医院·统筹基金分段支付比例', '一档成人·统筹基金年度最高支付限额']);
    const v = view(values);
    expect(v.comparison.kind).toBe('refusal');
    if (v.comparison.kind === 'refusal') expect(v.comparison.missing).toHaveLength(3);
    expect(v.explanations.map((e) => e.name)).toEqual(['医疗费总额', '统筹基金支付']);
  });
});

describe('the link', () => {
  it('carries the choices and never an amount', () => {
    const link = shareLink({ ...WEIHAI, member: 'retired', hospitalLevel: '2', admission: '2', away: 'temporary-in-province' });
    expect(link).toBe('/check/?city=weihai&scheme=employee&member=retired&level=2&admission=2&away=temporary-in-province');
    expect(link).not.toMatch(/50000|39980|total|fund/);
  });

  it('reads back what it wrote', () => {
    const { values, notice } = readLink('?city=yantai&scheme=resident&member=minor&level=1&admission=3', '');
    expect(notice).toBeNull();
    expect(values).toMatchObject({ city: 'yantai', scheme: 'resident', member: 'minor', hospitalLevel: '1', admission: '3', away: 'local', total: '' });
  });

  it('opens with the defaults and a notice when tampered with, or when amounts are put after #', () => {
    expect(readLink('?scheme=resident&member=retired', '')).toEqual({ values: null, notice: LINK_NOTICE });
    expect(readLink('?city=weihai', '#total=50000')).toEqual({ values: null, notice: LINK_NOTICE });
    expect(readLink('?from=singlemessage', '')).toEqual({ values: null, notice: null });
  });
});

describe('what a resident says of themselves for the 大病 maximum (2025 on)', () => {
  // 烟台居民 一档 三级 2,000,000: 起付线 800, 统筹 180,000, 大病 its maximum; a slip that paid 421,000 (10 years, none last year)
  // agrees once the two inputs are given, and differs by the 21,000 raise without them.
  const slip = form({ city: 'yantai', scheme: 'resident', member: 'adult-tier1', total: '2000000', deductible: '800', fund: '180000', supplement: '421000', personal: '1399000' });

  it('are asked of a resident where the raise is in force, checked with, and carried as choices', () => {
    expect(describeForm(slip, {}).person).toBe(true);
    const before = view(slip);
    expect(before.comparison.kind === 'lines' && before.comparison.rows.find((r) => r.name === '大病保险 / 大额补助')?.rule).toBe('400000.00');
    const given = view({ ...slip, continuousYears: '10', noClaimLastYear: 'yes' });
    expect(given.comparison.kind === 'lines' && given.comparison.differing).toBe(0);
    expect(shareLink({ ...slip, continuousYears: '10', noClaimLastYear: 'yes' })).toBe('/check/?city=yantai&scheme=resident&member=adult-tier1&level=3&admission=1&years=10&noClaim=1');
    expect(readLink('?scheme=resident&member=adult-tier1&noClaim=0', '').values).toMatchObject({ continuousYears: '', noClaimLastYear: 'no' });
    expect(readLink('?scheme=employee&member=working&noClaim=0', '').notice).toBe(LINK_NOTICE);
  });
});

