import type { Coverage, Grade, LayerRule, MemberId, Param, RepeatStep, Segment, Version } from './types';

/**
 * A value the person supplies for one parameter: to fill an unknown one, or to
 * ask "what if". It replaces the parameter and is marked level 'user' wherever
 * it shows. `cls` is a benefit class id, or `member:<id>` for a member type
 * whose class no source gives.
 */
export type Override =
  | { kind: 'deductible'; cls: string; grade: string; value: number }
  | { kind: 'segments'; cls: string; grade: string; value: Segment[] }
  | { kind: 'coverage'; cls: string; value: Coverage }
  | { kind: 'repeat'; value: RepeatStep[] }
  | { kind: 'layer'; layer: string; value: LayerRule }
  | { kind: 'member'; member: MemberId; value: string };

function user<T>(value: T): Param<T> {
  return { value, level: 'user', cite: [], note: '您填写的数值' };
}

export function applyOverrides(version: Version, overrides: readonly Override[]): Version {
  if (overrides.length === 0) return version;
  const v: Version = {
    ...version,
    members: { ...version.members },
    deductible: { ...version.deductible },
    segments: { ...version.segments },
    coverage: { ...version.coverage },
    layers: [...version.layers],
  };
  for (const o of overrides) {
    switch (o.kind) {
      case 'deductible':
        v.deductible[o.cls] = { ...v.deductible[o.cls], [o.grade]: user(o.value) };
        break;
      case 'segments':
        v.segments[o.cls] = { ...v.segments[o.cls], [o.grade]: user(o.value) };
        break;
      case 'coverage':
        v.coverage[o.cls] = user(o.value);
        break;
      case 'repeat':
        v.repeat = user(o.value);
        break;
      case 'layer':
        v.layers = v.layers.map((l) => (l.id === o.layer ? { ...l, rule: user(o.value) } : l));
        break;
      case 'member':
        v.members[o.member] = user(o.value);
        break;
    }
  }
  return v;
}

/** The three basic values a claim may supply, for its own grade and member (the CLI's `overrides`, the page's inputs). */
export interface ClaimValues {
  deductible?: number;
  rates?: Segment[];
  fundCap?: number;
}

export function claimOverrides(version: Version, cls: string, grade: Grade, values: ClaimValues): Override[] {
  const list: Override[] = [];
  if (values.deductible !== undefined) list.push({ kind: 'deductible', cls, grade: grade.id, value: values.deductible });
  if (values.rates) list.push({ kind: 'segments', cls, grade: grade.id, value: values.rates });
  if (values.fundCap !== undefined) {
    const kind = version.coverage[cls]?.value?.kind ?? 'fundCap';
    list.push({ kind: 'coverage', cls, value: { kind, amount: values.fundCap } });
  }
  return list;
}

export interface MissingValue {
  kind: keyof ClaimValues;
  /** What to ask for, in words. */
  label: string;
  /** Why it is asked and where to find it. */
  note: string;
}

/**
 * The basic values no source gives for this member and grade: the page asks for exactly these.
 * Segment tables that are known up to a bound only (rate null beyond it) count as missing too:
 * a large bill reaches the part with no rate.
 */
export function missingValues(version: Version, cls: string, grade: Grade): MissingValue[] {
  // A class of its own (`member:<id>`) exists only because no source says which class the member gets.
  const unmapped = cls.startsWith('member:') ? version.members[cls.slice('member:'.length) as MemberId] : undefined;
  const fallback = unmapped?.note ?? '来源未给出这一参数。';
  const missing: MissingValue[] = [];
  const deductible = version.deductible[cls]?.[grade.id];
  if (!deductible || deductible.value === null) {
    missing.push({ kind: 'deductible', label: '起付线（第一次住院的标准）', note: deductible?.note ?? fallback });
  }
  const segments = version.segments[cls]?.[grade.id];
  if (!segments || segments.value === null || segments.value.some((s) => s.rate === null)) {
    missing.push({ kind: 'rates', label: '统筹基金分段支付比例', note: segments?.note ?? fallback });
  }
  const coverage = version.coverage[cls];
  if (!coverage || coverage.value === null) {
    missing.push({ kind: 'fundCap', label: '统筹基金年度最高支付限额', note: coverage?.note ?? fallback });
  }
  return missing;
}
