import { describe, expect, it } from 'vitest';
import { BENEFITS } from '../benefits';
import { INPATIENT_PATHS } from '../benefits/inpatient';
import { ZERO, constant, max, min } from '../base/money';
import type { Benefit } from '../engine/benefit';
import { Ledger, POTS } from '../engine/ledger';
import { SlipBuilder } from '../engine/slip-builder';
import { SettledStep, need, usedParam } from '../engine/steps';
import { estimateYear } from '../engine/year';
import { billOf } from '../engine/bill';
import { claimSchemaFor, toEstimate } from '../claim';
import { CLI_FIELDS } from '../cli-fields';
import { EVENT_FIELD_KEYS, EVENT_FIELDS, type EventFieldKey } from '../model/fields';
import { pathWords } from '../zod-chinese';
import { PATHS } from '../model/address';
import { missingOf } from '../model/tree';
import type { Document, Period } from '../model/types';
import { gradeOf } from '../model/version';
import { toJson } from '../output';
import { city } from './city';
import { EMPLOYEE_CLASSES, EMPLOYEE_CLASS_IDS, GRADES, GRADE_IDS, RESIDENT_TIER_IDS, ROUNDING } from './common';
import { dated, each, grid, official, reported, since } from './entries';
import { RULES, createRules } from './index';
import { weihaiEmployee2024 as weihaiEmployee } from './weihai/employee';
import { yantai } from './yantai';

/**
 * How the rule model grows, shown in memory: a new year for a value is one line of dated data, a new
 * city is one folder (a City) plus one registry line, a new benefit is one module that fills the
 * settlement slip's lines plus its data and its cases, a new field of an event is one entry in
 * lib/model/fields.ts (and its CLI wording) plus the rule that reads it. Nothing here touches the engine.
 */

const weihaiEmployee2024 = weihaiEmployee();
const REPORT_2026: Document = { id: 'report-2026', number: null, title: '2026年报道', issuer: '某报', date: '2026-01-05', level: 'reported', asOf: '2026-01-05' };
const bill = (date: string, totalCost: number, hospitalLevel: 1 | 2 | 3 = 3) => ({ date, hospitalLevel, totalCost: constant(totalCost), outOfScope: ZERO, selfPayFirst: ZERO });

describe('a new year is one line', () => {
  // 烟台居民 2026: the 二档 cap rises from 220,000 to 230,000, and every tier's 三级 deductible from 800 to 900.
  // Each is one line added to the period's dated(...), the old values left as they are.
  const resident2024 = yantai.book('resident')!.periods.at(-1)!;
  const raised: Period = {
    ...resident2024,
    documents: [...resident2024.documents, REPORT_2026],
    params: dated(
      resident2024.params,
      { [PATHS.fund('tier2')]: since('2026-01-01', reported(230000, REPORT_2026, '2026年限额')) },
      grid(RESIDENT_TIER_IDS, ['3'], INPATIENT_PATHS.deductible, () => since('2026-01-01', reported(900, REPORT_2026, '2026年起付线'))),
    ),
  };
  const rules = createRules([city('yantai', '烟台', { employee: () => yantai.book('employee')!.periods, resident: () => [yantai.book('resident')!.periods[0]!, raised] })]);

  it('applies from its date on, and nothing carries back before it', () => {
    expect(rules.versionOn('yantai', 'resident', '2025-12-31')?.params.get(PATHS.fund('tier2'))?.value).toBe(220000);
    const in2026 = rules.versionOn('yantai', 'resident', '2026-01-01')!.params.get(PATHS.fund('tier2'))!;
    expect([in2026.value, in2026.level, in2026.from, in2026.cite[0]?.doc.id]).toEqual([230000, 'reported', '2026-01-01', 'report-2026']);
    // The rest of the version is the same period's, and the sources page lists the new value under the old one.
    expect(rules.versionOn('yantai', 'resident', '2026-06-01')?.id).toBe('yantai-resident-2024');
    expect(rules.periods().find((v) => v.id === 'yantai-resident-2024')?.params.get(PATHS.fund('tier2'))?.later?.map((l) => [l.from, l.value])).toEqual([['2026-01-01', 230000]]);
  });

  it('changes the estimate from that year, and only a stay of that year lists its source', () => {
    // 二档三级 600,000：(600000−800)×60% = 359520 → 限额 220000（2025）；(600000−900)×60% = 359460 → 限额 230000（2026）
    const estimate = (date: string) => toJson(estimateYear({ member: 'adult-tier2', admissions: [bill(date, 600000)], firstOrdinal: 1 }, rules.rulebook('yantai', 'resident')));
    const [in2025, in2026] = [estimate('2025-06-01'), estimate('2026-06-01')];
    expect([in2025.deductible, in2025.fundPayment, in2026.deductible, in2026.fundPayment]).toEqual(['800.00', '220000.00', '900.00', '230000.00']);
    const listed = (r: typeof in2025) => r.policy.documents.some((d) => d.title === REPORT_2026.title);
    expect([listed(in2025), listed(in2026)]).toEqual([false, true]);
  });
});

