import { describe, expect, it } from 'vitest';
import { contribute, contributionRefusal, itemFigures, noteOf } from '../../test-support';

/**
 * 威医保发〔2023〕56号 (2024–2028) 一: employer 8% (机关事业单位 7.3%), individual 2% all into the
 * account, flexible workers 8% without an account or 10% with 2 points into it; 二（二）1: 大额补助
 * 40 a year, 25 from the fund and 15 from the individual (monthly from the account). 威医保发〔2023〕38号
 * 一（二）: residents' 2024 contributions; 2025 from a report.
 */
const employee = (c: Record<string, unknown>) => contribute({ city: 'weihai', scheme: 'employee', year: 2025, ...c });

describe('威海职工 2024—2028（官方）', () => {
  it('企业在职、月工资6000：单位8%、个人2%全部划入账户；大额补助基金25元、个人15元（每月1.25元）', () => {
    // 6000 × 8% = 480，× 12 = 5760；6000 × 2% = 120，× 12 = 1440；账户 = 个人缴纳的 120
    const r = employee({ member: 'working', employer: 'enterprise', monthlyWage: 6000 });
    expect(r.monthly).toEqual({ employer: '480.00', individual: '120.00', accountCredit: '120.00' });
    expect(r.yearly).toEqual({ employer: '5760.00', individual: '1440.00', accountCredit: '1440.00', resident: '0.00' });
    // 15 ÷ 12 = 1.25；25 元按年划拨，无月额
    expect(itemFigures(r)).toMatchObject({
      '职工大额医疗费用补助（医保统筹基金划拨）': [null, '25.00'],
      '职工大额医疗费用补助（个人负担部分）': ['1.25', '15.00'],
    });
    expect(r.items.find((i) => i.name.startsWith('职工大额医疗费用补助（个人'))?.payer).toBe('individual');
    expect(r.items.find((i) => i.name.startsWith('职工大额医疗费用补助（医保'))?.payer).toBe('fund');
  });

  it('机关事业单位：单位7.3%', () => {
    // 6000 × 7.3% = 438，× 12 = 5256
    const r = employee({ member: 'working', employer: 'public-institution', monthlyWage: 6000 });
    expect([r.monthly.employer, r.yearly.employer, r.items[0]?.name]).toEqual(['438.00', '5256.00', '单位缴费（机关事业单位）']);
  });

  it('单位类型影响比例：没有填写时拒绝并说明', () => {
    expect(contributionRefusal({ city: 'weihai', scheme: 'employee', year: 2025, member: 'working', monthlyWage: 6000 }).message).toContain('用人单位类型（employer）');
  });

  it('每月金额先取整到分，全年为12个月之和', () => {
    // 5333.33 × 8% = 426.6664 → 426.67；12 × 426.67 = 5120.04（不是 5333.33 × 12 × 8% = 5119.9968）
    const r = employee({ member: 'working', employer: 'enterprise', monthlyWage: 5333.33 });
    expect([r.monthly.employer, r.yearly.employer]).toEqual(['426.67', '5120.04']);
  });

  it.each([
    // 以申报基数4000：10% = 400，其中2% = 80划入账户；8% = 320，不建立账户
    [0.1, '400.00', '80.00'],
    [0.08, '320.00', '0.00'],
  ])('灵活就业按 %s 缴费：每月个人 %s，账户 %s', (flexibleRate, individual, credit) => {
    const r = employee({ member: 'flexible', flexibleRate, declaredBase: 4000 });
    expect(r.monthly).toEqual({ employer: '0.00', individual, accountCredit: credit });
  });

  it('按8%缴费的灵活就业人员没有个人账户：划入0.00并说明', () => {
    const r = employee({ member: 'flexible', flexibleRate: 0.08, declaredBase: 4000 });
    expect(noteOf(r, 'detail', '划入个人账户')).toContain('不建立个人账户');
  });

  it('灵活就业的缴费比例只能是8%或10%', () => {
    const error = contributionRefusal({ city: 'weihai', scheme: 'employee', year: 2025, member: 'flexible', flexibleRate: 0.09, declaredBase: 4000 });
    expect(error.message).toMatch(/0\.08（8%，不建立个人账户）或 0\.1（10%，建立个人账户）/);
  });

  it('退休：不缴费；账户划入标准56号文没有规定：来源未给出；大额补助个人15元仍从账户代扣', () => {
    const r = employee({ member: 'retired' });
    expect(r.monthly).toEqual({ employer: '0.00', individual: '0.00', accountCredit: null });
    expect(noteOf(r, 'missing', '划入个人账户')).toContain('12393');
    expect(itemFigures(r)['职工大额医疗费用补助（个人负担部分）']).toEqual(['1.25', '15.00']);
  });

  it('最低缴费年限：2025年来源未给出，2026年起按省征求意见稿', () => {
    expect(noteOf(employee({ member: 'retired' }), 'condition', '退休后享受待遇的最低缴费年限')).toContain('来源未给出');
    const text = noteOf(employee({ year: 2026, member: 'retired' }), 'condition', '退休后享受待遇的最低缴费年限');
    expect(text).toMatch(/^男 30 年、女 25 年。.*（征求意见稿）》三（二）/);
  });

  it.each([
    // 2024: every value used is 56号's (the minimum years are not yet given): official
    [2024, 'official'],
    // 2028: the minimum years come from the provincial draft for comment: the policy is shown at the draft's level
    [2028, 'draft'],
  ])('%i 年适用56号文（级别 %s）', (year, level) => {
    const r = employee({ year, member: 'retired' });
    expect(r.policy).toMatchObject({ id: 'weihai-employee-contribution-2024', validTo: '2028-12-31', level });
    // The draft is listed only where its values were used.
    expect(r.policy.documents.find((d: { title: string }) => d.title.includes('征求意见稿'))?.level).toBe(year === 2028 ? 'draft' : undefined);
    expect(r.notes.some((n: { title: string }) => n.title === '部分参数来自征求意见稿')).toBe(year === 2028);
  });

  it.each([2023, 2029])('%i 年没有已知规定', (year) => {
    expect(contributionRefusal({ city: 'weihai', scheme: 'employee', year, member: 'retired' }).code).toBe('no-version');
  });
});

