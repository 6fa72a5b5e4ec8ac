import { Dec, bound, percent } from '@/lib/base/money';
import type { Band, Param, RepeatStep, Segment, Version } from '@/lib/model/types';

/** A parameter's value in words, as the sources page and the what-if editor show it. */

const yuan = (n: number) => `${bound(new Dec(n))} 元`;

export function segmentsText(segments: Segment[]): string {
  if (segments.length === 1 && segments[0]?.upTo === null) return `起付线以上部分 ${rateText(segments[0].rate)}`;
  let lower: number | null = null;
  return segments
    .map((s) => {
      const range =
        s.upTo === null ? `${yuan(lower ?? 0)}以上部分` : lower === null ? `起付线至 ${yuan(s.upTo)}部分` : `${bound(new Dec(lower))} 至 ${yuan(s.upTo)}部分`;
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

export function bandsText(bands: Band[]): string {
  return bands.map((b) => (b.to === null ? `${yuan(b.from)}以上部分 ${percent(b.rate)}` : `${bound(new Dec(b.from))} 至 ${yuan(b.to)}部分 ${percent(b.rate)}`)).join('；');
}

/** The value in words; null when no source gives it. Amounts read by what they limit: the fund's cap or band, a layer's maximum, a deductible. */
export function valueText(version: Version, param: Pick<Param, 'path' | 'shape' | 'choices'>, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  switch (param.shape) {
    case 'amount': {
      const n = value as number;
      if (param.path.startsWith('pots/fund/')) {
        return version.fund === 'fundCap' ? `统筹基金每年最多支付 ${yuan(n)}` : `每年政策范围内费用 ${yuan(n)}以内由统筹基金按比例支付`;
      }
      if (param.path.endsWith('/max')) return `每年最多 ${yuan(n)}`;
      if (param.path.endsWith('/reward/after-years')) return `连续参保满 ${n} 年后`;
      return yuan(n);
    }
    case 'rate':
      return percent(value as number);
    case 'segments':
      return segmentsText(value as Segment[]);
    case 'bands':
      return bandsText(value as Band[]);
    case 'repeat':
      return repeatText(value as RepeatStep[]);
    case 'choice':
      return `按“${param.choices?.find((c) => c.value === value)?.label ?? String(value)}”待遇`;
  }
}