describe('a new city is one folder plus one registry line', () => {
  const DOC: Document = { id: 'test-2025', number: '测医保发〔2025〕1号', title: '测试市住院待遇', issuer: '测试市医保局', date: '2025-01-01', level: 'official', asOf: '2025-01-01' };
  const employee: Period = {
    id: 'test-employee-2025',
    title: '测试市职工医保住院待遇（2025年起）',
    from: '2025-01-01',
    to: null,
    level: 'official',
    documents: [DOC],
    classes: EMPLOYEE_CLASSES,
    grades: GRADES,
    fund: 'fundCap',
    layers: [],
    benefits: { inpatient: { segmentsOn: 'admission' } },
    interpretations: [ROUNDING],
    params: dated({
      [PATHS.member('working')]: official('working', DOC, '一'),
      [PATHS.member('retired')]: official('retired', DOC, '一'),
      [PATHS.member('flexible')]: official('working', DOC, '一'),
      ...grid(EMPLOYEE_CLASS_IDS, GRADE_IDS, INPATIENT_PATHS.deductible, () => official(1000, DOC, '二')),
      ...grid(EMPLOYEE_CLASS_IDS, GRADE_IDS, INPATIENT_PATHS.segments, () => official([{ upTo: null, rate: 0.8 }], DOC, '三')),
      [INPATIENT_PATHS.repeat()]: official([], DOC, '二'),
      ...each(EMPLOYEE_CLASS_IDS, PATHS.fund, () => official(100000, DOC, '四')),
    }),
  };
  // The folder's one export, and the registry's one new line:
  const testCity = city('testcity', '测试市', { employee: () => [employee], resident: () => [] });
  const rules = createRules([...RULES.cities, testCity]);

  it('estimates through the CLI’s own schema and request, like any city', () => {
    const claim = claimSchemaFor(rules).parse({ city: 'testcity', scheme: 'employee', member: 'working', date: '2025-05-01', hospitalLevel: 2, admission: 1, totalCost: 11000 });
    const { request, rulebook } = toEstimate(claim, rules);
    const json = toJson(estimateYear(request, rulebook));
    // (11000−1000)×80% = 8000；个人 3000
    expect([json.policy.id, json.fundPayment, json.outOfPocket]).toEqual(['test-employee-2025', '8000.00', '3000.00']);
    expect(() => claimSchemaFor(RULES).parse({ ...claim, city: 'testcity' })).toThrow(/city 必须是 weihai（威海）、jinan（济南）/);
  });

  it('says which versions it knows where it has none', () => {
    expect(() => rules.rulebook('testcity', 'resident').versionOn('2025-05-01')).toThrowError(/测试市居民医保在 2025-05-01 没有已知的住院报销规定。已知版本：无/);
  });
});

