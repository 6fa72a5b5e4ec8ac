import { EstimateError } from '../base/errors';
import { ZERO, min, sum, type Dec } from '../base/money';
import { billOf, type Bill } from '../engine/bill';
import type { AwayMode } from '../model/fields';
import type { PersonInputs } from '../model/person';
import type { CityId, Facility, HospitalLevel, MemberId, SchemeId } from '../model/types';
import type { SlipLine } from './lines';

/**
 * A hospital settlement slip (住院结算单) as the person reads it off the paper: its lines under their
 * own names, every one but the total optional, and the stay it settles. The engine is given only the
 * lines that go into the rules (总额, the parts outside the policy scope, 先行自付); the others are
 * what the rules are checked against.
 */

/** A slip as typed: the total, and whichever other lines the person gave. */
export type Slip = { total: Dec } & Partial<Record<Exclude<SlipLine, 'total'>, Dec>>;

/** The stay the slip settles: the choices the estimator asks for. */
export interface Stay {
  city: CityId;
  scheme: SchemeId;
  member: MemberId;
  date: string;
  hospitalLevel: HospitalLevel;
  facility?: Facility;
  /** Which stay of the year (1 = the first). */
  admission: number;
  away?: AwayMode;
  /** What a resident says of themselves for the 大病 maximum (years of continuous enrolment, no claims last year). */
  person?: PersonInputs;
}

export const PARTS_TOO_LARGE = '全自费、超限价自费与先行自付之和不能超过医疗费总额';
export const ELIGIBLE_TOO_LARGE = '符合政策范围金额不能超过医疗费总额';

/** 全自费 + 超限价自费 + 先行自付: the slip's parts outside the amount the fund pays on. */
export function partsOutside(slip: Slip): Dec {
  return sum([slip.outOfScope ?? ZERO, slip.overLimit ?? ZERO, slip.selfPayFirst ?? ZERO]);
}

/** 符合政策范围金额 as the rules take it: the slip's own figure when it gives one, else 总额 − the parts outside. */
export function eligibleOf(slip: Slip): Dec {
  return slip.eligible ?? slip.total.minus(partsOutside(slip));
}

/** Why the slip's lines cannot be settled at all, in words; null when they can. */
export function slipProblem(slip: Slip): string | null {
  if (slip.eligible !== undefined) return slip.eligible.greaterThan(slip.total) ? ELIGIBLE_TOO_LARGE : null;
  return partsOutside(slip).greaterThan(slip.total) ? PARTS_TOO_LARGE : null;
}

/**
 * The bill the engine settles. 超限价自费 counts with 全自费 as outside the policy scope; when the slip
 * gives 符合政策范围金额, that is the eligible cost, whatever the other parts say (their sum is
 * checked on its own): 先行自付 is kept as far as it fits and the rest of the gap counts as outside.
 */
export function billOfSlip(slip: Slip, stay: Stay): Bill {
  const problem = slipProblem(slip);
  if (problem) throw new EstimateError('invalid-input', `${problem}。`);
  const eligible = eligibleOf(slip);
  const selfPayFirst = min(slip.selfPayFirst ?? ZERO, slip.total.minus(eligible));
  return billOf({
    date: stay.date,
    hospitalLevel: stay.hospitalLevel,
    ...(stay.facility ? { facility: stay.facility } : {}),
    ...(stay.away ? { away: stay.away } : {}),
    totalCost: slip.total,
    outOfScope: slip.total.minus(eligible).minus(selfPayFirst),
    selfPayFirst,
  });
}
