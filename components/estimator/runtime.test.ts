import { describe, expect, it } from 'vitest';
import { estimateClaim } from '@/lib/test-support';
import { LINK_NOTICE } from '@/components/share/link-codec';
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
    expect(ctx.facilities).toEqual([]);
  });

  it('asks for a value no source gives as an edit of that parameter, starting empty', () => {
    const ctx = describeForm(form({ ...JINAN, hospitalLevel: '2' }), {});
    expect(ctx.asked.map((m) => m.key)).toEqual(JINAN_KEYS.map((k) => k.replace(/\/3$/, '/2')));
    expect(ctx.asked[1]?.note).toContain('12393');
    expect(ctx.asked[1]?.edit).toEqual({ shape: 'segments', rows: [{ upTo: '', rate: '' }] });
  });

  it('asks Jinan residents for the deductible, the rates and the annual cap', () => {
    const ctx = describeForm(form({ city: 'jinan', scheme: 'resident', member: 'student' }), {});
    expect(ctx.asked.map((m) => m.label)).toEqual(['起付线（第一次住院的标准）', '统筹基金分段支付比例', '统筹基金年度最高支付限额']);
  });

  it('starts from the known part of a partly known table, leaving the unknown rate empty', () => {
    const ctx = describeForm(form({ city: 'weihai', scheme: 'resident', member: 'adult-tier2', hospitalLevel: '3' }), {});
    expect(ctx.asked[0]?.edit).toMatchObject({
      rows: [
        { upTo: '40000', rate: '55' },
        { upTo: '300000', rate: '70' },
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

  it('follows an edited member mapping: 威海未成年居民 mapped to 二档 no longer asks for the whole table', () => {
    const values = form({ city: 'weihai', scheme: 'resident', member: 'minor', hospitalLevel: '2' });
    expect(describeForm(values, {}).asked.map((a) => a.key)).toEqual([
      'weihai-resident-2023/inpatient/deductible/minor/2',
      'weihai-resident-2023/inpatient/segments/minor/2',
      'weihai-resident-2023/pots/fund/minor',
    ]);
    const mapped: Edits = { 'weihai-resident-2023/members/minor': { shape: 'choice', choice: 'tier2' } };
    expect(describeForm(values, mapped).asked.map((a) => a.key)).toEqual(['weihai-resident-2023/inpatient/segments/tier2/2']);
  });

  it('offers the level-1 variants only where the version has them, and only for level 1', () => {
    const level1 = describeForm(form({ city: 'weihai', scheme: 'resident', member: 'adult-tier1', hospitalLevel: '1' }), {});
    expect(level1.facilities.map((f) => f.value)).toEqual(['', 'grassroots']);
    expect(describeForm(form({ city: 'weihai', scheme: 'resident', member: 'adult-tier1', hospitalLevel: '2' }), {}).facilities).toEqual([]);
    expect(describeForm(form({ city: 'yantai', scheme: 'resident', member: 'adult-tier1', hospitalLevel: '1' }), {}).facilities).toEqual([]);
    const yantai2018 = describeForm(form({ city: 'yantai', scheme: 'resident', member: 'adult-tier1', hospitalLevel: '1', date: '2020-01-01' }), {});
    expect(yantai2018.facilities.map((f) => f.value)).toEqual(['', 'no-essential-drugs']);
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

  it('computes the Weihai employee case from its sources, saying which values are reported', () => {
    const outcome = estimate(form({ city: 'weihai', scheme: 'employee', member: 'working', hospitalLevel: '3', totalCost: '50000' }), {});
    expect(outcome.kind).toBe('estimate');
    if (outcome.kind !== 'estimate') return;
    // (10000−900)×80% = 7280；30000×88% = 26400；10000×90% = 9000；统筹 42680；个人 7320
    expect([outcome.view.fund, outcome.view.outOfPocket]).toEqual(['42680.00', '7320.00']);
    expect(outcome.view.provenance).toMatchObject({ level: 'reported', anyOfficial: true, reported: ['在职职工·三级医院·分段支付比例'] });
  });

  it('names what to fill when a value is missing, and computes with it once given', () => {
    const base = form({ ...JINAN, totalCost: '50000' });
    expect(estimate(base, {})).toMatchObject({
      kind: 'refusal',
      code: 'unknown-parameter',
      missing: ['起付线（第一次住院的标准）', '统筹基金分段支付比例', '统筹基金年度最高支付限额'],
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

  it('gives no link with amounts while the bill has errors', () => {
    expect(shareLink({ ...values, totalCost: 'abc' }, {}, true)).toBeNull();
    expect(shareLink({ ...values, totalCost: 'abc' }, {}, false)).toBe('/weihai/employee/?member=retired&level=2&admission=2');
  });
});