describe('a new benefit is one module plus its data and its cases', () => {
  // A fixed sum per event, at most the eligible cost, paid from the same annual fund cap as inpatient care.
  const LUMP = 'lump-sum/amount';
  const lumpSum: Benefit = {
    id: 'lump-sum',
    label: '定额补助',
    words: { event: '就诊', total: '总费用', date: '就诊日期' },
    inputs: { required: ['hospitalLevel'], optional: [] },
    fields: () => [{ field: 'hospitalLevel', required: true }],
    missing: (version) => missingOf(version, [{ path: LUMP, label: '每次定额' }]),
    declare: () => [{ path: LUMP, shape: 'amount', group: '定额补助', name: '每次定额', noun: '定额' }],
    declareClass: () => [],
    // Its lines of the slip, in any order: the slip builder prints them in the slip's, and closes it with 个人负担.
    settle(b, ctx) {
      const { version, cls, ledger } = ctx;
      const slip = new SlipBuilder(b, '就诊');
      const param = version.params.get(LUMP)!;
      const capParam = version.params.get(PATHS.fund(cls.id))!;
      const cap = constant(need(capParam, '年度限额') as number);
      const fund = min(min(slip.eligible, constant(need(param, '定额') as number)), max(ZERO, cap.minus(ledger.used(POTS.fundPaid))));
      slip.add('fund', new SettledStep('fund', fund, 'computed', () => ['统筹基金支付']));
      slip.add('lumpSum', new SettledStep('lumpSum', fund, 'rule', () => ['定额补助'], [usedParam('每次定额', param)]));
      ledger.add(POTS.fundPaid, fund);
      return slip.close(ctx, { benefit: 'lump-sum', grade: gradeOf(version, b), fund, supplements: [], deductible: ZERO, deductibleRule: ZERO, notes: [], fundAmount: capParam.value as number });
    },
  };
  // Its data: the period offers it, and gives its one parameter a value.
  const offering: Period = {
    ...weihaiEmployee2024,
    fund: 'fundCap',
    benefits: { ...weihaiEmployee2024.benefits, 'lump-sum': {} },
    params: dated(weihaiEmployee2024.params, { [LUMP]: official(5000, weihaiEmployee2024.documents[0]!, '（示例）') }),
  };
  const rules = createRules([city('weihai', '威海', { employee: () => [offering], resident: () => [] })], [], [...BENEFITS, lumpSum]);

  it('lists its parameter with the version’s own', () => {
    const version = rules.versionOn('weihai', 'employee', '2025-01-01')!;
    expect(version.params.get(LUMP)).toMatchObject({ value: 5000, level: 'official', group: '定额补助' });
  });

  it('draws on the pot the inpatient stays draw on', () => {
    // 年度限额 240000（此处作为统筹基金支付限额）：定额 5000 先支付；随后住院 300000 三级在职：
    // 7280 + 26400 + (300000−40000)×90% = 267680 → 限额剩余 235000
    const year = estimateYear(
      { member: 'working', admissions: [{ ...bill('2025-01-10', 8000), benefit: 'lump-sum' }, bill('2025-02-10', 300000)], firstOrdinal: 1 },
      rules.rulebook('weihai', 'employee'),
    );
    expect(year.admissions.map((a) => [a.benefit, a.ordinal, a.fund.toFixed(2)])).toEqual([
      ['lump-sum', 1, '5000.00'],
      ['inpatient', 1, '235000.00'],
    ]);
    // Its slip: the opening lines, its own, 统筹基金支付, and 个人负担 = 8000 − 5000.
    const slip = year.admissions[0]!;
    expect(slip.steps.map((s) => s.key)).toEqual(['total', 'outOfScope', 'selfPayFirst', 'eligible', 'lumpSum', 'fund', 'outOfPocket']);
    expect(slip.outOfPocket.toFixed(2)).toBe('3000.00');
  });
});

