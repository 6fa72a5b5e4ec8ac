import { EstimateError } from './base/errors';
import { ZERO, sum, type Dec } from './base/money';
import type { EventResult } from './engine/benefit';
import type { Bill } from './engine/bill';
import type { PersonInputs } from './model/person';
import { estimateYear, INPATIENT, type Rulebook, type YearResult } from './engine/year';
import type { MemberId } from './model/types';

/**
 * The year planner: a person's list of the year's admissions, in any order,
 * settled in date order by the same engine, with the year's totals and the
 * running out-of-pocket for the chart. An event no source computes (no known rule
 * for its benefit or date, a value no source gives) is left out with the engine's
 * reason, the rest of the year settled without it; only a year with none left is refused.
 */

export interface PlannedAdmission extends Bill {
  /** Stable key of the person's row, kept through re-sorting. */
  id: string;
}

export interface YearPlan {
  result: YearResult;
  /** Admissions in date order (ties keep the person's order), each with its row id. */
  rows: { id: string; admission: EventResult }[];
  totals: { totalCost: Dec; fund: Dec; supplements: { id: string; name: string; amount: Dec }[]; outOfPocket: Dec };
  /** 个人负担 accumulated after each admission. */
  cumulativeOutOfPocket: Dec[];
  /** The events left out, in date order: the row id and why no source computes it. */
  skipped: { id: string; benefit: string; message: string }[];
}

/** The refusals that concern one event, not the year: the rest of the year can be settled without it. */
function concernsOneEvent(error: unknown): error is EstimateError {
  if (!(error instanceof EstimateError)) return false;
  return error.code === 'no-benefit' || error.code === 'unknown-parameter' || error.code === 'no-version' || (error.code === 'invalid-input' && error.details.field === 'member');
}

/**
 * The year settled, leaving out each event no source computes. Each event keeps its place among the year's
 * events of its benefit, so a stay after one left out keeps its deductible. The whole year first; only when
 * that is refused for one event, event by event in date order, each with those kept before it.
 */
function settleWhatCan(member: MemberId, ordered: readonly PlannedAdmission[], rules: Rulebook, person: PersonInputs) {
  const counts = new Map<string, number>();
  const ordinals = ordered.map((a) => {
    const benefit = a.benefit ?? INPATIENT;
    counts.set(benefit, (counts.get(benefit) ?? 0) + 1);
    return counts.get(benefit)!;
  });
  const settle = (kept: readonly number[]) =>
    estimateYear({ member, admissions: kept.map((i) => ordered[i]!), firstOrdinal: 1, ordinals: kept.map((i) => ordinals[i]!), person }, rules);
  const all = ordered.map((_, i) => i);
  try {
    return { result: settle(all), kept: all, skipped: [] };
  } catch (error) {
    if (!concernsOneEvent(error)) throw error;
  }
  const kept: number[] = [];
  const skipped: { id: string; benefit: string; message: string }[] = [];
  let first: EstimateError | undefined;
  for (const i of all) {
    try {
      settle([...kept, i]);
      kept.push(i);
    } catch (error) {
      if (!concernsOneEvent(error)) throw error;
      first ??= error;
      skipped.push({ id: ordered[i]!.id, benefit: ordered[i]!.benefit ?? INPATIENT, message: error.message });
    }
  }
  if (kept.length === 0) throw first!;
  return { result: settle(kept), kept, skipped };
}

export function planYear(member: MemberId, admissions: readonly PlannedAdmission[], rules: Rulebook, person: PersonInputs = {}): YearPlan {
  const years = new Set(admissions.map((a) => a.date.slice(0, 4)));
  if (years.size > 1) {
    throw new EstimateError('invalid-input', `各次住院须在同一自然年度内（年度限额按自然年计算），现在包含 ${[...years].sort().join('、')} 年。`);
  }
  const ordered = admissions
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.date.localeCompare(y.a.date) || x.i - y.i)
    .map(({ a }) => a);
  const { result, kept, skipped } = settleWhatCan(member, ordered, rules, person);
  const rows = result.admissions.map((admission, i) => ({ id: ordered[kept[i]!]!.id, admission }));

  const layers = result.admissions[0]?.supplements ?? [];
  const supplements = layers.map(({ id, name }) => ({
    id,
    name,
    amount: sum(result.admissions.map((a) => a.supplements.find((s) => s.id === id)?.amount ?? ZERO)),
  }));
  let running = ZERO;
  const cumulativeOutOfPocket = result.admissions.map((a) => (running = running.plus(a.outOfPocket)));
  return {
    result,
    rows,
    totals: {
      totalCost: sum(result.admissions.map((a) => a.totalCost)),
      fund: sum(result.admissions.map((a) => a.fund)),
      supplements,
      outOfPocket: running,
    },
    cumulativeOutOfPocket,
    skipped,
  };
}
