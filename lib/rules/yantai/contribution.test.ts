import { describe, expect, it } from 'vitest';
import { contribute, contributionRefusal, itemFigures, noteOf } from '../../test-support';

/**
 * 烟台市职工基本医疗保险实施办法 (2018–2022): 第六条 employer 7%, individual 2%; 第十七条 account
 * credit by age (2.3 / 2.7 / 3.4% of the monthly contribution wage; retirees age × 1.5 yuan);
 * 第三十条 大额救助金 36 a year from the individual; 第十条 and 第八条 coverage conditions.
 * Then the reports from 2024, and the residents' measures (第七条, 第八条) and 2026 report.
 */
const employee = (c: Record<string, unknown>) => contribute({ city: 'yantai', scheme: 'employee', year: 2020, ...c });
const resident = (c: Record<string, unknown>) => contribute({ city: 'yantai', scheme: 'resident', ...c });

describe('烟台职工 2018—2022（官方）', () => {
  it('在职40周岁、月工资5000：单位7%、个人2%、账户2.7%（已含个人2%）、大额救助金每年36元', () => {
    // 第六条：5000 × 7% = 350，× 12 = 4200；5000 × 2% = 100，× 12 = 1200
    // 第十七条：35至不满45周岁 5000 × 2.7% = 135，× 12 = 1620（口径：不是 100 + 135）
    // 第三十条：36 元，按年度一次性缴纳，无月额
    const r = employee({ member: 'working', monthlyWage: 5000, age: 40 });
    expect(r.monthly).toEqual({ employer: '350.00', individual: '100.00', accountCredit: '135.00' });
    expect(r.yearly).toEqual({ employer: '4200.00', individual: '1200.00', accountCredit: '1620.00', resident: '0.00' });
    expect(itemFigures(r)['大额救助金（个人每年缴纳）']).toEqual([null, '36.00']);
    expect(r.items.find((i) => i.name === '划入个人账户')?.source).toContain('第十七条');
    expect(noteOf(r, 'interpretation', '个人账户划入按第十七条，已含个人缴纳的2%')).toContain('不是100＋135元');
  });

  it.each([
    // 第十七条：35周岁以下（不含35周岁）2.3%；35至45周岁以下（不含45周岁）2.7%；45周岁以上3.4%
    [34, '115.00'], // 5000 × 2.3%
    [35, '135.00'], // 5000 × 2.7%
    [44, '135.00'],
    [45, '170.00'], // 5000 × 3.4%
  ])('在职 %i 周岁：每月划入 %s', (age, credit) => {
    expect(employee({ member: 'working', monthlyWage: 5000, age }).monthly.accountCredit).toBe(credit);
  });

  it('退休65周岁：不缴费，每月划入 65 × 1.5 = 97.50 元', () => {
    // 第二条（四）退休人员不缴费；第十七条 65 × 1.5 = 97.5，× 12 = 1170
    const r = employee({ member: 'retired', age: 65 });
    expect(r.monthly).toEqual({ employer: '0.00', individual: '0.00', accountCredit: '97.50' });
    expect(r.yearly.accountCredit).toBe('1170.00');
    expect(noteOf(r, 'detail', '单位缴费和个人缴费')).toContain('退休人员不按月缴纳');
  });

  it('需要年龄：没有年龄时拒绝并说明', () => {
    expect(contributionRefusal({ city: 'yantai', scheme: 'employee', year: 2020, member: 'working', monthlyWage: 5000 }).message).toContain('年龄（周岁）（age）');
  });

  it('待遇条件：第十条等待期6个月，第八条男25年女20年，按您的月工资每缺一年补缴 5000 × 12 × 9% = 5400 元', () => {
    const r = employee({ member: 'working', monthlyWage: 5000, age: 50 });
    expect(noteOf(r, 'condition', '新参保或中断缴费后重新参保')).toMatch(/连续缴费满 6 个月.*第十条/);
    expect(noteOf(r, 'condition', '退休后享受待遇的最低缴费年限')).toMatch(/男 25 年、女 20 年.*第八条/);
    expect(noteOf(r, 'condition', '缴费年限不足时补缴')).toContain('每缺一年补缴 5,400.00 元');
  });

  it('灵活就业：第六条没有写出比例，个人缴费来源未给出；填写比例后按所填计算，不建立个人账户', () => {
    const unknown = employee({ member: 'flexible', declaredBase: 4000 });
    expect(unknown.monthly).toEqual({ employer: '0.00', individual: null, accountCredit: '0.00' });
    expect(noteOf(unknown, 'missing', '个人缴费（灵活就业，不建立个人账户）')).toContain('第六条');
    // 4000 × 5% = 200，× 12 = 2400；仍列出大额救助金 36 元
    const typed = employee({ member: 'flexible', declaredBase: 4000, flexibleRate: 0.05 });
    expect(typed.yearly).toMatchObject({ individual: '2400.00', accountCredit: '0.00' });
    expect(typed.items[0]?.source).toMatch(/第六条.*为您填写的数值/);
    expect(typed.notes.some((n) => n.kind === 'warning' && n.title === '含您填写的参数')).toBe(true);
    expect(itemFigures(typed)['大额救助金（个人每年缴纳）']).toEqual([null, '36.00']);
  });

  it.each([2018, 2022])('%i 年在官方办法之内', (year) => {
    expect(employee({ year, member: 'retired', age: 60 }).policy.id).toBe('yantai-employee-contribution-2018');
  });

  it.each([2017, 2023])('%i 年没有已知规定：拒绝并列出已知版本', (year) => {
    const error = contributionRefusal({ city: 'yantai', scheme: 'employee', year, member: 'retired', age: 60 });
    expect(error.code).toBe('no-version');
    expect(error.message).toContain('2018-01-01 至 2022-12-31');
  });
});

