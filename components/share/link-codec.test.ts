import { describe, expect, it } from 'vitest';
import { Dec } from '@/lib/base/money';
import { compareLink, readCompareLink, type CompareLink } from '@/components/compare/link';
import { estimatorLink, readEstimatorLink, type EstimatorLink } from '@/components/estimator/link';
import { plannerLink, readPlannerLink, type PlannerLink } from '@/components/planner/link';
import { choiceOf } from '@/lib/model/field-text';
import { EVENT_FIELD_KEYS, EVENT_FIELDS, heldOf, initialDetails, type EventFieldKey } from '@/lib/model/fields';
import { RULES } from '@/lib/rules';
import { LINK_NOTICE } from './link-codec';

const split = (link: string) => {
  const url = new URL(link, 'https://example.org');
  return [url.search, url.hash] as const;
};
const INVALID = { state: null, notice: LINK_NOTICE };

describe('estimator links', () => {
  const withAmounts: EstimatorLink = {
    choices: { member: 'retired', hospitalLevel: 1, facility: 'grassroots', admission: 2 },
    details: {},
    amounts: {
      date: '2025-05-01',
      totalCost: new Dec('50000.5'),
      outOfScope: new Dec(1000),
      overrides: [{ path: 'inpatient/segments/retired/1', value: [{ upTo: null, rate: 0.9 }] }],
    },
  };

  it('puts the choices in the query and the amounts and edits only after #', () => {
    const link = estimatorLink('weihai', 'employee', withAmounts);
    const [search, hash] = split(link);
    expect(link.startsWith('/weihai/employee/?')).toBe(true);
    expect(search).toBe('?member=retired&level=1&facility=grassroots&admission=2');
    expect(hash).toContain('total=50000.5');
    expect(new URLSearchParams(hash.slice(1)).get('edits')).toBe('[{"path":"weihai/employee/inpatient/segments/retired/1","value":[{"upTo":null,"rate":0.9}]}]');
    expect(estimatorLink('weihai', 'employee', { choices: withAmounts.choices, details: {} })).toBe(`/weihai/employee/${search}`);
  });

  it('reads back exactly what it wrote', () => {
    const [search, hash] = split(estimatorLink('weihai', 'employee', withAmounts));
    expect(readEstimatorLink('weihai', 'employee', search, hash)).toEqual({ state: withAmounts, notice: null });
    expect(readEstimatorLink('weihai', 'employee', search, '')).toEqual({ state: { choices: withAmounts.choices, details: {} }, notice: null });
    const chronic: EstimatorLink = { ...withAmounts, details: { benefit: 'outpatient-chronic', chronicGroup: 'severe-mental', away: 'registered' } };
    const [s2, h2] = split(estimatorLink('weihai', 'employee', chronic));
    expect(s2).toBe(search);
    expect(readEstimatorLink('weihai', 'employee', s2, h2)).toEqual({ state: chronic, notice: null });
  });

  it('treats a link without its keys as no link, and ignores keys it does not know (WeChat adds some)', () => {
    expect(readEstimatorLink('weihai', 'employee', '', '')).toEqual({ state: null, notice: null });
    expect(readEstimatorLink('weihai', 'employee', '?from=singlemessage&isappinstalled=0', '')).toEqual({ state: null, notice: null });
    expect(readEstimatorLink('weihai', 'employee', '?member=retired&from=timeline', '').state?.choices.member).toBe('retired');
  });

  it.each([
    ['a member type of the other scheme', '?member=minor', ''],
    ['an unknown grade', '?level=4', ''],
    ['a facility with a grade other than 1', '?level=3&facility=grassroots', ''],
    ['admission 0', '?admission=0', ''],
    ['a key given twice', '?member=working&member=retired', ''],
    ['an impossible date', '', '#date=2025-02-30&total=100'],
    ['three decimals', '', '#date=2025-02-01&total=100.001'],
    ['parts above the total', '', '#date=2025-02-01&total=100&outOfScope=60&selfPayFirst=41'],
    ['an unknown fragment key', '', '#date=2025-02-01&total=100&x=1'],
    ['no total', '', '#date=2025-02-01'],
    ['amounts without a total', '', '#outOfScope=5'],
    ['a detail its benefit does not read', '', '#date=2025-02-01&total=100&maternityEvent=delivery'],
    ['an unknown benefit', '', '#benefit=dental'],
    ['a second 乙类 disease beyond two', '', '#benefit=outpatient-chronic&chronicDisease=3'],
    ['edits that are not JSON', '', '#date=2025-02-01&total=100&edits=%7B'],
    ['an edit of a parameter the version lacks', '', `#date=2025-02-01&total=100&edits=${encodeURIComponent('[{"path":"weihai/employee/inpatient/deductible/tier1/3","value":1}]')}`],
    ['an edit of another book’s parameter', '', `#date=2025-02-01&total=100&edits=${encodeURIComponent('[{"path":"yantai/employee/inpatient/repeat","value":[]}]')}`],
    ['an edit in the old form', '', `#date=2025-02-01&total=100&edits=${encodeURIComponent('[{"kind":"repeat","value":[]}]')}`],
    ['an edit with a rate the inputs cannot hold', '', `#date=2025-02-01&total=100&edits=${encodeURIComponent('[{"path":"weihai/employee/inpatient/segments/working/3","value":[{"upTo":null,"rate":0.12345}]}]')}`],
    ['an edit with a missing rate', '', `#date=2025-02-01&total=100&edits=${encodeURIComponent('[{"path":"weihai/employee/inpatient/segments/working/3","value":[{"upTo":null,"rate":null}]}]')}`],
    ['an edit of the wrong shape', '', `#date=2025-02-01&total=100&edits=${encodeURIComponent('[{"path":"weihai/employee/inpatient/repeat","value":900}]')}`],
    ['the same parameter edited twice', '', `#date=2025-02-01&total=100&edits=${encodeURIComponent('[{"path":"weihai/employee/inpatient/repeat","value":[]},{"path":"weihai/employee/inpatient/repeat","value":[]}]')}`],
    ['edits for a date no version covers', '', `#date=2019-02-01&total=100&edits=${encodeURIComponent('[{"path":"weihai/employee/inpatient/repeat","value":[]}]')}`],
  ])('refuses %s whole, with the notice', (_, search, hash) => {
    expect(readEstimatorLink('weihai', 'employee', search, hash)).toEqual(INVALID);
  });
});

