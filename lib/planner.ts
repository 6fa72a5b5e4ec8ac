import { EstimateError } from './base/errors';
import { ZERO, sum, type Dec } from './base/money';
import type { EventResult } from './engine/benefit';
import type { Bill } from './engine/bill';
import type { PersonInputs } from './model/person';
import { estimateYear, type Rulebook, type YearResult } from './engine/year';
import type { MemberId } from './model/types';

/**
 * The year planner: a person's list of the year's admissions, in any order,
 * settled in date order by the same engine, with the year's totals and the
 * running out-of-pocket for the chart.
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
  const result = estimateYear({ member, admissions: ordered, firstOrdinal: 1, person }, rules);
  const rows = result.admissions.map((admission, i) => ({ id: ordered[i]!.id, admission }));

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
  };
}
