import { claimSchema, toYearRequest } from './claim';
import { estimateYear } from './engine';
import { EstimateError } from './errors';
import { toJson } from './output';

/** Test helpers: a claim as the CLI takes it, in; the CLI's JSON result, out. */

export type ClaimInput = Record<string, unknown>;

export function estimateClaim(claim: ClaimInput) {
  return toJson(estimateYear(toYearRequest(claimSchema.parse(claim))));
}

/** The refusal a claim gets; fails the test if the claim is estimated instead. */
export function refusal(claim: ClaimInput): EstimateError {
  try {
    estimateClaim(claim);
  } catch (error) {
    if (error instanceof EstimateError) return error;
    throw error;
  }
  throw new Error(`expected a refusal for ${JSON.stringify(claim)}`);
}

export interface Expected {
  deductible: string;
  fund: string;
  supplements?: Record<string, string>;
  outOfPocket: string;
}

/** The four figures a case checks, from a result, in the shape of Expected. */
export function figures(result: ReturnType<typeof estimateClaim>): Expected {
  const supplements = Object.fromEntries(result.supplements.map((s) => [s.name, s.amount]));
  return {
    deductible: result.deductible,
    fund: result.fundPayment,
    ...(result.supplements.length ? { supplements } : {}),
    outOfPocket: result.outOfPocket,
  };
}