describe('威海居民', () => {
  it.each([
    // 38号一（二）：一档450、二档650、未成年居民和高校学生300
    ['adult-tier1', '450.00'],
    ['adult-tier2', '650.00'],
    ['minor', '300.00'],
    ['student', '300.00'],
  ])('2024 %s：每年 %s（官方）', (member, amount) => {
    const r = contribute({ city: 'weihai', scheme: 'resident', year: 2024, member });
    expect(r.yearly).toEqual({ employer: '0.00', individual: amount, accountCredit: '0.00', resident: amount });
    expect(r.items[0]?.source).toContain('威医保发〔2023〕38号');
    expect(itemFigures(r)['财政补助']).toEqual([null, null]);
  });

  it('2025 与2024年相同，来自公开报道并注明', () => {
    const r = contribute({ city: 'weihai', scheme: 'resident', year: 2025, member: 'adult-tier2' });
    expect(r.yearly.resident).toBe('650.00');
    expect(r.policy.level).toBe('reported');
    // Every value used is reported, none official.
    expect(r.notes.find((n) => n.kind === 'warning')?.title).toBe('参数来自公开报道，待核实');
  });

  it.each([2023, 2026])('%i 年没有找到标准：拒绝并列出已知年份', (year) => {
    const error = contributionRefusal({ city: 'weihai', scheme: 'resident', year, member: 'minor' });
    expect(error.message).toMatch(/2024-01-01 至 2024-12-31.*2025-01-01 至 2025-12-31/);
  });
});
