import { describe, expect, it } from 'vitest';
import { estimateClaim } from '@/lib/test-support';
import { LINK_NOTICE } from '@/components/share/link-codec';
import { repeated } from '@/components/ui/once';
import type { Edit, Edits } from '@/components/what-if/edits';
import { initialValues, type FormValues } from '@/components/forms/form-values';
import { describe as describeForm, estimate, readLink, shareLink, whatIf } from './runtime';

const form = (patch: Partial<FormValues>): FormValues => ({ ...initialValues({ city: 'weihai', scheme: 'employee' }), date: '2025-03-01', ...patch });

/** The CLI's outOfPocket for the same claim, computed the way scripts/estimate.ts does. */
function cliOutOfPocket(claim: Record<string, unknown>): string {
  return estimateClaim(claim).outOfPocket;
}

const weihaiRates: Edits = {
  'weihai-employee-2024/inpatient/segments/working/3': { shape: 'segments', rows: [{ upTo: '10000', rate: '85' }, { upTo: '', rate: '90' }] },
};

/** 济南居民: no source gives the base table, so the form asks for all three values. */
const JINAN = { city: 'jinan', scheme: 'resident', member: 'adult-tier1', hospitalLevel: '3' } as const;
const JINAN_KEYS = ['jinan-resident-2024/inpatient/deductible/tier1/3', 'jinan-resident-2024/inpatient/segments/tier1/3', 'jinan-resident-2024/pots/fund/tier1'] as const;
const jinanValues: Edits = {
  [JINAN_KEYS[0]]: { shape: 'amount', amount: '1000' },
  [JINAN_KEYS[1]]: { shape: 'segments', rows: [{ upTo: '10000', rate: '85' }, { upTo: '', rate: '90' }] },
  [JINAN_KEYS[2]]: { shape: 'amount', amount: '200000' },
};

