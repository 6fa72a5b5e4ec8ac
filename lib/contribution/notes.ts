import { constant, percent, yuan } from '../base/money';
import { citesText } from '../model/citation';
import { paramAt } from '../model/version';
import type { Param, Version } from '../model/types';
import type { ContributionRequest } from './request';
import { usedParam, type Use } from '../engine/steps';
import { CONDITION_PARAMS, CONTRIBUTION_PATHS as P, configOf, type ConditionId } from './tree';

/**
 * What the contribution's result says besides its figures:
 * warning: a figure rests on reports or typed values, the rule may be out of date, months without rules;
 * missing: a value no source gives, and where to ask; detail: what a line's rule says beyond its figure;
 * condition: what a person must meet to draw benefits; interpretation: the readings chosen (口径说明).
 */
export interface ContributionNote {
  kind: 'warning' | 'missing' | 'detail' | 'condition' | 'interpretation';
  title: string;
  text: string;
  /** Where a condition comes from, in words. */
  source?: string;
  /** What a note is about, for the page that shows it beside what it concerns; not part of the CLI's output. */
  topic?: 'provenance' | 'freshness' | 'item' | 'total';
}

const condition = (version: Version, id: string) => paramAt(version, P.condition(id), 'amount') ?? paramAt(version, P.condition(id), 'rate')!;
const sourceOf = (...params: Param<number>[]) => citesText(params.flatMap((p) => p.cite)) || undefined;
const noteOf = (p: Param<number>) => p.note ?? '';

function waiting(version: Version): ContributionNote {
  const months = condition(version, 'waiting-months');
  const text = months.value === null ? `来源未给出等待期。${noteOf(months)}` : `连续缴费满 ${months.value} 个月后享受基本医疗保险待遇。${noteOf(months)}`;
  return { kind: 'condition', title: '新参保或中断缴费后重新参保', text, source: sourceOf(months) };
}

function minYears(version: Version): ContributionNote {
  const [male, female] = [condition(version, 'min-years/male'), condition(version, 'min-years/female')];
  const text = male.value === null || female.value === null ? `来源未给出。${noteOf(male)}` : `男 ${male.value} 年、女 ${female.value} 年。${noteOf(male)}`;
  return { kind: 'condition', title: '退休后享受待遇的最低缴费年限', text, source: sourceOf(male, female) };
}

function makeUp(version: Version, r: ContributionRequest): ContributionNote {
  const rate = condition(version, 'make-up-rate');
  const source = sourceOf(rate);
  if (rate.value === null) return { kind: 'condition', title: '缴费年限不足时补缴', text: `来源未给出。${noteOf(rate)}`, source };
  // 口径: each missing year costs the year's contribution, the rate on twelve months' wage.
  const perYear = r.monthlyWage && r.monthlyWage.times(12).times(constant(rate.value));
  const example = perYear ? `：按您填写的月工资，每缺一年补缴 ${yuan(perYear)} 元（${yuan(r.monthlyWage!)} 元 × 12 个月 × ${percent(rate.value)}）` : '';
  return { kind: 'condition', title: '缴费年限不足时补缴', text: `缴费年限不足的，可按本人工资的 ${percent(rate.value)} 一次性补缴所缺的年限${example}。${noteOf(rate)}`, source };
}

function newborn(version: Version): ContributionNote {
  const days = condition(version, 'newborn-days');
  const text = days.value === null ? `来源未给出。${noteOf(days)}` : `出生后 ${days.value} 日内参保缴费的，自出生之日起享受待遇。${noteOf(days)}`;
  return { kind: 'condition', title: '新生儿参保', text, source: sourceOf(days) };
}

const CONDITIONS: Record<ConditionId, (version: Version, r: ContributionRequest) => ContributionNote> = { waiting, 'min-years': minYears, 'make-up': makeUp, newborn };

/** The parameters the version's conditions rest on, as uses: a condition from a draft makes the result's level a draft's. */
export function conditionUses(version: Version): Use[] {
  return configOf(version).conditions.flatMap((id) =>
    CONDITION_PARAMS[id].flatMap(({ id: param, name }) => {
      const p = version.params.get(P.condition(param));
      return p && p.value !== null ? [usedParam(name, p)] : [];
    }),
  );
}

/** The coverage conditions a version states, in its order. */
export function conditionNotes(version: Version, r: ContributionRequest): ContributionNote[] {
  return configOf(version).conditions.map((id) => CONDITIONS[id](version, r));
}
