import { Dec, bound, percent } from '@/lib/money';
import { MEMBER_LABELS } from '@/lib/labels';
import { citesText } from '@/lib/output';
import type { Band, Coverage, Level, MemberId, Param, RepeatStep, Segment, Version } from '@/lib/types';
import type { EditTarget } from '@/components/what-if/edits';

/**
 * Every parameter of a version as a row of words: what it is, its value, where it comes from
 * and how far to trust it. Walks the version's data only; the engine's rules stay in the engine.
 */

export interface ParameterRow {
  group: string;
  name: string;
  /** null when no source gives the value. */
  value: string | null;
  level: Level;
  source: string;
  note?: string;
  /** The parameter an edit of this row replaces. */
  target: EditTarget;
}

const yuan = (n: number) => `${bound(new Dec(n))} 元`;

export function segmentsText(segments: Segment[]): string {
  if (segments.length === 1 && segments[0]?.upTo === null) return `起付线以上部分 ${rateText(segments[0].rate)}`;
  let lower: number | null = null;
  return segments
    .map((s) => {
      const range =
        s.upTo === null
          ? `${yuan(lower ?? 0)}以上部分`
          : lower === null
            ? `起付线至 ${yuan(s.upTo)}部分`
            : `${bound(new Dec(lower))} 至 ${yuan(s.upTo)}部分`;
      lower = s.upTo;
      return `${range} ${rateText(s.rate)}`;
    })
    .join('；');
}

function rateText(rate: number | null): string {
  return rate === null ? '比例未见来源' : percent(rate);
}

export function repeatText(steps: RepeatStep[]): string {
  if (steps.length === 0) return '每次住院都按全额扣起付线';
  return steps
    .map((s) => {
      if (s.amount !== undefined) return `第${s.from}次住院起每次 ${yuan(s.amount)}`;
      if (s.factor === 0) return `第${s.from}次住院起不设起付线`;
      return `第${s.from}次住院起按 ${percent(s.factor ?? 1)} 计`;
    })
    .join('；');
}

export function coverageText(c: Coverage): string {
  return c.kind === 'fundCap' ? `统筹基金每年最多支付 ${yuan(c.amount)}` : `每年政策范围内费用 ${yuan(c.amount)}以内由统筹基金按比例支付`;
}

export function bandsText(bands: Band[], annualMax: number): string {
  const parts = bands.map((b) =>
    b.to === null ? `${yuan(b.from)}以上部分 ${percent(b.rate)}` : `${bound(new Dec(b.from))} 至 ${yuan(b.to)}部分 ${percent(b.rate)}`,
  );
  return `${parts.join('；')}；每年最多 ${yuan(annualMax)}`;
}

function row<T>(target: EditTarget, group: string, name: string, param: Param<T>, text: (value: T) => string, note = param.note): ParameterRow {
  return {
    group,
    name,
    value: param.value === null ? null : text(param.value),
    level: param.level,
    source: citesText(param.cite) || '来源未给出',
    ...(note ? { note } : {}),
    target,
  };
}

export function parameterRows(version: Version): ParameterRow[] {
  const classLabel = (id: string) => version.classes.find((c) => c.id === id)?.label ?? id;
  const rows: ParameterRow[] = [];
  for (const [member, mapping] of Object.entries(version.members) as [MemberId, Param<string>][]) {
    rows.push(row({ kind: 'member', member }, '人员类别对应的待遇', MEMBER_LABELS[member], mapping, (cls) => `按“${classLabel(cls)}”待遇`));
  }
  for (const cls of version.classes) {
    for (const grade of version.grades) {
      const param = version.deductible[cls.id]?.[grade.id];
      if (param) rows.push(row({ kind: 'deductible', cls: cls.id, grade: grade.id }, '起付线（第一次住院）', `${cls.label} · ${grade.label}`, param, yuan));
    }
  }
  rows.push(row({ kind: 'repeat' }, '多次住院的起付线', '年度内第二次及以后住院', version.repeat, repeatText));
  for (const cls of version.classes) {
    for (const grade of version.grades) {
      const param = version.segments[cls.id]?.[grade.id];
      if (param) rows.push(row({ kind: 'segments', cls: cls.id, grade: grade.id }, '统筹基金支付比例', `${cls.label} · ${grade.label}`, param, segmentsText));
    }
  }
  for (const cls of version.classes) {
    const param = version.coverage[cls.id];
    if (param) rows.push(row({ kind: 'coverage', cls: cls.id }, '统筹基金年度限额', cls.label, param, coverageText));
  }
  for (const layer of version.layers) {
    rows.push(row({ kind: 'layer', layer: layer.id }, '补充保障', layer.name, layer.rule, (r) => bandsText(r.bands, r.annualMax), layer.rule.note ?? layer.hint));
  }
  return rows;
}
