import { describe, expect, it } from 'vitest';
import { estimateClaim, type ClaimInput } from '../test-support';

/** A step's detail is read by the patient: what was counted and why it pays or not, not the engine's terms. */

const JARGON = /计算基数|支付起点|本次计入|年度额度|最多可支付/;

const detail = (claim: ClaimInput, key: string) => estimateClaim(claim).steps.find((s) => s.key === key)?.detail;
const weihai = (totalCost: number) => ({ city: 'weihai', scheme: 'employee', date: '2024-06-01', admission: 1, member: 'working', hospitalLevel: 3, totalCost });
const yantaiGeneral: ClaimInput = {
  city: 'yantai', scheme: 'employee', date: '2025-06-01', member: 'working', benefit: 'outpatient-general', hospitalLevel: 3, totalCost: 9000,
  earlier: [{ date: '2025-03-01', benefit: 'outpatient-general', hospitalLevel: 3, totalCost: 400 }],
};

describe('step details in plain words', () => {
  it('a layer not yet reached says what it counts and that it does not pay yet', () => {
    expect(detail(weihai(20000), 'layer:subsidy-b')).toBe(
      '这次计入统筹基金年度支付范围内由个人负担的部分（起付线和按比例自付） 3,920.00 元，本年累计 3,920.00 元；累计超过 18,000 元的部分才按比例支付，还没有超过，这次不支付',
    );
    expect(detail(weihai(20000), 'layer:subsidy-a')).toBe('只支付超出统筹基金年度支付范围的政策范围内费用；这次没有这部分费用，不支付');
  });

  it('a layer that pays shows the part above its threshold times its rate', () => {
    expect(detail(weihai(300000), 'layer:subsidy-b')).toContain('超过 18,000 元的部分按比例支付：8,320.00 × 70% = 5,824.00');
    expect(detail(weihai(300000), 'cap')).toBe('每年政策范围内费用的前 240,000 元由统筹基金按比例支付：本年此前已用去 0.00 元，这次用去 240,000.00 元；超出的 60,000.00 元统筹基金不再支付');
  });

  it('a yearly deductible and limit say what was paid before and what is left', () => {
    expect(detail(yantaiGeneral, 'deductible')).toContain('600 元：本年此前已付 400.00 元，这次付 200.00 元');
    expect(detail(yantaiGeneral, 'limit')).toBe('普通门诊每年最多支付 5,000 元：本年此前已支付 0.00 元，这次最多还能支付 5,000.00 元；按比例算出 5,280.00 元，超过了这个数，这次支付 5,000.00 元');
  });

  it.each([weihai(800), weihai(20000), weihai(300000), yantaiGeneral])('uses none of the engine’s terms (%#)', (claim) => {
    for (const s of estimateClaim(claim).steps) expect(s.detail ?? '', s.key).not.toMatch(JARGON);
  });
});