describe('describe: what the form asks besides its fixed fields', () => {
  it('asks Weihai employees for nothing: every value they need has a source', () => {
    const ctx = describeForm(form({ city: 'weihai', scheme: 'employee', member: 'retired', hospitalLevel: '2' }), {});
    expect(ctx.asked).toEqual([]);
    expect(ctx.fields?.map((f) => f.field)).toEqual(['hospitalLevel', 'away']);
  });

  it('asks for a value no source gives as an edit of that parameter, starting empty', () => {
    const ctx = describeForm(form({ ...JINAN, hospitalLevel: '2' }), {});
    expect(ctx.asked.map((m) => m.key)).toEqual(JINAN_KEYS.map((k) => k.replace(/\/3$/, '/2')));
    expect(ctx.asked[1]?.note).toContain('12393');
    expect(ctx.asked[1]?.edit).toEqual({ shape: 'segments', rows: [{ upTo: '', rate: '' }] });
  });

  it('asks Jinan residents for the deductible, the rates and the annual cap, naming whom and which grade each is for', () => {
    const ctx = describeForm(form({ city: 'jinan', scheme: 'resident', member: 'student' }), {});
    expect(ctx.asked.map((m) => m.label)).toEqual(['在校学生·三级医院·起付线（第一次住院的标准）', '在校学生·三级医院·统筹基金分段支付比例', '在校学生·统筹基金年度最高支付限额']);
  });

  it('gives a reason several asked values share once', () => {
    const asked = describeForm(form(JINAN), {}).asked;
    expect(new Set(asked.map((a) => a.note)).size).toBe(1);
    expect(repeated(asked.map((a) => a.note))).toEqual([asked[0]!.note]);
    expect(repeated(asked.slice(0, 1).map((a) => a.note))).toEqual([]);
  });

  it('starts from the known part of a partly known table, leaving the unknown rate empty', () => {
    // 济南职工 2024: the reported table stops at 600,000
    const ctx = describeForm(form({ city: 'jinan', scheme: 'employee', member: 'working', hospitalLevel: '3' }), {});
    expect(ctx.asked[0]?.edit).toMatchObject({
      rows: [
        { upTo: '10000', rate: '85' },
        { upTo: '400000', rate: '88' },
        { upTo: '600000', rate: '90' },
        { upTo: '', rate: '' },
      ],
    });
  });

  it('shows what was typed, with its messages', () => {
    const typed: Edits = { [JINAN_KEYS[1]]: { shape: 'segments', rows: [{ upTo: '', rate: '80' }, { upTo: '', rate: '90' }] } };
    const ctx = describeForm(form(JINAN), typed);
    expect(ctx.asked[1]?.edit).toBe(typed[JINAN_KEYS[1]]);
    expect(ctx.asked[1]?.issues).toEqual([{ field: 'rows.0.upTo', message: '只有最后一段可以不设上限，请填写这一段的上限' }]);
  });

  it('follows an edited member mapping: 威海未成年居民 mapped to 二档 no longer asks for anything', () => {
    const values = form({ city: 'weihai', scheme: 'resident', member: 'minor', hospitalLevel: '2' });
    expect(describeForm(values, {}).asked.map((a) => a.key)).toEqual([
      'weihai-resident-2023/inpatient/deductible/minor/2',
      'weihai-resident-2023/inpatient/segments/minor/2',
      'weihai-resident-2023/pots/fund/minor',
    ]);
    const mapped: Edits = { 'weihai-resident-2023/members/minor': { shape: 'choice', choice: 'tier2' } };
    expect(describeForm(values, mapped).asked.map((a) => a.key)).toEqual([]);
  });

  it('offers the level-1 variants only where the version has them, and only for level 1', () => {
    const facilities = (patch: Partial<FormValues>) =>
      describeForm(form({ scheme: 'resident', member: 'adult-tier1', ...patch }), {}).fields?.find((f) => f.field === 'facility')?.choices?.map((c) => c.value);
    expect(facilities({ city: 'weihai', hospitalLevel: '1' })).toEqual(['', 'grassroots']);
    expect(facilities({ city: 'weihai', hospitalLevel: '2' })).toBeUndefined();
    expect(facilities({ city: 'yantai', hospitalLevel: '1' })).toBeUndefined();
    expect(facilities({ city: 'yantai', hospitalLevel: '1', date: '2020-01-01' })).toEqual(['', 'no-essential-drugs']);
  });

  it('asks only the details the chosen benefit reads under the version in force', () => {
    const fields = (patch: Partial<FormValues>) => describeForm(form(patch), {}).fields?.map((f) => f.field);
    // 威海职工门诊慢特病: by 病种, at the inpatient rates of the hospital's grade
    expect(fields({ benefit: 'outpatient-chronic' })).toEqual(['chronicGroup', 'hospitalLevel', 'away']);
    // 烟台职工 2024: by 甲类 / 乙类 at rates of its own; a second 乙类 disease only once 乙类 is chosen
    expect(fields({ city: 'yantai', benefit: 'outpatient-chronic' })).toEqual(['chronicClass', 'away']);
    expect(fields({ city: 'yantai', benefit: 'outpatient-chronic', chronicClass: 'B' })).toEqual(['chronicClass', 'chronicDisease', 'away']);
    // 烟台职工 2018: 甲类 dialysis earns 10 points
    expect(fields({ city: 'yantai', date: '2020-01-01', benefit: 'outpatient-chronic', chronicClass: 'A' })).toEqual(['chronicClass', 'chronicItem', 'away']);
    const maternity = describeForm(form({ city: 'jinan', scheme: 'resident', member: 'adult-tier1', benefit: 'maternity' }), {}).fields!;
    expect(maternity.map((f) => [f.field, f.choices?.map((c) => c.value)])).toEqual([['maternityEvent', ['abortion', 'induced', 'delivery']]]);
  });

  it('says which benefits have no known rule here, and which are not for this member', () => {
    expect(describeForm(form({}), {}).unavailable).toEqual({ maternity: '暂无已知规定', 'minor-accident': '暂无已知规定' });
    const yantai2018 = (member: string) => describeForm(form({ city: 'yantai', scheme: 'resident', member, date: '2020-01-01' }), {}).unavailable;
    expect(yantai2018('adult-tier1')).toEqual({ 'minor-accident': '不适用于所选人员类别' });
    expect(yantai2018('minor')).toEqual({});
  });

  it('asks for what the chosen benefit lacks: 烟台职工 2018 乙类慢性病的年度限额', () => {
    const ctx = describeForm(form({ city: 'yantai', date: '2020-01-01', benefit: 'outpatient-chronic', chronicClass: 'B' }), {});
    expect(ctx.asked.map((a) => [a.key, a.label])).toEqual([['yantai-employee-2018/outpatient-chronic/limit/B', '乙类慢性病·年度最高支付限额']]);
  });
});

