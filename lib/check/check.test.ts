import { describe, expect, it } from 'vitest';
import { Dec } from '../base/money';
import { sumChecks } from './arithmetic';
import { checkSlip, type CheckResult } from './check';
import type { Slip, Stay } from './slip';

/**
 * 核对结算单 on slips worked out by hand from the rule data: a slip the rules give shows no
 * difference; a slip with the figures of one other circumstance names that circumstance first.
 */

const d = (x: string) => new Dec(x);

function slipOf(lines: Partial<Record<keyof Slip, string>> & { total: string }): Slip {
  return Object.fromEntries(Object.entries(lines).map(([k, v]) => [k, d(v)])) as Slip;
}

/** The slip with one line left empty. */
function without<T extends object>(lines: T, key: keyof T): T {
  const copy = { ...lines };
  delete copy[key];
  return copy;
}

function settled(result: CheckResult) {
  if (result.recomputed.kind !== 'settled') throw new Error(`refused: ${result.recomputed.error.message}`);
  return result.recomputed;
}

/** 威海职工 在职 三级 (威医保发〔2023〕56号; the 2024 rates reported): deductible 900; 80% to 10,000, 88% to 40,000, 90% above. */
const WEIHAI: Stay = { city: 'weihai', scheme: 'employee', member: 'working', date: '2025-03-01', hospitalLevel: 3, admission: 1 };

// 总额 50,000 − 全自费 1,500 − 超限价 500 − 先行自付 1,000 = 47,000 in scope.
// Fund: (10,000 − 900) × 80% = 7,280; 30,000 × 88% = 26,400; 7,000 × 90% = 6,300; 7,280 + 26,400 + 6,300 = 39,980.
// 大额补助: nothing above 240,000, and the 7,020 borne within it is under the 18,000 start: 0.
// 个人负担 50,000 − 39,980 = 10,020, of which 3,000 from the account and 7,020 in cash.
const WEIHAI_SLIP = {
  total: '50000',
  outOfScope: '1500',
  overLimit: '500',
  selfPayFirst: '1000',
  eligible: '47000',
  deductible: '900',
  fund: '39980',
  supplement: '0',
  personal: '10020',
  account: '3000',
  cash: '7020',
};

describe('a slip the rules give', () => {
  it('shows every ruled line equal, every sum adding up, and no reason', () => {
    const result = checkSlip(slipOf(WEIHAI_SLIP), WEIHAI);
    const r = settled(result);
    expect(r.comparisons.map((c) => [c.line, c.rule?.toFixed(2), c.same])).toEqual([
      ['deductible', '900.00', true],
      ['fund', '39980.00', true],
      ['supplement', '0.00', true],
      ['personal', '10020.00', true],
    ]);
    expect(result.sums.map((s) => [s.id, s.ok])).toEqual([
      ['eligible', true],
      ['personal', true],
      ['total', true],
    ]);
    expect(r.reasons).toEqual([]);
  });

  it('counts 超限价自费 with 全自费 outside the policy scope when 符合政策范围金额 is left out', () => {
    const r = settled(checkSlip(slipOf(without(WEIHAI_SLIP, 'eligible')), WEIHAI));
    expect(r.settled.current.eligibleCost.toFixed(2)).toBe('47000.00');
    expect(r.differing).toEqual([]);
  });

  it('settles on the slip’s own 符合政策范围金额, and flags that it is not 总额 − 全自费 − 超限价 − 先行自付', () => {
    // 符合政策范围 47,000 as printed, but 全自费 typed 2,500: 50,000 − 2,500 − 500 − 1,000 = 46,000.
    const result = checkSlip(slipOf({ ...WEIHAI_SLIP, outOfScope: '2500' }), WEIHAI);
    const r = settled(result);
    expect(r.settled.current.eligibleCost.toFixed(2)).toBe('47000.00');
    expect(r.differing).toEqual([]);
    const eligible = result.sums.find((s) => s.id === 'eligible')!;
    expect([eligible.ok, eligible.computed.toFixed(2)]).toEqual([false, '46000.00']);
    expect(r.reasons.map((x) => x.kind)).toEqual(['slip-arithmetic']);
  });

  it('explains each typed line, citing the version’s parameters', () => {
    const { explanations } = checkSlip(slipOf(WEIHAI_SLIP), WEIHAI);
    expect(explanations.map((e) => e.name)).toEqual([
      '医疗费总额',
      '全自费',
      '超限价自费',
      '先行自付',
      '符合政策范围金额',
      '实际支付起付线',
      '统筹基金支付',
      '大病保险 / 大额补助',
      '个人负担',
      '个人账户支付',
      '现金支付',
    ]);
    const by = (name: string) => explanations.find((e) => e.name === name)!;
    expect(by('实际支付起付线').source).toContain('威医保发〔2023〕56号《');
    expect(by('实际支付起付线').source).toContain('二（一）');
    expect(by('实际支付起付线').detail).toContain('第二次住院起付线减半');
    // The rates: the 医保局's disclosure of 2024-04-10, beside the 56号 article on the 240,000 band; nothing reported.
    expect(by('统筹基金支付').source).toBe(
      '威海市医疗保障局《2024年一季度……待遇支付……情况》（2024-04-10，索引号 11371000004359010J-DSJ/2024-01048）职工住院分段支付比例（在职）；威医保发〔2023〕56号《关于做好职工基本医疗保险省级统筹落实工作的通知》二（一）',
    );
    expect(by('大病保险 / 大额补助').source).toContain('大额补助（24万元以上部分）：威医保发〔2023〕56号');
    expect(by('大病保险 / 大额补助').source).toContain('二（二）2');
    expect(by('全自费').source).toBeNull();
  });
});

