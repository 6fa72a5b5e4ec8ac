import { appendFileSync } from 'node:fs';
import { vi } from 'vitest';
import { claimSchema } from '../lib/claim';

/**
 * Records every input the tests hand the estimate and contribution CLIs' schemas, one JSON line each, into
 * the file CLAIMS_RECORD names; see scripts/record-claims.config.mts and `cli-snapshot.ts --replay`.
 */

const file = process.env.CLAIMS_RECORD;
if (!file) throw new Error('CLAIMS_RECORD names the file to record into');

/** Larger inputs (the CLI-bounds tests' thousands of wrong items) say nothing a smaller one does not. */
const MAX_TEXT = 100_000;

function record(cli: 'estimate' | 'contribution', input: unknown) {
  let text: string | undefined;
  try {
    text = JSON.stringify(input);
  } catch {
    return;
  }
  if (text !== undefined && text.length <= MAX_TEXT) appendFileSync(file!, `${JSON.stringify({ cli, input: text })}\n`);
}

type Parser = { parse: (x: unknown, ...rest: never[]) => unknown; safeParse: (x: unknown, ...rest: never[]) => unknown };

function recording(cli: 'estimate' | 'contribution', schema: Parser) {
  for (const method of ['parse', 'safeParse'] as const) {
    const original = schema[method].bind(schema);
    schema[method] = (input: unknown, ...rest: never[]) => {
      record(cli, input);
      return original(input, ...rest);
    };
  }
  return schema;
}

recording('estimate', claimSchema as unknown as Parser);

vi.mock('../lib/contribution-input', async (importOriginal) => {
  const original = await importOriginal<typeof import('../lib/contribution-input')>();
  return { ...original, contributionSchemaFor: (...args: Parameters<typeof original.contributionSchemaFor>) => recording('contribution', original.contributionSchemaFor(...args) as unknown as Parser) };
});