describe('estimate', () => {
  it('shows nothing for empty or invalid input', () => {
    expect(estimate(form({ totalCost: '' }), {})).toEqual({ kind: 'incomplete', reason: 'empty' });
    expect(estimate(form({ totalCost: '12.345' }), {})).toEqual({ kind: 'incomplete', reason: 'invalid' });
  });

  it('gives the CLI’s outOfPocket for the same claim', () => {
    const outcome = estimate(
      form({ city: 'yantai', scheme: 'resident', member: 'adult-tier1', hospitalLevel: '3', admission: '2', totalCost: '88000', outOfScope: '3000.5', selfPayFirst: '1200' }),
      {},
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

  it('gives the CLI’s figures for each benefit, with only the details that benefit reads', () => {
    const cases: [Partial<FormValues>, Record<string, unknown>][] = [
      [
        { city: 'yantai', benefit: 'outpatient-chronic', chronicClass: 'A', chronicDisease: '2', hospitalLevel: '2', totalCost: '5000', away: 'temporary-in-province' },
        { city: 'yantai', benefit: 'outpatient-chronic', chronicClass: 'A', totalCost: '5000', away: 'temporary-in-province' },
      ],
      [
        { benefit: 'outpatient-chronic', chronicGroup: 'cancer-radio-chemo', hospitalLevel: '2', totalCost: '12000' },
        { benefit: 'outpatient-chronic', chronicGroup: 'cancer-radio-chemo', hospitalLevel: 2, totalCost: '12000' },
      ],
      [
        { city: 'yantai', benefit: 'outpatient-general', hospitalLevel: '1', totalCost: '3000', chronicClass: 'A' },
        { city: 'yantai', benefit: 'outpatient-general', hospitalLevel: 1, totalCost: '3000' },
      ],
      [
        { city: 'jinan', scheme: 'resident', member: 'adult-tier1', benefit: 'maternity', maternityEvent: 'delivery', totalCost: '6000' },
        { city: 'jinan', scheme: 'resident', member: 'adult-tier1', benefit: 'maternity', maternityEvent: 'delivery', totalCost: '6000' },
      ],
    ];
    for (const [patch, claim] of cases) {
      const outcome = estimate(form(patch), {});
      if (outcome.kind !== 'estimate') throw new Error(`expected an estimate for ${JSON.stringify(patch)}: ${JSON.stringify(outcome)}`);
      const cli = estimateClaim({ city: 'weihai', scheme: 'employee', member: 'working', date: '2025-03-01', ...claim });
      expect([outcome.view.fund, outcome.view.outOfPocket]).toEqual([cli.fundPayment, cli.outOfPocket]);
    }
  });

  it('says so when the benefit has no known rule here, or the required detail is not chosen', () => {
    expect(estimate(form({ benefit: 'maternity', totalCost: '5000' }), {})).toMatchObject({ kind: 'refusal', code: 'no-benefit' });
    expect(estimate(form({ city: 'yantai', benefit: 'outpatient-chronic', totalCost: '5000' }), {})).toEqual({ kind: 'incomplete', reason: 'invalid' });
    const minor = estimate(form({ city: 'yantai', scheme: 'resident', member: 'adult-tier1', date: '2020-01-01', benefit: 'minor-accident', totalCost: '500' }), {});
    expect(minor).toMatchObject({ kind: 'refusal', code: 'invalid-input', message: expect.stringContaining('只适用于') });
  });

  it('computes the Weihai employee case from its sources, every value official', () => {
    const outcome = estimate(form({ city: 'weihai', scheme: 'employee', member: 'working', hospitalLevel: '3', totalCost: '50000' }), {});
    expect(outcome.kind).toBe('estimate');
    if (outcome.kind !== 'estimate') return;
    // (10000−900)×80% = 7280；30000×88% = 26400；10000×90% = 9000；统筹 42680；个人 7320
    expect([outcome.view.fund, outcome.view.outOfPocket]).toEqual(['42680.00', '7320.00']);
    expect(outcome.view.provenance).toMatchObject({ level: 'official', anyOfficial: true, reported: [] });
  });

  it('names what to fill when a value is missing, and computes with it once given', () => {
    const base = form({ ...JINAN, totalCost: '50000' });
    expect(estimate(base, {})).toMatchObject({
      kind: 'refusal',
      code: 'unknown-parameter',
      missing: ['一档成人·三级医院·起付线（第一次住院的标准）', '一档成人·三级医院·统筹基金分段支付比例', '一档成人·统筹基金年度最高支付限额'],
      // The reason and where to ask are given once, with the asked values.
      message: '缺少参数：一档成人·三级医院·起付线。',
    });

    const given = estimate(base, jinanValues);
    expect(given.kind).toBe('estimate');
    if (given.kind !== 'estimate') return;
    expect(given.view.userValues).toBe(true);
    expect(given.view.provenance.user).toContain('一档成人·三级医院·分段支付比例');
    expect(given.view.steps.filter((s) => s.edited).map((s) => s.label)).toEqual([
      '起付线（本年第1次住院）',
      '起付线至10,000元部分：9,000.00 × 85%',
      '10,000元至50,000元部分：40,000.00 × 90%',
      '统筹基金年度最高支付限额',
    ]);
    // (10000−1000)×85% = 7650；40000×90% = 36000；统筹 43650；个人负担 6350 未达大病保险起点 14000
    expect(given.view.outOfPocket).toBe('6350.00');
    expect(given.view.outOfPocket).toBe(
      cliOutOfPocket({
        city: 'jinan',
        scheme: 'resident',
        member: 'adult-tier1',
        date: '2025-03-01',
        hospitalLevel: 3,
        admission: 1,
        totalCost: '50000',
        overrides: { deductible: 1000, rates: [{ upTo: 10000, rate: 0.85 }, { upTo: null, rate: 0.9 }], fundCap: 200000 },
      }),
    );
  });

  it('applies an edit of a value the sources do give, unless it equals the official value', () => {
    const values = form({ city: 'yantai', scheme: 'employee', totalCost: '50000' });
    const edit = (amount: string): Edits => ({ 'yantai-employee-2024/inpatient/deductible/working/3': { shape: 'amount', amount } });
    const plain = estimate(values, {});
    expect(estimate(values, edit('800'))).toEqual(plain);
    const lower = estimate(values, edit('600'));
    expect(lower.kind === 'estimate' && lower.view.userValues).toBe(true);
    expect(lower.kind === 'estimate' && plain.kind === 'estimate' && Number(plain.view.outOfPocket) - Number(lower.view.outOfPocket)).toBeGreaterThan(0);
  });

  it('ignores edits made under another version', () => {
    const values = form({ city: 'yantai', scheme: 'employee', totalCost: '50000' });
    const other: Edits = { 'yantai-employee-2018/inpatient/deductible/working/3': { shape: 'amount', amount: '1' } };
    expect(estimate(values, other)).toEqual(estimate(values, {}));
  });

  it('explains a date no version covers, listing the known versions', () => {
    const outcome = estimate(form({ city: 'jinan', scheme: 'employee', totalCost: '1000', date: '2019-05-01' }), {});
    expect(outcome).toMatchObject({ kind: 'refusal', code: 'no-version' });
    expect(outcome.kind === 'refusal' && outcome.message).toContain('已知版本');
  });
});

describe('whatIf', () => {
  it('lists every parameter, marks the asked ones, and compares only once something is edited', () => {
    const view = whatIf(form({ ...JINAN, totalCost: '50000' }), {})!;
    expect(view.rows.filter((r) => r.state === 'asked').map((r) => r.key)).toEqual([...JINAN_KEYS]);
    expect(view.rows.every((r) => r.state === 'asked' || r.state === 'official')).toBe(true);
    expect(view.comparison).toBeNull();
  });

  it('says the official rules cannot compute where a parameter is unknown, and shows the edited figures', () => {
    const view = whatIf(form({ ...JINAN, totalCost: '50000' }), jinanValues)!;
    const c = view.comparison!;
    expect(c.officialRefusal).toContain('缺少参数');
    expect(c.editedRefusal).toBeNull();
    expect(c.lines.map((l) => l.label)).toEqual(['统筹基金支付', '居民大病保险', '个人负担']);
    expect(c.lines.every((l) => l.official === null && l.edited !== null && l.difference === null)).toBe(true);
    expect(view.rows.find((r) => r.key === JINAN_KEYS[1])).toMatchObject({ state: 'asked', edited: '起付线至 10,000 元部分 85%；10,000 元以上部分 90%' });
  });

  it('lets the retirees’ rate above 40,000 be tried at 95%, the other reading of the sources', () => {
    const key = 'weihai-employee-2024/inpatient/segments/retired/3';
    const edit: Edit = { shape: 'segments', rows: [{ upTo: '10000', rate: '90' }, { upTo: '40000', rate: '94' }, { upTo: '', rate: '95' }] };
    const view = whatIf(form({ city: 'weihai', scheme: 'employee', member: 'retired', totalCost: '100000' }), { [key]: edit })!;
    // 40000 以上的 60000 由 90% 改为 95%：统筹多 3000
    expect(view.comparison!.lines[0]).toMatchObject({ label: '统筹基金支付', difference: '3000.00' });
  });

  it('shows the difference an edit of a known value makes', () => {
    const key = 'yantai-employee-2024/inpatient/deductible/working/3';
    const edit: Edit = { shape: 'amount', amount: '600' };
    const view = whatIf(form({ city: 'yantai', scheme: 'employee', totalCost: '50000' }), { [key]: edit })!;
    expect(view.rows.find((r) => r.key === key)).toMatchObject({ state: 'edited', official: '800 元', edited: '600 元' });
    const lines = view.comparison!.lines;
    expect(lines[0]).toMatchObject({ label: '统筹基金支付', difference: '170.00' }); // 200 more above the deductible, at 85%
    expect(lines.at(-1)).toMatchObject({ label: '个人负担', difference: '-170.00' });
  });
});

describe('share links', () => {
  const values = form({ city: 'weihai', scheme: 'employee', member: 'retired', hospitalLevel: '2', admission: '2', totalCost: '50000', outOfScope: '1200.5' });

  it('carries only the choices unless asked for the amounts, which go after #', () => {
    const plain = shareLink(values, weihaiRates, false)!;
    expect(plain).toBe('/weihai/employee/?member=retired&level=2&admission=2');
    const full = shareLink(values, weihaiRates, true)!;
    expect(full.split('#')[0]).toBe(plain);
    expect(full.split('#')[1]).toContain('total=50000');
  });

  it('reads back the form and the edits a link with amounts carries', () => {
    const edits: Edits = { 'weihai-employee-2024/inpatient/segments/retired/2': { shape: 'segments', rows: [{ upTo: '', rate: '88.5' }] } };
    const link = new URL(shareLink(values, edits, true)!, 'https://example.org');
    const back = readLink({ city: 'weihai', scheme: 'employee' }, link.search, link.hash);
    expect(back.notice).toBeNull();
    expect(back.values).toEqual(values);
    expect(back.edits).toEqual(edits);
    expect(estimate(back.values!, back.edits)).toEqual(estimate(values, edits));
  });

  it('opens a tampered link with the defaults and a notice', () => {
    const back = readLink({ city: 'weihai', scheme: 'employee' }, '?member=retired&level=2', '#date=2025-03-01&total=-5');
    expect(back).toEqual({ values: null, edits: {}, notice: LINK_NOTICE });
  });

  it('carries the benefit and its details after # only, with or without the amounts', () => {
    const chronic = form({ city: 'yantai', benefit: 'outpatient-chronic', chronicClass: 'B', chronicDisease: '2', totalCost: '5000' });
    const plain = shareLink(chronic, {}, false)!;
    expect(plain).toBe('/yantai/employee/?member=working&level=3&admission=1#benefit=outpatient-chronic&chronicClass=B&chronicDisease=2');
    const full = new URL(shareLink(chronic, {}, true)!, 'https://example.org');
    expect(full.search).not.toContain('chronic');
    const back = readLink({ city: 'yantai', scheme: 'employee' }, full.search, full.hash);
    expect(back.values).toEqual(chronic);
    const choicesOnly = new URL(plain, 'https://example.org');
    expect(readLink({ city: 'yantai', scheme: 'employee' }, choicesOnly.search, choicesOnly.hash).values).toMatchObject({ benefit: 'outpatient-chronic', chronicClass: 'B', totalCost: '' });
    // A detail its benefit does not read is tampering.
    expect(readLink({ city: 'yantai', scheme: 'employee' }, '', '#maternityEvent=delivery').notice).toBe(LINK_NOTICE);
  });

  it('gives no link with amounts while the bill has errors', () => {
    expect(shareLink({ ...values, totalCost: 'abc' }, {}, true)).toBeNull();
    expect(shareLink({ ...values, totalCost: 'abc' }, {}, false)).toBe('/weihai/employee/?member=retired&level=2&admission=2');
  });
});

describe('what a resident says of themselves for the 大病 maximum (2025 on)', () => {
  // 烟台居民 一档 三级 2,000,000 (see lib/rules/critical-illness-reward.test.ts): 大病 pays its maximum, 400,000 raised by
  // 3,000 for each continuous year beyond 4 and for a year without claims: 10 years and none last year → 421,000.
  const big = form({ city: 'yantai', scheme: 'resident', member: 'adult-tier1', hospitalLevel: '3', totalCost: '2000000', continuousYears: '10', noClaimLastYear: 'yes' });
  const claim = { city: 'yantai', scheme: 'resident', member: 'adult-tier1', date: '2025-03-01', hospitalLevel: 3, admission: 1, totalCost: 2000000 };

  it('is asked of residents only, where the raise is in force', () => {
    expect(describeForm(big, {}).person).toBe(true);
    expect(describeForm({ ...big, date: '2024-12-31' }, {}).person).toBe(false);
    expect(describeForm(form({ city: 'yantai', scheme: 'employee', member: 'working' }), {}).person).toBe(false);
  });

  it('gives the CLI’s figures with the same two inputs, and the original maximum without them', () => {
    const outcome = estimate(big, {});
    if (outcome.kind !== 'estimate') throw new Error(outcome.kind);
    expect(outcome.view.outOfPocket).toBe(cliOutOfPocket({ ...claim, continuousYears: 10, noClaimLastYear: true }));
    expect(outcome.view.outOfPocket).toBe('1399000.00');
    const without = estimate({ ...big, continuousYears: '', noClaimLastYear: '' }, {});
    if (without.kind !== 'estimate') throw new Error(without.kind);
    expect(without.view.outOfPocket).toBe('1420000.00');
    expect(without.view.notes.map((n) => n.title)).toContain('居民大病保险年度最高支付限额按原标准计算');
    // Left from a resident's form, the hidden fields never reach an employee's estimate.
    const employee = estimate({ ...big, scheme: 'employee', member: 'working' }, {});
    expect(employee.kind === 'estimate' && employee.view.notes.some((n) => n.title.startsWith('未用到'))).toBe(false);
  });

  it('says what is wrong with a number of years that is not one', () => {
    expect(estimate({ ...big, continuousYears: '5.5' }, {}).kind).toBe('incomplete');
    expect(estimate({ ...big, continuousYears: '５年' }, {}).kind).toBe('estimate');
  });

  it('carries them in a resident’s link as choices, and refuses them in an employee’s', () => {
    const plain = shareLink(big, {}, false)!;
    expect(plain).toBe('/yantai/resident/?member=adult-tier1&level=3&admission=1&years=10&noClaim=1');
    const full = new URL(shareLink(big, {}, true)!, 'https://example.org');
    expect(readLink({ city: 'yantai', scheme: 'resident' }, full.search, full.hash).values).toEqual(big);
    expect(readLink({ city: 'yantai', scheme: 'employee' }, '?member=working&years=10', '').notice).toBe(LINK_NOTICE);
    expect(readLink({ city: 'yantai', scheme: 'resident' }, '?member=adult-tier1&years=101', '').notice).toBe(LINK_NOTICE);
    // Where no raise is in force, the link leaves them out.
    expect(shareLink({ ...big, date: '2024-06-01' }, {}, false)).toBe('/yantai/resident/?member=adult-tier1&level=3&admission=1');
  });
});

