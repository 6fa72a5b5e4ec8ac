import { describe, expect, it } from 'vitest';
import { estimateClaim, figures, refusal } from '../../test-support';

/**
 * Jinan employees, the 2024 rules as restated by a recruitment-news page (公开报道，待核实):
 * deductibles community 200 / tier 1–2 400 / tier 3 1000, halved on the 2nd admission, none from the 3rd;
 * in-service tier ≤2 90/93/90%, tier 3 85/88/90% on 0–10,000 / 10,000–400,000 / 400,000–600,000;
 * retirees tier ≤2 93/96/90%, tier 3 88/91/90%; basic fund cap 600,000; 大额 unknown.
 */
const claim = (c: Record<string, unknown>) => ({ city: 'jinan', scheme: 'employee', date: '2025-03-01', admission: 1, ...c });

describe('济南职工（公开报道）', () => {
  it.each([
    {
      name: '在职·三级',
      // 起付线 1000；(10000−1000)×85% = 7650；(20000−10000)×88% = 8800；统筹 16450；个人 3550
      input: { member: 'working', hospitalLevel: 3, totalCost: 20000 },
      expected: { deductible: '1000.00', fund: '16450.00', outOfPocket: '3550.00' },
    },
    {
      name: '退休·二级',
      // 起付线 400；(10000−400)×93% = 8928；10000×96% = 9600；统筹 18528；个人 1472
      input: { member: 'retired', hospitalLevel: 2, totalCost: 20000 },
      expected: { deductible: '400.00', fund: '18528.00', outOfPocket: '1472.00' },
    },
    {
      name: '灵活就业·一级默认按一级医院起付线400',
      // (5000−400)×90% = 4140；个人 860
      input: { member: 'flexible', hospitalLevel: 1, totalCost: 5000 },
      expected: { deductible: '400.00', fund: '4140.00', outOfPocket: '860.00' },
    },
    {
      name: '在职·社区卫生服务机构起付线200',
      // (5000−200)×90% = 4320；个人 680
      input: { member: 'working', hospitalLevel: 1, facility: 'grassroots', totalCost: 5000 },
      expected: { deductible: '200.00', fund: '4320.00', outOfPocket: '680.00' },
    },
    {
      name: '在职·三级50万元：三段',
      // 9000×85% = 7650；390000×88% = 343200；100000×90% = 90000；统筹 440850；个人 59150
      input: { member: 'working', hospitalLevel: 3, totalCost: 500000 },
      expected: { deductible: '1000.00', fund: '440850.00', outOfPocket: '59150.00' },
    },
  ])('$name', ({ input, expected }) => {
    expect(figures(estimateClaim(claim(input)))).toEqual(expected);
  });

  it('第二次减半，第三次为0', () => {
    const result = estimateClaim(
      claim({
        member: 'working',
        hospitalLevel: 3,
        admission: 3,
        totalCost: 1000,
        earlier: [
          { date: '2025-01-01', hospitalLevel: 3, totalCost: 2000 },
          { date: '2025-02-01', hospitalLevel: 1, facility: 'grassroots', totalCost: 800 },
        ],
      }),
    );
    expect(result.year.admissions.map((a) => a.deductible)).toEqual(['1000.00', '100.00', '0.00']);
  });

  it('年度限额60万元跨住院累计', () => {
    // 此前三级 600000：7650 + 343200 + 200000×90% = 530850；剩余 69150
    // 本次（第二次）三级 100000：起付线 500；(10000−500)×85% = 8075；90000×88% = 79200；87275 → 69150
    const result = estimateClaim(
      claim({
        member: 'working',
        hospitalLevel: 3,
        admission: 2,
        totalCost: 100000,
        earlier: [{ date: '2025-01-01', hospitalLevel: 3, totalCost: 600000 }],
      }),
    );
    expect(figures(result)).toEqual({ deductible: '500.00', fund: '69150.00', outOfPocket: '30850.00' });
    expect(result.notes.some((n) => n.title.includes('大额医疗费救助金') && n.text.includes('上限'))).toBe(true);
  });

  it('限额用完后的住院不扣起付线（大额未知，个人负担为上限）', () => {
    // 试算限额 100000。此前三级 150000：7650 + 140000×88% = 130850 > 100000 → 统筹 100000，限额用完
    // 本次（第二次）三级 20000：规则起付线 500，统筹 0，实际扣除 0；大额医疗费救助金未计入；个人 20000
    const result = estimateClaim(
      claim({
        member: 'working',
        hospitalLevel: 3,
        admission: 2,
        totalCost: 20000,
        earlier: [{ date: '2025-01-01', hospitalLevel: 3, totalCost: 150000 }],
        overrides: { fundCap: 100000 },
      }),
    );
    expect(figures(result)).toEqual({ deductible: '0.00', fund: '0.00', outOfPocket: '20000.00' });
    expect(result.year.admissions.map((a) => a.deductible)).toEqual(['1000.00', '0.00']);
    expect(result.steps.find((s) => s.key === 'deductible')?.detail).toContain('统筹基金本年最高支付限额 100,000 元已用完');
  });

  it('单次超过60万元：报道没有这部分的比例，请求填写', () => {
    const error = refusal(claim({ member: 'working', hospitalLevel: 3, totalCost: 700000 }));
    expect(error.code).toBe('unknown-parameter');
    expect(error.message).toContain('600,000');
  });

  it('2024年以前没有已知规定', () => {
    expect(refusal(claim({ date: '2023-12-31', member: 'working', hospitalLevel: 3, totalCost: 100 })).code).toBe('no-version');
  });
});