describe('where segment bounds are measured is data', () => {
  // 威海职工在职三级 20000 then 30000. On each admission's cost (today's reading):
  // 2nd (D 450): (10000−450)×80% + 20000×88% = 7640 + 17600 = 25240.
  // On the year's cumulative cost: the 2nd starts at 20000: [20450, 40000] × 88% + [40000, 50000] × 90% = 17204 + 9000 = 26204.
  const fund2 = (segmentsOn: 'admission' | 'year') => {
    const period: Period = { ...weihaiEmployee2024, benefits: { inpatient: { segmentsOn } } };
    const rules = createRules([city('weihai', '威海', { employee: () => [period], resident: () => [] })]);
    const year = estimateYear({ member: 'working', admissions: [bill('2025-01-10', 20000), bill('2025-03-10', 30000)], firstOrdinal: 1 }, rules.rulebook('weihai', 'employee'));
    return year.admissions.map((a) => a.fund.toFixed(2));
  };

  it('on each admission today, on the year with one change', () => {
    expect(fund2('admission')).toEqual(['16080.00', '25240.00']);
    expect(fund2('year')).toEqual(['16080.00', '26204.00']);
  });
});

describe('a new field is one entry in lib/model/fields.ts plus the rule that reads it', () => {
  // Every reader and writer of a claim takes its fields from the registry: each entry below is taken by the
  // CLI for a benefit whose module reads it, refused there in the entry's CLI words, carried into the
  // engine's bill and named in Chinese. A new entry is checked here without a line added; the pages' side
  // is checked the same way in components/share/link-codec.test.ts. The rule is the benefit module's:
  // its `inputs` and `fields` name the field, its `settle` reads it (as chronic.ts reads chronicGroup).
  const reads = (key: EventFieldKey) => RULES.benefits.filter((b) => [...b.inputs.required, ...b.inputs.optional].includes(key));
  const schema = claimSchemaFor(RULES);

  /** A claim of the benefit with each field it requires at its first choice. */
  function claimOf(benefit: Benefit) {
    const required = Object.fromEntries(benefit.inputs.required.map((k) => [k, EVENT_FIELDS[k].values[0]]));
    return { city: 'weihai', scheme: 'employee', member: 'working', date: '2025-05-01', benefit: benefit.id, totalCost: 1000, ...(benefit.id === 'inpatient' ? { admission: 1 } : {}), ...required };
  }

  it.each(EVENT_FIELD_KEYS)('%s: read by a benefit, each choice taken into the bill, any other refused in its own words', (key) => {
    const benefit = reads(key)[0]!;
    expect(benefit, `no benefit module reads ${key}`).toBeDefined();
    for (const value of EVENT_FIELDS[key].values) {
      const parsed = schema.safeParse({ ...claimOf(benefit), ...(key === 'facility' ? { hospitalLevel: 1 } : {}), [key]: value });
      expect(parsed.error?.issues, `${key}: ${value}`).toBeUndefined();
      expect(billOf({ ...parsed.data!, date: '2025-05-01' })[key]).toBe(value);
    }
    const refused = schema.safeParse({ ...claimOf(benefit), [key]: 'none-of-these' });
    expect(refused.error?.issues.map((i) => i.message)).toContain(CLI_FIELDS[key].invalid(''));
    expect(pathWords([key])).toBe(`${CLI_FIELDS[key].words}（${key}）`);
  });

  it('is refused for a benefit whose module does not read it, by its CLI name', () => {
    const maternity = RULES.benefits.find((b) => b.id === 'maternity')!;
    const parsed = schema.safeParse({ ...claimOf(maternity), maternityEvent: 'delivery', away: 'registered' });
    expect(parsed.error?.issues.map((i) => i.message)).toContain(`${CLI_FIELDS.away.name}不适用于生育（benefit: maternity），请删去这一项`);
  });
});

it('keeps a ledger of named pots any benefit can draw on', () => {
  const ledger = new Ledger();
  ledger.add('outpatient/paid', constant(100));
  ledger.add('outpatient/paid', constant(50));
  expect([ledger.used('outpatient/paid').toFixed(2), ledger.has('other'), ledger.used('other').toFixed(2)]).toEqual(['150.00', false, '0.00']);
});
