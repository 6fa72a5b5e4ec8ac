import { describe, expect, it } from 'vitest';
import { Dec } from '@/lib/base/money';
import { estimateClaim } from '@/lib/test-support';
import { earlierCount, readEarlier, stayAsYear, yearAsStay, yearOfStay } from './earlier';
import { EMPTY_EARLIER, initialValues, MAX_EVENTS, type FormValues } from './form-values';
import { estimate } from '@/components/estimator/runtime';
import { formSchema } from './form-schema';

const row = (patch: Partial<typeof EMPTY_EARLIER>) => ({ ...EMPTY_EARLIER, ...patch });
const stay = { benefit: 'inpatient', date: '2024-06-01', hospitalLevel: 3 as const, totalCost: new Dec(30000) };

describe('earlierCount: a row for each stay before this one', () => {
  it('asks for none beside a first stay or a number that is not a stay’s, and for n − 1 beside the n-th', () => {
    expect(['', '1', 'x', '0', '1.5'].map(earlierCount)).toEqual([0, 0, 0, 0, 0]);
    expect(['2', '３', '5'].map(earlierCount)).toEqual([1, 2, 4]);
  });

  it('asks for none past what the year planner holds: the stay and its earlier ones go there as rows', () => {
    expect(earlierCount(String(MAX_EVENTS))).toBe(MAX_EVENTS - 1);
    expect(earlierCount(String(MAX_EVENTS + 1))).toBe(0);
  });
});

describe('readEarlier: the rows as stays', () => {
  it('reads a filled row into its amounts and grade, an empty one into nothing, and only the rows asked for', () => {
    const { stays, problems } = readEarlier([row({ totalCost: '¥20,000', outOfScope: '1000', hospitalLevel: '2' }), row({}), row({ totalCost: '5000' })], 2);
    expect(problems).toEqual([]);
    expect(stays).toHaveLength(2);
    expect(stays[0]!.totalCost.toString()).toBe('20000');
    expect(stays[0]!.outOfScope?.toString()).toBe('1000');
    expect(stays[0]!.hospitalLevel).toBe(2);
    expect(stays[1]).toBeNull();
  });

  it('takes a row without a grade as at this stay’s, and a grade alone as an empty row', () => {
    const { stays } = readEarlier([row({ totalCost: '5000' }), row({ hospitalLevel: '1' })], 2);
    expect(stays[0]).toEqual({ totalCost: new Dec(5000) });
    expect(stays[1]).toBeNull();
  });

  it('says in Chinese what is wrong with a row, on its field: 全自费 without 总费用, more 全自费 than 总费用, an amount it cannot read', () => {
    const { problems } = readEarlier([row({ outOfScope: '1000' }), row({ totalCost: '1000', outOfScope: '2000' }), row({ totalCost: 'abc' }), row({ totalCost: '-5' })], 4);
    expect(problems).toEqual([
      { row: 0, field: 'totalCost', message: '填写了第1次住院全自费，请同时填写第1次住院总费用' },
      { row: 1, field: 'outOfScope', message: '第2次住院全自费不能超过第2次住院总费用' },
      { row: 2, field: 'totalCost', message: expect.stringContaining('第3次住院总费用') },
      { row: 3, field: 'totalCost', message: expect.stringContaining('第4次住院总费用') },
    ]);
  });
});

describe('yearOfStay: the rows as the year the engine settles', () => {
  it('with no row typed, this stay alone at its place in the year, the earlier ones assumed unused', () => {
    expect(yearOfStay(stay, 3, [null, null])).toEqual({ events: [stay], firstOrdinal: 3, assumed: true });
    expect(yearOfStay(stay, 1, [])).toEqual({ events: [stay], firstOrdinal: 1, assumed: false });
  });

  it('with every row typed, the CLI’s earlier: each a stay on this stay’s day, at its grade or this stay’s, then this stay', () => {
    const { events, firstOrdinal, assumed } = yearOfStay({ ...stay, hospitalLevel: 1, facility: 'grassroots' }, 3, [{ totalCost: new Dec(8000) }, { totalCost: new Dec(9000), outOfScope: new Dec(100), hospitalLevel: 2 }]);
    expect(firstOrdinal).toBe(1);
    expect(assumed).toBe(false);
    expect(events.slice(0, 2)).toEqual([
      { benefit: 'inpatient', date: '2024-06-01', hospitalLevel: 1, facility: 'grassroots', totalCost: new Dec(8000) },
      { benefit: 'inpatient', date: '2024-06-01', hospitalLevel: 2, totalCost: new Dec(9000), outOfScope: new Dec(100) },
    ]);
  });

  it('with some rows empty, each empty one a stay of nothing at this stay’s grade, and the assumption kept', () => {
    const { events, firstOrdinal, assumed } = yearOfStay(stay, 3, [{ totalCost: new Dec(8000) }, null]);
    expect(firstOrdinal).toBe(1);
    expect(assumed).toBe(true);
    expect(events[1]).toEqual({ benefit: 'inpatient', date: '2024-06-01', hospitalLevel: 3, totalCost: new Dec(0) });
  });
});