describe('a slip with the figures of another circumstance names it first', () => {
  const first = (slip: Record<string, string> & { total: string }, stay: Stay) => settled(checkSlip(slipOf(slip), stay)).reasons[0]!;
  // 总额 50,000, 全自费 2,000, 先行自付 1,000: 47,000 in scope, as above.
  const BILL = { total: '50000', outOfScope: '2000', selfPayFirst: '1000' };

  it('the 2nd admission of the year: half the deductible', () => {
    // 起付线 900 / 2 = 450; (10,000 − 450) × 80% = 7,640; + 26,400 + 6,300 = 40,340; 个人负担 50,000 − 40,340 = 9,660.
    const reason = first({ ...BILL, deductible: '450', fund: '40340', personal: '9660' }, WEIHAI);
    expect([reason.kind, reason.fit, reason.title]).toEqual(['earlier-stays', 'exact', '这次可能是本年第2次住院']);
    expect(reason.unexplained).toEqual([]);
  });

  it('another grade', () => {
    // 二级: 起付线 700; (10,000 − 700) × 85% = 7,905; 30,000 × 90% = 27,000; 7,000 × 90% = 6,300; 41,205; 个人负担 8,795.
    const reason = first({ ...BILL, deductible: '700', fund: '41205', personal: '8795' }, WEIHAI);
    expect([reason.kind, reason.title]).toEqual(['grade', '医院可能按“二级医院”结算']);
  });

  it('another member type: 退休 for 在职', () => {
    // 退休 三级: 起付线 900; 9,100 × 90% = 8,190; 30,000 × 94% = 28,200; 7,000 × 90% = 6,300; 42,690; 个人负担 7,310.
    const reason = first({ ...BILL, deductible: '900', fund: '42690', personal: '7310' }, WEIHAI);
    expect([reason.kind, reason.title]).toEqual(['member', '可能按“退休”的待遇结算']);
  });

  it('treatment out of town for a while: the first 10% paid by the person', () => {
    // 47,000 × 10% = 4,700 first; 42,300 left: 7,280 + 26,400 + 2,300 × 90% = 2,070; 35,750; 个人负担 14,250.
    const reason = first({ ...BILL, deductible: '900', fund: '35750', supplement: '0', personal: '14250' }, WEIHAI);
    expect(reason.kind).toBe('away');
    // In and out of the province the Weihai rules are the same: one reason naming both.
    expect(reason.title).toBe('可能按异地就医“临时外出，在山东省内”或“临时外出，在山东省外”结算');
    expect(reason.detail).toContain('政策范围内费用的 10%（4,700.00 元）先由个人负担');
  });

  it('a date in another policy period', () => {
    // 烟台职工 在职 三级, 30,000 all in scope. 2024 rules: 9,200 × 85% + 20,000 × 90% = 25,820.
    // 2018 rules: (5,000 − 800) × 80% = 3,360; 5,000 × 85% = 4,250; 20,000 × 90% = 18,000; 25,610; 个人负担 4,390.
    const yantai: Stay = { city: 'yantai', scheme: 'employee', member: 'working', date: '2025-03-01', hospitalLevel: 3, admission: 1 };
    const reason = first({ total: '30000', deductible: '800', fund: '25610', supplement: '0', personal: '4390' }, yantai);
    expect([reason.kind, reason.title]).toEqual(['version', '可能按“烟台市职工基本医疗保险住院待遇（2018—2022年）”结算']);
  });

  it('a special deductible rule the estimator leaves out, read from the version’s 口径说明', () => {
    // 烟台职工 2024, 中医医院 起付线 800 × 80% = 640: 9,360 × 85% = 7,956; + 18,000 = 25,956; 个人负担 4,044.
    const yantai: Stay = { city: 'yantai', scheme: 'employee', member: 'working', date: '2025-03-01', hospitalLevel: 3, admission: 1 };
    const reason = first({ total: '30000', deductible: '640', fund: '25956', supplement: '0', personal: '4044' }, yantai);
    expect([reason.kind, reason.fit]).toEqual(['special-rule', 'solved']);
    expect(reason.detail).toContain('起付线按 640.00 元（本规定为 800.00 元的 80%）');
    expect(reason.detail).toContain('中医医院起付线降低20%');
  });

  it('the special rule found from the fund alone, when the slip has no deductible line', () => {
    const yantai: Stay = { city: 'yantai', scheme: 'employee', member: 'working', date: '2025-03-01', hospitalLevel: 3, admission: 1 };
    const reason = first({ total: '30000', fund: '25956' }, yantai);
    expect(reason.kind).toBe('special-rule');
    expect(reason.detail).toContain('起付线按 640.00 元');
  });

  it('the annual cap mostly used by earlier stays: how much', () => {
    // 烟台职工 2024 在职 三级, 2nd stay: 起付线 400; by rate 9,600 × 85% = 8,160 + 20,000 × 90% = 18,000 = 26,160,
    // but 250,000 − 240,000 = 10,000 is left of the cap: fund 10,000. The fund reaches it 1,840 / 90% = 2,044.44 past 10,000:
    // 30,000 − 12,044.44 = 17,955.56 above the cap, 大额救助金 90% = 16,160.00; 个人负担 30,000 − 10,000 − 16,160 = 3,840.
    const yantai: Stay = { city: 'yantai', scheme: 'employee', member: 'working', date: '2025-03-01', hospitalLevel: 3, admission: 2 };
    const reason = first({ total: '30000', deductible: '400', fund: '10000', supplement: '16160', personal: '3840' }, yantai);
    expect([reason.kind, reason.fit]).toEqual(['earlier-stays', 'solved']);
    expect(reason.detail).toBe('假设本年此前统筹基金已支付约 240,000 元。');
  });
});

