import { describe, expect, it } from 'vitest';
import { contribute, contributionRefusal, itemFigures, noteOf } from '../../test-support';

/**
 * 济南市人民政府办公厅《关于基本医疗保险市级统筹的实施意见》(2019-10-18 to 2024-09-30) 四（二）:
 * from the 2020 medical year employer 7%, individual 2%; flexible workers on 60% of the province's
 * previous-year average monthly wage, 9% with an account or 5% without; 大额医疗费救助金 8 a month;
 * residents 2020: adults 300, minors and college students 200. Then the 2026 residents' report.
 */
const employee = (c: Record<string, unknown>) => contribute({ city: 'jinan', scheme: 'employee', year: 2022, ...c });
const resident = (c: Record<string, unknown>) => contribute({ city: 'jinan', scheme: 'resident', ...c });

describe('济南职工（官方，2020医疗年度起）', () => {
  it('在职月工资5000：单位7%、个人2%；个人账户划入标准文件没有写出；大额医疗费救助金每月8元、付款方未写明', () => {
    // 5000 × 7% = 350，× 12 = 4200；5000 × 2% = 100，× 12 = 1200；8 × 12 = 96
    const r = employee({ member: 'working', monthlyWage: 5000 });
    expect(r.monthly).toEqual({ employer: '350.00', individual: '100.00', accountCredit: null });
    expect(r.yearly).toMatchObject({ employer: '4200.00', individual: '1200.00', accountCredit: null });
    expect(noteOf(r, 'missing', '划入个人账户')).toContain('第四部分第（三）项');
    const large = r.items.find((i) => i.name.startsWith('大额医疗费救助金'));
    expect([large?.payer, large?.monthly, large?.yearly]).toEqual([null, '8.00', '96.00']);
  });

  it('企业与机关事业单位同为7%：不需要填写单位类型', () => {
    expect(employee({ member: 'working', monthlyWage: 5000, employer: 'public-institution' }).monthly.employer).toBe('350.00');
  });

  it.each([
    // 基数 = 8000 × 60% = 4800；9% = 432（建账户，划入比例未知），5% = 240（不建账户）
    [0.09, '432.00', '5184.00', null],
    [0.05, '240.00', '2880.00', '0.00'],
  ])('灵活就业 %s，省上年度月平均工资8000：每月 %s、全年 %s', (flexibleRate, monthly, yearly, credit) => {
    const r = employee({ member: 'flexible', flexibleRate, averageWage: 8000 });
    expect([r.monthly.individual, r.yearly.individual, r.monthly.accountCredit]).toEqual([monthly, yearly, credit]);
    expect(r.items[0]?.source).toContain('山东省上年度全口径月平均工资为您填写的数值');
  });

  it('灵活就业没有填写省平均工资：个人缴费来源未给出并请您填写，其余照算', () => {
    const r = employee({ member: 'flexible', flexibleRate: 0.05 });
    expect(r.monthly.individual).toBeNull();
    expect(noteOf(r, 'missing', '个人缴费（灵活就业，不建立个人账户）')).toContain('请填写山东省上年度全口径月平均工资');
    expect(itemFigures(r)['大额医疗费救助金（每人每月）']).toEqual(['8.00', '96.00']);
  });

  it('2019年：文件10月18日印发、比例自2020年起统一：1—10月没有规定，11—12月没有数值', () => {
    const r = employee({ year: 2019, member: 'working', monthlyWage: 5000 });
    expect(r.policy.id).toBe('jinan-employee-contribution-2019');
    expect(r.monthly.employer).toBeNull();
    expect(noteOf(r, 'warning', '部分月份没有已知规定')).toContain('1月至10月');
    expect(noteOf(r, 'missing', '单位缴费')).toContain('2020医疗年度');
  });

  it('2020年1月起按7%', () => {
    expect(employee({ year: 2020, member: 'working', monthlyWage: 5000 }).yearly.employer).toBe('4200.00');
  });

  it('2024年：文件9月30日到期，10—12月没有规定：每月照算，全年合计不算，并提示省级统筹可能已调整', () => {
    const r = employee({ year: 2024, member: 'working', monthlyWage: 5000 });
    expect(r.monthly.employer).toBe('350.00');
    expect(r.yearly.employer).toBeNull();
    expect(noteOf(r, 'warning', '部分月份没有已知规定')).toContain('10月至12月');
    expect(noteOf(r, 'detail', '单位缴费')).toContain('请向济南市医疗保障局核实');
  });

  it('2025年没有已知规定', () => {
    expect(contributionRefusal({ city: 'jinan', scheme: 'employee', year: 2025, member: 'retired' }).code).toBe('no-version');
  });
});

describe('济南居民', () => {
  it.each([
    // 四（二）：2020医疗年度成年居民统一300元（不分档），少年儿童和驻济高校大学生200元
    ['adult-tier1', '300.00'],
    ['adult-tier2', '300.00'],
    ['minor', '200.00'],
    ['student', '200.00'],
  ])('2020 %s：每年 %s', (member, amount) => {
    expect(resident({ year: 2020, member }).yearly.resident).toBe(amount);
  });

  it('2021年在文件施行期内但没有标准：来源未给出', () => {
    const r = resident({ year: 2021, member: 'adult-tier1' });
    expect(r.yearly.resident).toBeNull();
    expect(noteOf(r, 'missing', '个人缴费')).toContain('2021年以后');
  });

  it.each([
    // 2026年度报道：成年居民440（不分档），少年儿童390，财政补助760
    ['adult-tier1', '440.00'],
    ['adult-tier2', '440.00'],
    ['minor', '390.00'],
  ])('2026 %s：每年 %s（公开报道），财政补助760元', (member, amount) => {
    const r = resident({ year: 2026, member });
    expect(r.yearly.resident).toBe(amount);
    expect(itemFigures(r)['财政补助']).toEqual([null, '760.00']);
    expect(noteOf(r, 'interpretation', '2026年成年居民不分档')).toContain('一档或二档成人都按成年居民440元');
  });

  it('2026 在校学生：中小学生按少年儿童，高校大学生的标准没有给出', () => {
    const r = resident({ year: 2026, member: 'student' });
    expect(r.yearly.resident).toBeNull();
    expect(noteOf(r, 'missing', '个人缴费')).toContain('驻济高校大学生');
  });

  it.each([2019, 2025, 2027])('%i 年没有已知标准：拒绝', (year) => {
    expect(contributionRefusal({ city: 'jinan', scheme: 'resident', year, member: 'minor' }).code).toBe('no-version');
  });
});
