import { money, yuan, type Dec } from '@/lib/base/money';
import { CHECK_INTERPRETATIONS, type CheckResult } from '@/lib/check/check';
import type { Fit } from '@/lib/check/reasons';
import type { LineComparison, Settled } from '@/lib/check/settle';
import { SLIP_NAMES } from '@/lib/check/lines';
import type { Slip } from '@/lib/check/slip';
import { figureLevel, type Provenance } from '@/lib/engine/provenance';
import { yearDocuments } from '@/lib/engine/year';
import { citationText } from '@/lib/model/citation';
import type { ErrorCode } from '@/lib/base/errors';
import { earlierStaysAssumed, type EstimateView } from '@/components/estimator/estimate-view';
import { listedNotes } from '@/components/ui/once';
import { lacking, type Asked } from '@/components/ui/outcome';
import { assumptionsOf } from '@/components/ui/plain-answer';

/**
 * The slip check as the page shows it: amounts already two-decimal strings, citations and reasons
 * already in words. The result components render this and nothing else.
 */

export interface ComparedRow {
  name: string;
  /** Money strings; null where the slip leaves the line empty or the rules cannot say. */
  slip: string | null;
  rule: string | null;
  /** slip − rule, signed. */
  difference: string | null;
  same: boolean | null;
  /** Why a side is missing, or how the rules' figure was read. */
  note?: string;
}

export interface ReasonView {
  title: string;
  detail: string;
  verdict: string;
  ask: string;
  fit: Fit;
  rows: ComparedRow[];
}

export type ComparisonView =
  | {
      kind: 'lines';
      /** How many ruled lines the slip gives that differ by more than a fen; 0 = all agree. */
      differing: number;
      /** How many ruled lines were compared at all. */
      compared: number;
      rows: ComparedRow[];
      /** The bill the rules settled, in words: member, grade, place among the year's stays, eligible cost. */
      basis: string;
      provenance: Provenance;
      freshness: { title: string; text: string }[];
      /** Not the year's first stay, and the rules' figures take the year's limits as unused. */
      earlierAssumed: boolean;
      /** The stay's date, as settled. */
      date: string;
    }
  | { kind: 'refusal'; code: ErrorCode; message: string; missing: string[] };

export interface CheckView {
  explanations: { name: string; amount: string; meaning: string; source: string | null; detail?: string }[];
  /** `stated` in words, like the sum beside it: "50,000.00". */
  sums: { text: string; name: string; stated: string; ok: boolean; assumedZero: string[] }[];
  comparison: ComparisonView;
  reasons: ReasonView[];
  version: EstimateView['version'] | null;
  userValues: boolean;
  notes: EstimateView['notes'];
  interpretations: EstimateView['interpretations'];
}

/**
 * What the rules' figures take for granted, said under the verdict: the stay's earlier ones, values
 * below official. A layer left out is said on its own row, where the slip's figure stands in for it.
 */
export function checkAssumptions(c: Extract<ComparisonView, { kind: 'lines' }>): string[] {
  return assumptionsOf({ earlierAssumed: c.earlierAssumed, leftOut: [], provenance: c.provenance }, 'you').map((a) => a.text);
}

const show = (x: Dec | null) => (x === null ? null : money(x));

/** Why a side of the main comparison is missing, or what the rules' 个人负担 takes off besides the fund. */
function noteOf(c: LineComparison, slip: Slip, settled: Settled): string | undefined {
  if (c.line === 'supplement' && settled.leftOut.length) return `${settled.leftOut.join('、')}的标准未见来源，无法核对这一行。`;
  if (c.slip === null) return '结算单上未填写。';
  const takenOff = [settled.leftOut.length ? '结算单上的大病保险 / 大额补助' : '', slip.assistance ? '结算单上的医疗救助' : ''].filter(Boolean);
  if (c.line === 'personal' && c.rule && takenOff.length) return `医疗费总额减去按规定的统筹基金支付和${takenOff.join('、')}。`;
  return undefined;
}

function rowsOf(comparisons: readonly LineComparison[], notes?: { slip: Slip; settled: Settled }): ComparedRow[] {
  return comparisons.map((c) => {
    const note = notes && noteOf(c, notes.slip, notes.settled);
    return { name: SLIP_NAMES[c.line], slip: show(c.slip), rule: show(c.rule), difference: show(c.difference), same: c.same, ...(note ? { note } : {}) };
  });
}

/** `asked`: the values no source gives for the chosen class and grade, asked for above the form. */
export function checkView(result: CheckResult, slip: Slip, userValues: boolean, asked: () => readonly Asked[]): CheckView {
  const { version, recomputed } = result;
  const settled = recomputed.kind === 'settled' ? recomputed.settled : null;
  const comparison: ComparisonView =
    recomputed.kind === 'settled'
      ? {
          kind: 'lines',
          differing: recomputed.differing.length,
          compared: recomputed.comparisons.filter((c) => c.same !== null).length,
          rows: rowsOf(recomputed.comparisons, { slip, settled: recomputed.settled }),
          basis: `按${recomputed.settled.result.className}、${recomputed.settled.current.grade?.label ?? ''}、本年第${recomputed.settled.current.ordinal}次住院，政策范围内费用 ${yuan(recomputed.settled.current.eligibleCost)} 元重算。`,
          provenance: recomputed.settled.result.provenance,
          freshness: recomputed.settled.result.notes.filter((n) => n.topic === 'freshness').map(({ title, text }) => ({ title, text })),
          earlierAssumed: earlierStaysAssumed(recomputed.settled.result.admissions),
          date: recomputed.settled.current.date,
        }
      : {
          kind: 'refusal',
          code: recomputed.error.code,
          ...(recomputed.error.code === 'unknown-parameter' ? lacking(recomputed.error.message, asked()) : { message: recomputed.error.message, missing: [] }),
        };
  return {
    explanations: result.explanations.map((e) => ({ name: e.name, amount: money(e.amount), meaning: e.meaning, source: e.source, ...(e.detail ? { detail: e.detail } : {}) })),
    sums: result.sums.map((s) => ({ text: s.text, name: SLIP_NAMES[s.line], stated: yuan(s.stated), ok: s.ok, assumedZero: s.assumedZero.map((l) => SLIP_NAMES[l]) })),
    comparison,
    reasons:
      recomputed.kind === 'settled'
        ? recomputed.reasons.map((r) => ({ title: r.title, detail: r.detail, verdict: r.verdict, ask: r.ask, fit: r.fit, rows: rowsOf(r.comparisons) }))
        : [],
    version: version
      ? {
          id: version.id,
          title: version.title,
          validFrom: version.validFrom,
          validTo: version.validTo,
          level: settled ? figureLevel(version.level, settled.result.provenance) : version.level,
          documents: (settled ? yearDocuments(settled.result) : version.documents).map((d) => citationText(d, '')),
        }
      : null,
    userValues,
    notes: settled ? listedNotes([...settled.result.notes, ...settled.current.notes]) : [],
    interpretations: [...CHECK_INTERPRETATIONS, ...(version?.interpretations ?? [])].map(({ title, text }) => ({ title, text })),
  };
}