describe('the slip’s own sums', () => {
  it('个人账户支付 + 现金支付 ≠ 个人负担', () => {
    // 3,000 + 7,000 = 10,000, not 10,020.
    const result = checkSlip(slipOf({ ...WEIHAI_SLIP, cash: '7000' }), WEIHAI);
    const personal = result.sums.find((s) => s.id === 'personal')!;
    expect([personal.ok, personal.computed.toFixed(2), personal.stated.toFixed(2)]).toEqual([false, '10000.00', '10020.00']);
    expect(personal.text).toBe('个人账户支付 3,000.00 + 现金支付 7,000.00 = 10,000.00');
    // The ruled lines still agree; the slip's sums are the one thing to look at.
    const reasons = settled(result).reasons;
    expect(reasons.map((r) => r.kind)).toEqual(['slip-arithmetic']);
    expect(reasons[0]!.detail).toBe('个人账户支付 3,000.00 + 现金支付 7,000.00 = 10,000.00，而个人负担填的是 10,020.00。');
  });

  it('统筹 + 大病/大额 + 医疗救助 + 个人负担 ≠ 医疗费总额, and a mistyped figure ranks before fitted amounts', () => {
    // 统筹 typed 39,890 for 39,980: 39,890 + 0 + 0 + 10,020 = 49,910, not 50,000.
    const result = checkSlip(slipOf({ ...WEIHAI_SLIP, fund: '39890' }), WEIHAI);
    const total = result.sums.find((s) => s.id === 'total')!;
    expect([total.ok, total.computed.toFixed(2)]).toEqual([false, '49910.00']);
    expect(settled(result).reasons[0]!.kind).toBe('slip-arithmetic');
  });

  it('a 医疗救助 line lowers 个人负担 and enters the sum', () => {
    // 医疗救助 2,000: 个人负担 10,020 − 2,000 = 8,020; 39,980 + 0 + 2,000 + 8,020 = 50,000.
    const result = checkSlip(slipOf({ ...WEIHAI_SLIP, assistance: '2000', personal: '8020', cash: '5020' }), WEIHAI);
    const total = result.sums.find((s) => s.id === 'total')!;
    expect([total.ok, total.assumedZero]).toEqual([true, []]);
    expect(settled(result).differing).toEqual([]);
  });

  it('the sum to the total waits for 大病/大额 (0 when the slip has none); an empty 医疗救助 counts as 0', () => {
    expect(sumChecks(slipOf(without(WEIHAI_SLIP, 'supplement'))).map((s) => s.id)).toEqual(['eligible', 'personal']);
    expect(sumChecks(slipOf(WEIHAI_SLIP)).find((s) => s.id === 'total')!.assumedZero).toEqual(['assistance']);
  });
});