describe('烟台职工 2024 起（公开报道）', () => {
  it('在职：单位比例来源未给出，个人2%与账户2%按报道（标为待核实）', () => {
    // 5000 × 2% = 100（个人）；账户只划入个人缴纳的2%：100
    const r = employee({ year: 2024, member: 'working', monthlyWage: 5000 });
    expect(r.monthly).toEqual({ employer: null, individual: '100.00', accountCredit: '100.00' });
    expect(r.yearly).toMatchObject({ employer: null, individual: '1200.00', accountCredit: '1200.00' });
    expect(r.policy.level).toBe('reported');
    expect(noteOf(r, 'missing', '单位缴费')).toContain('征求意见稿');
    expect(r.notes.some((n) => n.kind === 'warning' && n.title.includes('公开报道'))).toBe(true);
    expect(itemFigures(r)['大额救助金（缴费标准）']).toEqual([null, null]);
  });

  it.each([
    // 不满70周岁 2%，70周岁及以上 2.5%，按烟台市2023年退休人员月人均基本养老金（您填写）
    [69, '60.00'], // 3000 × 2%
    [70, '75.00'], // 3000 × 2.5%
  ])('退休 %i 周岁，平均养老金 3000：每月划入 %s', (age, credit) => {
    const r = employee({ year: 2024, member: 'retired', age, averagePension: 3000 });
    expect(r.monthly.accountCredit).toBe(credit);
    expect(r.items.find((i) => i.name === '划入个人账户')?.source).toContain('烟台市2023年退休人员月人均基本养老金为您填写的数值');
  });

  it('没有填写平均养老金：账户划入未知并请您填写，其余照算', () => {
    const r = employee({ year: 2024, member: 'retired', age: 66 });
    expect(r.monthly).toEqual({ employer: '0.00', individual: '0.00', accountCredit: null });
    expect(noteOf(r, 'missing', '划入个人账户')).toContain('请填写烟台市2023年退休人员月人均基本养老金');
  });

  it('最低缴费年限：2025年未知；2026年起按省征求意见稿男30年、女25年，并注明是草案', () => {
    expect(noteOf(employee({ year: 2025, member: 'retired', age: 66 }), 'condition', '退休后享受待遇的最低缴费年限')).toContain('来源未给出');
    const draft = noteOf(employee({ year: 2026, member: 'retired', age: 66 }), 'condition', '退休后享受待遇的最低缴费年限');
    expect(draft).toMatch(/男 30 年、女 25 年.*草案.*征求意见稿/);
  });
});

describe('烟台居民', () => {
  it.each([
    // 第七条（一）一档230、二档380；（三）其他未成年居民按一档
    ['adult-tier1', '230.00'],
    ['adult-tier2', '380.00'],
    ['minor', '230.00'],
  ])('2018 %s：每年 %s', (member, amount) => {
    const r = resident({ year: 2018, member });
    expect(r.yearly).toEqual({ employer: '0.00', individual: amount, accountCredit: '0.00', resident: amount });
    expect(r.monthly).toEqual({ employer: '0.00', individual: '0.00', accountCredit: '0.00' });
  });

  it('2018 在校学生执行2017年标准，办法没有写出：来源未给出', () => {
    const r = resident({ year: 2018, member: 'student' });
    expect(r.yearly.resident).toBeNull();
    expect(noteOf(r, 'missing', '个人缴费')).toContain('2017年');
  });

  it('2019—2022 在办法施行期内但没有标准：来源未给出；新生儿90日内参保（第八条）', () => {
    const r = resident({ year: 2019, member: 'adult-tier1' });
    expect(r.yearly.resident).toBeNull();
    expect(noteOf(r, 'missing', '个人缴费')).toContain('2019年至2022年');
    expect(noteOf(r, 'condition', '新生儿参保')).toMatch(/出生后 90 日内.*第八条/);
  });

  it.each([
    // 烟台融媒 2025-11-26：未成年人和一档成人400，二档520，学生200
    ['adult-tier1', '400.00'],
    ['minor', '400.00'],
    ['adult-tier2', '520.00'],
    ['student', '200.00'],
  ])('2026 %s：每年 %s（公开报道）', (member, amount) => {
    const r = resident({ year: 2026, member });
    expect(r.yearly.resident).toBe(amount);
    expect(r.items[0]?.source).toContain('公开报道，待核实');
  });

  it.each([2023, 2025, 2027])('%i 年没有已知标准：拒绝', (year) => {
    expect(contributionRefusal({ city: 'yantai', scheme: 'resident', year, member: 'minor' }).code).toBe('no-version');
  });
});