describe('planner links', () => {
  const link: PlannerLink = {
    city: 'yantai',
    scheme: 'resident',
    member: 'adult-tier2',
    year: {
      events: [
        { date: '2025-03-01', hospitalLevel: 3, totalCost: new Dec(30000), outOfScope: new Dec('100.1'), details: {} },
        { date: '2025-01-01', hospitalLevel: 2, totalCost: new Dec(20000), selfPayFirst: new Dec(30), details: { benefit: 'outpatient-general', away: 'temporary-in-province' } },
      ],
      overrides: [{ path: 'inpatient/deductible/tier2/3', value: 500 }],
    },
  };

  it('round-trips, with the admissions only after #', () => {
    const text = plannerLink(link);
    const [search, hash] = split(text);
    expect(search).toBe('?city=yantai&scheme=resident&member=adult-tier2');
    expect(search).not.toMatch(/30000|20000/);
    expect(readPlannerLink(search, hash)).toEqual({ state: link, notice: null });
  });

  it('refuses events across two years, or too many, or a detail its benefit does not read', () => {
    const twoYears = { ...link, year: { events: [...link.year!.events, { date: '2024-12-31', hospitalLevel: 3 as const, totalCost: new Dec(1), details: {} }], overrides: [] } };
    expect(readPlannerLink(...split(plannerLink(twoYears)))).toEqual(INVALID);
    const many = { ...link, year: { events: Array.from({ length: 31 }, () => link.year!.events[0]!), overrides: [] } };
    expect(readPlannerLink(...split(plannerLink(many)))).toEqual(INVALID);
    const stray = { ...link, year: { events: [{ ...link.year!.events[0]!, details: { maternityEvent: 'delivery' as const } }], overrides: [] } };
    expect(readPlannerLink(...split(plannerLink(stray)))).toEqual(INVALID);
  });

  it('opens links written before other benefits were offered', () => {
    const old = '#admissions=' + encodeURIComponent('[{"date":"2025-03-01","level":3,"total":"30000"}]');
    expect(readPlannerLink('?city=yantai', old).state?.year?.events).toEqual([{ date: '2025-03-01', hospitalLevel: 3, totalCost: new Dec(30000), outOfScope: undefined, selfPayFirst: undefined, details: {} }]);
  });
});

describe('comparison links', () => {
  const link: CompareLink = {
    members: { employee: 'flexible', resident: 'minor' },
    hospitalLevel: 2,
    admission: 3,
    details: {},
    bill: { date: '2025-06-01', totalCost: new Dec(50000), selfPayFirst: new Dec(20) },
  };

  it('round-trips, with the bill only after #', () => {
    const [search, hash] = split(compareLink(link));
    expect(search).toBe('?employee=flexible&resident=minor&level=2&admission=3');
    expect(readCompareLink(search, hash)).toEqual({ state: link, notice: null });
  });

  it('refuses a member type under the wrong scheme', () => {
    expect(readCompareLink('?employee=minor', '')).toEqual(INVALID);
  });
});

describe('every field of lib/model/fields.ts, on the pages', () => {
  // The forms, the links and the page runtimes take the fields from the registry: a new entry is checked here without a line added.
  const reads = (key: EventFieldKey) => RULES.benefits.find((b) => [...b.inputs.required, ...b.inputs.optional].includes(key))!;

  it.each(EVENT_FIELD_KEYS)('%s: a form holds each choice and reads it back; a link carries it where the registry says', (key) => {
    expect(initialDetails()).toHaveProperty(key);
    for (const value of EVENT_FIELDS[key].values) {
      expect(choiceOf(key, heldOf(key, value))).toBe(value);
      const benefit = reads(key).id;
      const link: EstimatorLink = {
        choices: { member: 'working', hospitalLevel: key === 'hospitalLevel' ? (value as 1 | 2 | 3) : 1, ...(key === 'facility' ? { facility: value as 'grassroots' } : {}), admission: 1 },
        details: { benefit, ...(EVENT_FIELDS[key].medical ? { [key]: value } : {}) },
      };
      const [search, hash] = split(estimatorLink('weihai', 'employee', link));
      // Medical facts after '#' only; the grade in the query.
      expect(new URLSearchParams(search).has(key)).toBe(key === 'facility');
      const read = readEstimatorLink('weihai', 'employee', search, hash).state!;
      const carried = EVENT_FIELDS[key].medical ? (read.details as Record<string, unknown>)[key] : key === 'facility' ? read.choices.facility : read.choices.hospitalLevel;
      // What saying nothing means (本地) a link leaves out.
      expect(carried).toBe((EVENT_FIELDS[key] as { unsaid?: unknown }).unsaid === value ? undefined : value);
    }
  });
});