describe('the estimator with earlier stays typed', () => {
  const base = (patch: Partial<FormValues>): FormValues => ({
    ...initialValues({ city: 'weihai', scheme: 'resident' }),
    member: 'adult-tier1',
    date: '2024-06-01',
    admission: '2',
    totalCost: '30000',
    ...patch,
  });
  const outOfPocket = (values: FormValues) => {
    const outcome = estimate(values, {});
    if (outcome.kind !== 'estimate') throw new Error(`no estimate: ${JSON.stringify(outcome)}`);
    return outcome.view;
  };
  const claim = { city: 'weihai', scheme: 'resident', member: 'adult-tier1', date: '2024-06-01', hospitalLevel: 3, admission: 2, totalCost: 30000 };

  it('equals the CLI with earlier, and no longer assumes the earlier stay unused', () => {
    const view = outOfPocket(base({ earlier: [row({ totalCost: '200000', outOfScope: '5000', hospitalLevel: '2' })] }));
    const cli = estimateClaim({ ...claim, earlier: [{ date: '2024-06-01', hospitalLevel: 2, totalCost: 200000, outOfScope: 5000 }] });
    expect(view.outOfPocket).toBe(cli.outOfPocket);
    expect(view.outOfPocket).not.toBe(estimateClaim(claim).outOfPocket);
    expect(view.earlierAssumed).toBe(false);
  });

  it('keeps the assumption, and the CLI’s figure without earlier, while the rows are empty', () => {
    const view = outOfPocket(base({ earlier: [row({})] }));
    expect(view.outOfPocket).toBe(estimateClaim(claim).outOfPocket);
    expect(view.earlierAssumed).toBe(true);
  });

  it('computes nothing from a partly filled row: the form says what is missing, even while another field is wrong', () => {
    expect(estimate(base({ earlier: [row({ outOfScope: '5000' })] }), {}).kind).toBe('incomplete');
    const parsed = formSchema.safeParse(base({ totalCost: '-5', earlier: [row({ outOfScope: '5000' })] }));
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual(['earlier.0.totalCost', '填写了第1次住院全自费，请同时填写第1次住院总费用']);
  });
});

describe('between the estimator and the planner', () => {
  const held = { ...initialValues({ city: 'weihai', scheme: 'resident' }), date: '2024-06-01', hospitalLevel: '2' as const, admission: '3', totalCost: '30000' };

  it('gives the planner a row for each earlier stay before this one, empty rows too, each on this stay’s date at its grade or this stay’s', () => {
    const rows = stayAsYear({ ...held, earlier: [row({ totalCost: '120000', hospitalLevel: '3' })] });
    expect(rows.map((r) => [r.benefit, r.date, r.hospitalLevel, r.totalCost])).toEqual([
      ['inpatient', '2024-06-01', '3', '120000'],
      ['inpatient', '2024-06-01', '2', ''],
      ['inpatient', '2024-06-01', '2', '30000'],
    ]);
    expect(stayAsYear({ ...held, benefit: 'outpatient-general' })).toHaveLength(1);
  });

  it('gives the estimator the year’s latest event, with the stays before it as rows and its place among them', () => {
    const year = stayAsYear({ ...held, earlier: [row({ totalCost: '120000', hospitalLevel: '3' }), row({ totalCost: '8000' })] });
    const chronic = { ...year[0]!, benefit: 'outpatient-chronic', date: '2024-01-05' };
    const stay = yearAsStay([year[2]!, chronic, { ...year[0]!, date: '2024-02-01', selfPayFirst: '500', outOfScope: '1000' }, { ...year[1]!, date: '2024-03-01' }], [1, 2, 3, 0]);
    expect(stay.admission).toBe('3');
    expect(stay.totalCost).toBe('30000');
    // 先行自付 joins 全自费; the second stay, at this stay's grade, says so by ''.
    expect(stay.earlier).toEqual([row({ totalCost: '120000', outOfScope: '1500', hospitalLevel: '3' }), row({ totalCost: '8000' })]);
    expect(yearAsStay([chronic], [0])).toMatchObject({ benefit: 'outpatient-chronic', admission: '1', earlier: [] });
  });
});
