import { Writable } from 'node:stream';
import { EstimateError } from './base/errors';
import { claimSchema, toEstimate } from './claim';
import { answerValue } from './cli';
import { contributionSchemaFor } from './contribution-input';
import { contributionJson } from './contribution/json';
import { contributionYear } from './contribution/year';
import type { Bill } from './engine/bill';
import { estimateYear } from './engine/year';
import type { Override } from './model/overrides';
import type { MemberId, SchemeId } from './model/types';
import { toJson } from './output';
import { RULES } from './rules';

/** Test helpers: a claim as the CLI takes it, in; the CLI's JSON result, out. */

export type ClaimInput = Record<string, unknown>;

export function estimateClaim(claim: ClaimInput) {
  const { request, rulebook } = toEstimate(claimSchema.parse(claim));
  return toJson(estimateYear(request, rulebook));
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

/** A year of admissions under the rules in force on their dates, as the pages call the engine. */
export function settleYear(
  city: string,
  scheme: SchemeId,
  member: MemberId,
  admissions: Bill[],
  options: { firstOrdinal?: number; overrides?: Override[]; today?: string } = {},
) {
  return estimateYear({ member, admissions, firstOrdinal: options.firstOrdinal ?? 1, today: options.today }, RULES.rulebook(city, scheme, options.overrides));
}

/**
 * Checks each named invariant in turn on the same arguments (a property's run drawn and settled once);
 * the name of the one that breaks goes ahead of its message, before the counterexample fast-check prints.
 */
export function checkEvery<A extends unknown[]>(invariants: Record<string, (...args: A) => void>, ...args: A): void {
  for (const [name, holds] of Object.entries(invariants)) {
    try {
      holds(...args);
    } catch (error) {
      if (error instanceof Error) error.message = `${name}: ${error.message}`;
      throw error;
    }
  }
}

/** The CLI's error for a claim it refuses, schema errors included; fails the test if the claim is estimated. */
export function cliError(claim: ClaimInput): { code: string; message: string } {
  const answer = answerValue(claim);
  if (answer.ok) throw new Error(`expected the CLI to refuse ${JSON.stringify(claim)}`);
  return answer.error;
}

/** zod's own English (`Invalid input: expected object, received null`, `Too small`, `Unrecognized key`): none may reach a message. */
export const ZOD_ENGLISH = /\b(?:invalid|expected|received|input|too (?:big|small)|unrecognized|must|option|characters?|nonoptional)\b/i;

/** A writable stream that keeps what is written to it, for the batch modes' output. */
export function collector() {
  const parts: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      parts.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(parts).toString('utf8') };
}

// ---------- contributions: an input as the contribution CLI takes it, in; the CLI's JSON, out ----------

const contributionSchema = contributionSchemaFor(RULES);

export function contribute(input: Record<string, unknown>) {
  return contributionJson(contributionYear(contributionSchema.parse(input), RULES));
}

/** The refusal an input gets; fails the test if it is answered instead. */
export function contributionRefusal(input: Record<string, unknown>): EstimateError {
  try {
    contribute(input);
  } catch (error) {
    if (error instanceof EstimateError) return error;
    throw error;
  }
  throw new Error(`expected a refusal for ${JSON.stringify(input)}`);
}

/** An item's two figures by name, e.g. {'单位缴费': ['350.00', '4200.00']}. */
export function itemFigures(result: ReturnType<typeof contribute>): Record<string, [string | null, string | null]> {
  return Object.fromEntries(result.items.map((i) => [i.name, [i.monthly, i.yearly]]));
}

export function noteOf(result: ReturnType<typeof contribute>, kind: string, title: string): string {
  const found = result.notes.find((n) => n.kind === kind && n.title === title);
  if (!found) throw new Error(`no ${kind} note titled ${title}: ${result.notes.map((n) => `${n.kind}/${n.title}`).join(', ')}`);
  return found.text;
}
