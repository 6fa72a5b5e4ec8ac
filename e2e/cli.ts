import { answerClaim } from '../lib/cli';
import { answerContribution } from '../lib/contribution-cli';

/**
 * What the JSON CLIs print for one input, worked out in this process by the function each calls
 * (scripts/estimate.ts, scripts/contribution.ts): the specs compare the pages with the CLIs without
 * starting one per comparison. scripts/cli-in-process.test.ts checks that the commands print exactly this.
 */

/** `npm run -s estimate`'s stdout for a claim, less its final newline. */
export const estimateOutput = (claim: unknown): string => answerClaim(JSON.stringify(claim)).output;

/** `npm run -s contribution`'s stdout for an input, less its final newline. */
export const contributionOutput = (input: unknown): string => answerContribution(JSON.stringify(input)).output;