describe('what cannot be recomputed', () => {
  it('parts outside the scope beyond the total: refused in words', () => {
    const result = checkSlip(slipOf({ total: '1000', outOfScope: '800', overLimit: '300' }), WEIHAI);
    expect(result.recomputed.kind).toBe('refused');
    if (result.recomputed.kind === 'refused') expect(result.recomputed.error.message).toBe('全自费、超限价自费与先行自付之和不能超过医疗费总额。');
  });

  it('a version whose values no source gives: the engine’s refusal, the lines still explained', () => {
    const result = checkSlip(slipOf({ total: '30000', fund: '20000' }), { city: 'jinan', scheme: 'resident', member: 'adult-tier1', date: '2025-03-01', hospitalLevel: 3, admission: 1 });
    expect(result.recomputed.kind).toBe('refused');
    if (result.recomputed.kind === 'refused') expect(result.recomputed.error.code).toBe('unknown-parameter');
    expect(result.explanations.map((e) => e.name)).toEqual(['医疗费总额', '统筹基金支付']);
  });

  it('a layer no source gives: 大病/大额 not compared, 个人负担 checked on the slip’s figure', () => {
    // 烟台职工 2024 (职工大病保险 unknown): 30,000, fund 25,820 as the rules give; 个人负担 30,000 − 25,820 − 0 = 4,180.
    const result = checkSlip(slipOf({ total: '30000', fund: '25820', supplement: '0', personal: '4180' }), { city: 'yantai', scheme: 'employee', member: 'working', date: '2025-03-01', hospitalLevel: 3, admission: 1 });
    const r = settled(result);
    expect(r.settled.leftOut).toEqual(['职工大病保险']);
    expect(r.comparisons.map((c) => [c.line, c.same])).toEqual([
      ['deductible', null],
      ['fund', true],
      ['supplement', null],
      ['personal', true],
    ]);
  });
});
